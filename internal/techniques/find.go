package techniques

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// found is a technique before it becomes a loupe.Technique; key groups the
// occurrences of one word for Repetition ("" when it does not count).
type found struct {
	a, b  int // byte range
	tech  string
	score float64
	why   string
	key   string
}

// sentence is what the rules know of one sentence.
type sentence struct {
	a, b     int // byte range
	toks     []token
	claims   []loupe.Claim // the claims inside it
	question bool
}

// Find lists the techniques of an article, sorted by start. Spans lie inside
// the sentences; a language without a data file gets only the
// language-independent mechanisms (scare quotes, slogans by their shape).
func (f *Finder) Find(in Input) []loupe.Technique {
	if in.Text == nil {
		return nil
	}
	lg := f.langs[in.Lang]
	if lg == nil {
		lg = &lang{first: map[string][]*phrase{}, first2: map[[2]string][]*phrase{}, stems: map[string][]*phrase{}, helpers: map[string]map[string]bool{}, helperP: map[string][]*phrase{}}
	}
	text := in.Text.String()
	var out []found
	var toks []token
	var ms []match
	ci := 0
	for _, sp := range in.Sentences {
		if !in.Text.Valid(sp) || sp.Len() == 0 {
			continue
		}
		a, b := in.Text.Bytes(sp)
		s := &sentence{a: a, b: b}
		for ci < len(in.Claims) && in.Claims[ci].End <= sp.Start {
			ci++
		}
		for k := ci; k < len(in.Claims) && in.Claims[k].Start < sp.End; k++ {
			s.claims = append(s.claims, in.Claims[k])
		}
		toks = tokenize(text, a, b, toks[:0], in.Lang == "fr")
		s.toks = toks
		s.question = endsWithQuestion(text[a:b])
		for _, c := range s.claims {
			if c.Status == loupe.Question {
				s.question = true
			}
		}
		ms = lg.findPhrases(toks, ms[:0])
		out = f.phrases(out, in, lg, s, ms)
		out = scareQuotes(out, in, lg, s)
		out = slogans(out, lg, s, text)
	}
	out = repetition(out, text)
	return finish(out, in.Text)
}

func endsWithQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("»”\"’')", r)
	})
	return strings.HasSuffix(s, "?")
}

// status is the status of the claim that holds byte offset x.
func (s *sentence) status(in Input, x int) string {
	cp := in.Text.Span(x, x).Start
	for _, c := range s.claims {
		if c.Start <= cp && cp < c.End {
			return c.Status
		}
	}
	return ""
}

// nearAttribution reports whether a claims-stage attribution cue lies within
// dist code points of the byte range [a, b).
func (s *sentence) nearAttribution(in Input, a, b, dist int) bool {
	sp := in.Text.Span(a, b)
	for _, c := range s.claims {
		for _, cue := range c.Cues {
			if cue.Kind == loupe.CueAttribution && cue.End > sp.Start-dist && cue.Start < sp.End+dist {
				return true
			}
		}
	}
	return false
}

// entityAt is the type of the entity with a mention over byte offset x, or "".
func entityAt(in Input, x int) string {
	cp := in.Text.Span(x, x).Start
	for _, e := range in.Entities {
		for _, m := range e.Mentions {
			if m.Start <= cp && cp < m.End {
				return e.Type
			}
		}
	}
	return ""
}

// quote is a phrase's words as written, for a why.
func quote(text string, toks []token, i, j int) string {
	return "«" + text[toks[i].a:toks[j-1].b] + "»"
}

// phrases applies each matched phrase's mechanism.
func (f *Finder) phrases(out []found, in Input, lg *lang, s *sentence, ms []match) []found {
	text := in.Text.String()
	toks := s.toks
	// Masks: a technique's "not" phrases cancel its other phrases they
	// overlap. notAt lists, per token, the techniques masked there, so
	// that a long sentence costs its length, not its length squared.
	var notAt [][]string
	for _, o := range ms {
		if o.p.mech != mechNot {
			continue
		}
		if notAt == nil {
			notAt = make([][]string, len(toks))
		}
		for k := o.i; k < o.j && k < len(toks); k++ {
			notAt[k] = append(notAt[k], o.p.technique)
		}
	}
	masked := func(m match) bool {
		if notAt == nil {
			return false
		}
		for k := m.i; k < m.j && k < len(notAt); k++ {
			for _, t := range notAt[k] {
				if t == m.p.technique {
					return true
				}
			}
		}
		return false
	}
	src := func(p *phrase) string {
		return fmt.Sprintf("lang/%s.txt [%s]", in.Lang, lg.secs[p.sec])
	}
	for _, m := range ms {
		p := m.p
		if p.mech == mechNot || masked(m) {
			continue
		}
		a, b := toks[m.i].a, toks[m.j-1].b
		words := quote(text, toks, m.i, m.j)
		fd := found{a: a, b: b, tech: p.technique, score: 0.6}
		switch p.mech {
		case mechPlain:
			fd.why = fmt.Sprintf("%s: %s is in %s", p.technique, words, src(p))
			switch p.technique {
			case "Loaded_Language", "Name_Calling-Labeling":
				fd.key = strings.ToLower(text[a:b])
				fd.score = 0.65
			case "Slogans", "Conversation_Killer", "Guilt_by_Association":
				fd.score = 0.7
			}
		case mechQuestion:
			if !s.question {
				continue
			}
			b = trimEnd(text, a, s.b)
			fd.b, fd.score = b, 0.75
			fd.why = fmt.Sprintf("%s: a question built on %s (%s) casts doubt rather than asks", p.technique, words, src(p))
		case mechName:
			k, e := m.j, m.j
			for k < len(toks) && k < m.j+6 {
				t := &toks[k]
				typ := entityAt(in, t.a)
				person := typ == "PER" || typ == "ORG" || typ == "" && (t.title || t.caps) && !t.start
				if person {
					e = k + 1
				} else if k == m.j || e == m.j || !(t.w == "et" || t.w == "and" || t.w == "&" || t.w == "de" || t.w == "von" || t.w == "van") {
					break
				}
				k++
			}
			if e == m.j {
				continue
			}
			fd.b, fd.score = toks[e-1].b, 0.7
			fd.why = fmt.Sprintf("%s: %s (%s) ties the subject to %s", p.technique, words, src(p), quote(text, toks, m.j, e))
		case mechDeterminer:
			det := ""
			switch {
			case m.i > 0 && lg.helperAt(secDeterminer, toks, m.i-1) == m.i:
				det = toks[m.i-1].w
			case m.i > 1 && lg.helperAt(secDeterminer, toks, m.i-2) == m.i-1 && !toks[m.i-1].title:
				det = toks[m.i-2].w + " " + toks[m.i-1].w
			}
			op := s.status(in, a) == loupe.Opinion
			if det == "" && !op {
				continue
			}
			fd.key, fd.score = strings.ToLower(text[a:b]), 0.65
			if det != "" {
				fd.a = toks[m.i-len(strings.Fields(det))].a
				fd.why = fmt.Sprintf("%s: %s, a label for people (%s), applied with «%s»", p.technique, words, src(p), text[fd.a:a-1])
			} else {
				fd.why = fmt.Sprintf("%s: %s, a label for people (%s), in an opinion claim", p.technique, words, src(p))
			}
			if op {
				fd.score += 0.1
			}
		case mechState:
			subj := -1
			for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
				typ := entityAt(in, toks[k].a)
				if typ == "LOC" || typ == "ORG" || typ == "" && len(in.Entities) == 0 && (toks[k].title || toks[k].caps) && !toks[k].start {
					subj = k
					break
				}
			}
			if subj < 0 {
				continue
			}
			fd.why = fmt.Sprintf("%s: %s (%s) said of a state or organisation, %s", p.technique, words, src(p), quote(text, toks, subj, subj+1))
		case mechCategorical:
			cause := -1
			for k := m.j; k < len(toks); k++ {
				if lg.helperAt(secCause, toks, k) > k {
					cause = k
					break
				}
			}
			if cause < 0 {
				continue
			}
			switch s.status(in, a) {
			case loupe.Reported, loupe.Question, loupe.Hedged:
				continue // someone else's, or the author's own doubt
			}
			fd.b, fd.score = trimEnd(text, a, s.b), 0.55
			fd.why = fmt.Sprintf("%s: a categorical outcome, %s (%s), put down to one cause with «%s»", p.technique, words, src(p), toks[cause].w)
		case mechIntensifier:
			e := -1
			for _, o := range ms {
				if o.i == m.j && o.p.technique == "Loaded_Language" && o.p.mech == mechPlain && !masked(o) {
					e = max(e, o.j)
				}
			}
			if e < 0 {
				continue
			}
			fd.b = toks[e-1].b
			fd.why = fmt.Sprintf("%s: the intensifier %s (%s) before the loaded %s", p.technique, words, src(p), quote(text, toks, m.j, e))
		case mechStart:
			k := 0
			for k < m.i && lg.helperAt(secOpening, toks, k) == k+1 {
				k++
			}
			if k != m.i {
				continue
			}
			fd.b, fd.score = trimEnd(text, a, s.b), 0.65
			fd.why = fmt.Sprintf("%s: the sentence opens with %s (%s)", p.technique, words, src(p))
		}
		out = append(out, fd)
	}
	return out
}

// trimEnd is b moved back over white space, but not before a.
func trimEnd(text string, a, b int) int {
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return b
}

// closer is the closing mark of an opening quotation mark, or 0.
func closer(r rune) rune {
	switch r {
	case '«':
		return '»'
	case '“':
		return '”'
	case '"':
		return '"'
	case '‘':
		return '’'
	}
	return 0
}

// scareQuotes finds a word or two in quotation marks used ironically (the
// « démocratie » they defend): 1–3 lower-case words, no digits nor
// punctuation, with no naming word ("surnommé", "called") right before and
// no attribution near, so that real quotations and titles stay out.
func scareQuotes(out []found, in Input, lg *lang, s *sentence) []found {
	text := in.Text.String()
	seg := text[s.a:s.b]
	for i := 0; i < len(seg); {
		c := seg[i]
		if c != '"' && c != 0xC2 && c != 0xE2 { // not the first byte of a quotation mark
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(seg[i:])
		closer := closer(r)
		if closer == 0 {
			i += n
			continue
		}
		j := strings.IndexRune(seg[i+n:], closer)
		if j < 0 {
			break
		}
		qa, qb := s.a+i, s.a+i+n+j+utf8.RuneLen(closer) // the quotation with its marks
		inner := strings.TrimSpace(strings.Trim(seg[i+n:i+n+j], "\u00a0\u202f "))
		i += n + j + utf8.RuneLen(closer)
		if inner == "" || strings.IndexFunc(inner, func(r rune) bool {
			return unicode.IsDigit(r) || unicode.IsUpper(r) || unicode.IsPunct(r) && r != '-' && r != '\'' && r != '’'
		}) >= 0 {
			continue
		}
		nw := len(strings.Fields(inner))
		if nw > 3 {
			continue
		}
		// The words before the quotation: a naming word or an attribution?
		k := 0
		for k < len(s.toks) && s.toks[k].b <= qa {
			k++
		}
		if lg.helperEndingAt(secNaming, s.toks, k) || k > 1 && lg.helperEndingAt(secNaming, s.toks, k-1) ||
			lg.helperEndingAt(secAttrib, s.toks, k) || s.nearAttribution(in, qa, qb, 25) {
			continue
		}
		if k > 0 && (s.toks[k-1].w == "soi-disant" || s.toks[k-1].w == "so-called") {
			continue // Doubt says it
		}
		fa := qa
		if k > 0 && s.toks[k-1].b >= qa-2 && len(s.toks[k-1].w) > 3 && lg.helperAt(secDeterminer, s.toks, k-1) < 0 {
			fa = s.toks[k-1].a // the noun the quoted adjective qualifies: sanctions « occidentales »
		}
		out = append(out, found{a: fa, b: qb, tech: "Loaded_Language", score: 0.6,
			key: strings.ToLower(inner),
			why: fmt.Sprintf("Loaded_Language: scare quotes around «%s» (%d word(s) in quotation marks, no attribution nor naming word near: irony, not a quotation)", inner, nw)})
	}
	return out
}

// slogans finds slogans by their shape: a short exclamation (2–6 words
// ending in one "!", not reported nor an evaluative "c'est …!"), a run of
// three or more words in capitals closed by "!", or a hashtag of three or
// more joined capitalised words (#StopTheSteal).
func slogans(out []found, lg *lang, s *sentence, text string) []found {
	toks := s.toks
	seg := strings.TrimSpace(text[s.a:s.b])
	reported := false
	for _, c := range s.claims {
		if c.Status == loupe.Reported {
			reported = true
		}
	}
	bare := strings.TrimRight(seg, "»”\" \u00a0\u202f")
	if n := len(toks); n >= 2 && n <= 6 && strings.HasSuffix(bare, "!") && !strings.HasSuffix(bare, "!!") &&
		!strings.ContainsAny(bare, "?…") && !strings.Contains(bare, "..") && !reported && lg.helperAt(secExclaim, toks, 0) < 0 {
		out = append(out, found{a: toks[0].a, b: trimEnd(text, toks[0].a, s.b), tech: "Slogans", score: 0.5,
			why: fmt.Sprintf("Slogans: a short exclamation of %d words, a formula to chant", n)})
	}
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].caps && strings.IndexFunc(toks[j].w, unicode.IsLetter) >= 0 {
			j++
		}
		if j-i >= 3 && strings.HasPrefix(strings.TrimLeft(text[toks[j-1].b:s.b], " \u00a0\u202f"), "!") {
			out = append(out, found{a: toks[i].a, b: toks[j-1].b, tech: "Slogans", score: 0.55,
				why: fmt.Sprintf("Slogans: %d words in capitals closed by \"!\", %s", j-i, quote(text, toks, i, j))})
		}
		i = max(j, i+1)
	}
	for _, t := range toks {
		if t.a == 0 || text[t.a-1] != '#' {
			continue
		}
		raw := text[t.a:t.b]
		caps := 0
		for _, r := range raw {
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if caps >= 3 && !t.caps {
			out = append(out, found{a: t.a - 1, b: t.b, tech: "Slogans", score: 0.55,
				why: fmt.Sprintf("Slogans: the hashtag #%s joins %d words into a formula", raw, caps)})
		}
	}
	return out
}

// repetition marks every occurrence of a loaded word, label or scare-quoted
// word used three times or more in the article.
func repetition(out []found, text string) []found {
	count := map[string]int{}
	seen := map[[2]int]bool{}
	for _, fd := range out {
		if fd.key != "" && !seen[[2]int{fd.a, fd.b}] {
			seen[[2]int{fd.a, fd.b}] = true
			count[fd.key]++
		}
	}
	for _, fd := range out[:len(out):len(out)] {
		if c := count[fd.key]; fd.key != "" && c >= 3 {
			out = append(out, found{a: fd.a, b: fd.b, tech: "Repetition", score: 0.55,
				why: fmt.Sprintf("Repetition: «%s» is used %d times in the article", fd.key, c)})
		}
	}
	return out
}

// finish drops duplicates, a technique inside a longer span of the same
// technique, and a loaded word that is also a label, then converts to code
// points, sorted by start.
func finish(out []found, t *loupe.Text) []loupe.Technique {
	slices.SortStableFunc(out, func(x, y found) int {
		return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(y.b, x.b), strings.Compare(x.tech, y.tech), cmp.Compare(y.score, x.score))
	})
	// Name-calling spans by start, with the furthest end reached so far,
	// to drop loaded language inside one (binary search, not a scan: a
	// long text can hold thousands of spans).
	type reach struct{ a, maxB int }
	var calls []reach
	for _, o := range out {
		if o.tech == "Name_Calling-Labeling" {
			m := o.b
			if n := len(calls); n > 0 && calls[n-1].maxB > m {
				m = calls[n-1].maxB
			}
			calls = append(calls, reach{o.a, m})
		}
	}
	// The furthest end of the spans of each technique seen so far: in
	// this order, an earlier span of the same technique that reaches as
	// far contains this one (or is the same span).
	maxEnd := map[string]int{}
	res := make([]loupe.Technique, 0, len(out))
	for _, fd := range out {
		drop := false
		if e, ok := maxEnd[fd.tech]; ok && e >= fd.b {
			drop = true
		}
		maxEnd[fd.tech] = max(maxEnd[fd.tech], fd.b)
		if !drop && fd.tech == "Loaded_Language" {
			k, _ := slices.BinarySearchFunc(calls, fd.a+1, func(r reach, a int) int { return cmp.Compare(r.a, a) })
			drop = k > 0 && calls[k-1].maxB >= fd.b
		}
		if drop {
			continue
		}
		res = append(res, loupe.Technique{Span: t.Span(fd.a, fd.b), Technique: fd.tech, Score: fd.score, Why: fd.why})
	}
	return res
}
