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
	data    string
	offs    []uint32    // start of each word in data; words end with '\n'
	inflect [][2]string // ending of an inflected form, ending of the dictionary's form (lang/LL.txt [common_inflect])
	accents [][2]string // an unaccented first letter and an accented one: capitals often drop accents ("Etude")
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
	if k+1 < len(ws.offs) {
		return ws.data[a : ws.offs[k+1]-1] // the next word starts after the '\n'
	}
	return strings.TrimSuffix(ws.data[a:], "\n")
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
		stem, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if suf == "es" && !strings.ContainsAny(stem[max(len(stem)-1, 0):], "sxzho") {
			continue // "boxes", "churches", not "James" (jam)
		}
		if ws.has(stem) || ws.has(stem+"e") {
			return true
		}
	}
	for _, r := range ws.inflect {
		if stem, ok := strings.CutSuffix(w, r[0]); ok && len(stem) >= 2 && ws.has(stem+r[1]) {
			return true
		}
	}
	if len(ws.accents) > 0 {
		for _, a := range ws.accents {
			if rest, ok := strings.CutPrefix(w, a[0]); ok {
				tw := *ws
				tw.accents = nil
				if tw.common(a[1] + rest) {
					return true
				}
			}
		}
	}
	return false
}

// rules reads the inflection and accent rules of a language file's
// sections [common_inflect] ("ons = er re ir": "levons" is a form of
// "lever"; "-" is no ending) and [common_accent] ("e = é è ê").
func (ws *wordSet) rules(inflect, accents []string) {
	split := func(e string) (string, []string) {
		k, v, _ := strings.Cut(e, "=")
		var out []string
		for _, f := range strings.Fields(v) {
			out = append(out, strings.Trim(f, "-"))
		}
		return strings.Trim(strings.TrimSpace(k), "-"), out
	}
	for _, e := range inflect {
		k, vs := split(e)
		for _, v := range vs {
			ws.inflect = append(ws.inflect, [2]string{k, v})
		}
	}
	for _, e := range accents {
		k, vs := split(e)
		for _, v := range vs {
			ws.accents = append(ws.accents, [2]string{k, v})
		}
	}
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
