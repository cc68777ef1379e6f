package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// corpus is the shared development corpus, beside the repository.
const corpus = "../../../shared/corpus/dev"

func corpusFiles(t *testing.T) []string {
	t.Helper()
	files := []string{"kazakhstan-rebellion.fr.gold.json", "ct25-fra-train.gold.jsonl", "ct25-en-subjectivity.gold.jsonl"}
	var out []string
	for _, f := range files {
		p := filepath.Join(corpus, f)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("corpus not available: %v", err)
		}
		out = append(out, p)
	}
	return out
}

func TestCorpusLoads(t *testing.T) {
	want := map[string]int{"kazakhstan-rebellion.fr.gold.json": 1, "ct25-fra-train.gold.jsonl": 69, "ct25-en-subjectivity.gold.jsonl": 260}
	for _, p := range corpusFiles(t) {
		docs, errs := LoadFile(p)
		for _, e := range errs {
			t.Errorf("%v", e)
		}
		if n := want[filepath.Base(p)]; len(docs) != n {
			t.Errorf("%s: %d documents, want %d", p, len(docs), n)
		}
	}
}

func TestCorpusKazakhstan(t *testing.T) {
	p := corpusFiles(t)[0]
	docs, errs := LoadFile(p)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("%v", errs)
	}
	d := docs[0]
	runes := []rune(d.Text)
	if len(d.Sentences) != 31 || d.Lang != "fr" || *d.Meta.Genre != "opinion" || !*d.Meta.Elided {
		t.Errorf("%d sentences, meta %+v", len(d.Sentences), d.Meta)
	}
	// Anchors point at the same words in the original text.
	if got := foldString(string(runes[d.Sentences[1].Start:d.Sentences[1].End])); got[:9] != "Les gangs" {
		t.Errorf("sentence 1 = %q", got)
	}
	for _, q := range d.Quantities {
		if s := foldString(string(runes[q.Start:q.End])); s != "Trois des policiers tués" && s != "20 000 personnes" && s != "une cinquantaine de rebelles" {
			t.Errorf("quantity %q", s)
		}
	}
	// "Tokayev" alone occurs once outside "Kassym-Jomart Tokayev", which occurs twice.
	if m := d.Entities[0].Mentions; len(m) != 3 {
		t.Errorf("Tokayev mentions %v", m)
	}
}

func TestCorpusSelfAgreement(t *testing.T) {
	files := corpusFiles(t)
	r, err := Agreement(context.Background(), files, files)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Errors {
		t.Errorf("%v", e)
	}
	if r.Overall.Documents != 330 {
		t.Errorf("%d documents scored, want 330", r.Overall.Documents)
	}
	for _, f := range r.Files {
		checkPerfect(t, f.Path, &f.Scores)
	}
	checkPerfect(t, "overall", &r.Overall)
	s := &r.Overall
	if s.Sentences.TP == 0 || s.Status().Total == 0 || s.Checkworthy.TP == 0 || s.SourceKind.Total == 0 ||
		s.Entities.TP == 0 || s.AliasGroups.Total == 0 || s.Quantities.TP == 0 || s.Techniques.TP == 0 || s.Meta["genre"] == nil {
		t.Errorf("a metric scored nothing: %+v", s)
	}
}
