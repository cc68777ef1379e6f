package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walkExts are the files a folder walk takes.
var walkExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true,
	".xhtml": true, ".jsonl": true, ".ndjson": true, ".warc": true, ".rss": true, ".atom": true}

// walkable says whether a folder walk takes the file named name.
func walkable(name string) bool {
	lower := strings.ToLower(name)
	return walkExts[filepath.Ext(lower)] || strings.HasSuffix(lower, ".warc.gz")
}

// Walk reads each input in order and emits its documents: a file path, a
// folder (walked recursively in lexical order, taking .txt .text .md .html
// .htm .jsonl files and skipping hidden files and folders), "-" for
// opt.Stdin, or an http(s) URL (opened with opt.Fetch). An input that cannot
// be read becomes a Doc with Err, and the walk goes on; Walk fails only when
// ctx is done or emit fails.
func Walk(ctx context.Context, inputs []string, opt Options, emit func(Doc) error) error {
	if opt.seen == nil {
		opt.seen = &seenSet{}
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case in == "-":
			if opt.Stdin == nil {
				err = emit(Doc{Input: in, Err: ErrNoStdin})
			} else {
				err = Read(ctx, in, opt.Stdin, opt.Format, opt, emit)
			}
		case isURL(in):
			err = fetchURL(ctx, in, opt, emit)
		default:
			err = walkPath(ctx, in, opt, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// fetchURL fetches an http(s) URL given as input and reads it, as the
// format its Content-Type names, else as sniffed.
func fetchURL(ctx context.Context, url string, opt Options, emit func(Doc) error) error {
	if opt.Fetcher == nil {
		return emit(Doc{Input: url, Err: fmt.Errorf("%s: %w", url, ErrNoFetch)})
	}
	resp, err := opt.Fetcher.Get(ctx, url)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return emit(Doc{Input: url, Err: fmt.Errorf("fetching %s: %w", url, err)})
	}
	format := opt.Format
	if format == FormatAuto {
		format = formatByType(resp.ContentType())
	}
	o := origin{name: url, url: resp.URL, contentType: resp.Header.Get("Content-Type"), fetchedAt: resp.FetchedAt, sha: resp.SHA256}
	return read(ctx, o, bytes.NewReader(resp.Body), format, opt, emit)
}

// formatByType is the format a media type says, or FormatAuto.
func formatByType(mt string) string {
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return FormatFeed
	case "application/warc":
		return FormatWARC
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
		return FormatJSONL
	case "text/plain", "text/markdown":
		return FormatText
	}
	return FormatAuto
}

func walkPath(ctx context.Context, name string, opt Options, emit func(Doc) error) error {
	info, err := os.Stat(name)
	if err != nil {
		return emit(Doc{Input: name, Err: err}) // *fs.PathError names the input
	}
	if !info.IsDir() {
		return readFile(ctx, name, opt, emit)
	}
	found := false
	err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return emit(Doc{Input: p, Err: err})
		}
		if p != name && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !walkable(d.Name()) {
			return emit(Doc{Input: p, Err: skip("not a kind of file Loupe reads", "")})
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		found = true
		return readFile(ctx, p, opt, emit)
	})
	if err != nil {
		return err
	}
	if !found {
		return emit(Doc{Input: name, Err: fmt.Errorf("%s: %w", name, ErrNoFiles)})
	}
	return nil
}

func readFile(ctx context.Context, name string, opt Options, emit func(Doc) error) error {
	f, err := os.Open(name)
	if err != nil {
		return emit(Doc{Input: name, Err: err})
	}
	defer f.Close()
	return Read(ctx, name, f, opt.Format, opt, emit)
}
