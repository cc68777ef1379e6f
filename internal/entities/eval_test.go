package entities

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/eval"
	"github.com/loupe-news/loupe/internal/loupe"
)

const (
	devArticle = "../../../shared/corpus/dev/kazakhstan-rebellion.fr.gold.json"
	ct25fr     = "../../../shared/corpus/dev/ct25-fra-train.gold.jsonl"
	ct25en     = "../../../shared/corpus/dev/ct25-en-subjectivity.gold.jsonl"
	projectDir = "../../testdata/corpus/project"
)

// dossier builds the dossier of a gold document with this package's
// entities, over the gold sentence spans.
func dossier(r *Recognizer, g *eval.GoldDoc) *loupe.Dossier {
	t := loupe.NewText(g.Text)
	var sents []loupe.Span
	for _, s := range g.Sentences {
		sents = append(sents, s.Span)
	}
	lang := g.Lang
	return &loupe.Dossier{Text: g.Text, Sentences: sents, Entities: r.Find(t, sents, lang)}
}

// half selects the development half (dev=true) or the check half of a set:
// odd lines of a .jsonl file; project files 01–11 and 23–33.
func half(path string, line int, dev bool) bool {
	if strings.HasSuffix(path, ".jsonl") {
		return (line%2 == 1) == dev
	}
	n, err := strconv.Atoi(strings.SplitN(filepath.Base(path), "-", 2)[0])
	if err != nil {
		return dev
	}
	in := eval.DevelopText(n)
	return in == dev
}

type result struct {
	docs    int
	c       eval.Counts
	alias   eval.Ratio
	missing bool
}

// scoreSet scores the files of a set; which is "dev", "check" or "all".
func scoreSet(t testing.TB, r *Recognizer, paths []string, which string) result {
	var res result
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			res.missing = true
			continue
		}
		docs, errs := eval.LoadFile(p)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", p, errs[0])
		}
		for _, g := range docs {
			if which != "all" && !half(p, g.Line, which == "dev") {
				continue
			}
			s := eval.Score(g, dossier(r, g))
			res.docs++
			res.c.TP += s.Entities.TP
			res.c.FP += s.Entities.FP
			res.c.FN += s.Entities.FN
			res.alias.Right += s.AliasGroups.Right
			res.alias.Total += s.AliasGroups.Total
		}
	}
	return res
}

func projectFiles() []string {
	m, _ := filepath.Glob(filepath.Join(projectDir, "*.gold.json"))
	return m
}

// TestQuality logs entity P/R/F1 on every set and half (go test -run
// Quality -v) and pins floors under the measured F1.
func TestQuality(t *testing.T) {
	r := mustNew(t)
	sets := []struct {
		name  string
		paths []string
		floor float64 // on "all"
	}{
		{"kazakhstan", []string{devArticle}, floorDev},
		{"ct25-fr", []string{ct25fr}, floorCT25fr},
		{"ct25-en", []string{ct25en}, floorCT25en},
		{"project", projectFiles(), floorProject},
	}
	for _, s := range sets {
		for _, which := range []string{"dev", "check", "all"} {
			if s.name == "kazakhstan" && which != "all" {
				continue
			}
			res := scoreSet(t, r, s.paths, which)
			if res.missing || res.docs == 0 {
				t.Logf("%s: files absent, skipped", s.name)
				break
			}
			c := res.c
			t.Logf("%-10s %-5s docs %3d  TP %3d FP %3d FN %3d  P %.3f R %.3f F1 %.3f  alias %d/%d",
				s.name, which, res.docs, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1(), res.alias.Right, res.alias.Total)
			if which == "all" && c.F1() < s.floor {
				t.Errorf("%s: entity F1 %.3f fell under its floor %.2f", s.name, c.F1(), s.floor)
			}
		}
	}
}

func mustNew(t testing.TB) *Recognizer {
	t.Helper()
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return r
}
