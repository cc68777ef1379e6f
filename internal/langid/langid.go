package langid

import (
	"github.com/abadojack/whatlanggo"
)

// Guess is an identified language with a confidence in [0, 1].
type Guess struct {
	Lang       string
	Confidence float64
}

// Detector identifies the language of a text among the supported ones.
type Detector struct {
	opts whatlanggo.Options
}

// Supported lists the ISO 639-1 codes the detector chooses among.
var Supported = []string{"fr", "en", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "tr"}

// New builds a detector.
func New() (*Detector, error) {
	wl := map[whatlanggo.Lang]bool{}
	for _, c := range Supported {
		wl[whatlanggo.CodeToLang(iso3[c])] = true
	}
	return &Detector{opts: whatlanggo.Options{Whitelist: wl}}, nil
}

var iso3 = map[string]string{"fr": "fra", "en": "eng", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "nl": "nld", "pl": "pol", "ru": "rus", "uk": "ukr", "ar": "arb", "tr": "tur"}

// Name names the method, for the dossier's generator field.
func (d *Detector) Name() string { return "whatlanggo-1.0.1" }

// Detect identifies the language of text.
func (d *Detector) Detect(text string) Guess {
	if len(text) > 4000 {
		text = text[:4000]
	}
	info := whatlanggo.DetectWithOptions(text, d.opts)
	code := ""
	for k, v := range iso3 {
		if whatlanggo.CodeToLang(v) == info.Lang {
			code = k
		}
	}
	return Guess{Lang: code, Confidence: info.Confidence}
}
