// Package logreg trains an L2-regularised logistic regression over hashed
// sparse features with L-BFGS. It is deterministic: the same examples in the
// same order give the same weights.
package logreg

import (
	"math"

	"github.com/loupe-news/loupe/internal/subjective/internal/feature"
)

// Example is one featurised sentence.
type Example struct {
	Hashes  []uint32 // buckets, repeats allowed
	Opinion bool
}

// Train fits the weights minimising the mean log-loss plus lambda/2·|w|²
// (the bias is not penalised).
func Train(xs []Example, lambda float64, maxIter int) feature.Table {
	// Work in a compact space: only the buckets the examples use.
	index := map[uint32]int32{}
	var buckets []uint32
	rows := make([][]int32, len(xs))
	vals := make([]float64, len(xs))
	for i, x := range xs {
		r := make([]int32, len(x.Hashes))
		for k, h := range x.Hashes {
			j, ok := index[h]
			if !ok {
				j = int32(len(buckets))
				index[h] = j
				buckets = append(buckets, h)
			}
			r[k] = j
		}
		rows[i] = r
		vals[i] = feature.Value(len(x.Hashes))
	}
	d := len(buckets) + 1 // last coordinate is the bias
	n := float64(len(xs))
	f := func(w, g []float64) float64 {
		clear(g)
		loss := 0.0
		for i, r := range rows {
			z := w[d-1]
			for _, j := range r {
				z += w[j] * vals[i]
			}
			y := -1.0
			if xs[i].Opinion {
				y = 1
			}
			m := y * z
			// log(1+exp(-m)) without overflow.
			if m > 0 {
				loss += math.Log1p(math.Exp(-m))
			} else {
				loss += -m + math.Log1p(math.Exp(m))
			}
			c := -y / (1 + math.Exp(m)) / n
			for _, j := range r {
				g[j] += c * vals[i]
			}
			g[d-1] += c
		}
		loss /= n
		for j := 0; j < d-1; j++ {
			loss += lambda / 2 * w[j] * w[j]
			g[j] += lambda * w[j]
		}
		return loss
	}
	w := make([]float64, d)
	minimize(f, w, maxIter)
	t := feature.Table{Bias: w[d-1], W: make([]float64, 1<<feature.Bits)}
	for j, h := range buckets {
		t.W[h] = w[j]
	}
	return t
}

// Score is the logistic of the linear score of x under t.
func Score(t *feature.Table, hashes []uint32) float64 {
	z := 0.0
	for _, h := range hashes {
		z += t.W[h]
	}
	z = t.Bias + z*feature.Value(len(hashes))
	return 1 / (1 + math.Exp(-z))
}

// minimize runs L-BFGS (memory 10, backtracking Armijo line search) from x,
// in place.
func minimize(f func(x, g []float64) float64, x []float64, maxIter int) {
	const m = 10
	d := len(x)
	g := make([]float64, d)
	fx := f(x, g)
	var ss, ys [][]float64
	var rhos []float64
	dir := make([]float64, d)
	xn := make([]float64, d)
	gn := make([]float64, d)
	alpha := make([]float64, m)
	for it := 0; it < maxIter; it++ {
		if math.Sqrt(dot(g, g)) < 1e-6 {
			return
		}
		// Two-loop recursion: dir = -H·g.
		copy(dir, g)
		for k := len(ss) - 1; k >= 0; k-- {
			alpha[k] = rhos[k] * dot(ss[k], dir)
			axpy(-alpha[k], ys[k], dir)
		}
		gamma := 1.0
		if k := len(ss) - 1; k >= 0 {
			gamma = dot(ss[k], ys[k]) / dot(ys[k], ys[k])
		} else {
			gamma = 1 / math.Max(1, math.Sqrt(dot(g, g)))
		}
		for i := range dir {
			dir[i] *= gamma
		}
		for k := range ss {
			b := rhos[k] * dot(ys[k], dir)
			axpy(alpha[k]-b, ss[k], dir)
		}
		for i := range dir {
			dir[i] = -dir[i]
		}
		slope := dot(g, dir)
		if slope >= 0 { // not a descent direction: restart from the gradient
			ss, ys, rhos = ss[:0], ys[:0], rhos[:0]
			for i := range dir {
				dir[i] = -g[i]
			}
			slope = dot(g, dir)
		}
		step := 1.0
		var fn float64
		for ls := 0; ; ls++ {
			for i := range x {
				xn[i] = x[i] + step*dir[i]
			}
			fn = f(xn, gn)
			if fn <= fx+1e-4*step*slope || ls == 30 {
				break
			}
			step /= 2
		}
		s := make([]float64, d)
		y := make([]float64, d)
		for i := range x {
			s[i] = xn[i] - x[i]
			y[i] = gn[i] - g[i]
		}
		if sy := dot(s, y); sy > 1e-12 {
			if len(ss) == m {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
		done := math.Abs(fx-fn) <= 1e-9*math.Max(1, math.Abs(fx))
		copy(x, xn)
		copy(g, gn)
		fx = fn
		if done {
			return
		}
	}
}

func dot(a, b []float64) float64 {
	s := 0.0
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
