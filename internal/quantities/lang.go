package quantities

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/loupe-news/loupe/internal/lexicon"
)

// Sentinel errors.
var (
	ErrData = errors.New("quantities: bad language data")
)

// lang is what the finder knows of one language, read from lang/LANG.txt.
type lang struct {
	decimal  byte // ',' or '.'
	lastNoun bool // the counted noun is the last plural of a short run (English) rather than the first word (French)

	numbers     map[string]float64 // number words; keys of several parts are joined by " "
	maxParts    int                // most parts in a number-word key
	first       map[string]bool    // first parts of number-word keys
	maxWord     int                // longest such part, in bytes
	nonASCII    bool               // some such part is not ASCII
	article     map[string]bool
	weak        map[string]bool
	connector   map[string]bool
	multiplier  map[string]float64
	multAbbrev  map[string]float64
	approxArt   map[string]bool
	approxNoun  map[string]float64
	approx      []string
	estimate    []string
	rangeStart  []string
	percent     []string
	currencySym []string
	symUnit     map[string]string
	currency    []string
	units       []string
	unitSet     map[string]bool
	duration    map[string]bool
	seconds     map[string]float64
	of          []string
	partitive   []string
	adjBefore   map[string]bool
	stop        map[string]bool
	month       map[string]bool
	idBefore    map[string]bool
	agoBefore   []string
	agoAfter    []string
	rate        []string
	hyphenUnit  map[string]string
	timeAfter   []string
	bareDet     map[string]bool
	plural      map[string]bool
}

// byLength sorts phrases longest first, so that the first match is the longest.
func byLength(p []string) []string {
	out := slices.Clone(p)
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return out
}

func lowerSet(entries []string) map[string]bool {
	m := make(map[string]bool, len(entries))
	for _, e := range entries {
		m[strings.ToLower(e)] = true
	}
	return m
}

// pairs reads "key value" entries; the value is the last field.
func pairs(name, section string, entries []string) (map[string]string, error) {
	m := make(map[string]string, len(entries))
	for _, e := range entries {
		i := strings.LastIndexByte(e, ' ')
		if i <= 0 {
			return nil, fmt.Errorf("%w: %s [%s]: %q needs a value", ErrData, name, section, e)
		}
		m[strings.TrimSpace(e[:i])] = e[i+1:]
	}
	return m, nil
}

func numPairs(name, section string, entries []string) (map[string]float64, error) {
	p, err := pairs(name, section, entries)
	if err != nil {
		return nil, err
	}
	m := make(map[string]float64, len(p))
	for k, v := range p {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: %s [%s]: %q: %v", ErrData, name, section, k, err)
		}
		m[k] = f
	}
	return m, nil
}

func newLang(name string, lx lexicon.Lexicon) (*lang, error) {
	l := &lang{decimal: '.'}
	for _, e := range lx["settings"] {
		k, v, _ := strings.Cut(e, " ")
		switch k {
		case "decimal":
			if v != "," && v != "." {
				return nil, fmt.Errorf("%w: %s: decimal must be , or .", ErrData, name)
			}
			l.decimal = v[0]
		case "noun":
			l.lastNoun = v == "last-plural"
		}
	}
	var err error
	num := func(section string) map[string]float64 {
		if err != nil {
			return nil
		}
		var m map[string]float64
		m, err = numPairs(name, section, lx[section])
		return m
	}
	words := num("number")
	l.multiplier = num("multiplier")
	l.multAbbrev = num("multiplier_abbrev")
	approxNoun := num("approx_noun")
	seconds := num("seconds")
	if err != nil {
		return nil, err
	}
	l.numbers = map[string]float64{}
	for k, v := range words {
		k = strings.ToLower(strings.ReplaceAll(k, "-", " "))
		l.numbers[k] = v
		l.maxParts = max(l.maxParts, strings.Count(k, " ")+1)
	}
	l.first = map[string]bool{}
	for k := range l.numbers {
		p, _, _ := strings.Cut(k, " ")
		l.first[p] = true
		l.maxWord = max(l.maxWord, len(p))
		l.nonASCII = l.nonASCII || !isASCII(p)
	}
	l.approxNoun = map[string]float64{}
	for k, v := range approxNoun {
		l.approxNoun[strings.ToLower(k)] = v
	}
	l.seconds = map[string]float64{}
	for k, v := range seconds {
		l.seconds[strings.ToLower(k)] = v
	}
	l.article = lowerSet(lx["article"])
	l.weak = lowerSet(lx["weak"])
	l.connector = lowerSet(lx["connector"])
	l.approxArt = lowerSet(lx["approx_article"])
	for k := range l.approxArt {
		l.maxWord = max(l.maxWord, len(k))
		l.nonASCII = l.nonASCII || !isASCII(k)
	}
	l.approx = byLength(lx["approx"])
	l.estimate = byLength(lx["estimate"])
	l.rangeStart = byLength(lx["range_start"])
	l.percent = byLength(lx["percent"])
	sym, err := pairs(name, "currency_symbol", lx["currency_symbol"])
	if err != nil {
		return nil, err
	}
	l.symUnit = sym
	for k := range sym {
		l.currencySym = append(l.currencySym, k)
	}
	slices.Sort(l.currencySym)
	l.currencySym = byLength(l.currencySym)
	l.currency = byLength(lx["currency"])
	l.units = byLength(lx["unit"])
	l.unitSet = lowerSet(lx["unit"])
	l.duration = lowerSet(lx["duration"])
	l.of = byLength(lx["of"])
	l.partitive = byLength(lx["partitive"])
	l.adjBefore = lowerSet(lx["adj_before"])
	l.stop = lowerSet(lx["stop"])
	l.month = lowerSet(lx["month"])
	l.idBefore = lowerSet(lx["id_before"])
	l.agoBefore = byLength(lx["ago_before"])
	l.agoAfter = byLength(lx["ago_after"])
	l.rate = byLength(lx["rate"])
	hu, err := pairs(name, "hyphen_unit", lx["hyphen_unit"])
	if err != nil {
		return nil, err
	}
	l.hyphenUnit = hu
	l.timeAfter = byLength(lx["time_after"])
	l.bareDet = lowerSet(lx["bare_det"])
	l.plural = lowerSet(lx["plural"])
	if len(l.numbers) == 0 {
		return nil, fmt.Errorf("%w: %s has no [number] section", ErrData, name)
	}
	return l, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
