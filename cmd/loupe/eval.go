package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/loupe-news/loupe/internal/analyze"
	"github.com/loupe-news/loupe/internal/eval"
	"github.com/loupe-news/loupe/internal/ingest"
	"github.com/loupe-news/loupe/internal/loupe"
)

func cmdEval(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	lang := fs.String("lang", "auto", "language given to the analyser: auto identifies it, as for a new article")
	types := fs.String("entity-types", "", "score only entities of these comma-separated types, in the gold and the prediction (e.g. PER,ORG,LOC for a gold that leaves MISC out)")
	var preds multiFlag
	fs.Var(&preds, "pred", "score this gold file as the prediction instead of running the analyser (inter-annotator agreement); repeatable")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: loupe eval [flags] GOLD...\n\nGOLD is a gold/1 file (.gold.json or .gold.jsonl) or a folder of them.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	golds, err := parse(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(golds) == 0 {
		fmt.Fprintln(e.stderr, "loupe eval: no gold file")
		return exitUsage
	}
	if len(preds) > 0 && *types != "" {
		fmt.Fprintln(e.stderr, "loupe eval: --entity-types applies to the analyser's output, not to --pred files")
		return exitUsage
	}
	var rep *eval.Report
	if len(preds) > 0 {
		rep, err = eval.Agreement(ctx, golds, preds)
	} else {
		an, aerr := analyze.New()
		if aerr != nil {
			fmt.Fprintf(e.stderr, "loupe eval: %v\n", aerr)
			return exitFail
		}
		rep, err = eval.Run(ctx, golds, func(ctx context.Context, g *eval.GoldDoc) (*loupe.Dossier, error) {
			id := g.ID
			if id == "" {
				id = ingest.Hash(g.Text)
			}
			d, err := an.Analyze(ctx, analyze.Input{ID: id, Text: g.Text, Lang: *lang, Published: g.Published})
			if d != nil && *types != "" {
				keep := map[string]bool{}
				for _, t := range strings.Split(*types, ",") {
					keep[strings.ToUpper(strings.TrimSpace(t))] = true
				}
				g.Entities = slices.DeleteFunc(g.Entities, func(e eval.GoldEntity) bool { return !keep[e.Type] })
				d.Entities = slices.DeleteFunc(d.Entities, func(e loupe.Entity) bool { return !keep[e.Type] })
			}
			return d, err
		})
	}
	if rep == nil {
		fmt.Fprintf(e.stderr, "loupe eval: %v\n", err)
		return exitFail
	}
	if *asJSON {
		err = rep.WriteJSON(e.stdout)
	} else {
		err = rep.WriteText(e.stdout)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "loupe eval: %v\n", err)
		return exitFail
	}
	for _, ge := range rep.Errors {
		fmt.Fprintf(e.stderr, "loupe eval: %v\n", ge)
	}
	if len(rep.Errors) > 0 {
		return exitFail
	}
	return exitOK
}

type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
