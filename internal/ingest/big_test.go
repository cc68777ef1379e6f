package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/loupe-news/loupe/internal/warc"
)

// TestBigWARC streams a generated WARC of LOUPE_BIG_WARC_MB megabytes
// (default 1024) through Read, HTML extraction included, and reports the
// peak resident memory and the rate. It runs only with LOUPE_BIG_WARC=1:
//
//	LOUPE_BIG_WARC=1 go test -run BigWARC -v -timeout 60m ./internal/ingest/
func TestBigWARC(t *testing.T) {
	if os.Getenv("LOUPE_BIG_WARC") == "" {
		t.Skip("set LOUPE_BIG_WARC=1 to generate and stream a 1 GB WARC")
	}
	mb := 1024
	if s := os.Getenv("LOUPE_BIG_WARC_MB"); s != "" {
		mb, _ = strconv.Atoi(s)
	}
	name := filepath.Join(t.TempDir(), "big.warc")
	pages := writeBigWARC(t, name, int64(mb)<<20)
	info, _ := os.Stat(name)
	t.Logf("generated %s: %.0f MB, %d HTML responses", name, float64(info.Size())/(1<<20), pages)

	runtime.GC()
	resetPeakRSS()
	var peakHeap atomic.Uint64
	done := make(chan struct{})
	go sampleHeap(&peakHeap, done)

	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// As the command does: documents found in order, extracted on one
	// worker per core, at most 4 per worker in flight.
	start := time.Now()
	var docs, failed, skipped atomic.Int64
	workers := runtime.NumCPU()
	queue := make(chan Doc, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range queue {
				d = d.Resolve(context.Background())
				switch {
				case d.Err == nil:
					docs.Add(1)
				case errors.Is(d.Err, ErrSkipped):
					skipped.Add(1)
				default:
					failed.Add(1)
				}
			}
		}()
	}
	err = Read(context.Background(), name, f, FormatAuto, Options{Lazy: true}, func(d Doc) error {
		queue <- d
		return nil
	})
	close(queue)
	wg.Wait()
	el := time.Since(start)
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	rss := peakRSS()
	t.Logf("streamed %.0f MB in %v on %d workers: %.1f MB/s, %.0f pages/s; %d docs, %d failed, %d skipped",
		float64(info.Size())/(1<<20), el.Round(time.Second), workers, float64(info.Size())/(1<<20)/el.Seconds(), float64(docs.Load())/el.Seconds(), docs.Load(), failed.Load(), skipped.Load())
	t.Logf("peak RSS (VmHWM) %.0f MB; peak Go memory (runtime/metrics total) %.0f MB", float64(rss)/(1<<20), float64(peakHeap.Load())/(1<<20))
	if int(docs.Load()) < pages*9/10 {
		t.Errorf("%d docs from %d pages", docs.Load(), pages)
	}
	if rss > 200<<20 {
		t.Errorf("peak RSS %d MB, want under 200 MB", rss>>20)
	}

	// The WARC reader alone, without extraction.
	f.Seek(0, io.SeekStart)
	start = time.Now()
	r, _ := warc.NewReader(f)
	n := 0
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, rec.Block)
		n++
	}
	el = time.Since(start)
	t.Logf("warc.Reader alone: %d records in %v, %.0f MB/s", n, el.Round(time.Millisecond), float64(info.Size())/(1<<20)/el.Seconds())
}

var bigWords = strings.Fields(`le la les un une des et à dans pour sur avec par que qui ne pas plus the of and to in for on with by that council mayor bridge river port city budget minister said on Monday would could according report workers plan project train station harbour school library police government market price water energy year week people million percent`)

// writeBigWARC writes about size bytes of WARC: per page a request, an
// HTML response of 10-60 KB and every tenth page an image response.
func writeBigWARC(t *testing.T, name string, size int64) int {
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := warc.NewWriter(bw, false)
	rng := rand.New(rand.NewPCG(1, 2))
	var written int64
	pages := 0
	var page strings.Builder
	for written < size {
		pages++
		uri := fmt.Sprintf("https://news.example/%d/article-%d.html", pages%97, pages)
		page.Reset()
		fmt.Fprintf(&page, "<!doctype html><html lang=fr><head><title>Article %d</title></head><body><nav><a href=/>Accueil</a> <a href=/p>Politique</a></nav><article><h1>Article %d</h1>", pages, pages)
		target := 10<<10 + rng.IntN(50<<10)
		for page.Len() < target {
			page.WriteString("<p>")
			for range 40 + rng.IntN(40) {
				page.WriteString(bigWords[rng.IntN(len(bigWords))])
				page.WriteByte(' ')
			}
			page.WriteString("fin.</p>\n")
		}
		page.WriteString("</article><footer>Mentions légales</footer></body></html>")
		date := warc.Date(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(pages) * time.Second))
		req := "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"
		resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page.String()
		for _, r := range []struct{ typ, block string }{{"request", req}, {"response", resp}} {
			if err := w.Write(warc.Header{{Name: "WARC-Type", Value: r.typ}, {Name: "WARC-Target-URI", Value: uri},
				{Name: "WARC-Date", Value: date}, {Name: "Content-Type", Value: "application/http;msgtype=" + r.typ}}, []byte(r.block)); err != nil {
				t.Fatal(err)
			}
			written += int64(len(r.block)) + 300
		}
		if pages%10 == 0 {
			img := "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + strings.Repeat("\xff", 20<<10)
			w.Write(warc.Header{{Name: "WARC-Type", Value: "response"}, {Name: "WARC-Target-URI", Value: uri + ".jpg"},
				{Name: "Content-Type", Value: "application/http;msgtype=response"}}, []byte(img))
			written += int64(len(img)) + 300
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	return pages
}

// resetPeakRSS resets VmHWM (Linux: writing 5 to clear_refs).
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS is VmHWM, the peak resident set size, in bytes; 0 if unknown.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func sampleHeap(peak *atomic.Uint64, done chan struct{}) {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	tk := time.NewTicker(50 * time.Millisecond)
	defer tk.Stop()
	for {
		metrics.Read(s)
		if v := s[0].Value.Uint64(); v > peak.Load() {
			peak.Store(v)
		}
		select {
		case <-done:
			return
		case <-tk.C:
		}
	}
}
