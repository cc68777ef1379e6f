package eval

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/loupe-news/loupe/internal/loupe"
)

// Report is the outcome of scoring many gold documents.
type Report struct {
	Files   []*FileReport
	Overall Scores
	Errors  []*Error
}

// FileReport is the outcome for one gold file.
type FileReport struct {
	Path      string
	Scores    Scores
	Documents []*DocReport
}

// DocReport is the outcome for one gold document.
type DocReport struct {
	ID     string
	Line   int
	Scores *Scores
}

// Analyzer turns a gold document's text into a prediction.
type Analyzer func(ctx context.Context, doc *GoldDoc) (*loupe.Dossier, error)

// Run loads the gold files (a folder is walked for *.gold.json and
// *.gold.jsonl files), analyses each document and scores the prediction.
// A file, document or analysis that fails is recorded in the report's
// Errors and the run goes on. The error is non-nil only when ctx ends, with
// the report of what was done so far.
func Run(ctx context.Context, goldPaths []string, analyze Analyzer) (*Report, error) {
	r := &Report{}
	files, errs := expand(goldPaths)
	r.Errors = append(r.Errors, errs...)
	for _, path := range files {
		docs, errs := LoadFile(path)
		r.Errors = append(r.Errors, errs...)
		fr := &FileReport{Path: path}
		r.Files = append(r.Files, fr)
		for _, g := range docs {
			if err := ctx.Err(); err != nil {
				r.total()
				return r, fmt.Errorf("eval: %w", err)
			}
			d, err := analyze(ctx, g)
			if err == nil && d == nil {
				err = fmt.Errorf("%w: no dossier", ErrAnalysis)
			}
			if err == nil && d.Text != "" && d.Text != g.Text {
				err = ErrTextMismatch
			}
			if err != nil {
				r.Errors = append(r.Errors, &Error{File: g.File, Line: g.Line, ID: g.ID, Err: fmt.Errorf("%w: %w", ErrAnalysis, err)})
				continue
			}
			s := Score(g, d)
			fr.Scores.Add(s)
			fr.Documents = append(fr.Documents, &DocReport{ID: g.ID, Line: g.Line, Scores: s})
		}
	}
	r.total()
	return r, nil
}

func (r *Report) total() {
	r.Overall = Scores{}
	for _, f := range r.Files {
		r.Overall.Add(&f.Scores)
	}
}

// expand replaces folders by the gold files they hold, in lexical order.
func expand(paths []string) (files []string, errs []*Error) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &Error{File: p, Err: fmt.Errorf("eval: %w", err)})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(path, ".gold.json") || strings.HasSuffix(path, ".gold.jsonl")) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &Error{File: p, Err: fmt.Errorf("eval: %w", err)})
		}
	}
	return files, errs
}

// Agreement scores the annotations of predPaths against those of goldPaths
// (inter-annotator agreement), matching documents by id: each prediction is
// DossierFromGold of the document with the same id. A gold document without
// a counterpart, or with a different text, is an error.
func Agreement(ctx context.Context, goldPaths, predPaths []string) (*Report, error) {
	files, loadErrs := expand(predPaths)
	byID := map[string]*GoldDoc{}
	for _, path := range files {
		docs, errs := LoadFile(path)
		loadErrs = append(loadErrs, errs...)
		for _, d := range docs {
			if _, dup := byID[d.ID]; dup {
				loadErrs = append(loadErrs, &Error{File: d.File, Line: d.Line, ID: d.ID, Err: ErrDuplicateID})
				continue
			}
			byID[d.ID] = d
		}
	}
	r, err := Run(ctx, goldPaths, func(_ context.Context, g *GoldDoc) (*loupe.Dossier, error) {
		p, ok := byID[g.ID]
		if !ok {
			return nil, ErrNoPrediction
		}
		return DossierFromGold(p), nil
	})
	r.Errors = append(loadErrs, r.Errors...)
	return r, err
}

// DossierFromGold turns a gold document into the dossier an analyser that
// agrees with it perfectly would produce: its sentences, a claim per gold
// claim or per sentence without claims, its entities, quantities, techniques
// and meta. Scoring it against the same gold gives 1 on every metric.
func DossierFromGold(g *GoldDoc) *loupe.Dossier {
	d := &loupe.Dossier{
		Schema:           loupe.Schema,
		ID:               g.ID,
		Generator:        loupe.Generator{Name: "gold", Version: "gold/1"},
		Text:             g.Text,
		Paragraphs:       []loupe.Block{},
		Sentences:        []loupe.Span{},
		Claims:           []loupe.Claim{},
		Entities:         []loupe.Entity{},
		Quantities:       []loupe.Quantity{},
		Techniques:       []loupe.Technique{},
		SourceReputation: []loupe.ReputationMatch{},
		Warnings:         []string{},
	}
	m := &d.Meta
	m.Lang, m.Published = g.Lang, g.Published
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	m.Byline, m.URL, m.Site = str(g.Meta.Byline), str(g.Meta.URL), str(g.Meta.Site)
	if g.Meta.Genre != nil {
		m.Genre = &loupe.Genre{Label: *g.Meta.Genre, Score: 1, Why: "gold"}
	}
	m.Elided = g.Meta.Elided != nil && *g.Meta.Elided
	if m.Lang != "" {
		m.LangConfidence = 1
	}

	for i, s := range g.Sentences {
		d.Sentences = append(d.Sentences, s.Span)
		label := goldCheckworthy(&s)
		first := len(d.Claims)
		if len(s.Claims) == 0 {
			d.Claims = append(d.Claims, claimFromGold(i, s.Span, s.Status, s.Source, s.SourceKind, label, nil))
		}
		for _, c := range s.Claims {
			cw := c.Checkworthy
			if cw == nil {
				cw = label
			}
			d.Claims = append(d.Claims, claimFromGold(i, c.Span, c.Status, c.Source, c.SourceKind, cw, nil))
		}
		claims := d.Claims[first:]
		// Keep the sentence's label true to the gold: it is positive when
		// any of its claims is.
		if label != nil {
			pos := false
			for _, c := range claims {
				pos = pos || c.Checkworthy
			}
			if pos != *label {
				for k := range claims {
					claims[k].Checkworthy = *label
					claims[k].CheckworthyScore = b2f(*label)
				}
			}
		}
		// Each cue goes to the claim that holds it, else the first.
		for _, cue := range s.Cues {
			k := 0
			for j, c := range claims {
				if c.Contains(cue.Span) {
					k = j
					break
				}
			}
			claims[k].Cues = append(claims[k].Cues, cue)
		}
	}
	for i := range d.Claims {
		d.Claims[i].ID = fmt.Sprintf("c%d", i+1)
	}
	for _, e := range g.Entities {
		if len(e.Mentions) == 0 {
			continue
		}
		d.Entities = append(d.Entities, loupe.Entity{
			ID: fmt.Sprintf("e%d", len(d.Entities)+1), Name: e.Name, Type: e.Type,
			Mentions: append([]loupe.Span(nil), e.Mentions...),
		})
	}
	for i, q := range g.Quantities {
		v := 0.0
		if q.Value != nil {
			v = *q.Value
		}
		d.Quantities = append(d.Quantities, loupe.Quantity{ID: fmt.Sprintf("q%d", i+1), Span: q.Span, Value: v, Approx: q.Approx, Unit: q.Unit})
	}
	for _, t := range g.Techniques {
		d.Techniques = append(d.Techniques, loupe.Technique{Span: t.Span, Technique: t.Technique, Score: 1, Why: "gold"})
	}
	return d
}

func claimFromGold(sentence int, sp loupe.Span, status string, src *loupe.Span, kind string, cw *bool, cues []loupe.Cue) loupe.Claim {
	c := loupe.Claim{Span: sp, Sentence: sentence, Status: status, Cues: cues, Entities: []string{}, Quantities: []string{}, Why: "gold"}
	if c.Cues == nil {
		c.Cues = []loupe.Cue{}
	}
	if src != nil || kind != "" {
		c.Source = &loupe.Source{Kind: kind}
		if src != nil {
			s := *src
			c.Source.Span = &s
		}
	}
	if cw != nil {
		c.Checkworthy, c.CheckworthyScore = *cw, b2f(*cw)
	}
	return c
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
