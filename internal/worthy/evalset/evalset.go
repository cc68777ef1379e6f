// Package evalset reads the check-worthiness development sets (CheckThat!
// 2024 TSV files, gold/1 JSONL files) and scores package worthy on them. It
// serves the trainer and the tests; the binary does not use it.
package evalset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/loupe-news/loupe/internal/worthy"
)

// ReadTSV reads a CheckThat! 2024 file: Sentence_id, Text, class_label,
// tab-separated, one record a line (LF or CRLF), no CSV quoting. A line
// holding two records run together ("…\tNo29286\t…") is split. A text
// wrapped in double quotes loses them, and doubled quotes inside become one.
func ReadTSV(path string) ([]worthy.Example, error) {
	ex, _, err := ReadTSVIDs(path)
	return ex, err
}

// ReadTSVIDs is ReadTSV with each example's Sentence_id. ClaimBuster
// numbers sentences in debate order, so close ids share a debate.
func ReadTSVIDs(path string) ([]worthy.Example, []int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var out []worthy.Example
	var ids []int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 && strings.HasPrefix(line, "Sentence_id") || line == "" {
			continue
		}
		for line != "" {
			parts := strings.SplitN(line, "\t", 3)
			if len(parts) < 3 {
				return nil, nil, fmt.Errorf("%s:%d: want 3 fields", path, n)
			}
			id, err := strconv.Atoi(strings.TrimSpace(parts[0]))
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: bad Sentence_id %q", path, n, parts[0])
			}
			rest := parts[2]
			var label string
			switch {
			case strings.HasPrefix(rest, "Yes"):
				label, line = "Yes", rest[3:]
			case strings.HasPrefix(rest, "No"):
				label, line = "No", rest[2:]
			default:
				return nil, nil, fmt.Errorf("%s:%d: bad label %q", path, n, rest)
			}
			out = append(out, worthy.Example{Claim: worthy.Claim{Text: unquote(parts[1]), Lang: "en"}, Yes: label == "Yes"})
			ids = append(ids, id)
		}
	}
	return out, ids, sc.Err()
}

func unquote(s string) string {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = strings.ReplaceAll(s[1:len(s)-1], `""`, `"`)
	}
	return s
}

// Sentence is one scored sentence of a gold file.
type Sentence struct {
	worthy.Example
	Doc int // line of the gold file, from 1
}

// ReadGold reads the sentences of a gold/1 JSONL file that have a
// check-worthiness label (null is skipped), with their gold status.
func ReadGold(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var d struct {
			Lang      string `json:"lang"`
			Text      string `json:"text"`
			Sentences []struct {
				Start, End  int
				Status      string
				Checkworthy *bool `json:"checkworthy"`
			} `json:"sentences"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		runes := []rune(d.Text)
		for _, s := range d.Sentences {
			if s.Checkworthy == nil || s.Start < 0 || s.End > len(runes) || s.Start > s.End {
				continue
			}
			out = append(out, Sentence{Example: worthy.Example{
				Claim: worthy.Claim{Text: string(runes[s.Start:s.End]), Lang: d.Lang, Status: s.Status},
				Yes:   *s.Checkworthy,
			}, Doc: n})
		}
	}
	return out, sc.Err()
}

// Halves splits gold sentences by their document's line: odd lines (1st,
// 3rd, …) and even lines.
func Halves(s []Sentence) (odd, even []Sentence) {
	for _, x := range s {
		if x.Doc%2 == 1 {
			odd = append(odd, x)
		} else {
			even = append(even, x)
		}
	}
	return odd, even
}

// Scored is a score with its gold label.
type Scored struct {
	P   float64
	Yes bool
}

// ScoreTSV scores examples as given.
func ScoreTSV(m *worthy.Model, ex []worthy.Example) []Scored {
	out := make([]Scored, len(ex))
	for i, e := range ex {
		p, _ := m.Score(e.Claim)
		out[i] = Scored{p, e.Yes}
	}
	return out
}

// ScoreGold scores gold sentences, with their gold status when status is
// true, else with none (the model guesses it from cue words).
func ScoreGold(m *worthy.Model, s []Sentence, status bool) []Scored {
	out := make([]Scored, len(s))
	for i, x := range s {
		c := x.Claim
		if !status {
			c.Status = ""
		}
		p, _ := m.Score(c)
		out[i] = Scored{p, x.Yes}
	}
	return out
}

// PRF is precision, recall and F1 of the "Yes" class at a threshold.
type PRF struct {
	P, R, F1, Thr float64
	N, Pos        int
}

// At scores decisions p >= thr.
func At(s []Scored, thr float64) PRF {
	var tp, fp, fn int
	for _, x := range s {
		pred := x.P >= thr
		switch {
		case pred && x.Yes:
			tp++
		case pred && !x.Yes:
			fp++
		case !pred && x.Yes:
			fn++
		}
	}
	r := PRF{Thr: thr, N: len(s), Pos: tp + fn}
	if tp > 0 {
		r.P = float64(tp) / float64(tp+fp)
		r.R = float64(tp) / float64(tp+fn)
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// Best is the threshold, on a grid of 0.01, that maximises F1; ties go to
// the middle of the best run of thresholds.
func Best(s []Scored) PRF {
	var best PRF
	var run []float64
	for t := 1; t < 100; t++ {
		r := At(s, float64(t)/100)
		switch {
		case r.F1 > best.F1+1e-12:
			best, run = r, []float64{r.Thr}
		case r.F1 >= best.F1-1e-12 && len(run) > 0 && run[len(run)-1] == float64(t-1)/100:
			run = append(run, r.Thr)
		}
	}
	if len(run) > 0 {
		sort.Float64s(run)
		best = At(s, run[len(run)/2])
	}
	return best
}

// Report prints P/R/F1 at the model's thresholds on every development set
// found under data (CheckThat! TSV) and corpus (gold/1 files); on
// dev-test.tsv only when devTest is set, as it is looked at once, for a
// model already chosen.
func Report(w io.Writer, m *worthy.Model, data, corpus string, devTest bool) {
	line := func(name string, s []Scored, thr float64) {
		r := At(s, thr)
		fmt.Fprintf(w, "%-34s n=%4d pos=%4d thr=%.2f  P %.3f  R %.3f  F1 %.3f\n", name, r.N, r.Pos, thr, r.P, r.R, r.F1)
	}
	for _, name := range []string{"dev", "dev-test"} {
		if name == "dev-test" && !devTest {
			continue
		}
		ex, err := ReadTSV(filepath.Join(data, name+".tsv"))
		if err != nil {
			fmt.Fprintln(w, err)
			continue
		}
		line("ct24 "+name, ScoreTSV(m, ex), m.Threshold("en"))
	}
	en, err := ReadGold(filepath.Join(corpus, "ct25-en-subjectivity.gold.jsonl"))
	if err == nil {
		line("ct25-en (no status)", ScoreGold(m, en, false), m.Threshold("en"))
		line("ct25-en (gold status)", ScoreGold(m, en, true), m.Threshold("en"))
	} else {
		fmt.Fprintln(w, err)
	}
	fr, err := ReadGold(filepath.Join(corpus, "ct25-fra-train.gold.jsonl"))
	if err == nil {
		odd, even := Halves(fr)
		line("ct25-fra odd (no status)", ScoreGold(m, odd, false), m.Threshold("fr"))
		line("ct25-fra even (no status)", ScoreGold(m, even, false), m.Threshold("fr"))
		line("ct25-fra odd (gold status)", ScoreGold(m, odd, true), m.Threshold("fr"))
		line("ct25-fra even (gold status)", ScoreGold(m, even, true), m.Threshold("fr"))
	} else {
		fmt.Fprintln(w, err)
	}
}
