package main

import (
	"bufio"
	"io"
	"slices"
	"strings"
)

// English base verb forms (-base): the table data/en.tsv.gz, built from the
// English Hunspell dictionary shipped by Debian (hunspell-en-us, from
// SCOWL):
//
//	go run ./internal/morph/gen -base -aff /usr/share/hunspell/en_US.aff \
//		-dic /usr/share/hunspell/en_US.dic -o internal/morph/data/en.tsv.gz
//
// That dictionary has no part-of-speech tags, so a word's verbhood is read
// from its inflections, through the same affix parser as the French
// tables. A lower-case entry w is a base verb form when its own flags give
// it an -ing form (the G rule: "police" → "policing"), or when its flags
// give it an -s form (S: "runs") and its -ing form (w+ing, with a final e
// dropped, ie turned to y, or a final consonant doubled) is an entry of its
// own ("running"). "with" has no flags of its own, so it is left out
// although "withing" (of "withe") exists; a few function words the
// dictionary does conjugate stay in ("the/JG", "but", "will"), and callers
// filter them. Words that are also nouns are kept: callers look for a base
// form in a place only a verb can stand (a clause opening on it, then its
// object). Lines are
//
//	form<TAB>form<TAB>base<TAB>-
//
// sorted by form.

// baseRows reads the .dic entries and returns the table's sorted lines.
func baseRows(r io.Reader, a *affix) ([]string, error) {
	entries := map[string]string{} // entry -> its flags
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first { // the first line is the entry count
			first = false
			continue
		}
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		w, flags, _ := strings.Cut(f[0], "/")
		entries[w] += flags
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var rows []string
	for w, flags := range entries {
		if isBase(w, flags, entries, a) {
			rows = append(rows, w+"\t"+w+"\tbase\t-")
		}
	}
	slices.Sort(rows)
	return rows, nil
}

const vowels = "aeiou"

// isBase reports whether entry w is a base verb form (see above).
func isBase(w, flags string, entries map[string]string, a *affix) bool {
	if len(w) < 2 || strings.ToLower(w) != w || strings.HasSuffix(w, "ing") || strings.ContainsAny(w, "'.-0123456789") {
		return false
	}
	if applies("G", w, flags, a) {
		return true
	}
	if !applies("S", w, flags, a) {
		return false
	}
	ing := []string{w + "ing"}
	if strings.HasSuffix(w, "ie") {
		ing = append(ing, w[:len(w)-2]+"ying")
	} else if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") {
		ing = append(ing, w[:len(w)-1]+"ing")
	}
	n := len(w)
	if n > 2 && !strings.ContainsRune(vowels+"wxy", rune(w[n-1])) && strings.ContainsRune(vowels, rune(w[n-2])) && !strings.ContainsRune(vowels, rune(w[n-3])) {
		ing = append(ing, w+w[n-1:]+"ing")
	}
	return slices.ContainsFunc(ing, func(x string) bool { _, ok := entries[x]; return ok })
}

// applies reports whether w carries flag f and one of its suffix rules
// fits w.
func applies(f, w, flags string, a *affix) bool {
	if !slices.Contains(a.splitFlags(flags), f) {
		return false
	}
	return slices.ContainsFunc(a.sfx[f], func(ru rule) bool {
		return strings.HasSuffix(w, ru.strip) && ru.cond.matchSuffix(w)
	})
}
