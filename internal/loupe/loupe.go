// Package loupe holds the domain types that every stage of the analysis speaks:
// the Dossier and its parts (spans, claims, entities, quantities, techniques),
// and Text, which maps between byte offsets (what Go strings index) and Unicode
// code points (what the dossier's offsets count, see SPEC.md).
//
// It imports nothing of the project's, so that every stage can depend on it.
package loupe

// Schema is the dossier schema version (SPEC.md).
const Schema = "loupe.dossier/1"

// Span is a half-open range [Start, End) of Unicode code points into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlap is the number of code points s and o share.
func (s Span) Overlap(o Span) int {
	lo, hi := max(s.Start, o.Start), min(s.End, o.End)
	return max(0, hi-lo)
}

// Dossier is what Loupe says about one article (SPEC.md, "Dossier JSON").
type Dossier struct {
	Schema           string             `json:"schema"`
	ID               string             `json:"id"`
	Generator        Generator          `json:"generator"`
	Meta             Meta               `json:"meta"`
	Text             string             `json:"text"`
	Paragraphs       []Block            `json:"paragraphs"`
	Sentences        []Span             `json:"sentences"`
	Claims           []Claim            `json:"claims"`
	Entities         []Entity           `json:"entities"`
	Quantities       []Quantity         `json:"quantities"`
	Techniques       []Technique        `json:"techniques"`
	SourceReputation []ReputationMatch  `json:"source_reputation"`
	Provenance       map[string]any     `json:"provenance,omitempty"`
	Warnings         []string           `json:"warnings"`
	Timing           map[string]float64 `json:"-"`
}

// Generator names the program and the data it used.
type Generator struct {
	Name    string            `json:"name"`
	Version string            `json:"version"`
	Data    map[string]string `json:"data,omitempty"`
}

// Meta is what is known about the article as a whole.
type Meta struct {
	Lang           string  `json:"lang"`
	LangConfidence float64 `json:"lang_confidence"`
	Title          string  `json:"title,omitempty"`
	Byline         string  `json:"byline,omitempty"`
	URL            string  `json:"url,omitempty"`
	Site           string  `json:"site,omitempty"`      // registrable host of URL: "example.org"
	SiteName       string  `json:"site_name,omitempty"` // the site's own name, from HTML: "The Daily Example"
	Published      string  `json:"published,omitempty"`
	Fetched        string  `json:"fetched,omitempty"` // when Loupe fetched the page (RFC 3339)
	SHA256         string  `json:"sha256,omitempty"`  // of the bytes read: the evidence`
	Genre          *Genre  `json:"genre,omitempty"`
	Elided         bool    `json:"elided"`
	// Where the byline, URL line and elision markers lie in the text.
	BylineSpan *Span  `json:"byline_span,omitempty"`
	URLSpan    *Span  `json:"url_span,omitempty"`
	Elisions   []Span `json:"elisions,omitempty"`
}

// Genre labels the kind of text.
type Genre struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
	Why   string  `json:"why"`
}

// Block kinds: how a stretch of the text is laid out.
const (
	BlockParagraph = "paragraph"
	BlockHeading   = "heading"
	BlockListItem  = "list_item"
)

// Block is a paragraph, heading or list item.
type Block struct {
	Span
	Kind string `json:"kind"`
}

// Statuses of a claim, from the strongest in precedence to the weakest (SPEC.md).
const (
	Question    = "question"
	Reported    = "reported"
	Speculative = "speculative"
	Hedged      = "hedged"
	Opinion     = "opinion"
	Asserted    = "asserted"
)

// Statuses lists the six statuses in precedence order.
var Statuses = []string{Question, Reported, Speculative, Hedged, Opinion, Asserted}

// Precedence is the rank of a status: lower wins when two apply to one clause.
func Precedence(status string) int {
	for i, s := range Statuses {
		if s == status {
			return i
		}
	}
	return len(Statuses)
}

// Source kinds.
const (
	SourceNamed   = "named"
	SourceUnnamed = "unnamed"
	SourceVague   = "vague"
)

// Claim is a sentence, or a clause of one, with how firmly and on whose word
// the text commits to it.
type Claim struct {
	ID string `json:"id"`
	Span
	Sentence         int      `json:"sentence"`
	Status           string   `json:"status"`
	Cues             []Cue    `json:"cues"`
	Source           *Source  `json:"source"`
	Checkworthy      bool     `json:"checkworthy"`
	CheckworthyScore float64  `json:"checkworthy_score"`
	Why              string   `json:"why"`
	Entities         []string `json:"entities"`
	Quantities       []string `json:"quantities"`
}

// Cue is a span of words that signals a status or a stance.
type Cue struct {
	Span
	Kind string `json:"kind"`
}

// Cue kinds.
const (
	CueConditional = "conditional"
	CueHedge       = "hedge"
	CueBooster     = "booster"
	CueAttribution = "attribution"
	CueQuestion    = "question"
	CueOpinion     = "opinion"
	CueNegation    = "negation"
	CueFuture      = "future"
	CueModal       = "modal"
	CueCondition   = "condition"
)

// Source is who a reported claim rests on. Span is nil for an unnamed source.
type Source struct {
	*Span
	Kind string `json:"kind"`
}

// Entity is a person, organisation, place or other name, with its mentions.
type Entity struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Key      string `json:"key,omitempty"`
	Mentions []Span `json:"mentions"`
}

// Quantity is a number in the text with what it counts.
type Quantity struct {
	ID string `json:"id"`
	Span
	Value  float64 `json:"value"`
	Approx bool    `json:"approx"`
	Unit   string  `json:"unit,omitempty"`
	Kind   string  `json:"kind"`
}

// Technique is a persuasion technique found in a span (SemEval-2023 labels).
type Technique struct {
	Span
	Technique string  `json:"technique"`
	Score     float64 `json:"score"`
	Why       string  `json:"why"`
}

// ReputationMatch is what one rating list says of the article's site.
type ReputationMatch struct {
	List     string   `json:"list"`
	Match    string   `json:"match"`
	Domain   string   `json:"domain"`
	Rating   any      `json:"rating"`
	Labels   []string `json:"labels,omitempty"`
	Date     string   `json:"date,omitempty"`
	Citation string   `json:"citation"`
}
