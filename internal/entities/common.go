package entities

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"sort"
	"strings"
)

// wordSet is a sorted list of common lower-case words (names/common-LL.txt.gz,
// from Hunspell and SCOWL, see gen/common), kept as one string and searched
// by bisection: about 1 MB per language.
type wordSet struct {
	data string
	offs []uint32 // start of each word in data; words end with '\n'
}

func loadWords(fsys fs.FS, name string) (*wordSet, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	ws := &wordSet{data: string(raw)}
	for i := 0; i < len(ws.data); {
		ws.offs = append(ws.offs, uint32(i))
		j := strings.IndexByte(ws.data[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return ws, nil
}

func (ws *wordSet) word(k int) string {
	a := int(ws.offs[k])
	return ws.data[a : a+strings.IndexByte(ws.data[a:], '\n')]
}

func (ws *wordSet) has(w string) bool {
	k := sort.Search(len(ws.offs), func(k int) bool { return ws.word(k) >= w })
	return k < len(ws.offs) && ws.word(k) == w
}

// common reports whether w, any case, is a common word of the language or
// an inflection of one: plurals in -s/-x, French participles in -é(e)(s).
func (ws *wordSet) common(w string) bool {
	if ws == nil {
		return false
	}
	w = strings.ToLower(w)
	if ws.has(w) {
		return true
	}
	for _, suf := range []string{"s", "x"} {
		if strings.HasSuffix(w, suf) && ws.has(strings.TrimSuffix(w, suf)) {
			return true
		}
	}
	for _, suf := range []string{"ées", "ée", "és", "é"} {
		if strings.HasSuffix(w, suf) && ws.has(strings.TrimSuffix(w, suf)+"er") {
			return true
		}
	}
	for _, suf := range []string{"ed", "ing", "es"} {
		if strings.HasSuffix(w, suf) && (ws.has(strings.TrimSuffix(w, suf)) || ws.has(strings.TrimSuffix(w, suf)+"e")) {
			return true
		}
	}
	return false
}

// shoutedCommon reports whether toks[a:j] are all words in capitals that the
// language's dictionary knows in lower case: "PEUPLE", "DERNIERE MINUTES",
// shouting, not an acronym or a name.
func (r *Recognizer) shoutedCommon(toks []token, a, j int, d *langData) bool {
	if d.common == nil {
		return false
	}
	for k := a; k < j; k++ {
		if !toks[k].upper || !d.common.common(toks[k].text) {
			return false
		}
	}
	return true
}
