// Command common writes the lists of common (not proper) words that the
// entities package uses to tell a shouted word ("PEUPLE", "FERMÉ") from an
// acronym: lower-case headwords of Debian's French Hunspell dictionary
// (hunspell-fr-classical, MPL-2.0; proper nouns, tagged po:npr, left out) and
// of Debian's American and British English word lists (wamerican and
// wbritish, SCOWL, permissive licence: "defence", "labour" as well as
// "defense", "labor").
//
//	go run ./internal/entities/gen/common \
//	  -fr /usr/share/hunspell/fr.dic \
//	  -en /usr/share/dict/american-english,/usr/share/dict/british-english \
//	  -o internal/entities/names
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/entities/gen/dic"
)

func main() {
	fr := flag.String("fr", "/usr/share/hunspell/fr.dic", "French Hunspell dictionary")
	en := flag.String("en", "/usr/share/dict/american-english,/usr/share/dict/british-english", "English word lists, comma-separated")
	out := flag.String("o", "internal/entities/names", "output folder")
	flag.Parse()
	for _, job := range []struct {
		lang, path string
		read       func(string) (map[string]bool, error)
	}{{"fr", *fr, readHunspell}, {"en", *en, readList}} {
		words, err := job.read(job.path)
		if err == nil {
			err = write(filepath.Join(*out, "common-"+job.lang+".txt.gz"), words)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "common:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d words\n", job.lang, len(words))
	}
}

// keep: lower-case words of three letters or more.
func keep(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func readHunspell(path string) (map[string]bool, error) {
	words := map[string]bool{}
	err := dic.Each(path, func(w, line string) {
		if keep(w) && !strings.Contains(line, "po:npr") { // proper nouns left out
			words[w] = true
		}
	})
	return words, err
}

// readList reads word lists, one word a line; paths are comma-separated.
func readList(paths string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, path := range strings.Split(paths, ",") {
		if err := readOneList(path, words); err != nil {
			return nil, err
		}
	}
	return words, nil
}

func readOneList(path string, words map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if !strings.Contains(w, "'") && keep(w) {
			words[w] = true
		}
	}
	return sc.Err()
}

func write(path string, words map[string]bool) error {
	list := make([]string, 0, len(words))
	for w := range words {
		list = append(list, w)
	}
	sort.Strings(list)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.Write([]byte(strings.Join(list, "\n") + "\n"))
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
