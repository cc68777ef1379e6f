package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/loupe-news/loupe/internal/analyze"
	"github.com/loupe-news/loupe/internal/extract"
	"github.com/loupe-news/loupe/internal/fetch"
	"github.com/loupe-news/loupe/internal/ingest"
	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/warc"
)

// result is one input's outcome, in input order.
type result struct {
	doc     ingest.Doc
	dossier *loupe.Dossier
	err     error
}

type job struct {
	doc  ingest.Doc
	done chan result // buffered: the worker never waits for the writer
}

// runPool walks the inputs and analyses their documents on a bounded pool
// of workers, handing the results to out in input order. At most about
// 4×workers documents are in flight, so memory stays bounded however many
// inputs there are.
func runPool(ctx context.Context, an *analyze.Analyzer, inputs []string, opt ingest.Options, lang string,
	workers int, prog *progress, out func(result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	opt.Lazy = true
	jobs := make(chan *job, workers)
	order := make(chan *job, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- work(ctx, an, j.doc, lang)
			}
		}()
	}
	walkErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		walkErr <- ingest.Walk(ctx, inputs, opt, func(d ingest.Doc) error {
			j := &job{doc: d, done: make(chan result, 1)}
			if !errors.Is(d.Err, ingest.ErrSkipped) {
				prog.found()
			}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if d.Err != nil && !d.Pending() {
				j.done <- result{doc: d, err: d.Err}
				return nil
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
		prog.walked()
	}()
	var err error
	for j := range order {
		if err != nil {
			continue // drain, so that the walker can stop
		}
		select {
		case r := <-j.done:
			if err = out(r); err != nil {
				cancel()
			}
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	wg.Wait()
	if werr := <-walkErr; err == nil && werr != nil {
		err = werr
	}
	return err
}

// work reads what Walk left to do of a document and analyses it.
func work(ctx context.Context, an *analyze.Analyzer, doc ingest.Doc, lang string) (res result) {
	// A bug on one document must not lose the others: it becomes that
	// document's error record.
	defer func() {
		if p := recover(); p != nil {
			res = result{doc: doc, err: fmt.Errorf("internal error (please report it): %v", p)}
		}
	}()
	doc = doc.Resolve(ctx)
	if doc.Err != nil {
		return result{doc: doc, err: doc.Err}
	}
	if lang == "auto" && doc.Lang != "" {
		lang = doc.Lang
	}
	d, err := an.Analyze(ctx, analyze.Input{ID: doc.ID, Text: doc.Text, Lang: lang, Title: doc.Title,
		Byline: doc.Byline, URL: doc.URL, Site: doc.Site, Published: doc.Published, Warnings: doc.Warnings,
		FetchedAt: doc.FetchedAt, SHA256: doc.SHA256})
	return result{doc: doc, dossier: d, err: err}
}

// tally counts outcomes and their reasons for the closing summary.
type tally struct {
	done, failed, skipped    int
	failReasons, skipReasons map[string]int
}

func (t *tally) fail(err error) {
	t.failed++
	if t.failReasons == nil {
		t.failReasons = map[string]int{}
	}
	t.failReasons[reason(err)]++
}

func (t *tally) skip(err error) {
	t.skipped++
	if t.skipReasons == nil {
		t.skipReasons = map[string]int{}
	}
	r := "skipped"
	var se *ingest.SkipError
	if errors.As(err, &se) {
		r = se.Reason
	}
	t.skipReasons[r]++
}

// summary is one line: counts, then the reasons, most frequent first.
func (t *tally) summary(elapsed time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "loupe analyze: %d done, %d failed, %d skipped in %s", t.done, t.failed, t.skipped, elapsed.Round(time.Millisecond))
	for _, part := range []struct {
		name string
		m    map[string]int
	}{{"failed", t.failReasons}, {"skipped", t.skipReasons}} {
		if len(part.m) == 0 {
			continue
		}
		keys := make([]string, 0, len(part.m))
		for k := range part.m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if part.m[keys[i]] != part.m[keys[j]] {
				return part.m[keys[i]] > part.m[keys[j]]
			}
			return keys[i] < keys[j]
		})
		var rs []string
		for _, k := range keys {
			rs = append(rs, fmt.Sprintf("%s %d", k, part.m[k]))
		}
		fmt.Fprintf(&b, "; %s: %s", part.name, strings.Join(rs, ", "))
	}
	return b.String()
}

// reason is a short, countable name for why an input failed.
func reason(err error) string {
	var (
		be *fetch.BlockedError
		se *fetch.StatusError
		le *ingest.LineError
		ne net.Error
	)
	switch {
	case errors.As(err, &be):
		return "address refused (" + be.Reason + ")"
	case errors.As(err, &se):
		return fmt.Sprintf("HTTP %d", se.Code)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, fetch.ErrRedirects):
		return "too many redirects"
	case errors.Is(err, fetch.ErrTooLarge), errors.Is(err, ingest.ErrTooLarge), errors.Is(err, ingest.ErrLineTooLong):
		return "too large"
	case errors.Is(err, extract.ErrNoText):
		return "no article text"
	case errors.Is(err, ingest.ErrEmpty):
		return "empty"
	case errors.Is(err, ingest.ErrBinary):
		return "binary"
	case errors.Is(err, fs.ErrNotExist):
		return "not found"
	case errors.Is(err, warc.ErrFormat), errors.Is(err, warc.ErrTruncated):
		return "malformed WARC record"
	case errors.Is(err, ingest.ErrFeed):
		return "bad feed"
	case errors.As(err, &le):
		return "bad JSONL line"
	case errors.Is(err, ingest.ErrNoFetch), errors.Is(err, fetch.ErrScheme):
		return "cannot fetch"
	case errors.Is(err, ingest.ErrNoFiles):
		return "no input files"
	}
	var ope *net.OpError
	if errors.As(err, &ope) {
		return "network error"
	}
	return "other"
}

// progress draws a bar on a terminal: documents done of those found so
// far, rate and estimated time left. It is quiet when w is nil.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	start   time.Time
	total   int
	n       int
	final   bool // the walk is over: total is known
	drawn   bool
	stop    chan struct{}
	stopped chan struct{}
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now(), stop: make(chan struct{}), stopped: make(chan struct{})}
	if w == nil {
		close(p.stopped)
		return p
	}
	go func() {
		defer close(p.stopped)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.mu.Lock()
				p.draw()
				p.mu.Unlock()
			case <-p.stop:
				return
			}
		}
	}()
	return p
}

func (p *progress) found() { p.mu.Lock(); p.total++; p.mu.Unlock() }
func (p *progress) walked() {
	p.mu.Lock()
	p.final = true
	p.mu.Unlock()
}
func (p *progress) advance() { p.mu.Lock(); p.n++; p.mu.Unlock() }

// println prints a line above the bar.
func (p *progress) println(w io.Writer, s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintln(w, s)
}

func (p *progress) clear() {
	if p.w != nil && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

func (p *progress) draw() {
	if p.w == nil {
		return
	}
	el := time.Since(p.start)
	rate := float64(p.n) / el.Seconds()
	total := fmt.Sprint(p.total)
	if !p.final {
		total += "+"
	}
	eta := "?"
	if rate > 0 {
		eta = time.Duration(float64(time.Second) * float64(p.total-p.n) / rate).Round(time.Second).String()
		if !p.final {
			eta = "≥" + eta
		}
	}
	width := 24
	filled := 0
	if p.total > 0 {
		filled = min(width, width*p.n/p.total)
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s%s] %d/%s  %.1f/s  ETA %s", strings.Repeat("#", filled), strings.Repeat(".", width-filled), p.n, total, rate, eta)
	p.drawn = true
}

// close stops the bar and clears its line.
func (p *progress) close() {
	if p.w != nil {
		close(p.stop)
	}
	<-p.stopped
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}
