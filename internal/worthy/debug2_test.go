package worthy_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/loupe-news/loupe/internal/worthy"
	"github.com/loupe-news/loupe/internal/worthy/evalset"
)

func TestDebugMix(t *testing.T) {
	f := os.Getenv("MODEL")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	m, err := worthy.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := evalset.ReadTSV("../../../shared/data/checkworthiness-en/dev.tsv")
	en, _ := evalset.ReadGold("../../../shared/corpus/dev/ct25-en-subjectivity.gold.jsonl")
	fr, _ := evalset.ReadGold("../../../shared/corpus/dev/ct25-fra-train.gold.jsonl")
	odd, _ := evalset.Halves(fr)
	for _, mix := range []float64{0, 0.2, 0.4, 0.6, 1} {
		m.SetMix(mix)
		d := evalset.Best(evalset.ScoreTSV(m, dev))
		e := evalset.ScoreGold(m, en, false)
		fmt.Printf("mix %.1f dev %.3f@%.2f ct25en at it %.3f best %.3f@%.2f\n", mix, d.F1, d.Thr, evalset.At(e, d.Thr).F1, evalset.Best(e).F1, evalset.Best(e).Thr)
	}
	m.SetMix(0)
	for _, pr := range []float64{0, -0.5, -1, -2, -3} {
		for _, st := range []string{"question", "opinion", "speculative", "hedged"} {
			m.SetPrior(st, pr)
		}
		e := evalset.ScoreGold(m, en, true)
		o := evalset.ScoreGold(m, odd, true)
		fmt.Printf("prior %.1f ct25en gold-status at en thr %.3f best %.3f@%.2f; fra odd at fr thr %.3f best %.3f@%.2f\n", pr,
			evalset.At(e, m.Threshold("en")).F1, evalset.Best(e).F1, evalset.Best(e).Thr, evalset.At(o, m.Threshold("fr")).F1, evalset.Best(o).F1, evalset.Best(o).Thr)
	}
}
