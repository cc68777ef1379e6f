package entities_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/entities"
	"github.com/loupe-news/loupe/internal/loupe"
)

func ExampleRecognizer_Find() {
	r, err := entities.New()
	if err != nil {
		panic(err)
	}
	t := loupe.NewText("La Turquie est membre de l’OTAN. Le président Erdogan a rencontré des diplomates russes à Kiev.")
	for _, e := range r.Find(t, nil, "fr") {
		fmt.Println(e.ID, e.Type, e.Key, t.Slice(e.Mentions[0]))
	}
	// Output:
	// e1 LOC iso3166:TR Turquie
	// e2 ORG wikidata:Q7184 OTAN
	// e3 PER wikidata:Q39259 Erdogan
	// e4 MISC iso3166:RU russes
	// e5 LOC wikidata:Q1899 Kiev
}
