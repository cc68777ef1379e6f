package quantities

import (
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

func newFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// want is one expected quantity: its text, value, approx flag, unit and kind.
type want struct {
	text   string
	value  float64
	approx bool
	unit   string
	kind   string
}

func find(f *Finder, text, lang string) []loupe.Quantity {
	t := loupe.NewText(text)
	return f.Find(t, []loupe.Span{{Start: 0, End: t.Len()}}, lang)
}

func TestFind(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		lang, text string
		want       []want
	}{
		// French digit formats.
		{"fr", "La force a été estimée à 20 000 personnes.", []want{{"20 000 personnes", 20000, true, "personnes", KindCount}}},
		{"fr", "Ils étaient 20\u00a0000 manifestants.", []want{{"20\u00a0000 manifestants", 20000, false, "manifestants", KindCount}}},
		{"fr", "Environ 150\u202f000 voyageurs.", []want{{"Environ 150\u202f000 voyageurs", 150000, true, "voyageurs", KindCount}}},
		{"fr", "30.000 soldats sont arrivés.", []want{{"30.000 soldats", 30000, false, "soldats", KindCount}}},
		{"fr", "Le taux atteint 3,5 % du parc.", []want{{"3,5 %", 3.5, false, "%", KindPercent}}},
		{"fr", "Il joue pendant 60.2% du match.", []want{{"60.2%", 60.2, false, "%", KindPercent}}},
		{"fr", "Une hausse de 12 % en un an.", []want{{"12 %", 12, false, "%", KindPercent}}},
		{"fr", "soit 45 pour cent des votants", []want{{"45 pour cent", 45, false, "%", KindPercent}}},
		{"fr", "près de 1,2 million de logements", []want{{"près de 1,2 million de logements", 1.2e6, true, "logements", KindCount}}},
		{"fr", "un budget de 2,5 millions d’euros.", []want{{"2,5 millions d’euros", 2.5e6, false, "euros", KindMoney}}},
		{"fr", "une prime de 300 euros.", []want{{"300 euros", 300, false, "euros", KindMoney}}},
		{"fr", "un loyer de 950\u00a0$ par mois", []want{{"950\u00a0$", 950, false, "dollars", KindMoney}}},
		{"fr", "une contribution de 75 M$ au projet", []want{{"75 M$", 75e6, false, "dollars", KindMoney}}},
		{"fr", "Les services, à +2,9 %, et les produits (–0,2 %).", []want{{"+2,9 %", 2.9, false, "%", KindPercent}, {"–0,2 %", -0.2, false, "%", KindPercent}}},
		{"fr", "Des bouchons de plus de 15 km.", []want{{"plus de 15 km", 15, true, "km", KindMeasure}}},
		{"fr", "Jusqu'à 62°C dans l'air.", []want{{"Jusqu'à 62°C", 62, true, "°C", KindMeasure}}},
		{"fr", "elle a perdu plus d’1 million de voix", []want{{"plus d’1 million de voix", 1e6, true, "voix", KindCount}}},
		// French words.
		{"fr", "Trois des policiers tués ont été décapités.", []want{{"Trois des policiers tués", 3, false, "policiers", KindCount}}},
		{"fr", "une bande d’une cinquantaine de rebelles", []want{{"une cinquantaine de rebelles", 50, true, "rebelles", KindCount}}},
		{"fr", "Une douzaine de douilles.", []want{{"Une douzaine de douilles", 12, true, "douilles", KindCount}}},
		{"fr", "Il y avait vingt et un élus.", []want{{"vingt et un élus", 21, false, "élus", KindCount}}},
		{"fr", "quatre-vingt-dix personnes", []want{{"quatre-vingt-dix personnes", 90, false, "personnes", KindCount}}},
		{"fr", "soixante-dix policiers", []want{{"soixante-dix policiers", 70, false, "policiers", KindCount}}},
		{"fr", "trois cents mille habitants", []want{{"trois cents mille habitants", 300000, false, "habitants", KindCount}}},
		{"fr", "deux millions de personnes", []want{{"deux millions de personnes", 2e6, false, "personnes", KindCount}}},
		{"fr", "Depuis vingt ans, rien.", []want{{"vingt ans", 20, false, "ans", KindMeasure}}},
		{"fr", "adopté par 312 voix contre 204.", []want{{"312 voix", 312, false, "voix", KindCount}, {"204", 204, false, "voix", KindCount}}},
		{"fr", "entre 300 et 400 emplois", []want{{"entre 300", 300, false, "emplois", KindCount}, {"400 emplois", 400, false, "emplois", KindCount}}},
		// French: not quantities.
		{"fr", "Il a été installé en 2019 après le 12 mars.", nil},
		{"fr", "Il est arrivé il y a trois jours, à 10 h 30.", nil},
		{"fr", "des centaines de manifestants et des dizaines de blessés", nil},
		{"fr", "la troisième fois, le 1er août", nil},
		{"fr", "les vaccins COVID-19 et l'article 49.3 sur l'A7", nil},
		{"fr", "voir https://exemple.fr/2024/10 #Paris2024 @user42", nil},
		{"fr", "un homme, une femme", nil},
		// English digit formats.
		{"en", "about 20,000 people", []want{{"about 20,000 people", 20000, true, "people", KindCount}}},
		{"en", "rose 1.5 points", []want{{"1.5 points", 1.5, false, "points", KindCount}}},
		{"en", "costs up to $1.5 billion a year", []want{{"up to $1.5 billion", 1.5e9, true, "dollars", KindMoney}}},
		{"en", "a fine of $225,000.", []want{{"$225,000", 225000, false, "dollars", KindMoney}}},
		{"en", "debt of about £19 billion", []want{{"about £19 billion", 19e9, true, "pounds", KindMoney}}},
		{"en", "rent rose to $2,150 a month", []want{{"$2,150 a month", 2150, false, "dollars", KindMoney}}},
		{"en", "inflation of 3.1% by", []want{{"3.1%", 3.1, false, "%", KindPercent}}},
		{"en", "found that 44 percent of", []want{{"44 percent", 44, false, "%", KindPercent}}},
		{"en", "an estimated 1.7 million spectators", []want{{"an estimated 1.7 million spectators", 1.7e6, true, "spectators", KindCount}}},
		{"en", "confirmed 14 new measles cases on Tuesday", []want{{"14 new measles cases", 14, false, "cases", KindCount}}},
		{"en", "at more than 100 mph", []want{{"more than 100 mph", 100, true, "mph", KindMeasure}}},
		{"en", "in 2 hours 9 minutes 56 seconds", []want{{"2 hours 9 minutes 56 seconds", 7796, false, "seconds", KindMeasure}}},
		{"en", "delays of 20–30 min", []want{{"20", 20, false, "min", KindMeasure}, {"30 min", 30, false, "min", KindMeasure}}},
		// English words.
		{"en", "Forty-six days is long.", []want{{"Forty-six days", 46, false, "days", KindMeasure}}},
		{"en", "twenty-five years", []want{{"twenty-five years", 25, false, "years", KindMeasure}}},
		{"en", "Two people were killed.", []want{{"Two people", 2, false, "people", KindCount}}},
		{"en", "A dozen eggs", []want{{"A dozen eggs", 12, true, "eggs", KindCount}}},
		{"en", "one hundred and five votes", []want{{"one hundred and five votes", 105, false, "votes", KindCount}}},
		{"en", "a 22-year-old man", []want{{"22-year-old", 22, false, "years", KindMeasure}}},
		{"en", "nearly three weeks", []want{{"nearly three weeks", 3, true, "weeks", KindMeasure}}},
		// English: not quantities.
		{"en", "In April 2023, at 9 a.m., two days ago", nil},
		{"en", "dozens of people and hundreds of cars", nil},
		{"en", "one of them, the 3rd time, one in three", nil},
		{"en", "the S&P 500 and Route 9", nil},
		{"en", "The team won 2-1.", nil},
	}
	for _, tt := range tests {
		got := find(f, tt.text, tt.lang)
		var gw []want
		for _, q := range got {
			gw = append(gw, want{string([]rune(tt.text)[q.Start:q.End]), q.Value, q.Approx, q.Unit, q.Kind})
		}
		if len(gw) != len(tt.want) {
			t.Errorf("%s %q:\n got %+v\nwant %+v", tt.lang, tt.text, gw, tt.want)
			continue
		}
		for k := range gw {
			w, g := tt.want[k], gw[k]
			if g.text != w.text || math.Abs(g.value-w.value) > 1e-9*math.Abs(w.value) || g.approx != w.approx || g.unit != w.unit || g.kind != w.kind {
				t.Errorf("%s %q: quantity %d\n got %+v\nwant %+v", tt.lang, tt.text, k, g, w)
			}
		}
	}
}

func TestIDsInOrder(t *testing.T) {
	f := newFinder(t)
	got := find(f, "Il y a 3 chats, 4 chiens et 12 % de poissons.", "fr")
	if len(got) != 3 {
		t.Fatalf("got %d quantities, want 3: %+v", len(got), got)
	}
	for k, q := range got {
		if want := "q" + string(rune('1'+k)); q.ID != want {
			t.Errorf("quantity %d has ID %q, want %q", k, q.ID, want)
		}
	}
}

func TestUnknownLanguageFallsBack(t *testing.T) {
	f := newFinder(t)
	if got := find(f, "Es kamen 3,000 people.", "de"); len(got) != 1 || got[0].Value != 3000 {
		t.Errorf("got %+v", got)
	}
}

func TestDeterministic(t *testing.T) {
	f := newFinder(t)
	data, err := os.ReadFile(sharedDev + "/kazakhstan-rebellion.fr.txt")
	if err != nil {
		t.Skip("dev article absent")
	}
	first := find(f, string(data), "fr")
	for range 5 {
		again := find(f, string(data), "fr")
		if len(again) != len(first) {
			t.Fatal("results differ between runs")
		}
		for k := range again {
			if again[k] != first[k] {
				t.Fatalf("results differ between runs: %+v vs %+v", again[k], first[k])
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"près de 1,2 million de logements", "$1.5 billion a year", "20\u202f000 personnes",
		"Trois des policiers tués", "2 hours 9 minutes 56 seconds", "BA.5.2.1.7", "1,2,3,4,5",
		"quatre-vingt-dix-neuf", "one hundred and", "–0,2 %", "+ de 14 millions", "75 M$", "1e308 1e309",
		strings.Repeat("9", 400),
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	fd := newFinder(f)
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			return
		}
		text := loupe.NewText(s)
		qs := fd.Find(text, nil, lang)
		prev := 0
		for k, q := range qs {
			if !text.Valid(q.Span) || q.Start >= q.End {
				t.Fatalf("span %d %+v outside text of %d code points", k, q.Span, text.Len())
			}
			if q.Start < prev {
				t.Fatalf("span %d %+v overlaps or precedes the one before", k, q.Span)
			}
			prev = q.End
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
				t.Fatalf("quantity %d has value %v", k, q.Value)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile(sharedDev + "/kazakhstan-rebellion.fr.txt")
	if err != nil {
		b.Skip("dev article absent")
	}
	f := newFinder(b)
	text := loupe.NewText(string(data))
	sents := []loupe.Span{{Start: 0, End: text.Len()}}
	for b.Loop() {
		f.Find(text, sents, "fr")
	}
}

// Multiplier abbreviations joined to money, and zero.
func TestMoneyAbbreviations(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct {
		lang, text string
		val        float64
		unit       string
	}{
		{"en", "He bought $5M in stock.", 5e6, "dollars"},
		{"en", "It cost $5bn in total.", 5e9, "dollars"},
		{"en", "A £2.5bn deal.", 2.5e9, "pounds"},
		{"en", "They raised 10K dollars.", 1e4, "dollars"},
		{"fr", "Un budget de 5 M€ a été voté.", 5e6, "euros"},
		{"en", "There were zero measles deaths.", 0, "deaths"},
	} {
		qs := find(f, tc.text, tc.lang)
		if len(qs) == 0 || qs[0].Value != tc.val || qs[0].Unit != tc.unit {
			t.Errorf("%q: got %+v, want %g %s", tc.text, qs, tc.val, tc.unit)
		}
	}
}
