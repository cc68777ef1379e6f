// Package claims gives every sentence of an article a claim: how firmly the
// text commits to it (SPEC.md's six statuses), the cues that say so, whose
// word it rests on, and whether a fact-checker should check it.
//
// This is the first pass, rules over per-language cue lexicons
// (lang/fr.txt, lang/en.txt; one phrase a line, "*" for a prefix or suffix):
//   - question: the sentence's last end mark is "?" outside quotation marks;
//   - reported: an attribution marker ("selon", "according to") or verb
//     ("a déclaré", "said"), the French journalistic conditional recognised by
//     its ending (-rait, -raient) where nothing marks a hypothesis, or a
//     sentence inside a quotation opened in an earlier sentence;
//   - speculative: a modal or future ("pourrait", "could", "will"), or a
//     conditional with "si"/"if";
//   - hedged: "semble", "apparemment", "seems", "probably";
//   - opinion: evaluative or prescriptive words ("il faut", "should");
//   - asserted otherwise; boosters and negations are listed as cues.
//
// The source of a reported claim is the phrase after "selon"/"according to",
// or the words before an attribution verb; it is vague when it opens with an
// indefinite ("certains", "some", "officials"), unnamed when there is none.
// Check-worthiness is a hand-set logistic score over a few signals (numbers,
// proper names, length, status, first person), with its reasons in Why.
//
// How well (loupe eval, status macro-F1 / check-worthiness F1):
// kazakhstan-rebellion.fr 0.83 / 0.95; ct25-fra-train 0.57 / 0.85;
// ct25-en-subjectivity 0.62 / 0.59. The claims issue replaces this pass with
// clause-level claims, a morphological conditional and a learned
// check-worthiness model; it does not yet split sentences into clauses.
package claims
