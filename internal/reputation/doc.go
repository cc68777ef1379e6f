// Package reputation says what published rating lists say of the site an
// article comes from (the dossier's source_reputation). It shows each list's
// rating, date and citation as the list gives them, and never a verdict of
// Loupe's own.
//
// # Lists
//
// Two lists ship embedded under lists/, each with a sidecar NAME.meta that
// holds its name, date, citation, licence, source and how to read its rating
// (see DATA.md):
//
//   - lin2023-domain-pc1.csv: 11,520 domains with pc1, a 0–1 quality score
//     aggregating several expert rating sets (Lin et al. 2023, PNAS Nexus,
//     doi:10.1093/pnasnexus/pgad286). Imputed for many domains, weaker for
//     French sites than for US ones.
//   - opensources-2017.csv: 832 rows (824 distinct entries) tagged fake, satire, bias,
//     conspiracy … by OpenSources in 2017; the rating is the first type,
//     the labels all types. Old: its date is shown.
//
// # CSV shape (shipped and user lists)
//
// A user list (New's extra paths, from a flag or configuration) is a CSV file:
//
//	# list: Newsroom watchlist
//	# citation: Example Newsroom desk, internal review, 2025.
//	# date: 2025-03
//	# licence: CC0
//	# rating: how much the desk trusts the site (low, mixed, high)
//	domain,rating,labels
//	example.com,low,partisan;clickbait
//	example.org/blog,0.4,
//
// Leading "# key: value" lines describe the list (list, date, citation,
// licence, source, rating; other "#" lines are comments). A shipped list
// keeps the same keys in its .meta sidecar instead. Then a header line, then
// one row a site:
//
//   - domain: the column named "domain", else the first. A domain, a host
//     (news.example.com) or a domain with a path (example.com/blog, matched as
//     a URL prefix at '/' boundaries); a scheme, a trailing '/' and spaces are
//     dropped, an IDN is read in its ASCII (punycode) form, "www." is kept
//     (a list may rate www.x apart from x).
//   - rating: the column named "rating", else the second. A number is kept as
//     a number, anything else as a lower-case label; it may be empty when the
//     row has labels.
//   - labels (optional): the column named "labels", split on ';' or '|'.
//   - date, citation (optional): per-row values that override the list's.
//
// The keys domain_column, rating_column, date_column (a header name or a
// 1-based number) and label_columns (comma-separated header names, one label
// each) map a list whose columns are named otherwise, as the shipped ones
// are. Every row must have as many fields as the header. A domain listed
// twice keeps its first rating and gathers the labels of both rows. A list
// without a "list:" name is named after its file. Errors wrap ErrFormat or
// ErrRead and name the file and line: "reputation: malformed list:
// mine.csv:4: wrong number of fields".
//
// # Matching
//
// Match takes the article's URL (or, without one, its site) and tries, per
// list, the most specific entry first: URL prefixes (example.com/blog/…),
// the exact host (with or without "www."), then each parent domain up to the
// registrable domain (eTLD+1 from the Public Suffix List, via
// golang.org/x/net/publicsuffix: news.example.co.uk finds example.co.uk). A
// site on a hosting platform (platforms.txt: wordpress.com, medium.com,
// substack.com …; and those the Public Suffix List already separates, such as
// blogspot.com) does not inherit the platform's rating. ReputationMatch.Match
// says how the entry matched (url_prefix, host, parent_domain,
// registrable_domain), Domain is the list's entry.
//
// # Cost
//
//	go test -run LoadCost -v ./internal/reputation
//	go test -run XXX -bench . -benchmem ./internal/reputation
//
// On one AMD EPYC core: New 27–41 ms, 11.7 MB allocated and 2.7 MB retained
// for 12,344 entries (the embedded CSVs add 453 KB to the binary); Match
// 1.5 µs for a hit and for a miss with a long path (2–3 allocations).
package reputation
