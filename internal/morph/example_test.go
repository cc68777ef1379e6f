package morph_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/morph"
)

func ExampleLexicon_Verb() {
	lex, err := morph.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range []string{"aurait", "seraient", "finira", "n’aurait", "jamais"} {
		f, ok := lex.Verb("fr", w)
		if !ok {
			fmt.Println(w, "-")
			continue
		}
		fmt.Println(w, f.Infinitive, f.Mood, f.Persons)
	}
	// Output:
	// aurait avoir cond 3sg
	// seraient être cond 3pl
	// finira finir futu 3sg
	// n’aurait avoir cond 3sg
	// jamais -
}
