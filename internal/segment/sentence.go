package segment

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// excludedAt returns the end of the excluded range holding byte i, or -1.
func (st *state) excludedAt(i int) int {
	ex := st.excluded
	if len(ex) == 0 || i < ex[0].a {
		return -1
	}
	// the last range that starts at or before i (ranges are sorted and apart)
	k := sort.Search(len(ex), func(k int) bool { return ex[k].a > i }) - 1
	if i < ex[k].b {
		return ex[k].b
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
		r == '#' || r == '@' || r == '•' || r == '*'
}

// markerAt returns the end of a list item's marker starting at byte i, or 0.
func (st *state) markerAt(i int) int {
	if st.markers == nil {
		st.markers = map[int]int{}
		for _, l := range st.lines {
			if l.list {
				st.markers[l.ta] = l.ta + listMarker(st.s[l.ta:l.tb])
			}
		}
	}
	return st.markers[i]
}

// emojiEnd reports whether the emoji run at i ends a sentence of a post: it
// follows a word and a space, and a capitalised word follows it ("…ne dit
// rien 🙄 Paraît-il…"). The caller asks for a few words before it, so that
// a label ("VIDEO ▶️ Pédocriminalité…") is not cut off. It returns where the run ends.
func (st *state) emojiEnd(i, end int) (int, bool) {
	s := st.s
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if !isSpace(before) {
		return 0, false
	}
	k := i
	for k < end {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isDecor(r) || isFlag(r) {
			break
		}
		k += n
	}
	m := st.skipGap(k, end)
	if m >= end || m == k {
		return 0, false
	}
	next, _ := utf8.DecodeRuneInString(s[m:])
	if !unicode.IsUpper(next) {
		return 0, false
	}
	prev := strings.TrimRightFunc(s[:i], isSpace)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !isWordChar(last) && !isCloser(last) {
		return 0, false
	}
	return k, true
}

// abbreviation reports whether w, written before a dot, may be an
// abbreviation rather than a sentence's last word.
func (st *state) abbreviation(w string) bool {
	if strings.Trim(w, "0123456789.") == "" && strings.IndexAny(w, "0123456789") >= 0 {
		return false // "49.3", "3.5": a number, not an abbreviation
	}
	if st.d.title[w] || isInitial(w) || strings.Contains(w, ".") || st.d.abbrev[w] || st.d.title[strings.ToLower(w)] {
		return true
	}
	if allCaps(w) { // "ST. LOUIS"
		r, n := utf8.DecodeRuneInString(w)
		tc := string(r) + strings.ToLower(w[n:])
		return st.d.title[tc] || st.d.abbrev[tc]
	}
	return false
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
	first := b.a
	for i := first; i < b.b; {
		if i == b.a || s[i-1] == '\n' || s[i-1] == '\r' {
			if m := st.markerAt(i); m > 0 {
				i = m // the dot of "1. " ends nothing
				continue
			}
		}
		if e := st.excludedAt(i); e >= 0 {
			i = e
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isDecor(r) && !isFlag(r) && i > first {
			if k, ok := st.emojiEnd(i, b.b); ok && len(strings.Fields(s[start:i])) >= 3 {
				cuts = append(cuts, rng{start, k})
				start = st.skipGap(k, b.b)
				i = start
				continue
			}
		}
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
		k, closed, bracket := j, false, false
		for k < b.b && st.excludedAt(k) < 0 {
			r, n := utf8.DecodeRuneInString(s[k:])
			if isCloser(r) {
				k += n
				closed = true
				bracket = bracket || r == ')' || r == ']'
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
				// "U.S.A", "3.5", "site.fr", "...c'est"; but "!!!ALERTE"
				if !(question && unicode.IsUpper(r) && !closed) {
					i = j
					continue
				}
			}
		}
		m := st.skipGap(k, b.b)
		newline := strings.ContainsAny(s[k:m], "\n\r")
		end := m >= b.b
		if !end {
			next, _ := utf8.DecodeRuneInString(s[m:])
			lower := startsLower(next)
			switch {
			case bracket:
				// "(son frère ?) salue": the mark ends the aside, not the sentence
				end = newline && !lower
			case closed && isTerminal(next):
				end = true // « … santé. » …
			case question:
				// "Sierra Leone ! l'accident…", but not "ÉCOLOS ,!!! quoi…"
				end = startChar(next) || (lower && !closed && !strings.HasSuffix(strings.TrimRight(s[b.a:i], " "), ","))
			case dots > 1:
				end = (startChar(next) && next != '(' && next != '[') || (lower && newline && !closed && !st.wrapped)
			case lower:
				w := st.wordBefore(i)
				end = !closed && !st.abbreviation(w) && unicode.IsLetter(next) && (!st.wrapped || newline)
			case !startChar(next) && !(newline && (next == '-' || next == '–' || next == '—')):
			default:
				w := st.wordBefore(i)
				switch {
				case st.d.title[w]:
				case i-len(w) == b.a && allCaps(w) && utf8.RuneCountInString(w) >= 3:
					// a dateline: "QUIMPER. Le conseil municipal…"
				case st.abbreviation(w):
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
	cuts = st.splitShouting(cuts)
	cuts = st.splitRunOns(cuts)
	var kept []rng
	for _, c := range cuts {
		if c, ok := st.trim(c); ok {
			kept = append(kept, c)
		}
	}
	st.sents = append(st.sents, kept...)
	st.addParagraphs(b, kept)
}

// splitShouting splits a candidate that opens with words in capitals and
// goes on in ordinary case without an end mark, as a headline does when a
// post lost its line breaks: "INCONSTITUTIONNEL Les candidats…".
func (st *state) splitShouting(cuts []rng) []rng {
	var out []rng
	for _, c := range cuts {
		for {
			p := st.shoutEnd(c)
			if p < 0 {
				break
			}
			out = append(out, rng{c.a, p})
			c.a = st.skipGap(p, c.b)
		}
		out = append(out, c)
	}
	return out
}

// shoutEnd returns where the capitals of c end before a word in ordinary
// case, or -1.
func (st *state) shoutEnd(c rng) int {
	s := st.s[c.a:c.b]
	caps, letters, depth := 0, 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth--
		}
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		upper, lower := 0, 0
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
				break
			}
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
			j += n
		}
		switch {
		case depth > 0:
		case lower == 0 && upper == 1:
			// an initial or "A": neither shouts nor stops the run
		case lower == 0 && upper > 0:
			caps++
			letters += upper
		case upper == 1 && lower > 0 && caps > 0 && unicode.IsUpper(r) && (caps >= 2 || letters >= 8):
			before := strings.TrimRightFunc(s[:i], func(r rune) bool { return isSpace(r) || isNewline(r) })
			last, _ := utf8.DecodeLastRuneInString(before)
			if last == ':' || last == ',' || last == '-' || len(before) == len(s[:i]) || strings.ContainsAny(before, "—–") {
				return -1
			}
			return c.a + len(before)
		default:
			return -1
		}
		i = j
	}
	return -1
}

// splitRunOns splits before a capitalised subject pronoun that follows a word
// in lower case or a closing bracket: "…à votre charge Je comprends…".
func (st *state) splitRunOns(cuts []rng) []rng {
	if len(st.d.clause) == 0 {
		return cuts
	}
	var out []rng
	for _, c := range cuts {
		s := st.s
		prevLower := false
		for i := c.a; i < c.b; {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				prevLower = prevLower && (isSpace(r) || r == ')')
				if r == ')' {
					prevLower = true
				}
				i += n
				continue
			}
			w := st.wordAt(i)
			if prevLower && unicode.IsUpper(r) && st.d.clause[w] && i > c.a && isSpace(lastRuneBefore(s, i)) {
				if p := strings.TrimRightFunc(s[c.a:i], isSpace); p != "" {
					out = append(out, rng{c.a, c.a + len(p)})
					c.a = i
				}
			}
			last, _ := utf8.DecodeLastRuneInString(w)
			prevLower = w != "" && unicode.IsLower(last) && unicode.IsLower(r)
			i += max(len(w), n)
		}
		out = append(out, c)
	}
	return out
}

func lastRuneBefore(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
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
		if (isLink(tok) && !strings.HasSuffix(strings.TrimRightFunc(s[c.a:c.a+k+1], unicode.IsSpace), ":") || emoticons[tok]) && k >= 0 {
			c.b = c.a + k
			continue
		}
		break
	}
	if c.a >= c.b {
		return c, false
	}
	for x := s[c.a:c.b]; x != ""; {
		k := strings.IndexFunc(x, func(r rune) bool { return isSpace(r) || isNewline(r) })
		tok := x
		if k >= 0 {
			tok, x = x[:k], x[k:]
			_, n := utf8.DecodeRuneInString(x)
			x = x[n:]
		} else {
			x = ""
		}
		if tok == "" || isLink(tok) || tok[0] == '#' || tok[0] == '@' {
			continue
		}
		if strings.IndexFunc(tok, isWordChar) >= 0 {
			return c, true
		}
	}
	return c, false
}

var emoticons = map[string]bool{":)": true, ":-)": true, ";)": true, ";-)": true, ":(": true, ":-(": true,
	":D": true, ":-D": true, "xD": true, "XD": true, ":p": true, ":P": true, "^^": true, ":/": true, "<3": true}

// isLink reports a URL token, with or without its scheme ("t.me/x").
func isLink(tok string) bool {
	if i := strings.Index(tok, "://"); i > 0 {
		return true
	}
	if strings.HasPrefix(tok, "www.") {
		return true
	}
	slash := strings.IndexByte(tok, '/')
	dot := strings.IndexByte(tok, '.')
	return dot > 0 && slash > dot+2 && strings.IndexFunc(tok[:slash], func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) < 0
}

// addParagraphs records a block as paragraphs, split at line breaks that end a
// sentence after a line that was not full.
func (st *state) addParagraphs(b *block, sents []rng) {
	a := b.a
	var breaks []int
	for _, sb := range b.soft {
		if sb.para {
			breaks = append(breaks, sb.pos)
		}
	}
	slices.Sort(breaks)
	// One walk over breaks and sentences, both in order (a text of
	// thousands of short lines made this quadratic).
	i := 1
	for _, pos := range breaks {
		for i < len(sents) && sents[i].a <= pos {
			i++
		}
		// Two breaks between the same sentences split once.
		if i < len(sents) && sents[i-1].b <= pos && a < sents[i-1].b {
			st.paras = append(st.paras, block{a: a, b: sents[i-1].b, kind: b.kind})
			a = sents[i].a
		}
	}
	kind := b.kind
	if kind == loupe.BlockParagraph && a == b.a && !strings.ContainsAny(st.s[a:b.b], "\n\r") && len(sents) == 1 && !st.endsTerminal(line{ta: a, tb: b.b}) {
		kind = loupe.BlockHeading
	}
	st.paras = append(st.paras, block{a: a, b: b.b, kind: kind})
}
