package worthy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord uint8 = iota
	kNum
)

// Number flags.
const (
	nYear uint8 = 1 << iota
	nPercent
	nMoney
	nBig
	nDecimal
)

// tok is one word or number; s, e index the tokenizer's lower-cased buffer.
type tok struct {
	s, e    int32
	kind    uint8
	num     uint8 // number flags
	cap     bool  // starts with a capital letter in the text
	allCaps bool  // two or more letters, all capitals
	cls     uint64
}

// Text-level shape flags.
const (
	tQuestion uint16 = 1 << iota // a question mark anywhere
	tQEnd                        // the text ends with a question mark
	tExcl
	tQuote
	tColon
	tParen
	tDash
	tEllipsis
	tEmoji
	tURL
	tHashtag
	tMention
)

// tokenizer cuts a text into lower-cased tokens and notes its punctuation.
// It is reused through a pool: run resets it.
type tokenizer struct {
	low   []byte
	toks  []tok
	shape uint16
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func (t *tokenizer) run(text string, elision []string) {
	t.low = t.low[:0]
	t.toks = t.toks[:0]
	t.shape = 0
	last := rune(0) // last rune that is not a space or closing quote
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			i = t.word(text, i, elision)
			last = 'a'
			continue
		case r >= '0' && r <= '9':
			i = t.number(text, i)
			last = '0'
			continue
		case r == '?':
			t.shape |= tQuestion
		case r == '!':
			t.shape |= tExcl
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»':
			t.shape |= tQuote
		case r == ':':
			t.shape |= tColon
		case r == '(':
			t.shape |= tParen
		case r == '—' || r == '–':
			t.shape |= tDash
		case r == '-':
			if i > 0 && text[i-1] == ' ' {
				t.shape |= tDash
			}
		case r == '…':
			t.shape |= tEllipsis
		case r == '.':
			if strings.HasPrefix(text[i:], "...") {
				t.shape |= tEllipsis
			}
		case r == '#' || r == '@':
			if i+1 < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(r2) {
					if r == '#' {
						t.shape |= tHashtag
					} else {
						t.shape |= tMention
					}
				}
			}
		case r >= 0x1F000 || (r >= 0x2600 && r <= 0x27BF):
			t.shape |= tEmoji
		}
		if !unicode.IsSpace(r) && r != '"' && r != '”' && r != '»' && r != '\'' && r != '’' && r != ')' {
			last = r
		}
		i += n
	}
	if last == '?' {
		t.shape |= tQEnd
	}
}

// word reads a word from text[i:]: letters and digits, with inner
// apostrophes and hyphens. A URL is skipped whole.
func (t *tokenizer) word(text string, i int, elision []string) int {
	start := len(t.low)
	k := tok{s: int32(start), kind: kWord, cap: true, allCaps: true}
	first, letters := true, 0
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || (r >= '0' && r <= '9') {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					k.allCaps = false
					if first {
						k.cap = false
					}
				}
			}
			first = false
			t.low = utf8.AppendRune(t.low, unicode.ToLower(r))
			j += n
			continue
		}
		if isApos(r) || r == '-' {
			if j+n < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsLetter(r2) || (r == '-' && r2 >= '0' && r2 <= '9') {
					if isApos(r) {
						t.low = append(t.low, '\'')
					} else {
						t.low = append(t.low, '-')
					}
					j += n
					continue
				}
			}
			if isApos(r) && len(elision) > 0 {
				// "l’" before a space or quote: keep the apostrophe.
				t.low = append(t.low, '\'')
				j += n
			}
		}
		break
	}
	w := t.low[start:]
	if (string(w) == "http" || string(w) == "https" || string(w) == "www") && j < len(text) && (text[j] == ':' || text[j] == '.') {
		t.low = t.low[:start]
		t.shape |= tURL
		for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
			j++
		}
		return j
	}
	if letters < 2 {
		k.allCaps = false
	}
	k.e = int32(len(t.low))
	for _, el := range elision {
		if len(w) > len(el) && strings.HasPrefix(string(w), el) {
			t.toks = append(t.toks, tok{s: k.s, e: k.s + int32(len(el)), kind: kWord, cap: k.cap})
			k.s += int32(len(el))
			k.cap = false
			if a := strings.IndexAny(text[i:j], "'’ʼ"); a >= 0 {
				_, an := utf8.DecodeRuneInString(text[i+a:])
				k.cap = unicode.IsUpper(firstRune(text[i+a+an:]))
			}
			break
		}
	}
	t.toks = append(t.toks, k)
	return j
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// number reads a number from text[i:] with its separators ("1,000.5",
// "15 000", "2,5") and notes a percent or currency sign beside it.
func (t *tokenizer) number(text string, i int) int {
	start := len(t.low)
	k := tok{s: int32(start), kind: kNum}
	j := i
	digits, group, seps := 0, 0, 0
	for j < len(text) {
		c := text[j]
		if c >= '0' && c <= '9' {
			t.low = append(t.low, c)
			digits++
			group++
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9' {
			t.low = append(t.low, c)
			group = 0
			seps++
			j++
			continue
		}
		// Thousands separated by a space, a no-break space or a thin space.
		if sp := spaceWidth(text[j:]); sp > 0 && group <= 3 && threeDigits(text[j+sp:]) {
			group = 0
			seps++
			j += sp
			continue
		}
		break
	}
	// A letter glued to the number ("F-14", "3D", "19th") leaves it a number.
	intDigits := digits
	if seps > 0 && group != 3 {
		intDigits = digits - group
		k.num |= nDecimal
	}
	if seps == 0 && digits == 4 {
		if y := atoi(t.low[start:]); y >= 1700 && y <= 2100 {
			k.num |= nYear
		}
	}
	if k.num&nYear == 0 && intDigits >= 4 {
		k.num |= nBig
	}
	// Signs around the number.
	p := i - 1
	for p >= 0 && text[p] == ' ' {
		p--
	}
	if p >= 0 && (text[p] == '$' || strings.HasSuffix(text[:p+1], "€") || strings.HasSuffix(text[:p+1], "£")) {
		k.num |= nMoney
	}
	q := j
	for q < len(text) && text[q] == ' ' {
		q++
	}
	if sp := spaceWidth(text[q:]); sp > 0 {
		q += sp
	}
	if q < len(text) {
		switch {
		case text[q] == '%':
			k.num |= nPercent
		case text[q] == '$' || strings.HasPrefix(text[q:], "€") || strings.HasPrefix(text[q:], "£"):
			k.num |= nMoney
		}
	}
	k.e = int32(len(t.low))
	t.toks = append(t.toks, k)
	return j
}

func spaceWidth(s string) int {
	switch {
	case strings.HasPrefix(s, " "):
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return len("\u00a0")
	case strings.HasPrefix(s, "\u202f"):
		return len("\u202f")
	}
	return 0
}

func threeDigits(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

func atoi(b []byte) int {
	n := 0
	for _, c := range b {
		n = n*10 + int(c-'0')
	}
	return n
}
