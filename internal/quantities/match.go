package quantities

import (
	"unicode"
	"unicode/utf8"
)

// Low-level matching on the text's bytes. Phrases from the data files match
// case-insensitively (unless exact), a space in a phrase matches any run of
// white space, and ' matches ’.

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u202f' || r == '\u2009' || r == '\u00a0'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func runeAt(s string, i int) rune {
	if i < 0 || i >= len(s) {
		return 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// skipSpace returns the position after the white space at i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipSpaceBack returns the start of the white space ending at i.
func skipSpaceBack(s string, i int) int {
	for i > 0 {
		r, n := runeBefore(s, i)
		if !isSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// skipGap skips white space that is not a blank line (a paragraph break).
func skipGap(s string, i int) int {
	nl := 0
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			nl++
			if nl > 1 {
				return i
			}
		}
		j += n
	}
	return j
}

func sameRune(p, r rune, exact bool) bool {
	if p == '\'' {
		return r == '\'' || r == '’'
	}
	if exact {
		return p == r
	}
	return p == r || unicode.ToLower(p) == unicode.ToLower(r)
}

// matchAt matches phrase p at s[i:] and returns the end, or -1.
func matchAt(s string, i int, p string, exact bool) int {
	j := i
	var last rune
	for _, pr := range p {
		last = pr
		if pr == ' ' {
			k := skipGap(s, j)
			if k == j {
				return -1
			}
			j = k
			continue
		}
		if j >= len(s) {
			return -1
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !sameRune(pr, r, exact) {
			return -1
		}
		j += n
	}
	if isWordRune(last) && isWordRune(runeAt(s, j)) {
		return -1
	}
	return j
}

// matchAny returns the end of the first (longest) phrase of ps at i, and its index.
func matchAny(s string, i int, ps []string, exact bool) (int, int) {
	for k, p := range ps {
		if e := matchAt(s, i, p, exact); e >= 0 {
			return e, k
		}
	}
	return -1, -1
}

// matchBefore matches phrase p ending at j (its last rune right before j)
// and returns its start, or -1.
func matchBefore(s string, j int, p string) int {
	rs := []rune(p)
	for k := len(rs) - 1; k >= 0; k-- {
		pr := rs[k]
		if pr == ' ' {
			h := skipSpaceBack(s, j)
			if h == j {
				return -1
			}
			j = h
			continue
		}
		r, n := runeBefore(s, j)
		if n == 0 || !sameRune(pr, r, false) {
			return -1
		}
		j -= n
	}
	if len(rs) > 0 && isWordRune(rs[0]) {
		if r, _ := runeBefore(s, j); isWordRune(r) {
			return -1
		}
	}
	return j
}

// markerBefore finds the longest phrase of ps that ends before position i,
// separated from it by white space (or joined to it when the phrase ends in
// an apostrophe). It returns the phrase's start, or -1.
func markerBefore(s string, i int, ps []string) int {
	gap := skipSpaceBack(s, i)
	for _, p := range ps {
		if p == "" {
			continue
		}
		end := gap
		if p[len(p)-1] == '\'' {
			end = i
		} else if gap == i {
			continue
		}
		if st := matchBefore(s, end, p); st >= 0 {
			return st
		}
	}
	return -1
}

// wordAt returns the end of the word starting at i: letters, with inner
// hyphens between letters.
func wordAt(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) {
			j += n
			continue
		}
		if (r == '-' || r == '‑') && j > i && unicode.IsLetter(runeAt(s, j+n)) {
			j += n
			continue
		}
		break
	}
	return j
}

// lettersAt returns the end of the run of letters at i (no hyphens).
func lettersAt(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return j
}

// wordBefore returns the word (letters, digits, &, °) ending at i after
// skipping white space and one period, and its start.
func wordBefore(s string, i int) (string, int) {
	j := skipSpaceBack(s, i)
	if r, n := runeBefore(s, j); r == '.' {
		j -= n
	}
	k := j
	for k > 0 {
		r, n := runeBefore(s, k)
		if !isWordRune(r) && r != '&' && r != '°' {
			break
		}
		k -= n
	}
	return s[k:j], k
}

// titleCase reports whether w starts with an upper-case letter and has a
// lower-case one (a proper name rather than a word in capitals).
func titleCase(w string) bool {
	first := true
	up := false
	for _, r := range w {
		if first {
			up = unicode.IsUpper(r)
			first = false
			continue
		}
		if up && unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
