package worthy

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
)

// Sentinel errors.
var (
	ErrModel = errors.New("worthy: bad model file")
)

// Claim is what the caller knows about a claim, besides its text.
type Claim struct {
	Text   string // the claim's text
	Lang   string // "en", "fr", other
	Status string // asserted|hedged|reported|speculative|question|opinion ("" if unknown)
}

//go:embed model/worthy.bin
var embedded []byte

// Model scores claims. It is safe for concurrent use.
type Model struct {
	lay *layout
	hdr header

	// Full model: neutral weights by layout index, then hashed n-grams.
	full     []float32
	fullBias float32
	// Neutral model: language-independent features only.
	neutral     []float32
	neutralBias float32

	ngram map[string]bool
	pool  sync.Pool
}

// header is the JSON part of the model file.
type header struct {
	Version    int                `json:"version"`
	Bits       uint               `json:"bits"`
	Chars      bool               `json:"chars"`
	Trigrams   bool               `json:"trigrams,omitempty"`
	CapGrams   bool               `json:"cap_grams,omitempty"`
	NgramLangs []string           `json:"ngram_langs"`
	Names      []string           `json:"names"`
	Full       []float32          `json:"full_neutral"`
	FullBias   float32            `json:"full_bias"`
	Neutral    []float32          `json:"neutral"`
	NeutBias   float32            `json:"neutral_bias"`
	Mix        float64            `json:"mix"`
	Thresholds map[string]float64 `json:"thresholds"`
	Prior      map[string]float64 `json:"status_prior"`
	Info       map[string]string  `json:"info,omitempty"`
	// Dense features from English word vectors (model/glove-en.bin).
	Embed        int       `json:"embed,omitempty"`
	EmbedScale   float32   `json:"embed_scale,omitempty"`
	EmbedWeights []float32 `json:"embed_weights,omitempty"`
}

const magic = "LOUPE-WORTHY/1\n"

// New loads the embedded model.
func New() (*Model, error) { return Load(embedded) }

// Load reads a model file as written by MarshalBinary.
func Load(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) || len(data) < len(magic)+4 {
		return nil, fmt.Errorf("%w: no header", ErrModel)
	}
	data = data[len(magic):]
	n := int(binary.LittleEndian.Uint32(data))
	data = data[4:]
	if n > len(data) {
		return nil, fmt.Errorf("%w: short header", ErrModel)
	}
	var h header
	if err := json.Unmarshal(data[:n], &h); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrModel, err)
	}
	data = data[n:]
	if h.Bits > 24 || len(data) != 4<<h.Bits || len(h.Full) != len(h.Names) || len(h.Neutral) != len(h.Names) {
		return nil, fmt.Errorf("%w: sizes do not match", ErrModel)
	}
	m, err := newModel(h.Bits, grams{h.Chars, h.Trigrams, h.CapGrams, h.Embed, h.EmbedScale})
	if err != nil {
		return nil, err
	}
	if len(h.EmbedWeights) != m.lay.nEmb {
		return nil, fmt.Errorf("%w: %d word-vector weights, want %d", ErrModel, len(h.EmbedWeights), m.lay.nEmb)
	}
	copy(m.full[m.lay.embOff:], h.EmbedWeights)
	m.hdr = h
	for i, name := range h.Names {
		if j, ok := m.lay.index(name); ok {
			m.full[j] = h.Full[i]
			m.neutral[j] = h.Neutral[i]
		}
	}
	for i := 0; i < 1<<h.Bits; i++ {
		m.full[m.lay.neutral+i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
	}
	m.fullBias, m.neutralBias = h.FullBias, h.NeutBias
	for _, l := range h.NgramLangs {
		m.ngram[l] = true
	}
	return m, nil
}

func newModel(bits uint, g grams) (*Model, error) {
	cs, err := loadClasses()
	if err != nil {
		return nil, err
	}
	if len(cs.names) > 64 {
		return nil, fmt.Errorf("worthy: %d word classes, at most 64", len(cs.names))
	}
	var vec *vectors
	if g.emb != embNone {
		if vec, err = englishVectors(); err != nil {
			return nil, err
		}
		if embDims(g.emb, vec.dim) == 0 {
			return nil, fmt.Errorf("%w: unknown pooling %d", ErrModel, g.emb)
		}
	}
	lay := newLayout(cs, bits, g, vec)
	m := &Model{
		lay:     lay,
		full:    make([]float32, lay.dim()),
		neutral: make([]float32, lay.neutral),
		ngram:   map[string]bool{},
	}
	m.hdr.Bits, m.hdr.Chars, m.hdr.Trigrams, m.hdr.CapGrams = bits, g.chars, g.tri, g.caps
	m.hdr.Embed, m.hdr.EmbedScale = g.emb, g.embScale
	m.hdr.Thresholds = map[string]float64{}
	m.hdr.Prior = map[string]float64{}
	m.pool.New = func() any { return new(scratch) }
	return m, nil
}

func (l *layout) index(name string) (int, bool) {
	for i, n := range l.names {
		if n == name {
			return i, true
		}
	}
	return 0, false
}

// MarshalBinary writes the model file: a magic line, the length of a JSON
// header, the header, then the hashed weights as little-endian float32.
func (m *Model) MarshalBinary() ([]byte, error) {
	h := m.hdr
	h.Version = 1
	h.Names = m.lay.names
	h.Full = m.full[:m.lay.neutral]
	h.Neutral = m.neutral
	h.FullBias, h.NeutBias = m.fullBias, m.neutralBias
	h.EmbedWeights = nil
	if m.lay.nEmb > 0 {
		h.EmbedWeights = m.full[m.lay.embOff:]
	}
	h.NgramLangs = h.NgramLangs[:0]
	for l := range m.ngram {
		h.NgramLangs = append(h.NgramLangs, l)
	}
	sort.Strings(h.NgramLangs)
	js, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(magic)
	binary.Write(&b, binary.LittleEndian, uint32(len(js)))
	b.Write(js)
	for _, w := range m.full[m.lay.neutral:m.lay.embOff] {
		binary.Write(&b, binary.LittleEndian, math.Float32bits(w))
	}
	return b.Bytes(), nil
}

// Threshold is the decision threshold tuned on development data for lang
// ("en", "fr"; other languages share one).
func (m *Model) Threshold(lang string) float64 {
	if t, ok := m.hdr.Thresholds[strings.ToLower(lang)]; ok {
		return t
	}
	if t, ok := m.hdr.Thresholds["*"]; ok {
		return t
	}
	return 0.5
}

// SetThreshold sets lang's decision threshold ("*" for the default).
func (m *Model) SetThreshold(lang string, t float64) { m.hdr.Thresholds[lang] = t }

// SetMix sets how much the language-neutral model weighs in the score of a
// language with n-gram weights (0: the full model alone).
func (m *Model) SetMix(x float64) { m.hdr.Mix = x }

// SetPrior sets a logit offset applied when the caller gives this status.
func (m *Model) SetPrior(status string, x float64) { m.hdr.Prior[status] = x }

// SetInfo records a fact about the model's training (data, scores).
func (m *Model) SetInfo(k, v string) {
	if m.hdr.Info == nil {
		m.hdr.Info = map[string]string{}
	}
	m.hdr.Info[k] = v
}

// Info is what the trainer recorded.
func (m *Model) Info() map[string]string { return m.hdr.Info }

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Score is the probability-like check-worthiness of c, in [0,1], and the
// two to four features that weigh most towards the decision it implies,
// in readable words.
func (m *Model) Score(c Claim) (p float64, why []string) {
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	z, full := m.logit(s, c)
	p = sigmoid(z)
	yes := p >= m.Threshold(c.Lang)
	why = m.explain(s, full, yes)
	// The caller's status, when it weighs more than any feature.
	if pr := m.hdr.Prior[c.Status]; c.Status != "" && (pr > 0) == yes && pr != 0 && math.Abs(pr) > s.top {
		why = append([]string{"status " + c.Status}, why...)
		if len(why) > 4 {
			why = why[:4]
		}
	}
	return p, why
}

// logit featurizes c into s and returns its score before the sigmoid.
func (m *Model) logit(s *scratch, c Claim) (z float64, full bool) {
	lang := strings.ToLower(c.Lang)
	full = m.ngram[lang]
	m.lay.featurize(s, c, full)
	var zn float64
	zn = float64(m.neutralBias)
	for _, f := range s.feats {
		if int(f.idx) < m.lay.neutral {
			zn += float64(m.neutral[f.idx] * f.val)
		}
	}
	if full {
		zf := float64(m.fullBias)
		for _, f := range s.feats {
			zf += float64(m.full[f.idx] * f.val)
		}
		z = (1-m.hdr.Mix)*zf + m.hdr.Mix*zn
	} else {
		z = zn
	}
	if c.Status != "" {
		z += m.hdr.Prior[c.Status]
	}
	return z, full
}

// explain names the strongest features pushing towards the decision.
func (m *Model) explain(s *scratch, full bool, yes bool) []string {
	type contrib struct {
		v float32
		i int
	}
	var top [4]contrib
	nTop := 0
	for i, f := range s.feats {
		if f.kind == fkChar || f.kind == fkEmb {
			continue
		}
		var w float32
		if full {
			w = m.full[f.idx]
			if int(f.idx) < m.lay.neutral {
				w = float32(1-m.hdr.Mix)*w + float32(m.hdr.Mix)*m.neutral[f.idx]
			}
		} else {
			w = m.neutral[f.idx]
		}
		v := w * f.val
		if !yes {
			v = -v
		}
		if v <= 0 {
			continue
		}
		// Insert into the top four, largest first.
		k := nTop
		if k < len(top) {
			nTop++
		} else if v <= top[k-1].v {
			continue
		} else {
			k--
		}
		for k > 0 && top[k-1].v < v {
			top[k] = top[k-1]
			k--
		}
		top[k] = contrib{v, i}
	}
	s.top = 0
	if nTop == 0 {
		return nil
	}
	s.top = float64(top[0].v)
	// Keep those within a fifth of the strongest, at least two.
	out := make([]string, 0, nTop)
	for k := 0; k < nTop; k++ {
		if k >= 2 && top[k].v < top[0].v/5 {
			break
		}
		out = append(out, m.name(s, s.feats[top[k].i]))
	}
	return out
}

// name is a feature in words.
func (m *Model) name(s *scratch, f feat) string {
	low, toks := s.t.low, s.t.toks
	word := func(i int16) string {
		if i < 0 {
			return "(start)"
		}
		if int(i) >= len(toks) {
			return "(end)"
		}
		return string(tokenKey(low, toks[i]))
	}
	capWord := func(i int16) string {
		if i >= 0 && int(i) < len(toks) && isCapName(low, toks, int(i)) {
			return "(name)"
		}
		return word(i)
	}
	switch f.kind {
	case fkUni:
		return "word '" + word(f.a) + "'"
	case fkBi:
		if f.b-f.a == 2 { // a trigram
			return "words '" + word(f.a) + " " + word(f.a+1) + " " + word(f.b) + "'"
		}
		return "words '" + word(f.a) + " " + word(f.b) + "'"
	case fkCap:
		return "words '" + capWord(f.a) + " " + capWord(f.b) + "'"
	}
	n := m.lay.names[f.idx]
	if r, ok := readable[n]; ok {
		return r
	}
	for _, p := range [...]struct{ pre, say string }{{"k:", ""}, {"k2:", "several: "}, {"k0:", "opens with: "}} {
		if c, ok := strings.CutPrefix(n, p.pre); ok {
			if r, ok := readable[c]; ok {
				return p.say + r
			}
			return p.say + strings.ReplaceAll(c, "_", " ") + " word"
		}
	}
	if st, ok := strings.CutPrefix(n, "s:"); ok {
		return "status " + st
	}
	return n
}

var readable = map[string]string{
	"num": "a number", "num2": "several numbers", "year": "a year", "percent": "a percentage",
	"money": "an amount of money", "bignum": "a large number", "decimal": "a decimal number",
	"numword": "a number in words",
	"len<6":   "very short", "len6-11": "short", "len12-19": "medium length",
	"len20-34": "long", "len35+": "very long",
	"caps1": "a capitalised name", "caps2": "two capitalised names", "caps3+": "several capitalised names",
	"allcaps": "a word in capitals", "question_mark": "a question mark", "question_end": "ends with a question mark",
	"exclamation": "an exclamation mark", "quote": "quotation marks", "colon": "a colon",
	"paren": "brackets", "dash": "a dash", "ellipsis": "an ellipsis", "emoji": "an emoji",
	"url": "a link", "hashtag": "a hashtag", "mention": "an @mention",
	"num&asserted": "a number, asserted", "num&3rd": "a number about a third party",
	"caps&past": "a name and a past action", "1sg&opinion": "first person with opinion",
	"num&1sg":        "a number with first person",
	"first_singular": "first person (I)", "first_plural": "first person plural (we)",
	"second_person": "second person (you)", "third_person": "third person (he, they)",
	"modal": "a modal verb", "conditional": "conditional", "future": "future",
	"condition": "a condition (if)", "opinion": "opinion word", "hedge": "hedge word",
	"booster": "booster word", "reporting": "reporting verb", "negation": "negation",
	"comparative": "comparison or change", "superlative": "superlative or record",
	"quantity": "quantity word", "number_word": "number word", "currency": "currency word",
	"percent_word": "word 'percent'", "time": "time expression", "past_action": "past action",
	"topic": "public-policy topic", "personal": "personal life", "discourse": "conversational word",
	"vague_quantity": "vague quantity", "question_word": "question word",
}
