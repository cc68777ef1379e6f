package genre_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/genre"
	"github.com/loupe-news/loupe/internal/loupe"
)

func ExampleClassify() {
	text := "Area man confirms he has finally read the terms and conditions.\nAt press time, he was reading them again."
	g := genre.Classify(genre.Input{Text: loupe.NewText(text), Lang: "en"})
	fmt.Println(g.Label, g.Score)
	// Output:
	// satire 0.8
}
