package analyze

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/loupe-news/loupe/internal/loupe"
)

const shared = "../../../shared/corpus/dev"

var testAnalyzer *Analyzer

func analyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	if testAnalyzer == nil {
		a, err := New()
		if err != nil {
			tb.Fatal(err)
		}
		testAnalyzer = a
	}
	return testAnalyzer
}

// corpus gathers every text the tests know: the shared dev corpus, the
// project's annotated set and the test data of other packages.
func corpus(tb testing.TB) map[string]string {
	tb.Helper()
	texts := map[string]string{}
	add := func(name, text string) { texts[name] = text }
	for _, dir := range []string{shared, "../../testdata/corpus/project", "../ingest/testdata"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			switch {
			case strings.HasSuffix(f, ".txt"):
				b, err := os.ReadFile(f)
				if err == nil {
					add(f, string(b))
				}
			case strings.HasSuffix(f, ".jsonl"):
				fh, err := os.Open(f)
				if err != nil {
					continue
				}
				sc := bufio.NewScanner(fh)
				sc.Buffer(nil, 1<<24)
				for n := 1; sc.Scan(); n++ {
					var rec struct {
						Text string `json:"text"`
					}
					if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Text != "" {
						texts[f+":"+itoa(n)] = rec.Text
					}
				}
				fh.Close()
			}
		}
	}
	for _, s := range edgeCases {
		add("edge:"+s, s)
	}
	if len(texts) < 10 {
		tb.Skip("no corpus found")
	}
	return texts
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

var edgeCases = []string{
	"x", "?", "\n\n\n.", "« »", "\"\"", "[...]", "....", "Moon of Alabama\nhttps://example.org/a",
	"🙂🙂🙂", "#a #b https://x.y/z", "M. Dupont est là. Mme Durand aussi.", "A.\nB.\nC.",
	"\ufffd\ufffd abc", "1) un\n2) deux\n- trois", "Titre\n\nTexte. Suite !", "« Qui ? » demanda-t-il.",
	"“Why?” he asked. “Because.”", "trahison..........\n.......\nFin.", "\r\nCRLF line.\r\nNext one.\r\n",
}

func TestSpansInsideText(t *testing.T) {
	a := analyzer(t)
	for name, text := range corpus(t) {
		d, err := a.Analyze(context.Background(), Input{Text: text})
		if err != nil {
			if strings.TrimSpace(text) == "" {
				continue
			}
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := d.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		per := make([]int, len(d.Sentences))
		for _, c := range d.Claims {
			per[c.Sentence]++
		}
		for i, n := range per {
			if n == 0 {
				t.Errorf("%s: sentence %d has no claim", name, i)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := analyzer(t)
	names := []string{}
	texts := corpus(t)
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names[:min(40, len(names))] {
		d1, err1 := a.Analyze(context.Background(), Input{Text: texts[n]})
		d2, err2 := a.Analyze(context.Background(), Input{Text: texts[n]})
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("%s: errors differ", n)
		}
		if err1 != nil {
			continue
		}
		d1.Timing, d2.Timing = nil, nil
		j1, _ := json.Marshal(d1)
		j2, _ := json.Marshal(d2)
		if string(j1) != string(j2) {
			t.Errorf("%s: two runs differ", n)
		}
	}
}

func TestDevArticleMeta(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(shared, "kazakhstan-rebellion.fr.txt"))
	if err != nil {
		t.Skip(err)
	}
	d, err := analyzer(t).Analyze(context.Background(), Input{Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	got := []any{d.Meta.Lang, d.Meta.Byline, d.Meta.URL, d.Meta.Site, d.Meta.Elided}
	want := []any{"fr", "Moon of Alabama", "https://lesakerfrancophone.fr/les-mysteres-derriere-la-rebellion-ratee-au-kazakhstan", "lesakerfrancophone.fr", true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meta = %v, want %v", got, want)
	}
}

func TestForcedLanguage(t *testing.T) {
	d, err := analyzer(t).Analyze(context.Background(), Input{Text: "Bonjour à tous.", Lang: "EN"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Meta.Lang != "en" || d.Meta.LangConfidence != 1 {
		t.Errorf("lang = %s %.2f, want en 1", d.Meta.Lang, d.Meta.LangConfidence)
	}
}

func TestEmpty(t *testing.T) {
	if _, err := analyzer(t).Analyze(context.Background(), Input{Text: " \n\t "}); err != ErrEmpty {
		t.Errorf("err = %v, want ErrEmpty", err)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := analyzer(t).Analyze(ctx, Input{Text: "Un texte."}); err == nil {
		t.Error("analysis of a cancelled context succeeded")
	}
}

// BenchmarkAnalyze measures the whole dossier of the dev article (5.8 KB):
// throughput, articles per second, allocations, and each stage's share.
func BenchmarkAnalyze(b *testing.B) {
	text, err := os.ReadFile(filepath.Join(shared, "kazakhstan-rebellion.fr.txt"))
	if err != nil {
		b.Skip(err)
	}
	a := analyzer(b)
	ctx := context.Background()
	in := Input{Text: string(text)}
	stages := map[string]float64{}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := time.Now()
	n := 0
	for b.Loop() {
		d, err := a.Analyze(ctx, in)
		if err != nil {
			b.Fatal(err)
		}
		for k, v := range d.Timing {
			stages[k] += v
		}
		n++
	}
	elapsed := time.Since(start).Seconds()
	b.ReportMetric(float64(n)/elapsed, "articles/s")
	total := 0.0
	for _, v := range stages {
		total += v
	}
	for k, v := range stages {
		b.ReportMetric(100*v/total, k+"-%")
	}
}

// Texts that once broke a stage: each must give a valid dossier.
func TestRegressions(t *testing.T) {
	for _, s := range []string{"I met Mr.", "Thanks to Dr.", "M.", "NATO NATO NATO NATO NATO NATO NATO NATO NATO NATO NATO NATO NATO NATO",
		"[...] [...] [...] [...]", "La Suisse.", "« Qui ? »"} {
		d, err := analyzer(t).Analyze(context.Background(), Input{Text: s})
		if err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		if err := d.Validate(); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

// FuzzAnalyze runs the whole dossier on arbitrary text: no panic, and every
// span inside the text (go test -run XXX -fuzz FuzzAnalyze ./internal/analyze).
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Le suspect aurait fui. « Nous ne lâcherons rien », a déclaré Mme Fabre.",
		"R. : Oui.\nQ. : Et demain ?\nA: Mostly domestic buyers.",
		"Paul Martin : Le club a tout vendu. Avait-il raison",
		"The plan is a \"bridge to nowhere\" for the city, said the mayor, Ann Lee, 44.",
		"Who are they kidding\n\n#Mali 🇲🇱 Les Congolais, Serbian President Vučić et l'OTAN.",
		"About 5,500 teachers quit; une cinquantaine de rebelles; 3,5 % ; $1.5 million.",
	} {
		f.Add(s)
	}
	a := analyzer(f)
	f.Fuzz(func(t *testing.T, text string) {
		d, err := a.Analyze(context.Background(), Input{Text: text})
		if err != nil {
			return // empty or unreadable input is an error, not a crash
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
	})
}

// BenchmarkAnalyzeProject analyses the 44 texts of our own set (fr and en,
// 52 KB) per iteration and reports the time per 5 KB of text.
func BenchmarkAnalyzeProject(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/corpus/project/*.txt")
	var texts []string
	size := 0
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	if len(texts) == 0 {
		b.Skip("no project texts")
	}
	a := analyzer(b)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := time.Now()
	n := 0
	for b.Loop() {
		for _, t := range texts {
			if _, err := a.Analyze(ctx, Input{Text: t}); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	perByte := time.Since(start).Seconds() / float64(n*size)
	b.ReportMetric(perByte*5000*1000, "ms/5KB")
}

// An opinion piece's general statement is the author's view; a claim with
// a name or a figure, or one worth checking, stays asserted.
func TestAuthorsViews(t *testing.T) {
	d := &loupe.Dossier{Claims: []loupe.Claim{
		{Status: loupe.Asserted, CheckworthyScore: 0.1},
		{Status: loupe.Asserted, CheckworthyScore: 0.1, Entities: []string{"e1"}},
		{Status: loupe.Asserted, CheckworthyScore: 0.1, Quantities: []string{"q1"}},
		{Status: loupe.Asserted, CheckworthyScore: 0.8},
		{Status: loupe.Reported, CheckworthyScore: 0.1},
	}}
	authorsViews(d)
	want := []string{loupe.Opinion, loupe.Asserted, loupe.Asserted, loupe.Asserted, loupe.Reported}
	for i, c := range d.Claims {
		if c.Status != want[i] {
			t.Errorf("claim %d: %s, want %s (%s)", i, c.Status, want[i], c.Why)
		}
	}
}
