package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/warc"
)

const webPage = `<!doctype html><html lang="en"><head><title>Bridge</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Mayor promises a new bridge</h1><p>The mayor of Riverton said on Monday that a new bridge across the Wide River would open by 2026, two years earlier than planned.</p>
<p>Critics say the timetable is unrealistic and that the council has never delivered a project of this size on time.</p></article></body></html>`

// A URL is fetched (here from a loopback server, which needs
// --allow-private), analysed, and archived as WARC.
func TestAnalyzeURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, webPage)
	}))
	defer srv.Close()
	arch := filepath.Join(t.TempDir(), "out.warc.gz")
	code, out, errs := runCLI(t, "", "analyze", "--format", "jsonl", srv.URL+"/bridge")
	if code != exitFail || !strings.Contains(out, "loopback") || !strings.Contains(errs, "1 failed") {
		t.Errorf("without --allow-private: exit %d, %q, %q", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "analyze", "--format", "jsonl", "--allow-private", "--archive", arch, srv.URL+"/bridge")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil || !strings.Contains(d["text"].(string), "Riverton") || strings.Contains(d["text"].(string), "Home") {
		t.Errorf("dossier: %v %.200s", err, out)
	}
	if !strings.Contains(errs, "1 done, 0 failed, 0 skipped") {
		t.Errorf("summary: %q", errs)
	}
	f, err := os.Open(arch)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := warc.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for {
		rec, err := r.Next()
		if err != nil {
			break
		}
		types = append(types, rec.Type())
		if rec.Type() == "response" {
			b, _ := io.ReadAll(rec.Block)
			if !strings.Contains(string(b), "Riverton") || rec.Header.Get("WARC-Target-URI") != srv.URL+"/bridge" {
				t.Errorf("response record: %s %.80q", rec.Header.Get("WARC-Target-URI"), b)
			}
		}
	}
	if strings.Join(types, " ") != "warcinfo response request" {
		t.Errorf("archive records: %v", types)
	}
}

// Many inputs on several workers come out in input order.
func TestWorkersKeepOrder(t *testing.T) {
	dir := t.TempDir()
	var in strings.Builder
	for i := range 40 {
		name := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		body := fmt.Sprintf("Document %d. The minister said on Monday that %d people were evacuated.", i, i)
		if i%7 == 3 {
			body = strings.Repeat("Long text about the harbour and its cranes. ", 50*i)
		}
		os.WriteFile(name, []byte(body), 0o644)
		in.WriteString(name + "\n")
	}
	os.WriteFile(filepath.Join(dir, "skip.csv"), []byte("a,b"), 0o644)
	code, out, errs := runCLI(t, "", "analyze", "--format", "jsonl", "--workers", "4", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 40 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		var d struct{ Text string }
		json.Unmarshal([]byte(l), &d)
		if i%7 != 3 && !strings.HasPrefix(d.Text, fmt.Sprintf("Document %d.", i)) {
			t.Fatalf("line %d: %.40q", i, d.Text)
		}
	}
	if !strings.Contains(errs, "40 done, 0 failed, 1 skipped") || !strings.Contains(errs, "not a kind of file Loupe reads 1") {
		t.Errorf("summary: %q", errs)
	}
}
