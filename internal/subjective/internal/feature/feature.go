// Package feature turns a sentence into hashed features and reads and writes
// the model file. It is shared by package subjective, which scores sentences,
// and by its trainer, so that both see exactly the same features.
package feature

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bits is the number of hash bits: features fall into 1<<Bits buckets.
const Bits = 18

// Lang is the per-language knowledge the features need: the words that mark
// the first and the second person. It comes from the data files, not code.
type Lang struct {
	Code   string
	First  map[string]bool
	Second map[string]bool
}

// Group kinds, the first word of a feature's name (see Extractor.Names).
const (
	kindWord   = 'w'
	kindBigram = 'b'
	kindChars  = 'c'
	kindForm   = 'f'
)

// Extractor collects the features of one sentence. It keeps its buffers
// between calls, so one Extractor per goroutine makes extraction
// allocation-free once warm.
type Extractor struct {
	// Hashes holds the bucket of every feature of the last sentence; a
	// bucket may repeat (counts add up).
	Hashes []uint32
	// Names, filled only when Extract is asked for them, names the group
	// each feature belongs to: `word "stark"` for a word and its character
	// n-grams, `phrase "must act"` for a bigram, `form: !` for a form
	// feature.
	Names []string

	buf    []byte // "^word$", lower-cased
	starts []int  // rune starts in buf, plus len(buf)
	prev   uint64 // hash of the previous word, for bigrams
	prevW  string // previous word, only when naming
	names  bool
}

// Value is the value of each feature of a sentence with n features: the
// vector is scaled so that long sentences do not outweigh short ones.
func Value(n int) float64 {
	if n == 0 {
		return 0
	}
	return 1 / math.Sqrt(float64(n))
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(seed uint64, b []byte) uint64 {
	h := uint64(fnvOffset) ^ seed
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(seed uint64, s string) uint64 {
	h := uint64(fnvOffset) ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix finishes a hash (splitmix64) so that the top bits are well spread.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func bucket(h uint64) uint32 { return uint32(mix(h) >> (64 - Bits)) }

// Form features of a sentence.
var formNames = [...]string{
	"len 1-3", "len 4-6", "len 7-12", "len 13-20", "len 21-30", "len 31+",
	"!", "!!", "?", "first person", "second person", "number", "quotation marks",
	"all caps", "hashtag", "@handle", "emoji", "ellipsis", "colon",
}

var formHashes = func() (h [len(formNames)]uint64) {
	for i, n := range formNames {
		h[i] = hashString(kindForm, n)
	}
	return h
}()

const (
	formLen = iota
	_
	_
	_
	_
	_
	formExcl
	formExcl2
	formQuest
	formFirst
	formSecond
	formNumber
	formQuote
	formCaps
	formHashtag
	formHandle
	formEmoji
	formEllipsis
	formColon
	nForm
)

// Extract fills e.Hashes (and e.Names when names is true) with the features
// of sentence in language l.
func (e *Extractor) Extract(l *Lang, sentence string, names bool) {
	e.Hashes = e.Hashes[:0]
	e.Names = e.Names[:0]
	e.names = names
	e.prev = hashString(kindWord, "<s>")
	e.prevW = "<s>"
	var form [nForm]bool
	words := 0
	exclam := 0
	i := 0
	for i < len(sentence) {
		r, size := utf8.DecodeRuneInString(sentence[i:])
		if !isWordRune(r) {
			switch {
			case r == '!':
				exclam++
			case r == '?':
				form[formQuest] = true
			case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
				form[formQuote] = true
			case r == '#':
				form[formHashtag] = true
			case r == '@':
				form[formHandle] = true
			case r == '…':
				form[formEllipsis] = true
			case r == ':':
				form[formColon] = true
			case r == '.' && strings.HasPrefix(sentence[i:], "..."):
				form[formEllipsis] = true
			case r >= 0x1F000 || (r >= 0x2600 && r <= 0x27BF):
				form[formEmoji] = true
			}
			i += size
			continue
		}
		// A word: letters and digits, with inner hyphens ("peut-être").
		j := i
		upper, letters, digit := 0, 0, false
		e.buf = append(e.buf[:0], '^')
	scan:
		for j < len(sentence) {
			if c := sentence[j]; c < utf8.RuneSelf { // ASCII fast path
				switch {
				case 'a' <= c && c <= 'z':
					letters++
				case 'A' <= c && c <= 'Z':
					letters++
					upper++
					c += 'a' - 'A'
				case '0' <= c && c <= '9':
					digit = true
				case c == '-' && len(e.buf) > 1 && j+1 < len(sentence) && startsWord(sentence[j+1:]):
				default:
					break scan
				}
				e.buf = append(e.buf, c)
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(sentence[j:])
			if !isWordRune(r) {
				break
			}
			if unicode.IsUpper(r) {
				upper++
			}
			if unicode.IsLetter(r) {
				letters++
			}
			if unicode.IsDigit(r) {
				digit = true
			}
			e.buf = utf8.AppendRune(e.buf, unicode.ToLower(r))
			j += size
		}
		e.buf = append(e.buf, '$')
		i = j
		words++
		if letters >= 3 && upper == letters {
			form[formCaps] = true
		}
		word := e.buf[1 : len(e.buf)-1]
		if digit {
			form[formNumber] = true
			word = []byte("<num>")
		} else {
			if l.First[string(word)] {
				form[formFirst] = true
			}
			if l.Second[string(word)] {
				form[formSecond] = true
			}
		}
		e.addWord(word, !digit)
	}
	// End of sentence bigram.
	e.addBigram(hashString(kindWord, "</s>"), "</s>")
	switch {
	case words <= 3:
		form[formLen] = true
	case words <= 6:
		form[formLen+1] = true
	case words <= 12:
		form[formLen+2] = true
	case words <= 20:
		form[formLen+3] = true
	case words <= 30:
		form[formLen+4] = true
	default:
		form[formLen+5] = true
	}
	form[formExcl] = exclam > 0
	form[formExcl2] = exclam > 1
	for k, on := range form {
		if on {
			e.add(formHashes[k], kindForm, formNames[k])
		}
	}
	h := hashString(kindForm, "lang ")
	for k := 0; k < len(l.Code); k++ {
		h = (h ^ uint64(l.Code[k])) * fnvPrime
	}
	e.add(h, kindForm, "lang") // not a reason: Reasons skips it
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

func (e *Extractor) add(h uint64, kind byte, name string) {
	e.Hashes = append(e.Hashes, bucket(h))
	if e.names {
		switch kind {
		case kindWord:
			name = `word "` + name + `"`
		case kindBigram:
			name = `phrase "` + name + `"`
		case kindForm:
			name = `form: ` + name
		}
		e.Names = append(e.Names, name)
	}
}

// addWord adds the word's unigram, its bigram with the previous word and,
// when chars is true, the character 3- to 5-grams of "^word$".
func (e *Extractor) addWord(word []byte, chars bool) {
	wh := hashBytes(kindWord, word)
	var ws string
	if e.names {
		ws = string(word)
	}
	e.add(wh, kindWord, ws)
	e.addBigram(wh, ws)
	if !chars {
		return
	}
	e.starts = e.starts[:0]
	for k := range len(e.buf) {
		if utf8.RuneStart(e.buf[k]) {
			e.starts = append(e.starts, k)
		}
	}
	nr := len(e.starts)
	e.starts = append(e.starts, len(e.buf))
	// One pass per start: the FNV state after 3, 4 and 5 runes hashes the
	// 3-, 4- and 5-gram.
	for st := 0; st+3 <= nr; st++ {
		h := uint64(fnvOffset) ^ kindChars
		for k := e.starts[st]; k < e.starts[st+2]; k++ {
			h = (h ^ uint64(e.buf[k])) * fnvPrime
		}
		for n := 3; n <= 5 && st+n <= nr; n++ {
			for k := e.starts[st+n-1]; k < e.starts[st+n]; k++ {
				h = (h ^ uint64(e.buf[k])) * fnvPrime
			}
			if n == nr { // the whole "^word$" is the unigram already
				continue
			}
			e.add(h, kindWord, ws)
		}
	}
}

func (e *Extractor) addBigram(wh uint64, ws string) {
	h := hashString(kindBigram, "")
	h ^= e.prev * 0x9e3779b97f4a7c15
	h = mix(h) ^ wh
	var name string
	if e.names {
		name = e.prevW + " " + ws
	}
	e.add(h, kindBigram, name)
	e.prev = wh
	e.prevW = ws
}
