package genre

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// Labels.
const (
	Opinion   = "opinion"
	Reporting = "reporting"
	Satire    = "satire"
)

// Input is what the dossier already knows of an article.
type Input struct {
	Text      *loupe.Text
	Sentences []loupe.Span
	Claims    []loupe.Claim
	Lang      string
	Title     string // when it is not the text's first line
	URL       string
}

// FromDossier gathers the Input from a dossier's text, sentences, claims and
// meta.
func FromDossier(d *loupe.Dossier) Input {
	return Input{Text: loupe.NewText(d.Text), Sentences: d.Sentences, Claims: d.Claims,
		Lang: d.Meta.Lang, Title: d.Meta.Title, URL: d.Meta.URL}
}

// Features are the measures the label rests on, each in the author's own
// voice unless said otherwise (words inside quotations and interview answers
// are the quoted people's, not the author's).
type Features struct {
	Words, OwnWords int
	Sentences       int
	Claims          int
	FirstPerson     float64 // first-person words per 100 own words
	Evaluative      float64 // evaluative words per 100 own words
	Opinion         float64 // share of claims with status opinion, outside quotations
	Hedged          float64 // share of claims hedged, outside quotations
	Speculative     float64 // share of claims speculative (hypothesis, prediction), outside quotations
	Questions       float64 // share of claims that are the author's questions (rhetorical)
	Reported        float64 // share of claims reported (on another's word)
	Attributions    float64 // attribution cues per sentence
	QuoteShare      float64 // share of the text's characters in quotations and interview answers
	Quotations      int     // quotations of 4 words or more
	ScareQuotes     float64 // quotations of 1–3 words per sentence ("the « democracy » they defend")
	Boosters        float64 // booster cues ("bien sûr", "clearly") outside quotations per sentence
	Exclamations    float64 // '!' outside quotations per sentence
	OpinionURL      bool    // the URL's path names an opinion section
	OpinionLabel    bool    // the headline opens on an opinion label ("Editorial:", « Tribune : »)
	Satire          float64 // sum of the weights of the satire cues found
	SatireCues      []string
	Interview       bool // question and answer lines
}

// Weights of the logistic model of P(opinion | not satire): z = Bias + Σ
// weight × feature, each feature on the scale of Features. Set by hand (see
// doc.go), then checked on the development half of the project corpus.
var weights = struct {
	Bias, FirstPerson, Evaluative, Opinion, Hedged, Speculative, Questions, Reported,
	Attributions, QuoteShare, Exclamations, Boosters, OpinionURL, OpinionLabel float64
}{
	Bias:         -1.5,
	FirstPerson:  0.6,  // per 100 words: 2.5 first-person words per 100 → +1.5
	Evaluative:   0.6,  // per 100 words: 2.5 → +1.5
	Opinion:      5.0,  // a quarter of the claims opinion → +1.25
	Hedged:       2.0,  // a quarter hedged → +0.5
	Speculative:  2.0,  // a quarter speculative → +0.5
	Questions:    8.0,  // one claim in ten a rhetorical question → +0.8
	Reported:     -3.0, // half the claims reported → -1.5
	Attributions: -1.0, // one attribution a sentence → -1
	QuoteShare:   -3.0, // a third of the text quoted → -1
	Exclamations: 1.5,  // one '!' a sentence → +1.5
	Boosters:     3.0,  // one booster in ten sentences → +0.3
	OpinionURL:   3.0,
	OpinionLabel: 3.0, // as strong as the URL's section: the publisher's own label
}

// SatireMin is the weight of satire cues from which a text is satire.
const SatireMin = 2.0

var defaultData = sync.OnceValues(load)

// Classify labels the article opinion, reporting or satire, with a score in
// [0, 1] (how sure the label is) and the reasons with their numbers. It
// returns nil when the text is empty.
func Classify(in Input) *loupe.Genre {
	d, err := defaultData()
	if err != nil || in.Text == nil || in.Text.Len() == 0 {
		return nil
	}
	f := measure(d, in)
	return decide(f)
}

// Measure returns the features Classify rests on.
func Measure(in Input) (Features, error) {
	d, err := defaultData()
	if err != nil {
		return Features{}, err
	}
	if in.Text == nil {
		return Features{}, nil
	}
	return measure(d, in), nil
}

func decide(f Features) *loupe.Genre {
	w := weights
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	type term struct {
		name string
		v, w float64
		fmt  string
	}
	terms := []term{
		{"first person", f.FirstPerson, w.FirstPerson, "%.1f/100 words"},
		{"evaluative words", f.Evaluative, w.Evaluative, "%.1f/100 words"},
		{"opinion claims", f.Opinion, w.Opinion, "%.0f%%"},
		{"hedged claims", f.Hedged, w.Hedged, "%.0f%%"},
		{"speculative claims", f.Speculative, w.Speculative, "%.0f%%"},
		{"rhetorical questions", f.Questions, w.Questions, "%.0f%% of claims"},
		{"reported claims", f.Reported, w.Reported, "%.0f%%"},
		{"attributions", f.Attributions, w.Attributions, "%.2f/sentence"},
		{"quoted text", f.QuoteShare, w.QuoteShare, "%.0f%%"},
		{"exclamations", f.Exclamations, w.Exclamations, "%.2f/sentence"},
		{"boosters", f.Boosters, w.Boosters, "%.2f/sentence"},
		{"opinion section in URL", b2f(f.OpinionURL), w.OpinionURL, ""},
		{"opinion label in the headline", b2f(f.OpinionLabel), w.OpinionLabel, ""},
	}
	z := w.Bias
	for _, t := range terms {
		z += t.v * t.w
	}
	p := 1 / (1 + math.Exp(-z))

	g := &loupe.Genre{}
	var why []string
	if f.Satire >= SatireMin {
		g.Label = Satire
		g.Score = round(f.Satire / (f.Satire + 1))
		why = append(why, fmt.Sprintf("satire cues %.1f >= %.0f: %s", f.Satire, SatireMin, strings.Join(f.SatireCues, ", ")))
	} else if p >= 0.5 {
		g.Label, g.Score = Opinion, round(p)
	} else {
		g.Label, g.Score = Reporting, round(1-p)
	}
	why = append(why, fmt.Sprintf("P(opinion)=%.2f", p))
	// Reasons, strongest contribution first.
	sort.SliceStable(terms, func(i, j int) bool { return math.Abs(terms[i].v*terms[i].w) > math.Abs(terms[j].v*terms[j].w) })
	for _, t := range terms {
		c := t.v * t.w
		if math.Abs(c) < 0.05 {
			continue
		}
		v := t.v
		if strings.Contains(t.fmt, "%%") {
			v *= 100
		}
		s := t.name
		if t.fmt != "" {
			s += " " + fmt.Sprintf(t.fmt, v)
		}
		why = append(why, fmt.Sprintf("%s (%+.2f)", s, c))
	}
	if f.Quotations > 0 {
		why = append(why, fmt.Sprintf("%d quotations", f.Quotations))
	}
	if f.Interview {
		why = append(why, "interview: answers read as quoted")
	}
	if f.Satire > 0 && g.Label != Satire {
		why = append(why, fmt.Sprintf("satire cues %.1f < %.0f: %s", f.Satire, SatireMin, strings.Join(f.SatireCues, ", ")))
	}
	g.Why = strings.Join(why, "; ")
	return g
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// region is a byte range of quoted speech.
type region struct{ a, b int }

func measure(d *data, in Input) Features {
	s := in.Text.String()
	lx := d.langs[baseLang(in.Lang)]
	var f Features
	f.Sentences = len(in.Sentences)
	f.Claims = len(in.Claims)

	quotes, nq := quotations(s, in.Text.Len())
	asked, answers := interview(s, d.common)
	f.Interview = len(answers) > 0
	voiced := mergeRegions(append(append([]region{}, quotes...), answers...))
	outside := mergeRegions(append(append([]region{}, voiced...), asked...))
	quotedBytes := 0
	for _, r := range voiced {
		quotedBytes += utf8.RuneCountInString(s[r.a:r.b])
	}
	if n := in.Text.Len(); n > 0 {
		f.QuoteShare = float64(quotedBytes) / float64(n)
	}

	ws := words(s)
	f.Words = len(ws)
	ri := 0
	inside := func(rs []region, ri *int, pos int) bool {
		for *ri < len(rs) && rs[*ri].b <= pos {
			*ri++
		}
		return *ri < len(rs) && rs[*ri].a <= pos
	}
	for i, w := range ws {
		if w.norm == "'" {
			continue
		}
		quoted := inside(voiced, &ri, w.start)
		if quoted || lx == nil {
			if !quoted {
				f.OwnWords++
			}
			continue
		}
		f.OwnWords++
		if lx.firstPerson[w.norm] {
			f.FirstPerson++
		} else if lx.firstPerson[w.norm+"'"] && i+1 < len(ws) && ws[i+1].norm == "'" && ws[i+1].start == w.end {
			f.FirstPerson++ // j'ai, m'a
		}
	}
	// Quotations of 4 words or more; shorter ones are scare quotes or terms.
	scare := 0
	for _, q := range nq {
		if n := wordsIn(ws, q.a, q.b); n >= 4 {
			f.Quotations++
		} else if n > 0 {
			scare++
		}
	}

	if lx != nil {
		ri = 0
		for i := 0; i < len(ws); i++ {
			if inside(voiced, &ri, ws[i].start) {
				continue
			}
			if p := lx.evaluative.at(ws, i); p != nil {
				f.Evaluative++
				i += len(p.words) - 1
			}
		}
		seen := map[string]bool{}
		scan := func(ws []word) {
			for i := 0; i < len(ws); i++ {
				if p := lx.satire.at(ws, i); p != nil {
					if !seen[p.text] {
						seen[p.text] = true
						f.Satire += p.weight
						f.SatireCues = append(f.SatireCues, fmt.Sprintf("%q", p.text))
					}
					i += len(p.words) - 1
				}
			}
		}
		scan(ws)
		if in.Title != "" && !strings.Contains(s, in.Title) {
			scan(words(in.Title))
		}
	}
	if e := echo(ws, in.Text, in.Sentences); e != "" {
		f.Satire++
		f.SatireCues = append(f.SatireCues, fmt.Sprintf("absurd repetition of %q in one sentence", e))
	}

	if f.OwnWords > 0 {
		f.FirstPerson = 100 * f.FirstPerson / float64(f.OwnWords)
		f.Evaluative = 100 * f.Evaluative / float64(f.OwnWords)
	}

	// Claims: statuses in the author's voice, attributions, questions.
	attrib, boost := 0, 0
	for _, c := range in.Claims {
		if !in.Text.Valid(c.Span) {
			continue
		}
		a, b := in.Text.Bytes(c.Span)
		own := !mostlyIn(outside, a, b)
		switch c.Status {
		case loupe.Opinion:
			if own {
				f.Opinion++
			}
		case loupe.Hedged:
			if own {
				f.Hedged++
			}
		case loupe.Speculative:
			if own {
				f.Speculative++
			}
		case loupe.Question:
			if own {
				f.Questions++
			}
		case loupe.Reported:
			f.Reported++
		}
		for _, cue := range c.Cues {
			switch cue.Kind {
			case loupe.CueAttribution:
				attrib++
			case loupe.CueBooster:
				if own {
					boost++
				}
			}
		}
	}
	if n := float64(len(in.Claims)); n > 0 {
		f.Opinion /= n
		f.Hedged /= n
		f.Speculative /= n
		f.Questions /= n
		f.Reported /= n
	}
	ex := 0
	ri = 0
	for i := 0; i < len(s); i++ {
		if s[i] == '!' && !inside(voiced, &ri, i) {
			ex++
		}
	}
	if f.Sentences > 0 {
		f.Attributions = float64(attrib) / float64(f.Sentences)
		f.Exclamations = float64(ex) / float64(f.Sentences)
		f.ScareQuotes = float64(scare) / float64(f.Sentences)
		f.Boosters = float64(boost) / float64(f.Sentences)
	}
	f.OpinionURL = opinionURL(in.URL, d.common.opinionPath)
	title := in.Title
	if title == "" {
		title, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	}
	f.OpinionLabel = opinionLabel(title, d.common.opinionLabel)
	return f
}

// opinionLabel reports whether a headline opens on one of labels and a
// colon ("Editorial: …", « Tribune : … », "Op-Ed | …" is not one).
func opinionLabel(title string, labels map[string]bool) bool {
	head, _, ok := strings.Cut(title, ":")
	if !ok || len(head) > 40 {
		return false
	}
	return labels[strings.ToLower(strings.TrimSpace(head))]
}

func baseLang(l string) string {
	l = strings.ToLower(l)
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	return l
}

// opinionURL reports whether a URL's path has a segment that names an
// opinion section.
func opinionURL(raw string, segs map[string]bool) bool {
	if raw == "" {
		return false
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
		if segs[seg] {
			return true
		}
	}
	return false
}

// mostlyIn reports whether at least half of [a, b) lies in the regions.
func mostlyIn(rs []region, a, b int) bool {
	if b <= a {
		return false
	}
	n := 0
	for _, r := range rs {
		lo, hi := max(a, r.a), min(b, r.b)
		if hi > lo {
			n += hi - lo
		}
	}
	return 2*n >= b-a
}

func mergeRegions(rs []region) []region {
	sort.Slice(rs, func(i, j int) bool { return rs[i].a < rs[j].a })
	var out []region
	for _, r := range rs {
		if n := len(out); n > 0 && r.a <= out[n-1].b {
			out[n-1].b = max(out[n-1].b, r.b)
			continue
		}
		out = append(out, r)
	}
	return out
}

// quotations finds quoted passages: « … », “ … ”, and straight "…" pairs
// within a paragraph. It returns them all (merged) and the outermost ones.
// A quotation that opens the text and covers more than half of it (n code
// points) wraps the article (a republished text in quotes) and is not
// quoted speech.
func quotations(s string, n int) (all, outer []region) {
	defer func() {
		kept := outer[:0]
		for _, q := range outer {
			if strings.TrimSpace(s[:q.a]) != "" || 2*utf8.RuneCountInString(s[q.a:q.b]) <= n {
				kept = append(kept, q)
			}
		}
		outer = kept
		all = mergeRegions(append([]region{}, outer...))
	}()
	var open []int // stack of byte offsets after an opening mark
	straight := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '«', '“':
			open = append(open, i)
		case '»', '”':
			if n := len(open); n > 0 {
				a := open[n-1]
				open = open[:n-1]
				if n == 1 {
					outer = append(outer, region{a, i + size})
				}
			}
		case '"':
			if straight < 0 {
				straight = i
			} else {
				outer = append(outer, region{straight, i + size})
				straight = -1
			}
		case '\n':
			if strings.HasPrefix(s[i+1:], "\n") || strings.HasPrefix(strings.TrimLeft(s[i+1:], " \t\r"), "\n") {
				// A paragraph break closes an unpaired straight quote; a
				// French quotation may run over paragraphs (« … then «).
				straight = -1
			}
		}
		i += size
	}
	return mergeRegions(append([]region{}, outer...)), outer
}

// interview finds question lines and answer lines (common.txt); without at
// least two question lines and one answer line the text is no interview.
// An answer runs to the next question line or blank line.
func interview(s string, c common) (asked, answers []region) {
	type line struct {
		a, b int
		kind byte // 'q', 'a', 0
	}
	var lines []line
	for a := 0; a < len(s); {
		b := strings.IndexByte(s[a:], '\n')
		if b < 0 {
			b = len(s)
		} else {
			b += a
		}
		t := strings.TrimLeft(s[a:b], " \t")
		l := line{a: a, b: b}
		for _, q := range c.question {
			if strings.HasPrefix(t, q) {
				l.kind = 'q'
			}
		}
		for _, an := range c.answer {
			if strings.HasPrefix(t, an) {
				l.kind = 'a'
			}
		}
		lines = append(lines, l)
		a = b + 1
	}
	nq, na := 0, 0
	for _, l := range lines {
		switch l.kind {
		case 'q':
			nq++
		case 'a':
			na++
		}
	}
	if nq < 2 && unlabelled(s, c) {
		// "Propos recueillis par…": a line that is a question asks, the
		// lines after it, up to the next question, answer.
		nq, na = 0, 0
		answering := false
		for i := range lines {
			t := strings.TrimSpace(s[lines[i].a:lines[i].b])
			switch {
			case t == "":
			case strings.HasSuffix(t, "?"):
				lines[i].kind = 'q'
				nq++
				answering = true
			case answering:
				lines[i].kind = 'a'
				na++
			}
		}
	}
	if nq < 2 || na < 1 {
		return nil, nil
	}
	var cur *[]region
	for _, l := range lines {
		switch {
		case l.kind == 'q':
			cur = &asked
			asked = append(asked, region{l.a, l.b})
		case l.kind == 'a':
			cur = &answers
			answers = append(answers, region{l.a, l.b})
		case strings.TrimSpace(s[l.a:l.b]) == "":
			cur = nil
		case cur != nil:
			(*cur)[len(*cur)-1].b = l.b
		}
	}
	return asked, answers
}

// unlabelled reports whether s names itself an interview without question
// labels (common.txt [interview_marker]: « propos recueillis par », "this
// interview has been edited").
func unlabelled(s string, c common) bool {
	if len(c.interviewMarker) == 0 {
		return false
	}
	low := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	for _, m := range c.interviewMarker {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// echo returns a word of 5 letters or more that one sentence (or the first
// line, a title) repeats 3 times or more ("chaque réunion sera précédée d'une
// réunion de préparation, elle-même précédée d'une pré-réunion"), the
// recursive escalation parody news lives on, or "".
func echo(ws []word, t *loupe.Text, sentences []loupe.Span) string {
	count := map[string]int{}
	i := 0
	for _, sp := range sentences {
		if !t.Valid(sp) {
			continue
		}
		a, b := t.Bytes(sp)
		clear(count)
		for i > 0 && ws[i-1].end > a {
			i--
		}
		for ; i < len(ws) && ws[i].start < b; i++ {
			if ws[i].start < a {
				continue
			}
			n := strings.TrimSuffix(ws[i].norm, "s")
			if len(n) < 5 || utf8.RuneCountInString(n) < 5 {
				continue
			}
			count[n]++
			if count[n] >= 3 {
				return n
			}
		}
	}
	return ""
}

// wordsIn counts the words (not apostrophes) inside [a, b).
func wordsIn(ws []word, a, b int) int {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].start >= a })
	n := 0
	for ; i < len(ws) && ws[i].end <= b; i++ {
		if ws[i].norm != "'" {
			n++
		}
	}
	return n
}
