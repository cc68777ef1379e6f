// Package segment recovers an article's structure from its plain text without
// changing a character: paragraphs, headings and list items, sentences, a
// trailing byline and URL line, elision markers ("[...]", "(…)", rows of dots)
// and quotation marks wrapping the whole text. Everything comes back as spans
// (code points into the text, SPEC.md).
//
// # How
//
// Lines are classified first: blank, trailer (URL line and the byline next to
// it), elision rows, list items. Each line break between two body lines is
// then decided from the line's end and the next line's start: a break after an
// end mark is an ordinary space between sentences; a line ending in ":" joins
// the next (a label such as "RDC :"); a next line in lower case, a line ending
// in a comma or a function word ("de", "the") is a wrap; and in a hard-wrapped
// text (its width measured from the lines that plainly run on) a line is a
// wrap when the next word would not have fitted on it. The rest are breaks:
// headings, short lines of a social post.
//
// Inside a block, a sentence ends at a run of end marks (. ! ? … and their
// CJK and Arabic forms), with closing quotes and brackets, before white space
// and a word that may open a sentence. A dot after an abbreviation (per-language
// data: "M.", "Mme", "Dr", "janv.", "U.S.", "p. ex.") or an initial ("J. R. R.
// Tolkien") ends a sentence only before a common sentence starter ("The",
// "Le"); "?" and "!" inside quotation marks followed by lower case ("« Qui ? »
// demanda-t-il") do not end one; numbers (20 000, 3,5, 1.5) never break. Social
// posts add three rules: a run of words in capitals followed by words in
// ordinary case is a headline of its own ("INCONSTITUTIONNEL Les candidats");
// a capitalised subject pronoun after a lower-case word opens a new clause
// ("…à votre charge Je comprends"); emoji, trailing links, hashtags and
// handles after the last word are left out of the sentence, and a line of only
// those is no sentence.
//
// Language knowledge is data: lang/common.txt and one file per language
// (lang/fr.txt, lang/en.txt) with sections [title], [abbrev], [starter],
// [nonfinal], [byline], [clause]. Adding a language is adding a file; a
// language without one uses the union of all files.
//
// # How well
//
// Sentence spans (exact start and end), measured with
// `loupe eval GOLD` (SPEC.md scoring):
//
//	../shared/corpus/dev/kazakhstan-rebellion.fr.gold.json   F1 1.000 (31 sentences)
//	../shared/corpus/dev/ct25-fra-train.gold.jsonl           F1 0.952 (263; boundary positions 0.983)
//	../shared/corpus/dev/ct25-en-subjectivity.gold.jsonl     F1 0.994 (271; boundary positions 0.998)
//	testdata/corpus/project (44 texts written for the project): see README.md
//
// # What it does not do
//
// It does not split run-on text where nothing marks the new sentence but its
// meaning ("D'après une source fiable Une Dominicaine…" is kept whole by the
// annotators, "A bas la langue coloniale A bas le néocolonialisme" is not
// split by us), nor recover line breaks a post lost ("FranceUn horrible").
// The segmenter is written by hand: Unicode's sentence rules (UAX #29, as in
// github.com/clipperhouse/uax29) know no abbreviations, no hard-wrapped
// lines and no social-post conventions, which are most of the work here.
package segment
