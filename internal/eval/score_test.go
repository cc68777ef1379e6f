package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/loupe"
)

// imperfectGold is scored by hand below.
const imperfectGold = `{"format": "gold/1", "id": "imp",
 "text": "Alice met Bob in Paris. Critics say Robert lied about 30 cats. Is it true?",
 "meta": {"lang": "en", "genre": "reporting"},
 "sentences": [
  {"text": "Alice met Bob in Paris.", "status": "asserted", "checkworthy": true},
  {"text": "Critics say Robert lied about 30 cats.", "status": "reported", "source": "Critics", "source_kind": "vague", "checkworthy": true},
  {"text": "Is it true?", "status": "question", "checkworthy": false}
 ],
 "entities": [
  {"name": "Alice", "type": "PER", "mentions": ["Alice"]},
  {"name": "Robert", "type": "PER", "mentions": ["Bob", "Robert"]},
  {"name": "Paris", "type": "LOC", "mentions": ["Paris"]}
 ],
 "quantities": [{"anchor": "about 30 cats", "value": 30, "approx": true, "unit": "cats"}],
 "techniques": [{"anchor": "Robert lied", "technique": "Loaded_Language"}, {"anchor": "Is it true?", "technique": "Doubt"}]
}`

// at is the code-point span of the first occurrence of sub in text.
func at(text, sub string) loupe.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	s := len([]rune(text[:i]))
	return loupe.Span{Start: s, End: s + len([]rune(sub))}
}

func imperfectPrediction(text string) *loupe.Dossier {
	s1 := at(text, "Alice met Bob in Paris.")
	s23 := at(text, "Critics say Robert lied about 30 cats. Is it true?")
	critics := at(text, "Critics")
	return &loupe.Dossier{
		Text:      text,
		Meta:      loupe.Meta{Lang: " en ", Genre: &loupe.Genre{Label: "opinion"}},
		Sentences: []loupe.Span{{Start: s1.Start, End: s1.End + 1}, s23}, // trailing space is trimmed
		Claims: []loupe.Claim{
			{Span: s1, Status: "asserted", Checkworthy: false},
			{Span: s23, Status: "reported", Source: &loupe.Source{Span: &critics, Kind: "named"}, Checkworthy: true},
		},
		Entities: []loupe.Entity{
			{Type: "PER", Mentions: []loupe.Span{at(text, "Alice")}},
			{Type: "PER", Mentions: []loupe.Span{at(text, "Bob")}},
			{Type: "PER", Mentions: []loupe.Span{at(text, "Robert")}},
			{Type: "ORG", Mentions: []loupe.Span{at(text, "Paris")}},
			{Type: "MISC", Mentions: []loupe.Span{critics}},
		},
		Quantities: []loupe.Quantity{{Span: at(text, "about 30 cats"), Value: 30, Approx: false}},
		Techniques: []loupe.Technique{
			{Span: at(text, "Robert lied"), Technique: "Loaded_Language"},
			{Span: s23, Technique: "Doubt"},
		},
	}
}

func TestScoreImperfect(t *testing.T) {
	g := parseOne(t, "imp.gold.json", imperfectGold)
	s := Score(g, imperfectPrediction(g.Text))
	st := s.Status()
	tests := []struct {
		name      string
		got, want float64
	}{
		// Sentences: S1 right; S2+S3 predicted as one. TP 1, FP 1, FN 2.
		{"sentences P", s.Sentences.Precision(), 0.5},
		{"sentences R", s.Sentences.Recall(), 1.0 / 3},
		{"sentences F1", s.Sentences.F1(), 0.4},
		// Ends: gold {23, 62, 74}, predicted {23, 74}.
		{"sentence ends F1", s.SentenceEnds.F1(), 0.8},
		// S1 asserted = asserted; S2 reported = reported; S3 question
		// matched to the merged claim, reported.
		{"status accuracy", st.Accuracy(), 2.0 / 3},
		// F1 asserted 1, reported 2/3 (TP 1, FP 1), question 0.
		{"status macro-F1", s.StatusMacroF1(), (1 + 2.0/3 + 0) / 3},
		// S1 true, predicted false (FN); S2 true, the merged claim lies more
		// than half in it (TP); S3 false, the merged claim lies less than
		// half in it (TN).
		{"checkworthy P", s.Checkworthy.Precision(), 1},
		{"checkworthy R", s.Checkworthy.Recall(), 0.5},
		// S2 vague, predicted named.
		{"source kind", s.SourceKind.Accuracy(), 0},
		// Alice and Robert/Bob right; Robert alone, Paris as ORG and
		// Critics wrong; Paris LOC missed. TP 2, FP 3, FN 1.
		{"entities P", s.Entities.Precision(), 0.4},
		{"entities R", s.Entities.Recall(), 2.0 / 3},
		{"entities F1", s.Entities.F1(), 0.5},
		// Bob/Robert split in two predicted entities.
		{"alias groups", s.AliasGroups.Accuracy(), 0},
		// Right span and value, wrong approx.
		{"quantities F1", s.Quantities.F1(), 0},
		{"quantity spans F1", s.QuantitySpans.F1(), 1},
		// S2: {LL} vs {LL, Doubt}; S3: {Doubt} vs {Doubt}. TP 2, FP 1.
		{"techniques P", s.Techniques.Precision(), 2.0 / 3},
		{"techniques F1", s.Techniques.F1(), 0.8},
		{"meta lang", s.Meta["lang"].Accuracy(), 1},
		{"meta genre", s.Meta["genre"].Accuracy(), 0},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 1e-9 {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if s.Confusion["question"]["reported"] != 1 || s.Meta["url"] != nil {
		t.Errorf("confusion %v meta %v", s.Confusion, s.Meta)
	}
}

// checkPerfect fails unless every metric that had something to score is 1.
func checkPerfect(t *testing.T, name string, s *Scores) {
	t.Helper()
	f1 := map[string]Counts{
		"sentences": s.Sentences, "sentence ends": s.SentenceEnds, "checkworthy": s.Checkworthy,
		"entities": s.Entities, "quantities": s.Quantities, "quantity spans": s.QuantitySpans,
		"techniques": s.Techniques,
	}
	for _, l := range loupe.Statuses {
		f1["status "+l] = s.StatusCounts(l)
	}
	for k, c := range f1 {
		if c.FP != 0 || c.FN != 0 {
			t.Errorf("%s: %s: %+v, want no errors", name, k, c)
		}
	}
	acc := map[string]Ratio{"status": s.Status(), "source kind": s.SourceKind, "alias groups": s.AliasGroups}
	for k, r := range s.Meta {
		acc["meta "+k] = *r
	}
	for k, r := range acc {
		if r.Right != r.Total {
			t.Errorf("%s: %s: %d/%d", name, k, r.Right, r.Total)
		}
	}
	if m := s.StatusMacroF1(); s.Status().Total > 0 && m != 1 {
		t.Errorf("%s: status macro-F1 %v", name, m)
	}
}

func TestScorePerfect(t *testing.T) {
	g := parseOne(t, "imp.gold.json", imperfectGold)
	s := Score(g, DossierFromGold(g))
	checkPerfect(t, "imperfect gold vs itself", s)
	if s.Sentences.TP != 3 || s.Status().Total != 3 || s.Checkworthy.TP != 2 || s.Entities.TP != 3 ||
		s.AliasGroups.Total != 1 || s.Quantities.TP != 1 || s.Techniques.TP != 2 || s.SourceKind.Total != 1 {
		t.Errorf("perfect scores do not count everything: %+v", s)
	}
}

func TestRunCollectsErrors(t *testing.T) {
	g := writeFile(t, "r.gold.jsonl", `{"id": "a", "text": "One.", "sentences": [{"text": "One.", "status": "asserted"}]}
{"id": "b", "text": "Two.", "sentences": [{"text": "Two.", "status": "asserted"}]}
{"id": "c", "text": "Three.", "sentences": [{"text": "Four."}]}
`)
	r, err := Run(context.Background(), []string{g}, func(_ context.Context, d *GoldDoc) (*loupe.Dossier, error) {
		if d.ID == "b" {
			return nil, errors.New("boom")
		}
		return DossierFromGold(d), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Overall.Documents != 1 || len(r.Errors) != 2 || !errors.Is(r.Errors[0], ErrAnchorNotFound) || !errors.Is(r.Errors[1], ErrAnalysis) {
		t.Fatalf("documents %d errors %v", r.Overall.Documents, r.Errors)
	}
	var text, js bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"sentences", "1.000", "boom", `"Four."`} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, text.String())
		}
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Format  string
		Overall struct {
			Sentences struct{ F1 *float64 }
			Entities  struct{ F1 *float64 }
		}
		Errors []struct{ File, ID, Error string }
	}
	if err := json.Unmarshal(js.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Format != ReportFormat || *back.Overall.Sentences.F1 != 1 || back.Overall.Entities.F1 != nil || len(back.Errors) != 2 || back.Errors[1].ID != "b" {
		t.Errorf("JSON report: %s", js.String())
	}
}
