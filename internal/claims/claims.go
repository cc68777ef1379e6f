package claims

import (
	"embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/lexicon"
	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/morph"
	"github.com/loupe-news/loupe/internal/worthy"
)

//go:embed lang/*.txt
var langFS embed.FS

// Analyzer holds the per-language cue lexicons. It is safe for concurrent use.
type Analyzer struct {
	langs map[string]*cues
	// mood tells a verb form's mood: "cond" (conditional), "futu" (future)
	// or "".
	mood   func(lang, word string) string
	verbs  *morph.Lexicon
	worthy *worthy.Model
}

// phrase is a cue of one or more words.
type phrase struct {
	sec   string
	id    int      // the section's index in cues.secs
	words []string // lower-cased; "x*" prefix, "*x" suffix
}

type cues struct {
	sections map[string]map[string][]phrase // section -> first word -> phrases
	first    map[string][]phrase            // first word -> phrases of every section
	// Phrases whose first word has a wildcard, by the byte a token must
	// have for them to match: the first of "qu'*", the last of "*ez".
	wildFirst, wildLast [256][]phrase
	secs                []string       // section names
	secID               map[string]int // section name -> index in secs
	markers             []string       // [interview_marker], lower case, searched in the raw text
}

// New loads the embedded lexicons.
func New() (*Analyzer, error) {
	lxs, err := lexicon.LoadDir(langFS, "lang")
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	verbs, err := morph.New()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	wm, err := worthy.New()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	// A hedged claim states facts with reduced certainty (SPEC); whether it
	// is worth checking follows what it says, so its status weighs nothing.
	wm.SetPrior(loupe.Hedged, 0)
	// An opinion weighs a little less than the model's -2 when the stage
	// gives it: a speaker's judgement often wraps a checkable fact ("we are
	// sending $700 billion a year overseas to countries that don't like
	// us"). Chosen on CheckThat! 2024 dev through the dossier (0.866 ->
	// 0.873); ct25 and the project's set are unchanged.
	wm.SetPrior(loupe.Opinion, -1.5)
	a := &Analyzer{langs: map[string]*cues{}, mood: func(lang, w string) string {
		if i := strings.IndexByte(w, '-'); i > 0 {
			w = w[:i] // "aurait-il", "ferait-il"
		}
		if !tenseEnding(w) {
			return "" // most words: skip the table
		}
		f, ok := verbs.Verb(lang, w)
		if !ok || f.Mood != morph.Conditional && f.Mood != morph.Future {
			return ""
		}
		return f.Mood
	}, verbs: verbs, worthy: wm}
	for lang, lx := range lxs {
		c := &cues{sections: map[string]map[string][]phrase{}, first: map[string][]phrase{}}
		c.secID = map[string]int{}
		for sec := range lx {
			c.secs = append(c.secs, sec)
		}
		sort.Strings(c.secs)
		for i, sec := range c.secs {
			c.secID[sec] = i
		}
		for sec, entries := range lx {
			idx := map[string][]phrase{}
			for _, e := range expand(lang, entries) {
				p := phrase{sec: sec, id: c.secID[sec], words: words(strings.ToLower(e))}
				if len(p.words) == 0 {
					continue
				}
				f := p.words[0]
				if strings.HasPrefix(f, "*") || strings.HasSuffix(f, "*") {
					switch {
					case strings.HasSuffix(f, "*") && len(f) > 1:
						c.wildFirst[f[0]] = append(c.wildFirst[f[0]], p)
					case strings.HasPrefix(f, "*") && len(f) > 1:
						c.wildLast[f[len(f)-1]] = append(c.wildLast[f[len(f)-1]], p)
					default: // "*" alone matches any word
						for b := range 256 {
							c.wildFirst[b] = append(c.wildFirst[b], p)
						}
					}
				} else {
					idx[f] = append(idx[f], p)
					c.first[f] = append(c.first[f], p)
				}
			}
			c.sections[sec] = idx
		}
		for _, e := range lx["interview_marker"] {
			c.markers = append(c.markers, strings.ToLower(e))
		}
		a.langs[lang] = c
	}
	return a, nil
}

// Langs lists the languages with cue lexicons.
func (a *Analyzer) Langs() []string {
	return lexicon.Langs(a.langs)
}

func words(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, t.w)
	}
	return out
}

// judgement: the stems of French verbs of judgement, whose participle
// agreeing with an object before it still passes a judgement on
// (« ont jugée hasardeuse », « qualifiée de »).
var judgement = map[string]bool{"jug": true, "qualifi": true, "estim": true, "consid": true, "trouv": true}

// expand turns "stem+er" (French) and "stem+" (English) entries into their
// inflected forms.
func expand(lang string, entries []string) []string {
	var out []string
	for _, e := range entries {
		switch {
		case strings.HasSuffix(e, "+er"):
			stem := strings.TrimSuffix(e, "+er")
			stem = strings.TrimSuffix(stem, "er")
			for _, end := range []string{"e", "es", "ent", "ait", "aient", "ais", "era", "eront", "erait", "eraient", "a", "èrent", "ant", "ons", "ez"} {
				st := stem
				if strings.HasSuffix(st, "c") && (end[0] == 'a' || end[0] == 'o') {
					st = strings.TrimSuffix(st, "c") + "ç"
				}
				if strings.HasSuffix(st, "g") && (end[0] == 'a' || end[0] == 'o') {
					st += "e"
				}
				out = append(out, st+end)
			}
			// The participle alone is a passive or an adjective ("accusé de
			// trahison"); after avoir it reports ("a déclaré").
			for _, aux := range []string{"a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il", "a-t-elle", "ont-ils",
				"l'a", "l'ont", "l'avait", "l'avaient", "l'aurait", "l'auraient"} { // « l'Insee l'a confirmé »
				out = append(out, aux+" "+stem+"é")
				// A verb of judgement agrees with an object before it and
				// still judges: « une décision que ses alliés ont jugée
				// hasardeuse » (not « les mesures que le gouvernement a
				// annoncées coûteront… », which reports nothing).
				if judgement[stem] {
					for _, agr := range []string{"ée", "és", "ées"} {
						out = append(out, aux+" "+stem+agr)
					}
				}
			}
		case strings.HasSuffix(e, "+"):
			stem := strings.TrimSuffix(e, "+")
			base := strings.TrimSuffix(stem, "e")
			out = append(out, stem, stem+"s", base+"ed", base+"ing")
		default:
			out = append(out, e)
		}
	}
	// French « que » elides before a vowel: « a rappelé qu'un rapport »
	// matches « a rappelé que ».
	n := len(out)
	for _, e := range out[:n] {
		if head, ok := strings.CutSuffix(e, " que"); ok && lang == "fr" {
			out = append(out, head+" qu'*")
		}
	}
	return out
}

// token is a word of a sentence, lower-cased, with its byte range.
type token struct {
	w     string
	a, b  int
	cap   bool // written with a capital
	title bool // a capital then lower case: "Paris", not "PARIS"
	start bool // opens the sentence, a quotation or what follows a colon
}

func isTokChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '*'
}

// tokenize splits s into words; apostrophes and hyphens inside a word stay
// ("d'après", "l'hypothèse", "paraît-il"), and ’ reads as '.
func tokenize(s string) []token {
	out := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTokChar(r) && !(r == '\'' || r == '’') {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isTokChar(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '’' || r == '-') && j > i {
				j += n
				continue
			}
			break
		}
		raw := strings.TrimRight(s[i:j], "-")
		if raw != "" && raw != "'" && raw != "’" {
			f, _ := utf8.DecodeRuneInString(raw)
			w := raw
			if hasUpperOrCurly(raw) {
				w = strings.ToLower(strings.ReplaceAll(raw, "’", "'"))
			}
			title := unicode.IsUpper(f) && strings.IndexFunc(raw, unicode.IsLower) > 0
			before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
			last, _ := utf8.DecodeLastRuneInString(before)
			start := before == "" || strings.ContainsRune(":«\"“([—–-•.!?", last) ||
				last == '/' && len(out) == 1 && isDigits(out[0].w) && strings.TrimSpace(s[:out[0].a]) == "" // "2/ Share this": a thread's number
			out = append(out, token{w: w, a: i, b: i + len(raw), cap: unicode.IsUpper(f), title: title, start: start})
		}
		i = max(j, i+n)
	}
	return out
}

// hasUpperOrCurly reports whether lower-casing or quote folding would change
// s, to spare the allocation for most words.
func hasUpperOrCurly(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

func wordMatch(pat, w string) bool {
	switch {
	case strings.HasSuffix(pat, "*"):
		return strings.HasPrefix(w, pat[:len(pat)-1])
	case strings.HasPrefix(pat, "*"):
		return strings.HasSuffix(w, pat[1:])
	}
	return pat == w
}

// match is a cue found in a sentence: token range [i, j).
type match struct {
	sec  string
	id   int // the section's index in cues.secs
	i, j int
}

// intPool holds findAll's per-section counters: two ints per section,
// once per sentence and per source phrase.
var intPool = sync.Pool{New: func() any { return new([]int) }}

// findAll finds the phrases of every section in one pass over toks: for each
// section, the longest phrase at each position, without overlaps.
func (c *cues) findAll(toks []token) map[string][]match {
	n := len(c.secs)
	bp := intPool.Get().(*[]int)
	defer intPool.Put(bp)
	if cap(*bp) < 2*n {
		*bp = make([]int, 2*n)
	}
	buf := (*bp)[:2*n]
	clear(buf)
	best := buf[:n]
	next := buf[n:]   // first token still free, per section
	var touched []int // sections with a phrase at this token
	found := make([]match, 0, len(toks))
	for i := range toks {
		for _, id := range touched {
			best[id] = 0
		}
		touched = touched[:0]
		// try matches p at token i; gap 1 lets one adverb stand after its
		// first word, an auxiliary (« a également déclaré »).
		try := func(p phrase, gap int) {
			id := p.id
			span := len(p.words) + gap
			if span <= best[id] || i+span > len(toks) || i < next[id] {
				return
			}
			for k, w := range p.words {
				t := i + k
				if k > 0 {
					t += gap
				}
				if !wordMatch(w, toks[t].w) || toks[t].title && !toks[t].start {
					return // "States", "May": a name, not a cue
				}
			}
			if best[id] == 0 {
				touched = append(touched, id)
			}
			best[id] = span
		}
		for _, p := range c.first[toks[i].w] {
			try(p, 0)
		}
		if i+2 < len(toks) && c.sections["auxiliary"][toks[i].w] != nil && c.sections["aux_adverb"][toks[i+1].w] != nil {
			for _, p := range c.first[toks[i].w] {
				if len(p.words) >= 2 {
					try(p, 1)
				}
			}
		}
		if w := toks[i].w; w != "" {
			for _, p := range c.wildFirst[w[0]] {
				if wordMatch(p.words[0], w) {
					try(p, 0)
				}
			}
			for _, p := range c.wildLast[w[len(w)-1]] {
				if wordMatch(p.words[0], w) {
					try(p, 0)
				}
			}
		}
		slices.Sort(touched) // sections in a fixed order
		for _, id := range touched {
			l := best[id]
			found = append(found, match{sec: c.secs[id], id: id, i: i, j: i + l})
			next[id] = i + l
		}
	}
	// Group by section, each in text order (a counting sort), and hand
	// out each section's window on one array.
	cnt := best // reused: matches per section, then where each run ends
	clear(cnt)
	for _, m := range found {
		cnt[m.id]++
	}
	k := 0
	for id, x := range cnt {
		k += x
		cnt[id] = k
	}
	all := make([]match, len(found))
	for q := len(found) - 1; q >= 0; q-- {
		m := found[q]
		cnt[m.id]--
		all[cnt[m.id]] = m
	}
	out := make(map[string][]match, len(touched)+8)
	for k := 0; k < len(all); {
		e := k + 1
		for e < len(all) && all[e].id == all[k].id {
			e++
		}
		out[all[k].sec] = all[k:e:e]
		k = e
	}
	return out
}

// tenseEnding reports whether w ends like a French conditional or future
// form (-rais, -rait, -rions, -riez, -raient; -rai, -ras, -ra, -rons, -rez,
// -ront), the only words worth looking up in the conjugation table.
func tenseEnding(w string) bool {
	for _, e := range [...]string{"ra", "rai", "ras", "rais", "rait", "raient", "rions", "riez", "rons", "rez", "ront"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }
