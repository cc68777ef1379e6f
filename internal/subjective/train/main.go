// Command train fits the opinion model of package subjective from its data
// files and writes the embedded model file. It picks the regularisation and
// the layout (one model per language, or one joint model with the language
// as a feature) by 5-fold cross-validation and prints the scores.
//
// Run from internal/subjective (go generate does):
//
//	go run ./train -data data -out model/subjective.bin
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/loupe-news/loupe/internal/subjective/internal/feature"
	"github.com/loupe-news/loupe/internal/subjective/internal/logreg"
)

func main() {
	data := flag.String("data", "data", "directory of LANG.tsv and LANG.persons")
	out := flag.String("out", "model/subjective.bin", "model file to write")
	iters := flag.Int("iter", 300, "L-BFGS iterations at most")
	flag.Parse()
	if err := run(*data, *out, *iters); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

var lambdas = []float64{1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3}

func run(dir, out string, iters int) error {
	cs, err := logreg.ReadData(os.DirFS(dir))
	if err != nil {
		return err
	}
	if len(cs) == 0 {
		return fmt.Errorf("no LANG.tsv in %s", dir)
	}
	for _, c := range cs {
		op := 0
		for _, x := range c.Examples {
			if x.Opinion {
				op++
			}
		}
		fmt.Printf("%s: %d sentences, %d opinion (%.0f%%)\n", c.Lang.Code, len(c.Examples), op, 100*float64(op)/float64(len(c.Examples)))
	}
	// Pick the layout and lambda with the best mean F1, preferring the
	// stronger regularisation among those within 0.005 of the best (the
	// scores are flat there, and a stronger prior generalises better).
	type result struct {
		joint  bool
		lambda float64
		f1     float64
	}
	var results []result
	for _, joint := range []bool{false, true} {
		for _, lambda := range lambdas {
			scores := logreg.CrossValidate(cs, joint, lambda, 5, iters)
			mean := 0.0
			layout := "per-language"
			if joint {
				layout = "joint"
			}
			fmt.Printf("%-12s lambda=%-6g", layout, lambda)
			for i, s := range scores {
				fmt.Printf("  %s P=%.3f R=%.3f F1=%.3f", cs[i].Lang.Code, s.P(), s.R(), s.F1())
				mean += s.F1() / float64(len(scores))
			}
			fmt.Printf("  mean F1=%.3f\n", mean)
			results = append(results, result{joint, lambda, mean})
		}
	}
	top := 0.0
	for _, r := range results {
		top = max(top, r.f1)
	}
	best := result{f1: -1}
	for _, r := range results {
		if r.f1 >= top-0.005 && (r.lambda > best.lambda || r.lambda == best.lambda && r.f1 > best.f1) {
			best = r
		}
	}
	bestF, bestJoint, bestLambda := best.f1, best.joint, best.lambda
	fmt.Printf("chosen: joint=%v lambda=%g (mean CV F1 %.3f)\n", bestJoint, bestLambda, bestF)

	var f feature.File
	if bestJoint {
		var all []logreg.Example
		for _, c := range cs {
			all = append(all, c.Examples...)
		}
		f.Tables = append(f.Tables, logreg.Train(all, bestLambda, iters))
	}
	for _, c := range cs {
		t := 0
		if !bestJoint {
			t = len(f.Tables)
			f.Tables = append(f.Tables, logreg.Train(c.Examples, bestLambda, iters))
		}
		f.Langs = append(f.Langs, feature.ModelLang{Lang: c.Lang, Table: t})
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := f.Write(w); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", out, st.Size())
	return nil
}
