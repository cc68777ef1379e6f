package logreg

import "math/rand/v2"

// Scores are the counts of a binary evaluation of the opinion class.
type Scores struct{ TP, FP, FN, TN int }

// Add counts one prediction.
func (s *Scores) Add(predicted, gold bool) {
	switch {
	case predicted && gold:
		s.TP++
	case predicted:
		s.FP++
	case gold:
		s.FN++
	default:
		s.TN++
	}
}

// P is the precision.
func (s Scores) P() float64 { return ratio(s.TP, s.TP+s.FP) }

// R is the recall.
func (s Scores) R() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of P and R.
func (s Scores) F1() float64 { return ratio(2*s.TP, 2*s.TP+s.FP+s.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Folds assigns each of n examples to one of k folds, shuffled with a fixed
// seed so that cross-validation is reproducible.
func Folds(n, k int, seed uint64) []int {
	f := make([]int, n)
	for i := range f {
		f[i] = i % k
	}
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	r.Shuffle(n, func(i, j int) { f[i], f[j] = f[j], f[i] })
	return f
}
