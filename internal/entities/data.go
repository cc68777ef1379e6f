package entities

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/loupe-news/loupe/internal/lexicon"
)

//go:embed lang/*.txt names/*.txt names/*.gz
var dataFS embed.FS

// ErrData is returned when an embedded data file cannot be read.
var ErrData = errors.New("entities: bad data file")

// entry is one row of a names table: a referent with its key and type.
type entry struct {
	key, name, typ string
}

// langData is what one language's file says (lang/LL.txt).
type langData struct {
	stop, nonentity, titles, particle, elision, indefinite         map[string]bool
	orgHead, orgHeadLower, orgTail, locHead, locHeadLower, locTail map[string]bool
	locPrep, coord, adjSuffix, abbrev                              map[string]bool
	miscHead, miscTail, miscSuffix                                 map[string]bool
	orgBefore, locBefore, perBefore                                map[string]bool // common nouns that announce a name of a type
	nameSuffix                                                     map[string]bool // "Jr.": after a person's last name
	join, conn, perAfter                                           [][]string      // word sequences, folded
	orgPrep, sourceAfter, orgPlace, orgAfter                       [][]string      // "published in" X, X "continues", ORG "de" LOC, X "members"
	subjectVerb                                                    []string        // endings of a verb after a subject: "-ed"
	article, namePrefix                                            map[string]bool // "the": before a source, an organisation; "Mc"
	maxTitle                                                       int
	demonyms                                                       map[string]string // folded form → country code
	prefixes                                                       map[string]string // folded compound prefix → code
	demonymName                                                    map[string]string // code → first form (display)
	lowerDemonyms                                                  bool              // the language writes them in lower case
	singleNames                                                    string            // type of an unknown one-word name mid-sentence ("" = not a name)
	unknownNames                                                   string            // type of a capitalised word the dictionary does not know ("" = not a name)
	common                                                         *wordSet          // common words, to tell shouting from acronyms
}

// Recognizer finds named entities. It is safe for concurrent use.
type Recognizer struct {
	langs     map[string]*langData
	all       *langData         // every language at once, for a language without a file
	phrases   map[string]*entry // folded token sequence → referent
	maxWords  int               // longest phrase, in tokens
	given     map[string]bool   // folded given names: a capitalised word after one is a surname
	loneGiven map[string]bool   // hand-listed given names, a person even alone (names/given.txt)
	surname   map[string]bool   // folded surnames: a capitalised word before one is a given name
	places    map[string]*entry // the gazetteer: folded name -> city or region
	// tableSurname: the last words of the people of the tables ("castro",
	// "reagan"): a capitalised word that is one is a person.
	tableSurname map[string]bool
	country      map[string]string // country code → English name
	lowerNames   map[string]bool   // table names that begin with a lower-case letter
	prefixes     map[string]bool   // keys of the first tokens of longer names
	upperNames   map[string]bool   // one-word table names in capitals ("UN", "WHO"): never "Un", "Who"
	capWords     map[string]uint64 // several-word table names: the words every spelling capitalises ("Le Monde", not "le monde")
}

// New loads the embedded language files and name tables.
func New() (*Recognizer, error) {
	return load(dataFS)
}

func load(fsys fs.FS) (*Recognizer, error) {
	lx, err := lexicon.LoadDir(fsys, "lang")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	r := &Recognizer{langs: map[string]*langData{}, phrases: map[string]*entry{}, given: map[string]bool{}, loneGiven: map[string]bool{}, surname: map[string]bool{}, country: map[string]string{}, lowerNames: map[string]bool{}, upperNames: map[string]bool{}, capWords: map[string]uint64{}, prefixes: map[string]bool{}}
	for code, l := range lx {
		r.langs[code] = newLang(l)
		name := "names/common-" + code + ".txt.gz"
		if _, err := fs.Stat(fsys, name); err == nil {
			ws, err := loadWords(fsys, name)
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %w", ErrData, name, err)
			}
			ws.rules(l["common_inflect"], l["common_accent"])
			r.langs[code].common = ws
		}
	}
	merged := lexicon.Lexicon{}
	for _, code := range lexicon.Langs(lx) {
		for sec, es := range lx[code] {
			merged[sec] = append(merged[sec], es...)
		}
	}
	r.all = newLang(merged)

	// Hand-curated tables first: their names win over the generated ones.
	// Any other table (names/*.txt but the given-name lists) comes after
	// these, in name order, and before the generated countries.txt, so
	// adding a list is adding a file.
	files := []string{"people.txt", "orgs.txt", "media.txt", "parties.txt", "places.txt", "misc.txt"}
	more, err := fs.Glob(fsys, "names/*.txt")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	for _, m := range more { // sorted by fs.Glob
		if f := path.Base(m); !slices.Contains(files, f) && f != "countries.txt" && f != gazetteer && !strings.HasPrefix(f, "given") {
			files = append(files, f)
		}
	}
	for _, f := range append(files, "countries.txt") {
		t, err := readNames(fsys, f)
		if err != nil {
			return nil, err
		}
		for typ, rows := range t {
			for _, row := range rows {
				parts := strings.Split(row, "|")
				if len(parts) != 3 {
					return nil, fmt.Errorf("%w: names/%s: %q: want key | name | names", ErrData, f, row)
				}
				e := &entry{key: strings.TrimSpace(parts[0]), name: strings.TrimSpace(parts[1]), typ: typ}
				if code, ok := strings.CutPrefix(e.key, "iso3166:"); ok && r.country[code] == "" {
					r.country[code] = e.name
				}
				r.addPhrase(e.name, e)
				for _, n := range strings.Split(parts[2], ";") {
					r.addPhrase(strings.TrimSpace(n), e)
				}
			}
		}
	}
	// Given names: the hand list, then the generated one (less the names
	// the tables give another referent: "Jordan", "Metz").
	for _, f := range []string{"given.txt", "given-gen.txt"} {
		g, err := readNames(fsys, f)
		if err != nil {
			return nil, err
		}
		for sec, into := range map[string]map[string]bool{"given": r.given, "surname": r.surname} {
			for _, line := range g[sec] {
				for _, n := range strings.Fields(line) {
					k := fold(n)
					if f == "given.txt" {
						r.loneGiven[k] = sec == "given"
					} else if r.phrases[k] != nil || r.given[k] || r.surname[k] {
						continue
					}
					into[k] = true
				}
			}
		}
	}
	r.tableSurname = map[string]bool{}
	for k, e := range r.phrases {
		if e.typ != PER {
			continue
		}
		ws := strings.Fields(k)
		if last := ws[len(ws)-1]; len(ws) > 1 && len(last) > 2 && r.phrases[last] == nil && !r.given[last] && !r.commonAnywhere(last) && !r.all.nameSuffix[last] {
			r.tableSurname[last] = true
		}
	}
	if err := r.loadGazetteer(fsys); err != nil {
		return nil, err
	}
	return r, nil
}

// gazetteer is the generated table of cities and regions (gen/geonames).
// Unlike the other tables, its names do not make a mention by themselves:
// they type a capitalised name that context leaves untyped ("Puyallup",
// "Wurtzbourg"), and yield to cues of a person ("Jackson said") and to
// every other table.
const gazetteer = "geonames.txt"

func (r *Recognizer) loadGazetteer(fsys fs.FS) error {
	r.places = map[string]*entry{}
	if _, err := fs.Stat(fsys, path.Join("names", gazetteer)); err != nil {
		return nil
	}
	t, err := readNames(fsys, gazetteer)
	if err != nil {
		return err
	}
	for _, row := range t[LOC] {
		parts := strings.Split(row, "|")
		if len(parts) != 3 {
			return fmt.Errorf("%w: names/%s: %q: want key | name | names", ErrData, gazetteer, row)
		}
		e := &entry{key: strings.TrimSpace(parts[0]), name: strings.TrimSpace(parts[1]), typ: LOC}
		for _, n := range strings.Split(parts[2], ";") {
			n = strings.TrimSpace(n)
			toks := tokenize(n, 0, len(n), r.all)
			if len(toks) == 0 {
				continue
			}
			k := phraseKey(toks)
			if r.phrases[k] != nil || r.places[k] != nil || len(toks) == 1 && (r.given[k] || r.surname[k] || r.commonAnywhere(k)) {
				continue // the first place of a name keeps it ("Jacksonville")
			}
			r.places[k] = e
		}
	}
	return nil
}

// commonAnywhere reports a folded word that some language's dictionary has
// in lower case ("come" for "Comé").
func (r *Recognizer) commonAnywhere(k string) bool {
	for _, d := range r.langs {
		if d.common != nil && d.common.has(k) {
			return true
		}
	}
	return false
}

// addPhrase records a name; the first referent to claim a name keeps it.
func (r *Recognizer) addPhrase(name string, e *entry) {
	if name == "" {
		return
	}
	toks := tokenize(name, 0, len(name), r.all)
	if len(toks) == 0 {
		return
	}
	r.addTokens(name, toks, e)
	if len(toks) > 1 && toks[0].elided && toks[0].text[0] == 'D' {
		// Inside a sentence "D'Alema" is one word (capitalElision): the
		// name is read again as if a word came before it.
		inner := "x " + name
		if t := tokenize(inner, 0, len(inner), r.all); len(t) > 1 && len(t) < len(toks)+1 {
			r.addTokens(name, t[1:], e)
		}
	}
}

func (r *Recognizer) addTokens(name string, toks []token, e *entry) {
	k := phraseKey(toks)
	var mask uint64
	for i, t := range toks {
		if t.cap && i < 64 {
			mask |= 1 << i
		}
	}
	if prev, dup := r.phrases[k]; dup {
		r.capWords[k] &= mask // "Nations unies" and "Nations Unies"
		if prev == e && unicode.IsLower(firstRune(name)) {
			r.lowerNames[k] = true // "Ballon d'or africain" and "ballon d'or africain"
		}
		return
	}
	r.phrases[k] = e
	if len(toks) > 1 {
		r.capWords[k] = mask
	}
	var b strings.Builder
	for i, t := range toks[:len(toks)-1] {
		if i > 0 && !toks[i-1].elided {
			b.WriteByte(' ')
		}
		b.WriteString(t.f)
		r.prefixes[b.String()] = true
	}
	if unicode.IsLower(firstRune(name)) {
		r.lowerNames[k] = true
	}
	if len(toks) == 1 && toks[0].upper {
		r.upperNames[k] = true
	}
	r.maxWords = max(r.maxWords, len(toks))
}

func newLang(l lexicon.Lexicon) *langData {
	set := func(sec string) map[string]bool {
		m := map[string]bool{}
		for _, e := range l[sec] {
			m[fold(e)] = true
		}
		return m
	}
	seqs := func(sec string) [][]string {
		var out [][]string
		for _, e := range l[sec] {
			out = append(out, strings.Fields(fold(e)))
		}
		return out
	}
	d := &langData{
		stop: set("stop"), nonentity: set("nonentity"), titles: set("title"), particle: set("particle"),
		elision: set("elision"), indefinite: set("indefinite"), orgHead: set("org_head"), orgHeadLower: set("org_head_lower"), orgTail: set("org_tail"),
		locHead: set("loc_head"), locHeadLower: set("loc_head_lower"), locTail: set("loc_tail"), locPrep: set("loc_prep"), coord: set("coord"),
		adjSuffix: map[string]bool{}, abbrev: set("abbrev"), miscHead: set("misc_head"), miscTail: set("misc_tail"), miscSuffix: lowerSet(l["misc_suffix"]),
		nameSuffix: set("name_suffix"), orgBefore: set("org_before"), locBefore: set("loc_before"), perBefore: set("per_before"),
		join: seqs("join"), conn: seqs("conn"), perAfter: seqs("person_after"),
		orgPrep: seqs("org_prep"), sourceAfter: seqs("source_after"), article: set("article"),
		orgPlace: seqs("org_place_join"), namePrefix: set("name_prefix"), orgAfter: seqs("org_after"), subjectVerb: l["subject_verb_suffix"],
		demonyms: map[string]string{}, prefixes: map[string]string{}, demonymName: map[string]string{},
	}
	for _, e := range l["adj_suffix"] {
		d.adjSuffix[strings.ToLower(e)] = true // not folded: "é" is not "e"
	}
	for _, e := range l["option"] {
		k, v, ok := strings.Cut(e, "=")
		switch k, v = strings.TrimSpace(k), strings.TrimSpace(v); {
		case !ok:
		case k == "single_names":
			d.singleNames = v
		case k == "unknown_names":
			d.unknownNames = v
		}
	}
	for t := range d.titles {
		d.maxTitle = max(d.maxTitle, len(strings.Fields(t)))
	}
	type rule struct {
		end   string
		forms []string
	}
	var rules []rule
	for _, e := range l["inflect"] {
		end, forms, _ := strings.Cut(e, "=")
		rules = append(rules, rule{strings.TrimSpace(end), strings.Fields(forms)})
	}
	inflect := func(w string) []string {
		best := -1
		for i, ru := range rules {
			if strings.HasSuffix(w, ru.end) && (best < 0 || len(ru.end) > len(rules[best].end)) {
				best = i
			}
		}
		out := []string{w}
		if best >= 0 {
			stem := strings.TrimSuffix(w, rules[best].end)
			for _, f := range rules[best].forms {
				out = append(out, stem+f)
			}
		}
		return out
	}
	for _, e := range l["demonym"] {
		code, forms, ok := strings.Cut(e, "=")
		if !ok {
			continue
		}
		code = strings.TrimSpace(code)
		for i, f := range strings.Split(forms, ",") {
			f = strings.TrimSpace(f)
			if unicode.IsLower(firstRune(f)) {
				d.lowerDemonyms = true
			}
			if i == 0 && d.demonymName[code] == "" {
				d.demonymName[code] = f
			}
			for _, w := range inflect(f) {
				if _, dup := d.demonyms[fold(w)]; !dup {
					d.demonyms[fold(w)] = code
				}
			}
		}
	}
	for _, e := range l["demonym_prefix"] {
		code, forms, ok := strings.Cut(e, "=")
		if !ok {
			continue
		}
		for _, f := range strings.Split(forms, ",") {
			d.prefixes[fold(strings.TrimSpace(f))] = strings.TrimSpace(code)
		}
	}
	return d
}

func lowerSet(es []string) map[string]bool {
	m := map[string]bool{}
	for _, e := range es {
		m[strings.ToLower(e)] = true
	}
	return m
}

// foldTab maps accented Latin letters (below U+1F00) to their base letter.
var foldTab = func() []string {
	m := make([]string, 0x1F00)
	for c, f := range map[rune]string{'œ': "oe", 'Œ': "oe", 'æ': "ae", 'Æ': "ae", 'ß': "ss", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i"} {
		m[c] = f
	}
	for _, rg := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for c := rg[0]; c <= rg[1]; c++ {
			if m[c] != "" {
				continue
			}
			d := norm.NFD.String(string(c))
			base, _ := utf8.DecodeRuneInString(d)
			if base < 0x80 && base != c {
				m[c] = string(unicode.ToLower(base))
			}
		}
	}
	return m
}()

// fold lower-cases s, strips Latin diacritics and straightens apostrophes,
// so that "États-Unis", "ETATS-UNIS" and "Etats-Unis" compare equal.
func fold(s string) string {
	ascii, lower := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	if ascii {
		if lower {
			return s
		}
		return strings.ToLower(s)
	}
	b := make([]byte, 0, len(s))
	for _, c := range s {
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, byte(c))
		case c == '’' || c == 'ʼ' || c == '‘':
			b = append(b, '\'')
		case c < 0x1F00 && foldTab[c] != "":
			b = append(b, foldTab[c]...)
		default:
			b = utf8.AppendRune(b, unicode.ToLower(c))
		}
	}
	return string(b)
}

// readNames reads and parses one file of names/.
func readNames(fsys fs.FS, f string) (lexicon.Lexicon, error) {
	b, err := fs.ReadFile(fsys, path.Join("names", f))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	t, err := lexicon.Parse(f, string(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrData, err)
	}
	return t, nil
}
