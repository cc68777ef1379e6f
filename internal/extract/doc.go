// Package extract finds the main text of a web page and what the page says
// about it (title, author, date, site, canonical URL, declared language,
// description).
//
// The extraction is done by go-trafilatura
// (github.com/markusmobius/go-trafilatura, the Go port of Python's
// trafilatura), with its fallback extractors (go-readability and
// go-domdistiller) enabled and comments left out. This package adds only what
// Loupe needs on top of it:
//
//   - the text is rendered from the extracted tree, one block per paragraph,
//     heading, list item or table row, separated by a blank line ("\n\n"),
//     and Article.Blocks gives their code-point spans and kinds
//     (go-trafilatura's own ContentText runs all paragraphs together);
//   - on pages with under 250 characters of text, go-trafilatura's last-resort
//     "baseline" flattens the page (menus included) into one paragraph, so
//     there the extraction is asked again in precision mode, which has no such
//     rescue; a page that still yields nothing gives ErrNoText;
//   - Lang is the language the page declares (<html lang>, Content-Language),
//     never a guess from the text, which is the langid stage's work;
//   - Date is a date only (YYYY-MM-DD), from the page's metadata, markup and
//     common date patterns (htmldate's "fast" mode; the "extensive" mode ran
//     15-30% slower on the testdata pages and found no more dates there).
//
// How well: on the pages under testdata (menu, cookie banner, comments,
// footer, list, blockquote, JSON-LD metadata) every paragraph is kept as its
// own block and no boilerplate gets in. Upstream trafilatura leads published
// comparisons of main-text extractors (F1 about 0.9 on its benchmark); the Go
// port reports results close to it. Loupe has no measured score of its own yet.
//
// What it does not do: fetch pages, run JavaScript, follow multi-page
// articles, decode legacy charsets (the input should be UTF-8; package ingest
// repairs invalid bytes before calling HTML), or keep emphasis, links and
// images. <pre> white space is not preserved by go-trafilatura.
//
// Cost: go-trafilatura and its dependencies add about 13.6 MB to a binary
// (11.3 MB stripped), most of it go-dateparser's language data. With
// CGO_ENABLED=0 and no re2 build tag, go-dateparser uses the standard regexp
// package, so no WebAssembly runtime is linked.
package extract
