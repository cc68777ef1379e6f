// Command base builds the table of English base verb forms embedded by
// package morph (data/en.tsv.gz) from the English Hunspell dictionary
// shipped by Debian (hunspell-en-us, from SCOWL):
//
//	go run ./internal/morph/gen/base -aff /usr/share/hunspell/en_US.aff \
//		-dic /usr/share/hunspell/en_US.dic -o internal/morph/data/en.tsv.gz
//
// That dictionary has no part-of-speech tags, so a word's verbhood is read
// from its inflections. A lower-case entry w is a base verb form when its
// own flags give it an -ing form (the G rule: "police" → "policing"), or
// when its flags give it an -s form (S: "runs") and its -ing form (w+ing,
// with a final e dropped, ie turned to y, or a final consonant doubled) is
// an entry of its own ("running"). "with" has no flags of its own, so it
// is left out although "withing" (of "withe") exists; a few function words
// the dictionary does conjugate stay in ("the/JG", "but", "will"), and
// callers filter them. Words that are also nouns are kept:
// callers look for a base form in a place only a verb can stand (a clause
// opening on it, then its object). Lines are
//
//	form<TAB>form<TAB>base<TAB>-
//
// sorted by form. The output is reproducible from the same dictionary.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
)

type rule struct {
	strip, add string
	cond       []string // one character class or literal per position
}

func main() {
	aff := flag.String("aff", "/usr/share/hunspell/en_US.aff", "Hunspell affix file")
	dic := flag.String("dic", "/usr/share/hunspell/en_US.dic", "Hunspell dictionary")
	out := flag.String("o", "internal/morph/data/en.tsv.gz", "output table")
	flag.Parse()
	if err := run(*aff, *dic, *out); err != nil {
		fmt.Fprintln(os.Stderr, "base:", err)
		os.Exit(1)
	}
}

func run(affPath, dicPath, outPath string) error {
	rules, err := readAffix(affPath)
	if err != nil {
		return err
	}
	entries, err := readDic(dicPath)
	if err != nil {
		return err
	}
	var base []string
	for w, flags := range entries {
		if isBase(w, flags, entries, rules) {
			base = append(base, w)
		}
	}
	slices.Sort(base)
	f, err := os.Create(outPath)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, w := range base {
		fmt.Fprintf(bw, "%s\t%s\tbase\t-\n", w, w)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "base: %d entries, %d base verb forms\n", len(entries), len(base))
	return f.Close()
}

// readAffix reads the suffix rules (SFX) by flag; flags are single
// characters in this dictionary.
func readAffix(path string) (map[byte][]rule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rules := map[byte][]rule{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 5 || fs[0] != "SFX" || len(fs[1]) != 1 {
			continue // headers ("SFX G Y 2") have 4 fields
		}
		r := rule{strip: fs[2], add: fs[3], cond: classes(fs[4])}
		if r.strip == "0" {
			r.strip = ""
		}
		if r.add == "0" {
			r.add = ""
		}
		if i := strings.IndexByte(r.add, '/'); i >= 0 {
			r.add = r.add[:i]
		}
		rules[fs[1][0]] = append(rules[fs[1][0]], r)
	}
	return rules, sc.Err()
}

// classes splits a rule condition ("[^aeiou]y") into its positions.
func classes(c string) []string {
	if c == "." {
		return nil
	}
	var out []string
	for i := 0; i < len(c); {
		if c[i] == '[' {
			j := strings.IndexByte(c[i:], ']')
			if j < 0 {
				return append(out, c[i:])
			}
			out = append(out, c[i:i+j+1])
			i += j + 1
			continue
		}
		out = append(out, c[i:i+1])
		i++
	}
	return out
}

// matches reports whether w ends as the condition says.
func (r rule) matches(w string) bool {
	if len(w) < len(r.cond) || !strings.HasSuffix(w, r.strip) {
		return false
	}
	tail := w[len(w)-len(r.cond):]
	for k, c := range r.cond {
		ch := tail[k]
		switch {
		case strings.HasPrefix(c, "[^"):
			if strings.IndexByte(c[2:len(c)-1], ch) >= 0 {
				return false
			}
		case strings.HasPrefix(c, "["):
			if strings.IndexByte(c[1:len(c)-1], ch) < 0 {
				return false
			}
		case c[0] != ch:
			return false
		}
	}
	return true
}

// readDic returns the dictionary's entries with their flags.
func readDic(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries := map[string]string{}
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		if first { // the entry count
			first = false
			continue
		}
		w, flags, _ := strings.Cut(sc.Text(), "/")
		entries[w] += flags
	}
	return entries, sc.Err()
}

const vowels = "aeiou"

// isBase reports whether entry w is a base verb form (see the package doc).
func isBase(w, flags string, entries map[string]string, rules map[byte][]rule) bool {
	if len(w) < 2 || strings.ToLower(w) != w || strings.HasSuffix(w, "ing") || strings.ContainsAny(w, "'.-0123456789") {
		return false
	}
	if applies('G', w, flags, rules) {
		return true
	}
	if !applies('S', w, flags, rules) {
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

// applies reports whether w carries flag f and one of its rules fits w.
func applies(f byte, w, flags string, rules map[byte][]rule) bool {
	if strings.IndexByte(flags, f) < 0 {
		return false
	}
	return slices.ContainsFunc(rules[f], func(r rule) bool { return r.matches(w) })
}
