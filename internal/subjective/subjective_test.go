package subjective

import (
	"os"
	"sync"
	"testing"

	"github.com/loupe-news/loupe/internal/subjective/internal/logreg"
)

func load(t testing.TB) *Model {
	t.Helper()
	m, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Sentences written for this test, not taken from the training data.
var obvious = []struct {
	lang, text string
	opinion    bool
}{
	{"en", "This decision is a disgrace and the minister should resign.", true},
	{"en", "We must stop wasting public money on vanity projects.", true},
	{"en", "What a shambles.", true},
	{"en", "Frankly, the new timetable is a joke.", true},
	{"en", "Boycott this company now!!", true},
	{"en", "The tram network carried 42 million passengers last year.", false},
	{"en", "The fire started on the third floor shortly after 11pm.", false},
	{"en", "The council approved the new library by nine votes to four.", false},
	{"en", "The senator called the ruling a disgrace, her office said.", false},
	{"fr", "Cette décision est une honte et le ministre doit démissionner.", true},
	{"fr", "Il faut arrêter de gaspiller l'argent public.", true},
	{"fr", "Quel fiasco.", true},
	{"fr", "Franchement, ce nouveau calendrier est ridicule.", true},
	{"fr", "Boycottez cette marque !!", true},
	{"fr", "Le tramway a transporté 42 millions de voyageurs l'an dernier.", false},
	{"fr", "Le feu s'est déclaré au troisième étage peu après 23 heures.", false},
	{"fr", "Le conseil municipal a approuvé la nouvelle médiathèque par neuf voix contre quatre.", false},
	{"fr", "La sénatrice a qualifié la décision de honte, selon son cabinet.", false},
}

func TestOpinionObvious(t *testing.T) {
	m := load(t)
	for _, c := range obvious {
		p := m.Opinion(c.lang, c.text)
		if p < 0 || p > 1 {
			t.Errorf("Opinion(%q, %q) = %v, outside [0,1]", c.lang, c.text, p)
		}
		if (p >= 0.5) != c.opinion {
			t.Errorf("Opinion(%q, %q) = %.3f, want opinion=%v (reasons %q)", c.lang, c.text, p, c.opinion, m.Reasons(c.lang, c.text))
		}
	}
}

func TestNoModel(t *testing.T) {
	m := load(t)
	if p := m.Opinion("de", "Das ist eine Schande."); p != -1 {
		t.Errorf("Opinion(de) = %v, want -1", p)
	}
	if r := m.Reasons("de", "Das ist eine Schande."); r != nil {
		t.Errorf("Reasons(de) = %q, want nil", r)
	}
	for _, s := range []string{"", "-", "a-", "--b", "\xff\xfe", "É-", "🙄🙄", "L'été-"} {
		if p := m.Opinion("en", s); p < 0 || p > 1 {
			t.Errorf("Opinion(en, %q) = %v", s, p)
		}
		m.Reasons("fr", s)
	}
}

func TestReasons(t *testing.T) {
	m := load(t)
	r := m.Reasons("en", "This decision is a disgrace and the minister should resign.")
	if len(r) == 0 || len(r) > 3 {
		t.Fatalf("Reasons = %q, want 1 to 3 reasons", r)
	}
	t.Logf("reasons: %q", r)
}

func TestConcurrentAndDeterministic(t *testing.T) {
	m := load(t)
	want := make([]float64, len(obvious))
	for i, c := range obvious {
		want[i] = m.Opinion(c.lang, c.text)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				for i, c := range obvious {
					if got := m.Opinion(c.lang, c.text); got != want[i] {
						t.Errorf("Opinion(%q) = %v then %v", c.text, want[i], got)
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

// TestCrossValidationFloor re-runs the cross-validation of the shipped
// configuration so that a change to the features, the trainer or the data
// cannot silently lower it.
func TestCrossValidationFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five models")
	}
	cs, err := logreg.ReadData(os.DirFS("data"))
	if err != nil {
		t.Fatal(err)
	}
	scores := logreg.CrossValidate(cs, true, 3e-5, 5, 200)
	for i, s := range scores {
		t.Logf("%s: P=%.3f R=%.3f F1=%.3f", cs[i].Lang.Code, s.P(), s.R(), s.F1())
		if s.F1() < 0.82 {
			t.Errorf("%s: cross-validated F1 %.3f, below the 0.82 floor", cs[i].Lang.Code, s.F1())
		}
	}
}

func BenchmarkOpinion(b *testing.B) {
	m := load(b)
	s := "Face à cela, la réponse publique reste d'une timidité désespérante, et le gouvernement doit agir."
	b.ReportAllocs()
	for b.Loop() {
		m.Opinion("fr", s)
	}
}
