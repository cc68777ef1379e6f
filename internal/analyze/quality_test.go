package analyze

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/loupe-news/loupe/internal/eval"
	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/worthy/evalset"
)

// Floors under measured scores (loupe eval GOLD; numbers in segment/doc.go),
// so that a change cannot silently make them fall.
func TestQualityFloors(t *testing.T) {
	a := analyzer(t)
	run := func(ctx context.Context, g *eval.GoldDoc) (*loupe.Dossier, error) {
		return a.Analyze(ctx, Input{ID: g.ID, Text: g.Text})
	}
	for _, tc := range []struct {
		gold               string
		sentences, status  float64
		checkworthy, metas float64
	}{
		// Measured 2026-11-28 (session 4): sentences, status, check-worthiness
		// 1.000 0.951 0.971; 0.952 0.797 0.852; 0.994 0.763 0.712; 0.994
		// 0.725 0.768 (60 texts); 0.955 0.728 0.732 (posts). Session 5:
		// project 0.994 0.733 0.768, posts 0.955 0.737 0.732, training
		// texts 0.996 0.801 0.836 (0.740 0.833 before the session's rules);
		// with the 34 French and post texts added later, 0.812 0.822.
		{shared + "/kazakhstan-rebellion.fr.gold.json", 0.99, 0.93, 0.95, 0.80},
		{shared + "/ct25-fra-train.gold.jsonl", 0.945, 0.78, 0.83, 0},
		{shared + "/ct25-en-subjectivity.gold.jsonl", 0.99, 0.74, 0.69, 0},
		{"../../testdata/corpus/project", 0.99, 0.71, 0.75, 0.70},
		{"../../testdata/corpus/posts", 0.94, 0.71, 0.71, 0},
		{"../../testdata/corpus/train", 0.99, 0.79, 0.80, 0},
	} {
		if _, err := os.Stat(tc.gold); err != nil {
			t.Logf("skip %s: %v", tc.gold, err)
			continue
		}
		rep, err := eval.Run(context.Background(), []string{tc.gold}, run)
		if err != nil || len(rep.Errors) > 0 {
			t.Fatalf("%s: %v %v", tc.gold, err, rep.Errors)
		}
		s := rep.Overall
		got := []float64{s.Sentences.F1(), s.StatusMacroF1(), s.Checkworthy.F1()}
		want := []float64{tc.sentences, tc.status, tc.checkworthy}
		for i, name := range []string{"sentence F1", "status macro-F1", "check-worthiness F1"} {
			if got[i] < want[i] {
				t.Errorf("%s: %s %.3f below floor %.3f", tc.gold, name, got[i], want[i])
			}
		}
		for field, r := range s.Meta {
			if r.Total > 0 && r.Accuracy() < tc.metas && field != "genre" {
				t.Errorf("%s: meta %s accuracy %.3f below floor %.2f", tc.gold, field, r.Accuracy(), tc.metas)
			}
		}
	}
}

// TestDebateCheckworthiness scores check-worthiness through the whole
// dossier, as a user of `loupe analyze` gets it, on the CheckThat! 2024
// English dev sentences (one input each; a sentence is check-worthy when
// one of its claims is). The model alone scores higher (worthy's floors):
// statuses (questions, predictions, opinions) lower some scores.
func TestDebateCheckworthiness(t *testing.T) {
	if testing.Short() {
		t.Skip("1,032 dossiers")
	}
	path := "../../../shared/data/checkworthiness-en/dev.tsv"
	if _, err := os.Stat(path); err != nil {
		t.Skip(err)
	}
	ex, err := evalset.ReadTSV(path)
	if err != nil {
		t.Fatal(err)
	}
	a := analyzer(t)
	var tp, fp, fn float64
	for i, e := range ex {
		d, err := a.Analyze(context.Background(), Input{ID: fmt.Sprint(i), Text: e.Text})
		if err != nil {
			t.Fatal(err)
		}
		yes := false
		for _, c := range d.Claims {
			yes = yes || c.Checkworthy
		}
		switch {
		case yes && e.Yes:
			tp++
		case yes:
			fp++
		case e.Yes:
			fn++
		}
	}
	p, r := tp/(tp+fp), tp/(tp+fn)
	f1 := 2 * p * r / (p + r)
	t.Logf("CT24 dev through the dossier: P %.3f R %.3f F1 %.3f", p, r, f1)
	if f1 < floorDebate {
		t.Errorf("F1 %.3f under the floor %.2f", f1, floorDebate)
	}
}

// floorDebate sits under the measured 0.870 (2026-11-28).
const floorDebate = 0.85
