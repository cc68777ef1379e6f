package techniques_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/techniques"
)

func ExampleFinder_Find() {
	f, err := techniques.New()
	if err != nil {
		panic(err)
	}
	text := "Mais dans l'intérêt de qui ferait-il cela ? Les gangs ont fui."
	t := loupe.NewText(text)
	found := f.Find(techniques.Input{
		Text:      t,
		Sentences: []loupe.Span{{Start: 0, End: 43}, {Start: 44, End: t.Len()}},
		Lang:      "fr",
	})
	for _, tc := range found {
		fmt.Printf("%s: %q\n", tc.Technique, t.Slice(tc.Span))
	}
	// Output:
	// Doubt: "dans l'intérêt de qui ferait-il cela ?"
	// Name_Calling-Labeling: "Les gangs"
}
