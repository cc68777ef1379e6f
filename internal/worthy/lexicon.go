package worthy

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"github.com/loupe-news/loupe/internal/lexicon"
)

//go:embed lang/*.txt
var langFS embed.FS

// entry is one phrase of a word class, after its first word.
type entry struct {
	rest  []string
	class int
}

// suffix is a word ending that marks a class ("-rait": conditional).
type suffix struct {
	end   string
	class int
}

// langLex is one language's word classes, compiled for matching.
type langLex struct {
	first    map[string][]entry
	suffixes []suffix
	elision  []string
}

// classes are the word classes of all data files, sorted; a class is a
// language-neutral feature.
type classSet struct {
	names []string
	index map[string]int
	langs map[string]*langLex
}

// reserved sections are not word classes.
var reserved = map[string]bool{"elision": true}

// loadClasses reads lang/*.txt.
func loadClasses() (*classSet, error) {
	lxs, err := lexicon.LoadDir(langFS, "lang")
	if err != nil {
		return nil, fmt.Errorf("worthy: %w", err)
	}
	cs := &classSet{index: map[string]int{}, langs: map[string]*langLex{}}
	for _, lx := range lxs {
		for sec := range lx {
			if !reserved[sec] {
				cs.index[sec] = 0
			}
		}
	}
	for name := range cs.index {
		cs.names = append(cs.names, name)
	}
	sort.Strings(cs.names)
	for i, name := range cs.names {
		cs.index[name] = i
	}
	for lang, lx := range lxs {
		ll := &langLex{first: map[string][]entry{}}
		for _, e := range lx["elision"] {
			ll.elision = append(ll.elision, strings.ToLower(strings.ReplaceAll(e, "’", "'")))
		}
		secs := make([]string, 0, len(lx))
		for sec := range lx {
			secs = append(secs, sec)
		}
		sort.Strings(secs)
		for _, sec := range secs {
			for _, e := range lx[sec] {
				e = strings.ToLower(strings.ReplaceAll(e, "’", "'"))
				if sec == "elision" {
					continue
				}
				c := cs.index[sec]
				if strings.HasPrefix(e, "-") && len(e) > 1 {
					ll.suffixes = append(ll.suffixes, suffix{end: e[1:], class: c})
					continue
				}
				words := splitPhrase(e, ll.elision)
				if len(words) == 0 {
					continue
				}
				ll.first[words[0]] = append(ll.first[words[0]], entry{rest: words[1:], class: c})
			}
		}
		cs.langs[lang] = ll
	}
	return cs, nil
}

// splitPhrase cuts a lexicon phrase into the tokens the tokenizer makes of
// it, so that "l'année dernière" matches the text.
func splitPhrase(p string, elision []string) []string {
	var out []string
	var t tokenizer
	t.run(p, elision)
	for _, tk := range t.toks {
		out = append(out, string(t.low[tk.s:tk.e]))
	}
	return out
}
