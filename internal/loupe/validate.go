package loupe

import (
	"fmt"
	"unicode/utf8"
)

// Validate checks the dossier's invariants: every span lies inside Text,
// sentences and claims are in order and do not overlap, each claim lies in its
// sentence, and every reference names an existing entity or quantity.
func (d *Dossier) Validate() error {
	n := utf8.RuneCountInString(d.Text)
	in := func(what string, s Span) error {
		if s.Start < 0 || s.Start > s.End || s.End > n {
			return fmt.Errorf("loupe: %s span [%d,%d) outside text of %d code points", what, s.Start, s.End, n)
		}
		return nil
	}
	ordered := func(what string, spans []Span) error {
		for i, s := range spans {
			if err := in(what, s); err != nil {
				return err
			}
			if i > 0 && s.Start < spans[i-1].End {
				return fmt.Errorf("loupe: %s %d [%d,%d) overlaps the one before", what, i, s.Start, s.End)
			}
		}
		return nil
	}
	var paras []Span
	for _, p := range d.Paragraphs {
		paras = append(paras, p.Span)
	}
	if err := ordered("paragraph", paras); err != nil {
		return err
	}
	if err := ordered("sentence", d.Sentences); err != nil {
		return err
	}
	var claims []Span
	ents := map[string]bool{}
	for _, e := range d.Entities {
		ents[e.ID] = true
		for _, m := range e.Mentions {
			if err := in("mention", m); err != nil {
				return err
			}
		}
	}
	qs := map[string]bool{}
	for _, q := range d.Quantities {
		qs[q.ID] = true
		if err := in("quantity", q.Span); err != nil {
			return err
		}
	}
	for _, c := range d.Claims {
		claims = append(claims, c.Span)
		if c.Sentence < 0 || c.Sentence >= len(d.Sentences) || !d.Sentences[c.Sentence].Contains(c.Span) {
			return fmt.Errorf("loupe: claim %s outside its sentence %d", c.ID, c.Sentence)
		}
		for _, cue := range c.Cues {
			if err := in("cue", cue.Span); err != nil {
				return err
			}
		}
		if c.Source != nil && c.Source.Span != nil {
			if err := in("source", *c.Source.Span); err != nil {
				return err
			}
		}
		for _, id := range c.Entities {
			if !ents[id] {
				return fmt.Errorf("loupe: claim %s names unknown entity %s", c.ID, id)
			}
		}
		for _, id := range c.Quantities {
			if !qs[id] {
				return fmt.Errorf("loupe: claim %s names unknown quantity %s", c.ID, id)
			}
		}
	}
	if err := ordered("claim", claims); err != nil {
		return err
	}
	for _, t := range d.Techniques {
		if err := in("technique", t.Span); err != nil {
			return err
		}
	}
	for _, s := range []*Span{d.Meta.BylineSpan, d.Meta.URLSpan} {
		if s != nil {
			if err := in("meta", *s); err != nil {
				return err
			}
		}
	}
	for _, s := range d.Meta.Elisions {
		if err := in("elision", s); err != nil {
			return err
		}
	}
	return nil
}
