package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the text, with byte offsets.
type token struct {
	s, e   int
	text   string
	f      string // folded text
	word   bool
	elided bool // an elided article or preposition with its apostrophe: "l’", "d'"
	cap    bool // begins with a capital letter (or "al-" before one)
	upper  bool // at least two letters, all capitals
	nl     bool // a line break between this token and the one before
	gap    bool // white space before
}

func isWordRune(c rune) bool {
	if c < 0x80 {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
}

func isApos(c rune) bool { return c == '\'' || c == '’' || c == 'ʼ' }

// tokenize splits s[from:to] into tokens. Elided articles are split off
// ("l’ONU" → "l’", "ONU"), possessives dropped ("Biden's" → "Biden"),
// abbreviations and initials keep their period ("U.S.", "J.", "St.").
func tokenize(s string, from, to int, d *langData) []token {
	out := make([]token, 0, (to-from)/3+4)
	gap, nl := true, true
	rune1 := func(i int) (rune, int) {
		if i >= to {
			return 0, 0
		}
		return utf8.DecodeRuneInString(s[i:to])
	}
	for i := from; i < to; {
		c, sz := rune1(i)
		if unicode.IsSpace(c) {
			gap = true
			if c == '\n' || c == '\r' || c == '\u2028' {
				nl = true
			}
			i += sz
			continue
		}
		if !isWordRune(c) {
			out = append(out, token{s: i, e: i + sz, text: s[i : i+sz], f: s[i : i+sz], gap: gap, nl: nl})
			gap, nl = false, false
			i += sz
			continue
		}
		start, seg := i, i // seg: start of the current period-separated segment
		elided := false
	word:
		for {
			for i < to {
				c, sz = rune1(i)
				if !isWordRune(c) {
					break
				}
				i += sz
			}
			if i >= to {
				break
			}
			c, sz = rune1(i)
			n, _ := rune1(i + sz)
			switch {
			case (c == '-' || c == '&') && isWordRune(n):
				if c == '-' && i-start == 1 && unicode.IsUpper(firstRune(s[start:i])) && unicode.IsUpper(n) {
					break word // "D-Ohio": party and state
				}
				i += sz
			case isApos(c) && unicode.IsLetter(n):
				if d != nil && d.elision[fold(s[start:i])] && !capitalElision(s, from, start, i+sz) {
					i += sz
					elided = true
					break word
				}
				if n == 's' || n == 'S' {
					if m, _ := rune1(i + sz + 1); !isWordRune(m) {
						break word // possessive
					}
				}
				i += sz
			case c == '.':
				w := s[start:i]
				if utf8.RuneCountInString(s[seg:i]) == 1 || strings.Contains(w, ".") || d != nil && d.abbrev[fold(w)] {
					i += sz
					if unicode.IsLetter(n) {
						seg = i
						continue
					}
				}
				break word
			default:
				break word
			}
		}
		t := token{s: start, e: i, text: s[start:i], word: true, elided: elided, gap: gap, nl: nl}
		t.f = fold(t.text)
		first := firstRune(t.text)
		t.cap = unicode.IsUpper(first)
		if !t.cap && d != nil {
			if p, rest, ok := strings.Cut(t.text, "-"); ok && d.particle[fold(p)] && unicode.IsUpper(firstRune(rest)) {
				t.cap = true
			}
		}
		if t.cap {
			letters, uppers := 0, 0
			for _, r := range t.text {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						uppers++
					}
				}
			}
			t.upper = letters >= 2 && letters == uppers
		}
		out = append(out, t)
		gap, nl = false, false
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// phraseKey is the lookup key of a token sequence: folded words joined by
// spaces, elided articles written "l'".
func phraseKey(toks []token) string {
	if len(toks) == 1 {
		return toks[0].f
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !toks[i-1].elided {
			b.WriteByte(' ')
		}
		b.WriteString(t.f)
	}
	return b.String()
}

// capitalElision reports a capital D elided inside a sentence before a
// capitalised word in mixed case: "Senator D'Amato", "Massimo D'Alema" are
// one name, where "D'après" opening a sentence and "D'ANKARA" shouted are
// a preposition and a name. ("L'" is left to the tables: "selon L'Express"
// reads as "L'" and "Express", and "L'Allemagne" after a colon is the
// country.) at is the start of the elided word, next the letter after the
// apostrophe.
func capitalElision(s string, from, at, next int) bool {
	if at == from || s[at] != 'D' {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[next:])
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[next+n:])
	return unicode.IsLower(r2)
}
