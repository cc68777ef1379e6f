package extract

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/loupe"
)

func extractFile(t *testing.T, name, pageURL string) (*Article, error) {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return HTML(context.Background(), f, pageURL)
}

// Per page: snippets the text must contain and snippets it must not, as in
// trafilatura's comparison set.
func TestHTML(t *testing.T) {
	tests := []struct {
		file, url string
		want      []string // each must be a whole block of Text
		wantNot   []string
		meta      Article // non-empty fields are compared
		minBlocks int
		kinds     map[int]string // block index → kind
	}{
		{
			file: "article.html",
			want: []string{
				"Mayor promises new bridge by 2026",
				"The mayor of Riverton said on Monday that a new bridge across the Wide River would open to traffic by the summer of 2026, two years earlier than the council had planned.",
				"Critics say the timetable is unrealistic. \"Nobody who has watched this council build anything believes that date,\" said one opposition councillor, who asked not to be named.",
				"What the plan includes",
				"Two lanes for cars and one for buses in each direction.",
				"A separate path for cyclists and people on foot.",
				"Work is due to start in the spring, once the last permits have been granted by the river authority.",
			},
			wantNot: []string{"cookies", "Politics", "Weather", "CommentMarker", "FooterMarker", "Privacy"},
			meta: Article{
				Title: "Mayor promises new bridge by 2026", Author: "Jane Doe", Date: "2022-01-08",
				Site: "The Daily Example", URL: "https://news.example.org/2022/01/08/bridge", Lang: "en",
				Description: "The mayor of Riverton said on Monday that a new bridge would open by 2026.",
			},
			minBlocks: 8,
			kinds:     map[int]string{0: loupe.BlockHeading, 1: loupe.BlockParagraph, 5: loupe.BlockListItem},
		},
		{
			file: "lettre.html", url: "https://gazette.example.fr/budget.html",
			want: []string{
				"Après trois heures de débat, le budget 2023 a été adopté mardi soir par vingt voix contre douze.",
				"Selon le maire, la hausse des dépenses serait «\u00a0entièrement financée\u00a0» par les économies réalisées sur l’éclairage public.\nL’opposition conteste ce chiffre et réclame un audit indépendant.",
				"« Ce budget ne tient pas debout », a déclaré la conseillère Anne Durand.",
			},
			wantNot: []string{"Accueil", "cookies", "J'accepte"},
			meta: Article{
				Title: "Le conseil municipal vote le budget", Author: "Marie Martin", Date: "2023-03-14",
				URL: "https://gazette.example.fr/budget.html", Lang: "fr-fr",
			},
			minBlocks: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a, err := extractFile(t, tt.file, tt.url)
			if err != nil {
				t.Fatal(err)
			}
			blocks := strings.Split(a.Text, "\n\n")
			for _, w := range tt.want {
				found := false
				for _, b := range blocks {
					found = found || b == w
				}
				if !found {
					t.Errorf("no block %q in\n%s", w, a.Text)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(a.Text, w) {
					t.Errorf("text holds %q:\n%s", w, a.Text)
				}
			}
			if len(a.Blocks) != len(blocks) || len(a.Blocks) < tt.minBlocks {
				t.Errorf("%d blocks, %d paragraphs in text, want ≥ %d", len(a.Blocks), len(blocks), tt.minBlocks)
			}
			txt := loupe.NewText(a.Text)
			for i, b := range a.Blocks {
				if !txt.Valid(b.Span) || i < len(blocks) && txt.Slice(b.Span) != blocks[i] {
					t.Errorf("block %d %v does not cover %q", i, b.Span, blocks[i])
				}
			}
			for i, k := range tt.kinds {
				if i < len(a.Blocks) && a.Blocks[i].Kind != k {
					t.Errorf("block %d kind %q, want %q", i, a.Blocks[i].Kind, k)
				}
			}
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", a.Title, tt.meta.Title)
			check("Author", a.Author, tt.meta.Author)
			check("Date", a.Date, tt.meta.Date)
			check("Site", a.Site, tt.meta.Site)
			check("URL", a.URL, tt.meta.URL)
			check("Lang", a.Lang, tt.meta.Lang)
			check("Description", a.Description, tt.meta.Description)
		})
	}
}

func TestHTMLNoText(t *testing.T) {
	for _, page := range []string{
		"",
		"<html><body></body></html>",
		"<p>   </p>",
	} {
		_, err := HTML(context.Background(), strings.NewReader(page), "")
		if !errors.Is(err, ErrNoText) {
			t.Errorf("HTML(%q) error = %v, want ErrNoText", page, err)
		}
	}
	if _, err := extractFile(t, "empty.html", ""); !errors.Is(err, ErrNoText) {
		t.Errorf("empty.html: error = %v, want ErrNoText", err)
	}
}

func TestHTMLCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := HTML(ctx, strings.NewReader("<p>x</p>"), ""); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

func TestRender(t *testing.T) {
	a, err := HTML(context.Background(), strings.NewReader(`<html><body><article>
<p>One  short
 paragraph<br><br>  with a break.</p><pre>  code
  kept</pre><table><tr><td>a</td><td>b</td></tr></table></article></body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(a.Text) {
		t.Fatal("invalid UTF-8")
	}
	for _, w := range []string{"One short paragraph\nwith a break.", "code kept", "a\tb"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("text %q lacks %q", a.Text, w)
		}
	}
}

// Same page, same article.
func TestHTMLDeterministic(t *testing.T) {
	a, _ := extractFile(t, "article.html", "")
	for range 3 {
		b, _ := extractFile(t, "article.html", "")
		if a.Text != b.Text || a.Date != b.Date || len(a.Blocks) != len(b.Blocks) {
			t.Fatal("extraction is not deterministic")
		}
	}
}
