package loupe

import (
	"unicode/utf8"
)

// Text is an article's text with the maps between byte offsets and code-point
// offsets. Stages scan bytes; the dossier speaks code points.
type Text struct {
	s     string
	runes []int32 // runes[b] = code-point offset of byte b, for b in [0, len(s)]
	bytes []int32 // bytes[r] = byte offset of code point r, for r in [0, n]
}

// NewText indexes s, which must be valid UTF-8 (see Repair).
func NewText(s string) *Text {
	t := &Text{s: s, runes: make([]int32, len(s)+1), bytes: make([]int32, 0, len(s)+1)}
	r := int32(0)
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		t.bytes = append(t.bytes, int32(i))
		for k := 0; k < size; k++ {
			t.runes[i+k] = r
		}
		i += size
		r++
	}
	t.runes[len(s)] = r
	t.bytes = append(t.bytes, int32(len(s)))
	return t
}

// String is the text itself.
func (t *Text) String() string { return t.s }

// Len is the text's length in code points.
func (t *Text) Len() int { return len(t.bytes) - 1 }

// Span turns a byte range into a code-point span.
func (t *Text) Span(start, end int) Span {
	return Span{Start: int(t.runes[start]), End: int(t.runes[end])}
}

// Bytes turns a code-point span into a byte range.
func (t *Text) Bytes(s Span) (start, end int) {
	return int(t.bytes[s.Start]), int(t.bytes[s.End])
}

// Slice is the text a span covers.
func (t *Text) Slice(s Span) string {
	a, b := t.Bytes(s)
	return t.s[a:b]
}

// Valid reports whether s lies inside the text.
func (t *Text) Valid(s Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= t.Len()
}
