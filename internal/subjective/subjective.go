package subjective

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/loupe-news/loupe/internal/subjective/internal/feature"
)

//go:generate go run ./train -data data -out model/subjective.bin

//go:embed model/subjective.bin
var modelFile []byte

// Model scores sentences. It is read-only once loaded and safe for
// concurrent use.
type Model struct {
	langs map[string]*langModel
	pool  sync.Pool // *feature.Extractor
}

type langModel struct {
	lang feature.Lang
	bias float64
	w    []float32
}

// New loads the embedded model.
func New() (*Model, error) {
	f, err := feature.Read(bytes.NewReader(modelFile))
	if err != nil {
		return nil, err
	}
	m := &Model{langs: map[string]*langModel{}}
	m.pool.New = func() any { return new(feature.Extractor) }
	tables := make([][]float32, len(f.Tables))
	for i, t := range f.Tables {
		tables[i] = make([]float32, len(t.W))
		for j, x := range t.W {
			tables[i][j] = float32(x)
		}
	}
	for _, l := range f.Langs {
		if _, dup := m.langs[l.Code]; dup {
			return nil, fmt.Errorf("%w: language %q twice", feature.ErrFormat, l.Code)
		}
		m.langs[l.Code] = &langModel{lang: l.Lang, bias: f.Tables[l.Table].Bias, w: tables[l.Table]}
	}
	return m, nil
}

// Opinion returns how likely sentence is an opinion (a judgement,
// evaluation, recommendation or call) rather than a statement of fact, as a
// probability-like score in [0, 1]; 0.5 is the decision threshold. lang is
// an ISO 639-1 code. It returns -1 when there is no model for lang.
func (m *Model) Opinion(lang, sentence string) float64 {
	lm := m.langs[lang]
	if lm == nil {
		return -1
	}
	e := m.pool.Get().(*feature.Extractor)
	e.Extract(&lm.lang, sentence, false)
	z := 0.0
	for _, h := range e.Hashes {
		z += float64(lm.w[h])
	}
	z = lm.bias + z*feature.Value(len(e.Hashes))
	m.pool.Put(e)
	return 1 / (1 + math.Exp(-z))
}

const langReason = "form: lang"

// Reasons returns up to three features of sentence that weigh most towards
// "opinion", strongest first, such as `word "disgrace"`, `phrase "il faut"`
// or `form: !`. A word's weight includes its character n-grams. It returns
// nil when there is no model for lang or nothing speaks for an opinion.
func (m *Model) Reasons(lang, sentence string) []string {
	lm := m.langs[lang]
	if lm == nil {
		return nil
	}
	var e feature.Extractor
	e.Extract(&lm.lang, sentence, true)
	weight := map[string]float64{}
	var order []string
	for i, h := range e.Hashes {
		name := e.Names[i]
		if name == langReason {
			continue // a per-language bias, not a reason
		}
		if _, ok := weight[name]; !ok {
			order = append(order, name)
		}
		weight[name] += float64(lm.w[h])
	}
	var out []string
	for _, name := range order {
		if weight[name] > 0 {
			out = append(out, name)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int {
		switch {
		case weight[a] > weight[b]:
			return -1
		case weight[a] < weight[b]:
			return 1
		}
		return 0
	})
	if len(out) > 3 {
		out = out[:3]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
