// Package report renders a dossier for people: a terminal report (statuses in
// colour when the output is a terminal) and Markdown. JSON needs no renderer:
// the dossier types marshal to SPEC.md's shape.
package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/loupe-news/loupe/internal/loupe"
)

var statusColor = map[string]string{
	loupe.Asserted:    "\x1b[32m", // green
	loupe.Reported:    "\x1b[36m", // cyan
	loupe.Hedged:      "\x1b[33m", // yellow
	loupe.Speculative: "\x1b[35m", // magenta
	loupe.Opinion:     "\x1b[34m", // blue
	loupe.Question:    "\x1b[31m", // red
}

const reset = "\x1b[0m"

// Text writes a readable report of d.
func Text(w io.Writer, d *loupe.Dossier, color bool) error {
	ew := &errWriter{w: w}
	t := loupe.NewText(d.Text)
	paint := func(status string) string {
		if !color {
			return fmt.Sprintf("%-11s", status)
		}
		return statusColor[status] + fmt.Sprintf("%-11s", status) + reset
	}
	ew.printf("Dossier %s\n", d.ID)
	m := d.Meta
	ew.printf("  language   %s (%.2f)\n", orDash(m.Lang), m.LangConfidence)
	for _, kv := range [][2]string{{"title", m.Title}, {"byline", m.Byline}, {"url", m.URL}, {"site", m.Site}, {"published", m.Published}} {
		if kv[1] != "" {
			ew.printf("  %-10s %s\n", kv[0], kv[1])
		}
	}
	if m.Elided {
		ew.printf("  elided     yes: %d passage(s) marked as left out\n", len(m.Elisions))
	}
	if m.Genre != nil {
		ew.printf("  genre      %s (%.2f): %s\n", m.Genre.Label, m.Genre.Score, oneLine(m.Genre.Why, 140))
	}
	for _, r := range d.SourceReputation {
		ew.printf("  rating     %s: %v %s (%s, %s)\n", r.List, r.Rating, strings.Join(r.Labels, ","), r.Date, oneLine(r.Citation, 90))
	}
	ew.printf("  structure  %d paragraphs, %d sentences, %d claims\n\n", len(d.Paragraphs), len(d.Sentences), len(d.Claims))
	counts := map[string]int{}
	worthy := 0
	for _, c := range d.Claims {
		counts[c.Status]++
		if c.Checkworthy {
			worthy++
		}
	}
	var parts []string
	for _, s := range loupe.Statuses {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	ew.printf("Claims: %s; %d check-worthy\n", strings.Join(parts, ", "), worthy)
	for _, c := range d.Claims {
		mark := " "
		if c.Checkworthy {
			mark = "✔"
		}
		ew.printf("%s %-4s %s %s\n", mark, c.ID, paint(c.Status), oneLine(t.Slice(c.Span), 110))
		if c.Source != nil && c.Source.Span != nil {
			ew.printf("       source (%s): %s\n", c.Source.Kind, oneLine(t.Slice(*c.Source.Span), 80))
		} else if c.Source != nil {
			ew.printf("       source: %s\n", c.Source.Kind)
		}
		if c.Why != "" {
			ew.printf("       why: %s\n", c.Why)
		}
	}
	if len(d.Quantities) > 0 {
		ew.printf("\nQuantities:\n")
		for _, q := range d.Quantities {
			approx := ""
			if q.Approx {
				approx = " (approx.)"
			}
			ew.printf("  %-4s %-8s %s%s %s  «%s»\n", q.ID, q.Kind, strconv.FormatFloat(q.Value, 'f', -1, 64), approx, q.Unit, oneLine(t.Slice(q.Span), 60))
		}
	}
	if len(d.Entities) > 0 {
		ew.printf("\nEntities:\n")
		for _, e := range d.Entities {
			ew.printf("  %-4s %-4s %s  %s  (%d mention(s))\n", e.ID, e.Type, e.Name, e.Key, len(e.Mentions))
		}
	}
	for _, wn := range d.Warnings {
		ew.printf("warning: %s\n", wn)
	}
	return ew.err
}

// Markdown writes d as a Markdown document.
func Markdown(w io.Writer, d *loupe.Dossier) error {
	ew := &errWriter{w: w}
	t := loupe.NewText(d.Text)
	title := d.Meta.Title
	if title == "" {
		title = d.ID
	}
	ew.printf("# Dossier: %s\n\n", mdEscape(title))
	m := d.Meta
	ew.printf("| field | value |\n| --- | --- |\n")
	ew.printf("| language | %s (%.2f) |\n", orDash(m.Lang), m.LangConfidence)
	for _, kv := range [][2]string{{"byline", m.Byline}, {"url", m.URL}, {"site", m.Site}, {"published", m.Published}} {
		if kv[1] != "" {
			ew.printf("| %s | %s |\n", kv[0], mdEscape(kv[1]))
		}
	}
	ew.printf("| elided | %v |\n| sentences | %d |\n", m.Elided, len(d.Sentences))
	if m.Genre != nil {
		ew.printf("| genre | %s (%.2f): %s |\n", m.Genre.Label, m.Genre.Score, mdEscape(m.Genre.Why))
	}
	ew.printf("\n")
	if len(d.SourceReputation) > 0 {
		ew.printf("## Source reputation\n\nWhat rating lists say of the site; Loupe gives no verdict of its own.\n\n| list | rating | labels | date | citation |\n| --- | --- | --- | --- | --- |\n")
		for _, r := range d.SourceReputation {
			ew.printf("| %s | %v | %s | %s | %s |\n", mdEscape(r.List), r.Rating, mdEscape(strings.Join(r.Labels, ", ")), r.Date, mdEscape(r.Citation))
		}
		ew.printf("\n")
	}
	ew.printf("## Claims\n\n| # | status | check-worthy | claim | source | why |\n| --- | --- | --- | --- | --- | --- |\n")
	for _, c := range d.Claims {
		src := ""
		if c.Source != nil {
			src = c.Source.Kind
			if c.Source.Span != nil {
				src += ": " + oneLine(t.Slice(*c.Source.Span), 80)
			}
		}
		ew.printf("| %s | %s | %s | %s | %s | %s |\n", c.ID, c.Status, yes(c.Checkworthy, c.CheckworthyScore),
			mdEscape(oneLine(t.Slice(c.Span), 400)), mdEscape(src), mdEscape(c.Why))
	}
	if len(d.Quantities) > 0 {
		ew.printf("\n## Quantities\n\n| # | kind | value | approx. | unit | text |\n| --- | --- | --- | --- | --- | --- |\n")
		for _, q := range d.Quantities {
			ew.printf("| %s | %s | %s | %v | %s | %s |\n", q.ID, q.Kind, strconv.FormatFloat(q.Value, 'f', -1, 64), q.Approx, mdEscape(q.Unit), mdEscape(oneLine(t.Slice(q.Span), 80)))
		}
	}
	if len(d.Entities) > 0 {
		ew.printf("\n## Entities\n\n| # | type | name | key | mentions |\n| --- | --- | --- | --- | --- |\n")
		for _, e := range d.Entities {
			ew.printf("| %s | %s | %s | %s | %d |\n", e.ID, e.Type, mdEscape(e.Name), e.Key, len(e.Mentions))
		}
	}
	if len(d.Warnings) > 0 {
		ew.printf("\n## Warnings\n\n")
		for _, wn := range d.Warnings {
			ew.printf("- %s\n", mdEscape(wn))
		}
	}
	return ew.err
}

func yes(b bool, score float64) string {
	if b {
		return fmt.Sprintf("yes (%.2f)", score)
	}
	return fmt.Sprintf("no (%.2f)", score)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// oneLine folds white space and shortens to n code points.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
