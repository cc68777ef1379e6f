package entities

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

// found is "TYPE surface" for every mention, and "TYPE key" per entity.
func find(r *Recognizer, text, lang string) []loupe.Entity {
	return r.Find(loupe.NewText(text), nil, lang)
}

func mentions(text string, es []loupe.Entity) []string {
	t := loupe.NewText(text)
	var out []string
	for _, e := range es {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, t.Slice(m))
		}
		out = append(out, e.Type+" "+strings.Join(ms, "|"))
	}
	return out
}

func TestPhenomena(t *testing.T) {
	r := mustNew(t)
	tests := []struct {
		name, lang, text string
		want             []string // "TYPE m1|m2" per entity, in order
	}{
		{"title dropped", "fr", "Hier, la ministre Élisabeth Borne a parlé.", []string{"PER Élisabeth Borne"}},
		{"title before surname", "fr", "Il a vu le président Erdogan à Ankara.", []string{"PER Erdogan", "LOC Ankara"}},
		{"title and demonym", "fr", "Selon le président turc Erdogan, tout va bien.", []string{"MISC turc", "PER Erdogan"}},
		{"English title", "en", "He met Sen. Sherrod Brown on Tuesday.", []string{"PER Sherrod Brown"}},
		{"coordination fr", "fr", "Il a croisé Marine et Jean-Marie Le Pen au meeting.", []string{"PER Marine", "PER Jean-Marie Le Pen"}},
		{"coordination en", "en", "He is a friend of Joe and Hunter Biden.", []string{"PER Joe", "PER Hunter Biden"}},
		{"elided article", "fr", "Le rapport de l’ONU cite des vols d’Ankara.", []string{"ORG ONU", "LOC Ankara"}},
		{"acronym expansion", "fr", "L’Organisation mondiale de la santé (OMS) alerte. L’OMS insiste.", []string{"ORG Organisation mondiale de la santé|OMS|OMS"}},
		{"acronym of an unknown name", "fr", "Le Comité de sécurité nationale (KNB) est puissant. Le KNB a tout vu.", []string{"ORG Comité de sécurité nationale|KNB|KNB"}},
		{"hyphenated name and surname", "fr", "Le président Kassym-Jomart Tokayev parle. Ensuite, Tokayev part.", []string{"PER Kassym-Jomart Tokayev|Tokayev"}},
		{"surname before full name", "en", "Then Nazarbayev left; Nursultan Nazarbayev had ruled for years.", []string{"PER Nazarbayev|Nursultan Nazarbayev"}},
		{"unknown person by title and surname", "fr", "Le président Aslan Kemelbek parle. Ensuite, Kemelbek part.", []string{"PER Aslan Kemelbek|Kemelbek"}},
		{"unknown person by given name", "en", "Yesterday Priscilla Vantongeren resigned; Vantongeren declined to comment.", []string{"PER Priscilla Vantongeren|Vantongeren"}},
		{"generated given name", "fr", "Hier, Ludivine Kpodar a démissionné.", []string{"PER Ludivine Kpodar"}},
		{"demonyms of every country", "fr", "Les Centrafricains et les autorités djiboutiennes ont parlé aux Albanais.", []string{"MISC Centrafricains", "MISC djiboutiennes", "MISC Albanais"}},
		{"demonym before a title", "en", "Yesterday Serbian President Aleksandar Vucic met the Russian Foreign Minister Sergei Lavrov.", []string{"MISC Serbian", "PER Aleksandar Vucic", "MISC Russian", "PER Sergei Lavrov"}},
		{"party labels", "en", "Democrats and Tories disagreed with the Conservative Party.", []string{"MISC Democrats", "MISC Tories", "ORG Conservative Party"}},
		{"media with an article", "fr", "Le monde change, a écrit Le Point citant France 24.", []string{"ORG Le Point", "ORG France 24"}},
		{"particles", "fr", "Il cite Ursula von der Leyen et Charles de Gaulle.", []string{"PER Ursula von der Leyen", "PER Charles de Gaulle"}},
		{"al- particle", "en", "Fighters loyal to Bashar al-Assad advanced.", []string{"PER Bashar al-Assad"}},
		{"sentence-initial function words", "fr", "Mais les gangs sont partis. Les policiers aussi.", nil},
		{"sentence-initial name", "fr", "Nazarbayev est parti. Le départ de Nazarbayev surprend.", []string{"PER Nazarbayev|Nazarbayev"}},
		{"English initial The", "en", "The bridge closed. The mayor spoke in Chicago.", []string{"LOC Chicago"}},
		{"all-capital headline", "fr", "URGENT : LE PEUPLE DOIT SAVOIR LA VÉRITÉ SUR LA FRANCE", []string{"LOC FRANCE"}},
		{"organisation cue", "fr", "Le Ministère de la Santé israélienne étudie le dossier.", []string{"ORG Ministère de la Santé", "MISC israélienne"}},
		{"organisation tail", "en", "Shares of FrostLogic Inc. fell.", []string{"ORG FrostLogic Inc."}},
		{"university of", "en", "Researchers at the University of Bristol agree.", []string{"ORG University of Bristol"}},
		{"place preposition", "fr", "La manifestation a eu lieu à Carpentras samedi.", []string{"LOC Carpentras"}},
		{"street", "fr", "L’incendie a eu lieu rue Paul-Bert.", []string{"LOC rue Paul-Bert"}},
		{"demonyms fr", "fr", "Les autorités camerounaises et les Français, avec des soldats russes.", []string{"MISC camerounaises", "MISC Français", "MISC russes"}},
		{"demonyms en", "en", "French and British officials met Saudi envoys.", []string{"MISC French", "MISC British", "MISC Saudi"}},
		{"compound demonym", "fr", "Une équipe franco-suisse a publié.", []string{"MISC franco", "MISC suisse"}},
		{"alias table", "fr", "La capitale Astana a été rebaptisée Nur-Sultan en son honneur.", []string{"LOC Astana|Nur-Sultan"}},
		{"dateline", "en", "LUBBOCK, Texas — Health officials said more cases appeared in Lubbock.", []string{"LOC LUBBOCK|Lubbock", "LOC Texas"}},
		{"initials", "en", "Judge Henry E. Autrey ruled, and J.D. Vance objected.", []string{"PER Henry E. Autrey", "PER J.D. Vance"}},
		{"days and God are not entities", "en", "On Monday, he thanked God in a speech about Covid.", nil},
		{"Xi in mixed case, XI a numeral", "en", "The envoy met Xi on Friday. Chapter XI covers France.", []string{"PER Xi", "LOC France"}},
		{"published in", "en", "The survey, published in Lancet last month, was small.", []string{"ORG Lancet"}},
		{"chez", "fr", "Elle travaille chez Quantexa depuis deux ans.", []string{"ORG Quantexa"}},
		{"article before a source verb", "en", "Prices will rise again, the Courier continues.", []string{"ORG Courier"}},
		{"handle before a source verb", "en", "Update: @MillbrookTransit confirmed the line is shut.", []string{"ORG MillbrookTransit"}},
		{"handle as an address is not a name", "fr", "Merci de répondre @MairieDeBrest on attend.", nil},
		{"capital inside a word", "en", "The buses are run by RiverLink now, not the city.", []string{"ORG RiverLink"}},
		{"capital inside a surname", "en", "They asked McGrevin about the vote.", nil},
		{"run-together words", "fr", "Un accident à Nantes, FranceUn drame.", []string{"LOC Nantes"}},
		{"hyphenated place", "fr", "Les vignes des Haut-Vellavie manquent d’eau.", []string{"LOC Haut-Vellavie"}},
		{"hyphenated with a known surname", "fr", "Des tracts anti-Kemelbek-Dupont circulent.", nil},
		{"coordination gives a type", "fr", "Hier, Renault et Quantexa ont signé.", []string{"ORG Renault", "ORG Quantexa"}},
		{"coordination with a known place", "en", "Floods hit Boston and Quincyvale overnight.", []string{"LOC Boston", "LOC Quincyvale"}},
		{"names inside compounds", "en", "The Kremlin-backed group and Saudi-led forces met anti-Trump activists.", []string{"ORG Kremlin", "MISC Saudi", "PER Trump"}},
		{"organisation members", "en", "Earlier, Zorvata members marched downtown.", []string{"ORG Zorvata"}},
		{"subject before a past verb", "en", "Kemelbek resigned on Tuesday.", []string{"PER Kemelbek"}},
		{"subject without a verb ending is not kept once", "en", "Kemelbek is a small place.", nil},
		{"acronym then place", "fr", "L’Agence régionale de santé (ARS) de Bretagne alerte.", []string{"ORG Agence régionale de santé (ARS) de Bretagne|ARS"}},
		{"acronym without parentheses and place", "fr", "L’ARS de Bretagne alerte.", []string{"ORG ARS", "LOC Bretagne"}},
		{"head before of", "en", "He sat on the Superior Court of Kemelbek County.", []string{"ORG Superior Court of Kemelbek County"}},
		{"apposition org", "fr", "Hier, Zorvata, une ONG russe, a été dissoute.", []string{"ORG Zorvata", "MISC russe"}},
		{"apposition place", "en", "Voters in Kemelbekville, a small town, said no.", []string{"LOC Kemelbekville"}},
		{"apposition person", "en", "Then Kemelbek, a lawyer, objected.", []string{"PER Kemelbek"}},
		{"common-noun acronyms", "fr", "Une ONG aide les PME et les SDF.", nil},
		{"event with a numeral", "en", "He fought in World War II.", []string{"MISC World War II"}},
		{"gazetteer city", "en", "Voters in Puyallup rejected the levy.", []string{"LOC Puyallup"}},
		{"capitalised dictionary words name no person", "en", "They want to cut Social Security and the Public Option Fund Grant.", []string{"MISC Social Security", "ORG Public Option Fund Grant"}},
		{"facility", "en", "The bombing at the Marriott Hotel shocked them.", []string{"LOC Marriott Hotel"}},
		{"capital elided article in a name", "fr", "Hier, selon L'Express, le PDG de L'Oréal a menti.", []string{"ORG L'Express", "ORG L'Oréal"}},
		{"elided capital D in a surname", "en", "Yesterday Senator D'Amato said no.", []string{"PER D'Amato"}},
		{"place name before a surname is a person", "en", "He praised Nancy Reagan warmly.", []string{"PER Nancy Reagan"}},
		{"given name after a place preposition", "en", "Everything you heard from Donald is false.", []string{"PER Donald"}},
		{"English lower-case head is no place", "en", "We will have a new Congress in southern Africa.", []string{"ORG Congress", "LOC Africa"}},
		{"gazetteer names that fold to common words", "en", "Come on, the Bush administration failed.", nil},
		{"organisation branch", "fr", "Hier, Greenpeace Afrique a dénoncé le projet.", []string{"ORG Greenpeace Afrique"}},
		{"venues", "fr", "Il a rempli l'Accor Arena puis le stade Abdoulaye-Wade.", []string{"LOC Accor Arena", "LOC stade Abdoulaye-Wade"}},
		{"shouted table name", "fr", "URGENT LA FRANCE VA QUITTER L'UNION EUROPÉENNE EN 2025", []string{"LOC FRANCE", "ORG UNION EUROPÉENNE"}},
		{"nonentity acronym over a table", "fr", "Hier, la TVA a encore augmenté.", nil},
		{"offices are not names", "en", "The Foreign Minister met the Defence Secretary.", nil},
		{"storms are events", "en", "Hurricane Ian made landfall near Fort Myers.", []string{"MISC Hurricane Ian", "LOC Fort Myers"}},
		{"journals", "en", "The study, published in The Lancet, was small.", []string{"ORG The Lancet"}},
		{"a day ends an organisation's complements", "fr", "Hier, le Conseil des ministres de mercredi a tranché.", []string{"ORG Conseil des ministres"}},
		{"a lower-case alias listed after its capitalised form", "fr", "Il a été sacré ballon d'or africain en 1980.", []string{"MISC ballon d'or africain"}},
		{"an event's edition", "fr", "Les joueurs veulent disputer la CAN 2021 au Cameroun.", []string{"MISC CAN 2021", "LOC Cameroun"}},
		{"lower-case names in posts", "fr", "à kinshasa tshisekedi doit partir", []string{"LOC kinshasa", "PER tshisekedi"}},
		{"lower-case common words stay words", "fr", "le mali budgétaire et macron", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mentions(tc.text, find(r, tc.text, tc.lang))
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestKeys(t *testing.T) {
	r := mustNew(t)
	tests := []struct {
		lang, text, key string
	}{
		{"fr", "Il parle à l’ONU.", "wikidata:Q1065"},
		{"en", "He spoke at the UN.", "wikidata:Q1065"},
		{"en", "The United Nations met.", "wikidata:Q1065"},
		{"fr", "Il vit en Allemagne.", "iso3166:DE"},
		{"en", "He lives in Germany.", "iso3166:DE"},
		{"de", "Er lebt in Deutschland.", "iso3166:DE"},
		{"fr", "Il est allé à Kiev.", "wikidata:Q1899"},
		{"en", "He went to Kyiv.", "wikidata:Q1899"},
		{"en", "He was born in Bombay.", "wikidata:Q1156"},
		{"en", "He lives in Mumbai.", "wikidata:Q1156"},
		{"fr", "Il rentre au Royaume-Uni.", "iso3166:GB"},
		{"en", "He returned to the UK.", "iso3166:GB"},
		{"en", "He left the United Kingdom.", "iso3166:GB"},
		{"fr", "La Turquie est membre de l’OTAN.", "wikidata:Q7184"},
		{"en", "NATO met.", "wikidata:Q7184"},
		{"fr", "Les États-Unis ont fui.", "iso3166:US"},
		{"en", "The U.S. economy grew.", "iso3166:US"},
		{"en", "The United States voted.", "iso3166:US"},
		{"fr", "Il est au Kazakhstan.", "iso3166:KZ"},
		{"fr", "Des soldats russes.", "iso3166:RU"},
		{"fr", "Un inconnu, Jean Dupontel, a parlé.", "loupe:jean-dupontel"},
		// The gazetteer (GeoNames): a city no hand-written table lists.
		{"en", "The plant near Würzburg closed.", "loupe:geonames-2805615"},
		{"fr", "L'usine près de Wurtzbourg a fermé.", "loupe:geonames-2805615"},
		{"en", "Voters in Puyallup rejected the levy.", "loupe:geonames-5807575"},
		// A full name spelt another way joins the person of the tables.
		{"fr", "Benjamin Netanyahou a parlé hier.", "loupe:benjamin-netanyahu"},
		{"en", "Hunter Biden spoke yesterday.", "loupe:hunter-biden"},
		// Events: a Roman numeral ends the name; French and English agree.
		{"en", "He fought in World War II.", "loupe:world-war-ii"},
		{"fr", "Il a combattu pendant la Seconde Guerre mondiale.", "loupe:world-war-ii"},
	}
	for _, tc := range tests {
		es := find(r, tc.text, tc.lang)
		var keys []string
		for _, e := range es {
			keys = append(keys, e.Key)
		}
		if !slices.Contains(keys, tc.key) {
			t.Errorf("%s %q: keys %q, want %s", tc.lang, tc.text, keys, tc.key)
		}
	}
}

// TestSameKeysAcrossLanguages: one story written in French and in English
// must name the same people, organisations and places.
func TestSameKeysAcrossLanguages(t *testing.T) {
	r := mustNew(t)
	fr := `Le président Kassym-Jomart Tokayev a demandé l’aide de la Russie, a indiqué
l’ONU vendredi. Selon l’OTAN, des troupes russes sont arrivées à Almaty et à Nur-Sultan.
L’ancien dirigeant Nursultan Nazarbayev a quitté le Kazakhstan, et Washington
a appelé au calme. L’Allemagne et le Royaume-Uni se sont dits inquiets ; à Kiev,
le gouvernement ukrainien a dénoncé une ingérence. Le président Emmanuel Macron a
parlé avec Joe Biden.`
	en := `President Kassym-Jomart Tokayev asked Russia for help, the UN said on Friday.
According to NATO, Russian troops arrived in Almaty and in Astana. The former leader
Nursultan Nazarbayev has left Kazakhstan, and Washington called for calm. Germany
and the United Kingdom said they were worried; in Kyiv, the Ukrainian government
denounced interference. President Emmanuel Macron spoke with Joe Biden.`
	keys := func(text, lang string) []string {
		var out []string
		for _, e := range find(r, text, lang) {
			out = append(out, e.Type+" "+e.Key)
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	kf, ke := keys(fr, "fr"), keys(en, "en")
	if !slices.Equal(kf, ke) {
		t.Errorf("keys differ\nfr %q\nen %q", kf, ke)
	}
	if len(kf) < 12 {
		t.Errorf("only %d entities: %q", len(kf), kf)
	}
}

func TestDevArticle(t *testing.T) {
	b, err := os.ReadFile("../../../shared/corpus/dev/kazakhstan-rebellion.fr.txt")
	if err != nil {
		t.Skip("dev article absent")
	}
	r := mustNew(t)
	es := find(r, string(b), "fr")
	keyOf := map[string]string{}
	for _, e := range es {
		keyOf[e.Name] = e.Key
	}
	for _, name := range []string{"NATO", "Astana", "Kazakhstan"} {
		if keyOf[name] == "" || strings.HasPrefix(keyOf[name], "loupe:") {
			t.Errorf("%s: key %q, want a wikidata or iso3166 key", name, keyOf[name])
		}
	}
}

func TestDeterministic(t *testing.T) {
	r := mustNew(t)
	b, err := os.ReadFile("../../../shared/corpus/dev/kazakhstan-rebellion.fr.txt")
	if err != nil {
		t.Skip("dev article absent")
	}
	a := fmt.Sprint(find(r, string(b), "fr"))
	for range 5 {
		if got := fmt.Sprint(find(r, string(b), "fr")); got != a {
			t.Fatal("two runs differ")
		}
	}
}

func FuzzFind(f *testing.F) {
	r, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "l’ONU", "Joe et Hunter Biden", "U.S.", "D-Ohio", "Organisation mondiale de la santé (OMS)", "À\n\nB", "a-", "'s", "(X)", "St.", "franco-"} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			return
		}
		text := loupe.NewText(s)
		es := r.Find(text, []loupe.Span{{Start: 0, End: text.Len()}}, lang)
		for i, e := range es {
			if e.ID != fmt.Sprintf("e%d", i+1) || e.Type == "" || e.Key == "" || len(e.Mentions) == 0 {
				t.Fatalf("bad entity %+v", e)
			}
			for _, m := range e.Mentions {
				if !text.Valid(m) || m.Len() == 0 {
					t.Fatalf("mention %v outside the text (len %d)", m, text.Len())
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../../../shared/corpus/dev/kazakhstan-rebellion.fr.txt")
	if err != nil {
		b.Skip("dev article absent")
	}
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r.Find(loupe.NewText(string(data)), nil, "fr")
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTableMemory logs the heap the name tables take (go test -run Memory -v).
func TestTableMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("tables: %d names, %d gazetteer names, %.2f MiB of heap", len(r.phrases), len(r.places), float64(after.HeapAlloc-before.HeapAlloc)/(1<<20))
	runtime.KeepAlive(r)
}

// A city of the gazetteer yields to the cues of a person: "Jackson said".
func TestGazetteerYieldsToPersonCues(t *testing.T) {
	r := mustNew(t)
	for _, text := range []string{"Jackson said the plan would fail.", "Andrew Jackson left Washington."} {
		for _, e := range find(r, text, "en") {
			if strings.HasPrefix(e.Key, "loupe:geonames-") {
				t.Errorf("%q: %s typed %s from the gazetteer", text, e.Name, e.Type)
			}
		}
	}
}

// TestOneReferentPerKey: a key names one referent, so two rows of the
// tables that share a key must be of one type (a city and its football
// club or university have keys of their own).
func TestOneReferentPerKey(t *testing.T) {
	files, err := filepath.Glob("names/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	typeOf := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sec := ""
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "[") {
				sec = strings.TrimSpace(line)
				continue
			}
			parts := strings.Split(line, "|")
			if len(parts) != 3 || strings.HasPrefix(line, "#") {
				continue
			}
			k := strings.TrimSpace(parts[0])
			if prev, ok := typeOf[k]; ok && prev != sec {
				t.Errorf("%s: key %s is %s here and %s elsewhere", f, k, sec, prev)
			}
			typeOf[k] = sec
		}
	}
}
