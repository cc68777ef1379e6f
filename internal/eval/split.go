package eval

// DevelopText reports whether the project's annotated text number n
// (testdata/corpus/project/NN-…) belongs to the half that rules may be
// developed on; the other half is held out to check them. Texts 01–11
// and 23–33 develop and 12–22 and 34–44 check (French and English alike);
// of the texts added on 2026-11-28 (45–60, opinion-rich writing), the odd
// numbers develop and the even ones check; so do testdata/corpus/posts'
// English social posts (61–70).
func DevelopText(n int) bool {
	switch {
	case n >= 45:
		return n%2 == 1
	default:
		return n >= 1 && n <= 11 || n >= 23 && n <= 33
	}
}
