package eval_test

import (
	"fmt"

	"github.com/loupe-news/loupe/internal/eval"
)

func ExampleScore() {
	docs, errs := eval.Parse([]byte(`{"format": "gold/1", "id": "ex",
	 "text": "Paris is big.\nSome say Lyon\nis bigger.",
	 "sentences": [{"text": "Paris is big.", "status": "asserted", "checkworthy": false},
	               {"text": "Some say Lyon is bigger.", "status": "reported", "source_kind": "vague"}]}`), "ex.gold.json")
	if len(errs) > 0 {
		fmt.Println(errs)
		return
	}
	g := docs[0]
	fmt.Println(g.Sentences[1].Span) // the anchor spans the newline

	d := eval.DossierFromGold(g)
	d.Claims[1].Status = "asserted" // a wrong prediction
	s := eval.Score(g, d)
	st := s.Status()
	fmt.Printf("sentences F1 %.2f, status %d/%d, macro-F1 %.2f\n", s.Sentences.F1(), st.Right, st.Total, s.StatusMacroF1())
	// Output:
	// {14 38}
	// sentences F1 1.00, status 1/2, macro-F1 0.33
}
