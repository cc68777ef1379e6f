package segment

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/lexicon"
	"github.com/loupe-news/loupe/internal/loupe"
)

//go:embed lang/*.txt
var langFS embed.FS

// Segmenter holds the per-language data. It is safe for concurrent use.
type Segmenter struct {
	langs map[string]*langData
	all   *langData // union of every language, for languages without a file
	url   *regexp.Regexp
}

type langData struct {
	title, abbrev, starter, nonfinal, clause map[string]bool
	byline                                   []string
}

// New loads the embedded language data.
func New() (*Segmenter, error) {
	lxs, err := lexicon.LoadDir(langFS, "lang")
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	common, ok := lxs["common"]
	if !ok {
		return nil, fmt.Errorf("segment: lang/common.txt missing")
	}
	sg := &Segmenter{
		langs: map[string]*langData{},
		url:   regexp.MustCompile(`^[\pP\s]*(?:(?i:source|sources|lien|link|url|via)\s*:?\s*)?((?:https?://|www\.)\S+?)[.,;)\]]*$`),
	}
	var merged []lexicon.Lexicon
	for lang, lx := range lxs {
		if lang == "common" {
			continue
		}
		sg.langs[lang] = build(common, lx)
		merged = append(merged, lx)
	}
	sg.all = build(append([]lexicon.Lexicon{common}, merged...)...)
	return sg, nil
}

func build(lxs ...lexicon.Lexicon) *langData {
	d := &langData{title: map[string]bool{}, abbrev: map[string]bool{}, starter: map[string]bool{}, nonfinal: map[string]bool{}, clause: map[string]bool{}}
	for _, lx := range lxs {
		for _, pair := range []struct {
			m   map[string]bool
			sec string
		}{{d.title, "title"}, {d.abbrev, "abbrev"}, {d.starter, "starter"}, {d.nonfinal, "nonfinal"}, {d.clause, "clause"}} {
			for _, e := range lx[pair.sec] {
				pair.m[e] = true
			}
		}
		d.byline = append(d.byline, lx["byline"]...)
	}
	// Longest prefixes first, so "Propos recueillis par" wins over "Par".
	sort.Slice(d.byline, func(i, j int) bool { return len(d.byline[i]) > len(d.byline[j]) })
	return d
}

// Langs lists the languages with their own data.
func (sg *Segmenter) Langs() []string {
	return lexicon.Langs(sg.langs)
}

func (sg *Segmenter) data(lang string) *langData {
	if d, ok := sg.langs[lang]; ok {
		return d
	}
	return sg.all
}

// Result is the structure recovered from a text: its blocks, its sentences,
// and the lines and markers that are not part of any sentence.
type Result struct {
	Paragraphs []loupe.Block
	Sentences  []loupe.Span
	Byline     *loupe.Span // the byline line without "Par"/"By"
	URL        *loupe.Span // the URL on a trailing URL line
	Elisions   []loupe.Span
	// Quoted is true when one pair of quotation marks wraps the whole body.
	Quoted bool
	// Wrapped is true when the text is hard-wrapped at Width code points.
	Wrapped bool
	Width   int
}

// byte range
type rng struct{ a, b int }

type line struct {
	a, b   int // content, without the line break
	ta, tb int // trimmed content
	kind   int
	list   bool
}

const (
	lineBody = iota
	lineBlank
	lineTrailer
	lineElision
)

// Segment recovers the structure of t, a text in language lang ("" or an
// unknown code uses every language's data).
func (sg *Segmenter) Segment(t *loupe.Text, lang string) Result {
	s := t.String()
	d := sg.data(lang)
	st := &state{s: s, d: d, sg: sg}
	st.lines = splitLines(s)
	st.findTrailer()
	st.findElisions()
	st.findWrappingQuote()
	st.measureWrap()
	st.blocks()

	var res Result
	res.Quoted = st.quoted
	res.Wrapped, res.Width = st.wrapped, st.width
	if st.byline.b > st.byline.a {
		sp := t.Span(st.byline.a, st.byline.b)
		res.Byline = &sp
	}
	if st.url.b > st.url.a {
		sp := t.Span(st.url.a, st.url.b)
		res.URL = &sp
	}
	for _, e := range st.elisions {
		res.Elisions = append(res.Elisions, t.Span(e.a, e.b))
	}
	for _, p := range st.paras {
		res.Paragraphs = append(res.Paragraphs, loupe.Block{Span: t.Span(p.a, p.b), Kind: p.kind})
	}
	for _, x := range st.sents {
		res.Sentences = append(res.Sentences, t.Span(x.a, x.b))
	}
	return res
}

type block struct {
	a, b int
	kind string
	soft []softBreak // newlines inside the block that may end a paragraph
}

type softBreak struct {
	pos  int // byte offset of the newline
	para bool
}

type state struct {
	s        string
	d        *langData
	sg       *Segmenter
	lines    []line
	byline   rng
	url      rng
	elisions []rng
	// lineElisions: how many of elisions are whole lines (the first ones).
	lineElisions int
	excluded     []rng // elisions and wrapping quotes, sorted
	quoted       bool
	wrapped      bool
	width        int
	paras        []block
	sents        []rng
	markers      map[int]int // list item start -> end of its marker
}

func splitLines(s string) []line {
	var out []line
	start := 0
	for i := 0; i <= len(s); {
		if i == len(s) {
			out = append(out, newLine(s, start, i))
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isNewline(r) {
			out = append(out, newLine(s, start, i))
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				size = 2
			}
			start = i + size
		}
		i += size
	}
	return out
}

func newLine(s string, a, b int) line {
	l := line{a: a, b: b, ta: a, tb: b}
	for l.ta < l.tb {
		r, n := utf8.DecodeRuneInString(s[l.ta:])
		if !isSpace(r) && r != '\ufeff' {
			break
		}
		l.ta += n
	}
	for l.tb > l.ta {
		r, n := utf8.DecodeLastRuneInString(s[:l.tb])
		if !isSpace(r) {
			break
		}
		l.tb -= n
	}
	if l.ta == l.tb {
		l.kind = lineBlank
	}
	l.list = listMarker(s[l.ta:l.tb]) > 0
	return l
}

// listMarker returns the byte length of a bullet or enumerator opening a line
// ("- ", "• ", "1. ", "2) ", "a) "), or 0.
func listMarker(x string) int {
	r, n := utf8.DecodeRuneInString(x)
	switch r {
	case '-', '*', '•', '◦', '‣', '▪', '●', '–', '—', '·', '+', '○', '■', '►', '✓', '✔':
		if n < len(x) && (x[n] == ' ' || x[n] == '\t') {
			return n + 1
		}
		return 0
	}
	i := 0
	for i < len(x) && i < 3 && x[i] >= '0' && x[i] <= '9' {
		i++
	}
	if i == 0 && len(x) > 1 && x[0] >= 'a' && x[0] <= 'z' && x[1] == ')' {
		i = 1
	}
	if i > 0 && i+1 < len(x) && (x[i] == '.' || x[i] == ')') && (x[i+1] == ' ' || x[i+1] == '\t') {
		return i + 2
	}
	return 0
}

func (st *state) text(l line) string { return st.s[l.ta:l.tb] }

// findTrailer marks a trailing URL line and the byline next to it, or a
// closing "Par X" / "By X" line, and an opening one.
func (st *state) findTrailer() {
	var body []int
	for i := range st.lines {
		if st.lines[i].kind != lineBlank {
			body = append(body, i)
		}
	}
	if len(body) == 0 {
		return
	}
	last := body[len(body)-1]
	if len(body) >= 2 {
		if m := st.sg.url.FindStringSubmatchIndex(st.text(st.lines[last])); m != nil {
			off := st.lines[last].ta
			st.url = rng{off + m[2], off + m[3]}
			st.lines[last].kind = lineTrailer
			body = body[:len(body)-1]
			if len(body) >= 2 {
				prev := body[len(body)-1]
				if a, b, ok := st.bylineIn(st.lines[prev], false); ok {
					st.byline = rng{a, b}
					st.lines[prev].kind = lineTrailer
				}
			}
			return
		}
	}
	if len(body) >= 3 && st.lines[last-1].kind == lineBlank && st.paragraphs() >= 3 {
		// a name alone after the last paragraph of an article
		if a, b, ok := st.bylineIn(st.lines[last], false); ok {
			st.byline = rng{a, b}
			st.lines[last].kind = lineTrailer
			return
		}
	}
	if len(body) >= 2 {
		if a, b, ok := st.bylineIn(st.lines[last], true); ok {
			st.byline = rng{a, b}
			st.lines[last].kind = lineTrailer
			return
		}
	}
	for _, i := range body[:min(3, len(body)-1)] {
		if a, b, ok := st.bylineIn(st.lines[i], true); ok {
			st.byline = rng{a, b}
			st.lines[i].kind = lineTrailer
			return
		}
	}
}

// paragraphs counts the runs of body lines between blank lines.
func (st *state) paragraphs() int {
	n, in := 0, false
	for _, l := range st.lines {
		if l.kind == lineBlank {
			in = false
		} else if !in {
			n++
			in = true
		}
	}
	return n
}

// bylineIn finds a name in a byline line: "Moon of Alabama", "Par Jeanne
// Martin", "— J. Smith, in Kyiv". With needPrefix, the line must open with a
// byline word or a dash.
func (st *state) bylineIn(l line, needPrefix bool) (int, int, bool) {
	a, b := l.ta, l.tb
	x := st.s[a:b]
	prefixed := false
	for _, p := range st.d.byline {
		if len(x) > len(p)+1 && strings.EqualFold(x[:len(p)], p) && (x[len(p)] == ' ' || x[len(p)] == ':') {
			a += len(p) + 1
			prefixed = true
			break
		}
	}
	if !prefixed {
		for _, dash := range []string{"— ", "– ", "-- "} {
			if strings.HasPrefix(x, dash) {
				a += len(dash)
				prefixed = true
				break
			}
		}
	}
	if needPrefix && !prefixed {
		return 0, 0, false
	}
	if utf8.RuneCountInString(x) > 80 || st.endsTerminal(l) && !initialEnd(x) {
		return 0, 0, false // a byline line is short and has no end mark
	}
	for a < b && (st.s[a] == ' ' || st.s[a] == ':') {
		a++
	}
	name := st.s[a:b]
	if i := strings.IndexAny(name, ",("); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	if !st.nameLike(name) {
		return 0, 0, false
	}
	return a, b, true // the name with its role: "Helen Marsh, Health Correspondent"
}

func (st *state) nameLike(x string) bool {
	if x == "" || utf8.RuneCountInString(x) > 60 {
		return false
	}
	words := strings.Fields(x)
	if len(words) > 6 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(x)
	if r == '!' || r == '?' || r == ':' || r == '…' || (r == '.' && !initialEnd(x)) {
		return false
	}
	caps := 0
	for i, w := range words {
		f, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(f):
			caps++
		case i > 0 && st.d.nonfinal[strings.ToLower(w)], i > 0 && len(w) <= 3 && unicode.IsLower(f):
			// "of", "de", "van", "al"
		default:
			return false
		}
	}
	return caps >= 1 && (len(words) >= 2 || caps == 1 && utf8.RuneCountInString(words[0]) >= 3)
}

// initialEnd is true for a name ending in an initial: "John Q."
func initialEnd(x string) bool {
	return len(x) >= 2 && x[len(x)-1] == '.' && unicode.IsUpper(rune(x[len(x)-2])) && (len(x) == 2 || x[len(x)-3] == ' ')
}

// findElisions marks rows of dots and bracketed ellipses.
func (st *state) findElisions() {
	s := st.s
	for i := range st.lines {
		l := &st.lines[i]
		if l.kind != lineBody {
			continue
		}
		x := st.text(*l)
		dots := 0
		only := true
		for _, r := range x {
			switch {
			case r == '.':
				dots++
			case r == '…':
				dots += 3
			case isSpace(r):
			default:
				only = false
			}
			if !only {
				break
			}
		}
		if only && dots >= 3 {
			l.kind = lineElision
			st.elisions = append(st.elisions, rng{l.ta, l.tb})
		}
	}
	st.lineElisions = len(st.elisions)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '(':
			closer := byte(']')
			if s[i] == '(' {
				closer = ')'
			}
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			k := j
			for k < len(s) && (s[k] == '.' || strings.HasPrefix(s[k:], "…")) {
				if s[k] == '.' {
					k++
				} else {
					k += len("…")
				}
			}
			n := 0
			if k > j {
				n = strings.Count(s[j:k], ".") + 3*strings.Count(s[j:k], "…")
			}
			for k < len(s) && s[k] == ' ' {
				k++
			}
			if n >= 3 && k < len(s) && s[k] == closer {
				st.addElision(i, k+1)
				i = k
			}
		case '.':
			j := i
			for j < len(s) && s[j] == '.' {
				j++
			}
			if j-i >= 8 {
				a := i
				if i > 0 {
					if r, _ := utf8.DecodeLastRuneInString(s[:i]); isWordChar(r) {
						a = i + 1 // the first dot ends the sentence
					}
				}
				st.addElision(a, j)
			}
			i = j - 1
		}
	}
	sort.Slice(st.elisions, func(i, j int) bool { return st.elisions[i].a < st.elisions[j].a })
	st.excluded = append(st.excluded, st.elisions...)
}

func (st *state) addElision(a, b int) {
	// The whole-line elisions come first, in text order, then the inline
	// ones as the scan finds them, also in order: an overlap can only be
	// with the last inline one or with a line found by binary search (a
	// scan of all made a text of thousands of "[...]" quadratic).
	n := st.lineElisions
	if len(st.elisions) > n {
		if last := st.elisions[len(st.elisions)-1]; a < last.b && last.a < b {
			return
		}
	}
	k := sort.Search(n, func(i int) bool { return st.elisions[i].a >= b })
	if k > 0 && st.elisions[k-1].b > a {
		return
	}
	st.elisions = append(st.elisions, rng{a, b})
}

// findWrappingQuote detects one pair of quotation marks around the whole body,
// as when a site republishes an article between quotes.
func (st *state) findWrappingQuote() {
	first, last := -1, -1
	for i := range st.lines {
		if st.lines[i].kind == lineBody {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	s := st.s
	a := st.lines[first].ta
	b := st.lines[last].tb
	if b-a < 2 {
		return
	}
	open, on := utf8.DecodeRuneInString(s[a:])
	closeR, cn := utf8.DecodeLastRuneInString(s[:b])
	pairs := map[rune]rune{'"': '"', '“': '”', '«': '»', '„': '“'}
	want, ok := pairs[open]
	if !ok || closeR != want {
		return
	}
	body := s[a+on : b-cn]
	if open == want {
		if strings.ContainsRune(body, open) {
			return
		}
	} else {
		depth := 0
		for _, r := range body {
			if r == open {
				depth++
			} else if r == want {
				depth--
				if depth < 0 {
					return
				}
			}
		}
	}
	st.quoted = true
	st.excluded = append(st.excluded, rng{a, a + on}, rng{b - cn, b})
	sort.Slice(st.excluded, func(i, j int) bool { return st.excluded[i].a < st.excluded[j].a })
}

// ends reports whether a line ends a sentence by its punctuation: a terminal
// mark, maybe followed by closing quotes and emoji.
func (st *state) endsTerminal(l line) bool {
	x := st.s[l.ta:l.tb]
	for x != "" {
		r, n := utf8.DecodeLastRuneInString(x)
		switch {
		case isTerminal(r):
			return true
		case isCloser(r), isSpace(r), isDecor(r):
			x = x[:len(x)-n]
		default:
			return false
		}
	}
	return false
}

func (st *state) lastRune(l line) rune {
	r, _ := utf8.DecodeLastRuneInString(st.s[l.ta:l.tb])
	return r
}

func (st *state) firstRune(l line) rune {
	r, _ := utf8.DecodeRuneInString(st.s[l.ta:l.tb])
	return r
}

// firstLetter is the line's first character past opening quotes: a line
// that opens with "« déçue »" continues a sentence.
func (st *state) firstLetter(l line) rune {
	for _, r := range st.s[l.ta:l.tb] {
		if !isOpener(r) && !isSpace(r) {
			return r
		}
	}
	return 0
}

func (st *state) lastWord(l line) string {
	x := st.s[l.ta:l.tb]
	i := strings.LastIndexFunc(x, func(r rune) bool { return !isWordChar(r) })
	return strings.ToLower(x[i+1:])
}

func firstWordLen(x string) int {
	n := 0
	for _, r := range x {
		if isSpace(r) {
			break
		}
		n++
	}
	return n
}

// measureWrap finds whether the text is hard-wrapped, and at which width, from
// the lines that plainly run on into the next (no end mark, next in lower case).
func (st *state) measureWrap() {
	var widths []int
	for i := 0; i+1 < len(st.lines); i++ {
		a, b := st.lines[i], st.lines[i+1]
		if a.kind != lineBody || b.kind != lineBody || st.endsTerminal(a) {
			continue
		}
		if startsLower(st.firstRune(b)) {
			widths = append(widths, utf8.RuneCountInString(st.s[a.a:a.tb]))
		}
	}
	if len(widths) < 2 {
		return
	}
	sort.Ints(widths)
	st.wrapped = true
	st.width = widths[len(widths)*4/5]
}

// full reports whether line a was broken because the next word did not fit.
func (st *state) full(a, b line) bool {
	if !st.wrapped {
		return false
	}
	return utf8.RuneCountInString(st.s[a.a:a.tb])+1+firstWordLen(st.s[b.ta:b.tb]) > st.width
}

const (
	brk = iota
	wrap
	join
	soft
)

// decide says what the line break between body lines a and b is.
func (st *state) decide(a, b line, colonRun bool) int {
	switch {
	case st.lastRune(a) == ':' && !a.list:
		return join // a lead-in joins what follows, the first list item too
	case b.list:
		return brk
	case st.endsTerminal(a):
		return soft
	case startsLower(st.firstLetter(b)):
		return wrap
	}
	switch st.lastRune(a) {
	case ';', '-', '–', '(', '/', '&':
		return wrap
	case ',':
		if st.wrapped {
			return wrap
		}
	}
	if st.shoutingPair(a, b) {
		return wrap
	}
	switch {
	case st.d.nonfinal[st.lastWord(a)]:
		return wrap
	case colonRun && !a.list:
		return join
	case st.full(a, b):
		return wrap
	}
	return brk
}

// shoutingPair is true when line a ends and line b starts with a word in
// capitals: one shouted sentence running over two lines.
func (st *state) shoutingPair(a, b line) bool {
	return allCaps(lastField(st.s[a.ta:a.tb])) && allCaps(firstField(st.s[b.ta:b.tb]))
}

func lastField(x string) string {
	f := strings.Fields(x)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func firstField(x string) string {
	f := strings.Fields(x)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// allCaps is true for a word of two or more letters, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// blocks groups lines into blocks and splits blocks into sentences.
func (st *state) blocks() {
	var cur *block
	flush := func() {
		if cur != nil {
			st.sentences(cur)
			cur = nil
		}
	}
	colonRun := false
	var prev line
	havePrev := false
	for _, l := range st.lines {
		if l.kind == lineBlank && havePrev && st.lastRune(prev) == ':' {
			continue // "BREAKING NEWS :" joins what follows, even past a blank line
		}
		if l.kind != lineBody {
			flush()
			havePrev = false
			colonRun = false
			continue
		}
		if havePrev {
			switch st.decide(prev, l, colonRun) {
			case brk:
				flush()
				colonRun = false
			case join:
				colonRun = true
			case wrap:
			case soft:
				colonRun = false
				para := !st.wrapped || !st.full(prev, l)
				cur.soft = append(cur.soft, softBreak{pos: prev.b, para: para})
			}
		}
		if cur == nil {
			cur = &block{a: l.ta, kind: loupe.BlockParagraph}
			if l.list {
				cur.kind = loupe.BlockListItem
			}
		}
		cur.b = l.tb
		prev, havePrev = l, true
	}
	flush()
}
