package entities

import (
	"fmt"
	"os"
	"testing"

	"github.com/loupe-news/loupe/internal/eval"
	"github.com/loupe-news/loupe/internal/loupe"
)

// TestDiagnose prints the missed and extra mentions of a development half
// (DUMP=kz|fr|en|pr go test -run Diagnose -v).
func TestDiagnose(t *testing.T) {
	set := os.Getenv("DUMP")
	if set == "" {
		t.Skip()
	}
	r := mustNew(t)
	paths := map[string][]string{"kz": {devArticle}, "fr": {ct25fr}, "en": {ct25en}, "pr": projectFiles()}[set]
	for _, p := range paths {
		docs, _ := eval.LoadFile(p)
		for _, g := range docs {
			if set != "kz" && !half(p, g.Line, true) {
				continue
			}
			d := dossier(r, g)
			rs := []rune(g.Text)
			gm := map[loupe.Span]string{}
			for _, e := range g.Entities {
				for _, m := range e.Mentions {
					gm[m] = e.Type
				}
			}
			pm := map[loupe.Span]string{}
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					pm[m] = e.Type
				}
			}
			for _, e := range g.Entities {
				for _, m := range e.Mentions {
					if pm[m] != e.Type {
						fmt.Printf("FN %s %-4s %q (pred %s)\n", g.ID, e.Type, string(rs[m.Start:m.End]), pm[m])
					}
				}
			}
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					if gm[m] != e.Type {
						fmt.Printf("FP %s %-4s %q (gold %s) key=%s\n", g.ID, e.Type, string(rs[m.Start:m.End]), gm[m], e.Key)
					}
				}
			}
		}
	}
}
