package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// excludedAt returns the end of the excluded range holding byte i, or -1.
func (st *state) excludedAt(i int) int {
	for _, e := range st.excluded {
		if e.a <= i && i < e.b {
			return e.b
		}
		if e.a > i {
			break
		}
	}
	return -1
}

// skipGap moves past spaces, line breaks, decoration and excluded ranges.
func (st *state) skipGap(i, end int) int {
	for i < end {
		if e := st.excludedAt(i); e >= 0 {
			i = e
			continue
		}
		r, n := utf8.DecodeRuneInString(st.s[i:])
		if !isSpace(r) && !isNewline(r) && !isDecor(r) {
			return i
		}
		i += n
	}
	return end
}

// wordBefore is the token that ends at byte i: letters, digits, inner dots
// and hyphens ("U.S", "J.-C", "etc", "M").
func (st *state) wordBefore(i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(st.s[:j])
		if isWordChar(r) || r == '.' || r == '-' {
			j -= n
			continue
		}
		break
	}
	return strings.TrimLeft(st.s[j:i], ".-")
}

func (st *state) wordAt(i int) string {
	j := i
	for j < len(st.s) {
		r, n := utf8.DecodeRuneInString(st.s[j:])
		if !isWordChar(r) {
			break
		}
		j += n
	}
	return st.s[i:j]
}

// startChar reports whether r may open a sentence after an end mark.
func startChar(r rune) bool {
	if startsLower(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || isOpener(r) || isDecor(r) ||
		r == '#' || r == '@' || r == '-' || r == '–' || r == '—' || r == '•' || r == '*'
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// sentences splits a block at its sentence ends and records the paragraphs.
func (st *state) sentences(b *block) {
	s := st.s
	start := b.a
	var cuts []rng // sentence candidates
	for i := b.a; i < b.b; {
		if e := st.excludedAt(i); e >= 0 {
			i = e
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTerminal(r) {
			i += n
			continue
		}
		// The run of end marks.
		j := i
		question, dots := false, 0
		for j < b.b && st.excludedAt(j) < 0 {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isTerminal(r) {
				break
			}
			switch r {
			case '.':
				dots++
			case '…':
				dots += 3
			default:
				question = true
			}
			j += n
		}
		// Closing quotes and brackets, also "? »" with a space inside.
		k, closed := j, false
		for k < b.b && st.excludedAt(k) < 0 {
			r, n := utf8.DecodeRuneInString(s[k:])
			if isCloser(r) {
				k += n
				closed = true
				continue
			}
			if isSpace(r) && k+n < b.b {
				r2, n2 := utf8.DecodeRuneInString(s[k+n:])
				if r2 == '»' || r2 == '›' {
					k += n + n2
					closed = true
					continue
				}
			}
			break
		}
		if k < b.b && st.excludedAt(k) < 0 {
			r, _ := utf8.DecodeRuneInString(s[k:])
			if !isSpace(r) && !isNewline(r) && !isDecor(r) {
				i = j // "U.S.A", "3.5", "site.fr", "...c'est"
				continue
			}
		}
		m := st.skipGap(k, b.b)
		end := m >= b.b
		if !end {
			next, _ := utf8.DecodeRuneInString(s[m:])
			switch {
			case question:
				end = startChar(next) || (startsLower(next) && !closed)
			case dots > 1:
				end = startChar(next)
			case !startChar(next):
			default:
				w := st.wordBefore(i)
				switch {
				case st.d.title[w]:
				case isInitial(w) || strings.Contains(w, ".") || st.d.abbrev[w]:
					end = st.d.starter[st.wordAt(m)]
				default:
					end = true
				}
			}
		}
		if end {
			cuts = append(cuts, rng{start, k})
			start = m
		}
		i = max(k, j)
		if end {
			i = m
		}
	}
	if start < b.b {
		cuts = append(cuts, rng{start, b.b})
	}
	var kept []rng
	for _, c := range cuts {
		if c, ok := st.trim(c); ok {
			kept = append(kept, c)
		}
	}
	st.sents = append(st.sents, kept...)
	st.addParagraphs(b, kept)
}

// trim narrows a candidate to its words: no surrounding space, emoji,
// excluded marks or trailing links; a candidate of links, tags and handles
// only is not a sentence.
func (st *state) trim(c rng) (rng, bool) {
	s := st.s
	for c.a < c.b {
		if e := st.excludedAt(c.a); e >= 0 {
			c.a = min(e, c.b)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[c.a:])
		if !isSpace(r) && !isNewline(r) && !isDecor(r) {
			break
		}
		c.a += n
	}
	for c.b > c.a {
		if st.excludedAt(c.b-1) >= 0 {
			c.b--
			for c.b > c.a && !utf8.RuneStart(s[c.b]) {
				c.b--
			}
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[c.a:c.b])
		if isSpace(r) || isNewline(r) || isDecor(r) {
			c.b -= n
			continue
		}
		// a trailing link
		k := strings.LastIndexFunc(s[c.a:c.b], func(r rune) bool { return isSpace(r) || isNewline(r) })
		tok := s[c.a+k+1 : c.b]
		if isLink(tok) && k >= 0 {
			c.b = c.a + k
			continue
		}
		break
	}
	if c.a >= c.b {
		return c, false
	}
	for _, tok := range strings.FieldsFunc(s[c.a:c.b], func(r rune) bool { return isSpace(r) || isNewline(r) }) {
		if isLink(tok) || tok[0] == '#' || tok[0] == '@' {
			continue
		}
		if strings.IndexFunc(tok, isWordChar) >= 0 {
			return c, true
		}
	}
	return c, false
}

func isLink(tok string) bool {
	i := strings.IndexFunc(tok, func(r rune) bool { return r == 'h' || r == 'w' })
	if i < 0 {
		return false
	}
	t := tok[i:]
	return strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "www.")
}

// addParagraphs records a block as paragraphs, split at line breaks that end a
// sentence after a line that was not full.
func (st *state) addParagraphs(b *block, sents []rng) {
	a := b.a
	for _, sb := range b.soft {
		if !sb.para {
			continue
		}
		for i := 1; i < len(sents); i++ {
			if sents[i-1].b <= sb.pos && sb.pos < sents[i].a {
				st.paras = append(st.paras, block{a: a, b: sents[i-1].b, kind: b.kind})
				a = sents[i].a
				break
			}
		}
	}
	kind := b.kind
	if kind == loupe.BlockParagraph && a == b.a && !strings.ContainsAny(st.s[a:b.b], "\n\r") && len(sents) == 1 && !st.endsTerminal(line{ta: a, tb: b.b}) {
		kind = loupe.BlockHeading
	}
	st.paras = append(st.paras, block{a: a, b: b.b, kind: kind})
}
