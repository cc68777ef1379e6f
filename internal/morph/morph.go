package morph

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strings"
)

//go:embed data/*.tsv.gz
var dataFS embed.FS

// Moods, as written in the Mood field of a Form.
const (
	Conditional = "cond" // présent du conditionnel: aurait, seraient
	Future      = "futu" // futur simple: finira, feront
	PastSimple  = "ipsi" // passé simple: fut, dirent
	Base        = "base" // English bare verb (infinitive, imperative): follow, run
)

// ErrBadTable is returned by New when an embedded table is malformed.
var ErrBadTable = errors.New("morph: malformed table")

// Form is one analysis of a verb form.
type Form struct {
	Infinitive string // lower case, with accents: "être"
	Mood       string // Conditional, Future, PastSimple or Base
	Persons    string // "3sg", "3pl", "1sg/2sg" …
}

// Lexicon maps inflected verb forms to their analyses, per language. It is
// read-only once built and safe for concurrent use. Build one with New and
// share it: loading costs a few tens of milliseconds.
type Lexicon struct {
	tables map[string]*table
}

// table is the decompressed TSV of one language, kept as one string, with
// the offset of each line. Lines are sorted by form, so lookups are binary
// searches, and every string handed out is a substring of text.
type table struct {
	text  string
	lines []uint32 // start of each line; lines[len-1] is len(text)
}

// New loads every table embedded under data/: data/xx.tsv.gz serves
// language "xx".
func New() (*Lexicon, error) {
	names, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("morph: %w", err)
	}
	l := &Lexicon{tables: map[string]*table{}}
	for _, e := range names {
		lang, ok := strings.CutSuffix(e.Name(), ".tsv.gz")
		if !ok {
			continue
		}
		raw, err := dataFS.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("morph: %w", err)
		}
		t, err := load(raw)
		if err != nil {
			return nil, fmt.Errorf("morph: %s: %w", e.Name(), err)
		}
		l.tables[lang] = t
	}
	return l, nil
}

// maxTable bounds the decompressed size of a table.
const maxTable = 256 << 20

func load(raw []byte) (*table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	// Size the text from the gzip trailer (ISIZE) so that it is allocated
	// once and retained without slack.
	var sb strings.Builder
	if len(raw) >= 4 {
		if n := binary.LittleEndian.Uint32(raw[len(raw)-4:]); n <= maxTable {
			sb.Grow(int(n))
		}
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	text := sb.String()
	if len(text) > maxTable {
		return nil, fmt.Errorf("%w: table too large", ErrBadTable)
	}
	t := &table{text: text, lines: make([]uint32, 0, strings.Count(text, "\n")+1)}
	prev := ""
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			return nil, fmt.Errorf("%w: last line not terminated", ErrBadTable)
		}
		line := text[start : start+end]
		if strings.Count(line, "\t") != 3 {
			return nil, fmt.Errorf("%w: line %d: want 4 fields: %q", ErrBadTable, len(t.lines)+1, line)
		}
		form := line[:strings.IndexByte(line, '\t')]
		if form < prev {
			return nil, fmt.Errorf("%w: line %d: %q not sorted", ErrBadTable, len(t.lines)+1, form)
		}
		prev = form
		t.lines = append(t.lines, uint32(start))
		start += end + 1
	}
	t.lines = append(t.lines, uint32(len(text)))
	return t, nil
}

// n is the number of lines.
func (t *table) n() int { return len(t.lines) - 1 }

// line returns line i without its newline.
func (t *table) line(i int) string { return t.text[t.lines[i] : t.lines[i+1]-1] }

func (t *table) form(i int) string {
	s := t.line(i)
	return s[:strings.IndexByte(s, '\t')]
}

func (t *table) analysis(i int) Form {
	// load checked that every line has four fields.
	_, rest, _ := strings.Cut(t.line(i), "\t")
	inf, rest, _ := strings.Cut(rest, "\t")
	mood, persons, _ := strings.Cut(rest, "\t")
	return Form{Infinitive: inf, Mood: mood, Persons: persons}
}

// first returns the first line whose form is word, or -1.
func (t *table) first(word string) int {
	lo, hi := 0, t.n()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.form(m) < word {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.n() && t.form(lo) == word {
		return lo
	}
	return -1
}

// Verb returns the preferred analysis of word as a conditional, future or
// passé simple form in language lang ("fr"). When a form has several
// analyses the table lists the preferred one first (see Verbs). The lookup
// ignores case and a leading elided clitic: "N’aurait" is looked up as
// "aurait". Languages without a table report false.
func (l *Lexicon) Verb(lang, word string) (Form, bool) {
	t, w := l.lookup(lang, word)
	if t == nil {
		return Form{}, false
	}
	i := t.first(w)
	if i < 0 {
		return Form{}, false
	}
	return t.analysis(i), true
}

// Verbs returns every analysis of word, preferred first: "saura" is the
// future of savoir and the passé simple of saurer. It returns nil when
// word is not a known form.
func (l *Lexicon) Verbs(lang, word string) []Form {
	t, w := l.lookup(lang, word)
	if t == nil {
		return nil
	}
	var out []Form
	for i := t.first(w); i >= 0 && i < t.n() && t.form(i) == w; i++ {
		out = append(out, t.analysis(i))
	}
	return out
}

// Languages returns the languages with a table, sorted.
func (l *Lexicon) Languages() []string {
	return slices.Sorted(maps.Keys(l.tables))
}

func (l *Lexicon) lookup(lang, word string) (*table, string) {
	if l == nil {
		return nil, ""
	}
	t := l.tables[lang]
	if t == nil {
		return nil, ""
	}
	return t, stripClitic(strings.ToLower(word))
}

// clitics are the elided words that may be glued to a verb form, without
// their apostrophe; the table holds bare forms.
var clitics = []string{"qu", "c", "d", "j", "l", "m", "n", "s", "t"}

// stripClitic removes one leading elided clitic (l', n’, qu' …) from a
// lower-case word.
func stripClitic(w string) string {
	for _, c := range clitics {
		rest, ok := strings.CutPrefix(w, c)
		if !ok {
			continue
		}
		for _, apos := range [...]string{"'", "’"} {
			if r, ok := strings.CutPrefix(rest, apos); ok && r != "" {
				return r
			}
		}
	}
	return w
}
