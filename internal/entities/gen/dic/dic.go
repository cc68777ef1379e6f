// Package dic reads the headwords of a Hunspell dictionary (.dic) for the
// entities generators: each entry's word and its morphological fields
// ("po:npr", "po:prn", …). Hand-written: the format is a count line, then
// "word/flags fields" or, for an invariable word, "word fields"; no
// well-kept Go library reads it, and the generators need only this. It also
// reads the generated common-word lists back (ReadWordsGz).
package dic

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
)

// ReadWordsGz adds the words of a gzipped word list (names/common-LL.txt.gz,
// one word a line) to into.
func ReadWordsGz(path string, into map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			into[w] = true
		}
	}
	return sc.Err()
}

// Each calls fn with every entry's headword and its whole line, in file order.
func Each(path string, fn func(word, line string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if first {
			continue // the count line
		}
		line := sc.Text()
		w, _, _ := strings.Cut(line, "/")
		if f := strings.Fields(w); len(f) > 0 {
			fn(f[0], line)
		}
	}
	return sc.Err()
}
