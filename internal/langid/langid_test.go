package langid

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func load(t testing.TB, name string) [][2]string {
	f, err := os.Open("../../testdata/langid/" + name)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lang, text, ok := strings.Cut(sc.Text(), "\t")
		if ok && lang != "lang" {
			out = append(out, [2]string{lang, text})
		}
	}
	return out
}

// accuracy is measured on sentences and paragraphs written for the project
// in the 12 supported languages; the floors sit just under the measured
// scores (see doc.go) so that they cannot silently fall.
func TestAccuracy(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file  string
		floor float64
	}{{"short.tsv", 0.95}, {"long.tsv", 0.99}} {
		rows := load(t, tc.file)
		right := 0
		for _, r := range rows {
			if g := d.Detect(r[1]); g.Lang == r[0] {
				right++
			} else if testing.Verbose() {
				t.Logf("%s: %s read as %s (%.2f): %s", tc.file, r[0], g.Lang, g.Confidence, r[1])
			}
		}
		acc := float64(right) / float64(len(rows))
		t.Logf("%s: accuracy %.3f (%d/%d)", tc.file, acc, right, len(rows))
		if acc < tc.floor {
			t.Errorf("%s: accuracy %.3f below floor %.2f", tc.file, acc, tc.floor)
		}
	}
}

func TestEdgeCases(t *testing.T) {
	d, _ := New()
	for _, s := range []string{"", "   ", "12345 !!!", "😂😂", "\ufffd\ufffd"} {
		if g := d.Detect(s); g.Confidence < 0 || g.Confidence > 1 {
			t.Errorf("%q: confidence %v outside [0,1]", s, g.Confidence)
		}
	}
	if g := d.Detect("Що, знову підняли тарифи на комуналку?"); g.Lang != "uk" {
		t.Errorf("Ukrainian read as %s", g.Lang)
	}
}

func BenchmarkDetect(b *testing.B) {
	d, _ := New()
	rows := load(b, "long.tsv")
	var sb strings.Builder
	for _, r := range rows {
		if r[0] == "fr" {
			sb.WriteString(r[1] + "\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(text)
	}
}

// TestSharedShortTexts measures accuracy on real short texts of ../shared:
// CheckThat! 2024 debate sentences (dev.tsv, English, one sentence each),
// the English news sentences and the French social posts of the corpus.
func TestSharedShortTexts(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	shared := "../../../shared"
	if _, err := os.Stat(shared); err != nil {
		t.Skip("no ../shared")
	}
	var debate []string
	f, err := os.Open(shared + "/data/checkworthiness-en/dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if p := strings.Split(sc.Text(), "\t"); len(p) == 3 && p[0] != "Sentence_id" {
			debate = append(debate, p[1])
		}
	}
	gold := func(name string) []string {
		b, err := os.ReadFile(shared + "/corpus/dev/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatal(err)
			}
			out = append(out, rec.Text)
		}
		return out
	}
	for _, tc := range []struct {
		name, lang string
		texts      []string
		floor      float64
	}{
		{"ct24 dev debate sentences", "en", debate, 0.975},
		{"ct25-en news sentences", "en", gold("ct25-en-subjectivity.gold.jsonl"), 0.99},
		{"ct25-fra social posts", "fr", gold("ct25-fra-train.gold.jsonl"), 0.98},
	} {
		right := 0
		for _, s := range tc.texts {
			if g := d.Detect(s); g.Lang == tc.lang {
				right++
			} else if testing.Verbose() {
				t.Logf("%s: read as %s (%.2f): %.80s", tc.name, g.Lang, g.Confidence, s)
			}
		}
		acc := float64(right) / float64(len(tc.texts))
		t.Logf("%s: accuracy %.3f (%d/%d)", tc.name, acc, right, len(tc.texts))
		if acc < tc.floor {
			t.Errorf("%s: accuracy %.3f below floor %.2f", tc.name, acc, tc.floor)
		}
	}
}

// Short sentences whose function words other languages share ("a", "de",
// "до"), written for the tests.
func TestSharedFunctionWords(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, text string }{
		{"es", "A mi juicio, a la gente le importa poco; a veces va a votar y a veces no."},
		{"es", "Le dije a Juan que fuera a la tienda a comprar pan."},
		{"it", "L'ha detto all'alba: l'Italia andrà a Bruxelles a chiedere a l'Unione."},
		{"it", "Sono andato a Roma e a Milano a piedi."},
		{"ru", "Я дошёл до дома до того, как до меня дошло."},
		{"en", "I want to leave money in your pocket."},
	} {
		if g := d.Detect(tc.text); g.Lang != tc.lang {
			t.Errorf("%q: %s, want %s", tc.text, g.Lang, tc.lang)
		}
	}
}
