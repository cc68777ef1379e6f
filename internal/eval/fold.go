package eval

import (
	"strings"
	"unicode"

	"github.com/loupe-news/loupe/internal/loupe"
)

// folded is a text with every run of white space folded to one space, and the
// maps between its code points and the original text's, so that an anchor
// found in the folded text can be pointed back into the original.
type folded struct {
	s     string      // the folded text
	ft    *loupe.Text // byte <-> code point maps of s
	runes []rune      // the folded text's code points
	start []int       // start[k]: original code point where folded code point k begins
	end   []int       // end[k]: original code point where folded code point k ends (exclusive)
	back  []int       // back[o]: folded code point that original code point o belongs to
	n     int         // the original text's length in code points
}

// fold folds white space in text (any code point for which unicode.IsSpace holds).
func fold(text string) *folded {
	f := &folded{}
	var b strings.Builder
	b.Grow(len(text))
	o := 0
	inSpace := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			if inSpace {
				f.end[len(f.end)-1] = o + 1
				f.back = append(f.back, len(f.runes)-1)
				o++
				continue
			}
			inSpace = true
			r = ' '
		} else {
			inSpace = false
		}
		b.WriteRune(r)
		f.back = append(f.back, len(f.runes))
		f.runes = append(f.runes, r)
		f.start = append(f.start, o)
		f.end = append(f.end, o+1)
		o++
	}
	f.n = o
	f.s = b.String()
	f.ft = loupe.NewText(f.s)
	return f
}

// foldString folds white space in an anchor and trims it at both ends.
func foldString(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// folds returns the folded range [a, b) of code points that covers the
// original span sp, rounding outwards.
func (f *folded) folds(sp loupe.Span) (a, b int) {
	sp.Start = min(max(sp.Start, 0), f.n)
	sp.End = min(max(sp.End, sp.Start), f.n)
	a, b = len(f.runes), len(f.runes)
	if sp.Start < f.n {
		a = f.back[sp.Start]
	}
	if sp.End < f.n {
		b = f.back[sp.End]
		if f.start[b] != sp.End {
			b++ // sp.End lies inside a run of white space
		}
	}
	return a, max(a, b)
}

// original maps the folded range [a, b) back to a span of the original text.
func (f *folded) original(a, b int) loupe.Span {
	if a >= b {
		if a < len(f.start) {
			return loupe.Span{Start: f.start[a], End: f.start[a]}
		}
		return loupe.Span{Start: f.n, End: f.n}
	}
	return loupe.Span{Start: f.start[a], End: f.end[b-1]}
}

// find returns the first occurrence of the folded anchor at or after folded
// code point from and ending at or before folded code point to, as a span of
// the original text.
func (f *folded) find(anchor string, from, to int) (loupe.Span, bool) {
	if anchor == "" || from > to {
		return loupe.Span{}, false
	}
	fb, _ := f.ft.Bytes(loupe.Span{Start: from, End: from})
	tb, _ := f.ft.Bytes(loupe.Span{Start: to, End: to})
	i := strings.Index(f.s[fb:tb], anchor)
	if i < 0 {
		return loupe.Span{}, false
	}
	fs := f.ft.Span(fb+i, fb+i+len(anchor))
	return f.original(fs.Start, fs.End), true
}

// findWords returns every occurrence of the folded anchor that starts and
// ends on a word boundary, as folded ranges, overlapping occurrences included.
func (f *folded) findWords(anchor string) [][2]int {
	if anchor == "" {
		return nil
	}
	var out [][2]int
	for at := 0; at < len(f.s); {
		i := strings.Index(f.s[at:], anchor)
		if i < 0 {
			break
		}
		sp := f.ft.Span(at+i, at+i+len(anchor))
		if (sp.Start == 0 || !isWord(f.runes[sp.Start-1])) &&
			(sp.End == len(f.runes) || !isWord(f.runes[sp.End])) {
			out = append(out, [2]int{sp.Start, sp.End})
		}
		// Step one code point past the match's start.
		b, _ := f.ft.Bytes(loupe.Span{Start: sp.Start + 1, End: sp.Start + 1})
		at = b
	}
	return out
}

// isWord reports whether r can continue a word.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

// trim narrows sp to exclude white space at both ends; runes is the text.
func trim(runes []rune, sp loupe.Span) loupe.Span {
	sp.Start = min(max(sp.Start, 0), len(runes))
	sp.End = min(max(sp.End, sp.Start), len(runes))
	for sp.Start < sp.End && unicode.IsSpace(runes[sp.Start]) {
		sp.Start++
	}
	for sp.End > sp.Start && unicode.IsSpace(runes[sp.End-1]) {
		sp.End--
	}
	return sp
}
