package langid

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

//go:embed letters.txt
var lettersData string

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
	letters map[rune]string // letter -> the one language that has it
}

// New builds a detector.
func New() (*Detector, error) {
	d := &Detector{codes: map[whatlanggo.Lang]string{}, letters: map[rune]string{}}
	wl := map[whatlanggo.Lang]bool{}
	for _, c := range Supported {
		l := whatlanggo.CodeToLang(iso3[c])
		wl[l] = true
		d.codes[l] = c
	}
	d.opts = whatlanggo.Options{Whitelist: wl}
	for n, line := range strings.Split(lettersData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, letters, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("langid: letters.txt:%d: want \"code: letters\"", n+1)
		}
		for _, r := range strings.TrimSpace(letters) {
			d.letters[r] = strings.TrimSpace(lang)
		}
	}
	return d, nil
}

// Name names the method, for the dossier's generator field.
func (d *Detector) Name() string { return "whatlanggo-1.0.1+letters" }

// Detect identifies the language of text from its first Prefix code points
// of letters, corrected by letters that only one language has.
func (d *Detector) Detect(text string) Guess {
	sample := d.sample(text)
	if sample == "" {
		return Guess{}
	}
	info := whatlanggo.DetectWithOptions(sample, d.opts)
	g := Guess{Lang: d.codes[info.Lang], Confidence: clamp(info.Confidence)}
	if lang, n := d.exclusive(sample); lang != "" && lang != g.Lang && sameScript(lang, g.Lang) {
		g.Lang = lang
		g.Confidence = clamp(0.5 + 0.1*float64(n))
	}
	return g
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
