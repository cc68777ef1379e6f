// Package worthy scores a claim's check-worthiness: how much a fact-checker
// would want it checked, by the ClaimBuster / CLEF CheckThat! definition (a
// factual, verifiable statement of public interest; not a question,
// prediction, opinion or personal experience). Score gives a probability-
// like number in [0,1] and the two to four features that weigh most towards
// the decision; Threshold gives the decision threshold tuned for a language.
//
// # Method
//
// Two logistic regressions with L2 penalties, fitted by L-BFGS (train.go,
// plain Go, deterministic), on CLEF CheckThat! 2024 task 1 English
// (ClaimBuster sentences from US presidential debates, 22,501 examples):
//
//   - the full model, for English, over every feature below, with the
//     hashed word and character n-grams (2^18 buckets);
//   - the neutral model, over the language-independent features only; it
//     scores every other language.
//
// How the configuration and the English threshold are chosen (train/):
// dev.tsv comes from the same debates as train.tsv, so it flatters a model
// that learns those debates (F1 about 0.90 there, about 0.67 on unseen
// debates). The trainer therefore cross-validates on train.tsv in 5 blocks
// of consecutive Sentence_ids: ClaimBuster numbers sentences in debate
// order, so each block holds whole debates (1960 to 2016) that its model
// has not seen, as dev-test's debates are unseen. The objective at a
// threshold is the mean over the blocks of the Yes-class F1, among the
// thresholds where ct25-en-subjectivity (news sentences, scored by the
// mean logit of the block models, no statuses) keeps an F1 of 0.69 or
// more (its test floor, 0.68, and a margin). The grid: L2 penalty 3e-5 or
// 1e-4, neutral-model mix 0 or 0.2 (a Yes example weighs 2 in the full
// model, 1.5 in the neutral one). Chosen: penalty 3e-5, mix 0.2,
// threshold 0.42 (blocks' mean F1 0.676; ct25-en 0.691, the constraint
// binds). dev.tsv is only reported; dev-test.tsv is never used to choose.
//
// Explored on the same cross-validation and left out, as none moved the
// blocks' mean F1 beyond its noise (0.674 to 0.678 at each's best
// threshold): penalties 3e-5 to 1e-3 (3e-4 and up lose 0.01 to 0.03);
// 2^20 buckets; no character n-grams (-0.01); word trigrams; bigrams with
// capitalised names folded to one token; NB-SVM scaling of the n-grams
// (Wang and Manning 2012); the neutral model mixed at 0.4 (-0.01); a Yes
// weight of 3.2 (balanced). The newest block (2008-2016 debates) is scored
// lower than the others (its best threshold is about 0.3; recall falls at
// the common one), a drift that dev-test's low recall suggests too;
// weighting recent debates more in training did not help. A lower English
// threshold would serve such debates but costs ct25-en more than its floor
// allows.
//
// # Features
//
//   - numbers and what they are: any, several, a year, a percentage ("%",
//     "percent", "pour cent"), money ("$", "€", "dollars"), large (≥ 1000
//     or "4 billion"), decimal; numbers in words;
//   - form: length in tokens (5 bins), capitalised words not opening the
//     sentence (0/1/2/3+), a word in capitals, "?" anywhere and at the end,
//     "!", quotation marks, colon, brackets, dash, ellipsis, emoji, link,
//     hashtag, @mention;
//   - 26 word classes from lang/*.txt (first person singular and plural,
//     second and third person, modal, conditional, future, condition,
//     opinion, hedge, booster, reporting verb, negation, comparative or
//     change, superlative or record, quantity, number word, currency,
//     percent word, time expression, past action, public-policy topic,
//     personal life, conversational word, vague quantity, question word),
//     each as "present", "twice or more" and "opens the sentence";
//   - the status: the caller's, else a rough one guessed from the same cue
//     classes with SPEC.md's precedence (a "?" at the end, then reporting,
//     then future/conditional/condition, hedge, opinion, else asserted); the
//     training data has none, so the weights are learned on the guess;
//   - five conjunctions (number and asserted, number and third person, name
//     and past action, first person and opinion, number and first person);
//   - English only: hashed word unigrams and bigrams (numbers folded to
//     <num>, <year>, <pct>, <money>) and character 3- to 5-grams of words,
//     each group scaled by 1/sqrt(its count). TrainConfig also offers
//     word trigrams, bigrams with names folded and NB-SVM scaling, all off
//     in the shipped model (see Method).
//
// When the caller gives a status, a logit offset follows the annotators'
// convention that questions, opinions and speculation (a reported
// prediction included) are rarely check-worthy: -2 for question, opinion
// and speculative, -1 for hedged (chosen on ct25-en with its gold statuses,
// checked on the odd half of ct25-fra).
//
// # French and other languages
//
// There is no French training data, so French is served by design: the
// neutral model's features are defined over language-neutral classes, and
// each language fills the classes with its own words in lang/<code>.txt
// (same [section] names; a "-" entry is a word ending, such as the French
// conditional "-rait"; [elision] lists "l'", "qu'" … split off the next
// word). The English-trained weight of "reporting verb" or "first person"
// then applies to "selon" or "je". Numbers, percentages, money, years,
// capitals and punctuation need no word list. Raw n-grams stay English-only.
// Adding a language is adding lang/<code>.txt (a language without a file
// gets the form features only); the French threshold is tuned on the odd
// documents of ct25-fra-train. A language gets n-gram features only when
// training data in it is added and listed in TrainConfig.NgramLangs.
//
// # How well
//
// F1 of the check-worthy class at the model's thresholds (en 0.42, fr
// 0.29), P/R/F1:
//
//	CT24 train, grouped 5-fold CV (choosing)   mean F1 0.676 (blocks 0.685 0.666 0.721 0.679 0.630)
//	CT24 dev (same debates as train; check)   1032 sents  P 0.854  R 0.937  F1 0.894
//	CT24 dev-test (looked at once)             318 sents  P 0.860  R 0.685  F1 0.763
//	ct25-en-subjectivity (constraint)          269 sents  P 0.563  R 0.874  F1 0.685
//	  same, gold statuses given                           P 0.682  R 0.839  F1 0.753
//	ct25-fra-train odd (tuning)                146 sents  P 0.806  R 0.862  F1 0.833
//	ct25-fra-train even (check)                117 sents  P 0.719  R 0.868  F1 0.786
//	  odd / even, gold statuses given                     F1 0.895 / 0.860
//
// The previous model (penalty 1e-4, Yes weight 1.5, threshold 0.44 chosen
// on dev.tsv with ct25-en) had dev-test P 0.895 R 0.630 F1 0.739 and
// ct25-en 0.706: the grouped cross-validation moved the threshold down,
// for recall on unseen debates, at a small cost on ct25-en.
//
// For scale, on the hidden CT24 test split: untuned TF-IDF with logistic
// regression 0.61, best system 0.80; a tuned linear baseline reaches about
// 0.75 on dev-test. The target of 0.80 on dev-test and on ct25-en is not
// reached: across unseen debates a linear model of words, character
// n-grams and cue classes levels off near 0.68 F1 whatever its settings,
// dev-test recall stays low (its debates are later than train's), and
// ct25-en's annotators mark as not worth checking many general statements
// about policy that the debate-trained model likes, which keeps the
// threshold from going lower. With statuses from the claims stage the
// numbers sit between the "no status" and "gold statuses" rows.
//
// Measured with
//
//	go run ./internal/worthy/train -data ../shared/data/checkworthiness-en -o internal/worthy/model/
//	go test ./internal/worthy -run Floor -v
//
// (add -devtest to the trainer to print dev-test too). The trainer (4
// configurations, each cross-validated in 5 fits two at a time, then the
// final fit and the report) took 85 s on 2 shared CPUs; one fit about
// 15 s. Score takes 3.2 to 3.6 µs a sentence (BenchmarkScore, 3
// allocations, for the reasons); New takes 2.3 ms. The model file,
// model/worthy.bin, is 1.05 MB: a JSON header (neutral weights,
// thresholds, priors) then 2^18 float32 weights.
//
// It does not look at context (the previous sentence, the speaker), and it
// does not split a sentence into claims: the claims stage does.
package worthy
