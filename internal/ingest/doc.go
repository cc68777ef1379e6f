// Package ingest turns the command line's inputs into documents to analyse,
// one at a time and in input order: text files, HTML pages, JSONL batches,
// folders of them, standard input, and URLs through a caller-supplied fetcher.
//
// Walk takes the inputs of the command line; Read reads one stream. Each
// document is handed to an emit function as a Doc as soon as it is read, so a
// large batch is never held in memory whole. An input or JSONL line that
// cannot be read becomes a Doc with Err set (the SPEC's error record) and the
// run goes on; Walk and Read fail only when the context is done or emit fails.
//
// Formats: with "auto", an input's format comes from its extension (.txt
// .text .md, .html .htm, .jsonl), else from its first 8 KB: NUL bytes make it
// ErrBinary; a first line that is a JSON object, followed by lines that start
// with '{', makes it JSONL; a leading '<' with an HTML tag makes it HTML;
// anything else is text. A text input becomes one Doc whose Text is the
// decoded input itself. An HTML input's Text is its main text, extracted by
// package extract, which uses the go-trafilatura library; metadata fill the
// Doc's Title, Byline, URL, Site, Lang, Published and Description. A JSONL
// line gives "id" (a string, or a number kept as written), "text" or "html",
// and optional "url", "lang", "published", "title"; what a line says wins
// over what its HTML says. Documents without an id get a content hash,
// "sha256:" and the first 16 hex digits of the SHA-256 of Text.
//
// Decoding: UTF-8, or UTF-16 with a byte order mark. The UTF-8 repair is
// written by hand (Repair) rather than taken from strings.ToValidUTF8 or
// golang.org/x/text because the SPEC fixes the policy: each invalid byte
// becomes exactly one U+FFFD, and nothing else changes, not even a byte order
// mark, so that code-point offsets into Text count the input's own characters.
// The library functions fold a run of bad bytes into one replacement. The
// number of bytes replaced is reported in Doc.Warnings.
//
// Limits: a document over Options.MaxBytes (64 MiB) and a JSONL line over
// Options.MaxLineBytes (16 MiB) are reported and skipped; reading goes on
// after an over-long line. Tests cover sniffing, good and bad JSONL lines,
// binary, invalid UTF-8, UTF-16, folder order and missing files; FuzzRepair
// and FuzzReadJSONL check that no input panics, text is always valid UTF-8,
// the repair replaces one code point per bad byte, and line numbers rise.
//
// What it does not do yet: fetch URLs itself (Options.Fetch), read WARC files
// (ErrWARC), read feeds, or decode legacy 8-bit charsets (Latin-1 text shows
// as U+FFFD, one per non-ASCII byte, with a warning).
package ingest
