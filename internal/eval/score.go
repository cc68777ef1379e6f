package eval

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/loupe-news/loupe/internal/loupe"
)

// Counts are the true positives, false positives and false negatives of a
// detection task. They add up over documents (micro-averaging).
type Counts struct {
	TP, FP, FN int
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// ratio is a/b, or NaN when b is 0 (undefined).
func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// Precision is TP/(TP+FP); NaN when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN); NaN when the gold has nothing.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), the harmonic mean of precision and recall; NaN
// when there is nothing in the gold nor in the prediction.
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Empty reports whether there was nothing to count.
func (c Counts) Empty() bool { return c.TP+c.FP+c.FN == 0 }

// Ratio counts right answers out of a total.
type Ratio struct {
	Right, Total int
}

func (r *Ratio) add(o Ratio) { r.Right += o.Right; r.Total += o.Total }

func (r *Ratio) count(right bool) {
	r.Total++
	if right {
		r.Right++
	}
}

// Accuracy is Right/Total; NaN when Total is 0.
func (r Ratio) Accuracy() float64 { return ratio(r.Right, r.Total) }

// NoClaim is the predicted status recorded in the confusion matrix when no
// predicted claim overlaps a gold unit, or the one that does has no status.
const NoClaim = "none"

// MetaFields are the scored meta fields, in report order.
var metaFields = []string{"lang", "byline", "url", "site", "genre", "elided"}

// Scores are the counts of every metric for one document or a sum of them.
type Scores struct {
	Documents int

	Sentences     Counts // exact (start, end) after trimming white space
	SentenceEnds  Counts // trimmed end positions (extra information)
	Confusion     map[string]map[string]int
	Checkworthy   Counts // positive class: check-worthy
	SourceKind    Ratio
	Entities      Counts
	AliasGroups   Ratio
	Quantities    Counts // span, value and approx
	QuantitySpans Counts // span only (extra information)
	Techniques    Counts
	Meta          map[string]*Ratio
}

// Add adds o's counts to s.
func (s *Scores) Add(o *Scores) {
	s.Documents += o.Documents
	s.Sentences.add(o.Sentences)
	s.SentenceEnds.add(o.SentenceEnds)
	for g, row := range o.Confusion {
		for p, n := range row {
			s.confuse(g, p, n)
		}
	}
	s.Checkworthy.add(o.Checkworthy)
	s.SourceKind.add(o.SourceKind)
	s.Entities.add(o.Entities)
	s.AliasGroups.add(o.AliasGroups)
	s.Quantities.add(o.Quantities)
	s.QuantitySpans.add(o.QuantitySpans)
	s.Techniques.add(o.Techniques)
	for k, r := range o.Meta {
		s.meta(k).add(*r)
	}
}

func (s *Scores) confuse(gold, pred string, n int) {
	if s.Confusion == nil {
		s.Confusion = map[string]map[string]int{}
	}
	if s.Confusion[gold] == nil {
		s.Confusion[gold] = map[string]int{}
	}
	s.Confusion[gold][pred] += n
}

func (s *Scores) meta(field string) *Ratio {
	if s.Meta == nil {
		s.Meta = map[string]*Ratio{}
	}
	if s.Meta[field] == nil {
		s.Meta[field] = &Ratio{}
	}
	return s.Meta[field]
}

// Status is the claim-status accuracy: the diagonal of the confusion matrix
// over all scored gold units.
func (s *Scores) Status() Ratio {
	var r Ratio
	for g, row := range s.Confusion {
		for p, n := range row {
			r.Total += n
			if g == p {
				r.Right += n
			}
		}
	}
	return r
}

// StatusCounts are the one-against-the-rest counts of one status.
func (s *Scores) StatusCounts(status string) Counts {
	var c Counts
	for g, row := range s.Confusion {
		for p, n := range row {
			switch {
			case g == status && p == status:
				c.TP += n
			case g == status:
				c.FN += n
			case p == status:
				c.FP += n
			}
		}
	}
	return c
}

// StatusMacroF1 is the mean F1 of the six statuses, over the statuses that
// occur in the gold or the prediction; NaN when none does.
func (s *Scores) StatusMacroF1() float64 {
	sum, n := 0.0, 0
	for _, st := range loupe.Statuses {
		c := s.StatusCounts(st)
		if c.Empty() {
			continue
		}
		sum += c.F1()
		n++
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}

// Score compares a prediction with a gold document. Layers the gold does
// not annotate are not scored. The prediction's offsets are taken to point
// into the gold text.
func Score(g *GoldDoc, d *loupe.Dossier) *Scores {
	s := &Scores{Documents: 1}
	runes := []rune(g.Text)
	if g.HasSentences {
		s.Sentences, s.SentenceEnds = scoreSentences(runes, g.Sentences, d.Sentences)
		scoreClaims(s, g.Sentences, d.Claims)
		if g.HasTechniques {
			s.Techniques = scoreTechniques(g.Sentences, g.Techniques, d.Techniques)
		}
	}
	if g.HasEntities {
		s.Entities, s.AliasGroups = scoreEntities(runes, g.Entities, d.Entities)
	}
	if g.HasQuantities {
		s.Quantities, s.QuantitySpans = scoreQuantities(g.Quantities, d.Quantities)
	}
	scoreMeta(s, &g.Meta, &d.Meta)
	return s
}

// setCounts compares two sets.
func setCounts[T comparable](gold, pred map[T]bool) Counts {
	var c Counts
	for k := range pred {
		if gold[k] {
			c.TP++
		} else {
			c.FP++
		}
	}
	c.FN = len(gold) - c.TP
	return c
}

func scoreSentences(runes []rune, gold []GoldSentence, pred []loupe.Span) (spans, ends Counts) {
	gs, ge := map[loupe.Span]bool{}, map[int]bool{}
	for _, s := range gold {
		t := trim(runes, s.Span)
		gs[t], ge[t.End] = true, true
	}
	ps, pe := map[loupe.Span]bool{}, map[int]bool{}
	for _, s := range pred {
		t := trim(runes, s)
		ps[t], pe[t.End] = true, true
	}
	return setCounts(gs, ps), setCounts(ge, pe)
}

// unit is what a claim status is scored on: a gold claim, or a gold
// sentence without claims.
type unit struct {
	loupe.Span
	status, sourceKind string
}

func units(gold []GoldSentence) []unit {
	var out []unit
	for _, s := range gold {
		if len(s.Claims) == 0 {
			out = append(out, unit{s.Span, s.Status, s.SourceKind})
			continue
		}
		for _, c := range s.Claims {
			out = append(out, unit{c.Span, c.Status, c.SourceKind})
		}
	}
	return out
}

// bestClaim is the predicted claim that overlaps sp most; ties go to the one
// whose span differs least from sp, then to the first. Nil when none overlaps.
func bestClaim(sp loupe.Span, pred []loupe.Claim) *loupe.Claim {
	var best *loupe.Claim
	bo, bd := 0, 0
	for i := range pred {
		o := sp.Overlap(pred[i].Span)
		if o == 0 {
			continue
		}
		d := sp.Len() + pred[i].Len() - 2*o
		if o > bo || (o == bo && d < bd) {
			best, bo, bd = &pred[i], o, d
		}
	}
	return best
}

func scoreClaims(s *Scores, gold []GoldSentence, pred []loupe.Claim) {
	for _, u := range units(gold) {
		if u.status == "" {
			continue
		}
		c := bestClaim(u.Span, pred)
		status, kind := NoClaim, NoClaim
		if c != nil {
			if c.Status != "" {
				status = c.Status
			}
			if c.Source != nil && c.Source.Kind != "" {
				kind = c.Source.Kind
			}
		}
		s.confuse(u.status, status, 1)
		if u.status == loupe.Reported && u.sourceKind != "" {
			s.SourceKind.count(kind == u.sourceKind)
		}
	}
	for _, g := range gold {
		label := goldCheckworthy(&g)
		if label == nil {
			continue
		}
		predicted := false
		for _, c := range pred {
			if c.Checkworthy && c.Len() > 0 && 2*g.Overlap(c.Span) > c.Len() {
				predicted = true
				break
			}
		}
		switch {
		case *label && predicted:
			s.Checkworthy.TP++
		case *label:
			s.Checkworthy.FN++
		case predicted:
			s.Checkworthy.FP++
		}
	}
}

// goldCheckworthy is a sentence's gold check-worthiness: its own label, or,
// when that is null and it has claims, true if any claim is check-worthy,
// false if some claim is labelled and none is; nil when not scored.
func goldCheckworthy(s *GoldSentence) *bool {
	if s.Checkworthy != nil {
		return s.Checkworthy
	}
	var label *bool
	for _, c := range s.Claims {
		if c.Checkworthy != nil {
			if *c.Checkworthy {
				return c.Checkworthy
			}
			label = c.Checkworthy
		}
	}
	return label
}

func scoreTechniques(sents []GoldSentence, gold []GoldTechnique, pred []loupe.Technique) Counts {
	var c Counts
	for _, s := range sents {
		gl, pl := map[string]bool{}, map[string]bool{}
		for _, t := range gold {
			if s.Overlap(t.Span) > 0 {
				gl[t.Technique] = true
			}
		}
		for _, t := range pred {
			if s.Overlap(t.Span) > 0 {
				pl[t.Technique] = true
			}
		}
		c.add(setCounts(gl, pl))
	}
	return c
}

func scoreEntities(runes []rune, gold []GoldEntity, pred []loupe.Entity) (Counts, Ratio) {
	pm := make([]map[loupe.Span]bool, len(pred))
	for i, p := range pred {
		pm[i] = map[loupe.Span]bool{}
		for _, m := range p.Mentions {
			pm[i][m] = true
		}
	}
	// Candidate pairs of the same type sharing a mention, best first;
	// matched greedily one to one.
	type pair struct{ g, p, shared, diff int }
	var pairs []pair
	ng := 0
	for gi, g := range gold {
		if len(g.Mentions) == 0 {
			continue // nothing to match it by
		}
		ng++
		for pi, p := range pred {
			if !strings.EqualFold(g.Type, p.Type) {
				continue
			}
			n := 0
			for _, m := range g.Mentions {
				if pm[pi][m] {
					n++
				}
			}
			if n > 0 {
				pairs = append(pairs, pair{gi, pi, n, len(g.Mentions) + len(pm[pi]) - 2*n})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(b.shared-a.shared, a.diff-b.diff, a.g-b.g, a.p-b.p)
	})
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	var c Counts
	for _, p := range pairs {
		if !gUsed[p.g] && !pUsed[p.p] {
			gUsed[p.g], pUsed[p.p] = true, true
			c.TP++
		}
	}
	c.FN = ng - c.TP
	c.FP = len(pred) - c.TP

	var alias Ratio
	for _, g := range gold {
		surfaces := map[string]bool{}
		for _, m := range g.Mentions {
			surfaces[foldString(string(runes[m.Start:m.End]))] = true
		}
		if len(surfaces) < 2 {
			continue
		}
		kept := false
		for pi := range pred {
			all := true
			for _, m := range g.Mentions {
				if !pm[pi][m] {
					all = false
					break
				}
			}
			if all {
				kept = true
				break
			}
		}
		alias.count(kept)
	}
	return c, alias
}

func scoreQuantities(gold []GoldQuantity, pred []loupe.Quantity) (full, spans Counts) {
	match := func(same func(g GoldQuantity, p loupe.Quantity) bool) Counts {
		used := make([]bool, len(pred))
		var c Counts
		for _, g := range gold {
			for i, p := range pred {
				if !used[i] && same(g, p) {
					used[i] = true
					c.TP++
					break
				}
			}
		}
		c.FN = len(gold) - c.TP
		c.FP = len(pred) - c.TP
		return c
	}
	spans = match(func(g GoldQuantity, p loupe.Quantity) bool { return g.Span == p.Span })
	full = match(func(g GoldQuantity, p loupe.Quantity) bool {
		return g.Span == p.Span && g.Approx == p.Approx && (g.Value == nil || sameValue(*g.Value, p.Value))
	})
	return full, spans
}

// sameValue compares numbers up to a relative 1e-9, for values written as
// decimals.
func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*max(math.Abs(a), math.Abs(b))
}

func scoreMeta(s *Scores, g *GoldMeta, p *loupe.Meta) {
	genre := ""
	if p.Genre != nil {
		genre = p.Genre.Label
	}
	pred := map[string]string{
		"lang": p.Lang, "byline": p.Byline, "url": p.URL, "site": p.Site, "genre": genre,
		"elided": strconv.FormatBool(p.Elided),
	}
	gold := map[string]*string{"lang": g.Lang, "byline": g.Byline, "url": g.URL, "site": g.Site, "genre": g.Genre}
	if g.Elided != nil {
		e := strconv.FormatBool(*g.Elided)
		gold["elided"] = &e
	}
	for _, f := range metaFields {
		if v := gold[f]; v != nil {
			s.meta(f).count(strings.TrimSpace(*v) == strings.TrimSpace(pred[f]))
		}
	}
}
