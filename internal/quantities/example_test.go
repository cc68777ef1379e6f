package quantities_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/loupe"
	"github.com/loupe-news/loupe/internal/quantities"
)

func ExampleFinder_Find() {
	f, err := quantities.New()
	if err != nil {
		panic(err)
	}
	text := loupe.NewText("Selon la police, environ 12\u00a0000 manifestants ont défilé, soit 3,5 % de plus qu'en 2019.")
	for _, q := range f.Find(text, nil, "fr") {
		fmt.Printf("%s %q %g approx=%v %s %s\n", q.ID, text.Slice(q.Span), q.Value, q.Approx, q.Unit, q.Kind)
	}
	// Output:
	// q1 "environ 12\u00a0000 manifestants" 12000 approx=true manifestants count
	// q2 "3,5 %" 3.5 approx=false % percent
}
