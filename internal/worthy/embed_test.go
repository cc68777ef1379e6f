package worthy

import "testing"

func TestVectors(t *testing.T) {
	v, err := englishVectors()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.index) != 30000 || v.dim != 100 {
		t.Fatalf("%d words of %d dimensions", len(v.index), v.dim)
	}
	words := func(w string) []string {
		var out []string
		v.lookup([]byte(w), func(i int32) {
			for k, j := range v.index {
				if j == i {
					out = append(out, k)
				}
			}
		})
		return out
	}
	for w, want := range map[string]string{
		"the": "[the]", "don't": "[do not]", "can't": "[can not]", "won't": "[will not]",
		"we've": "[we have]", "long-term": "[long-term]", "tax-cutting": "[tax cutting]", "qzxv": "[]", "it's": "[it]",
	} {
		if got := words(w); fmtList(got) != want {
			t.Errorf("%q: %v, want %s", w, got, want)
		}
	}
	s := new(scratch)
	out := make([]float32, 200)
	for _, tc := range []struct {
		text string
		mode int
		zero bool
	}{{"", embMean, true}, {"1,000 42", embSIF, true}, {"Taxes rose", embMean, false}, {"Taxes rose", embMeanMax, false}} {
		s.t.run(tc.text, nil)
		v.pool(s, tc.mode, 2, out[:embDims(tc.mode, 100)])
		var n float32
		for _, x := range out[:100] {
			n += x * x
		}
		if tc.zero && n != 0 || !tc.zero && (n < 3.99 || n > 4.01) {
			t.Errorf("%q mode %d: squared length %v", tc.text, tc.mode, n)
		}
	}
}

func fmtList(s []string) string {
	out := "["
	for i, w := range s {
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out + "]"
}
