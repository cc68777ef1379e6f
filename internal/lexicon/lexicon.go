// Package lexicon reads the project's language data files: plain UTF-8 text,
// one entry a line, grouped under "[section]" headers, with "#" comments.
//
//	# French abbreviations
//	[title]
//	M
//	Mme
//
// Stages keep such files per language beside their code (segment/lang/fr.txt,
// claims/lang/en.txt, …) and embed them, so that adding a language is adding a
// file. The format is written by hand: it is smaller than any library for it.
package lexicon

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Lexicon maps a section name to its entries, in file order.
type Lexicon map[string][]string

// Parse reads one data file.
func Parse(name, data string) (Lexicon, error) {
	lx := Lexicon{}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, fmt.Errorf("lexicon: %s:%d: unterminated section header", name, n)
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		if section == "" {
			return nil, fmt.Errorf("lexicon: %s:%d: entry outside any section", name, n)
		}
		lx[section] = append(lx[section], line)
	}
	return lx, sc.Err()
}

// Set is the section's entries as a set.
func (lx Lexicon) Set(section string) map[string]bool {
	m := make(map[string]bool, len(lx[section]))
	for _, e := range lx[section] {
		m[e] = true
	}
	return m
}

// LoadDir parses every "*.txt" file of dir in fsys, keyed by the file's base
// name without extension (a language code such as "fr").
func LoadDir(fsys fs.FS, dir string) (map[string]Lexicon, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	out := map[string]Lexicon{}
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".txt" {
			continue
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		lx, err := Parse(e.Name(), string(b))
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(e.Name(), ".txt")] = lx
	}
	return out, nil
}

// Langs lists the keys of a map by language (a LoadDir result, or a
// stage's per-language data), sorted.
func Langs[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
