package worthy

import (
	"math"
)

// Example is a labelled claim for training.
type Example struct {
	Claim
	Yes    bool
	Weight float64 // weight in the loss (0: 1), times PosWeight for a Yes
}

// TrainConfig sets the learner.
type TrainConfig struct {
	Bits          uint    // hashed n-gram space: 1<<Bits weights
	Chars         bool    // add character 3- to 5-grams of words
	Trigrams      bool    // add word trigrams
	CapGrams      bool    // add word bigrams with capitalised names folded to one token
	Lambda        float64 // L2 penalty of the full model
	LambdaNeutral float64 // L2 penalty of the language-neutral model
	PosWeight     float64 // weight of a "Yes" example in the loss (1: none)
	// PosWeightNeutral is PosWeight for the neutral model (0: PosWeight).
	PosWeightNeutral float64
	Iters            int // L-BFGS iterations at most
	// NB, when above 0, scales each hashed n-gram feature by its naive
	// Bayes log-count ratio, smoothed by NB (NB-SVM, Wang & Manning 2012);
	// the ratio is folded into the stored weights.
	NB         float64
	NgramLangs []string
	// Embed adds dense features pooled from the English word vectors to
	// the full model: 1 their mean, 2 their SIF-weighted mean, 3 mean and
	// max (0: none); EmbedScale is the length of each pooled part.
	Embed      int
	EmbedScale float64
}

// sparse is one featurized example.
type sparse struct {
	idx []int32
	val []float32
	y   float64 // 1 or 0
	c   float64 // example weight
}

// Train fits the two logistic regressions, with L2 penalties, by L-BFGS: a
// full model over every feature (for the languages of cfg.NgramLangs) and
// a language-neutral one over the word classes and the text's form. It is
// deterministic.
func Train(ex []Example, cfg TrainConfig) (*Model, error) {
	m, err := newModel(cfg.Bits, grams{cfg.Chars, cfg.Trigrams, cfg.CapGrams, cfg.Embed, float32(cfg.EmbedScale)})
	if err != nil {
		return nil, err
	}
	for _, l := range cfg.NgramLangs {
		m.ngram[l] = true
	}
	if cfg.PosWeight <= 0 {
		cfg.PosWeight = 1
	}
	if cfg.Iters <= 0 {
		cfg.Iters = 200
	}
	s := new(scratch)
	data := make([]sparse, len(ex))
	for i, e := range ex {
		m.lay.featurize(s, e.Claim, true)
		c := e.Weight
		if c <= 0 {
			c = 1
		}
		d := sparse{idx: make([]int32, len(s.feats)), val: make([]float32, len(s.feats)), y: 0, c: c}
		for k, f := range s.feats {
			d.idx[k], d.val[k] = f.idx, f.val
		}
		if e.Yes {
			d.y, d.c = 1, c*cfg.PosWeight
		}
		data[i] = d
	}
	var r []float64
	if cfg.NB > 0 {
		r = nbRatios(data, m.lay.neutral, m.lay.dim(), cfg.NB)
		for i := m.lay.embOff; i < len(r); i++ {
			r[i] = 1 // dense features keep their scale
		}
		for i := range data {
			d := &data[i]
			for k, x := range d.idx {
				d.val[k] *= float32(r[x])
			}
		}
	}
	w := fitLR(data, m.lay.dim(), cfg.Lambda, cfg.Iters)
	for i := range m.full {
		if r != nil {
			w[i] *= r[i]
		}
		m.full[i] = float32(w[i])
	}
	m.fullBias = float32(w[len(w)-1])

	// The neutral model sees only the first features (which NB leaves
	// alone).
	for i := range data {
		d := &data[i]
		k := 0
		for j, x := range d.idx {
			if int(x) < m.lay.neutral {
				d.idx[k], d.val[k] = x, d.val[j]
				k++
			}
		}
		d.idx, d.val = d.idx[:k], d.val[:k]
	}
	if pn := cfg.PosWeightNeutral; pn > 0 && pn != cfg.PosWeight {
		for i := range data {
			if d := &data[i]; d.y == 1 {
				d.c *= pn / cfg.PosWeight
			}
		}
	}
	w = fitLR(data, m.lay.neutral, cfg.LambdaNeutral, cfg.Iters)
	for i := range m.neutral {
		m.neutral[i] = float32(w[i])
	}
	m.neutralBias = float32(w[len(w)-1])
	return m, nil
}

// nbRatios is, for each feature from first on, log((a+p)/|a+p| / ((a+q)/|a+q|))
// with p and q the feature's presence counts in the Yes and No examples;
// 1 before first.
func nbRatios(data []sparse, first, dim int, a float64) []float64 {
	p := make([]float64, dim)
	q := make([]float64, dim)
	for _, d := range data {
		c := q
		if d.y == 1 {
			c = p
		}
		for _, x := range d.idx {
			c[x]++
		}
	}
	var sp, sq float64
	for i := first; i < dim; i++ {
		sp += a + p[i]
		sq += a + q[i]
	}
	r := make([]float64, dim)
	for i := range r {
		r[i] = 1
		if i >= first {
			r[i] = math.Log((a + p[i]) / sp / ((a + q[i]) / sq))
		}
	}
	return r
}

// fitLR minimises the weighted mean log loss plus lambda/2·|w|² (the bias,
// last, is not penalised) by L-BFGS with a backtracking line search.
func fitLR(data []sparse, dim int, lambda float64, iters int) []float64 {
	n := dim + 1
	var sumC float64
	for _, d := range data {
		sumC += d.c
	}
	eval := func(w, g []float64) float64 {
		clear(g)
		var loss float64
		for _, d := range data {
			z := w[dim]
			for k, x := range d.idx {
				z += w[x] * float64(d.val[k])
			}
			// log(1+exp(-z)) for y=1, log(1+exp(z)) for y=0, stably.
			var l, p float64
			if z >= 0 {
				e := math.Exp(-z)
				p = 1 / (1 + e)
				l = math.Log1p(e)
				if d.y == 0 {
					l += z
				}
			} else {
				e := math.Exp(z)
				p = e / (1 + e)
				l = math.Log1p(e)
				if d.y == 1 {
					l -= z
				}
			}
			loss += d.c * l
			r := d.c * (p - d.y)
			for k, x := range d.idx {
				g[x] += r * float64(d.val[k])
			}
			g[dim] += r
		}
		loss /= sumC
		for i := 0; i < dim; i++ {
			g[i] = g[i]/sumC + lambda*w[i]
			loss += lambda / 2 * w[i] * w[i]
		}
		g[dim] /= sumC
		return loss
	}

	const hist = 8
	w := make([]float64, n)
	g := make([]float64, n)
	f := eval(w, g)
	sList := make([][]float64, 0, hist)
	yList := make([][]float64, 0, hist)
	rho := make([]float64, 0, hist)
	dir := make([]float64, n)
	wNew := make([]float64, n)
	gNew := make([]float64, n)
	alpha := make([]float64, hist)
	for it := 0; it < iters; it++ {
		// Two-loop recursion: dir = -H·g.
		copy(dir, g)
		for k := len(sList) - 1; k >= 0; k-- {
			alpha[k] = rho[k] * dot(sList[k], dir)
			axpy(-alpha[k], yList[k], dir)
		}
		if k := len(sList) - 1; k >= 0 {
			scale(dot(sList[k], yList[k])/dot(yList[k], yList[k]), dir)
		} else {
			scale(1/math.Max(1, math.Sqrt(dot(g, g))), dir)
		}
		for k := range sList {
			b := rho[k] * dot(yList[k], dir)
			axpy(alpha[k]-b, sList[k], dir)
		}
		scale(-1, dir)
		gd := dot(g, dir)
		if gd >= 0 { // not a descent direction: restart
			copy(dir, g)
			scale(-1, dir)
			gd = dot(g, dir)
			sList, yList, rho = sList[:0], yList[:0], rho[:0]
		}
		step := 1.0
		var fNew float64
		for ls := 0; ; ls++ {
			for i := range w {
				wNew[i] = w[i] + step*dir[i]
			}
			fNew = eval(wNew, gNew)
			if fNew <= f+1e-4*step*gd || ls >= 30 {
				break
			}
			step /= 2
		}
		var sv, yv []float64
		if len(sList) == hist {
			sv, yv = sList[0], yList[0]
			sList, yList, rho = sList[1:], yList[1:], rho[1:]
		} else {
			sv, yv = make([]float64, n), make([]float64, n)
		}
		for i := range w {
			sv[i] = wNew[i] - w[i]
			yv[i] = gNew[i] - g[i]
		}
		sy := dot(sv, yv)
		copy(w, wNew)
		copy(g, gNew)
		done := math.Abs(f-fNew) <= 1e-9*math.Max(1, math.Abs(f))
		f = fNew
		if sy > 1e-12 {
			sList, yList, rho = append(sList, sv), append(yList, yv), append(rho, 1/sy)
		}
		if done {
			break
		}
	}
	return w
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}
