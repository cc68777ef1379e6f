package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/loupe-news/loupe/internal/analyze"
)

// Exit codes (SPEC.md).
const (
	exitOK    = 0
	exitFail  = 1 // some input could not be analysed
	exitUsage = 2
)

const usage = `loupe reads an article and prints a dossier: what it claims, how firmly,
on whose word.

Usage:
  loupe analyze [flags] INPUT...   analyse each input and print its dossier
  loupe eval [flags] GOLD...       score the analyser against gold/1 files
  loupe version                    print the version

INPUT is a .txt, .html/.htm, .jsonl, .warc/.warc.gz or feed file, a folder,
an http(s) URL (a page or a feed), or - for standard input.
Run "loupe COMMAND -h" for a command's flags.
`

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "analyze", "analyse":
		return cmdAnalyze(ctx, e, args[1:])
	case "eval":
		return cmdEval(ctx, e, args[1:])
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "loupe %s\n", analyze.Version())
		return exitOK
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "ingest", "search", "similar", "serve":
		fmt.Fprintf(stderr, "loupe %s: not built yet (the corpus and server come in later releases)\n", args[0])
		return exitUsage
	}
	fmt.Fprintf(stderr, "loupe: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

// parse parses flags that may stand before, between or after the positional
// arguments ("loupe analyze a.txt --format json").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "-" || !strings.HasPrefix(args[0], "-") {
			pos = append(pos, args[0])
			args = args[1:]
			continue
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
