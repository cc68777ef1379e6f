package genre

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/core"
	"github.com/loupe-news/loupe/internal/loupe"
)

func TestData(t *testing.T) {
	d, err := load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"fr", "en"} {
		lx := d.langs[l]
		if lx == nil || len(lx.firstPerson) == 0 || len(lx.evaluative.exact)+len(lx.evaluative.prefixes) == 0 || len(lx.satire.exact) == 0 {
			t.Errorf("%s: a section is empty", l)
		}
	}
	if !d.langs["fr"].firstPerson["j'"] || d.langs["fr"].firstPerson["'"] {
		t.Error(`fr first person: want "j'" and not "'"`)
	}
	if len(d.common.question) == 0 || len(d.common.answer) == 0 || !d.common.opinionPath["opinion"] {
		t.Error("common.txt: a section is empty")
	}
}

// TestWritten classifies the articles written for these tests.
func TestWritten(t *testing.T) {
	a, err := core.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ file, want string }{
		{"testdata/wire-port-strike.en.txt", Reporting},
		{"testdata/satire-mairie-reunion.fr.txt", Satire},
	} {
		raw, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := a.Analyze(context.Background(), core.Input{Text: string(raw)})
		if err != nil {
			t.Fatal(err)
		}
		g := Classify(FromDossier(ds))
		if g == nil || g.Label != tt.want {
			t.Errorf("%s: %+v, want %s", tt.file, g, tt.want)
		}
		if g != nil && (g.Score < 0.5 || g.Score > 1 || g.Why == "") {
			t.Errorf("%s: score %v why %q", tt.file, g.Score, g.Why)
		}
	}
}

// in builds an Input with one sentence a line and claims given by status.
func in(text, lang string, statuses ...string) Input {
	t := loupe.NewText(text)
	var sents []loupe.Span
	var claims []loupe.Claim
	start := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		n := len([]rune(line))
		sp := loupe.Span{Start: start, End: start + n}
		sents = append(sents, sp)
		st := loupe.Asserted
		if i < len(statuses) {
			st = statuses[i]
		}
		claims = append(claims, loupe.Claim{Span: sp, Status: st, Sentence: i})
		start += n
	}
	return Input{Text: t, Sentences: sents, Claims: claims, Lang: lang}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want string
	}{
		{"wire", in("The ministry said on Monday that 40 people were hurt.\n\"We are doing everything we can to help the families,\" the minister told reporters.\nPolice said the driver had been arrested.", "en",
			loupe.Reported, loupe.Reported, loupe.Reported), Reporting},
		{"column", in("I think this plan is a disgrace.\nWhy do we keep paying for such nonsense?\nWe must stop it now!", "en",
			loupe.Hedged, loupe.Question, loupe.Opinion), Opinion},
		{"tribune", in("Je suis las de ces promesses.\nPourquoi nos élus s'obstinent-ils ?\nIl faut que cela cesse : c'est scandaleux !", "fr",
			loupe.Asserted, loupe.Question, loupe.Opinion), Opinion},
		{"onion", in("Area man confirms he has read the terms and conditions.\nAt press time, he was reading them again.", "en"), Satire},
		{"one satire cue is not enough", in("A local man was hurt in the crash, police said.", "en", loupe.Reported), Reporting},
		{"opinion URL", Input{Text: loupe.NewText("The council voted on Tuesday."), URL: "https://example.com/opinion/2024/x", Lang: "en"}, Opinion},
		{"unknown language", in("Der Minister sagte am Montag, 40 Menschen seien verletzt worden.", "de", loupe.Reported), Reporting},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Classify(tt.in)
			if g == nil || g.Label != tt.want {
				t.Fatalf("Classify = %+v, want %s", g, tt.want)
			}
			if g.Score < 0.5 || g.Score > 1 || g.Why == "" {
				t.Errorf("score %v, why %q", g.Score, g.Why)
			}
		})
	}
	if g := Classify(Input{Text: loupe.NewText("")}); g != nil {
		t.Errorf("empty text: %+v, want nil", g)
	}
	if g := Classify(Input{}); g != nil {
		t.Errorf("nil text: %+v, want nil", g)
	}
}

func TestQuotations(t *testing.T) {
	tests := []struct {
		text  string
		want  []string
		count int
	}{
		{`Il a dit « nous partirons demain matin » hier.`, []string{"« nous partirons demain matin »"}, 1},
		{`He said "we will leave tomorrow" and "no".`, []string{`"we will leave tomorrow"`, `"no"`}, 1},
		{`He wrote “outer ‘inner’ words here”`, []string{"“outer ‘inner’ words here”"}, 1},
		{"\"unclosed\n\nnext \"closed one\"", []string{`"closed one"`}, 0},
		{`"A wrapped article is no quotation, it is the whole text." Author`, nil, 0},
	}
	for _, tt := range tests {
		all, outer := quotations(tt.text, len([]rune(tt.text)))
		var got []string
		for _, r := range all {
			got = append(got, tt.text[r.a:r.b])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("quotations(%q) = %q, want %q", tt.text, got, tt.want)
		}
		n := 0
		for _, q := range outer {
			if len(words(tt.text[q.a:q.b])) >= 4 {
				n++
			}
		}
		if n != tt.count {
			t.Errorf("quotations(%q): %d long ones, want %d", tt.text, n, tt.count)
		}
	}
}

func TestInterview(t *testing.T) {
	d, _ := load()
	text := "Intro.\n\nQ. : Première question ?\nR. : Je pense que oui.\nSuite de la réponse.\n\nQ. : Seconde ?\nR. : Non.\n\nPropos recueillis par X"
	asked, answers := interview(text, d.common)
	if len(asked) != 2 || len(answers) != 2 {
		t.Fatalf("asked %d answers %d, want 2 and 2", len(asked), len(answers))
	}
	if got := text[answers[0].a:answers[0].b]; got != "R. : Je pense que oui.\nSuite de la réponse." {
		t.Errorf("answer = %q", got)
	}
	if a, b := interview("Q: only one?\nA: yes", d.common); a != nil || b != nil {
		t.Error("one question line makes an interview")
	}
}

func TestWords(t *testing.T) {
	var got []string
	for _, w := range words("J’ai vu l'État — pré-réunion, don't!") {
		got = append(got, w.norm)
	}
	want := []string{"j", "'", "ai", "vu", "l", "'", "état", "pré", "réunion", "don", "'", "t"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

func TestDeterministic(t *testing.T) {
	x := in("I think this plan is a disgrace.\nWhy do we keep paying?", "en", loupe.Hedged, loupe.Question)
	a := Classify(x)
	for range 10 {
		if b := Classify(x); *a != *b {
			t.Fatalf("%+v != %+v", a, b)
		}
	}
}

// BenchmarkClassify runs on the dev article (about 9 KB) with its dossier
// already built.
func BenchmarkClassify(b *testing.B) {
	raw, err := os.ReadFile("../../../shared/corpus/dev/kazakhstan-rebellion.fr.txt")
	if err != nil {
		b.Skip(err)
	}
	a, err := core.New()
	if err != nil {
		b.Fatal(err)
	}
	ds, err := a.Analyze(context.Background(), core.Input{Text: string(raw)})
	if err != nil {
		b.Fatal(err)
	}
	x := FromDossier(ds)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		Classify(x)
	}
}
