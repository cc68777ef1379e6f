package worthy

import (
	"math"
	"strings"
)

// Statuses, as SPEC.md spells them.
var statuses = []string{"asserted", "hedged", "reported", "speculative", "question", "opinion"}

// shapeNames are the language-independent features read off the text's
// form; their readable names are in readable.
var shapeNames = []string{
	"num", "num2", "year", "percent", "money", "bignum", "decimal", "numword",
	"len<6", "len6-11", "len12-19", "len20-34", "len35+",
	"caps1", "caps2", "caps3+", "allcaps",
	"question_mark", "question_end", "exclamation", "quote", "colon", "paren",
	"dash", "ellipsis", "emoji", "url", "hashtag", "mention",
	"num&asserted", "num&3rd", "caps&past", "1sg&opinion", "num&1sg",
}

// Indexes of shape features.
const (
	fNum = iota
	fNum2
	fYear
	fPercent
	fMoney
	fBig
	fDecimal
	fNumWord
	fLen0
	fLen1
	fLen2
	fLen3
	fLen4
	fCaps1
	fCaps2
	fCaps3
	fAllCaps
	fQMark
	fQEnd
	fExcl
	fQuote
	fColon
	fParen
	fDash
	fEllipsis
	fEmoji
	fURL
	fHashtag
	fMention
	fNumAsserted
	fNum3rd
	fCapsPast
	f1sgOpinion
	fNum1sg
	nShape
)

// layout numbers the language-neutral features: shapes, then per class
// "present", "twice or more" and "first word", then statuses. Hashed word
// and character n-grams follow, for the languages trained on.
type layout struct {
	cs      *classSet
	names   []string // neutral feature names
	kOff    int
	k2Off   int
	k0Off   int
	sOff    int
	neutral int // number of neutral features
	bits    uint
	grams   grams
	vec     *vectors // English word vectors, when grams.emb is set
	embOff  int      // index of the first dense feature
	nEmb    int      // number of dense features

	// Class indexes the featurizer needs.
	cReporting, cFuture, cConditional, cCondition, cHedge, cOpinion         int
	cPercentWord, cCurrency, cNumberWord, cFirstSing, cThird, cPast, cModal int
}

// grams are the optional n-gram groups.
type grams struct {
	chars bool // character 3- to 5-grams of words
	tri   bool // word trigrams
	caps  bool // word bigrams with capitalised names folded to "(name)"
	// emb pools the words' vectors into dense features (embMean, embSIF,
	// embMeanMax; 0: none), each pooled part of length embScale.
	emb      int
	embScale float32
}

func newLayout(cs *classSet, bits uint, g grams, vec *vectors) *layout {
	l := &layout{cs: cs, bits: bits, grams: g, vec: vec}
	l.names = append(l.names, shapeNames...)
	l.kOff = len(l.names)
	for _, c := range cs.names {
		l.names = append(l.names, "k:"+c)
	}
	l.k2Off = len(l.names)
	for _, c := range cs.names {
		l.names = append(l.names, "k2:"+c)
	}
	l.k0Off = len(l.names)
	for _, c := range cs.names {
		l.names = append(l.names, "k0:"+c)
	}
	l.sOff = len(l.names)
	for _, s := range statuses {
		l.names = append(l.names, "s:"+s)
	}
	l.neutral = len(l.names)
	l.embOff = l.neutral + 1<<bits
	if vec != nil {
		l.nEmb = embDims(g.emb, vec.dim)
	}
	idx := func(name string) int {
		if i, ok := cs.index[name]; ok {
			return i
		}
		return -1
	}
	l.cReporting, l.cFuture, l.cConditional = idx("reporting"), idx("future"), idx("conditional")
	l.cCondition, l.cHedge, l.cOpinion = idx("condition"), idx("hedge"), idx("opinion")
	l.cPercentWord, l.cCurrency, l.cNumberWord = idx("percent_word"), idx("currency"), idx("number_word")
	l.cFirstSing, l.cThird, l.cPast, l.cModal = idx("first_singular"), idx("third_person"), idx("past_action"), idx("modal")
	return l
}

// dim is the length of a full weight vector.
func (l *layout) dim() int { return l.embOff + l.nEmb }

// Feature kinds, for explaining a score.
const (
	fkNeutral uint8 = iota
	fkUni
	fkBi
	fkChar
	fkCap
	fkEmb
)

// feat is one active feature; a and b are the first and last tokens a
// word feature was made of (b < 0 for a unigram).
type feat struct {
	idx  int32
	val  float32
	kind uint8
	a, b int16
}

// scratch is the per-call working memory, pooled.
type scratch struct {
	t      tokenizer
	counts []int
	feats  []feat
	emb    []float32
	top    float64 // the strongest contribution to the last score
}

func has(cls uint64, c int) bool { return c >= 0 && cls&(1<<uint(c)) != 0 }

// status guesses a claim's status from its cue words, with SPEC.md's
// precedence; the claims stage gives a better one at inference.
func (l *layout) status(s *scratch) int {
	cnt := s.counts
	get := func(c int) int {
		if c < 0 {
			return 0
		}
		return cnt[c]
	}
	switch {
	case s.t.shape&tQEnd != 0:
		return 4
	case get(l.cReporting) > 0:
		return 2
	case get(l.cFuture)+get(l.cConditional)+get(l.cCondition) > 0:
		return 3
	case get(l.cHedge) > 0:
		return 1
	case get(l.cOpinion) > 0:
		return 5
	}
	return 0
}

func statusIndex(s string) int {
	for i, v := range statuses {
		if v == s {
			return i
		}
	}
	return -1
}

// featurize fills s.feats for c. ngrams adds the hashed word (and
// character) n-grams.
func (l *layout) featurize(s *scratch, c Claim, ngrams bool) {
	lang := strings.ToLower(c.Lang)
	ll := l.cs.langs[lang]
	var elision []string
	if ll != nil {
		elision = ll.elision
	}
	s.t.run(c.Text, elision)
	if len(s.t.toks) > maxTokens {
		s.t.toks = s.t.toks[:maxTokens]
	}
	toks := s.t.toks
	if cap(s.counts) < len(l.cs.names) {
		s.counts = make([]int, len(l.cs.names))
	}
	s.counts = s.counts[:len(l.cs.names)]
	clear(s.counts)
	s.feats = s.feats[:0]
	low := s.t.low

	// Word classes.
	if ll != nil {
		for i := range toks {
			tk := &toks[i]
			if tk.kind != kWord {
				continue
			}
			w := low[tk.s:tk.e]
			for _, e := range ll.first[string(w)] {
				if i+len(e.rest) >= len(toks) {
					continue
				}
				ok := true
				for k, r := range e.rest {
					t2 := toks[i+1+k]
					if string(low[t2.s:t2.e]) != r {
						ok = false
						break
					}
				}
				if ok {
					tk.cls |= 1 << uint(e.class)
					s.counts[e.class]++
				}
			}
			for _, sf := range ll.suffixes {
				if len(w) > len(sf.end)+2 && strings.HasSuffix(string(w), sf.end) {
					if !has(tk.cls, sf.class) {
						tk.cls |= 1 << uint(sf.class)
						s.counts[sf.class]++
					}
				}
			}
		}
	}
	add := func(i int) { s.feats = append(s.feats, feat{idx: int32(i), val: 1, a: -1, b: -1}) }

	// Numbers.
	nums, caps, allCaps := 0, 0, false
	var nflags uint8
	for i := range toks {
		tk := toks[i]
		if tk.kind == kNum {
			nums++
			f := tk.num
			if i+1 < len(toks) {
				if has(toks[i+1].cls, l.cPercentWord) {
					f |= nPercent
				}
				if has(toks[i+1].cls, l.cCurrency) {
					f |= nMoney
				}
				if has(toks[i+1].cls, l.cNumberWord) && toks[i+1].kind == kWord {
					f |= nBig // "4 billion", "15 millions"
				}
			}
			nflags |= f
			continue
		}
		if tk.cap && i > 0 && string(low[tk.s:tk.e]) != "i" {
			caps++
		}
		if tk.allCaps {
			allCaps = true
		}
	}
	if nums > 0 {
		add(fNum)
	}
	if nums > 1 {
		add(fNum2)
	}
	for _, p := range [...]struct {
		flag uint8
		f    int
	}{{nYear, fYear}, {nPercent, fPercent}, {nMoney, fMoney}, {nBig, fBig}, {nDecimal, fDecimal}} {
		if nflags&p.flag != 0 {
			add(p.f)
		}
	}
	if l.cNumberWord >= 0 && s.counts[l.cNumberWord] > 0 {
		add(fNumWord)
	}
	switch n := len(toks); {
	case n < 6:
		add(fLen0)
	case n < 12:
		add(fLen1)
	case n < 20:
		add(fLen2)
	case n < 35:
		add(fLen3)
	default:
		add(fLen4)
	}
	switch {
	case caps == 1:
		add(fCaps1)
	case caps == 2:
		add(fCaps2)
	case caps > 2:
		add(fCaps3)
	}
	if allCaps {
		add(fAllCaps)
	}
	for _, p := range [...]struct {
		flag uint16
		f    int
	}{{tQuestion, fQMark}, {tQEnd, fQEnd}, {tExcl, fExcl}, {tQuote, fQuote}, {tColon, fColon},
		{tParen, fParen}, {tDash, fDash}, {tEllipsis, fEllipsis}, {tEmoji, fEmoji}, {tURL, fURL},
		{tHashtag, fHashtag}, {tMention, fMention}} {
		if s.t.shape&p.flag != 0 {
			add(p.f)
		}
	}

	// Classes.
	for c, n := range s.counts {
		if n > 0 {
			add(l.kOff + c)
		}
		if n > 1 {
			add(l.k2Off + c)
		}
	}
	if len(toks) > 0 {
		cls := toks[0].cls
		for c := range l.cs.names {
			if cls&(1<<uint(c)) != 0 {
				add(l.k0Off + c)
			}
		}
	}

	// Status: the caller's, else a guess from cue words.
	st := statusIndex(c.Status)
	if st < 0 {
		st = l.status(s)
	}
	add(l.sOff + st)

	// A few conjunctions a linear model cannot make itself.
	cnt := func(c int) int {
		if c < 0 {
			return 0
		}
		return s.counts[c]
	}
	if nums > 0 && st == 0 {
		add(fNumAsserted)
	}
	if nums > 0 && cnt(l.cThird) > 0 {
		add(fNum3rd)
	}
	if caps > 0 && cnt(l.cPast) > 0 {
		add(fCapsPast)
	}
	if cnt(l.cFirstSing) > 0 && cnt(l.cOpinion) > 0 {
		add(f1sgOpinion)
	}
	if nums > 0 && cnt(l.cFirstSing) > 0 {
		add(fNum1sg)
	}

	if ngrams {
		l.ngrams(s)
		if l.nEmb > 0 {
			if cap(s.emb) < l.nEmb {
				s.emb = make([]float32, l.nEmb)
			}
			s.emb = s.emb[:l.nEmb]
			l.vec.pool(s, l.grams.emb, l.grams.embScale, s.emb)
			for k, x := range s.emb {
				if x != 0 {
					s.feats = append(s.feats, feat{idx: int32(l.embOff + k), val: x, kind: fkEmb, a: -1, b: -1})
				}
			}
		}
	}
}

// isCapName tells a capitalised word that does not open the sentence (and
// is not "I"): most often a name.
func isCapName(low []byte, toks []tok, i int) bool {
	tk := toks[i]
	return i > 0 && tk.kind == kWord && tk.cap && string(low[tk.s:tk.e]) != "i"
}

// maxTokens bounds the tokens read from one claim (token indexes are int16).
const maxTokens = 1 << 14

// Hash namespaces.
const (
	nsUni  = 1
	nsBi   = 2
	nsChar = 3
	nsTri  = 4
	nsCap  = 5
)

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func hashBytes(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// tokenKey is what a token contributes to an n-gram: its lower-cased form,
// or a placeholder for a number.
func tokenKey(low []byte, tk tok) []byte {
	if tk.kind == kNum {
		switch {
		case tk.num&nYear != 0:
			return yearKey
		case tk.num&nPercent != 0:
			return pctKey
		case tk.num&nMoney != 0:
			return moneyKey
		}
		return numKey
	}
	return low[tk.s:tk.e]
}

var (
	yearKey  = []byte("<year>")
	pctKey   = []byte("<pct>")
	moneyKey = []byte("<money>")
	numKey   = []byte("<num>")
	capKey   = []byte("<name>")
	bosKey   = []byte("<s>")
	eosKey   = []byte("</s>")
)

func (l *layout) ngrams(s *scratch) {
	toks := s.t.toks
	low := s.t.low
	mask := uint32(1)<<l.bits - 1
	base := int32(l.neutral)
	n := len(toks)
	if n == 0 {
		return
	}
	vu := float32(1 / math.Sqrt(float64(n)))
	vb := float32(1 / math.Sqrt(float64(n+1)))
	for i := 0; i <= n; i++ {
		var cur []byte
		if i < n {
			cur = tokenKey(low, toks[i])
			h := hashBytes(hashByte(fnvOffset, nsUni), cur)
			s.feats = append(s.feats, feat{idx: base + int32(h&mask), val: vu, kind: fkUni, a: int16(i), b: -1})
		} else {
			cur = eosKey
		}
		prev := bosKey
		if i > 0 {
			prev = tokenKey(low, toks[i-1])
		}
		h := hashBytes(hashByte(hashBytes(hashByte(fnvOffset, nsBi), prev), 0), cur)
		s.feats = append(s.feats, feat{idx: base + int32(h&mask), val: vb, kind: fkBi, a: int16(i - 1), b: int16(i)})
	}
	if l.grams.tri {
		key := func(i int) []byte {
			switch {
			case i < 0:
				return bosKey
			case i >= n:
				return eosKey
			}
			return tokenKey(low, toks[i])
		}
		v := float32(1 / math.Sqrt(float64(n)))
		for i := 1; i <= n; i++ {
			h := hashByte(fnvOffset, nsTri)
			for k := i - 2; k <= i; k++ {
				h = hashByte(hashBytes(h, key(k)), 0)
			}
			s.feats = append(s.feats, feat{idx: base + int32(h&mask), val: v, kind: fkBi, a: int16(i - 2), b: int16(i)})
		}
	}
	if l.grams.caps {
		// Bigrams touching a name, the name folded: "(name) voted",
		// "senator (name)".
		key := func(i int) ([]byte, bool) {
			switch {
			case i < 0:
				return bosKey, false
			case i >= n:
				return eosKey, false
			case isCapName(low, toks, i):
				return capKey, true
			}
			return tokenKey(low, toks[i]), false
		}
		start := len(s.feats)
		for i := 0; i <= n; i++ {
			a, ca := key(i - 1)
			b, cb := key(i)
			if !ca && !cb {
				continue
			}
			h := hashBytes(hashByte(hashBytes(hashByte(fnvOffset, nsCap), a), 0), b)
			s.feats = append(s.feats, feat{idx: base + int32(h&mask), kind: fkCap, a: int16(i - 1), b: int16(i)})
		}
		if nc := len(s.feats) - start; nc > 0 {
			v := float32(1 / math.Sqrt(float64(nc)))
			for k := start; k < len(s.feats); k++ {
				s.feats[k].val = v
			}
		}
	}
	if !l.grams.chars {
		return
	}
	start := len(s.feats)
	for i := 0; i < n; i++ {
		tk := toks[i]
		if tk.kind != kWord {
			continue
		}
		w := low[tk.s:tk.e]
		// The word padded with a space each side, cut in 3- to 5-grams.
		m := len(w) + 2
		at := func(k int) byte {
			if k == 0 || k == m-1 {
				return ' '
			}
			return w[k-1]
		}
		for g := 3; g <= 5; g++ {
			for k := 0; k+g <= m; k++ {
				h := hashByte(fnvOffset, nsChar)
				for q := k; q < k+g; q++ {
					h = hashByte(h, at(q))
				}
				s.feats = append(s.feats, feat{idx: base + int32(h&mask), kind: fkChar, a: int16(i), b: -1})
			}
		}
	}
	if nc := len(s.feats) - start; nc > 0 {
		v := float32(1 / math.Sqrt(float64(nc)))
		for k := start; k < len(s.feats); k++ {
			s.feats[k].val = v
		}
	}
}
