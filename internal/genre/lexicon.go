package genre

import (
	"embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed lang/*.txt
var langFS embed.FS

// ErrData is returned when the embedded cue files cannot be read.
var ErrData = errors.New("genre: bad cue data")

// phrase is one cue: words to match in order, the last may be a prefix.
type phrase struct {
	text   string
	words  []string
	prefix bool // the last word is a prefix ("x*")
	weight float64
}

// phrases indexes cues by their first word (or its prefix).
type phrases struct {
	exact    map[string][]*phrase // first word -> phrases
	prefixes map[string][]*phrase // prefix of the first word (single-word prefix cues)
	preLens  []int                // the byte lengths of those prefixes, longest first
}

func newPhrases() *phrases {
	return &phrases{exact: map[string][]*phrase{}, prefixes: map[string][]*phrase{}}
}

func (ps *phrases) add(p *phrase) {
	if p.prefix && len(p.words) == 1 {
		w := p.words[0]
		ps.prefixes[w] = append(ps.prefixes[w], p)
		if !slices.Contains(ps.preLens, len(w)) {
			ps.preLens = append(ps.preLens, len(w))
			slices.SortFunc(ps.preLens, func(a, b int) int { return b - a })
		}
		return
	}
	ps.exact[p.words[0]] = append(ps.exact[p.words[0]], p)
}

// at returns the longest cue starting at word i, or nil.
func (ps *phrases) at(ws []word, i int) *phrase {
	var best *phrase
	for _, p := range ps.exact[ws[i].norm] {
		if (best == nil || len(p.words) > len(best.words)) && p.matches(ws, i) {
			best = p
		}
	}
	if best != nil {
		return best
	}
	w := ws[i].norm
	for _, n := range ps.preLens {
		if n > len(w) || n < len(w) && !utf8.RuneStart(w[n]) {
			continue
		}
		if c := ps.prefixes[w[:n]]; c != nil {
			return c[0]
		}
	}
	return nil
}

func (p *phrase) matches(ws []word, i int) bool {
	if i+len(p.words) > len(ws) {
		return false
	}
	for k, pw := range p.words {
		w := ws[i+k]
		if k > 0 && w.gap { // a phrase does not run across punctuation
			return false
		}
		if k == len(p.words)-1 && p.prefix {
			if !strings.HasPrefix(w.norm, pw) {
				return false
			}
		} else if w.norm != pw {
			return false
		}
	}
	return true
}

// lexicon is one language's cues.
type lexicon struct {
	firstPerson map[string]bool
	evaluative  *phrases
	satire      *phrases
}

// common holds the language-independent cues.
type common struct {
	question, answer []string
	opinionPath      map[string]bool // URL path segments of opinion sections
	opinionLabel     map[string]bool // headline labels of opinion pieces ("editorial")
	interviewMarker  []string        // what names an interview without labels, lower case
}

// data is every language's cues.
type data struct {
	langs  map[string]*lexicon
	common common
}

func load() (*data, error) {
	d := &data{langs: map[string]*lexicon{}}
	ents, err := langFS.ReadDir("lang")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	for _, e := range ents {
		name := e.Name()
		raw, err := langFS.ReadFile("lang/" + name)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrData, err)
		}
		secs, err := sections("lang/"+name, string(raw))
		if err != nil {
			return nil, err
		}
		if name == "common.txt" {
			d.common = common{question: secs["question"], answer: secs["answer"], opinionPath: map[string]bool{}, opinionLabel: map[string]bool{}}
			for _, p := range secs["opinion_path"] {
				d.common.opinionPath[strings.ToLower(p)] = true
			}
			for _, p := range secs["opinion_label"] {
				d.common.opinionLabel[strings.ToLower(p)] = true
			}
			for _, p := range secs["interview_marker"] {
				d.common.interviewMarker = append(d.common.interviewMarker, strings.ToLower(p))
			}
			continue
		}
		lx := &lexicon{firstPerson: map[string]bool{}, evaluative: newPhrases(), satire: newPhrases()}
		for _, l := range secs["first_person"] {
			var k strings.Builder
			for _, w := range words(l) {
				k.WriteString(w.norm)
			}
			lx.firstPerson[k.String()] = true
		}
		for sec, ps := range map[string]*phrases{"evaluative": lx.evaluative, "satire": lx.satire} {
			for _, l := range secs[sec] {
				p, err := parsePhrase(l)
				if err != nil {
					return nil, fmt.Errorf("%w: lang/%s [%s] %q: %w", ErrData, name, sec, l, err)
				}
				ps.add(p)
			}
		}
		d.langs[strings.TrimSuffix(name, ".txt")] = lx
	}
	return d, nil
}

// sections splits a cue file into its [sections] of non-comment lines.
func sections(file, raw string) (map[string][]string, error) {
	out := map[string][]string{}
	sec := ""
	for n, line := range strings.Split(raw, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			sec = line[1 : len(line)-1]
		case sec == "":
			return nil, fmt.Errorf("%w: %s:%d: cue outside a section", ErrData, file, n+1)
		default:
			out[sec] = append(out[sec], line)
		}
	}
	return out, nil
}

func parsePhrase(line string) (*phrase, error) {
	p := &phrase{weight: 1}
	if text, w, ok := strings.Cut(line, "|"); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(w), 64)
		if err != nil || f <= 0 {
			return nil, fmt.Errorf("bad weight %q", w)
		}
		line, p.weight = strings.TrimSpace(text), f
	}
	p.text = line
	if strings.HasSuffix(line, "*") {
		p.prefix = true
		line = strings.TrimSuffix(line, "*")
	}
	for _, w := range words(line) {
		p.words = append(p.words, w.norm)
	}
	if len(p.words) == 0 {
		return nil, errors.New("no words")
	}
	return p, nil
}

// word is a lower-cased word of the text, or an apostrophe (its own word, so
// that "j'" and "i'm" split alike in the text and in the cue files).
type word struct {
	start, end int // bytes
	norm       string
	gap        bool // punctuation other than a hyphen or apostrophe precedes it
}

// words splits s into lower-case words; offsets are bytes into s.
func words(s string) []word {
	out := make([]word, 0, len(s)/6+1)
	gap := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2)) {
					break
				}
				j += s2
			}
			out = append(out, word{start: i, end: j, norm: lower(s[i:j]), gap: gap})
			gap = false
			i = j
			continue
		case r == '\'' || r == '’':
			out = append(out, word{start: i, end: i + size, norm: "'", gap: gap})
			gap = false
		case r == '-' || r == '‑' || unicode.IsSpace(r):
		default:
			gap = true
		}
		i += size
	}
	return out
}

// lower is strings.ToLower without a copy when s has no upper-case letter.
func lower(s string) string {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return strings.ToLower(s)
		}
	}
	return s
}
