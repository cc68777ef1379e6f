package langid

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

//go:embed letters.txt
var lettersData string

//go:embed function.txt
var functionData string

// Guess is an identified language (ISO 639-1) with a confidence in [0, 1].
// Lang is "" when no supported language fits.
type Guess struct {
	Lang       string
	Confidence float64
}

// Supported lists the ISO 639-1 codes the detector chooses among.
var Supported = []string{"fr", "en", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "tr"}

// iso3 maps ISO 639-1 to the codes whatlanggo uses.
var iso3 = map[string]string{"fr": "fra", "en": "eng", "de": "deu", "es": "spa", "it": "ita", "pt": "por",
	"nl": "nld", "pl": "pol", "ru": "rus", "uk": "ukr", "ar": "arb", "tr": "tur"}

// Prefix is how many code points of the text the trigram model reads: enough
// for a language (100% on the project's test articles from 150 code points),
// little enough for the time budget.
const Prefix = 200

// Detector identifies the language of a text among the supported ones. It
// is safe for concurrent use.
type Detector struct {
	opts    whatlanggo.Options
	codes   map[whatlanggo.Lang]string
	letters map[rune]string  // letter -> the one language that has it
	words   map[string][]int // function word -> the languages that use it (indices of Supported)
}

// New builds a detector.
func New() (*Detector, error) {
	d := &Detector{codes: map[whatlanggo.Lang]string{}, letters: map[rune]string{}, words: map[string][]int{}}
	wl := map[whatlanggo.Lang]bool{}
	for _, c := range Supported {
		l := whatlanggo.CodeToLang(iso3[c])
		wl[l] = true
		d.codes[l] = c
	}
	d.opts = whatlanggo.Options{Whitelist: wl}
	err := eachLine("letters.txt", lettersData, func(lang, letters string) {
		for _, r := range letters {
			d.letters[r] = lang
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("function.txt", functionData, func(lang, words string) {
		i := slices.Index(Supported, lang)
		if i < 0 {
			return
		}
		for _, w := range strings.Fields(words) {
			d.words[w] = append(d.words[w], i)
		}
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// eachLine calls f with the language code and the rest of each
// "code: data" line of an embedded file.
func eachLine(name, data string, f func(lang, rest string)) error {
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, rest, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("langid: %s:%d: want \"code: data\"", name, n+1)
		}
		f(strings.TrimSpace(lang), strings.TrimSpace(rest))
	}
	return nil
}

// Name names the method, for the dossier's generator field.
func (d *Detector) Name() string { return "whatlanggo-1.0.1+letters+words" }

// Detect identifies the language of text from its first Prefix code points
// of letters, corrected by letters that only one language has.
func (d *Detector) Detect(text string) Guess {
	sample := d.sample(text)
	if sample == "" {
		return Guess{}
	}
	count := d.count(sample)
	if lang, conf, ok := clear(count); ok {
		return Guess{Lang: lang, Confidence: conf}
	}
	info := whatlanggo.DetectWithOptions(sample, d.opts)
	g := Guess{Lang: d.codes[info.Lang], Confidence: clamp(info.Confidence)}
	if lang, n := d.exclusive(sample); lang != "" && lang != g.Lang && sameScript(lang, g.Lang) {
		g.Lang = lang
		g.Confidence = clamp(0.5 + 0.1*float64(n))
	}
	if lang, margin := votes(count, g.Lang); lang != "" {
		g.Lang = lang
		g.Confidence = clamp(0.4 + 0.1*float64(margin))
	}
	return g
}

// MinMargin is how many more function words another language of the same
// script must have than the trigram model's choice to replace it.
const MinMargin = 2

// ClearWords and ClearMargin: a sample with at least ClearWords function
// words of one language, twice and ClearMargin more than any other's, is
// that language without the trigram model (most articles: the model's
// 0.3 ms is most of a short text's fixed cost).
const (
	ClearWords  = 6
	ClearMargin = 4
)

// count counts the sample's function words per language (indexed like
// Supported).
func (d *Detector) count(sample string) [16]int {
	var count [16]int
	for w := range strings.FieldsFuncSeq(sample, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, i := range d.words[strings.ToLower(w)] {
			count[i]++
		}
	}
	return count
}

// ranks returns the indices of the two languages with the most function
// words.
func ranks(count [16]int) (best, second int) {
	best, second = -1, -1
	for i := range Supported {
		switch {
		case best < 0 || count[i] > count[best]:
			best, second = i, best
		case second < 0 || count[i] > count[second]:
			second = i
		}
	}
	return best, second
}

// clear reports a language that the function words alone make plain.
func clear(count [16]int) (string, float64, bool) {
	best, second := ranks(count)
	b, s := count[best], count[second]
	if b < ClearWords || b < 2*s || b-s < ClearMargin {
		return "", 0, false
	}
	return Supported[best], clamp(0.6 + 0.04*float64(b-s)), true
}

// votes returns the language with the most function words when it has at
// least MinMargin more than guess and more than any other, with its margin
// over guess; else "".
func votes(count [16]int, guess string) (string, int) {
	best, second := ranks(count)
	have := 0
	if g := slices.Index(Supported, guess); g >= 0 {
		have = count[g]
	}
	lang := Supported[best]
	if lang == guess || count[best]-have < MinMargin || count[best] == count[second] || !sameScript(lang, guess) {
		return "", 0
	}
	return lang, count[best] - have
}

// sample is the text's first Prefix code points, from its first letter,
// cut at a word boundary.
func (d *Detector) sample(text string) string {
	i := strings.IndexFunc(text, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	text = text[i:]
	n, end := 0, len(text)
	for k := range text {
		if n == Prefix {
			end = k
			break
		}
		n++
	}
	if end < len(text) {
		if sp := strings.LastIndexFunc(text[:end], unicode.IsSpace); sp > end/2 {
			end = sp
		}
	}
	return text[:end]
}

// exclusive returns the one language whose own letters the sample holds,
// with how many, or "" when none or several do.
func (d *Detector) exclusive(s string) (string, int) {
	lang, n := "", 0
	for _, r := range s {
		l, ok := d.letters[r]
		if !ok {
			continue
		}
		if lang != "" && l != lang {
			return "", 0
		}
		lang = l
		n++
	}
	return lang, n
}

func sameScript(a, b string) bool {
	cyr := func(l string) bool { return l == "ru" || l == "uk" }
	return cyr(a) == cyr(b) && a != "ar" && b != "ar"
}

func clamp(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return float64(int(x*1000+0.5)) / 1000
}
