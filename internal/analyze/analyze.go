package analyze

import (
	"context"
	"time"

	"github.com/loupe-news/loupe/internal/core"
	"github.com/loupe-news/loupe/internal/genre"
	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/reputation"
	"github.com/loupe-news/loupe/internal/techniques"
)

// Version is the program's version: core.Version, which the build sets
// (-ldflags "-X github.com/loupe-news/loupe/internal/core.Version=…"), so
// that the dossier's generator and the command line say the same.
func Version() string { return core.Version }

// Input is one article to analyse, as a reader hands it over.
type Input = core.Input

// ErrEmpty is returned for a text with nothing but white space.
var ErrEmpty = core.ErrEmpty

// Stage names, for timing (Dossier.Timing).
const (
	StageIndex   = core.StageIndex
	StageLang    = core.StageLang
	StageSegment = core.StageSegment
	StageClaims  = core.StageClaims
	StageQuant   = core.StageQuant
	StageEnts    = core.StageEnts
	StageSignals = "signals"
)

// Options are the analyser's settings.
type Options struct {
	// ReputationLists are user rating lists (CSV, see package reputation)
	// added to the shipped ones.
	ReputationLists []string
}

// Analyzer chains the stages: the core ones (structure, language, claims,
// quantities, entities) and the credibility signals that read their output
// (persuasion techniques, genre, source reputation). It holds only
// read-only data after New and is safe for concurrent use.
type Analyzer struct {
	core *core.Analyzer
	rep  *reputation.Index
	tech *techniques.Finder
}

// New loads every stage's data with the default options.
func New() (*Analyzer, error) { return NewWith(Options{}) }

// NewWith loads every stage's data.
func NewWith(opt Options) (*Analyzer, error) {
	c, err := core.New()
	if err != nil {
		return nil, err
	}
	rep, err := reputation.New(opt.ReputationLists...)
	if err != nil {
		return nil, err
	}
	tf, err := techniques.New()
	if err != nil {
		return nil, err
	}
	return &Analyzer{core: c, rep: rep, tech: tf}, nil
}

// Analyze turns one article into its dossier. It is a pure function of its
// input and the loaded data; ctx is checked between stages.
func (a *Analyzer) Analyze(ctx context.Context, in Input) (*loupe.Dossier, error) {
	d, t, err := a.core.AnalyzeText(ctx, in)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	d.Techniques = a.tech.Find(techniques.Input{Text: t, Sentences: d.Sentences, Claims: d.Claims, Entities: d.Entities, Lang: d.Meta.Lang})
	if d.Techniques == nil {
		d.Techniques = []loupe.Technique{}
	}
	d.Meta.Genre = genre.Classify(genre.Input{Text: t, Sentences: d.Sentences, Claims: d.Claims,
		Lang: d.Meta.Lang, Title: d.Meta.Title, URL: d.Meta.URL})
	d.SourceReputation = a.rep.Match(d.Meta.URL, d.Meta.Site)
	if d.SourceReputation == nil {
		d.SourceReputation = []loupe.ReputationMatch{}
	}
	d.Timing[StageSignals] += float64(time.Since(start).Nanoseconds())
	return d, nil
}

// Site is the host of a URL without "www.", or "".
func Site(raw string) string { return core.Site(raw) }
