package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/loupe-news/loupe/internal/eval"
	"github.com/loupe-news/loupe/internal/worthy"
	"github.com/loupe-news/loupe/internal/worthy/evalset"
)

// newsSet is the project's own annotated texts (testdata/corpus/project),
// cut in two by file number: the training part, added to every fit, and the
// held-out part, only scored.
type newsSet struct {
	train []worthy.Example
	held  []evalset.Sentence // Doc is the file number
}

// readNews reads the NN-*.gold.json files of dir, a folder or a
// comma-separated list of folders (numbers must not repeat). A file whose number lies
// in one of the ranges of spec ("1-11,23-33") goes to training, any other
// to the held-out part. The units are those the claims stage scores: a
// sentence, or, when its gold splits it into claims, each claim (its own
// label, else the sentence's), with the gold status.
func readNews(dir, spec string) (newsSet, error) {
	var ns newsSet
	in, err := ranges(spec)
	if err != nil {
		return ns, err
	}
	var paths []string
	for _, d := range strings.Split(dir, ",") {
		ps, err := filepath.Glob(filepath.Join(d, "*.gold.json"))
		if err != nil {
			return ns, err
		}
		sort.Strings(ps)
		paths = append(paths, ps...)
	}
	for _, p := range paths {
		base := filepath.Base(p)
		k := strings.IndexFunc(base, func(r rune) bool { return r < '0' || r > '9' })
		num, err := strconv.Atoi(base[:max(k, 0)])
		if err != nil {
			continue
		}
		docs, errs := eval.LoadFile(p)
		if len(errs) > 0 {
			return ns, errs[0]
		}
		for _, d := range docs {
			runes := []rune(d.Text)
			add := func(sp [2]int, status string, cw *bool) {
				if cw == nil || sp[0] < 0 || sp[1] > len(runes) || sp[0] >= sp[1] {
					return
				}
				e := worthy.Example{Claim: worthy.Claim{Text: string(runes[sp[0]:sp[1]]), Lang: d.Lang, Status: status}, Yes: *cw}
				if in(num) {
					ns.train = append(ns.train, e)
				} else {
					ns.held = append(ns.held, evalset.Sentence{Example: e, Doc: num})
				}
			}
			for _, s := range d.Sentences {
				if len(s.Claims) == 0 {
					add([2]int{s.Start, s.End}, s.Status, s.Checkworthy)
					continue
				}
				for _, c := range s.Claims {
					cw, st := c.Checkworthy, c.Status
					if cw == nil {
						cw = s.Checkworthy
					}
					if st == "" {
						st = s.Status
					}
					add([2]int{c.Start, c.End}, st, cw)
				}
			}
		}
	}
	if len(ns.train) == 0 {
		return ns, fmt.Errorf("no training examples among %s", dir)
	}
	return ns, nil
}

// ranges parses "1-11,23-33" into a membership test.
func ranges(spec string) (func(int) bool, error) {
	type r struct{ lo, hi int }
	var rs []r
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		lo, hi, ok := strings.Cut(part, "-")
		if !ok {
			hi = lo
		}
		a, err := strconv.Atoi(lo)
		if err != nil {
			return nil, fmt.Errorf("bad range %q", part)
		}
		b, err := strconv.Atoi(hi)
		if err != nil {
			return nil, fmt.Errorf("bad range %q", part)
		}
		rs = append(rs, r{a, b})
	}
	return func(n int) bool {
		for _, x := range rs {
			if n >= x.lo && n <= x.hi {
				return true
			}
		}
		return false
	}, nil
}

// byLang keeps the sentences of one language.
func byLang(s []evalset.Sentence, lang string) []evalset.Sentence {
	var out []evalset.Sentence
	for _, x := range s {
		if x.Lang == lang {
			out = append(out, x)
		}
	}
	return out
}

// withWeight is ex with each example's weight set to w.
func withWeight(ex []worthy.Example, w float64) []worthy.Example {
	out := make([]worthy.Example, len(ex))
	for i, e := range ex {
		e.Weight = w
		out[i] = e
	}
	return out
}
