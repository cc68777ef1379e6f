// Package quantities finds the numbers of an article that count or measure
// something (SPEC.md, "quantities"; ANNOTATION.md section 9): 20 000 written
// with a space, a no-break or a narrow no-break space, 20,000, the French
// 20.000 and 3,5, 1.5, "1,5 million", "2,5 millions d'euros", "$1.5 billion",
// "12 %", "60.2%", "45 pour cent", "44 percent", numbers in words ("vingt et
// un", "quatre-vingt-dix", "Forty-six"), approximate nouns ("une
// cinquantaine de rebelles", "a dozen"), bound and approximation markers
// ("environ", "plus de", "jusqu'à", "about", "up to", "an estimated"), and
// estimates whose marker stays outside the span ("estimée à 20 000
// personnes" is approximate). Each quantity's span covers the marker, the
// number and the counted noun or unit; Value is the number (percentages as
// written: 12 for "12 %"); Unit the noun as written, "%", or the currency
// word ("$" gives "dollars"); Kind count, percent, money or measure
// (units and durations). Ranges are two quantities; a bare number in a range
// or tally takes its partner's unit ("312 voix contre 204").
//
// Language knowledge is data: lang/fr.txt and lang/en.txt (lexicon format,
// sections described at the top of fr.txt). Adding a language is adding a
// file; a language without one is read with the English file.
//
// # How well
//
// Quantity F1 on (span, value, approx) with the project's scorer
// (eval.Score), one sentence covering each text, measured 2026-11-28 by
//
//	go test ./internal/quantities -run TestEvaluate -v
//
//	set                                    P      R      F1
//	dev/kazakhstan-rebellion.fr (3)        1.000  1.000  1.000
//	project, developing half (152)         0.902  0.908  0.905
//	project, held-out half (140)           0.866  0.921  0.893
//	project, all 60 texts (292)            0.884  0.914  0.899
//	ct25-fra-train, odd lines (dev)        0.973  1.000  0.986
//	ct25-fra-train, even lines             0.895  0.944  0.919
//	ct25-en-subjectivity, odd lines (dev)  0.714  0.667  0.690
//	ct25-en-subjectivity, even lines       0.676  0.641  0.658
//
// The halves are eval.DevelopText's. The project set grew from 44 to 60
// texts on 2026-11-28 (opinion-rich writing, 45–60); on the 44 texts the
// figures were 0.963 (developing half), 0.921 (held out) and 0.942 (all).
// Measured before any change for them, the 16 new texts scored 0.765
// (P 0.756, R 0.775); then "two dozen" (a multiplier) and « proche de »
// (an approximation) were added. Their remaining misses are conventions:
// a rate's period inside the span ("£1,849 a year"), bare number words
// ("seven", "Three!"), compounds ("six-paragraph story").
//
// TestQualityFloor pins floors a little under these. The English
// CheckThat! set is low mostly because its annotators left bound markers
// outside the span while marking the number approximate ("About 5,500
// teachers" → "5,500 teachers"), against the corpus conventions this package
// follows, and because it annotates fractions ("a third", "one-fifth"),
// which ANNOTATION.md excludes. `-quantities.errors` lists every miss.
// Find takes 65–110 µs on the dev article (BenchmarkFind, noisy shared
// 2-core machine).
//
// # Years and dates
//
// SPEC allows kinds year and date, but the gold does not annotate years or
// dates, and eval.Score counts every predicted quantity that matches no gold
// one as a false positive, whatever its kind. So years (four digits from 1800
// to 2100 with no unit, currency or percent), dates ("19 juin", "Jan. 5",
// "1er août") are left out of the output rather than typed; KindYear and
// KindDate are defined for callers that type them elsewhere.
//
// # What it does not do
//
// Not quantities, by the conventions: times of day ("10 h 30", "9 a.m.",
// "2:11:53"), ordinals ("1er", "3rd", "troisième"), relative time ("il y a
// trois jours", "two days ago"), vague plurals ("des centaines", "dozens"),
// identifiers ("article 49.3", "Route 9", "COVID-19", "S&P 500", list
// numbers "1)", "2/"), scores ("2-1"), numbers inside links, hashtags and
// handles, the article "un"/"a". Known gaps: a number word standing alone
// without its noun ("dont deux avec sursis", "twenty-two with") is dropped,
// as are "one" and "neuf" without a unit (too often a pronoun or an
// adjective); fractions and ratios are not read; a noun that is not next to
// the number ("9,320 of them") is not found, so Unit stays empty; English
// noun phrases are cut by a plural-ending heuristic; the sentences passed to
// Find are not used, since a quantity never runs over punctuation.
package quantities
