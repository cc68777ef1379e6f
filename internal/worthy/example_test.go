package worthy_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/worthy"
)

func Example() {
	m, err := worthy.New()
	if err != nil {
		panic(err)
	}
	for _, c := range []worthy.Claim{
		{Text: "Unemployment rose to 8.5 percent last year, the highest rate since 1983.", Lang: "en"},
		{Text: "Je pense que c'est une très mauvaise idée.", Lang: "fr", Status: "opinion"},
	} {
		p, why := m.Score(c)
		fmt.Println(p >= m.Threshold(c.Lang), why)
	}
	// Output:
	// true [a number a percentage a decimal number quantity word]
	// false [status opinion first person (I) several: opinion word short]
}
