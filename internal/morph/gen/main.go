// Command gen builds the verb-form tables embedded by package morph from a
// Hunspell dictionary whose affix rules carry morphological fields, such as
// the French Dicollecte/Grammalecte dictionary shipped by Debian
// (hunspell-fr-classical):
//
//	go run ./internal/morph/gen -aff /usr/share/hunspell/fr.aff \
//		-dic /usr/share/hunspell/fr.dic -o internal/morph/data/fr.tsv.gz
//
// It expands every verb entry of the .dic (an entry whose morphological
// fields include po:v0…po:v3) through the suffix rules of its flags, keeps
// the forms whose rule is tagged with one of the wanted tenses, and writes
// them as sorted, gzip-compressed lines
//
//	form<TAB>infinitive<TAB>mood<TAB>persons
//
// Prefix rules are not applied: in the French dictionary they only add
// elided clitics (l', n', qu'…), which package morph strips from its input.
//
// With -base it writes instead the English base-verb table from a
// dictionary without morphological fields (see base.go).
package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// moods maps the Grammalecte tense tag to the mood name written in the
// table. The dictionary calls the simple future "ifut"; the table calls it
// "futu".
var moods = map[string]string{
	"po:cond": "cond", // présent du conditionnel
	"po:ifut": "futu", // futur simple de l'indicatif
	"po:ipsi": "ipsi", // passé simple de l'indicatif
}

// personOrder fixes the order of persons in the persons column.
var personOrder = []string{"1sg", "1isg", "1jsg", "2sg", "3sg", "1pl", "2pl", "3pl"}

func main() {
	aff := flag.String("aff", "/usr/share/hunspell/fr.aff", "Hunspell affix file")
	dic := flag.String("dic", "/usr/share/hunspell/fr.dic", "Hunspell dictionary file")
	out := flag.String("o", "internal/morph/data/fr.tsv.gz", "output file (gzip-compressed TSV)")
	base := flag.Bool("base", false, "write the English base-verb table (base.go) instead of the tense table")
	flag.Parse()
	if err := run(*aff, *dic, *out, *base); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(affPath, dicPath, outPath string, base bool) error {
	af, err := os.Open(affPath)
	if err != nil {
		return err
	}
	defer af.Close()
	rules, err := parseAff(af)
	if err != nil {
		return fmt.Errorf("%s: %w", affPath, err)
	}
	df, err := os.Open(dicPath)
	if err != nil {
		return err
	}
	defer df.Close()
	if base {
		rows, err := baseRows(df, rules)
		if err != nil {
			return fmt.Errorf("%s: %w", dicPath, err)
		}
		fmt.Fprintf(os.Stderr, "gen: %d base verb forms -> %s\n", len(rows), outPath)
		return write(outPath, rows)
	}
	rows, stats, err := expand(df, rules)
	if err != nil {
		return fmt.Errorf("%s: %w", dicPath, err)
	}
	if err := write(outPath, rows); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d verbs, %d rows", stats.verbs, len(rows))
	for _, m := range []string{"cond", "futu", "ipsi"} {
		fmt.Fprintf(os.Stderr, ", %s %d", m, stats.byMood[m])
	}
	fmt.Fprintf(os.Stderr, " -> %s\n", outPath)
	return nil
}

// rule is one suffix rule line: strip, add, condition and its tense tags.
type rule struct {
	strip, add string
	cond       condition
	mood       string // table mood, "" if the rule is not a wanted tense
	persons    []string
}

// affix holds the parsed SFX rules by flag.
type affix struct {
	longFlags bool
	sfx       map[string][]rule
}

// parseAff reads the FLAG type and every SFX block. PFX blocks are read
// over: see the package comment.
func parseAff(r io.Reader) (*affix, error) {
	a := &affix{sfx: map[string][]rule{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	pending := 0 // rule lines still expected in the current block
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[0] {
		case "SET":
			if len(f) > 1 && f[1] != "UTF-8" {
				return nil, fmt.Errorf("line %d: encoding %s not supported", line, f[1])
			}
		case "FLAG":
			switch {
			case len(f) > 1 && f[1] == "long":
				a.longFlags = true
			case len(f) > 1 && f[1] == "UTF-8":
			default:
				return nil, fmt.Errorf("line %d: FLAG %v not supported", line, f[1:])
			}
		case "AF", "AM":
			return nil, fmt.Errorf("line %d: %s aliases not supported", line, f[0])
		case "PFX", "SFX":
			if pending == 0 {
				// Block header: SFX flag cross_product count.
				if len(f) < 4 {
					return nil, fmt.Errorf("line %d: short affix header", line)
				}
				n, err := strconv.Atoi(f[3])
				if err != nil {
					return nil, fmt.Errorf("line %d: affix count: %w", line, err)
				}
				pending = n
				continue
			}
			pending--
			if f[0] == "PFX" {
				continue
			}
			if len(f) < 4 {
				return nil, fmt.Errorf("line %d: short suffix rule", line)
			}
			ru := rule{strip: zero(f[2]), add: zero(f[3])}
			if i := strings.IndexByte(ru.add, '/'); i >= 0 {
				ru.add = ru.add[:i] // continuation flags: elision prefixes only
			}
			c := "."
			if len(f) > 4 {
				c = f[4]
			}
			cond, err := parseCondition(c)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			ru.cond = cond
			if len(f) > 5 {
				for _, m := range f[5:] {
					m = strings.TrimSuffix(m, "!")
					if mood, ok := moods[m]; ok {
						ru.mood = mood
					} else if p, ok := strings.CutPrefix(m, "po:"); ok && slices.Contains(personOrder, p) {
						ru.persons = append(ru.persons, p)
					}
				}
			}
			a.sfx[f[1]] = append(a.sfx[f[1]], ru)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if pending != 0 {
		return nil, errors.New("truncated affix block")
	}
	return a, nil
}

func zero(s string) string {
	if s == "0" {
		return ""
	}
	return s
}

// condition is a Hunspell affix condition: one rune set per position,
// matched against the end of the stem.
type condition []runeSet

type runeSet struct {
	any    bool
	negate bool
	runes  string
}

func (s runeSet) match(r rune) bool {
	if s.any {
		return true
	}
	return strings.ContainsRune(s.runes, r) != s.negate
}

func parseCondition(s string) (condition, error) {
	if s == "." {
		return nil, nil
	}
	var c condition
	for len(s) > 0 {
		switch s[0] {
		case '.':
			c = append(c, runeSet{any: true})
			s = s[1:]
		case '[':
			end := strings.IndexByte(s, ']')
			if end < 0 {
				return nil, fmt.Errorf("unclosed [ in condition %q", s)
			}
			body := s[1:end]
			neg := strings.HasPrefix(body, "^")
			c = append(c, runeSet{negate: neg, runes: strings.TrimPrefix(body, "^")})
			s = s[end+1:]
		default:
			r, n := utf8.DecodeRuneInString(s)
			c = append(c, runeSet{runes: string(r)})
			s = s[n:]
		}
	}
	return c, nil
}

func (c condition) matchSuffix(word string) bool {
	w := []rune(word)
	if len(c) > len(w) {
		return false
	}
	tail := w[len(w)-len(c):]
	for i, set := range c {
		if !set.match(tail[i]) {
			return false
		}
	}
	return true
}

// splitFlags cuts a flag string into flags.
func (a *affix) splitFlags(s string) []string {
	r := []rune(s)
	var out []string
	if !a.longFlags {
		for _, c := range r {
			out = append(out, string(c))
		}
		return out
	}
	for i := 0; i+1 < len(r); i += 2 {
		out = append(out, string(r[i:i+2]))
	}
	return out
}

type key struct{ form, inf, mood string }

var moodRank = map[string]int{"cond": 0, "futu": 1, "ipsi": 2}

type stats struct {
	verbs  int
	byMood map[string]int
}

// expand applies the wanted suffix rules to every verb entry of the .dic.
func expand(r io.Reader, a *affix) ([]string, stats, error) {
	persons := map[key]map[string]bool{}
	st := stats{byMood: map[string]int{}}
	group := map[string]int{} // infinitive -> rank of its conjugation group
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		text := sc.Text()
		if first { // the first line is the entry count
			first = false
			continue
		}
		f := strings.Fields(text)
		if len(f) < 2 {
			continue
		}
		rank, ok := verbGroup(f[1:])
		if !ok {
			continue
		}
		word, flags, _ := strings.Cut(f[0], "/")
		if flags == "" {
			continue // a lone inflected form (ci-gît) or an entry without rules
		}
		for _, fl := range a.splitFlags(flags) {
			for _, ru := range a.sfx[fl] {
				if ru.mood == "" || !strings.HasSuffix(word, ru.strip) || !ru.cond.matchSuffix(word) {
					continue
				}
				form := strings.ToLower(word[:len(word)-len(ru.strip)] + ru.add)
				k := key{form, strings.ToLower(word), ru.mood}
				if persons[k] == nil {
					persons[k] = map[string]bool{}
				}
				for _, p := range ru.persons {
					persons[k][p] = true
				}
				if g, ok := group[k.inf]; !ok || rank < g {
					group[k.inf] = rank
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, st, err
	}
	st.verbs = len(group)
	keys := make([]key, 0, len(persons))
	for k := range persons {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(
			strings.Compare(a.form, b.form),
			cmp.Compare(moodRank[a.mood], moodRank[b.mood]),
			cmp.Compare(group[a.inf], group[b.inf]),
			strings.Compare(a.inf, b.inf))
	})
	rows := make([]string, 0, len(keys))
	for _, k := range keys {
		ps := persons[k]
		var list []string
		for _, p := range personOrder {
			if ps[p] {
				list = append(list, p)
			}
		}
		rows = append(rows, k.form+"\t"+k.inf+"\t"+k.mood+"\t"+strings.Join(list, "/"))
		st.byMood[k.mood]++
	}
	return rows, st, nil
}

// verbGroup reports whether the morphological fields mark a verb
// (po:v0…po:v3) and ranks its group for the order of analyses: 0 (être,
// avoir), 3, 2, 1.
func verbGroup(fields []string) (int, bool) {
	for _, m := range fields {
		if len(m) > 4 && strings.HasPrefix(m, "po:v") && m[4] >= '0' && m[4] <= '3' {
			return [...]int{0, 3, 2, 1}[m[4]-'0'], true
		}
	}
	return 0, false
}

func write(path string, rows []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	// No name or time in the gzip header: the output is reproducible.
	bw := bufio.NewWriter(zw)
	for _, r := range rows {
		bw.WriteString(r)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
