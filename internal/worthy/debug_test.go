package worthy_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/loupe-news/loupe/internal/worthy/evalset"
)

func TestDebugDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	m := model(t)
	s, _ := evalset.ReadGold(f)
	for _, x := range s {
		c := x.Claim
		st := c.Status
		c.Status = ""
		p, why := m.Score(c)
		pred := p >= m.Threshold(c.Lang)
		if pred != x.Yes {
			fmt.Printf("%v gold=%v p=%.2f [%s] %v | %.200s\n", map[bool]string{true: "FP", false: "FN"}[pred], x.Yes, p, st, why, c.Text)
		}
	}
}
