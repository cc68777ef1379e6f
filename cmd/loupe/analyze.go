package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/loupe-news/loupe/internal/analyze"
	"github.com/loupe-news/loupe/internal/fetch"
	"github.com/loupe-news/loupe/internal/ingest"
	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/report"
	"github.com/loupe-news/loupe/internal/warc"
)

// analyzeConfig is the analyze command's flags, parsed once.
type analyzeConfig struct {
	format      string
	lang        string
	out         string
	inputFormat string
	color       string
	// Reading from the web and in parallel.
	workers      int
	rate         float64
	allowPrivate bool
	archive      string
	timeout      time.Duration
	maxBytes     int64
	// Rating lists of the user's, added to the shipped ones.
	reputation multiFlag
}

// errorRecord stands in the output for an input that could not be analysed
// (SPEC.md, batch input).
type errorRecord struct {
	ID    *string `json:"id"`
	Input string  `json:"input"`
	Line  *int    `json:"line"`
	Error string  `json:"error"`
}

func cmdAnalyze(ctx context.Context, e *env, args []string) int {
	var cfg analyzeConfig
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cfg.format, "format", "", "output format: text, json, jsonl or md (default: text on a terminal, json otherwise)")
	fs.StringVar(&cfg.lang, "lang", "auto", "language of the inputs: auto, or a code such as fr or en")
	fs.StringVar(&cfg.out, "o", "", "write the output to this file instead of standard output")
	fs.StringVar(&cfg.inputFormat, "input-format", "auto", "what the inputs are: auto, text, html, jsonl, warc or feed")
	fs.StringVar(&cfg.color, "color", "auto", "colour in the text report: auto, always or never")
	fs.Var(&cfg.reputation, "reputation", "a rating list of your own (CSV: domain,rating,labels; see internal/reputation) added to the shipped ones; repeatable")
	fs.IntVar(&cfg.workers, "workers", runtime.NumCPU(), "documents analysed in parallel (output stays in input order)")
	fs.Float64Var(&cfg.rate, "rate", fetch.DefaultRate, "most requests a second to one host (0: no limit)")
	fs.BoolVar(&cfg.allowPrivate, "allow-private", false, "let URLs reach loopback, private, link-local and cloud-metadata addresses")
	fs.StringVar(&cfg.archive, "archive", "", "write every HTTP request and response made to this WARC file (.warc.gz: gzipped)")
	fs.DurationVar(&cfg.timeout, "timeout", fetch.DefaultTimeout, "time limit for fetching one URL, redirects included")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", fetch.DefaultMaxBytes, "size limit of one fetched response, in bytes")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: loupe analyze [flags] INPUT...\n\nINPUT is a .txt, .html, .jsonl, .warc/.warc.gz or feed file, a folder, an http(s) URL (page or feed), or - for standard input.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	inputs, err := parse(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(inputs) == 0 {
		fmt.Fprintln(e.stderr, "loupe analyze: no input (give a file, a folder or - for standard input)")
		return exitUsage
	}
	if !validLang(cfg.lang) {
		fmt.Fprintf(e.stderr, "loupe analyze: --lang %q: want auto or a language code such as fr, en, de\n", cfg.lang)
		return exitUsage
	}
	switch cfg.inputFormat {
	case "auto", "text", "html", "jsonl", "warc", "feed":
	default:
		fmt.Fprintf(e.stderr, "loupe analyze: --input-format %q: want auto, text, html, jsonl, warc or feed\n", cfg.inputFormat)
		return exitUsage
	}
	if cfg.workers < 1 || cfg.rate < 0 || cfg.timeout <= 0 || cfg.maxBytes <= 0 {
		fmt.Fprintln(e.stderr, "loupe analyze: --workers must be at least 1, --rate at least 0, --timeout and --max-bytes above 0")
		return exitUsage
	}

	out := e.stdout
	if cfg.out != "" {
		f, err := os.Create(cfg.out)
		if err != nil {
			fmt.Fprintf(e.stderr, "loupe analyze: -o: %v\n", err)
			return exitUsage
		}
		defer f.Close()
		out = f
	}
	if cfg.format == "" {
		cfg.format = "json"
		if isTerminal(out) {
			cfg.format = "text"
		}
	}
	color := cfg.color == "always" || (cfg.color == "auto" && isTerminal(out) && os.Getenv("NO_COLOR") == "")
	bw := bufio.NewWriterSize(out, 64<<10)
	defer bw.Flush()
	var w writer
	switch cfg.format {
	case "json":
		w = &jsonWriter{w: bw}
	case "jsonl":
		w = &jsonlWriter{enc: newEncoder(bw)}
	case "text":
		w = &textWriter{w: bw, color: color}
	case "md", "markdown":
		w = &mdWriter{w: bw}
	default:
		fmt.Fprintf(e.stderr, "loupe analyze: --format %q: want text, json, jsonl or md\n", cfg.format)
		return exitUsage
	}

	an, err := analyze.NewWith(analyze.Options{ReputationLists: cfg.reputation})
	if err != nil {
		fmt.Fprintf(e.stderr, "loupe analyze: %v\n", err)
		return exitFail
	}
	fopt := fetch.Options{
		Timeout:      cfg.timeout,
		MaxBytes:     cfg.maxBytes,
		UserAgent:    fetch.UserAgent(analyze.Version()),
		Rate:         cfg.rate,
		AllowPrivate: cfg.allowPrivate,
	}
	if cfg.rate == 0 {
		fopt.Rate = -1 // no limit
	}
	if cfg.archive != "" {
		f, err := os.Create(cfg.archive)
		if err != nil {
			fmt.Fprintf(e.stderr, "loupe analyze: --archive: %v\n", err)
			return exitUsage
		}
		defer func() {
			if err := f.Close(); err != nil {
				fmt.Fprintf(e.stderr, "loupe analyze: --archive: %v\n", err)
			}
		}()
		fopt.Archive = warc.NewWriter(f, strings.HasSuffix(strings.ToLower(cfg.archive), ".gz"))
		if err := fetch.WriteWarcinfo(fopt.Archive, filepath.Base(cfg.archive), "loupe/"+analyze.Version()); err != nil {
			fmt.Fprintf(e.stderr, "loupe analyze: --archive: %v\n", err)
			return exitFail
		}
	}
	var bar io.Writer
	if isTerminal(e.stderr) {
		bar = e.stderr
	}
	prog := newProgress(bar)
	var t tally
	opt := ingest.Options{Format: cfg.inputFormat, Stdin: e.stdin, Fetcher: fetch.New(fopt)}
	start := time.Now()
	err = runPool(ctx, an, inputs, opt, cfg.lang, cfg.workers, prog, func(r result) error {
		doc := r.doc
		switch {
		case r.err == nil:
			prog.advance()
			t.done++
			return w.dossier(r.dossier)
		case errors.Is(r.err, ingest.ErrSkipped):
			t.skip(r.err)
			e.log.Debug("skipped", "input", where(doc), "reason", r.err)
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		}
		prog.advance()
		t.fail(r.err)
		rec := errorRecord{Input: doc.Input, Error: r.err.Error()}
		if doc.ID != "" {
			rec.ID = &doc.ID
		}
		if doc.Line > 0 {
			rec.Line = &doc.Line
		}
		prog.println(e.stderr, fmt.Sprintf("loupe analyze: %s: %v", where(doc), r.err))
		return w.failure(rec)
	})
	prog.close()
	if ferr := w.close(); err == nil {
		err = ferr
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	fmt.Fprintln(e.stderr, t.summary(time.Since(start)))
	if err != nil {
		fmt.Fprintf(e.stderr, "loupe analyze: %v\n", err)
		return exitFail
	}
	failed := t.failed
	if failed > 0 {
		return exitFail
	}
	return exitOK
}

func where(doc ingest.Doc) string {
	if doc.Line > 0 {
		return fmt.Sprintf("%s:%d", doc.Input, doc.Line)
	}
	return doc.Input
}

// writer prints dossiers and error records in one output format.
type writer interface {
	dossier(*loupe.Dossier) error
	failure(errorRecord) error
	close() error
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) dossier(d *loupe.Dossier) error { return j.enc.Encode(d) }
func (j *jsonlWriter) failure(r errorRecord) error    { return j.enc.Encode(r) }
func (j *jsonlWriter) close() error                   { return nil }

// jsonWriter prints one object for one result and an array for several.
type jsonWriter struct {
	w     *bufio.Writer
	first any
	n     int
}

func (j *jsonWriter) put(v any) error {
	j.n++
	switch j.n {
	case 1:
		j.first = v
		return nil
	case 2:
		if _, err := j.w.WriteString("[\n"); err != nil {
			return err
		}
		if err := j.encode(j.first); err != nil {
			return err
		}
		j.first = nil
	}
	if _, err := j.w.WriteString(",\n"); err != nil {
		return err
	}
	return j.encode(v)
}

func (j *jsonWriter) encode(v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) dossier(d *loupe.Dossier) error { return j.put(d) }
func (j *jsonWriter) failure(r errorRecord) error    { return j.put(r) }
func (j *jsonWriter) close() error {
	switch {
	case j.n == 0:
		_, err := j.w.WriteString("[]\n")
		return err
	case j.n == 1:
		if err := j.encode(j.first); err != nil {
			return err
		}
		_, err := j.w.WriteString("\n")
		return err
	}
	_, err := j.w.WriteString("\n]\n")
	return err
}

type textWriter struct {
	w     io.Writer
	color bool
	n     int
}

func (t *textWriter) dossier(d *loupe.Dossier) error {
	if t.n > 0 {
		fmt.Fprintln(t.w)
	}
	t.n++
	return report.Text(t.w, d, t.color)
}
func (t *textWriter) failure(errorRecord) error { return nil } // on standard error already
func (t *textWriter) close() error              { return nil }

type mdWriter struct {
	w io.Writer
	n int
}

func (m *mdWriter) dossier(d *loupe.Dossier) error {
	if m.n > 0 {
		fmt.Fprint(m.w, "\n---\n\n")
	}
	m.n++
	return report.Markdown(m.w, d)
}
func (m *mdWriter) failure(errorRecord) error { return nil }
func (m *mdWriter) close() error              { return nil }

// validLang accepts "auto" and BCP 47-like codes: "fr", "en", "pt-BR".
func validLang(l string) bool {
	if l == "auto" {
		return true
	}
	base, rest, _ := strings.Cut(l, "-")
	if len(base) < 2 || len(base) > 3 || strings.IndexFunc(base, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 && strings.IndexFunc(base, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	return strings.IndexFunc(rest, func(r rune) bool {
		return !(r == '-' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}) < 0
}
