package logreg

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/loupe-news/loupe/internal/subjective/internal/feature"
)

// Corpus is the training data of one language.
type Corpus struct {
	Lang     feature.Lang
	Texts    []string
	Examples []Example
}

// ReadData reads every LANG.tsv ("opinion" or "fact", a tab, the sentence)
// with its LANG.persons (lines "first<TAB>words…" and "second<TAB>words…")
// from fsys, in the order of the language codes.
func ReadData(fsys fs.FS) ([]Corpus, error) {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Corpus
	for _, name := range names {
		code := strings.TrimSuffix(path.Base(name), ".tsv")
		c := Corpus{Lang: feature.Lang{Code: code, First: map[string]bool{}, Second: map[string]bool{}}}
		if err := eachLine(fsys, code+".persons", func(n int, line string) error {
			kind, words, _ := strings.Cut(line, "\t")
			var set map[string]bool
			switch kind {
			case "first":
				set = c.Lang.First
			case "second":
				set = c.Lang.Second
			default:
				return fmt.Errorf("%s.persons:%d: want first or second", code, n)
			}
			for _, w := range strings.Fields(strings.ToLower(words)) {
				set[w] = true
			}
			return nil
		}); err != nil {
			return nil, err
		}
		var ex feature.Extractor
		if err := eachLine(fsys, name, func(n int, line string) error {
			label, text, ok := strings.Cut(line, "\t")
			if !ok || (label != "opinion" && label != "fact") || strings.TrimSpace(text) == "" {
				return fmt.Errorf("%s:%d: want opinion|fact TAB sentence", name, n)
			}
			ex.Extract(&c.Lang, text, false)
			c.Texts = append(c.Texts, text)
			c.Examples = append(c.Examples, Example{Hashes: slices.Clone(ex.Hashes), Opinion: label == "opinion"})
			return nil
		}); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

func eachLine(fsys fs.FS, name string, f func(n int, line string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#\t") {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// CrossValidate runs k-fold cross-validation over the corpora and returns
// the opinion-class scores per language. With joint, one model is trained on
// all languages (the language is a feature); otherwise one per language.
func CrossValidate(cs []Corpus, joint bool, lambda float64, k, maxIter int) []Scores {
	folds := make([][]int, len(cs))
	for i, c := range cs {
		folds[i] = Folds(len(c.Examples), k, 1)
	}
	// Folds are independent: train them in parallel, add up in order.
	perFold := make([][]Scores, k)
	var wg sync.WaitGroup
	for fold := range k {
		wg.Go(func() {
			perFold[fold] = crossFold(cs, folds, fold, joint, lambda, maxIter)
		})
	}
	wg.Wait()
	out := make([]Scores, len(cs))
	for _, f := range perFold {
		for i, s := range f {
			out[i].TP += s.TP
			out[i].FP += s.FP
			out[i].FN += s.FN
			out[i].TN += s.TN
		}
	}
	return out
}

func crossFold(cs []Corpus, folds [][]int, fold int, joint bool, lambda float64, maxIter int) []Scores {
	split := func(i int) (train, test []Example) {
		for j, x := range cs[i].Examples {
			if folds[i][j] == fold {
				test = append(test, x)
			} else {
				train = append(train, x)
			}
		}
		return
	}
	var shared feature.Table
	if joint {
		var all []Example
		for i := range cs {
			tr, _ := split(i)
			all = append(all, tr...)
		}
		shared = Train(all, lambda, maxIter)
	}
	out := make([]Scores, len(cs))
	for i := range cs {
		train, test := split(i)
		t := shared
		if !joint {
			t = Train(train, lambda, maxIter)
		}
		for _, x := range test {
			out[i].Add(Score(&t, x.Hashes) >= 0.5, x.Opinion)
		}
	}
	return out
}
