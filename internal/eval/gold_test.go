package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/loupe"
)

func sp(s, e int) loupe.Span { return loupe.Span{Start: s, End: e} }

func parseOne(t *testing.T, name, data string) *GoldDoc {
	t.Helper()
	docs, errs := Parse([]byte(data), name)
	for _, e := range errs {
		t.Errorf("Parse: %v", e)
	}
	if len(docs) != 1 {
		t.Fatalf("Parse: %d documents, want 1", len(docs))
	}
	return docs[0]
}

func TestParseAnchors(t *testing.T) {
	// Code points: C0 a1 f2 é3 _4 😀5 _6 _7 a8 u9 \n10 l11 a12 i13 t14 .15 _16
	// Ç17 a18 _19 v20 a21 _22 ?23 _24 O25 u26 i27 .28 _29 O30 u31 i32 .33
	const doc = `{"format": "gold/1", "id": "d1", "text": "Café 😀  au\nlait. Ça va ? Oui. Oui.",
	 "meta": {"lang": "fr", "genre": {"label": "opinion"}, "elided": false},
	 "sentences": [
	  {"text": "Café 😀 au lait.", "status": "asserted", "cues": ["😀 au"], "source": "au\nlait"},
	  {"text": "Ça va ?", "status": "question", "checkworthy": false,
	   "claims": [{"anchor": "Ça", "status": "asserted"}, {"anchor": "va ?", "status": "question"}]},
	  {"text": "Oui.", "checkworthy": null},
	  {"text": "Oui.", "status": "opinion", "cues": [{"start": 30, "end": 33, "kind": "opinion"}]}
	 ],
	 "entities": [{"name": "Oui", "type": "MISC", "mentions": ["Oui"]}],
	 "quantities": [{"anchor": "😀", "value": 1, "approx": true}],
	 "techniques": [{"start": 17, "end": 24, "technique": "Doubt"}]
	}`
	d := parseOne(t, "x.gold.json", doc)
	if d.ID != "d1" || d.Lang != "fr" || *d.Meta.Genre != "opinion" || *d.Meta.Elided {
		t.Errorf("header: %+v %+v", d, d.Meta)
	}
	want := []loupe.Span{sp(0, 16), sp(17, 24), sp(25, 29), sp(30, 34)}
	if len(d.Sentences) != len(want) {
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(want))
	}
	for i, s := range d.Sentences {
		if s.Span != want[i] {
			t.Errorf("sentence %d = %v, want %v", i, s.Span, want[i])
		}
	}
	s0, s1, s3 := d.Sentences[0], d.Sentences[1], d.Sentences[3]
	if len(s0.Cues) != 1 || s0.Cues[0].Span != sp(5, 10) || s0.Source == nil || *s0.Source != sp(8, 15) {
		t.Errorf("sentence 0 cues %v source %v", s0.Cues, s0.Source)
	}
	if len(s1.Claims) != 2 || s1.Claims[0].Span != sp(17, 19) || s1.Claims[1].Span != sp(20, 24) || s1.Claims[1].Status != "question" {
		t.Errorf("sentence 1 claims %+v", s1.Claims)
	}
	if len(s3.Cues) != 1 || s3.Cues[0] != (loupe.Cue{Span: sp(30, 33), Kind: "opinion"}) {
		t.Errorf("sentence 3 cues %v", s3.Cues)
	}
	if m := d.Entities[0].Mentions; len(m) != 2 || m[0] != sp(25, 28) || m[1] != sp(30, 33) {
		t.Errorf("mentions %v", m)
	}
	if q := d.Quantities[0]; q.Span != sp(5, 6) || *q.Value != 1 || !q.Approx {
		t.Errorf("quantity %+v", q)
	}
	if tq := d.Techniques[0]; tq.Span != sp(17, 24) {
		t.Errorf("technique %+v", tq)
	}
}

func TestParseMentions(t *testing.T) {
	// J0 … t10 _11 e12 t13 _14 D15 … t20 .21 _22 D23 … l30 _31 non32-34 .35 _36
	// J37 e38 a39 n40 -41 D42 … t47 ?48 _49 J50 … n53 \n54 D55 … t60
	const doc = `{"id": "m", "text": "Jean Dupont et Dupont. Dupontel non. Jean-Dupont? Jean\nDupont",
	 "entities": [{"name": "Jean Dupont", "type": "PER", "mentions": ["Dupont", "Jean Dupont"]},
	              {"name": "Jean", "type": "PER", "mentions": ["Jean"]}]}`
	d := parseOne(t, "x.gold.json", doc)
	want := []loupe.Span{sp(0, 11), sp(15, 21), sp(42, 48), sp(50, 61)}
	got := d.Entities[0].Mentions
	if len(got) != len(want) {
		t.Fatalf("mentions %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mention %d = %v, want %v", i, got[i], want[i])
		}
	}
	// "Jean" alone occurs only in "Jean-Dupont", where it is not inside a
	// longer listed mention.
	if m := d.Entities[1].Mentions; len(m) != 1 || m[0] != sp(37, 41) {
		t.Errorf("Jean mentions %v", m)
	}
}

func TestParseErrors(t *testing.T) {
	const data = `{"id": "ok", "text": "Un. Deux.", "sentences": [{"text": "Un."}, {"text": "Deux."}]}
{"id": "bad", "text": "Un. Deux.", "sentences": [{"text": "Deux."}, {"text": "Un."}], "quantities": [{"anchor": "trois"}]}

not json
{"id": "range", "text": "abc", "sentences": [{"start": 1, "end": 9}], "entities": [{"type": "PER", "mentions": ["zzz"]}]}
{"format": "gold/2", "id": "v2", "text": "x"}
{"id": "st", "text": "abc", "sentences": [{"text": "abc", "status": "sure"}]}
`
	docs, errs := Parse([]byte(data), "dir/f.gold.jsonl")
	if len(docs) != 1 || docs[0].ID != "ok" {
		t.Fatalf("docs = %v", docs)
	}
	tests := []struct {
		line     int
		id       string
		is       error
		contains []string
	}{
		{2, "bad", ErrAnchorNotFound, []string{`sentences[1]`, `"Un."`, `quantities[0]`, `"trois"`}},
		{4, "", ErrFormat, nil},
		{5, "range", ErrSpan, []string{"[1, 9)", `entities[0].mentions[0]`, `"zzz"`}},
		{6, "v2", ErrFormat, []string{"gold/2"}},
		{7, "st", ErrLabel, []string{`"sure"`}},
	}
	if len(errs) != len(tests) {
		t.Fatalf("%d errors, want %d: %v", len(errs), len(tests), errs)
	}
	for i, tt := range tests {
		e := errs[i]
		if e.File != "dir/f.gold.jsonl" || e.Line != tt.line || e.ID != tt.id || !errors.Is(e, tt.is) {
			t.Errorf("error %d = %v (line %d, id %q), want line %d id %q is %v", i, e, e.Line, e.ID, tt.line, tt.id, tt.is)
		}
		for _, c := range tt.contains {
			if !strings.Contains(e.Error(), c) {
				t.Errorf("error %q does not say %q", e, c)
			}
		}
	}
}

func TestLoadTextFile(t *testing.T) {
	dir := t.TempDir()
	// An invalid byte becomes one U+FFFD: "a\xffb c" is 5 code points.
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a\xffb\r\nc d"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "a.gold.json")
	if err := os.WriteFile(gold, []byte(`{"id": "a", "text_file": "a.txt", "sentences": [{"text": "c d"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, errs := LoadFile(gold)
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("LoadFile: %v %v", docs, errs)
	}
	if d := docs[0]; d.Text != "a\uFFFDb\r\nc d" || d.Sentences[0].Span != sp(5, 8) {
		t.Errorf("text %q sentence %v", d.Text, d.Sentences[0].Span)
	}
	if _, errs := LoadFile(filepath.Join(dir, "missing.gold.json")); len(errs) != 1 {
		t.Errorf("missing file: %v", errs)
	}
}

func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
