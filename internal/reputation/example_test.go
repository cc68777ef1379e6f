package reputation_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/reputation"
)

func ExampleIndex_Match() {
	ix, err := reputation.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range ix.Match("https://lesakerfrancophone.fr/les-mysteres-derriere-la-rebellion-ratee-au-kazakhstan", "") {
		fmt.Printf("%s: %s (%s) rating %.3f, %s\n", m.List, m.Domain, m.Match, m.Rating, m.Date)
	}
	// Output:
	// Lin et al. (2023) domain quality (pc1): lesakerfrancophone.fr (host) rating 0.397, 2023
}
