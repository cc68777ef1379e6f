package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walkExts are the files a folder walk takes.
var walkExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".html": true, ".htm": true, ".jsonl": true}

// Walk reads each input in order and emits its documents: a file path, a
// folder (walked recursively in lexical order, taking .txt .text .md .html
// .htm .jsonl files and skipping hidden files and folders), "-" for
// opt.Stdin, or an http(s) URL (opened with opt.Fetch). An input that cannot
// be read becomes a Doc with Err, and the walk goes on; Walk fails only when
// ctx is done or emit fails.
func Walk(ctx context.Context, inputs []string, opt Options, emit func(Doc) error) error {
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
			err = fetch(ctx, in, opt, emit)
		default:
			err = walkPath(ctx, in, opt, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func fetch(ctx context.Context, url string, opt Options, emit func(Doc) error) error {
	if opt.Fetch == nil {
		return emit(Doc{Input: url, Err: fmt.Errorf("%s: %w", url, ErrNoFetch)})
	}
	rc, err := opt.Fetch(ctx, url)
	if err != nil {
		return emit(Doc{Input: url, Err: fmt.Errorf("fetching %s: %w", url, err)})
	}
	defer rc.Close()
	return Read(ctx, url, rc, opt.Format, opt, emit)
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
		if d.IsDir() || !walkExts[strings.ToLower(filepath.Ext(p))] {
			return nil
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
