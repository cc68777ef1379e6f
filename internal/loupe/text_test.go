package loupe

import (
	"testing"
	"unicode/utf8"
)

func TestTextOffsets(t *testing.T) {
	for _, s := range []string{"", "abc", "é", "L’action 🙂 «x»", "a\ufffdb", "日本語テキスト"} {
		tx := NewText(s)
		if tx.Len() != utf8.RuneCountInString(s) {
			t.Fatalf("%q: Len %d", s, tx.Len())
		}
		r := 0
		for b := range s {
			if got := tx.Span(b, len(s)); got.Start != r || got.End != tx.Len() {
				t.Fatalf("%q: Span(%d) = %v, want start %d", s, b, got, r)
			}
			if a, _ := tx.Bytes(Span{Start: r, End: r}); a != b {
				t.Fatalf("%q: Bytes(%d) = %d, want %d", s, r, a, b)
			}
			r++
		}
		if got := tx.Span(len(s), len(s)); got.Start != tx.Len() {
			t.Fatalf("%q: end span %v", s, got)
		}
	}
}

func BenchmarkNewText(b *testing.B) {
	s := "L’action observée ces derniers jours sentait fortement la révolution de couleur. "
	for range 6 {
		s += s
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		NewText(s)
	}
}
