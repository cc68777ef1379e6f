package techniques

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/lexicon"
	"github.com/loupe-news/loupe/internal/loupe"
)

// has reports whether a technique of the label covers the words want
// (when want is "", any span of that label).
func has(text string, ts []loupe.Technique, label, want string) bool {
	tx := loupe.NewText(text)
	for _, t := range ts {
		if t.Technique == label && strings.Contains(tx.Slice(t.Span), want) {
			return true
		}
	}
	return false
}

func TestMechanisms(t *testing.T) {
	tests := []struct {
		name, lang, text, label, want string
		ok                            bool
	}{
		// Loaded_Language: lexicon.
		{"loaded fr", "fr", "Le coup a été fomenté par des puissances étrangères.", "Loaded_Language", "fomenté", true},
		{"loaded en", "en", "The decision was a disgraceful betrayal of voters.", "Loaded_Language", "disgraceful", true},
		{"loaded near miss: neutral word", "en", "The decision was announced on Monday.", "Loaded_Language", "", false},
		{"loaded near miss: devastating earthquake", "en", "A devastating earthquake struck the region on Monday.", "Loaded_Language", "", false},
		// Loaded_Language: state verbs.
		{"state verb", "fr", "Quand les États-Unis ont fui Kaboul, le monde a regardé.", "Loaded_Language", "fui", true},
		{"state verb near miss: people fled", "en", "Residents fled the town as the fire spread.", "Loaded_Language", "", false},
		// Scare quotes.
		{"scare quotes fr", "fr", "Ils défendent leur « démocratie » à coups de matraque.", "Loaded_Language", "« démocratie »", true},
		{"scare quotes en", "en", "The regime held its “elections” last week.", "Loaded_Language", "“elections”", true},
		{"scare near miss: title", "fr", "Il a obtenu le titre de « premier président » en 2019.", "Loaded_Language", "", false},
		{"scare near miss: attributed", "en", "“We will win,” the minister said.", "Loaded_Language", "", false},
		{"scare near miss: name", "fr", "L'émission « Envoyé spécial » reviendra sur le sujet.", "Loaded_Language", "", false},
		{"scare near miss: long quote", "en", "He wrote that “the vote was held in good order”.", "Loaded_Language", "", false},
		// Name_Calling-Labeling.
		{"label with determiner", "fr", "Les gangs ont attaqué la police.", "Name_Calling-Labeling", "gangs", true},
		{"label strong", "en", "These thugs smashed every window.", "Name_Calling-Labeling", "thugs", true},
		{"label near miss: regime change", "en", "Washington denied seeking regime change.", "Name_Calling-Labeling", "", false},
		{"label near miss: régime de retraite", "fr", "Le régime de retraite des cheminots change.", "Name_Calling-Labeling", "", false},
		{"label near miss: gang members", "en", "Police arrested three gang members.", "Name_Calling-Labeling", "", false},
		// Doubt.
		{"doubt question fr", "fr", "À qui profite le crime ?", "Doubt", "À qui profite", true},
		{"doubt question en", "en", "Who benefits from this war?", "Doubt", "Who benefits", true},
		{"doubt so-called", "en", "The so-called experts were wrong again.", "Doubt", "so-called", true},
		{"doubt near miss: statement", "en", "Who benefits is a matter for the courts, she said.", "Doubt", "", false},
		{"doubt near miss: plain question", "fr", "Mais qui pourrait être cette personne ?", "Doubt", "", false},
		// Guilt_by_Association.
		{"association fr", "fr", "Il est un ami de Viktor Orban depuis vingt ans.", "Guilt_by_Association", "ami de Viktor Orban", true},
		{"association en", "en", "The new adviser is a close ally of Vladimir Putin.", "Guilt_by_Association", "Putin", true},
		{"association near miss: no name", "en", "The school is close to the river.", "Guilt_by_Association", "", false},
		{"association near miss: a relative as source", "fr", "Selon un proche de Marie Dupont, elle va bien.", "Guilt_by_Association", "", false},
		// Causal_Oversimplification.
		{"causal fr", "fr", "Le chômage monte, ce qui prouve bien que la réforme a échoué.", "Causal_Oversimplification", "ce qui prouve bien", true},
		{"causal en", "en", "Prices rose, which proves the plan failed.", "Causal_Oversimplification", "which proves", true},
		{"causal categorical", "fr", "Il n'y aura pas de sanctions, car les banques y perdraient.", "Causal_Oversimplification", "car", true},
		{"causal near miss: reported", "en", "Officials said there will be no sanctions because banks would lose money.", "Causal_Oversimplification", "", false},
		// False_Dilemma-No_Choice.
		{"dilemma fr", "fr", "Soit vous êtes avec nous, soit vous êtes contre la France.", "False_Dilemma-No_Choice", "Soit", true},
		{"dilemma en", "en", "Either we close the border or we lose the country.", "False_Dilemma-No_Choice", "Either", true},
		{"dilemma near miss: soit = i.e.", "fr", "Le budget baisse de 3 milliards, soit environ 2 %.", "False_Dilemma-No_Choice", "", false},
		{"dilemma near miss: either way", "en", "Either way, the repairs will take months.", "False_Dilemma-No_Choice", "", false},
		// Others from the lexicons.
		{"flag waving", "en", "True Americans will never accept this.", "Flag_Waving", "True Americans", true},
		{"exaggeration", "fr", "Jamais dans l'histoire un ministre n'avait menti ainsi.", "Exaggeration-Minimisation", "Jamais dans l'histoire", true},
		{"intensifier", "en", "The plan is utterly disgraceful.", "Exaggeration-Minimisation", "utterly disgraceful", true},
		{"intensifier near miss", "en", "The plan is utterly new.", "Exaggeration-Minimisation", "", false},
		{"whataboutism", "fr", "Et que dire de ses adversaires ?", "Whataboutism", "Et que dire de", true},
		{"whataboutism start", "en", "But what about the senator's own flights?", "Whataboutism", "what about", true},
		{"whataboutism near miss", "en", "She asked him what about the plan worried him.", "Whataboutism", "", false},
		{"popularity", "en", "Everyone knows the election was stolen.", "Appeal_to_Popularity", "Everyone knows", true},
		{"conversation killer", "fr", "La réforme passera. Point final.", "Conversation_Killer", "Point final", true},
		{"time", "fr", "Il est temps de reprendre le pouvoir.", "Appeal_to_Time", "Il est temps", true},
		{"slippery slope", "fr", "Cette loi est la porte ouverte à toutes les dérives.", "Consequential_Oversimplification", "la porte ouverte à", true},
		{"hypocrisy", "en", "The same people who lecture us fly private jets.", "Appeal_to_Hypocrisy", "The same people who", true},
		// Slogans by shape.
		{"slogan exclamation", "fr", "On ne lâche rien !", "Slogans", "On ne lâche rien", true},
		{"slogan capitals", "en", "The crowd chanted LOCK HER UP! for an hour.", "Slogans", "LOCK HER UP", true},
		{"slogan hashtag", "en", "Supporters shared #StopTheSteal all night.", "Slogans", "#StopTheSteal", true},
		{"slogan near miss: evaluative exclamation", "fr", "C'est une honte !", "Slogans", "", false},
		{"slogan near miss: reported", "en", "“We will win!” he said.", "Slogans", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dossier(t, tt.text, tt.lang)
			if got := has(tt.text, d.Techniques, tt.label, tt.want); got != tt.ok {
				t.Errorf("%s %q in %q: got %v, want %v; found %+v", tt.label, tt.want, tt.text, got, tt.ok, d.Techniques)
			}
			for _, tc := range d.Techniques {
				if tc.Why == "" || tc.Score <= 0 || tc.Score > 1 {
					t.Errorf("technique %+v: empty why or score outside (0,1]", tc)
				}
			}
		})
	}
}

func TestRepetition(t *testing.T) {
	text := "Ce régime ment. Ce régime vole. Ce régime tue. Il faut le dire."
	d := dossier(t, text, "fr")
	n := 0
	for _, tc := range d.Techniques {
		if tc.Technique == "Repetition" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("Repetition: got %d spans, want 3: %+v", n, d.Techniques)
	}
	d = dossier(t, "Ce régime ment. Ce régime vole. Il faut le dire.", "fr")
	if has(d.Text, d.Techniques, "Repetition", "") {
		t.Errorf("Repetition for a word used twice: %+v", d.Techniques)
	}
}

// TestData checks that every data file names only SPEC's labels and covers
// all 23 of them.
func TestData(t *testing.T) {
	lxs, err := lexicon.LoadDir(langFS, "lang")
	if err != nil {
		t.Fatal(err)
	}
	for code, lx := range lxs {
		seen := map[string]bool{}
		for sec := range lx {
			tech, _, _ := strings.Cut(sec, "/")
			seen[tech] = true
		}
		for _, l := range Labels {
			if !seen[l] && l != "Repetition" { // Repetition is counted, not listed
				t.Errorf("lang/%s.txt: no section for %s", code, l)
			}
		}
	}
	if _, err := New(); err != nil {
		t.Fatal(err)
	}
}

func TestDeterministic(t *testing.T) {
	b, err := os.ReadFile("../../../shared/corpus/dev/kazakhstan-rebellion.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := dossier(t, string(b), "fr")
	_, f := setup(t)
	in := Input{Text: loupe.NewText(d.Text), Sentences: d.Sentences, Claims: d.Claims, Entities: d.Entities, Lang: "fr"}
	first := f.Find(in)
	for range 3 {
		if again := f.Find(in); !reflect.DeepEqual(first, again) {
			t.Fatalf("Find is not deterministic")
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"À qui profite le crime ? Les gangs « démocrates » ont fui.",
		"Either we win or they win! LOCK HER UP! #StopTheSteal “elections”",
		"Soit … soit « » \"\" “", "l'’'' d’ qu' #A",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	_, fd := setup(f)
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			return
		}
		tx := loupe.NewText(s)
		// Sentences: the whole text, and its halves at a rune boundary.
		n := tx.Len()
		sents := []loupe.Span{{Start: 0, End: n / 2}, {Start: n / 2, End: n}}
		claims := []loupe.Claim{{Span: loupe.Span{Start: 0, End: n / 2}, Status: loupe.Question}}
		for _, tc := range fd.Find(Input{Text: tx, Sentences: sents, Claims: claims, Lang: lang}) {
			if !tx.Valid(tc.Span) || tc.Len() == 0 {
				t.Fatalf("span %v outside the text (%d code points) or empty", tc.Span, n)
			}
			inside := false
			for _, sp := range sents {
				inside = inside || sp.Contains(tc.Span)
			}
			if !inside {
				t.Fatalf("span %v crosses sentences %v", tc.Span, sents)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("../../../shared/corpus/dev/kazakhstan-rebellion.fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := dossier(b, string(raw), "fr")
	_, f := setup(b)
	in := Input{Text: loupe.NewText(d.Text), Sentences: d.Sentences, Claims: d.Claims, Entities: d.Entities, Lang: "fr"}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		f.Find(in)
	}
}
