package entities

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// Entity types (CoNLL-2003).
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// cand is one mention found in the text, before mentions are grouped into
// entities.
type cand struct {
	s, e    int    // byte offsets
	f       string // folded surface (phrase key)
	text    string
	words   int
	typ     string
	weak    bool   // the type is a guess
	guess   bool   // the type is a default, without any cue
	ent     *entry // referent from a names table
	country string // a demonym's country code
	name    string // display name when the mention alone does not say it ("Joe" → "Joe Biden")
	confirm bool   // sentence-initial or shouted: kept only if the text confirms it
	link    int    // 1 + index of the mention this one is an alias of
	last    string // folded last name of a person
}

// Find returns the entities of t, looking only inside sentences (the whole
// text when sentences is empty), in the language lang ("fr", "en"; any other
// uses every language's lists at once). IDs are "e1", "e2", … in order of
// first mention; mentions are code-point spans, in order.
func (r *Recognizer) Find(t *loupe.Text, sentences []loupe.Span, lang string) []loupe.Entity {
	d := r.langs[lang]
	if d == nil {
		d = r.all
	}
	s := t.String()
	spans := sentences
	if len(spans) == 0 {
		spans = []loupe.Span{{Start: 0, End: t.Len()}}
	}
	var cands []cand
	prev := 0 // end of the last sentence read, in bytes
	for _, sp := range spans {
		if !t.Valid(sp) || sp.Len() == 0 {
			continue
		}
		a, b := t.Bytes(sp)
		if len(sentences) > 0 && a > prev {
			cands = r.tags(s, prev, a, d, cands)
		}
		cands = r.scan(tokenize(s, a, b, r.all), d, cands)
		prev = max(prev, b)
	}
	if len(sentences) > 0 && prev < len(s) {
		cands = r.tags(s, prev, len(s), d, cands)
	}
	return r.resolve(t, cands, d)
}

// tags reads the handles and hashtags of the text between sentences (a
// post's last line: "… en sécurité !" @LCI #Mali"): table names only.
func (r *Recognizer) tags(s string, a, b int, d *langData, out []cand) []cand {
	if !strings.ContainsAny(s[a:b], "@#") {
		return out
	}
	toks := tokenize(s, a, b, r.all)
	for i := 1; i < len(toks); i++ {
		t, p := toks[i], toks[i-1]
		if !t.word || t.gap || !p.gap || p.text != "@" && p.text != "#" {
			continue
		}
		if L, e := r.lookup(toks, i, d); L == 1 && (t.cap || p.text == "#") {
			out = append(out, cand{s: t.s, e: t.e, f: t.f, words: 1, typ: e.typ, ent: e})
		}
	}
	return out
}

// scan finds the candidate mentions of one sentence.
func (r *Recognizer) scan(toks []token, d *langData, out []cand) []cand {
	n := len(toks)
	shout := shouted(toks)
	word := func(k int) bool { return k >= 0 && k < n && toks[k].word && !toks[k].elided }
	capAt := func(k int) bool { return word(k) && toks[k].cap && !toks[k].nl }
	mk := func(a, b int, typ string) cand {
		c := cand{s: toks[a].s, e: toks[b-1].e, f: phraseKey(toks[a:b]), typ: typ, words: b - a}
		return c
	}
	for i := 0; i < n; {
		tk := toks[i]
		if tk.elided && tk.cap && !isInitial(toks, i) {
			// A name that opens with a capital elided article: "selon
			// L'Express", "chez L'Oréal" (most elided articles are not part
			// of the name; at a sentence start the capital says nothing).
			if L, e := r.lookup(toks, i, d); L >= 2 {
				c := mk(i, i+L, e.typ)
				c.ent = e
				out = append(out, c)
				i += L
				continue
			}
		}
		if !word(i) {
			i++
			continue
		}
		initial := tk.cap && isInitial(toks, i)

		// A dateline: "LUBBOCK, Texas —", "PARIS (Loupe-Presse) –".
		if initial && tk.upper && len(tk.text) >= 3 && !d.stop[tk.f] && !d.nonentity[tk.f] {
			j := i + 1
			for word(j) && toks[j].upper && !toks[j].nl {
				j++
			}
			if j < n && strings.Contains(",(—–-", toks[j].text) && j-i <= 3 {
				c := mk(i, j, LOC)
				c.text = "dateline"
				c.ent = r.phrases[c.f]
				out = append(out, c)
				i = j
				continue
			}
		}

		// A table name, the longest that starts here.
		if L, e := r.lookup(toks, i, d); L > 0 && (tk.cap || hashtag(toks, i) || r.lowerFirst(toks, i, L) || r.lowerCountry(toks, i, L, e, d)) {
			j, _ := r.run(toks, i, d)
			if j-i > L && !shout && (r.cued(toks, i, j, d) || e.typ == ORG && !toks[i+L].upper || e.typ != PER && r.titleBefore(toks, i, d) ||
				e.typ != PER && L == 1 && j-i == 2 && r.surnameAt(toks[i+1])) {
				// "Texas Department of State Health Services": the longer name
				// wins; so does a person ("Nancy Reagan", "Jordan Bardella").
				// In shouted text every word is a capital: the table wins.
			} else {
				if e.typ == MISC && i+L < n && isYear(toks[i+L].text) && !toks[i+L].nl {
					L++ // "coupe du monde 1982", "CAN 2021": the edition
				}
				c := mk(i, i+L, e.typ)
				c.ent = e
				c.confirm = shout && tk.upper && L == 1 && len(tk.text) <= 3
				out = append(out, c)
				own := len(out) - 1
				i += L
				k := i
				out, i = r.acronymAfter(toks, i, len(out), out)
				if e.typ == ORG && i > k {
					i = r.orgPlace(toks, i, &out[own], d)
				}
				continue
			}
		}

		// Demonyms: "russe", "Américains", "South African", "franco-suisse".
		if c, j, ok := r.demonym(toks, i, d, capAt(i+1) && !toks[i+1].upper); ok {
			out = append(out, c...)
			i = j
			continue
		}

		// The names inside a compound with common words: "Kremlin-backed",
		// "Saudi-led", "anti-Trump".
		if c, ok := r.compound(tk, d); ok {
			out = append(out, c...)
			i++
			continue
		}

		// Lower-case heads: "rue de la République", "université de Genève".
		if !tk.cap && (d.locHeadLower[tk.f] || d.orgHeadLower[tk.f]) {
			if L := seqLen(toks, i+1, d.join); (L > 0 || d.locHeadLower[tk.f]) && capAt(i+1+L) {
				j, _ := r.run(toks, i+1+L, d)
				typ := LOC
				if d.orgHeadLower[tk.f] {
					typ = ORG
				}
				out = append(out, mk(i, j, typ))
				i = j
				continue
			}
		}
		if !tk.cap || d.nonentity[tk.f] {
			i++
			continue
		}
		if d.stop[tk.f] && !(d.particle[tk.f] && capAt(i+1) && i > 0 && (r.given[toks[i-1].f] || d.titles[toks[i-1].f])) {
			i++
			continue
		}

		// Coordination: "Joe et Hunter Biden", "Marine et Jean-Marie Le Pen".
		if r.given[tk.f] && word(i+1) && d.coord[toks[i+1].f] && capAt(i+2) {
			if j, _ := r.run(toks, i+2, d); j-(i+2) >= 2 && r.given[toks[i+2].f] {
				c := mk(i, i+1, PER)
				c.name = tk.text + " " + joinText(toks[i+3:j])
				c.last = phraseKey(toks[i+3 : j])
				c.confirm = shout
				out = append(out, c)
				i++
				continue
			}
		}

		j, extended := r.run(toks, i, d)
		a := i
		perCue := r.titleBefore(toks, i, d)
		for a < j {
			L := titleLen(toks, a, j, d)
			if L == 0 {
				break
			}
			a += L
			perCue = true
		}
		// A sentence's first word that the dictionary knows, before a known
		// name: "Modern Russia".
		if initial && a == i && j-a > 1 && d.common != nil && d.common.common(toks[a].text) && !r.given[toks[a].f] {
			if e := r.phrases[phraseKey(toks[a+1:j])]; e != nil {
				a++
			}
		}
		// A capitalised common noun that announces the name at a sentence
		// start: "Tabloid Komsomolskaya Pravda ran…", "Actor Tom Hanks".
		if initial && a == i && j-a > 1 && (d.orgBefore[toks[a].f] || d.locBefore[toks[a].f] || d.perBefore[toks[a].f]) {
			a++
		}
		// A title inside the run: "Transportation Secretary Pete Buttigieg";
		// a known name before it stands on its own: "Federal Reserve
		// Chairman Jerome Powell".
		for k := j - 2; k > a; k-- {
			if d.titles[toks[k].f] && toks[k].cap && !toks[k+1].upper {
				if e := r.phrases[phraseKey(toks[a:k])]; e != nil && e.typ != PER {
					c := mk(a, k, e.typ)
					c.ent = e
					out = append(out, c)
				}
				a, perCue = k+1, true
				break
			}
		}
		if a >= j || j-a == 1 && len([]rune(toks[a].text)) == 1 || isContraction(toks[a].text, d) {
			i = j // nothing left once the title words are gone ("I met Mr.")
			continue
		}
		c := mk(a, j, "")
		if e := r.phrases[c.f]; e != nil {
			c.ent, c.typ = e, e.typ
		} else {
			c.typ, c.weak, c.guess = r.typeOf(toks, a, j, d, perCue, extended, r.places[c.f] != nil)
		}
		if c.typ == PER && c.words >= 2 && c.ent == nil {
			c.ent = r.spellingOf(toks[a:j]) // "Benjamin Netanyahou"
		}
		if c.typ == PER && c.words >= 2 {
			k := j - 1
			for k > a+1 && (d.nameSuffix[toks[k].f] || isRoman(toks[k].text)) {
				k-- // "Raymond T. Gaines Jr.": Gaines
			}
			c.last = toks[k].f
		}
		// At a sentence start a word the dictionary does not know is a name
		// all the same: "Blunkett used the phrase", "Curt Levey, president".
		// A lone given name that is also a common word is not ("Grâce au
		// président…").
		lone := c.words == 1 && r.loneGiven[c.f] && d.common != nil && d.common.has(strings.ToLower(toks[a].text))
		c.confirm = shout || initial && a == i && c.ent == nil && (c.weak || c.typ == "" || lone) && !r.unknown(toks[j-1], d)
		out = append(out, c)
		own := len(out) - 1
		i = j
		out, i = r.acronymAfter(toks, i, len(out), out)
		if c.typ == ORG && i > j {
			i = r.orgPlace(toks, i, &out[own], d)
		}
	}
	return out
}

// compound finds the names in a hyphenated word whose other parts are
// common words: "Kremlin-backed", "Saudi-led", "all-Democrat",
// "anti-Macron"; every capitalised part must be a one-word table name or
// a demonym.
func (r *Recognizer) compound(t token, d *langData) ([]cand, bool) {
	if d.common == nil || !strings.Contains(t.text, "-") {
		return nil, false
	}
	var out []cand
	common := false
	off := t.s
	for _, p := range strings.Split(t.text, "-") {
		f := fold(p)
		switch {
		case p == "":
			return nil, false
		case !unicode.IsUpper(firstRune(p)):
			if !d.stop[f] && !d.common.common(p) {
				return nil, false
			}
			common = true
		case d.demonyms[f] != "":
			out = append(out, cand{s: off, e: off + len(p), f: f, words: 1, typ: MISC, country: d.demonyms[f]})
		case r.phrases[f] != nil && !d.nonentity[f] && (!r.upperNames[f] || strings.ToUpper(p) == p):
			e := r.phrases[f]
			out = append(out, cand{s: off, e: off + len(p), f: f, words: 1, typ: e.typ, ent: e})
		default:
			return nil, false
		}
		off += len(p) + 1
	}
	return out, common && len(out) > 0
}

// orgPlace takes into an organisation's mention c the place that ends its
// name after its acronym, from toks[k]: "l’Agence régionale de santé
// (ARS) de Bretagne" (lang [org_place_join]); the acronym cut the name
// in two. It returns where the name ends. Without an acronym ("l’ARS de
// Bretagne") the place stays a name of its own: joining it there too
// scored worse on the corpus.
func (r *Recognizer) orgPlace(toks []token, k int, c *cand, d *langData) int {
	L := seqLen(toks, k, d.orgPlace)
	if L == 0 || k+L >= len(toks) || !toks[k+L].cap {
		return k
	}
	P, e := r.lookup(toks, k+L, d)
	if P == 0 || e.typ != LOC {
		return k
	}
	end := k + L + P
	c.e = toks[end-1].e
	c.f += " " + phraseKey(toks[k:end])
	c.words += L + P
	c.ent, c.last = nil, ""
	return end
}

// acronymAfter takes "(OMS)" after the name it abbreviates.
func (r *Recognizer) acronymAfter(toks []token, i, owner int, out []cand) ([]cand, int) {
	if i+2 < len(toks) && toks[i].text == "(" && toks[i+2].text == ")" && toks[i+1].word && toks[i+1].cap && len(toks[i+1].text) <= 8 {
		t := toks[i+1]
		out = append(out, cand{s: t.s, e: t.e, f: t.f, words: 1, typ: out[owner-1].typ, link: owner})
		return out, i + 3
	}
	return out, i
}

// run extends a capitalised name from toks[i]: capitalised words, person
// particles ("van", "bin", "Le"), joins that a head word allows ("Banque de
// France", "University of Bristol"), and the lower-case complements of a
// French organisation name ("Comité de sécurité nationale"). It reports
// whether such complements were taken.
const maxRun = 12

func (r *Recognizer) run(toks []token, i int, d *langData) (j int, extended bool) {
	n := len(toks)
	capAt := func(k int) bool {
		return k < n && toks[k].word && !toks[k].elided && toks[k].cap && !blankBefore(toks, k)
	}
	j = i + 1
	// A name runs twelve words at most: a longer run of capitals is a
	// headline or a list, and scanning it whole from every word would be
	// quadratic.
	for j < n && j-i < maxRun {
		t := toks[j]
		switch {
		case capAt(j):
			if isRoman(t.text) && (r.given[toks[j-1].f] || d.miscTail[toks[j-1].f]) {
				return j + 1, false // "Elizabeth II", "World War II"
			}
			if d.nonentity[t.f] || d.stop[t.f] && !(d.particle[t.f] && capAt(j+1)) {
				return j, false
			}
			j++
			continue
		case t.word && !t.cap && d.particle[t.f] && capAt(j+1):
			j++
			continue
		case t.word && isDigits(t.text) && (d.locHead[toks[i].f] || toks[j-1].upper):
			j++ // "Route 9", "COP 28"
			continue
		}
		if L := seqLen(toks, j, d.join); L > 0 && capAt(j+L) && r.joinOK(toks, i, j, j+L, d) {
			j += L
			continue
		}
		break
	}
	head := toks[i].f
	if len(d.conn) > 0 && (d.orgHead[head] || d.miscHead[head]) {
		if k := r.extend(toks, j, d); k > j {
			return k, true
		}
	}
	return j, false
}

// joinOK says whether toks[i:j] joins the name from k through the join
// word(s) toks[j:k].
func (r *Recognizer) joinOK(toks []token, i, j, k int, d *langData) bool {
	and := d.coord[toks[j].f] || toks[j].text == "&"
	for a := i; a < j; a++ {
		if !and && (d.orgHead[toks[a].f] || d.locHead[toks[a].f]) {
			return true
		}
	}
	if !and && j-i >= 1 && r.given[toks[j-1].f] && toks[j].f != "of" && toks[j].f != "for" {
		return true // "Charles de Gaulle"
	}
	// The name after the join ends with an organisation word: "Food and
	// Drink Federation" (but not "Shares of FrostLogic Inc." at a sentence start).
	if j-i == 1 && isInitial(toks, i) {
		return false
	}
	m := k
	for m < len(toks) && toks[m].word && toks[m].cap && !blankBefore(toks, m) {
		m++
	}
	if d.orgTail[toks[m-1].f] || d.miscTail[toks[m-1].f] {
		return true
	}
	// "Centers for Disease Control and Prevention": a last single word.
	if and && m == k+1 {
		for a := i; a < j; a++ {
			if toks[a].f == "for" || toks[a].f == "of" {
				return true
			}
		}
	}
	return false
}

// extend takes the lower-case complements of a French organisation name.
func (r *Recognizer) extend(toks []token, j int, d *langData) int {
	n := len(toks)
	last, k := j, j
	for {
		for k < n && toks[k].word && !toks[k].cap && !toks[k].elided && !d.stop[toks[k].f] && isAdj(toks[k].text, d) {
			if d.demonyms[toks[k].f] != "" && seqLen(toks, k+1, d.conn) == 0 {
				break // "Ministère de la Santé israélienne": the adjective is a demonym
			}
			k++
			last = k
		}
		L := seqLen(toks, k, d.conn)
		if L == 0 || k+L >= n || !toks[k+L].word {
			break
		}
		nt := toks[k+L]
		if nt.cap {
			m := k + L
			for m < n && toks[m].word && toks[m].cap && !toks[m].nl {
				m++
			}
			k, last = m, m
			continue
		}
		if d.stop[nt.f] || nt.elided || isDigits(nt.text) || d.nonentity[nt.f] {
			break // not "Conseil des ministres de mercredi"
		}
		k = k + L + 1
		last = k
	}
	return last
}

func isAdj(w string, d *langData) bool { return hasSuffix(w, d.adjSuffix) }

func hasSuffix(w string, sufs map[string]bool) bool {
	w = strings.ToLower(w)
	for suf := range sufs {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// typeOf guesses the type of an unknown name toks[a:j] from its words and
// context; weak is true for a type from context alone ("in X"), guess
// also for a mere default. gaz says the gazetteer knows the name as a place.
func (r *Recognizer) typeOf(toks []token, a, j int, d *langData, perCue, extended, gaz bool) (typ string, weak, guess bool) {
	first, last, words := toks[a].f, toks[j-1].f, j-a
	if words > 1 && isRoman(toks[j-1].text) {
		last = toks[j-2].f // "World War II": a war
	}
	switch {
	case r.shoutedCommon(toks, a, j, d) && !perCue:
		return "", true, false // "PEUPLE", "DERNIERE MINUTES": shouting
	case perCue:
		return PER, false, false
	case d.miscHead[first] || d.miscTail[last] && words > 1:
		return MISC, false, false
	case extended || d.orgHead[first] || d.orgTail[last] && words > 1 || d.orgTail[lastPart(last)]:
		return ORG, false, false
	case words > 2 && r.orgBeforeJoin(toks, a, j, d):
		return ORG, false, false // "Superior Court of Los Angeles County"
	case words > 1 && !d.locTail[last] && !d.locHead[first] && anyIn(toks[a:j], d.orgHead, d.orgTail):
		return ORG, false, false
	case words > 1 && (d.locTail[last] || d.locHead[first]):
		return LOC, false, false
	case r.nounBefore(toks, a, d) != "" && (words > 1 || toks[a].upper || r.unknown(toks[a], d)):
		return r.nounBefore(toks, a, d), false, false // "la compagnie pharmaceutique Kowa", "the tabloid X"
	case r.apposition(toks, j, d) != "":
		return r.apposition(toks, j, d), false, false // "OVD-Info, a rights group"
	case words > 1 && (r.given[first] || r.surname[last] || r.tableSurname[last]):
		return PER, false, false
	case r.orgPrepBefore(toks, a, d) && !r.given[first]:
		return ORG, false, false // "published in Nature", "chez Quantexa"
	case handle(toks, a) && seqLen(toks, j, d.sourceAfter) > 0,
		a > 0 && d.article[strings.TrimRight(toks[a-1].f, "'")] && (seqLen(toks, j, d.sourceAfter) > 0 || seqLen(toks, j, d.perAfter) > 0):
		return ORG, false, false // "@PortlandDOT confirmed", "the Post continues"
	case seqLen(toks, j, d.orgAfter) > 0 && (words > 1 || r.unknown(toks[a], d)):
		return ORG, false, false // "Dveri members"
	case words == 1 && !handle(toks, a) && !hashtag(toks, a) && camel(toks[a].text, d):
		return ORG, false, false // "TriMet": a brand's spelling
	case words == 1 && toks[a].upper:
		if shoutedAround(toks, a) || len(toks[a].text) > 6 || len(toks[a].text) < 3 {
			return "", true, false
		}
		return ORG, false, false
	case words > 1 && gaz:
		return LOC, false, false // "Fort Worth", "Sidi Bel Abbès"
	case words > 1 && r.orgOpens(toks, a, j):
		return ORG, false, false // "Greenpeace Afrique", "Amnesty International France"
	case words > 1 && r.allCommon(toks[a:j], d) && d.titles[last]:
		return "", true, false // "Home Secretary", "Prime Minister": an office, not a name
	case words > 1 && r.allCommon(toks[a:j], d):
		return MISC, true, true // "Social Security": words of the dictionary name no person
	case words > 1:
		return PER, true, true
	case hasSuffix(toks[a].text, d.miscSuffix):
		return MISC, true, false
	case r.loneGiven[first]:
		return PER, false, false
	case r.tableSurname[first]:
		return PER, false, false // "Castro": the surname of a person the tables know
	case r.placeBefore(toks, a, d) && (d.common == nil || !d.common.common(toks[a].text)) && !strings.ContainsAny(toks[a].text, "0123456789"):
		return LOC, true, false // "in Millbrook", not "de Partager", "de Co2"
	case r.personAfter(toks, j, d) && (r.given[first] || r.unknown(toks[a], d)):
		return PER, false, false // "Mitic said", "Holcomb, 44,"
	case gaz:
		return LOC, false, false // "Puyallup", "Wurtzbourg"
	case (a == 0 || !toks[a-1].word) && r.unknown(toks[a], d) && j < len(toks) && toks[j].word && !toks[j].cap && !d.stop[toks[j].f]:
		// The subject of a clause: "Blunkett used the phrase", "In 2017,
		// Vučić appointed"; kept once only before a verb's ending.
		past := false
		for _, suf := range d.subjectVerb {
			past = past || len(toks[j].text) >= len(suf)+2 && strings.HasSuffix(toks[j].text, suf)
		}
		return PER, true, !past
	case words == 1 && r.hyphenPlace(toks[a], d):
		return LOC, true, false // "Pyrénées-Orientales", "Mar-a-Lago": kept once
	case r.surname[first]:
		return PER, true, true // a known surname alone, kept like an unknown word
	case d.singleNames != "":
		return d.singleNames, true, false
	case r.unknown(toks[a], d):
		return d.unknownNames, true, true
	}
	return "", true, false
}

// orgPrepBefore reports words just before toks[a] that make a name an
// organisation: "published in", "chez" (lang [org_prep]).
func (r *Recognizer) orgPrepBefore(toks []token, a int, d *langData) bool {
	for _, sq := range d.orgPrep {
		k := a - len(sq)
		if k < 0 {
			continue
		}
		ok := true
		for x, w := range sq {
			if t := toks[k+x]; !t.word || t.cap && k+x > 0 || t.f != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// handle reports a word written as a social handle: "@PortlandDOT".
func handle(toks []token, i int) bool {
	return i > 0 && toks[i-1].text == "@" && !toks[i].gap
}

// camel reports a word of five letters or more with a capital after a
// lower-case letter inside it: "TriMet", "PortlandDOT", a brand's or an
// account's spelling; not a surname with a prefix ("McCarthy",
// "DeSantis": lang [name_prefix] and [particle]).
func camel(w string, d *langData) bool {
	n, inner, lower := 0, false, false
	for i, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
		n++
		if lower && unicode.IsUpper(c) {
			if p := fold(w[:i]); d.namePrefix[p] || d.particle[p] || d.stop[fold(w[i:])] {
				return false // "McCarthy"; "FranceUn", a missing space
			}
			inner = true
		}
		lower = unicode.IsLower(c)
	}
	return inner && n >= 5
}

// hyphenPlace reports a compound of capitalised parts that the dictionary
// does not know, joined by hyphens and function words: "Pyrénées-
// Orientales", "Mar-a-Lago". A place, unless it begins with a given name
// ("Jean-Marc") or a particle ("al-Shabaab"), or a part is a surname or
// a name of another type ("Anti-Macron").
func (r *Recognizer) hyphenPlace(t token, d *langData) bool {
	if !strings.Contains(t.text, "-") || !r.unknown(t, d) {
		return false
	}
	parts := strings.Split(t.text, "-")
	if f := fold(parts[0]); r.given[f] || r.loneGiven[f] || d.particle[f] {
		return false
	}
	for _, p := range parts {
		f := fold(p)
		if !unicode.IsUpper(firstRune(p)) && !d.stop[f] && !d.particle[f] {
			return false
		}
		if e := r.phrases[f]; e != nil && e.typ != LOC || r.surname[f] {
			return false // "Anti-Macron", "Dupont-Moretti"
		}
	}
	return true
}

// nounBefore is the type that a common noun just before a name gives it
// ("la compagnie Kowa", "le quartier de la Castellane", "commenter
// BosTex"), skipping function words and one adjective; "" if none.
func (r *Recognizer) nounBefore(toks []token, a int, d *langData) string {
	adj := false
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		t := toks[k]
		if !t.word || t.cap && !(k == a-1 && isInitial(toks, k)) {
			return ""
		}
		switch {
		case nounType(t, d) != "":
			return nounType(t, d)
		case d.stop[t.f] || t.elided:
		case !adj && isAdj(t.text, d):
			adj = true
		default:
			return ""
		}
	}
	return ""
}

// unknown reports a capitalised word that the language's dictionary does
// not know in lower case ("Roxbury", "Mitic"): a name, where a capitalised
// word the dictionary knows may be a heading or an emphasis ("Funeral").
func (r *Recognizer) unknown(t token, d *langData) bool {
	if d.common == nil || d.unknownNames == "" || !t.cap || t.upper || d.stop[t.f] || d.nonentity[t.f] || d.nonentity[strings.TrimSuffix(t.f, "s")] || d.titles[t.f] {
		return false
	}
	if strings.Contains(t.text, "-") {
		// "Mar-a-Lago", "Saint-Denis": some capitalised part is unknown;
		// not "Labour-run" (an adjective), "Peut-on" (a verb and its pronoun).
		parts := strings.Split(t.text, "-")
		last := parts[len(parts)-1]
		if last == "" || d.stop[fold(last)] || !unicode.IsUpper(firstRune(last)) {
			return false
		}
		for _, p := range parts {
			if unicode.IsUpper(firstRune(p)) && unknownWord(p, d) {
				return true
			}
		}
		return false
	}
	return unknownWord(t.text, d)
}

func unknownWord(w string, d *langData) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
		n++
	}
	return n >= 3 && !d.common.common(w)
}

// personAfter reports a cue after a name that makes it a person: a verb
// of saying ("said", "a déclaré") or an age in apposition ("Holcomb, 44,").
func (r *Recognizer) personAfter(toks []token, j int, d *langData) bool {
	if j+2 < len(toks) && toks[j].text == "," && isDigits(toks[j+1].text) && toks[j+2].text == "," {
		return true
	}
	return seqLen(toks, j, d.perAfter) > 0
}

// spellingOf finds the person of the tables that a full name spells
// another way: its last word is a one-word name of that person
// ("Netanyahou") and its first word is within two letters of the
// person's given name ("Benjamin" for "Benyamin"), so "Hunter Biden" is
// not Joe Biden. It returns nil when there is none.
func (r *Recognizer) spellingOf(toks []token) *entry {
	e := r.phrases[toks[len(toks)-1].f]
	if e == nil || e.typ != PER {
		return nil
	}
	given := strings.Fields(fold(e.name))
	if len(given) < 2 {
		return nil
	}
	a, b := toks[0].f, given[0]
	if a == b || len(a) >= 4 && len(b) >= 4 && editDistance(a, b) <= 2 {
		return e
	}
	return nil
}

// editDistance is the Levenshtein distance between two short words, in
// runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// surnameAt reports a word known as a surname: of the generated list, of a
// person of the tables, or a person's one-word alias ("Reagan").
func (r *Recognizer) surnameAt(t token) bool {
	if r.tableSurname[t.f] || r.surname[t.f] {
		return true
	}
	e := r.phrases[t.f]
	return e != nil && e.typ == PER
}

// orgOpens reports a run that opens with an organisation of the tables
// followed by more capitalised words: a branch or a brand of it.
func (r *Recognizer) orgOpens(toks []token, a, j int) bool {
	for k := j - 1; k > a; k-- {
		if e := r.phrases[phraseKey(toks[a:k])]; e != nil {
			return e.typ == ORG
		}
	}
	return false
}

// allCommon reports a run of capitalised words that are all common words
// of the language's dictionary and none a given name or surname.
func (r *Recognizer) allCommon(toks []token, d *langData) bool {
	if d.common == nil {
		return false
	}
	for _, t := range toks {
		if !t.word || r.given[t.f] || r.surname[t.f] || !d.common.common(t.text) {
			return false
		}
	}
	return true
}

// orgBeforeJoin reports a name whose head, the words before its first
// join ("of", "for"), ends with an organisation word: "Superior Court of
// Los Angeles County", "Bank of England" (but "Gulf of Mexico" is not).
func (r *Recognizer) orgBeforeJoin(toks []token, a, j int, d *langData) bool {
	for k := a + 1; k < j-1; k++ {
		if seqLen(toks, k, d.join) > 0 && !d.coord[toks[k].f] {
			return d.orgTail[toks[k-1].f]
		}
	}
	return false
}

// apposition types a name from the noun of an apposition after it: "X,
// a rights group" (ORG), "X, a small town" (LOC), "X, a lawyer" (PER),
// using the head nouns of [org_before], [loc_before] and [per_before];
// "" when there is none.
func (r *Recognizer) apposition(toks []token, j int, d *langData) string {
	if j+2 >= len(toks) || toks[j].text != "," || !toks[j+1].word || toks[j+1].cap {
		return ""
	}
	k := j + 1
	if !d.article[toks[k].f] && !d.indefinite[toks[k].f] {
		return ""
	}
	for k++; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if !t.word || t.cap && !(t.upper && d.orgBefore[t.f]) { // "une ONG"
			return ""
		}
		if typ := nounType(t, d); typ != "" {
			return typ
		}
	}
	return ""
}

// nounType is the type a common noun gives a name beside it ([org_before]:
// "company", [loc_before]: "town", [per_before]: "lawyer"), or "".
func nounType(t token, d *langData) string {
	switch {
	case d.orgBefore[t.f]:
		return ORG
	case d.locBefore[t.f]:
		return LOC
	case d.perBefore[t.f]:
		return PER
	}
	return ""
}

func (r *Recognizer) placeBefore(toks []token, a int, d *langData) bool {
	return a > 0 && toks[a-1].word && d.locPrep[strings.TrimRight(toks[a-1].f, "'")]
}

// titleBefore reports a title just before toks[i]: "le président (turc)
// Erdogan", "l’ancien dirigeant, Nursultan Nazarbayev".
func (r *Recognizer) titleBefore(toks []token, i int, d *langData) bool {
	k := i - 1
	if k >= 1 && d.coord[toks[k].f] && toks[k-1].cap {
		k -= 2 // "les professeurs Montagnier et Fourtillan"
	}
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k >= 0 && d.demonyms[toks[k].f] != "" {
		k--
	}
	for L := 1; L <= d.maxTitle; L++ {
		if k-L+1 < 0 {
			break
		}
		if toks[k-L+1].cap && L == 1 && k-L+1 == 0 {
			// A capitalised title is part of the name's run.
		}
		if w := joinFolded(toks[k-L+1 : k+1]); d.titles[w] || L == 1 && d.titles[strings.TrimSuffix(w, "s")] {
			return true // "le professeur X", "les professeurs X"
		}
	}
	return false
}

// titleLen is the length of a title at the start of toks[a:j] ("President",
// "Sen.", "Prime Minister"), 0 if none.
func titleLen(toks []token, a, j int, d *langData) int {
	for L := min(d.maxTitle, j-a); L >= 1; L-- {
		if d.titles[joinFolded(toks[a:a+L])] {
			return L
		}
	}
	return 0
}

// demonym finds a demonym at toks[i], or the parts of a compound one.
func (r *Recognizer) demonym(toks []token, i int, d *langData, capNext bool) ([]cand, int, bool) {
	tk := toks[i]
	if tk.cap && capNext && (d.demonyms[tk.f] == "" || !titleAfter(toks, i+1, d)) {
		// "French Open", "Banque …": part of a name; but "Serbian President
		// Vučić", "Russian Foreign Minister Lavrov": a demonym before a title.
		if i+1 < len(toks) {
			if code := d.demonyms[tk.f+" "+toks[i+1].f]; code != "" {
				return []cand{{s: tk.s, e: toks[i+1].e, f: tk.f + " " + toks[i+1].f, words: 2, typ: MISC, country: code}}, i + 2, true
			}
		}
		return nil, i, false
	}
	if code := d.demonyms[tk.f]; code != "" && (tk.cap || unicode.IsLower(firstRune(tk.text)) && hasLowerDemonyms(d)) {
		return []cand{{s: tk.s, e: tk.e, f: tk.f, words: 1, typ: MISC, country: code}}, i + 1, true
	}
	if !strings.Contains(tk.text, "-") {
		return nil, i, false
	}
	var out []cand
	off := tk.s
	for _, p := range strings.Split(tk.text, "-") {
		f := fold(p)
		code := d.demonyms[f]
		if code == "" {
			code = d.prefixes[f]
		}
		if code == "" {
			return nil, i, false
		}
		out = append(out, cand{s: off, e: off + len(p), f: f, words: 1, typ: MISC, country: code})
		off += len(p) + 1
	}
	return out, i + 1, true
}

// titleAfter says whether a title begins at toks[k] or after one common
// word there ("President", "Foreign Minister"; not "Football Federation
// President").
func titleAfter(toks []token, k int, d *langData) bool {
	if titleLen(toks, k, min(len(toks), k+d.maxTitle), d) > 0 {
		return true
	}
	return k+1 < len(toks) && toks[k+1].cap && d.common != nil && d.common.common(toks[k].text) &&
		!d.orgHead[toks[k].f] && !d.orgTail[toks[k].f] && titleLen(toks, k+1, min(len(toks), k+1+d.maxTitle), d) > 0
}

// hasLowerDemonyms: languages that write demonyms in lower case (French)
// list them so; English lists them capitalised.
func hasLowerDemonyms(d *langData) bool { return d.lowerDemonyms }

// lookup finds the longest table name starting at toks[i], extending the
// key one token at a time while it is a prefix of some name.
func (r *Recognizer) lookup(toks []token, i int, d *langData) (int, *entry) {
	// A lower-case word starts a name only as a prefix of a longer one, in
	// a hashtag, or as a one-word name of four letters or more written in
	// lower case (lowerCountry: "kinshasa").
	if !toks[i].cap && !r.prefixes[toks[i].f] && !hashtag(toks, i) && (len(toks[i].f) < 4 || r.phrases[toks[i].f] == nil) {
		return 0, nil
	}
	bestL, var0 := 0, (*entry)(nil)
	var b strings.Builder
	for L := 1; L <= r.maxWords && i+L <= len(toks); L++ {
		t := toks[i+L-1]
		if L > 1 && !toks[i+L-2].elided {
			b.WriteByte(' ')
		}
		b.WriteString(t.f)
		k := b.String()
		if !t.word {
			if !r.prefixes[k] {
				break
			}
			continue
		}
		if e := r.phrases[k]; e != nil && r.accept(toks, i, L, k, d) {
			bestL, var0 = L, e
		}
		if !r.prefixes[k] {
			break
		}
	}
	return bestL, var0
}

// accept says whether toks[i:i+L], spelling the table name k, names it
// here.
func (r *Recognizer) accept(toks []token, i, L int, k string, d *langData) bool {
	upperName := r.upperNames[k]
	if upperName && !toks[i].upper && L == 1 {
		return false
	}
	if L == 1 {
		acronym := toks[i].upper && upperName && !shoutedAround(toks, i) // "US", not "us"
		// A demonym is not a table name ("russe"), but in a language that
		// writes demonyms in lower case a capitalised one that names a
		// country is the country ("la Suisse").
		demonym := d.demonyms[k] != "" && !(d.lowerDemonyms && toks[i].cap)
		// A Roman numeral is not a name ("XI"), but a table name written
		// in mixed case is ("Xi").
		blocked := d.nonentity[k] && !(isRoman(strings.ToUpper(toks[i].text)) && !toks[i].upper)
		if blocked || !acronym && (d.stop[k] || demonym) { // "TVA" is VAT in French, not the Quebec channel
			return false
		}
	}
	return !d.stop[toks[i].f] || r.capsMatch(toks[i:i+L], k)
}

// capsMatch says whether toks, a several-word table name, capitalise the
// words that every spelling of the name capitalises. It is asked of names
// that begin with a function word: "Le Monde" is the newspaper, "Le monde"
// is not (posts write "Marine le Pen", which stays a name).
func (r *Recognizer) capsMatch(toks []token, k string) bool {
	mask := r.capWords[k]
	for i, t := range toks {
		if i < 64 && mask&(1<<i) != 0 && !t.cap {
			return false
		}
	}
	return true
}

// lowerCountry allows a country's name written in lower case, as posts do
// ("la france"), when the dictionary knows no common word of that spelling
// (so not "turkey" or "china" in English), and so a long one-word name of
// the tables ("kinshasa", "tshisekedi").
func (r *Recognizer) lowerCountry(toks []token, i, L int, e *entry, d *langData) bool {
	if L != 1 || e == nil || d.common == nil || d.common.common(toks[i].text) || d.stop[toks[i].f] || d.nonentity[toks[i].f] {
		return false
	}
	n := utf8.RuneCountInString(toks[i].text)
	// Countries from four letters ("mali" is a common word, "niger" is
	// not); other one-word names of the tables from six ("kinshasa",
	// "tshisekedi"), as posts write them.
	return strings.HasPrefix(e.key, "iso3166:") && n >= 4 || n >= 6 && e.typ != MISC
}

// lowerFirst allows table names written in lower case ("zone euro") to
// match a lower-case word.
func (r *Recognizer) lowerFirst(toks []token, i, L int) bool {
	return L > 1 && r.lowerNames[phraseKey(toks[i:i+L])]
}

// cued says whether the capitalised run toks[i:j] carries its own type cue
// (an organisation or place word, or a compass word before a place).
func (r *Recognizer) cued(toks []token, i, j int, d *langData) bool {
	return d.orgTail[toks[j-1].f] || d.locTail[toks[j-1].f] || d.orgHead[toks[i].f] || d.locHead[toks[i].f] || d.miscTail[toks[j-1].f] || d.miscHead[toks[i].f]
}

// seqLen is the number of tokens of the longest sequence of seqs that
// starts at toks[k], 0 if none.
func seqLen(toks []token, k int, seqs [][]string) int {
	best := 0
	for _, sq := range seqs {
		if len(sq) <= best || k+len(sq) > len(toks) {
			continue
		}
		ok := true
		for x, w := range sq {
			t := toks[k+x]
			if !t.word || t.cap && t.text != "&" || t.f != w {
				if !(t.text == "&" && w == "&") {
					ok = false
					break
				}
			}
		}
		if ok {
			best = len(sq)
		}
	}
	return best
}

// blankBefore reports a line break before toks[k] that ends a line without
// a name going on: after end punctuation, or a blank line.
func blankBefore(toks []token, k int) bool {
	if !toks[k].nl || k == 0 {
		return false
	}
	p := toks[k-1]
	return !p.word && p.text != "-"
}

// hashtag reports a word written as a hashtag ("#sahel"): a table name
// there is a name in any case.
func hashtag(toks []token, i int) bool {
	return i > 0 && toks[i-1].text == "#" && !toks[i].gap
}

func isInitial(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if t.word {
			return toks[k+1].nl && !(t.e > 0 && unicode.IsLetter(lastRune(t.text)))
		}
		if strings.Contains("«\"“‘'—–-•*:([", t.text) || t.text == "»" {
			if t.text == ":" || t.text == "«" || t.text == "\"" || t.text == "“" || t.text == "—" || t.text == "–" || t.text == "-" || t.text == "•" || t.text == "*" {
				return true
			}
			continue
		}
		if strings.Contains(".!?…", t.text) || toks[k+1].nl {
			return true
		}
		return false
	}
	return true
}

// shouted reports an all-capital sentence, or a title-case headline.
func shouted(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	words, upper, capw, lower := 0, 0, 0, 0
	for _, t := range toks {
		if !t.word || len(t.text) < 2 {
			continue
		}
		words++
		switch {
		case t.upper:
			upper++
		case t.cap:
			capw++
		default:
			if len(t.text) > 3 {
				lower++
			}
		}
	}
	if words >= 3 && upper*10 >= words*6 {
		return true
	}
	last := toks[len(toks)-1]
	return words >= 4 && capw+upper >= 4 && lower <= 1 && last.word
}

// shoutedAround reports a capitals-only word next to another one: a
// shouted stretch, not an acronym.
func shoutedAround(toks []token, a int) bool {
	for _, k := range []int{a - 1, a + 1} {
		if k >= 0 && k < len(toks) && toks[k].word && toks[k].upper && len(toks[k].text) > 2 {
			return true
		}
	}
	return false
}

func anyIn(toks []token, sets ...map[string]bool) bool {
	for _, t := range toks {
		for _, m := range sets {
			if m[t.f] {
				return true
			}
		}
	}
	return false
}

// lastPart is the last part of a hyphenated word: "loupe-presse" → "presse".
func lastPart(f string) string {
	if k := strings.LastIndexByte(f, '-'); k >= 0 {
		return f[k+1:]
	}
	return ""
}

// isContraction reports "I'll", "you're": a function word with a clitic.
func isContraction(w string, d *langData) bool {
	k := strings.IndexAny(w, "'’")
	if k <= 0 || !d.stop[fold(w[:k])] {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[k:])
	rest := w[k+n:]
	return len(rest) <= 2 && strings.ToLower(rest) == rest // "I'm", "We're", not "D'Amato"
}

// isYear reports four digits from 1800 to 2100.
func isYear(w string) bool {
	if len(w) != 4 || !isDigits(w) {
		return false
	}
	y, _ := strconv.Atoi(w)
	return y >= 1800 && y <= 2100
}

// isRoman reports a regnal number in capitals: "II", "XIV".
func isRoman(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXL", rune(s[i])) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func joinFolded(toks []token) string {
	if len(toks) == 1 {
		return toks[0].f
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.f
	}
	return strings.Join(parts, " ")
}

func joinText(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// slug is the loupe: key of a name: folded, words joined by "-".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range fold(name) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		} else {
			dash = true
		}
	}
	return b.String()
}

// resolve decides which candidates are kept and groups them into entities.
func (r *Recognizer) resolve(t *loupe.Text, cands []cand, d *langData) []loupe.Entity {
	// What the text says firmly: surfaces seen outside sentence starts and
	// shouting, and the last names of the people it names in full.
	sure := map[string]string{}
	surnames := map[string]int{}
	for i, c := range cands {
		if c.confirm {
			continue
		}
		if c.typ != "" && !c.weak {
			if _, ok := sure[c.f]; !ok {
				sure[c.f] = c.typ
			}
		}
		if c.last != "" {
			if _, ok := surnames[c.last]; !ok {
				surnames[c.last] = i
			}
		}
	}
	// Then types from context ("in Millbrook"), then defaults.
	cued := map[string]bool{}
	for _, c := range cands {
		if !c.confirm && c.typ != "" && !c.guess {
			cued[c.f] = true
		}
	}
	for _, guess := range []bool{false, true} {
		for _, c := range cands {
			if !c.confirm && c.typ != "" && c.guess == guess {
				if _, ok := sure[c.f]; !ok {
					sure[c.f] = c.typ
				}
			}
		}
	}
	keep := make([]bool, len(cands))
	owner := make([]int, len(cands)) // index of the mention whose entity this one joins
	for i := range cands {
		c := &cands[i]
		owner[i] = i
		if c.link > 0 {
			owner[i] = c.link - 1
		}
		if p, ok := surnames[c.f]; ok && c.words == 1 && c.ent == nil && p != i {
			c.typ, c.weak, c.guess, c.confirm = PER, false, false, false
			owner[i] = p
		}
		if c.confirm {
			if typ, ok := sure[c.f]; ok && c.ent == nil && c.country == "" {
				c.typ, c.confirm = typ, false
			} else if c.ent != nil || c.country != "" {
				c.confirm = c.ent == nil && c.country == "" // table names stand
			}
		}
		if c.typ == "" {
			if typ, ok := sure[c.f]; ok {
				c.typ = typ
			}
		}
		keep[i] = !c.confirm && c.typ != ""
	}
	// A lone word typed by default alone is kept only when the text
	// names it again ("Roxbury … Roxbury").
	seen := map[string]int{}
	for i := range cands {
		seen[cands[i].f]++
	}
	txt := t.String()
	for i := range cands {
		if c := &cands[i]; keep[i] && c.guess && c.words == 1 && seen[c.f] < 2 {
			if p := r.partner(txt, cands, keep, i, d); p >= 0 {
				// In a coordination with a name of a firm type, it is a
				// name of that type: "à Mopti et Ségou".
				c.typ, c.guess, c.weak = cands[p].typ, false, false
				continue
			}
			if !cued[c.f] {
				keep[i] = false
			}
		}
	}
	// Unknown names take the firm type seen for the same surface.
	for i := range cands {
		c := &cands[i]
		if keep[i] && c.weak && c.ent == nil {
			if typ, ok := sure[c.f]; ok {
				c.typ = typ
			}
		}
	}

	type group struct {
		e     loupe.Entity
		first int
		cand  *cand
	}
	var groups []*group
	byKey := map[string]*group{}
	bySurface := map[string]*group{} // "TYPE|folded surface" of acronyms defined in parentheses
	of := make([]*group, len(cands))
	for i := range cands {
		if !keep[i] {
			continue
		}
		c := &cands[i]
		var g *group
		if o := owner[i]; o != i && of[o] != nil {
			g = of[o]
		} else if o != i && keep[o] {
			// The owner comes later (a surname before the full name).
			g = byKey[r.keyOf(&cands[o], t)]
		}
		if g == nil {
			g = bySurface[c.typ+"|"+c.f]
		}
		if g == nil {
			k := r.keyOf(c, t)
			if owner[i] != i && keep[owner[i]] {
				k = r.keyOf(&cands[owner[i]], t)
				c = &cands[owner[i]]
			}
			g = byKey[k]
			if g == nil {
				g = &group{e: loupe.Entity{Type: c.typ, Key: strings.SplitN(k, "|", 2)[1]}, first: i, cand: c}
				byKey[k] = g
				groups = append(groups, g)
			}
		}
		of[i] = g
		g.e.Mentions = append(g.e.Mentions, t.Span(cands[i].s, cands[i].e))
		if cands[i].link > 0 {
			bySurface[cands[i].typ+"|"+cands[i].f] = g
			if e := r.phrases[cands[i].f]; e != nil && e.typ == g.e.Type && strings.HasPrefix(g.e.Key, "loupe:") {
				g.e.Key = e.key // the acronym is known: "KNB"
			}
		}
	}
	// Acronyms that spell an organisation named in full: "OMS".
	for _, g := range groups {
		if g.e.Type != ORG || len(g.e.Mentions) == 0 {
			continue
		}
		c := g.cand
		if c.words != 1 || strings.ToUpper(c.text) != c.text && t.Slice(g.e.Mentions[0]) != strings.ToUpper(t.Slice(g.e.Mentions[0])) {
			continue
		}
		acr := fold(t.Slice(g.e.Mentions[0]))
		for _, h := range groups {
			if h == g || h.e.Type != ORG || len(h.e.Mentions) == 0 {
				continue
			}
			if initials(t.Slice(h.e.Mentions[0]), d) == acr {
				h.e.Mentions = append(h.e.Mentions, g.e.Mentions...)
				g.e.Mentions = nil
				if h.first > g.first {
					h.first = g.first
				}
				break
			}
		}
	}
	var out []loupe.Entity
	slices.SortStableFunc(groups, func(a, b *group) int { return a.first - b.first })
	for _, g := range groups {
		if len(g.e.Mentions) == 0 {
			continue
		}
		slices.SortFunc(g.e.Mentions, func(a, b loupe.Span) int { return a.Start - b.Start })
		g.e.Mentions = slices.Compact(g.e.Mentions)
		g.e.Name = r.nameOf(g.cand, t, g.e.Mentions)
		g.e.ID = "e" + strconv.Itoa(len(out)+1)
		out = append(out, g.e)
	}
	return out
}

// partner is the index of a mention coordinated with cands[i] ("Mopti et
// Ségou", "Ségou, Mopti and Gao") whose type is not a default, -1 if none.
func (r *Recognizer) partner(s string, cands []cand, keep []bool, i int, d *langData) int {
	// link is 2 for a coordinating word between cands[a] and cands[a+1],
	// 1 for a comma, else 0.
	link := func(a int) int {
		if a < 0 || a+1 >= len(cands) || cands[a].e > cands[a+1].s {
			return 0
		}
		switch w := strings.TrimSpace(s[cands[a].e:cands[a+1].s]); {
		case d.coord[fold(w)]:
			return 2
		case w == ",":
			return 1
		}
		return 0
	}
	for _, p := range []int{i - 1, i + 1} {
		if p < 0 || p >= len(cands) || !keep[p] {
			continue
		}
		q := cands[p]
		if q.guess || q.country != "" || q.typ != PER && q.typ != ORG && q.typ != LOC {
			continue
		}
		l := link(min(i, p))
		if l == 2 || l == 1 && (link(max(i, p)) == 2 || link(min(i, p)-1) == 2) {
			return p
		}
	}
	return -1
}

// keyOf is the grouping key of a mention: its type and its stable key.
func (r *Recognizer) keyOf(c *cand, t *loupe.Text) string {
	switch {
	case c.ent != nil:
		return c.typ + "|" + c.ent.key
	case strings.Contains(c.country, ":"):
		return c.typ + "|" + c.country // "loupe:jews": a people without a country
	case c.country != "":
		return c.typ + "|iso3166:" + c.country
	case c.name != "":
		if e := r.phrases[fold(c.name)]; e != nil && e.typ == c.typ {
			return c.typ + "|" + e.key
		}
		return c.typ + "|loupe:" + slug(c.name)
	}
	if e := r.phrases[c.f]; e != nil && e.typ == c.typ {
		return c.typ + "|" + e.key
	}
	if e := r.places[c.f]; e != nil && c.typ == LOC {
		return c.typ + "|" + e.key
	}
	return c.typ + "|loupe:" + slug(c.f)
}

// nameOf is an entity's display name.
func (r *Recognizer) nameOf(c *cand, t *loupe.Text, ms []loupe.Span) string {
	switch {
	case c.ent != nil:
		return c.ent.name
	case c.country != "":
		if en := r.langs["en"]; en != nil && en.demonymName[c.country] != "" {
			return en.demonymName[c.country]
		}
		return r.country[c.country]
	case c.name != "":
		return c.name
	case c.typ == LOC && r.places[c.f] != nil:
		return r.places[c.f].name // "Wurtzbourg": Würzburg
	}
	best := ""
	for _, m := range ms {
		s := t.Slice(m)
		if len(s) > len(best) || len(s) == len(best) && strings.ToUpper(best) == best {
			best = s
		}
	}
	return best
}

// initials of an organisation's name, folded: "Organisation mondiale de la
// santé" → "oms".
func initials(name string, d *langData) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == '\'' || c == '’' || c == '-' }) {
		f := fold(w)
		if d.stop[f] || d.particle[f] || f == "de" || f == "of" || f == "and" || f == "et" {
			continue
		}
		b.WriteString(string([]rune(f)[:1]))
	}
	return b.String()
}
