package eval

import (
	"encoding/json"
	"testing"
)

// FuzzParse checks that resolving anchors never panics and that every span
// lies inside the text.
func FuzzParse(f *testing.F) {
	f.Add("Café 😀  au\nlait. Ça va ?", "Ça va", "au lait")
	f.Add("a  b", " ", "b")
	f.Add("\u00a0x\u2028", "x", "x ")
	f.Fuzz(func(t *testing.T, text, a1, a2 string) {
		doc, _ := json.Marshal(map[string]any{
			"id": "f", "text": text,
			"sentences":  []any{map[string]any{"text": a1, "cues": []string{a2}, "claims": []any{map[string]any{"anchor": a2}}}},
			"entities":   []any{map[string]any{"type": "PER", "mentions": []string{a1, a2}}},
			"quantities": []any{map[string]any{"anchor": a2, "value": 1}},
		})
		docs, _ := Parse(doc, "f.gold.json")
		for _, d := range docs {
			n := len([]rune(d.Text))
			ok := func(s, e int) {
				if s < 0 || e < s || e > n {
					t.Fatalf("span [%d,%d) outside a text of %d", s, e, n)
				}
			}
			for _, s := range d.Sentences {
				ok(s.Start, s.End)
				for _, c := range s.Cues {
					ok(c.Start, c.End)
				}
				for _, c := range s.Claims {
					ok(c.Start, c.End)
				}
			}
			for _, e := range d.Entities {
				for _, m := range e.Mentions {
					ok(m.Start, m.End)
				}
			}
			checkPerfect(t, "fuzz", Score(d, DossierFromGold(d)))
		}
	})
}
