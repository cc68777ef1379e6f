package eval

import (
	"testing"

	"github.com/loupe-news/loupe/internal/loupe"
)

func TestFoldFind(t *testing.T) {
	tests := []struct {
		name, text, anchor string
		want               loupe.Span
		found              bool
	}{
		{"plain", "one two three", "two", loupe.Span{Start: 4, End: 7}, true},
		{"newline in text", "one\ntwo  three", "one two three", loupe.Span{Start: 0, End: 14}, true},
		{"newline in anchor", "one two three", "two\n three", loupe.Span{Start: 4, End: 13}, true},
		{"tabs and nbsp", "a\t\u00a0\u202fb ?", "a b ?", loupe.Span{Start: 0, End: 7}, true},
		{"accents count as one", "Café  crème", "crème", loupe.Span{Start: 6, End: 11}, true},
		{"combining accent is two", "Cafe\u0301 noir", "noir", loupe.Span{Start: 6, End: 10}, true},
		{"emoji", "😀😀\n\nok 👍", "ok 👍", loupe.Span{Start: 4, End: 8}, true},
		{"anchor trimmed", "x  y", "  x y\n", loupe.Span{Start: 0, End: 4}, true},
		{"case matters", "One", "one", loupe.Span{}, false},
		{"missing", "abc", "abd", loupe.Span{}, false},
		{"empty anchor", "abc", " ", loupe.Span{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fold(tt.text)
			got, ok := f.find(foldString(tt.anchor), 0, len(f.runes))
			if ok != tt.found || (ok && got != tt.want) {
				t.Errorf("find(%q) = %v, %v; want %v, %v", tt.anchor, got, ok, tt.want, tt.found)
			}
		})
	}
}

func TestFoldRange(t *testing.T) {
	text := "ab  \n cd é😀 ef"
	f := fold(text) // "ab cd é😀 ef"
	runes := []rune(text)
	for s := 0; s <= len(runes); s++ {
		for e := s; e <= len(runes); e++ {
			a, b := f.folds(loupe.Span{Start: s, End: e})
			got := f.original(a, b)
			// The folded range covers the span, and maps back to a span that
			// differs from it only by white space.
			if got.Start > s || (e > s && got.End < e) {
				t.Fatalf("[%d,%d) -> folded [%d,%d) -> %v does not cover it", s, e, a, b, got)
			}
			if trim(runes, got) != trim(runes, loupe.Span{Start: s, End: e}) && e > s &&
				trim(runes, loupe.Span{Start: s, End: e}).Len() > 0 {
				t.Fatalf("[%d,%d) -> %v: not the same up to white space", s, e, got)
			}
		}
	}
}

func TestFindWords(t *testing.T) {
	f := fold("Dupont, Dupontel et Jean-Dupont; xDupont Dupont")
	got := f.findWords("Dupont")
	want := [][2]int{{0, 6}, {25, 31}, {41, 47}}
	if len(got) != len(want) {
		t.Fatalf("findWords = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("findWords[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}
