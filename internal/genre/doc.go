// Package genre labels an article opinion, reporting or satire (the
// dossier's meta.genre), with a score in [0, 1] and a why that lists each
// reason with its number and its weight in the decision.
//
// # Method
//
// The measures (Features) are taken in the author's own voice: words inside
// quotations (« », “ ”, "…") and interview answers (lines opened by "R. :",
// "A:" … after at least two question lines, lang/common.txt) belong to the
// people quoted. A quotation that opens the text and covers more than half of
// it wraps a republished article and is not counted as speech.
//
//   - first-person words per 100 words (lang/*.txt [first_person]);
//   - evaluative and prescriptive words per 100 words ([evaluative]);
//   - shares of the claims (from the claims stage) that are opinion, hedged,
//     speculative, or questions in the author's voice (rhetorical);
//   - share of reported claims, attribution cues per sentence, share of the
//     text quoted, number of quotations of four words or more;
//   - '!' and booster cues per sentence; an opinion section in the URL path
//     (/opinion/, /tribune/, /idees/ …, common.txt [opinion_path]); an
//     opinion label opening the headline before a colon ("Editorial:",
//     "Review:", « Tribune : », « Chronique : », common.txt
//     [opinion_label]), weighed like the URL's section: both are the
//     publisher's own word for the genre.
//
// P(opinion) = σ(bias + Σ weight × feature), weights in genre.go. They were
// set by hand, each so that a typical value moves the log-odds by about one
// (2.5 first-person words per 100 → +1.5; half the claims reported → −1.5),
// then adjusted on the development half of the project corpus (texts 01–11
// and 23–33) and the dev article: the bias from −2 to −1.5 (two editorials
// sat just under 0.5), speculative claims and boosters added (the dev
// article's own voice speculates and asserts with "bien sûr"). With 22
// development texts a fitted regression would only fit them; hand weights
// stay readable.
//
// Satire is decided first, on textual cues only (lang/*.txt [satire], with
// weights: "at press time", "area man", "à l'heure où nous mettons sous
// presse", "selon nos informations exclusives", "c'est une première
// mondiale", "visiblement épuisé" …; plus one computed cue, a word of five
// letters or more repeated three times in one sentence, the recursive
// escalation parody lives on). A text is satire when the weights sum to
// SatireMin (2) or more, so one stock phrase ("a local man") is never
// enough: precision first. Names of satirical sites are out of scope (see
// package reputation, whose OpenSources list tags some sites "satire").
// Score: s/(s+1) for satire cue weight s, else P(opinion) or 1 − P(opinion).
//
// # How well
//
//	go test -run Corpus -v ./internal/genre           # add -args -genre.table for every text
//
// With the claims of analyze.New, on the 44 texts of 2026-11-27:
// development half 21/22 (0.955; the miss is 08, a rumour post in the
// first person with "!!!" that the gold calls reporting), held-out half
// (12–22, 34–44) 22/22 (1.000), dev article (kazakhstan-rebellion.fr)
// opinion, P(opinion) 0.62. The 16 opinion-rich texts added on 2026-11-28
// (45–60, halves by eval.DevelopText) bring both halves to 27/30 (0.900):
// five of their opinion pieces (two columns, an editorial, a book review
// and a chronique) come out reporting, their opinions being implicit (few
// evaluative words, no first person). Gold → predicted over all 61: opinion→opinion
// 16, opinion→reporting 5, reporting→reporting 37, reporting→opinion 1,
// satire→satire 2. The two articles written for the tests
// (testdata/wire-port-strike.en.txt, testdata/satire-mairie-reunion.fr.txt)
// come out reporting and satire; the satirical one was written by the same
// hand as the cue list, so it shows the mechanism, not its recall. The
// corpus has two satire texts: satire recall is not measured in any useful
// sense; cues were chosen so that none fires on the 42 other texts.
//
// The headline label (added 2026-11-28) turns two of them to opinion (54,
// "Review: …", and the training text 125, "Editorial: …"); no other text
// changes. On the 42 training texts (testdata/corpus/train, 12 opinion
// pieces; loupe eval's meta genre): 35/42, up from 34/42; the misses are
// editorials and threads whose opinions are implicit, and two interviews
// called opinion.
//
// Cost: go test -run XXX -bench Classify ./internal/genre — 0.27 ms and
// 199 allocations for the dev article (3.9 KB) once its dossier is built,
// on one AMD EPYC core.
//
// # Not done
//
// Only fr and en carry cues; other languages rest on claim statuses,
// quotations and punctuation. No genre below the article (a quoted opinion
// in a report stays reporting); no review, analysis or interview labels
// beyond the three of SPEC.
package genre
