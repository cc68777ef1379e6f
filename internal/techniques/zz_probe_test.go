package techniques

import (
	"os"
	"testing"

	"github.com/loupe-news/loupe/internal/eval"
	"github.com/loupe-news/loupe/internal/loupe"
)

func TestProbe(t *testing.T) {
	if os.Getenv("PROBE") == "" {
		t.Skip()
	}
	docs, _ := eval.LoadFile(os.Getenv("PROBE"))
	n, hit := 0, 0
	for _, g := range docs {
		d := dossier(t, g.Text, g.Lang)
		n++
		if len(d.Techniques) > 0 {
			hit++
		}
		tx := loupe.NewText(g.Text)
		for _, p := range d.Techniques {
			t.Logf("%v %-26s %q || %.90s", g.Meta, p.Technique, tx.Slice(p.Span), g.Text)
		}
	}
	t.Logf("%d/%d docs with a technique", hit, n)
}
