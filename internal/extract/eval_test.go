package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalPage is one page of the extraction evaluation set
// (testdata/extract/NAME.json beside NAME.html): snippets the extracted
// text must contain and snippets it must not, as in trafilatura's benchmark.
type evalPage struct {
	File    string   `json:"file"`
	Lang    string   `json:"lang"`
	Layout  string   `json:"layout"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// counts are trafilatura's: a "with" snippet found is a true positive,
// missed a false negative; a "without" snippet found is a false positive.
type counts struct{ tp, fn, fp, tn int }

func (c counts) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// minEvalF is the floor under the F measured on testdata/extract (0.909
// overall; see doc.go): it may rise, never silently fall.
const minEvalF = 0.90

// TestExtractionEval scores extraction on the evaluation set and prints,
// with -v, precision, recall and F per page and overall:
//
//	go test -run TestExtractionEval -v ./internal/extract/
func TestExtractionEval(t *testing.T) {
	files, err := filepath.Glob("testdata/extract/*.json")
	if err != nil || len(files) < 20 {
		t.Fatalf("evaluation set: %d pages, %v", len(files), err)
	}
	var total counts
	langs := map[string]*counts{}
	var report strings.Builder
	fmt.Fprintf(&report, "%-34s %-8s %5s %5s %5s\n", "page", "layout", "P", "R", "F")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var pg evalPage
		if err := json.Unmarshal(b, &pg); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		f, err := os.Open(filepath.Join("testdata/extract", pg.File))
		if err != nil {
			t.Fatal(err)
		}
		a, err := HTML(context.Background(), f, "https://example.org/"+pg.File)
		f.Close()
		text := ""
		if err == nil {
			text = fold(a.Text)
		}
		var c counts
		for _, s := range pg.With {
			if strings.Contains(text, fold(s)) {
				c.tp++
			} else {
				c.fn++
				t.Logf("%s: missing %q", pg.File, s)
			}
		}
		for _, s := range pg.Without {
			if strings.Contains(text, fold(s)) {
				c.fp++
				t.Logf("%s: boilerplate kept %q", pg.File, s)
			} else {
				c.tn++
			}
		}
		p, r, fs := c.scores()
		fmt.Fprintf(&report, "%-34s %-8s %5.3f %5.3f %5.3f\n", strings.TrimSuffix(pg.File, ".html"), pg.Layout, p, r, fs)
		total.tp, total.fn, total.fp, total.tn = total.tp+c.tp, total.fn+c.fn, total.fp+c.fp, total.tn+c.tn
		if langs[pg.Lang] == nil {
			langs[pg.Lang] = &counts{}
		}
		l := langs[pg.Lang]
		l.tp, l.fn, l.fp, l.tn = l.tp+c.tp, l.fn+c.fn, l.fp+c.fp, l.tn+c.tn
	}
	for _, lang := range []string{"de", "en", "es", "fr", "it"} {
		if c := langs[lang]; c != nil {
			p, r, f := c.scores()
			fmt.Fprintf(&report, "%-34s %-8s %5.3f %5.3f %5.3f\n", "language "+lang, "", p, r, f)
		}
	}
	p, r, f := total.scores()
	fmt.Fprintf(&report, "%-34s %-8s %5.3f %5.3f %5.3f  (%d pages; tp %d fn %d fp %d tn %d)\n", "overall", "", p, r, f, len(files), total.tp, total.fn, total.fp, total.tn)
	t.Log("\n" + report.String())
	if f < minEvalF {
		t.Errorf("extraction F = %.3f, below the floor %.2f", f, minEvalF)
	}
}
