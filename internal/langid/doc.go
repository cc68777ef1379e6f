// Package langid identifies an article's language among fr, en, de, es, it,
// pt, nl, pl, ru, uk, ar and tr, with a confidence in [0, 1].
//
// It uses github.com/abadojack/whatlanggo (MIT; trigram profiles) restricted to
// those 12 languages, on the first 200 code points of the text from its first
// letter (cut at a word boundary), and corrects it with letters that only one
// of the languages has (letters.txt: і ї є ґ for Ukrainian, ы э ъ ё for
// Russian, ł ą ę for Polish, ı ğ ş for Turkish, …), then with function
// words (function.txt: the, of, und, les, que…): when another language of the
// same script has at least two more of them in the sample than the choice so
// far, it wins. When the function words alone make the language plain (at
// least 6 of one language, twice and 4 more than any other's), the trigram
// model is not run at all: most articles take that path. Short sentences
// are where trigrams fail ("I want to leave money in your pocket." read as
// French, "We have to have nuclear power." as Portuguese) and where function
// words are the surest evidence; on long text the two agree. `analyze
// --lang` overrides it.
//
// # Why this library
//
// Measured on testdata/langid (written for the project: 480 short posts of
// 3–12 words and 96 paragraphs, 40 and 8 per language; 96 articles of 5 KB
// made by joining them), on this 2-core machine under load, 2026-11-27:
//
//	                         short posts  paragraphs  5 KB   time/5 KB article     heap     binary
//	whatlanggo (12 langs)      94.0 %      100 %      99.0 %  3.4–4.0 ms (whole)     +0 MB    +0.47 MB
//	  first 200 code points      –           –        100 %   0.28 ms               +0 MB
//	lingua-go high accuracy    99.8 %      100 %      100 %   9–11 ms (whole)       250 MB   +131 MB
//	lingua-go low accuracy     99.0 %      100 %      100 %   12–13 ms (whole)       12 MB   +131 MB
//
// lingua-go is the more accurate on short posts but embeds the models of all
// its 75 languages (+131 MB to the binary whatever languages are chosen),
// needs 250 MB of heap and seconds of loading in high-accuracy mode, and takes
// milliseconds per article: it does not fit a laptop binary with a 2 ms
// dossier. whatlanggo on a prefix fits the budget; the letter rule lifts
// short-post accuracy from 94.0 % to 96.3 % (ru/uk confusions gone).
//
// This package, as shipped (go test -v -run Accuracy ./internal/langid;
// go test -bench . ./internal/langid):
//
//	short posts 96.9 % (465/480), paragraphs 100 % (96/96),
//	2.4–2.7 µs and 2 allocations per detection of a 5 KB article
//	(0.31–0.33 ms and 625 allocations when the trigram model ran on every
//	text).
//
// On real short texts of ../shared (go test -v -run Shared ./internal/langid),
// before and after the function-word vote (2026-11-28):
//
//	CheckThat! 2024 debate sentences (dev.tsv, en)   92.9 % → 98.7 % (1019/1032)
//	CheckThat! 2025 news sentences (en)              97.3 % → 100 % (260/260)
//	CheckThat! 2025 French social posts              100 % (69/69)
//
// whatlanggo's confidence is the gap between its two best trigram scores: right
// answers averaged 0.86, wrong ones 0.35; it is clamped to [0, 1] (on long
// input the library's raw score can go negative, one more reason for the
// prefix).
//
// # What it does not do
//
// It picks one language per article (no mixed-language spans), and a text
// whose first 200 code points are in another language than the rest (a
// quoted title, say) is identified by its opening. Remaining errors are
// between close languages on very short posts (de/nl, pt/es, pl, tr).
package langid
