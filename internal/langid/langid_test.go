package langid

import (
	"bufio"
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
