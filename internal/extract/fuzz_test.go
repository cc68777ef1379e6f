package extract

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzHTML checks that no page makes HTML panic, that the text is valid
// UTF-8 and that the blocks lie in order inside it.
func FuzzHTML(f *testing.F) {
	for _, name := range []string{"testdata/article.html", "testdata/lettre.html", "testdata/extract/03-fr-tribune-velo.html", "testdata/extract/25-fr-port-grues.html"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("<p>short</p>")
	f.Add("<html><body><pre>  a\n\n b</pre><table><tr><td>x<td>y</table></body></html>")
	f.Fuzz(func(t *testing.T, page string) {
		var a *Article
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			a, err = HTML(context.Background(), strings.NewReader(page), "https://example.org/x")
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("HTML takes more than 5 s on %d bytes", len(page))
		}
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) && utf8.ValidString(page) {
			t.Fatalf("invalid UTF-8 text from valid input")
		}
		n := utf8.RuneCountInString(a.Text)
		last := 0
		for _, b := range a.Blocks {
			if b.Start < last || b.End < b.Start || b.End > n {
				t.Fatalf("block %+v out of order or outside the text (%d code points)", b, n)
			}
			last = b.End
		}
	})
}
