package subjective_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/subjective"
)

func Example() {
	m, err := subjective.New()
	if err != nil {
		panic(err)
	}
	for _, s := range []string{
		"The bridge reopened to traffic on Monday morning.",
		"Reopening the bridge before it is repaired would be a disgrace, and the mayor should say so.",
	} {
		fmt.Println(m.Opinion("en", s) >= 0.5, s)
	}
	fmt.Println(m.Opinion("xx", "?"))
	// Output:
	// false The bridge reopened to traffic on Monday morning.
	// true Reopening the bridge before it is repaired would be a disgrace, and the mayor should say so.
	// -1
}
