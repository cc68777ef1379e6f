// Package eval scores Loupe's dossiers against hand-annotated gold files
// (SPEC.md, "Gold format" and "Scoring"); it is the work behind `loupe eval`.
//
// # Gold files
//
// LoadFile reads NAME.gold.json (one document, its text in "text" or in a
// "text_file" relative to the gold file) or NAME.gold.jsonl (one document a
// line). Every span is resolved to code-point offsets into the text, end
// exclusive, as the dossier's are:
//
//   - "start"/"end" are taken as they are (and must lie inside the text);
//   - an anchor is an exact, case-sensitive substring of the text once every
//     run of white space (unicode.IsSpace: spaces, tabs, newlines, no-break
//     spaces…) is folded to one space, in the text and in the anchor, and the
//     anchor is trimmed. The match is mapped back to the original text, so a
//     span may cover a newline or several spaces the anchor wrote as one;
//   - sentence anchors ("text") are found in order, each search starting at
//     the end of the previous sentence; a sentence's cues, source and claims
//     are searched within the sentence (claims in order, then anywhere in it;
//     a claim's source anywhere in its sentence);
//   - an entity's surface string means every whole-word occurrence (no
//     letter, digit or mark on either side) that does not lie inside an
//     occurrence of a longer surface listed in the same document;
//   - quantity and technique anchors mean their first occurrence in the text.
//
// A document with an anchor that cannot be found, a span outside the text or
// a status or source kind that is not SPEC's is left out, and every problem
// is reported as an *Error naming the file, line, document id and the entry
// ("sentences[3].cues[0]: eval: anchor not found: \"…\"").
//
// # Metrics
//
// Score compares one prediction with one gold document; Scores add up over
// documents and files, so every F1 is micro-averaged (counts are summed, then
// divided). A layer the gold does not annotate (no "sentences", "entities",
// "quantities" or "techniques" key) is not scored; a score with nothing to
// count is undefined (NaN, null in JSON, "-" in text). F1 = 2TP/(2TP+FP+FN).
//
//   - Sentences: a predicted sentence is right when its span, trimmed of
//     white space at both ends, equals a trimmed gold sentence; P/R/F1 over
//     the two sets of spans. Sentence ends, for information: the same over
//     the sets of trimmed end offsets.
//   - Claim status: the scored units are the gold claims of a sentence that
//     has "claims", else the sentence itself; units with a null or missing
//     status are skipped. Each unit is matched to the predicted claim that
//     overlaps it most (ties: the one whose span differs least, then the
//     first); with none it counts as predicted "none". Accuracy is right/units;
//     the confusion matrix counts gold × predicted status; per status,
//     one-against-the-rest P/R/F1; macro-F1 is the mean F1 of the six
//     statuses that occur in the gold or the prediction.
//   - Check-worthiness, per gold sentence: the gold label is the sentence's
//     "checkworthy", or when null and it has claims, true if any claim is
//     check-worthy, false if some claim is labelled and none is; null is not
//     scored. The prediction is positive when a predicted claim that lies
//     more than half inside the sentence (overlap > half the claim's length)
//     is check-worthy. P/R/F1 of the positive class.
//   - Source kind: accuracy over the scored units whose gold status is
//     "reported" and that have a source_kind, against the matched claim's
//     source kind (no claim or no source: wrong).
//   - Entities: a predicted entity matches a gold entity of the same type
//     (case-insensitive) when they share a mention span exactly; pairs are
//     taken one to one, most shared mentions first. TP = matched pairs,
//     FP = other predicted entities, FN = other gold entities (gold entities
//     without any mention are not scored). Names and keys are not scored.
//     Alias groups kept whole: among gold entities whose mentions show at
//     least two distinct surfaces, the share whose mention spans all belong
//     to one predicted entity.
//   - Quantities: a gold and a predicted quantity match one to one when their
//     spans are equal, approx is equal and the values are equal (relative
//     1e-9; a null gold value is not compared). Quantity spans, for
//     information: the same on spans only.
//   - Techniques: for each gold sentence, the set of labels of gold
//     techniques overlapping it against the set of labels of predicted
//     techniques overlapping it; TP/FP/FN summed over sentences (micro-F1).
//   - Meta: for each of lang, byline, url, site, genre (its label) and elided
//     that the gold's "meta" gives (not null), right when the predicted value
//     equals it after trimming white space. The top-level "lang" and "url" of
//     a document are input, offered to the analyser (GoldDoc.Lang, URL), and
//     are not scored.
//
// # Running
//
// Run loads gold files (folders are walked), calls an Analyzer for each
// document and sums the scores per file and overall; failures (unreadable
// files, unresolved anchors, analysis errors, a dossier whose text is not
// the gold text) are collected in Report.Errors and the run goes on.
// Agreement scores one annotator's files against another's, matching
// documents by id, through DossierFromGold, which turns a gold document into
// the dossier that agrees with it: a gold file scored against itself gets 1
// on every metric. Report.WriteText prints aligned tables per file and
// overall with the status confusion matrix; Report.WriteJSON (or
// json.Marshal) gives a stable object of format "loupe.eval/1".
//
// The package does not judge names, entity keys, cues, units, quantity kinds
// or technique spans beyond their overlap with sentences.
package eval
