package loupe

import (
	"unicode/utf8"
)

// Text is an article's text with the maps between byte offsets and code-point
// offsets. Stages scan bytes; the dossier speaks code points.
type Text struct {
	s     string
	bytes []int32 // bytes[r] = byte offset of code point r, for r in [0, n]; nil for ASCII
}

// NewText indexes s, which must be valid UTF-8 (see Repair). An ASCII text
// needs no index: its offsets in bytes and in code points are the same.
func NewText(s string) *Text {
	t := &Text{s: s}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return t
	}
	t.bytes = make([]int32, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		t.bytes = append(t.bytes, int32(i))
	}
	t.bytes = append(t.bytes, int32(len(s)))
	return t
}

// rune is the code-point offset of byte offset b (the code point that
// starts at or before b).
func (t *Text) rune(b int) int {
	if t.bytes == nil {
		return b
	}
	lo, hi := 0, len(t.bytes)-1
	for lo < hi { // the last r with bytes[r] <= b
		mid := int(uint(lo+hi+1) >> 1)
		if int(t.bytes[mid]) <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// String is the text itself.
func (t *Text) String() string { return t.s }

// Len is the text's length in code points.
func (t *Text) Len() int {
	if t.bytes == nil {
		return len(t.s)
	}
	return len(t.bytes) - 1
}

// Span turns a byte range into a code-point span.
func (t *Text) Span(start, end int) Span {
	return Span{Start: t.rune(start), End: t.rune(end)}
}

// Bytes turns a code-point span into a byte range.
func (t *Text) Bytes(s Span) (start, end int) {
	if t.bytes == nil {
		return s.Start, s.End
	}
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
