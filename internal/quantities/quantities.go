package quantities

import (
	"embed"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/lexicon"
	"github.com/loupe-news/loupe/internal/loupe"
)

//go:embed lang/*.txt
var langFS embed.FS

// Quantity kinds (SPEC.md).
const (
	KindCount   = "count"
	KindPercent = "percent"
	KindMoney   = "money"
	KindMeasure = "measure"
	KindYear    = "year"
	KindDate    = "date"
)

// fallback is the language used for a language without a data file.
const fallback = "en"

// Finder finds quantities. It holds the per-language data and no state
// between calls, so it is safe for concurrent use.
type Finder struct {
	langs map[string]*lang
}

// New loads the embedded language data.
func New() (*Finder, error) {
	lxs, err := lexicon.LoadDir(langFS, "lang")
	if err != nil {
		return nil, err
	}
	f := &Finder{langs: map[string]*lang{}}
	for name, lx := range lxs {
		l, err := newLang(name, lx)
		if err != nil {
			return nil, err
		}
		f.langs[name] = l
	}
	if f.langs[fallback] == nil {
		return nil, ErrData
	}
	return f, nil
}

// Langs lists the languages with data files.
func (f *Finder) Langs() []string {
	return lexicon.Langs(f.langs)
}

// cand is a quantity being built, in byte offsets.
type cand struct {
	start, end int
	numEnd     int // end of the number itself (before its noun)
	val        float64
	approx     bool
	unit, kind string
	bare       bool // nothing after the number says what it counts
	word       bool // written in words
	currency   bool // a currency symbol stands before it
}

// Find returns the quantities of t in text order, with IDs q1, q2, ….
// lang selects the data file ("fr", "en"; others fall back to English
// number formats). Sentences are accepted for the stage's uniform signature;
// a quantity never runs over punctuation, so they are not needed.
func (f *Finder) Find(t *loupe.Text, sentences []loupe.Span, lang string) []loupe.Quantity {
	_ = sentences
	l := f.langs[strings.ToLower(lang)]
	if l == nil {
		l = f.langs[fallback]
	}
	s := t.String()
	var cs []cand
	lastEnd := 0
	add := func(c cand) {
		if c.start < lastEnd || c.end <= c.start || math.IsNaN(c.val) || math.IsInf(c.val, 0) {
			return
		}
		cs = append(cs, c)
		lastEnd = c.end
	}
	for i := 0; i < len(s); {
		c := s[i]
		prev, _ := runeBefore(s, i)
		atWord := !isWordRune(prev) && prev != '-' && prev != '‑' && prev != '_'
		switch {
		case atWord && (c == '#' || c == '@') && i+1 < len(s) && isWordRune(runeAt(s, i+1)):
			i = skipToken(s, i)
			continue
		case atWord && (strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://") || strings.HasPrefix(s[i:], "www.")):
			i = skipToken(s, i)
			continue
		case isDigit(c):
			if cd, ok, next := l.digits(s, i); ok {
				add(cd)
				i = max(next, i+1)
			} else {
				i = max(next, i+1)
			}
			continue
		case atWord && c >= 'A' && unicode.IsLetter(runeAt(s, i)):
			if cd, ok, next := l.words(s, i); ok {
				add(cd)
				i = max(next, i+1)
			} else {
				i = max(next, i+1)
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	cs = l.tidy(s, cs)
	out := make([]loupe.Quantity, 0, len(cs))
	for k, c := range cs {
		out = append(out, loupe.Quantity{
			ID:     "q" + strconv.Itoa(k+1),
			Span:   t.Span(c.start, c.end),
			Value:  c.val,
			Approx: c.approx,
			Unit:   c.unit,
			Kind:   c.kind,
		})
	}
	return out
}

// skipToken skips a hashtag, handle or link: up to the next white space.
func skipToken(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// parseDigits reads a number written in digits at i. The lang's decimal
// separator is a decimal mark; the other mark, a space, a no-break space or a
// narrow no-break space separates thousands when followed by groups of three
// digits. French also reads "20.000" as thousands and "60.2" as a decimal.
// ok is false for identifiers such as "5.2.1.7".
func (l *lang) parseDigits(s string, i int) (val float64, end int, plain, ok bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	intPart := s[i:j]
	first := j - i
	var b strings.Builder
	b.WriteString(intPart)
	plain = true
	groups := 0
	decimal := false
	for j < len(s) {
		sep, n := utf8.DecodeRuneInString(s[j:])
		k := j + n
		d := k
		for d < len(s) && isDigit(s[d]) {
			d++
		}
		if d == k {
			break
		}
		g := d - k
		three := g == 3 && first <= 3
		switch {
		case sep == ' ' || sep == '\u00a0' || sep == '\u202f' || sep == '\u2009':
			if !three || decimal {
				return l.finish(b.String(), j, plain, true)
			}
		case sep == rune(l.decimal):
			if decimal {
				return 0, d, false, false
			}
			if l.decimal == ',' && sep == ',' || l.decimal == '.' && sep == '.' {
				decimal = true
				b.WriteByte('.')
				b.WriteString(s[k:d])
				plain = false
				j = d
				continue
			}
		case sep == '.' || sep == ',':
			// the thousands mark of the language (',' in English, '.' in French)
			if decimal {
				return 0, d, false, false
			}
			if !three {
				if sep == '.' && l.decimal == ',' && groups == 0 {
					// "60.2" in a French text: a decimal point.
					decimal = true
					b.WriteByte('.')
					b.WriteString(s[k:d])
					plain = false
					j = d
					continue
				}
				return l.finish(b.String(), j, plain, groups == 0)
			}
		default:
			return l.finish(b.String(), j, plain, true)
		}
		groups++
		plain = false
		b.WriteString(s[k:d])
		j = d
	}
	// "1.2.3": a second mark after a number with a decimal part is an identifier.
	if decimal && j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		return 0, j, false, false
	}
	return l.finish(b.String(), j, plain, true)
}

func (l *lang) finish(num string, end int, plain, ok bool) (float64, int, bool, bool) {
	if !ok {
		return 0, end, false, false
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, end, false, false
	}
	return v, end, plain, true
}

// digits reads a quantity whose number is written in digits at i. next is
// where scanning resumes.
func (l *lang) digits(s string, i int) (cand, bool, int) {
	val, end, plain, ok := l.parseDigits(s, i)
	if !ok {
		for end < len(s) && (isDigit(s[end]) || s[end] == '.' || s[end] == ',') {
			end++
		}
		return cand{}, false, end
	}
	c := cand{start: i, end: end, numEnd: end, val: val, kind: KindCount}
	// What stands right before: letters (A7, COVID-19), a time or a date.
	prev, pn := runeBefore(s, i)
	switch {
	case unicode.IsLetter(prev):
		return c, false, end
	case prev == '-' || prev == '‑' || prev == '–':
		// "COVID-19", "C-O-V-I-D-1-9" are names and "2008-09" a year; "20-30"
		// and "2-1" are read as a range or a score.
		k := i - pn
		for k > 0 && isDigit(s[k-1]) {
			k--
		}
		if k == i-pn {
			if r, _ := runeBefore(s, k); unicode.IsLetter(r) {
				return c, false, end
			}
		} else {
			if r, _ := runeBefore(s, k); unicode.IsLetter(r) || r == '-' || r == '‑' {
				return c, false, end
			}
			if y, _ := strconv.Atoi(s[k : i-pn]); i-pn-k == 4 && y >= 1800 && y <= 2100 {
				return c, false, end
			}
		}
	case prev == '.' || prev == '/' || prev == ':' || prev == ',':
		if r, _ := runeBefore(s, i-pn); isWordRune(r) {
			return c, false, end
		}
	}
	if w, ws := wordBefore(s, i); w != "" {
		// "10 h 30": the minutes of a time
		if e, _ := matchAny(s, ws, l.timeAfter, false); e >= 0 {
			if r, _ := runeBefore(s, skipSpaceBack(s, ws)); '0' <= r && r <= '9' {
				return c, false, end
			}
		}
	}
	if prev == '+' || prev == '-' || prev == '–' || prev == '−' {
		// a sign only after white space or "(": "–0,2 %"
		if r, _ := runeBefore(s, i-pn); r == 0 || isSpace(r) || r == '(' {
			c.start = i - pn
			if prev != '+' {
				c.val = -c.val
			}
		}
	}
	if st := markerBefore2(s, c.start, l.currencySym); st >= 0 {
		sym := s[st:c.start]
		c.start, c.kind, c.unit, c.currency = st, KindMoney, l.symUnit[sym], true
	}
	// What stands right after.
	if end < len(s) {
		switch r := runeAt(s, end); {
		case r == ':' || r == '/' || r == '\'':
			if end+1 < len(s) && isDigit(s[end+1]) {
				return c, false, end + 1
			}
		case r == '-' || r == '‑':
			if e, unit := l.hyphenCompound(s, end); e > 0 {
				c.end, c.unit, c.kind = e, unit, KindMeasure
				return l.before(s, c), true, e
			}
		case unicode.IsLetter(r):
			// attached letters: a multiplier of money ($5M, €3m, 10K
			// dollars), a unit (15km), a multiplier with a currency (75M$),
			// else an ordinal, a time or a code (1er, 3rd, 10h, 4G).
			if m, e := l.attachedMult(s, end); e > 0 && (c.currency || l.currencyAt(s, skipGap(s, e))) {
				c.val *= m
				c.end, c.numEnd, end = e, e, e
				break
			}
			if e, _ := matchAny(s, end, l.units, false); e < 0 {
				if _, ok := l.abbrevMoney(s, end); !ok {
					return c, false, lettersAt(s, end)
				}
			}
		}
	}
	// List numbering at the start of a line: "1.", "2)", "3/".
	if plain && atLineStart(s, i) && end < len(s) && (s[end] == '.' || s[end] == ')' || s[end] == '/') {
		if r := runeAt(s, end+1); r == 0 || isSpace(r) {
			return c, false, end + 1
		}
	}
	if plain && end < len(s) && s[end] == ')' && !openParen(s, i) {
		return c, false, end + 1
	}
	// Times of day and dates.
	if e, _ := matchAny(s, skipSpace(s, end), l.timeAfter, false); e >= 0 && skipSpace(s, end) <= end+3 {
		return c, false, e
	}
	if w := l.nextWord(s, end); l.month[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return c, false, end
	}
	if w, _ := wordBefore(s, c.start); l.month[strings.ToLower(w)] || l.idBefore[strings.ToLower(w)] {
		return c, false, end
	}
	c = l.tail(s, c)
	if c.kind == "" {
		return c, false, c.end
	}
	// Years: four digits from 1800 to 2100 with nothing that makes them an
	// amount. SPEC allows kind "year", but the gold does not annotate years,
	// so they are left out.
	if plain && end-i == 4 && val >= 1800 && val <= 2100 && !c.currency && (c.bare || c.kind == KindCount) {
		return c, false, end
	}
	c = l.before(s, c)
	if c.kind == "" {
		return c, false, c.end
	}
	return c, true, c.end
}

// markerBefore2 finds a currency symbol joined to the number or separated by
// one space ("$5", "€ 20", "US$3").
func markerBefore2(s string, i int, syms []string) int {
	for _, p := range syms {
		if strings.HasSuffix(s[:i], p) {
			st := i - len(p)
			if r, _ := runeBefore(s, st); !unicode.IsLetter(r) || p == "$" && (r == 'S' || r == 'C' || r == 'A') {
				if p == "$" && (r == 'S' || r == 'C' || r == 'A') {
					st -= 1
					if r2, _ := runeBefore(s, st); unicode.IsLetter(r2) {
						continue
					}
				}
				return st
			}
		}
	}
	return -1
}

func atLineStart(s string, i int) bool {
	for i > 0 {
		c := s[i-1]
		if c == '\n' {
			return true
		}
		if c != ' ' && c != '\t' {
			return false
		}
		i--
	}
	return true
}

// nextWord is the word after the white space at i.
func (l *lang) nextWord(s string, i int) string {
	j := skipGap(s, i)
	if j == i {
		return ""
	}
	e := wordAt(s, j)
	if e < len(s) && s[e] == '.' {
		e++
	}
	return s[j:e]
}

// hyphenCompound reads "-year-old", "-hour", "-week" after a number at i
// (which holds the hyphen). It returns the end and the unit, or 0.
func (l *lang) hyphenCompound(s string, i int) (int, string) {
	_, n := utf8.DecodeRuneInString(s[i:])
	j := i + n
	e := lettersAt(s, j)
	if e == j {
		return 0, ""
	}
	unit, ok := l.hyphenUnit[strings.ToLower(s[j:e])]
	if !ok {
		return 0, ""
	}
	if strings.HasPrefix(s[e:], "-old") && !isWordRune(runeAt(s, e+4)) {
		e += 4
	}
	return e, unit
}

// attachedMult reads a multiplier abbreviation ([multiplier_abbrev]: "M",
// "bn", "k") at i that ends a word, and returns its factor and end; end is
// 0 when there is none.
func (l *lang) attachedMult(s string, i int) (float64, int) {
	for ab, m := range l.multAbbrev {
		if strings.HasPrefix(s[i:], ab) && !isWordRune(runeAt(s, i+len(ab))) {
			return m, i + len(ab)
		}
	}
	return 0, 0
}

// currencyAt reports a currency symbol or word at i.
func (l *lang) currencyAt(s string, i int) bool {
	if e, _ := matchAny(s, i, l.currencySym, true); e >= 0 {
		return true
	}
	e, _ := matchAny(s, i, l.currency, false)
	return e >= 0
}

// abbrevMoney reads "M$", "Md€", "bn$" at i: a multiplier abbreviation joined to a
// currency symbol. It returns the multiplier, the symbol's end and its unit.
func (l *lang) abbrevMoney(s string, i int) (struct {
	mult float64
	end  int
	unit string
}, bool) {
	type res = struct {
		mult float64
		end  int
		unit string
	}
	for ab, m := range l.multAbbrev {
		if !strings.HasPrefix(s[i:], ab) {
			continue
		}
		j := i + len(ab)
		for _, sym := range l.currencySym {
			if strings.HasPrefix(s[j:], sym) {
				return res{m, j + len(sym), l.symUnit[sym]}, true
			}
		}
	}
	return res{}, false
}

// words reads a quantity written in words at i: "trois", "vingt et un",
// "Forty-six", "une cinquantaine de", "a dozen".
func (l *lang) words(s string, i int) (cand, bool, int) {
	e := lettersAt(s, i)
	if e-i > l.maxWord {
		return cand{}, false, e
	}
	var buf [32]byte
	k, ascii := asciiLower(buf[:], s[i:e])
	if ascii && !l.first[string(buf[:k])] && !l.approxArt[string(buf[:k])] || !ascii && !l.nonASCII {
		return cand{}, false, e
	}
	w := lower(s[i:e])
	if !l.first[w] && !l.approxArt[w] {
		return cand{}, false, e
	}
	if l.article[w] {
		// "un", "a": only before a scale, a multiplier or an approximate noun
		j := skipGap(s, e)
		n := lower(s[j:lettersAt(s, j)])
		_, num := l.numbers[n]
		_, mult := l.multiplier[n]
		_, apx := l.approxNoun[n]
		if j == e || !num && !mult && !apx {
			return cand{}, false, e
		}
	}
	// Approximate nouns: "une cinquantaine", "a dozen".
	if l.approxArt[w] {
		j := skipGap(s, e)
		if j > e {
			ne := lettersAt(s, j)
			if v, ok := l.approxNoun[strings.ToLower(s[j:ne])]; ok {
				c := cand{start: i, end: ne, numEnd: ne, val: v, approx: true, kind: KindCount, word: true}
				c = l.tail(s, c)
				if c.bare || c.kind == "" {
					return c, false, ne
				}
				return l.before(s, c), true, c.end
			}
		}
	}
	val, end, n, onlyArticle, weak := l.parseWords(s, i)
	if n == 0 {
		return cand{}, false, wordAt(s, i)
	}
	c := cand{start: i, end: end, numEnd: end, val: val, kind: KindCount, word: true}
	if end < len(s) && (s[end] == '-' || strings.HasPrefix(s[end:], "‑")) {
		if he, unit := l.hyphenCompound(s, end); he > 0 {
			c.end, c.unit, c.kind = he, unit, KindMeasure
			return l.before(s, c), true, he
		}
	}
	if end < len(s) && (s[end] == '-' || strings.HasPrefix(s[end:], "‑")) && unicode.IsLetter(runeAt(s, end+utf8.RuneLen(runeAt(s, end)))) {
		// "three-fifths", "two-thirds", "one-sided": not a count
		return c, false, wordAt(s, end+1)
	}
	if e2 := wordAt(s, end); e2 > end {
		// "quatre-vingt-dixième", "twenty-something": not a number
		return c, false, e2
	}
	if w := l.nextWord(s, end); l.month[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return c, false, end
	}
	c = l.tail(s, c)
	if c.kind == "" {
		return c, false, c.end
	}
	multiplied := c.val != val
	if onlyArticle && !multiplied {
		return c, false, end
	}
	c = l.before(s, c)
	if c.kind == "" {
		return c, false, c.end
	}
	if weak && !multiplied && c.kind != KindMeasure {
		// "one" and "neuf" are more often a pronoun or an adjective than a
		// count: they are kept only with a unit ("one hour") or a multiplier.
		return c, false, c.end
	}
	if c.bare && !c.approx {
		// A bare number word ("les deux", "neuf", "one of") is too often a
		// pronoun or an adjective; it counts only with a bound marker.
		return c, false, c.end
	}
	return c, true, c.end
}

// parseWords reads a run of number words at i and composes its value.
// n is the number of words read.
func (l *lang) parseWords(s string, i int) (val float64, end, n int, onlyArticle, weak bool) {
	type part struct {
		w        string
		start    int
		end      int
		hyphened bool // joined to the part before by a hyphen
	}
	var parts []part
	j := i
	for len(parts) < 8 {
		e := lettersAt(s, j)
		if e == j {
			break
		}
		parts = append(parts, part{w: strings.ToLower(s[j:e]), start: j, end: e})
		if e < len(s) && (s[e] == '-' || strings.HasPrefix(s[e:], "‑")) {
			_, m := utf8.DecodeRuneInString(s[e:])
			if unicode.IsLetter(runeAt(s, e+m)) {
				j = e + m
				parts[len(parts)-1].hyphened = true
				continue
			}
			break
		}
		k := skipGap(s, e)
		if k == e || k-e > 4 || !unicode.IsLetter(runeAt(s, k)) {
			break
		}
		j = k
	}
	var total, cur, last float64
	end = i
	k := 0
	pendingConnector := false
	for k < len(parts) {
		if n > 0 && l.connector[parts[k].w] && !pendingConnector {
			pendingConnector = true
			k++
			continue
		}
		// longest key of up to maxParts parts
		matched := 0
		var v float64
		for m := min(l.maxParts, len(parts)-k); m >= 1; m-- {
			key := parts[k].w
			for x := k + 1; x < k+m; x++ {
				key += " " + parts[x].w
			}
			if val, ok := l.numbers[key]; ok {
				matched, v = m, val
				break
			}
		}
		if matched == 0 {
			break
		}
		if n > 0 {
			ok := false
			switch {
			case v == 100:
				ok = cur < 100 && !pendingConnector
			case v >= 1000:
				ok = !pendingConnector
			case last >= 1000 || last == 100:
				ok = v < last
			case last >= 20 && math.Mod(last, 10) == 0:
				ok = v < 20 && (v < 10 || l.decimal == ',')
			}
			if pendingConnector && ok && v >= 20 && last < 100 {
				ok = false
			}
			if !ok {
				break
			}
		}
		if n == 0 {
			onlyArticle = l.article[parts[k].w] && matched == 1
			weak = l.weak[parts[k].w] && matched == 1
		} else {
			onlyArticle, weak = false, false
		}
		switch {
		case v == 100:
			cur = max(cur, 1) * 100
		case v >= 1000:
			total += max(cur, 1) * v
			cur = 0
		default:
			cur += v
		}
		last = v
		n += matched
		k += matched
		end = parts[k-1].end
		pendingConnector = false
	}
	if n == 0 {
		return 0, i, 0, false, false
	}
	// An English "a"/"an" alone is the article.
	if onlyArticle && (total+cur) == 1 {
		return total + cur, end, n, true, weak
	}
	return total + cur, end, n, false, weak
}

// tail reads what follows the number: a multiplier, a percent sign, a
// currency, a unit, a counted noun, a rate. It sets kind to "" when the
// number turns out not to be a quantity (relative time).
func (l *lang) tail(s string, c cand) cand {
	p := c.end
	c.bare = true
	multiplied := false
	// Multiplier word: "1,5 million", "$1.5 billion", "deux millions".
	if j := skipGap(s, p); j < len(s) {
		if am, ok := l.abbrevMoney(s, j); ok && j-p <= 3 {
			c.val *= am.mult
			c.end, c.kind, c.unit, c.bare = am.end, KindMoney, am.unit, false
			return l.withRate(s, c)
		}
		for w, m := range l.multiplier {
			if e := matchAt(s, j, w, false); e >= 0 {
				c.val *= m
				p, c.end, multiplied = e, e, true
				break
			}
		}
	}
	j := skipGap(s, p)
	// Percent.
	if j-p <= 3 {
		if e, _ := matchAny(s, j, l.percent, false); e >= 0 {
			c.end, c.kind, c.unit, c.bare = e, KindPercent, "%", false
			return c
		}
	}
	if c.currency {
		c.bare = false
		return l.withRate(s, c)
	}
	// Currency after: "300 euros", "950 $", "18 millions d'euros".
	if j-p <= 3 {
		if e, k := matchAny(s, j, l.currencySym, true); e >= 0 {
			c.end, c.kind, c.unit, c.bare = e, KindMoney, l.symUnit[l.currencySym[k]], false
			return l.withRate(s, c)
		}
	}
	// Currency word: "300 euros", "18 millions d'euros", "$5 million dollars".
	at := []int{j}
	if multiplied {
		if e, _ := matchAny(s, j, l.of, false); e >= 0 {
			at = append(at, l.afterOf(s, j, e))
		}
	}
	for _, a := range at {
		if e, _ := matchAny(s, a, l.currency, false); e >= 0 {
			c.end, c.kind, c.unit, c.bare = e, KindMoney, s[a:e], false
			return l.withRate(s, c)
		}
	}
	// Measure unit: "15 km", "62°C", "100 miles an hour".
	if e, _ := matchAny(s, j, l.units, false); e >= 0 && j-p <= 3 && runeAt(s, e) != '\'' && runeAt(s, e) != '’' {
		c.end, c.kind, c.unit, c.bare = e, KindMeasure, s[j:e], false
		c = l.compound(s, c)
		return l.withRate(s, c)
	}
	// Counted noun.
	if ns, ne, end, ok := l.noun(s, p, c.val, multiplied || c.approx && c.word); ok {
		unit := s[ns:ne]
		c.end, c.unit, c.bare = end, unit, false
		lu := strings.ToLower(unit)
		if l.duration[lu] || l.unitSet[lu] {
			c.kind = KindMeasure
		}
		if l.duration[lu] && l.agoAfterAt(s, ne) {
			c.kind = ""
			return c
		}
		c = l.compound(s, c)
		return l.withRate(s, c)
	}
	return c
}

func (l *lang) agoAfterAt(s string, i int) bool {
	j := skipGap(s, i)
	if j == i {
		return false
	}
	e, _ := matchAny(s, j, l.agoAfter, false)
	return e >= 0
}

// withRate extends an amount over "a month", "a gallon".
func (l *lang) withRate(s string, c cand) cand {
	j := skipGap(s, c.end)
	if j == c.end {
		return c
	}
	if e, _ := matchAny(s, j, l.rate, false); e >= 0 {
		c.end = e
	}
	return c
}

// compound merges "2 hours 9 minutes 56 seconds" into one duration in its
// smallest unit.
func (l *lang) compound(s string, c cand) cand {
	sec, ok := l.seconds[strings.ToLower(c.unit)]
	if !ok {
		return c
	}
	total, smallest := c.val*sec, sec
	end, unit := c.end, c.unit
	parts := 1
	for {
		j := skipGap(s, end)
		if j == end || j >= len(s) || !isDigit(s[j]) {
			break
		}
		v, e, plain, ok := l.parseDigits(s, j)
		if !ok || !plain {
			break
		}
		k := skipGap(s, e)
		if k == e {
			break
		}
		ue := lettersAt(s, k)
		us, ok := l.seconds[strings.ToLower(s[k:ue])]
		if !ok || us >= smallest {
			break
		}
		total += v * us
		smallest, end, unit = us, ue, s[k:ue]
		parts++
	}
	if parts > 1 {
		c.val, c.end, c.unit = total/smallest, end, unit
	}
	return c
}

// noun finds the counted noun after the number ending at p. With of, a
// joining "de"/"of" may come first (required in French: "1,2 million de
// logements", "une cinquantaine de rebelles").
func (l *lang) noun(s string, p int, val float64, of bool) (ns, ne, end int, ok bool) {
	j := skipGap(s, p)
	if j == p || j >= len(s) {
		return 0, 0, 0, false
	}
	partitive := false
	if of {
		if e, _ := matchAny(s, j, l.of, false); e >= 0 {
			j = l.afterOf(s, j, e)
		} else if !l.lastNoun {
			return 0, 0, 0, false
		}
	} else if len(l.partitive) > 0 {
		if e, _ := matchAny(s, j, l.partitive, false); e >= 0 {
			if k := skipGap(s, e); k > e || strings.HasSuffix(s[j:e], "'") || strings.HasSuffix(s[j:e], "’") {
				j, partitive = max(k, e), true
			}
		}
	}
	if l.lastNoun {
		ns, ne, ok := l.nounRun(s, j, val)
		return ns, ne, ne, ok
	}
	// French: [adjective] noun [participle after a partitive].
	for range 2 {
		e := wordAt(s, j)
		if e == j || !l.adjBefore[strings.ToLower(s[j:e])] {
			break
		}
		k := skipGap(s, e)
		if k == e {
			break
		}
		ke := wordAt(s, k)
		if !l.nounOK(s, k, ke) || participle(strings.ToLower(s[k:ke])) {
			break
		}
		j = k
	}
	e := wordAt(s, j)
	if !l.nounOK(s, j, e) {
		return 0, 0, 0, false
	}
	ns, ne, end = j, e, e
	if partitive {
		if k := skipGap(s, e); k > e {
			ke := wordAt(s, k)
			if participle(strings.ToLower(s[k:ke])) {
				end = ke
			}
		}
	}
	return ns, ne, end, true
}

// nounOK reports whether s[j:e] can be a counted noun.
func (l *lang) nounOK(s string, j, e int) bool {
	if e == j {
		return false
	}
	w := s[j:e]
	lw := strings.ToLower(w)
	if l.stop[lw] || l.month[lw] || titleCase(w) && !l.duration[lw] && !l.unitSet[lw] {
		return false
	}
	if _, ok := l.numbers[lw]; ok {
		return false
	}
	if _, ok := l.multiplier[lw]; ok {
		return false
	}
	// a contraction or possessive ("day's", "won't") is no plain noun
	if r := runeAt(s, e); (r == '\'' || r == '’') && unicode.IsLetter(runeAt(s, e+utf8.RuneLen(r))) {
		return false
	}
	return true
}

// nounRun is the English rule: of the next few words (up to a function
// word or punctuation), the counted noun is the last plural; a singular head
// is taken only after "one" or when it is a unit ("eight ton").
func (l *lang) nounRun(s string, j int, val float64) (int, int, bool) {
	type w struct{ s, e int }
	var run []w
	for len(run) < 3 {
		e := wordAt(s, j)
		if !l.nounOK(s, j, e) {
			break
		}
		run = append(run, w{j, e})
		k := skipGap(s, e)
		if k == e {
			break
		}
		j = k
	}
	for k := len(run) - 1; k >= 0; k-- {
		lw := strings.ToLower(s[run[k].s:run[k].e])
		if l.plural[lw] || len(lw) > 2 && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "ous") {
			return run[k].s, run[k].e, true
		}
	}
	if len(run) > 0 {
		lw := strings.ToLower(s[run[0].s:run[0].e])
		if val == 1 || l.unitSet[lw] || l.duration[lw] {
			return run[0].s, run[0].e, true
		}
	}
	return 0, 0, false
}

// before extends the quantity over a marker before it ("environ", "plus de",
// "entre", "an estimated"), marks estimates as approximate, and drops
// relative times ("il y a trois jours") and identifiers.
func (l *lang) before(s string, c cand) cand {
	if st := markerBefore(s, c.start, l.agoBefore); st >= 0 && l.duration[strings.ToLower(c.unit)] {
		c.kind = ""
		return c
	}
	if st := markerBefore(s, c.start, l.approx); st >= 0 {
		c.start, c.approx = st, true
	} else if st := markerBefore(s, c.start, l.rangeStart); st >= 0 {
		c.start = st
	} else if st := markerBefore(s, c.start, l.estimate); st >= 0 {
		c.approx = true
	}
	return c
}

// tidy drops score-like pairs ("2-1") of bare numbers and gives a bare
// number of a range or tally the unit of its partner ("312 voix contre 204").
func (l *lang) tidy(s string, cs []cand) []cand {
	drop := make([]bool, len(cs))
	for k := 0; k+1 < len(cs); k++ {
		a, b := &cs[k], &cs[k+1]
		gap := strings.TrimSpace(s[a.end:b.start])
		if a.bare && b.bare && !a.word && !b.word && (gap == "-" || gap == "–" || gap == "‑") && a.end == b.start-len(gap) {
			drop[k], drop[k+1] = true, true
			continue
		}
		if len(gap) > 12 {
			continue
		}
		switch strings.ToLower(gap) {
		case "-", "–", "à", "a", "to", "et", "and", "contre", "ou", "or", "vs", "vs.":
		default:
			continue
		}
		if a.bare && !b.bare {
			a.unit, a.kind = b.unit, b.kind
		} else if b.bare && !a.bare {
			b.unit, b.kind = a.unit, a.kind
		}
	}
	out := cs[:0]
	for k, c := range cs {
		if !drop[k] {
			out = append(out, c)
		}
	}
	return out
}

// afterOf is where the word after a joining "de", "d'" or "of" (s[j:e]) starts.
func (l *lang) afterOf(s string, j, e int) int {
	if strings.HasSuffix(s[j:e], "'") || strings.HasSuffix(s[j:e], "’") {
		return e
	}
	return skipGap(s, e)
}

// participle reports whether a French word looks like the past participle
// of a verb in -er ("tués", "blessée").
func participle(w string) bool {
	if len(w) <= 4 {
		return false
	}
	for _, suf := range []string{"é", "ée", "és", "ées"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// openParen reports whether an unclosed "(" stands before i on its line.
func openParen(s string, i int) bool {
	depth := 0
	for j := i - 1; j >= 0 && s[j] != '\n'; j-- {
		switch s[j] {
		case ')':
			depth--
		case '(':
			depth++
			if depth > 0 {
				return true
			}
		}
	}
	return false
}

// lower lower-cases s, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// asciiLower writes the lower case of an ASCII word into buf; ok is false
// for other words or when buf is too short.
func asciiLower(buf []byte, s string) (int, bool) {
	if len(s) > len(buf) {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return len(s), true
}
