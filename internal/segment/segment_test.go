package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

var testSeg *Segmenter

func seg(tb testing.TB) *Segmenter {
	tb.Helper()
	if testSeg == nil {
		s, err := New()
		if err != nil {
			tb.Fatal(err)
		}
		testSeg = s
	}
	return testSeg
}

func sentences(tb testing.TB, text, lang string) []string {
	t := loupe.NewText(text)
	var out []string
	for _, s := range seg(tb).Segment(t, lang).Sentences {
		out = append(out, t.Slice(s))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "M. Dupont et Mme Durand sont arrivés. Le Dr Martin aussi.",
			[]string{"M. Dupont et Mme Durand sont arrivés.", "Le Dr Martin aussi."}},
		{"fr", "Il y avait 20 000 personnes, soit 3,5 % de la ville. Puis 1.5 million.",
			[]string{"Il y avait 20 000 personnes, soit 3,5 % de la ville.", "Puis 1.5 million."}},
		{"fr", "Rendez-vous le 3 janv. à Paris. Ensuite, etc. Le reste suit.",
			[]string{"Rendez-vous le 3 janv. à Paris.", "Ensuite, etc.", "Le reste suit."}},
		{"fr", "On cite p. ex. Lyon. Fin.", []string{"On cite p. ex. Lyon.", "Fin."}},
		{"fr", "« Qui est là ? » demanda-t-il. Personne.", []string{"« Qui est là ? » demanda-t-il.", "Personne."}},
		{"fr", "Il a dit : «Nous partons.» Puis il est sorti.", []string{"Il a dit : «Nous partons.»", "Puis il est sorti."}},
		{"fr", "Et alors… Il est parti. Vraiment !", []string{"Et alors…", "Il est parti.", "Vraiment !"}},
		{"fr", "Il hésita… puis repartit.", []string{"Il hésita… puis repartit."}},
		{"fr", "Le texte passera grâce au 49.3. Faut-il travailler plus ?",
			[]string{"Le texte passera grâce au 49.3.", "Faut-il travailler plus ?"}},
		{"en", "The U.S. Army left. The U.S. is big. Mr. Smith met J. R. R. Tolkien and G.W. Bush.",
			[]string{"The U.S. Army left.", "The U.S. is big.", "Mr. Smith met J. R. R. Tolkien and G.W. Bush."}},
		{"en", "He arrived at 5 p.m. on Friday. It rained.", []string{"He arrived at 5 p.m. on Friday.", "It rained."}},
		{"en", `"Why?" he asked. "Because!" she said.`, []string{`"Why?" he asked.`, `"Because!" she said.`}},
		{"en", "It costs 20,000 dollars — or 1.5 million euros. Really?! Yes.", []string{"It costs 20,000 dollars — or 1.5 million euros.", "Really?!", "Yes."}},
		{"en", "Acme Inc. reported losses. Profits fell.", []string{"Acme Inc. reported losses.", "Profits fell."}},
		{"en", "Headline Without Stop\n\nThe body starts here. It ends here.",
			[]string{"Headline Without Stop", "The body starts here.", "It ends here."}},
		{"en", "Key points:\n- prices rose 5%\n- wages fell\n1. First\n2) Second",
			[]string{"Key points:\n- prices rose 5%", "- wages fell", "1. First", "2) Second"}},
		{"fr", "Le texte est coupé\nen plein milieu de la\nphrase. Une autre\nsuit ici.",
			[]string{"Le texte est coupé\nen plein milieu de la\nphrase.", "Une autre\nsuit ici."}},
		{"fr", "Incroyable 😂😂\nLa Chine plante des arbres.😅 #climat #planète\nhttps://t.co/abc",
			[]string{"Incroyable", "La Chine plante des arbres."}},
		{"fr", "RDC :\nLe président a parlé.", []string{"RDC :\nLe président a parlé."}},
		{"fr", "URGENT !!! Le pont est fermé.", []string{"URGENT !!!", "Le pont est fermé."}},
		{"fr", "INCONSTITUTIONNEL Les candidats ont signé.", []string{"INCONSTITUTIONNEL", "Les candidats ont signé."}},
		{"fr", "les frais sont à votre charge Je comprends maintenant.", []string{"les frais sont à votre charge", "Je comprends maintenant."}},
		{"fr", "Il a été arrêté [...] puis relâché. Fin.", []string{"Il a été arrêté [...] puis relâché.", "Fin."}},
		{"fr", "Accusé de trahison..........\n.......... ......\nPour l'instant, rien.", []string{"Accusé de trahison.", "Pour l'instant, rien."}},
	}
	for _, tt := range tests {
		got := sentences(t, tt.text, tt.lang)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestTrailerAndElision(t *testing.T) {
	text := "\"Le texte cité. Il continue.\"\nMoon of Alabama\n.https://example.org/a-b"
	tx := loupe.NewText(text)
	r := seg(t).Segment(tx, "fr")
	if r.Byline == nil || tx.Slice(*r.Byline) != "Moon of Alabama" {
		t.Errorf("byline = %v", r.Byline)
	}
	if r.URL == nil || tx.Slice(*r.URL) != "https://example.org/a-b" {
		t.Errorf("url = %v", r.URL)
	}
	if !r.Quoted {
		t.Error("wrapping quotes not found")
	}
	got := []string{}
	for _, s := range r.Sentences {
		got = append(got, tx.Slice(s))
	}
	if want := []string{"Le texte cité.", "Il continue."}; !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	for _, x := range []string{"Avant (…) après.", "Avant [...] après.", "Un.\n. . . .\nDeux."} {
		if r := seg(t).Segment(loupe.NewText(x), "fr"); len(r.Elisions) != 1 {
			t.Errorf("%q: %d elisions, want 1", x, len(r.Elisions))
		}
	}
	// A closing name line alone is a sentence of a post, not a byline.
	if r := seg(t).Segment(loupe.NewText("Vive le Roi.\nAlain Polomack"), "fr"); r.Byline != nil {
		t.Errorf("byline found without a URL line or a Par/By")
	}
	if r := seg(t).Segment(loupe.NewText("Le texte.\n\nPar Jeanne Martin"), "fr"); r.Byline == nil {
		t.Errorf("no byline in a Par line")
	}
}

func TestParagraphKinds(t *testing.T) {
	text := "Un titre\n\nPremier paragraphe. Il a deux phrases.\n\n- un point\n- un autre\n"
	tx := loupe.NewText(text)
	var kinds []string
	for _, p := range seg(t).Segment(tx, "fr").Paragraphs {
		kinds = append(kinds, p.Kind)
	}
	want := []string{loupe.BlockHeading, loupe.BlockParagraph, loupe.BlockListItem, loupe.BlockListItem}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}
}

func checkSpans(t *testing.T, text string, r Result) {
	n := utf8.RuneCountInString(text)
	prev := 0
	for _, s := range r.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > n {
			t.Fatalf("%q: bad sentence span %v (prev end %d, len %d)", text, s, prev, n)
		}
		prev = s.End
	}
	prev = 0
	for _, p := range r.Paragraphs {
		if p.Start < prev || p.End < p.Start || p.End > n {
			t.Fatalf("%q: bad paragraph span %v", text, p.Span)
		}
		prev = p.End
	}
	for _, sp := range append(append([]loupe.Span{}, r.Elisions...), deref(r.Byline, r.URL)...) {
		if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
			t.Fatalf("%q: bad span %v", text, sp)
		}
	}
}

func deref(ps ...*loupe.Span) []loupe.Span {
	var out []loupe.Span
	for _, p := range ps {
		if p != nil {
			out = append(out, *p)
		}
	}
	return out
}

// FuzzSegment: never panics; spans stay inside the text, in order, and no
// sentence is empty.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"M. Dupont. Mme X.", "« a ? » b", "a\n\nb", "[...]", "...........", "\"x.\"\nA B\nhttps://a.b/c",
		"1) a\n2) b", "URGENT Le x", "a Je b", "😂\u200d😂 #x @y", "\r\n\r\n", "«»", "t.me/x", ".\n.\n.", "A.B.C. D", "x :\n\n:\n"} {
		f.Add(s)
	}
	sg := seg(f)
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		r := sg.Segment(loupe.NewText(s), "fr")
		checkSpans(t, s, r)
		for _, x := range r.Sentences {
			if strings.TrimSpace(loupe.NewText(s).Slice(x)) == "" {
				t.Fatalf("%q: empty sentence %v", s, x)
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat("Le président a déclaré que M. Dupont, arrivé le 3 janv., aurait quitté Paris. « Pourquoi ? » demanda-t-il.\n", 50)
	tx := loupe.NewText(text)
	sg := seg(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sg.Segment(tx, "fr")
	}
}
