package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/loupe-news/loupe/internal/loupe"
)

// ReportFormat names the JSON report's schema.
const ReportFormat = "loupe.eval/1"

// num is a score for JSON: null when undefined.
type num float64

func (n num) MarshalJSON() ([]byte, error) {
	f := float64(n)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(math.Round(f*1e6) / 1e6)
}

// MarshalJSON writes {"tp","fp","fn","precision","recall","f1"}.
func (c Counts) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int `json:"tp"`
		FP        int `json:"fp"`
		FN        int `json:"fn"`
		Precision num `json:"precision"`
		Recall    num `json:"recall"`
		F1        num `json:"f1"`
	}{c.TP, c.FP, c.FN, num(c.Precision()), num(c.Recall()), num(c.F1())})
}

// MarshalJSON writes {"right","total","accuracy"}.
func (r Ratio) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Right    int `json:"right"`
		Total    int `json:"total"`
		Accuracy num `json:"accuracy"`
	}{r.Right, r.Total, num(r.Accuracy())})
}

type statusJSON struct {
	Right     int                       `json:"right"`
	Total     int                       `json:"total"`
	Accuracy  num                       `json:"accuracy"`
	MacroF1   num                       `json:"macro_f1"`
	Labels    map[string]Counts         `json:"labels"`
	Confusion map[string]map[string]int `json:"confusion"` // gold status -> predicted status -> count
}

// MarshalJSON writes every metric, with its counts and scores; undefined
// scores (nothing to score) are null.
func (s *Scores) MarshalJSON() ([]byte, error) {
	st := s.Status()
	labels := map[string]Counts{}
	for _, l := range loupe.Statuses {
		labels[l] = s.StatusCounts(l)
	}
	conf := s.Confusion
	if conf == nil {
		conf = map[string]map[string]int{}
	}
	meta := map[string]Ratio{}
	for k, r := range s.Meta {
		meta[k] = *r
	}
	return json.Marshal(struct {
		Documents     int              `json:"documents"`
		Sentences     Counts           `json:"sentences"`
		SentenceEnds  Counts           `json:"sentence_ends"`
		Status        statusJSON       `json:"status"`
		Checkworthy   Counts           `json:"checkworthy"`
		SourceKind    Ratio            `json:"source_kind"`
		Entities      Counts           `json:"entities"`
		AliasGroups   Ratio            `json:"alias_groups"`
		Quantities    Counts           `json:"quantities"`
		QuantitySpans Counts           `json:"quantity_spans"`
		Techniques    Counts           `json:"techniques"`
		Meta          map[string]Ratio `json:"meta"`
	}{
		s.Documents, s.Sentences, s.SentenceEnds,
		statusJSON{st.Right, st.Total, num(st.Accuracy()), num(s.StatusMacroF1()), labels, conf},
		s.Checkworthy, s.SourceKind, s.Entities, s.AliasGroups, s.Quantities, s.QuantitySpans, s.Techniques, meta,
	})
}

// MarshalJSON writes {"format": "loupe.eval/1", "overall", "files", "errors"}.
func (r *Report) MarshalJSON() ([]byte, error) {
	type doc struct {
		ID     string  `json:"id"`
		Line   int     `json:"line,omitempty"`
		Scores *Scores `json:"scores"`
	}
	type file struct {
		Path      string  `json:"path"`
		Scores    *Scores `json:"scores"`
		Documents []doc   `json:"documents"`
	}
	files := make([]file, 0, len(r.Files))
	for _, f := range r.Files {
		docs := make([]doc, 0, len(f.Documents))
		for _, d := range f.Documents {
			docs = append(docs, doc{d.ID, d.Line, d.Scores})
		}
		files = append(files, file{f.Path, &f.Scores, docs})
	}
	errs := r.Errors
	if errs == nil {
		errs = []*Error{}
	}
	return json.Marshal(struct {
		Format  string   `json:"format"`
		Overall *Scores  `json:"overall"`
		Files   []file   `json:"files"`
		Errors  []*Error `json:"errors"`
	}{ReportFormat, &r.Overall, files, errs})
}

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteText writes the report as aligned tables: one per file, one for all
// files, the overall status confusion matrix, then the errors.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "loupe eval: %d file(s), %d document(s) scored, %d error(s)\n", len(r.Files), r.Overall.Documents, len(r.Errors))
	for _, f := range r.Files {
		fmt.Fprintf(&b, "\n== %s (%d document(s))\n", f.Path, f.Scores.Documents)
		writeTable(&b, &f.Scores)
	}
	if len(r.Files) != 1 {
		fmt.Fprintf(&b, "\n== overall (%d document(s))\n", r.Overall.Documents)
		writeTable(&b, &r.Overall)
	}
	if len(r.Overall.Confusion) > 0 {
		b.WriteString("\nstatus confusion (rows gold, columns predicted)\n")
		writeConfusion(&b, r.Overall.Confusion)
	}
	if len(r.Errors) > 0 {
		b.WriteString("\nerrors\n")
		for _, e := range r.Errors {
			for i, line := range strings.Split(e.Error(), "\n") {
				if i > 0 {
					b.WriteString("    ")
				}
				b.WriteString("  " + line + "\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func score(f float64) string {
	if math.IsNaN(f) {
		return "    -"
	}
	return fmt.Sprintf("%5.3f", f)
}

// blank fills a column that does not apply to a row.
const blank = "     "

// writeTable writes one row per metric that had something to score.
func writeTable(w io.Writer, s *Scores) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "metric\t    P\t    R\t   F1\t  acc\tcounts")
	prf := func(name string, c Counts) {
		if c.Empty() {
			return
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\ttp %d fp %d fn %d\n", name, score(c.Precision()), score(c.Recall()), score(c.F1()), blank, c.TP, c.FP, c.FN)
	}
	acc := func(name string, r Ratio) {
		if r.Total == 0 {
			return
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d/%d\n", name, blank, blank, blank, score(r.Accuracy()), r.Right, r.Total)
	}
	prf("sentences", s.Sentences)
	prf("sentence ends", s.SentenceEnds)
	st := s.Status()
	if st.Total > 0 {
		fmt.Fprintf(tw, "claim status (macro-F1)\t%s\t%s\t%s\t%s\t%d/%d\n", blank, blank, score(s.StatusMacroF1()), score(st.Accuracy()), st.Right, st.Total)
	}
	for _, l := range loupe.Statuses {
		if c := s.StatusCounts(l); !c.Empty() {
			prf("  "+l, c)
		}
	}
	prf("check-worthy", s.Checkworthy)
	acc("source kind (reported)", s.SourceKind)
	prf("entities", s.Entities)
	acc("alias groups kept whole", s.AliasGroups)
	prf("quantities", s.Quantities)
	prf("quantity spans", s.QuantitySpans)
	prf("techniques", s.Techniques)
	for _, f := range metaFields {
		if r := s.Meta[f]; r != nil {
			acc("meta "+f, *r)
		}
	}
	tw.Flush()
}

func writeConfusion(w io.Writer, conf map[string]map[string]int) {
	cols := slices.Clone(loupe.Statuses)
	seen := map[string]bool{}
	for _, row := range conf {
		for p := range row {
			seen[p] = true
		}
	}
	var extra []string
	for p := range seen {
		if !slices.Contains(cols, p) {
			extra = append(extra, p)
		}
	}
	slices.Sort(extra)
	cols = append(cols, extra...)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "gold \\ predicted\t")
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", c)
	}
	fmt.Fprintln(tw)
	for _, g := range loupe.Statuses {
		row := conf[g]
		if len(row) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t", g)
		for _, c := range cols {
			fmt.Fprintf(tw, "%d\t", row[c])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}
