package claims

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// Detect gives each sentence one claim with a status, its cues, its source
// and a check-worthiness score. lang selects the lexicon; a language without
// one gets only the language-independent signals (question marks, numbers).
func (a *Analyzer) Detect(t *loupe.Text, sentences []loupe.Span, lang string) []loupe.Claim {
	c := a.langs[lang]
	out := make([]loupe.Claim, 0, len(sentences))
	quoteOpen := false
	for i, sp := range sentences {
		cl := a.claim(t, sp, c, lang, quoteOpen)
		quoteOpen = quoteState(t.Slice(sp), quoteOpen)
		cl.ID = fmt.Sprintf("c%d", i+1)
		cl.Sentence = i
		out = append(out, cl)
	}
	return out
}

// quoteState follows an open quotation across sentences: « … . … » or “ … ”.
func quoteState(s string, open bool) bool {
	for _, r := range s {
		switch r {
		case '«', '“':
			open = true
		case '»', '”':
			open = false
		}
	}
	return open
}

type found struct {
	cue  loupe.Cue
	kind string
}

func (a *Analyzer) claim(t *loupe.Text, sp loupe.Span, c *cues, lang string, inQuote bool) loupe.Claim {
	s := t.Slice(sp)
	sa, _ := t.Bytes(sp)
	toks := tokenize(s)
	cl := loupe.Claim{Span: sp, Status: loupe.Asserted, Cues: []loupe.Cue{}, Entities: []string{}, Quantities: []string{}}
	var why []string
	add := func(sec string, m match, kind string) {
		a0, b0 := toks[m.i].a, toks[m.j-1].b
		cl.Cues = append(cl.Cues, loupe.Cue{Span: t.Span(sa+a0, sa+b0), Kind: kind})
		why = append(why, fmt.Sprintf("%s %q", kind, s[a0:b0]))
	}
	has := map[string][]match{}
	if c != nil {
		has = c.findAll(toks)
	}
	// French conditional by its ending (-rait, -raient): the journalistic
	// conditional when nothing marks a hypothesis.
	var conds []match
	if lang == "fr" && c != nil {
		stop := map[int]bool{}
		for _, m := range has["cond_stop"] {
			stop[m.i] = true
		}
		for i, tk := range toks {
			if stop[i] || utf8.RuneCountInString(tk.w) < 5 {
				continue
			}
			if strings.HasSuffix(tk.w, "rait") || strings.HasSuffix(tk.w, "raient") {
				conds = append(conds, match{sec: "conditional", i: i, j: i + 1})
			}
		}
	}
	question := endsWithQuestion(s)
	status := loupe.Asserted
	set := func(st string) {
		if loupe.Precedence(st) < loupe.Precedence(status) {
			status = st
		}
	}
	if question {
		set(loupe.Question)
		cl.Cues = append(cl.Cues, loupe.Cue{Span: loupe.Span{Start: sp.End - 1, End: sp.End}, Kind: loupe.CueQuestion})
		why = append(why, "ends with a question mark")
	}
	hypothesis := len(has["condition"]) > 0 || len(has["modal"]) > 0
	for _, m := range has["source_intro"] {
		add("source_intro", m, loupe.CueAttribution)
		set(loupe.Reported)
	}
	for _, m := range has["attribution"] {
		add("attribution", m, loupe.CueAttribution)
		set(loupe.Reported)
	}
	modal := map[int]bool{}
	for _, m := range has["modal"] {
		modal[m.i] = true
	}
	for _, m := range conds {
		if modal[m.i] {
			continue // "pourrait" is a modal cue
		}
		if hypothesis {
			add("conditional", m, loupe.CueConditional)
			set(loupe.Speculative)
		} else {
			add("conditional", m, loupe.CueConditional)
			set(loupe.Reported)
		}
	}
	if inQuote {
		set(loupe.Reported)
		why = append(why, "inside a quotation opened earlier")
	}
	for _, m := range has["modal"] {
		add("modal", m, loupe.CueModal)
		set(loupe.Speculative)
	}
	for _, m := range has["condition"] {
		if m.i == 0 || hypothesis {
			add("condition", m, loupe.CueCondition)
		}
	}
	for _, m := range has["hedge"] {
		add("hedge", m, loupe.CueHedge)
		set(loupe.Hedged)
	}
	for _, m := range has["opinion"] {
		add("opinion", m, loupe.CueOpinion)
		set(loupe.Opinion)
	}
	for _, m := range has["booster"] {
		add("booster", m, loupe.CueBooster)
	}
	for _, m := range has["negation"] {
		add("negation", m, loupe.CueNegation)
	}
	cl.Status = status
	if status == loupe.Reported {
		cl.Source = a.source(t, sp, s, toks, c, has)
	}
	cl.CheckworthyScore, why = checkworthiness(s, toks, status, len(has["first_person"]) > 0, why)
	cl.Checkworthy = cl.CheckworthyScore >= 0.5
	cl.Why = strings.Join(why, "; ")
	return cl
}

// endsWithQuestion is true when the sentence's last end mark is a question
// mark that a closing quotation does not wrap: «Pourquoi ?» dit-il. is not a
// question, « antivax »? is.
func endsWithQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == '!' || r == '…' })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '?' || r == '？' || r == '؟'
}

// source finds whose word a reported claim rests on.
func (a *Analyzer) source(t *loupe.Text, sp loupe.Span, s string, toks []token, c *cues, has map[string][]match) *loupe.Source {
	sa, _ := t.Bytes(sp)
	mk := func(i, j int) *loupe.Source {
		if i >= j {
			return &loupe.Source{Kind: loupe.SourceUnnamed}
		}
		span := t.Span(sa+toks[i].a, sa+toks[j-1].b)
		kind := loupe.SourceNamed
		if c != nil {
			if vague := c.find("vague", toks[i:j]); len(vague) > 0 && vague[0].i == 0 {
				kind = loupe.SourceVague
			}
		}
		return &loupe.Source{Span: &span, Kind: kind}
	}
	// "selon X", "according to X": X runs to the next comma or six words.
	for _, m := range has["source_intro"] {
		j := m.j
		for j < len(toks) && j-m.j < 6 && !strings.ContainsAny(s[toks[j-1].b:toks[j].a], ",;:") {
			j++
		}
		return mk(m.j, j)
	}
	// "X a déclaré que", "X said": X is the words before the verb, back to a
	// comma or the sentence start.
	for _, m := range has["attribution"] {
		// "« … », a déclaré Mme Fabre": the source follows the verb.
		if m.i == 0 || strings.ContainsAny(s[toks[m.i-1].b:toks[m.i].a], "»”\"") {
			j := m.j
			for j < len(toks) && j-m.j < 6 && !strings.ContainsAny(s[toks[j-1].b:toks[j].a], ",;:.") {
				j++
			}
			if j > m.j && (m.i > 0 || toks[m.j].cap) {
				return mk(m.j, j)
			}
			continue
		}
		i := m.i
		for i > 0 && m.i-i < 8 && !strings.ContainsAny(s[toks[i-1].b:toks[i].a], ",;:«»\"“”") {
			i--
		}
		if i < m.i {
			// "il a été rapporté" has no source
			if c != nil && len(c.find("pronoun", toks[i:m.i])) == m.i-i && toks[i].w == "il" && strings.Contains(toks[m.i].w+" "+toks[min(m.i+1, len(toks)-1)].w, "été") {
				return &loupe.Source{Kind: loupe.SourceUnnamed}
			}
			return mk(i, m.i)
		}
	}
	return &loupe.Source{Kind: loupe.SourceUnnamed}
}

// checkworthiness scores how much a fact-checker would want the claim checked.
// First pass: a hand-set logistic over a few signals (numbers, names, length,
// status, first person); the claims issue replaces it with a learned model.
func checkworthiness(s string, toks []token, status string, firstPerson bool, why []string) (float64, []string) {
	x := -0.4
	var reasons []string
	digits := strings.IndexAny(s, "0123456789") >= 0
	if digits {
		x += 1.2
		reasons = append(reasons, "a number")
	}
	names := 0
	for i, tk := range toks {
		if i > 0 && tk.cap {
			names++
		}
	}
	if names > 0 {
		x += 0.9
		reasons = append(reasons, "a proper name")
	}
	if len(toks) >= 8 {
		x += 0.5
	}
	if len(toks) < 5 {
		x -= 1.5
	}
	switch status {
	case loupe.Question:
		x -= 3
	case loupe.Opinion:
		x -= 2
	case loupe.Speculative:
		x -= 1.5
	case loupe.Reported:
		x += 0.3
	}
	if firstPerson {
		x -= 1
		reasons = append(reasons, "first person (personal experience)")
	}
	p := sigmoid(x)
	if len(reasons) > 0 {
		why = append(why, "check-worthiness from "+strings.Join(reasons, ", "))
	}
	return float64(int(p*1000+0.5)) / 1000, why
}
