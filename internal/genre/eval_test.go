package genre

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/loupe-news/loupe/internal/eval"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/loupe-news/loupe/internal/core"
	"github.com/loupe-news/loupe/internal/loupe"
)

var verbose = flag.Bool("genre.table", false, "print every text's features and label")

type goldDoc struct {
	name, text, url, genre string
	dev                    bool
}

// corpus reads the project texts with a gold genre, and the dev article.
func corpus(t testing.TB) []goldDoc {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/corpus/project/*.gold.json")
	files = append(files, "../../../shared/corpus/dev/kazakhstan-rebellion.fr.gold.json")
	var out []goldDoc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			TextFile string `json:"text_file"`
			Meta     struct {
				Genre *string `json:"genre"`
				URL   string  `json:"url"`
			} `json:"meta"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if g.Meta.Genre == nil {
			continue
		}
		txt, err := os.ReadFile(filepath.Join(filepath.Dir(f), g.TextFile))
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		var n int
		fmt.Sscanf(name, "%d", &n)
		out = append(out, goldDoc{name: name, text: string(txt), url: g.Meta.URL, genre: *g.Meta.Genre,
			dev: eval.DevelopText(n)})
	}
	return out
}

func dossier(t testing.TB, a *core.Analyzer, text, url string) *loupe.Dossier {
	t.Helper()
	ds, err := a.Analyze(context.Background(), core.Input{Text: text, URL: url})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestCorpus measures accuracy on the project corpus, development half
// and held-out half (eval.DevelopText), and on the dev article:
//
//	go test -run Corpus -v ./internal/genre [-args -genre.table]
func TestCorpus(t *testing.T) {
	a, err := core.New()
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ ok, n int }
	res := map[string]*tally{"dev half": {}, "held-out half": {}, "dev article": {}}
	confusion := map[string]int{}
	docs := corpus(t)
	sort.Slice(docs, func(i, j int) bool { return docs[i].name < docs[j].name })
	for _, doc := range docs {
		ds := dossier(t, a, doc.text, doc.url)
		in := FromDossier(ds)
		g := Classify(in)
		f, _ := Measure(in)
		part := "held-out half"
		switch {
		case strings.HasPrefix(doc.name, "kazakhstan"):
			part = "dev article"
			if g.Label != Opinion {
				t.Errorf("dev article: %s, want opinion (%s)", g.Label, g.Why)
			}
		case doc.dev:
			part = "dev half"
		}
		res[part].n++
		if g.Label == doc.genre {
			res[part].ok++
		}
		confusion[doc.genre+"→"+g.Label]++
		if *verbose || g.Label != doc.genre {
			t.Logf("%-36s gold %-9s got %-9s %.2f fp=%.1f ev=%.1f op=%.2f hd=%.2f q=%.2f rep=%.2f att=%.2f qs=%.2f ex=%.2f sc=%.2f bo=%.2f nq=%d sat=%.1f | %s",
				doc.name, doc.genre, g.Label, g.Score, f.FirstPerson, f.Evaluative, f.Opinion, f.Hedged, f.Questions, f.Reported, f.Attributions, f.QuoteShare, f.Exclamations, f.ScareQuotes, f.Boosters, f.Quotations, f.Satire, g.Why[:min(len(g.Why), 60)])
		}
	}
	for _, k := range []string{"dev half", "held-out half", "dev article"} {
		r := res[k]
		acc := float64(r.ok) / float64(r.n)
		t.Logf("%s: %d/%d = %.3f", k, r.ok, r.n, acc)
		// Floors under the measured accuracy (0.955 and 1.000 when set).
		if k != "dev article" && acc < 0.90 {
			t.Errorf("%s accuracy %.3f fell under 0.90", k, acc)
		}
	}
	var cs []string
	for k, v := range confusion {
		cs = append(cs, fmt.Sprintf("%s %d", k, v))
	}
	sort.Strings(cs)
	t.Logf("gold→predicted: %s", strings.Join(cs, ", "))
}
