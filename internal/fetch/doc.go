// Package fetch gets web pages for Loupe, politely and safely.
//
// Client.Get fetches a URL with a time limit for the whole exchange
// (Options.Timeout, 30 s), a size limit on the body before and after
// decompression (Options.MaxBytes, 32 MiB; a gzip bomb stops there), at
// most 5 redirects, gzip, deflate and Brotli content codings, and an honest
// User-Agent, "loupe/VERSION (+https://github.com/loupe-news/loupe)". The
// Response keeps the final URL, the headers, the decoded body, the time of
// the fetch and the hex SHA-256 of the body. Non-2xx answers are a
// *StatusError.
//
// SSRF defence: unless Options.AllowPrivate (--allow-private) is set, the
// client refuses to connect to loopback, private (RFC 1918, fc00::/7),
// link-local (169.254/16, fe80::/10), unspecified, multicast, carrier-grade
// NAT (100.64/10), documentation, benchmarking and reserved addresses,
// IPv4-mapped, NAT64 and 6to4 forms of them, and the cloud metadata
// addresses (169.254.169.254, fd00:ec2::254, 100.100.100.200). The check is
// made where the connection is made: the transport's DialContext resolves
// the name itself, refuses it if any of its addresses is forbidden, and
// connects to the checked address, never to the name, so a resolver that
// answers differently the second time (DNS rebinding) cannot slip past; the
// dialer's Control hook checks the socket's address once more. Redirects are
// followed one hop at a time through the same dialer, so every target is
// checked, and no proxy from the environment is used (the proxy's address
// would be the one checked). Options.Allow opens given ranges only; tests
// use it to reach their own loopback server and show that the redirect
// targets are still refused. TestRefused and TestRefusedBehindRedirect show
// 127.0.0.1, 10.0.0.1, 169.254.169.254, [::1], [::ffff:127.0.0.1],
// fd00:ec2::254, 100.64.0.1, 0.0.0.0, fe80::1, 224.0.0.1, and names that
// resolve to 10.1.2.3, 169.254.169.254, fd00:ec2::254 or to a public and a
// private address refused, directly and behind a redirect, without the
// server ever being reached.
//
// Politeness: requests to one host are spaced by Options.Rate (1 a second
// by default, --rate), slowed further by a robots.txt Crawl-delay (up to
// 60 s). Client.Allowed reads robots.txt (RFC 9309: groups for "loupe" else
// "*", longest match wins, Allow wins ties, '*' and '$' patterns) once per
// host and caches it; a 4xx robots.txt allows everything, a 5xx or an
// unreachable one disallows everything. Package ingest asks it before
// fetching a feed's items (a crawl); a URL given on the command line is the
// user's own request and is fetched without asking.
//
// Evidence: with Options.Archive, every exchange (redirect hops and
// robots.txt included) is written as a WARC response record (status line,
// headers and the body as received, before content decoding;
// WARC-IP-Address, WARC-Payload-Digest) and a request record linked to it
// by WARC-Concurrent-To (--archive FILE.warc.gz).
//
// What it does not do: run JavaScript, send cookies, retry, or cache
// across runs.
package fetch
