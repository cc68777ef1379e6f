// Package morph recognises inflected verb forms by morphology: it tells the
// claims stage that "aurait" is the conditional of avoir, "seraient" the
// conditional of être, "finira" the future of finir, without a hand-kept
// word list.
//
//	lex, err := morph.New()
//	f, ok := lex.Verb("fr", "n’aurait") // {avoir cond 3sg}, true
//
// Verb looks a single token up, ignoring case and one leading elided clitic
// (c' d' j' l' m' n' qu' s' t', with ' or ’). In French it knows three
// tenses: the present conditional (Mood "cond"), the simple future
// ("futu") and the passé simple ("ipsi"). In English it knows the base
// form (Mood "base": "follow", "police"), which opens an imperative; the
// English table (data/en.tsv.gz, 6,903 forms, 38 KB) is built by gen -base
// from Debian's hunspell-en-us (SCOWL licence), which has no part-of-speech
// tags: an entry is a verb when its affix flags give it an -ing form (see
// gen/base.go), so a few function words the dictionary also conjugates
// ("the", "but") are in it and callers filter them. Persons are "1sg", "2sg", "3sg", "1pl", "2pl",
// "3pl", or several joined by "/" when the form is shared ("aurais" is
// "1sg/2sg"). A form with several analyses (48 in French: "saura" is the
// future of savoir and the passé simple of saurer) is returned by Verbs
// preferred first: conditional, then future, then passé simple; être and
// avoir, then the 3rd, 2nd and 1st groups.
//
// # What it does not do
//
// It does not split tokens: "aurait-il" and "sera-t-elle" must reach it as
// "aurait", "sera". It does not normalise Unicode: the text must be in NFC
// (the usual form), as the table is. It does not disambiguate: "vis" is
// always the passé simple of voir, never the noun, and "sera" is looked up
// alike in "il sera" and in a proper name. Other tenses, participles and
// compound forms (aura fui, aurait été) are out of its scope; callers see
// the auxiliary. Words the dictionary lacks (rare or new verbs) are not
// found.
//
// # Data, source and licence
//
// data/fr.tsv.gz is generated from the French Hunspell dictionary of the
// Dicollecte project (Grammalecte, by Olivier R. and the Dicollecte
// contributors, https://grammalecte.net), “classique” variant, version 7.0,
// as packaged by Debian in hunspell-fr-classical 1:7.0-1
// (/usr/share/hunspell/fr.aff and fr.dic). That dictionary is under the
// Mozilla Public License 2.0 (see /usr/share/doc/hunspell-fr-classical/copyright
// and http://mozilla.org/MPL/2.0/); the derived table is under the same
// licence. The table is committed and embedded in the binary with go:embed:
// it is data shipped with Loupe, not a build step.
//
// The dictionary's affix rules carry morphological tags: verb entries of
// the .dic are marked po:v0 … po:v3 (the group), and their suffix rules
// po:cond, po:ifut (simple future, renamed "futu" here) and po:ipsi, with
// po:1sg … po:3pl. The generator expands every verb through those suffix
// rules. Prefix rules are not needed: in this dictionary they only add the
// elided clitics, which Verb strips from its input.
//
// Each line of a table is
//
//	form<TAB>infinitive<TAB>mood<TAB>persons
//
// sorted by form (byte order), lower case, accents kept. Adding a language
// is adding data/xx.tsv.gz in that format: New loads every table it finds.
//
// # Regenerating
//
// From the module root, with hunspell-fr-classical installed:
//
//	go run ./internal/morph/gen -aff /usr/share/hunspell/fr.aff \
//		-dic /usr/share/hunspell/fr.dic -o internal/morph/data/fr.tsv.gz
//
// The output is reproducible (byte-identical from the same dictionary).
// If the counts change, update TestCounts and the numbers below.
//
// # Numbers
//
// Measured on the table from hunspell-fr-classical 1:7.0-1, on an AMD EPYC
// (2 threads), go test -bench:
//
//   - 8,037 verbs, 135,650 lines: 40,228 conditional, 48,248 future,
//     47,174 passé simple forms;
//   - data/fr.tsv.gz: 733,905 bytes (4.3 MB uncompressed);
//   - New: 23–31 ms and 5.7 MB allocated per load; 4.6 MB live afterwards
//     (the uncompressed text plus one uint32 offset per line; lookups
//     binary-search it and return substrings of it);
//   - Verb: 0.4–0.6 µs per lookup (a binary search over 135,650 lines);
//     no allocation unless the word has capitals to fold.
//
// A Lexicon is read-only and safe for concurrent use; build one per
// process and share it.
package morph
