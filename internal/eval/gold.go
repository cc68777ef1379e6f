package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// Sentinel errors. Every error this package returns about a gold file wraps
// one of them.
var (
	ErrFormat         = errors.New("eval: not a gold/1 document")
	ErrAnchorNotFound = errors.New("eval: anchor not found")
	ErrSpan           = errors.New("eval: bad span")
	ErrLabel          = errors.New("eval: unknown label")
	ErrAnalysis       = errors.New("eval: analysis failed")
	ErrTextMismatch   = errors.New("eval: predicted text differs from the gold text")
	ErrNoPrediction   = errors.New("eval: no predicted document with this id")
	ErrDuplicateID    = errors.New("eval: duplicate document id")
)

// GoldDoc is one annotated document of a gold/1 file, its anchors resolved
// to code-point spans of Text.
type GoldDoc struct {
	File string // the gold file it came from
	Line int    // its line in a .gold.jsonl file, 0 in a .gold.json file

	ID        string
	Text      string
	Lang      string // meta.lang, else the top-level "lang"
	URL       string // the top-level "url", else meta.url
	Published string // the top-level "published"

	Meta GoldMeta

	// Which layers the document annotates: a layer the gold does not have
	// (no "sentences", "entities", "quantities" or "techniques" key) is not
	// scored.
	HasSentences, HasEntities, HasQuantities, HasTechniques bool

	Sentences  []GoldSentence
	Entities   []GoldEntity
	Quantities []GoldQuantity
	Techniques []GoldTechnique
}

// GoldMeta holds the scored meta fields; nil means the gold does not say.
type GoldMeta struct {
	Lang, Byline, URL, Site, Genre *string
	Elided                         *bool
}

// GoldSentence is a gold sentence. Status "" and Checkworthy nil are not scored.
type GoldSentence struct {
	loupe.Span
	Status      string
	Checkworthy *bool
	Cues        []loupe.Cue
	Source      *loupe.Span
	SourceKind  string
	Claims      []GoldClaim // when not empty, status is scored claim by claim
}

// GoldClaim is a clause of a gold sentence with its own status.
type GoldClaim struct {
	loupe.Span
	Status      string
	Checkworthy *bool
	Source      *loupe.Span
	SourceKind  string
}

// GoldEntity is a gold entity with every mention resolved to a span.
type GoldEntity struct {
	Name     string
	Type     string
	Mentions []loupe.Span // sorted, distinct
}

// GoldQuantity is a gold quantity; a nil Value is not compared.
type GoldQuantity struct {
	loupe.Span
	Value  *float64
	Approx bool
	Unit   string
}

// GoldTechnique is a gold persuasion technique.
type GoldTechnique struct {
	loupe.Span
	Technique string
}

// Error is a problem with a gold file, one of its documents, or the
// analysis of a document. The run goes on without that document.
type Error struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	ID   string `json:"id,omitempty"`
	Err  error  `json:"-"`
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.ID != "" {
		b.WriteString(": " + e.ID)
	}
	b.WriteString(": " + e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// MarshalJSON writes {"file", "line", "id", "error"}.
func (e *Error) MarshalJSON() ([]byte, error) {
	type plain Error
	return json.Marshal(struct {
		*plain
		Error string `json:"error"`
	}{(*plain)(e), e.Err.Error()})
}

// LoadFile reads a NAME.gold.json file (one document) or NAME.gold.jsonl file
// (one document a line). A document that cannot be read or resolved is left
// out and reported in errs; an unreadable file is one error.
func LoadFile(path string) (docs []*GoldDoc, errs []*Error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, []*Error{{File: path, Err: fmt.Errorf("eval: %w", err)}}
	}
	return Parse(data, path)
}

// Parse reads gold documents from data; name is the file's path, which says
// whether data is JSON Lines (a name ending in ".jsonl") and where
// "text_file" paths are relative to.
func Parse(data []byte, name string) (docs []*GoldDoc, errs []*Error) {
	dir := filepath.Dir(name)
	if !strings.HasSuffix(name, ".jsonl") {
		d, err := parseDoc(data, dir)
		if err != nil {
			return nil, []*Error{{File: name, ID: idOf(d), Err: err}}
		}
		d.File = name
		return []*GoldDoc{d}, nil
	}
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := parseDoc(line, dir)
		if err != nil {
			errs = append(errs, &Error{File: name, Line: i + 1, ID: idOf(d), Err: err})
			continue
		}
		d.File, d.Line = name, i+1
		docs = append(docs, d)
	}
	return docs, errs
}

func idOf(d *GoldDoc) string {
	if d == nil {
		return ""
	}
	return d.ID
}

// The gold/1 JSON shapes. Polymorphic fields stay raw until resolved.
type (
	rawDoc struct {
		Format     string                     `json:"format"`
		ID         json.RawMessage            `json:"id"`
		Text       *string                    `json:"text"`
		TextFile   string                     `json:"text_file"`
		Lang       string                     `json:"lang"`
		URL        string                     `json:"url"`
		Published  string                     `json:"published"`
		Meta       map[string]json.RawMessage `json:"meta"`
		Sentences  *[]rawSentence             `json:"sentences"`
		Entities   *[]rawEntity               `json:"entities"`
		Quantities *[]rawQuantity             `json:"quantities"`
		Techniques *[]rawTechnique            `json:"techniques"`
	}
	rawSpan struct {
		Text   *string `json:"text"`
		Anchor *string `json:"anchor"`
		Start  *int    `json:"start"`
		End    *int    `json:"end"`
	}
	rawSentence struct {
		rawSpan
		Status      *string           `json:"status"`
		Checkworthy *bool             `json:"checkworthy"`
		Cues        []json.RawMessage `json:"cues"`
		Source      json.RawMessage   `json:"source"`
		SourceKind  *string           `json:"source_kind"`
		Claims      []rawClaim        `json:"claims"`
	}
	rawClaim struct {
		rawSpan
		Status      *string         `json:"status"`
		Checkworthy *bool           `json:"checkworthy"`
		Source      json.RawMessage `json:"source"`
		SourceKind  *string         `json:"source_kind"`
	}
	rawEntity struct {
		Name     string            `json:"name"`
		Type     string            `json:"type"`
		Mentions []json.RawMessage `json:"mentions"`
	}
	rawQuantity struct {
		rawSpan
		Value  *float64 `json:"value"`
		Approx *bool    `json:"approx"`
		Unit   string   `json:"unit"`
	}
	rawTechnique struct {
		rawSpan
		Technique string `json:"technique"`
	}
	// rawRef is a cue, source or mention written as an object.
	rawRef struct {
		rawSpan
		Kind string `json:"kind"`
	}
)

// parseDoc decodes and resolves one document. On error it still returns
// what it knows (the id) for the error report.
func parseDoc(data []byte, dir string) (*GoldDoc, error) {
	var raw rawDoc
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	d := &GoldDoc{ID: rawID(raw.ID), Lang: raw.Lang, URL: raw.URL, Published: raw.Published}
	if raw.Format != "" && raw.Format != "gold/1" {
		return d, fmt.Errorf("%w: format %q", ErrFormat, raw.Format)
	}
	switch {
	case raw.Text != nil:
		d.Text = *raw.Text
	case raw.TextFile != "":
		p := raw.TextFile
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return d, fmt.Errorf("eval: text_file: %w", err)
		}
		d.Text = repair(b)
	default:
		return d, fmt.Errorf("%w: neither \"text\" nor \"text_file\"", ErrFormat)
	}
	if err := d.parseMeta(raw.Meta); err != nil {
		return d, err
	}
	r := newResolver(d.Text)
	if raw.Sentences != nil {
		d.HasSentences = true
		d.Sentences = r.sentences(*raw.Sentences)
	}
	if raw.Entities != nil {
		d.HasEntities = true
		d.Entities = r.entities(*raw.Entities)
	}
	if raw.Quantities != nil {
		d.HasQuantities = true
		for i, q := range *raw.Quantities {
			sp, ok := r.span(fmt.Sprintf("quantities[%d]", i), q.rawSpan, 0, len(r.f.runes))
			if !ok {
				continue
			}
			d.Quantities = append(d.Quantities, GoldQuantity{Span: sp, Value: q.Value, Approx: q.Approx != nil && *q.Approx, Unit: q.Unit})
		}
	}
	if raw.Techniques != nil {
		d.HasTechniques = true
		for i, t := range *raw.Techniques {
			sp, ok := r.span(fmt.Sprintf("techniques[%d]", i), t.rawSpan, 0, len(r.f.runes))
			if !ok {
				continue
			}
			d.Techniques = append(d.Techniques, GoldTechnique{Span: sp, Technique: t.Technique})
		}
	}
	return d, errors.Join(r.errs...)
}

func rawID(m json.RawMessage) string {
	var s string
	if json.Unmarshal(m, &s) == nil {
		return s
	}
	return string(bytes.TrimSpace(m)) // a number, or nothing
}

// repair decodes b as UTF-8, each invalid byte becoming one U+FFFD (SPEC).
func repair(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var s strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		s.WriteRune(r) // utf8.RuneError for a bad byte, n == 1
		b = b[n:]
	}
	return s.String()
}

func (d *GoldDoc) parseMeta(meta map[string]json.RawMessage) error {
	str := func(key string) (*string, error) {
		m, ok := meta[key]
		if !ok || string(bytes.TrimSpace(m)) == "null" {
			return nil, nil
		}
		var s string
		if err := json.Unmarshal(m, &s); err == nil {
			return &s, nil
		}
		var g struct { // a genre written as in the dossier
			Label *string `json:"label"`
		}
		if err := json.Unmarshal(m, &g); err == nil && g.Label != nil {
			return g.Label, nil
		}
		return nil, fmt.Errorf("%w: meta.%s: %s", ErrFormat, key, m)
	}
	var err error
	fields := []struct {
		key string
		dst **string
	}{{"lang", &d.Meta.Lang}, {"byline", &d.Meta.Byline}, {"url", &d.Meta.URL}, {"site", &d.Meta.Site}, {"genre", &d.Meta.Genre}}
	for _, f := range fields {
		if *f.dst, err = str(f.key); err != nil {
			return err
		}
	}
	if m, ok := meta["elided"]; ok && string(bytes.TrimSpace(m)) != "null" {
		var b bool
		if err := json.Unmarshal(m, &b); err != nil {
			return fmt.Errorf("%w: meta.elided: %s", ErrFormat, m)
		}
		d.Meta.Elided = &b
	}
	if d.Meta.Lang != nil && *d.Meta.Lang != "" {
		d.Lang = *d.Meta.Lang
	}
	if d.URL == "" && d.Meta.URL != nil {
		d.URL = *d.Meta.URL
	}
	return nil
}

// resolver turns offsets and anchors into spans of one text, collecting
// every problem instead of stopping at the first.
type resolver struct {
	f     *folded
	runes []rune
	errs  []error
}

func newResolver(text string) *resolver {
	return &resolver{f: fold(text), runes: []rune(text)}
}

func (r *resolver) fail(err error) { r.errs = append(r.errs, err) }

// span resolves an offset pair or an anchor ("anchor" or "text"); an anchor
// is searched in the folded range [from, to).
func (r *resolver) span(where string, s rawSpan, from, to int) (loupe.Span, bool) {
	anchor := s.Anchor
	if anchor == nil {
		anchor = s.Text
	}
	switch {
	case s.Start != nil || s.End != nil:
		if s.Start == nil || s.End == nil {
			r.fail(fmt.Errorf("%s: %w: start and end go together", where, ErrSpan))
			return loupe.Span{}, false
		}
		return r.offsets(where, loupe.Span{Start: *s.Start, End: *s.End})
	case anchor != nil:
		return r.anchor(where, *anchor, from, to)
	}
	r.fail(fmt.Errorf("%s: %w: neither an anchor nor start and end", where, ErrSpan))
	return loupe.Span{}, false
}

func (r *resolver) offsets(where string, sp loupe.Span) (loupe.Span, bool) {
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(r.runes) {
		r.fail(fmt.Errorf("%s: %w: [%d, %d) in a text of %d code points", where, ErrSpan, sp.Start, sp.End, len(r.runes)))
		return loupe.Span{}, false
	}
	return sp, true
}

func (r *resolver) anchor(where, anchor string, from, to int) (loupe.Span, bool) {
	sp, ok := r.f.find(foldString(anchor), from, to)
	if !ok {
		r.fail(fmt.Errorf("%s: %w: %q", where, ErrAnchorNotFound, anchor))
	}
	return sp, ok
}

// ref resolves a cue or source, written as a string anchor or an object.
func (r *resolver) ref(where string, m json.RawMessage, from, to int) (sp loupe.Span, kind string, ok bool) {
	var s string
	if err := json.Unmarshal(m, &s); err == nil {
		sp, ok = r.anchor(where, s, from, to)
		return sp, "", ok
	}
	var o rawRef
	if err := json.Unmarshal(m, &o); err != nil {
		r.fail(fmt.Errorf("%s: %w: %s", where, ErrFormat, m))
		return loupe.Span{}, "", false
	}
	sp, ok = r.span(where, o.rawSpan, from, to)
	return sp, o.Kind, ok
}

func isNull(m json.RawMessage) bool {
	t := bytes.TrimSpace(m)
	return len(t) == 0 || string(t) == "null"
}

func (r *resolver) status(where string, s *string) string {
	if s == nil || *s == "" {
		return ""
	}
	if !slices.Contains(loupe.Statuses, *s) {
		r.fail(fmt.Errorf("%s: %w: status %q", where, ErrLabel, *s))
		return ""
	}
	return *s
}

func (r *resolver) sourceKind(where string, s *string) string {
	if s == nil || *s == "" {
		return ""
	}
	switch *s {
	case loupe.SourceNamed, loupe.SourceUnnamed, loupe.SourceVague:
		return *s
	}
	r.fail(fmt.Errorf("%s: %w: source_kind %q", where, ErrLabel, *s))
	return ""
}

// sentences resolves sentences in order: each anchor is searched after the
// previous sentence's end; cues, sources and claims within the sentence.
func (r *resolver) sentences(raw []rawSentence) []GoldSentence {
	out := make([]GoldSentence, 0, len(raw))
	next := 0 // folded code point where the next sentence anchor search starts
	for i, rs := range raw {
		where := fmt.Sprintf("sentences[%d]", i)
		sp, ok := r.span(where, rs.rawSpan, next, len(r.f.runes))
		if !ok {
			continue
		}
		from, to := r.f.folds(sp)
		next = to
		s := GoldSentence{
			Span:        sp,
			Status:      r.status(where, rs.Status),
			Checkworthy: rs.Checkworthy,
			SourceKind:  r.sourceKind(where, rs.SourceKind),
		}
		for j, m := range rs.Cues {
			if c, kind, ok := r.ref(fmt.Sprintf("%s.cues[%d]", where, j), m, from, to); ok {
				s.Cues = append(s.Cues, loupe.Cue{Span: c, Kind: kind})
			}
		}
		if !isNull(rs.Source) {
			if c, _, ok := r.ref(where+".source", rs.Source, from, to); ok {
				s.Source = &c
			}
		}
		cfrom := from // claims are searched in order, then anywhere in the sentence
		for j, rc := range rs.Claims {
			cw := fmt.Sprintf("%s.claims[%d]", where, j)
			csp, ok := r.claimSpan(cw, rc.rawSpan, cfrom, from, to)
			if !ok {
				continue
			}
			_, cfrom = r.f.folds(csp)
			c := GoldClaim{
				Span:        csp,
				Status:      r.status(cw, rc.Status),
				Checkworthy: rc.Checkworthy,
				SourceKind:  r.sourceKind(cw, rc.SourceKind),
			}
			if !isNull(rc.Source) {
				// A claim's source is searched within its sentence: it may
				// lie outside the clause it vouches for.
				if src, _, ok := r.ref(cw+".source", rc.Source, from, to); ok {
					c.Source = &src
				}
			}
			s.Claims = append(s.Claims, c)
		}
		out = append(out, s)
	}
	return out
}

// claimSpan resolves a claim of the sentence at folded [from, to): offsets,
// or an anchor searched from next (after the previous claim), then from the
// sentence's start.
func (r *resolver) claimSpan(where string, s rawSpan, next, from, to int) (loupe.Span, bool) {
	a := s.Anchor
	if a == nil {
		a = s.Text
	}
	if s.Start != nil || s.End != nil || a == nil {
		return r.span(where, s, from, to)
	}
	if sp, ok := r.f.find(foldString(*a), next, to); ok {
		return sp, true
	}
	return r.anchor(where, *a, from, to)
}

// entities resolves mentions. A surface string means every whole-word
// occurrence in the text that does not lie inside an occurrence of a
// longer surface listed in the document.
func (r *resolver) entities(raw []rawEntity) []GoldEntity {
	type occ struct{ a, b int } // folded range
	surfaces := map[string][]occ{}
	for _, e := range raw {
		for _, m := range e.Mentions {
			var s string
			if json.Unmarshal(m, &s) == nil {
				s = foldString(s)
				if _, seen := surfaces[s]; !seen {
					var os []occ
					for _, o := range r.f.findWords(s) {
						os = append(os, occ{o[0], o[1]})
					}
					surfaces[s] = os
				}
			}
		}
	}
	inLonger := func(s string, o occ) bool {
		for t, tos := range surfaces {
			if len(t) <= len(s) {
				continue
			}
			for _, p := range tos {
				if p.a <= o.a && o.b <= p.b {
					return true
				}
			}
		}
		return false
	}
	out := make([]GoldEntity, 0, len(raw))
	for i, e := range raw {
		where := fmt.Sprintf("entities[%d]", i)
		g := GoldEntity{Name: e.Name, Type: e.Type}
		for j, m := range e.Mentions {
			mw := fmt.Sprintf("%s.mentions[%d]", where, j)
			var s string
			if json.Unmarshal(m, &s) == nil {
				os := surfaces[foldString(s)]
				if len(os) == 0 {
					r.fail(fmt.Errorf("%s: %w: %q", mw, ErrAnchorNotFound, s))
				}
				for _, o := range os {
					if !inLonger(foldString(s), o) {
						g.Mentions = append(g.Mentions, r.f.original(o.a, o.b))
					}
				}
				continue
			}
			var o rawRef
			if err := json.Unmarshal(m, &o); err != nil {
				r.fail(fmt.Errorf("%s: %w: %s", mw, ErrFormat, m))
				continue
			}
			if sp, ok := r.span(mw, o.rawSpan, 0, len(r.f.runes)); ok {
				g.Mentions = append(g.Mentions, sp)
			}
		}
		g.Mentions = sortSpans(g.Mentions)
		out = append(out, g)
	}
	return out
}

// sortSpans sorts spans and drops duplicates.
func sortSpans(s []loupe.Span) []loupe.Span {
	slices.SortFunc(s, func(a, b loupe.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return slices.Compact(s)
}
