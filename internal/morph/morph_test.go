package morph

import (
	"runtime"
	"sync"
	"testing"
)

var (
	lexOnce sync.Once
	lex     *Lexicon
	lexErr  error
)

// testLexicon loads the lexicon once for all tests of the package.
func testLexicon(tb testing.TB) *Lexicon {
	tb.Helper()
	lexOnce.Do(func() { lex, lexErr = New() })
	if lexErr != nil {
		tb.Fatal(lexErr)
	}
	return lex
}

func TestVerb(t *testing.T) {
	l := testLexicon(t)
	tests := []struct {
		word    string
		inf     string
		mood    string
		persons string // "" to skip
	}{
		{"aurait", "avoir", Conditional, "3sg"},
		{"seraient", "être", Conditional, "3pl"},
		{"pourrait", "pouvoir", Conditional, "3sg"},
		{"finira", "finir", Future, "3sg"},
		{"feront", "faire", Future, "3pl"},
		{"serait", "être", Conditional, "3sg"},
		{"irait", "aller", Conditional, "3sg"},
		{"viendraient", "venir", Conditional, "3pl"},
		{"devrait", "devoir", Conditional, "3sg"},
		{"aurais", "avoir", Conditional, "1sg/2sg"},
		{"céderont", "céder", Future, "3pl"},
		{"fut", "être", PastSimple, "3sg"},
		{"saura", "savoir", Future, "3sg"}, // before saurer, passé simple
		// Case and elided clitics.
		{"n’aurait", "avoir", Conditional, "3sg"},
		{"n'aurait", "avoir", Conditional, "3sg"},
		{"l’aurait", "avoir", Conditional, "3sg"},
		{"Qu’aurait", "avoir", Conditional, "3sg"},
		{"S'ENFUIRAIT", "enfuir", Conditional, "3sg"},
		{"Serait", "être", Conditional, "3sg"},
		{"ÉTUDIERAIT", "étudier", Conditional, "3sg"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			f, ok := l.Verb("fr", tt.word)
			if !ok {
				t.Fatalf("Verb(fr, %q) not found", tt.word)
			}
			if f.Infinitive != tt.inf || f.Mood != tt.mood || (tt.persons != "" && f.Persons != tt.persons) {
				t.Errorf("Verb(fr, %q) = %+v, want %s %s %s", tt.word, f, tt.inf, tt.mood, tt.persons)
			}
		})
	}
}

func TestVerbRejects(t *testing.T) {
	l := testLexicon(t)
	for _, w := range []string{
		"vrai", "mais", "frais", "désormais", "jamais", "Jamais", "l’aurait’",
		"suspect", "fui", "nombreuses", "a", "est", "l'", "n’", "", "aurai t",
	} {
		if f, ok := l.Verb("fr", w); ok {
			t.Errorf("Verb(fr, %q) = %+v, want no match", w, f)
		}
	}
	if _, ok := l.Verb("en", "would"); ok {
		t.Error(`Verb("en", …) matched, want false: no English table`)
	}
	if _, ok := l.Verb("xx", "aurait"); ok {
		t.Error(`Verb("xx", "aurait") matched`)
	}
	var nilLex *Lexicon
	if _, ok := nilLex.Verb("fr", "aurait"); ok {
		t.Error("nil Lexicon matched")
	}
}

func TestVerbs(t *testing.T) {
	l := testLexicon(t)
	got := l.Verbs("fr", "saura")
	want := []Form{{"savoir", Future, "3sg"}, {"saurer", PastSimple, "3sg"}}
	if len(got) != len(want) {
		t.Fatalf("Verbs(fr, saura) = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Verbs(fr, saura)[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	if got := l.Verbs("fr", "jamais"); got != nil {
		t.Errorf("Verbs(fr, jamais) = %+v, want nil", got)
	}
}

// TestCounts pins the size of the French table per mood, as generated from
// hunspell-fr-classical 1:7.0-1; a change means the data was regenerated.
func TestCounts(t *testing.T) {
	l := testLexicon(t)
	if got := l.Languages(); len(got) != 2 || got[0] != "en" || got[1] != "fr" {
		t.Errorf("Languages() = %v, want [en fr]", got)
	}
	if n := l.tables["en"].n(); n != 6903 {
		t.Errorf("en: %d base forms, want 6903 (hunspell-en-us 1:2020.12.07-2)", n)
	}
	for w, want := range map[string]bool{"follow": true, "police": true, "run": true, "wash": true, "with": false, "reporting": false} {
		f, ok := l.Verb("en", w)
		if ok != want || ok && f.Mood != Base {
			t.Errorf("Verb(en, %q) = %+v, %v; want base %v", w, f, ok, want)
		}
	}
	tb := l.tables["fr"]
	byMood := map[string]int{}
	infs := map[string]bool{}
	for i := range tb.n() {
		f := tb.analysis(i)
		byMood[f.Mood]++
		infs[f.Infinitive] = true
		if i > 0 && tb.form(i) < tb.form(i-1) {
			t.Fatalf("line %d out of order", i)
		}
	}
	want := map[string]int{Conditional: 40228, Future: 48248, PastSimple: 47174}
	for m, n := range want {
		if byMood[m] != n {
			t.Errorf("%s: %d forms, want %d", m, byMood[m], n)
		}
	}
	if len(byMood) != len(want) {
		t.Errorf("moods = %v, want only %v", byMood, want)
	}
	if len(infs) != 8037 {
		t.Errorf("%d infinitives, want 8037", len(infs))
	}
	t.Logf("forms by mood: %v; %d infinitives; %d lines", byMood, len(infs), tb.n())
}

func TestStripClitic(t *testing.T) {
	for in, want := range map[string]string{
		"l'aurait": "aurait", "l’aurait": "aurait", "qu’aurait": "aurait",
		"d'aurait": "aurait", "j’aurais": "aurais", "aurait": "aurait",
		"l'": "l'", "quaurait": "quaurait", "lorsqu'il": "lorsqu'il",
	} {
		if got := stripClitic(in); got != want {
			t.Errorf("stripClitic(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDeterministic checks that two loads answer alike.
func TestDeterministic(t *testing.T) {
	a := testLexicon(t)
	b, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"aurait", "plut", "crûmes", "cherra", "mais"} {
		fa, oka := a.Verb("fr", w)
		fb, okb := b.Verb("fr", w)
		if fa != fb || oka != okb {
			t.Errorf("%q: %+v,%v then %+v,%v", w, fa, oka, fb, okb)
		}
	}
}

func TestLoadRejectsBadTables(t *testing.T) {
	if _, err := load([]byte("not gzip")); err == nil {
		t.Error("load accepted non-gzip input")
	}
}

func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("live heap after New: %.1f MB", float64(live)/(1<<20))
	if live > 15<<20 {
		t.Errorf("live heap after New = %d bytes, want < 15 MB", live)
	}
	runtime.KeepAlive(l)
}

var sink Form

func BenchmarkVerb(b *testing.B) {
	l := testLexicon(b)
	words := []string{"aurait", "seraient", "n’aurait", "Finira", "jamais", "désormais", "le", "viendraient"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sink, _ = l.Verb("fr", words[i%len(words)])
		i++
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

func TestVerbDoesNotAllocate(t *testing.T) {
	l := testLexicon(t)
	for _, w := range []string{"aurait", "n’aurait", "désormais", "jamais"} {
		if n := testing.AllocsPerRun(100, func() { sink, _ = l.Verb("fr", w) }); n != 0 {
			t.Errorf("Verb(fr, %q): %v allocations, want 0", w, n)
		}
	}
}
