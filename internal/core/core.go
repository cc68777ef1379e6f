package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/loupe-news/loupe/internal/claims"
	"github.com/loupe-news/loupe/internal/entities"
	"github.com/loupe-news/loupe/internal/langid"
	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/quantities"
	"github.com/loupe-news/loupe/internal/segment"
)

// Version is the program's version, set at build time.
var Version = "0.1.0-dev"

// Input is one article to analyse, as a reader hands it over.
type Input struct {
	ID        string
	Text      string // valid UTF-8 (see ingest.Repair)
	Lang      string // forced language, or "" / "auto"
	Title     string
	Byline    string
	URL       string
	Site      string
	Published string
	Warnings  []string
	// Evidence of a fetched page: when, and the SHA-256 of the bytes.
	FetchedAt time.Time
	SHA256    string
}

// Analyzer chains the stages. It holds only read-only data after New and is
// safe for concurrent use.
type Analyzer struct {
	seg    *segment.Segmenter
	claims *claims.Analyzer
	lang   *langid.Detector
	quant  *quantities.Finder
	ents   *entities.Recognizer
}

// New loads every stage's data.
func New() (*Analyzer, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	cl, err := claims.New()
	if err != nil {
		return nil, err
	}
	ld, err := langid.New()
	if err != nil {
		return nil, err
	}
	qf, err := quantities.New()
	if err != nil {
		return nil, err
	}
	er, err := entities.New()
	if err != nil {
		return nil, err
	}
	return &Analyzer{seg: seg, claims: cl, lang: ld, quant: qf, ents: er}, nil
}

// Stage names, for timing.
const (
	StageIndex   = "index"
	StageLang    = "langid"
	StageSegment = "segment"
	StageClaims  = "claims"
	StageQuant   = "quantities"
	StageEnts    = "entities"
)

// Analyze turns one article into its dossier. It is a pure function of its
// input and the loaded data; ctx is checked between stages.
func (a *Analyzer) Analyze(ctx context.Context, in Input) (*loupe.Dossier, error) {
	d, _, err := a.AnalyzeText(ctx, in)
	return d, err
}

// AnalyzeText is Analyze that also hands back the text's index, for stages
// that go on from the dossier.
func (a *Analyzer) AnalyzeText(ctx context.Context, in Input) (*loupe.Dossier, *loupe.Text, error) {
	timing := map[string]float64{}
	clock := time.Now()
	lap := func(stage string) {
		now := time.Now()
		timing[stage] += float64(now.Sub(clock).Nanoseconds())
		clock = now
	}
	if strings.TrimSpace(in.Text) == "" {
		return nil, nil, ErrEmpty
	}
	t := loupe.NewText(in.Text)
	d := &loupe.Dossier{
		Schema:           loupe.Schema,
		ID:               in.ID,
		Generator:        loupe.Generator{Name: "loupe", Version: Version, Data: a.dataVersions()},
		Text:             in.Text,
		Claims:           []loupe.Claim{},
		Entities:         []loupe.Entity{},
		Quantities:       []loupe.Quantity{},
		Techniques:       []loupe.Technique{},
		SourceReputation: []loupe.ReputationMatch{},
		Warnings:         append([]string{}, in.Warnings...),
		Timing:           timing,
	}
	if d.ID == "" {
		sum := sha256.Sum256([]byte(in.Text))
		d.ID = "sha256:" + hex.EncodeToString(sum[:8])
	}
	d.Meta = loupe.Meta{Title: in.Title, Byline: in.Byline, URL: in.URL, Published: in.Published, SHA256: in.SHA256}
	if !in.FetchedAt.IsZero() {
		d.Meta.Fetched = in.FetchedAt.UTC().Format(time.RFC3339)
	}
	if strings.ContainsAny(in.Site, " ") || !strings.Contains(in.Site, ".") {
		d.Meta.SiteName = in.Site // a name, not a host
	} else {
		d.Meta.Site = strings.TrimPrefix(strings.ToLower(in.Site), "www.")
	}
	lap(StageIndex)

	// Language: forced, or identified on the text.
	switch lang := strings.ToLower(strings.TrimSpace(in.Lang)); lang {
	case "", "auto":
		g := a.lang.Detect(in.Text)
		d.Meta.Lang, d.Meta.LangConfidence = g.Lang, g.Confidence
		if g.Lang == "" {
			d.Warnings = append(d.Warnings, "langid: language not identified; language-independent analysis only")
		}
	default:
		d.Meta.Lang, d.Meta.LangConfidence = lang, 1
	}
	lap(StageLang)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}

	seg := a.seg.Segment(t, d.Meta.Lang)
	d.Paragraphs = seg.Paragraphs
	d.Sentences = seg.Sentences
	d.Meta.Elisions = seg.Elisions
	d.Meta.Elided = len(seg.Elisions) > 0
	if seg.Byline != nil {
		d.Meta.BylineSpan = seg.Byline
		if d.Meta.Byline == "" {
			d.Meta.Byline = t.Slice(*seg.Byline)
		}
	}
	if seg.URL != nil {
		d.Meta.URLSpan = seg.URL
		if d.Meta.URL == "" {
			d.Meta.URL = t.Slice(*seg.URL)
		}
	}
	if site := Site(d.Meta.URL); site != "" {
		d.Meta.Site = site
	}
	if d.Paragraphs == nil {
		d.Paragraphs = []loupe.Block{}
	}
	if d.Sentences == nil {
		d.Sentences = []loupe.Span{}
	}
	lap(StageSegment)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}

	if !a.known(d.Meta.Lang) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("claims: no cue lexicon for language %q; statuses rest on punctuation only", d.Meta.Lang))
	}
	d.Claims = a.claims.Detect(t, d.Sentences, d.Meta.Lang)
	lap(StageClaims)

	d.Quantities = a.quant.Find(t, d.Sentences, d.Meta.Lang)
	if d.Quantities == nil {
		d.Quantities = []loupe.Quantity{}
	}
	lap(StageQuant)

	d.Entities = a.ents.Find(t, d.Sentences, d.Meta.Lang)
	if d.Entities == nil {
		d.Entities = []loupe.Entity{}
	}
	link(d)
	lap(StageEnts)

	return d, t, nil
}

func (a *Analyzer) known(lang string) bool {
	for _, l := range a.claims.Langs() {
		if l == lang {
			return true
		}
	}
	return false
}

func (a *Analyzer) dataVersions() map[string]string {
	return map[string]string{
		"segment": strings.Join(a.seg.Langs(), ","),
		"claims":  strings.Join(a.claims.Langs(), ","),
		"langid":  a.lang.Name(),
	}
}

// Site is the host of a URL without "www.", or "".
func Site(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// link lists in each claim the quantities and entities it mentions. Claims,
// quantities and mentions are in text order, so one sweep does it.
func link(d *loupe.Dossier) {
	type mention struct {
		loupe.Span
		id string
	}
	var ms []mention
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			ms = append(ms, mention{m, e.ID})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	q, m := 0, 0
	for i := range d.Claims {
		c := &d.Claims[i]
		for q < len(d.Quantities) && d.Quantities[q].End <= c.Start {
			q++
		}
		for k := q; k < len(d.Quantities) && d.Quantities[k].Start < c.End; k++ {
			if c.Span.Overlap(d.Quantities[k].Span) > 0 {
				c.Quantities = append(c.Quantities, d.Quantities[k].ID)
			}
		}
		for m < len(ms) && ms[m].Start < c.Start {
			m++
		}
		seen := map[string]bool{}
		for k := m; k < len(ms) && ms[k].Start < c.End; k++ {
			if c.Span.Contains(ms[k].Span) && !seen[ms[k].id] {
				seen[ms[k].id] = true
				c.Entities = append(c.Entities, ms[k].id)
			}
		}
	}
}
