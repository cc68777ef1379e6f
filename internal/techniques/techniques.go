package techniques

import (
	"embed"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/lexicon"
	"github.com/loupe-news/loupe/internal/loupe"
)

//go:embed lang/*.txt
var langFS embed.FS

// ErrData is returned by New when a data file is malformed.
var ErrData = errors.New("techniques: bad data file")

// Labels are the 23 SemEval-2023 Task 3 technique labels (SPEC.md).
var Labels = []string{
	"Appeal_to_Authority", "Appeal_to_Popularity", "Appeal_to_Values",
	"Appeal_to_Fear-Prejudice", "Flag_Waving", "Causal_Oversimplification",
	"False_Dilemma-No_Choice", "Consequential_Oversimplification", "Straw_Man",
	"Red_Herring", "Whataboutism", "Slogans", "Appeal_to_Time",
	"Conversation_Killer", "Loaded_Language", "Repetition",
	"Exaggeration-Minimisation", "Obfuscation-Vagueness-Confusion",
	"Name_Calling-Labeling", "Doubt", "Guilt_by_Association",
	"Appeal_to_Hypocrisy", "Questioning_the_Reputation",
}

// Mechanisms: the part of a section name after "/" says what else a phrase
// needs, beyond being in the sentence, to count as its technique.
const (
	mechPlain       = ""            // the phrase alone
	mechQuestion    = "question"    // in a question
	mechName        = "name"        // followed by a person's name
	mechDeterminer  = "determiner"  // after a determiner or demonstrative, or in an opinion
	mechState       = "state"       // a country, government or party as its subject
	mechCategorical = "categorical" // a categorical outcome, then a single cause
	mechIntensifier = "intensifier" // before a loaded word
	mechStart       = "start"       // opens the sentence
	mechNot         = "not"         // masks the technique's other phrases
)

// Helper sections (not techniques).
const (
	secDeterminer = "determiner" // articles, demonstratives, possessives
	secCause      = "cause"      // causal connectives ("car", "because")
	secNaming     = "naming"     // words that introduce a name or title ("surnommé", "called")
	secOpening    = "opening"    // conjunctions that may precede a sentence-start phrase
	secAttrib     = "attribution"
	secExclaim    = "exclamation" // openings of an evaluative exclamation ("c'est", "what a"): not a slogan
)

// pword is a word of a phrase: exact, "x*" prefix, "*x" suffix, or a gap.
type pword struct {
	w            string
	prefix, suff bool
	gap          bool // "…": up to maxGap words
	lower        bool // written in lower case: does not match a capitalised word inside a sentence
}

const maxGap = 8

// stemKey is how many bytes of a "x*" stem index its phrase.
const stemKey = 3

// phrase is one data-file entry of a section.
type phrase struct {
	sec       int // index into lang.secs
	entry     string
	words     []pword
	technique string
	mech      string
}

type lang struct {
	secs    []string
	first   map[string][]*phrase    // exact first word -> phrases whose second word is not exact
	first2  map[[2]string][]*phrase // exact first two words -> phrases
	stems   map[string][]*phrase    // phrases whose first word is "x*", by x's first stemKey bytes
	wild    []*phrase               // other phrases whose first word is a wildcard
	helpers map[string]map[string]bool
	helperP map[string][]*phrase // multi-word helper phrases by section
}

// Finder finds persuasion techniques. It holds only read-only data after New
// and is safe for concurrent use.
type Finder struct {
	langs map[string]*lang
}

// Input is what Find reads: the article's text, its sentences and the claims
// the claims stage found in them; entities are optional (they sharpen
// "ally of" + a person).
type Input struct {
	Text      *loupe.Text
	Sentences []loupe.Span
	Claims    []loupe.Claim
	Entities  []loupe.Entity
	Lang      string
}

// New loads the embedded per-language data files.
func New() (*Finder, error) {
	lxs, err := lexicon.LoadDir(langFS, "lang")
	if err != nil {
		return nil, fmt.Errorf("techniques: %w", err)
	}
	known := map[string]bool{}
	for _, l := range Labels {
		known[l] = true
	}
	f := &Finder{langs: map[string]*lang{}}
	for code, lx := range lxs {
		lg := &lang{first: map[string][]*phrase{}, first2: map[[2]string][]*phrase{}, stems: map[string][]*phrase{}, helpers: map[string]map[string]bool{}, helperP: map[string][]*phrase{}}
		for sec := range lx {
			lg.secs = append(lg.secs, sec)
		}
		sort.Strings(lg.secs)
		for si, sec := range lg.secs {
			tech, mech, _ := strings.Cut(sec, "/")
			if !known[tech] {
				switch sec {
				case secDeterminer, secCause, secNaming, secOpening, secAttrib, secExclaim:
				default:
					return nil, fmt.Errorf("%w: %s.txt: unknown section [%s]", ErrData, code, sec)
				}
				set := map[string]bool{}
				for _, e := range lx[sec] {
					ws := parseWords(e)
					if len(ws) == 1 {
						set[ws[0].w] = true
					} else if len(ws) > 1 {
						lg.helperP[sec] = append(lg.helperP[sec], &phrase{sec: si, entry: e, words: ws})
					}
				}
				lg.helpers[sec] = set
				continue
			}
			switch mech {
			case mechPlain, mechQuestion, mechName, mechDeterminer, mechState, mechCategorical, mechIntensifier, mechStart, mechNot:
			default:
				return nil, fmt.Errorf("%w: %s.txt: unknown mechanism [%s]", ErrData, code, sec)
			}
			for _, e := range lx[sec] {
				p := &phrase{sec: si, entry: e, words: parseWords(e), technique: tech, mech: mech}
				if len(p.words) == 0 || p.words[0].gap {
					return nil, fmt.Errorf("%w: %s.txt [%s]: bad entry %q", ErrData, code, sec, e)
				}
				if w := p.words[0]; w.prefix && len(w.w) >= stemKey {
					lg.stems[w.w[:stemKey]] = append(lg.stems[w.w[:stemKey]], p)
				} else if w.prefix || w.suff {
					lg.wild = append(lg.wild, p)
				} else if len(p.words) > 1 && !p.words[1].gap && !p.words[1].prefix && !p.words[1].suff {
					k := [2]string{w.w, p.words[1].w}
					lg.first2[k] = append(lg.first2[k], p)
				} else {
					lg.first[w.w] = append(lg.first[w.w], p)
				}
			}
		}
		f.langs[code] = lg
	}
	return f, nil
}

// Langs lists the languages with data files.
func (f *Finder) Langs() []string {
	return lexicon.Langs(f.langs)
}

// parseWords splits a data-file entry into pattern words, French elided
// words apart as tokenize does.
func parseWords(e string) []pword {
	var out []pword
	var fields []string
	for _, f := range strings.Fields(e) {
		for {
			k := strings.IndexAny(f, "'’")
			if k <= 0 || !elided[strings.ToLower(f[:k])] || k+1 >= len(f) {
				break
			}
			_, n := utf8.DecodeRuneInString(f[k:])
			fields = append(fields, f[:k+n])
			f = f[k+n:]
		}
		fields = append(fields, f)
	}
	for _, raw := range fields {
		if raw == "…" || raw == "..." {
			out = append(out, pword{gap: true})
			continue
		}
		low := strings.ToLower(strings.ReplaceAll(raw, "’", "'"))
		p := pword{w: low, lower: low == raw}
		switch {
		case len(low) > 1 && strings.HasSuffix(low, "*"):
			p.w, p.prefix = strings.TrimSuffix(low, "*"), true
		case len(low) > 1 && strings.HasPrefix(low, "*"):
			p.w, p.suff = strings.TrimPrefix(low, "*"), true
		}
		out = append(out, p)
	}
	return out
}

// token is a word of a sentence with its byte range in the text.
type token struct {
	w     string // lower case, ’ read as '
	a, b  int    // byte range in the whole text
	title bool   // a capital then lower case: "Paris"
	caps  bool   // all capitals, two letters or more: "NATO", "THUGS"
	start bool   // opens the sentence, a quotation or what follows a colon
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// elided are the French words that lose their vowel before another ("l'",
// "qu'"); tokenize splits them off so that "l'ennemi" reads "l'" "ennemi".
//
// English does not elide: "don't", "it's" stay whole.
var elided = map[string]bool{"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true}

// tokenize splits s[a:b] into words; hyphens inside a word stay
// ("soi-disant"), and so do apostrophes except after a French elided word
// ("l'", "qu'"), which becomes a token of its own. Offsets are into s.
func tokenize(s string, a, b int, out []token, elide bool) []token {
	i := a
	for i < b {
		r, n := utf8.DecodeRuneInString(s[i:b])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < b {
			r, n := utf8.DecodeRuneInString(s[j:b])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' {
				if r2, _ := utf8.DecodeRuneInString(s[j+n : b]); j+n < b && isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		if k := apostrophe(s[i:j]); elide && k > 0 && k <= 6 && elided[strings.ToLower(s[i:i+k])] {
			_, n := utf8.DecodeRuneInString(s[i+k:])
			j = i + k + n // the elided word with its apostrophe; the rest is read next
		}
		if !elide {
			// English possessive: "regime's" reads "regime".
			if strings.HasSuffix(s[i:j], "'s") || strings.HasSuffix(s[i:j], "’s") {
				if k := strings.LastIndexAny(s[i:j], "'’"); k > 0 {
					j2 := i + k
					out = appendToken(out, s, a, i, j2)
					i = j
					continue
				}
			}
		}
		out = appendToken(out, s, a, i, j)
		i = j
	}
	return out
}

// opens reports whether a word after r opens a sentence, a quotation or
// what follows a colon.
func opens(r rune) bool {
	switch r {
	case ':', '«', '"', '“', '(', '[', '—', '–', '-', '•', '.', '!', '?', '…':
		return true
	}
	return false
}

// apostrophe is the index of the first ' or ’ in w, or -1.
func apostrophe(w string) int {
	for k := 0; k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xE2 && strings.HasPrefix(w[k:], "’") {
			return k
		}
	}
	return -1
}

// appendToken appends the word s[i:j] of the sentence starting at a.
func appendToken(out []token, s string, a, i, j int) []token {
	{
		raw := s[i:j]
		f, _ := utf8.DecodeRuneInString(raw)
		upper := unicode.IsUpper(f)
		hasLower := strings.IndexFunc(raw, unicode.IsLower) >= 0
		k := i
		var last rune
		for k > a {
			r, n := utf8.DecodeLastRuneInString(s[a:k])
			if !unicode.IsSpace(r) {
				last = r
				break
			}
			k -= n
		}
		start := k == a || opens(last)
		out = append(out, token{
			w:     lower(raw),
			a:     i,
			b:     j,
			title: upper && hasLower,
			caps:  upper && !hasLower && utf8.RuneCountInString(raw) > 1,
			start: start,
		})
	}
	return out
}

// lower is w in lower case with ’ read as '; it does not allocate for a
// word already so.
func lower(w string) string {
	for k := 0; k < len(w); {
		c := w[k]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[k:])
		if r == '’' || unicode.IsUpper(r) {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
		k += n
	}
	return w
}

// wordMatch reports whether pattern word p matches token t.
func wordMatch(p pword, t *token) bool {
	if p.lower && t.title && !t.start {
		return false // "Regime Change Act", "Gang Starr": a name, not a word
	}
	switch {
	case p.prefix:
		return strings.HasPrefix(t.w, p.w)
	case p.suff:
		return strings.HasSuffix(t.w, p.w)
	}
	return p.w == t.w
}

// matchAt returns the end (exclusive token index) of the longest match of ws
// at toks[i:], or -1.
func matchAt(ws []pword, toks []token, i int) int {
	if len(ws) == 0 {
		return i
	}
	if ws[0].gap {
		best := -1
		for k := i; k <= i+maxGap && k <= len(toks); k++ {
			if e := matchAt(ws[1:], toks, k); e > best {
				best = e
				break // the shortest gap: "soit … soit" pairs the nearest
			}
		}
		return best
	}
	if i >= len(toks) || !wordMatch(ws[0], &toks[i]) {
		return -1
	}
	return matchAt(ws[1:], toks, i+1)
}

// match is a phrase found in a sentence: tokens [i, j).
type match struct {
	p    *phrase
	i, j int
}

// findPhrases lists every technique phrase found in toks (all phrases at
// every position; overlaps are resolved later).
func (lg *lang) findPhrases(toks []token, out []match) []match {
	for i := range toks {
		for _, p := range lg.first[toks[i].w] {
			if j := matchAt(p.words, toks, i); j > i {
				out = append(out, match{p, i, j})
			}
		}
		if i+1 < len(toks) {
			for _, p := range lg.first2[[2]string{toks[i].w, toks[i+1].w}] {
				if j := matchAt(p.words, toks, i); j > i {
					out = append(out, match{p, i, j})
				}
			}
		}
		if w := toks[i].w; len(w) >= stemKey {
			for _, p := range lg.stems[w[:stemKey]] {
				if j := matchAt(p.words, toks, i); j > i {
					out = append(out, match{p, i, j})
				}
			}
		}
		for _, p := range lg.wild {
			if j := matchAt(p.words, toks, i); j > i {
				out = append(out, match{p, i, j})
			}
		}
	}
	return out
}

// helper reports whether toks[i] is a one-word entry of a helper section,
// or returns the end of a multi-word one that starts at i (else -1).
func (lg *lang) helperAt(sec string, toks []token, i int) int {
	if i < 0 || i >= len(toks) {
		return -1
	}
	if lg.helpers[sec][toks[i].w] {
		return i + 1
	}
	for _, p := range lg.helperP[sec] {
		if j := matchAt(p.words, toks, i); j > i {
			return j
		}
	}
	return -1
}

// helperEndingAt reports whether a helper entry ends just before token j.
func (lg *lang) helperEndingAt(sec string, toks []token, j int) bool {
	for i := max(0, j-4); i < j; i++ {
		if lg.helperAt(sec, toks, i) == j {
			return true
		}
	}
	return false
}
