package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/loupe-news/loupe/internal/extract"
	"github.com/loupe-news/loupe/internal/fetch"
	"github.com/loupe-news/loupe/internal/loupe"
)

// Sentinel errors. A Doc's Err wraps one of them, an extract error, or an
// I/O error. The errors of a JSONL line are *LineError; ErrLineTooLong and
// ErrBadLine read without the package prefix there, so that the message is
// "line 17: invalid JSON: …".
var (
	ErrEmpty       = errors.New("ingest: empty input")
	ErrBinary      = errors.New("ingest: binary input")
	ErrTooLarge    = errors.New("ingest: input too large")
	ErrLineTooLong = errors.New("line too long")
	ErrBadLine     = errors.New("ingest: bad JSONL line")
	ErrFormat      = errors.New("ingest: unknown input format")
	ErrNoFetch     = errors.New("ingest: no fetcher for URLs")
	ErrFeed        = errors.New("ingest: cannot read feed")
	ErrSkipped     = errors.New("ingest: skipped")
	ErrNoStdin     = errors.New("ingest: no standard input")
	ErrNoFiles     = errors.New("ingest: no input files in folder")
)

// Input formats (SPEC.md, --input-format).
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
	FormatWARC  = "warc"
	FormatFeed  = "feed" // RSS, Atom or JSON Feed
)

// Default limits.
const (
	DefaultMaxBytes     = 64 << 20
	DefaultMaxLineBytes = 16 << 20
)

// sniffBytes is how much of an input auto-detection looks at.
const sniffBytes = 8 << 10

// Doc is one document to analyse, or, with Err set, an input or JSONL line
// that could not be read; the run goes on after it.
type Doc struct {
	ID    string // the JSONL id, else the caller's, else a content hash "sha256:…"
	Input string // path, "-", or URL
	Line  int    // 1-based JSONL line, 0 otherwise
	Text  string // valid UTF-8: the decoded input, or the text extracted from HTML
	// Blocks lay out Text for HTML input (paragraphs, headings, list
	// items); nil for text input, whose layout is the segmenter's work.
	Blocks                                                 []loupe.Block
	Title, Byline, URL, Site, Lang, Published, Description string
	// FetchedAt is when the bytes were fetched (a URL, a feed item's page)
	// or captured (a WARC record's WARC-Date); zero for local files.
	FetchedAt time.Time
	// SHA256 is the hex SHA-256 of the bytes Text was read from: the
	// fetched body (Content-Encoding undone), the WARC payload, the file;
	// "" for a JSONL line.
	SHA256 string
	// Feed is the feed an item came from, "" otherwise.
	Feed     string
	Warnings []string
	// Err is why the input could not be read; errors.Is(Err, ErrSkipped)
	// when it was left out on purpose (a duplicate feed item, a page
	// robots.txt disallows, a WARC record that is not an HTML page, a file
	// of another kind in a folder).
	Err error
	// pending is the slow rest of the reading, with Options.Lazy.
	pending func(context.Context) Doc
}

// Pending says whether the Doc still has to be resolved (Options.Lazy).
func (d Doc) Pending() bool { return d.pending != nil }

// Resolve does what Options.Lazy left undone (extracting the text of an
// HTML page, fetching a feed item's page) and returns the finished Doc. It
// may run in any goroutine; on a finished Doc it returns the Doc itself.
func (d Doc) Resolve(ctx context.Context) Doc {
	if d.pending == nil {
		return d
	}
	if err := ctx.Err(); err != nil {
		d.pending, d.Err = nil, err
		return d
	}
	return d.pending(ctx)
}

// SkipError is why an input was left out; it matches ErrSkipped. Reason is
// a short fixed phrase, fit to count inputs by ("duplicate feed item");
// Detail says which.
type SkipError struct{ Reason, Detail string }

func (e *SkipError) Error() string {
	if e.Detail == "" {
		return "skipped: " + e.Reason
	}
	return "skipped: " + e.Reason + ": " + e.Detail
}

func (e *SkipError) Is(target error) bool { return target == ErrSkipped }

func skip(reason, detail string) error { return &SkipError{Reason: reason, Detail: detail} }

// Fetcher gets pages from the web; *fetch.Client is one.
type Fetcher interface {
	Get(ctx context.Context, url string) (*fetch.Response, error)
	// Allowed says whether robots.txt lets a crawl (a feed's items) fetch url.
	Allowed(ctx context.Context, url string) (bool, error)
}

// Options say how to read inputs.
type Options struct {
	Format       string // auto (default), text, html, jsonl
	ID           string // ID for a single text or HTML document; "" for a content hash
	MaxBytes     int64  // per document; 0 means DefaultMaxBytes
	MaxLineBytes int    // per JSONL line; 0 means DefaultMaxLineBytes
	Stdin        io.Reader
	// Fetcher, if set, gets http(s) URLs and feed items' pages; without it
	// they yield ErrNoFetch.
	Fetcher Fetcher
	// Lazy leaves the slow part of reading a document (HTML extraction,
	// fetching a feed item's page) to Doc.Resolve, so that a caller can run
	// it in parallel; emit is then called as soon as a document is found.
	Lazy bool
	seen *seenSet // feed items already taken, across the inputs of a Walk
}

// later returns stub with f pending when Lazy is set, else f's Doc.
func (o Options) later(ctx context.Context, stub Doc, f func(context.Context) Doc) Doc {
	if !o.Lazy {
		return f(ctx)
	}
	stub.pending = f
	return stub
}

// seenSet remembers keys; it is safe for concurrent use.
type seenSet struct {
	mu   sync.Mutex
	keys map[string]bool
}

// add adds key and says whether it was new.
func (s *seenSet) add(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.keys == nil {
		s.keys = map[string]bool{}
	}
	if s.keys[key] {
		return false
	}
	s.keys[key] = true
	return true
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) maxLineBytes() int {
	if o.MaxLineBytes > 0 {
		return o.MaxLineBytes
	}
	return DefaultMaxLineBytes
}

// Hash is the content ID of a text: "sha256:" and the first 16 hex digits
// of the SHA-256 of its UTF-8 bytes.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:8])
}

// Read reads one input named name (a path, "-" or a URL: used for format
// sniffing and as Doc.Input) from r and emits its documents in order. The
// problems of the input become Docs with Err; Read itself fails only when
// ctx is done or emit fails.
func Read(ctx context.Context, name string, r io.Reader, format string, opt Options, emit func(Doc) error) error {
	if opt.seen == nil {
		opt.seen = &seenSet{}
	}
	return read(ctx, origin{name: name}, r, format, opt, emit)
}

// origin is where an input's bytes came from.
type origin struct {
	name        string // Doc.Input
	url         string // the page's URL, after redirects, for fetched input
	contentType string // the Content-Type header, for fetched input
	fetchedAt   time.Time
	sha         string // of the fetched body
}

func read(ctx context.Context, o origin, r io.Reader, format string, opt Options, emit func(Doc) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	name := o.name
	fail := func(err error) error { return emit(Doc{Input: name, ID: opt.ID, Err: err}) }
	if format == "" {
		format = FormatAuto
	}
	br := bufio.NewReaderSize(r, sniffBytes)
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return fail(fmt.Errorf("reading: %w", err))
	}
	if len(head) == 0 {
		return fail(ErrEmpty)
	}
	utf16 := hasUTF16BOM(head)
	if format == FormatAuto && isWARC(head) {
		format = FormatWARC
	}
	if format == FormatAuto {
		if !utf16 && bytes.IndexByte(head, 0) >= 0 {
			return fail(ErrBinary)
		}
		format = formatByName(name)
	}
	if utf16 {
		// Decode the whole input first; what follows reads UTF-8.
		b, err := readAll(br, opt.maxBytes()*2)
		if err != nil {
			return fail(err)
		}
		text, enc, bad := decode(b)
		warns := []string{"decoded from " + enc}
		if bad > 0 {
			warns = append(warns, badWarning(bad))
		}
		return readDecoded(ctx, name, text, format, opt, warns, emit)
	}
	if format == FormatAuto {
		format = sniff(head)
	}
	switch format {
	case FormatJSONL:
		return readJSONL(ctx, name, br, opt, nil, emit)
	case FormatText, FormatHTML:
		b, err := readAll(br, opt.maxBytes())
		if err != nil {
			return fail(err)
		}
		if o.sha == "" {
			o.sha = hashHex(b)
		}
		if format == FormatText {
			text, warns := decodeText(b, o.contentType)
			return emit(o.stamp(document(ctx, name, 0, text, format, opt.ID, o.url, warns)))
		}
		return emit(opt.later(ctx, Doc{Input: name, ID: opt.ID}, func(ctx context.Context) Doc {
			text, warns := decodeHTML(b, o.contentType)
			return o.stamp(document(ctx, name, 0, text, format, opt.ID, o.url, warns))
		}))
	case FormatFeed:
		b, err := readAll(br, opt.maxBytes())
		if err != nil {
			return fail(err)
		}
		return readFeed(ctx, o, b, opt, emit)
	case FormatWARC:
		return readWARC(ctx, name, br, opt, emit)
	}
	return fail(fmt.Errorf("%w %q", ErrFormat, format))
}

// readDecoded is Read for an input already decoded to UTF-8 text.
func readDecoded(ctx context.Context, name, text, format string, opt Options, warns []string, emit func(Doc) error) error {
	if format == FormatAuto {
		format = sniff([]byte(text[:min(len(text), sniffBytes)]))
	}
	switch format {
	case FormatJSONL:
		return readJSONL(ctx, name, bufio.NewReader(strings.NewReader(text)), opt, warns, emit)
	case FormatFeed:
		return readFeed(ctx, o0(name), []byte(text), opt, emit)
	case FormatText, FormatHTML:
		if int64(len(text)) > opt.maxBytes() {
			return emit(Doc{Input: name, ID: opt.ID, Err: tooLarge(opt.maxBytes())})
		}
		return emit(document(ctx, name, 0, text, format, opt.ID, "", warns))
	}
	return emit(Doc{Input: name, ID: opt.ID, Err: fmt.Errorf("%w %q", ErrFormat, format)})
}

// document makes the Doc of one text or HTML document.
func document(ctx context.Context, name string, line int, text, format, id, pageURL string, warns []string) Doc {
	d := Doc{ID: id, Input: name, Line: line, Warnings: warns, URL: pageURL}
	if format == FormatHTML {
		if isURL(name) && pageURL == "" {
			pageURL = name
		}
		// The BOM is no part of the markup; the text is extracted anyway.
		a, err := extract.HTML(ctx, strings.NewReader(strings.TrimPrefix(text, "\uFEFF")), pageURL)
		if err != nil {
			d.Err = err
			return d
		}
		d.Text, d.Blocks = a.Text, a.Blocks
		d.Title, d.Byline, d.Site, d.Lang = a.Title, a.Author, a.Site, a.Lang
		d.Published, d.Description = a.Date, a.Description
		if a.URL != "" {
			d.URL = a.URL
		}
	} else {
		if strings.TrimSpace(strings.TrimPrefix(text, "\uFEFF")) == "" {
			d.Err = ErrEmpty
			return d
		}
		d.Text = text
	}
	if d.ID == "" {
		d.ID = Hash(d.Text)
	}
	return d
}

// stamp sets what the origin knows of a document: when and which bytes.
func (o origin) stamp(d Doc) Doc {
	d.FetchedAt, d.SHA256 = o.fetchedAt, o.sha
	return d
}

func o0(name string) origin { return origin{name: name} }

func hashHex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// readAll reads r whole, failing with ErrTooLarge past limit bytes and with
// ErrEmpty when there is nothing.
func readAll(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(limit)
	}
	if len(b) == 0 {
		return nil, ErrEmpty
	}
	return b, nil
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, limit)
}

func badWarning(n int) string {
	if n == 1 {
		return "1 invalid UTF-8 byte replaced by U+FFFD"
	}
	return fmt.Sprintf("%d invalid UTF-8 bytes replaced by U+FFFD", n)
}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE)
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// formatByName is the format a name's extension says, or FormatAuto.
func formatByName(name string) string {
	if isURL(name) {
		name, _, _ = strings.Cut(name[strings.Index(name, "://")+3:], "?")
		name, _, _ = strings.Cut(name, "#")
		if !strings.Contains(name, "/") {
			return FormatAuto // a bare host
		}
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".warc.gz") {
		return FormatWARC
	}
	if strings.HasSuffix(lower, ".rss") || strings.HasSuffix(lower, ".atom") {
		return FormatFeed
	}
	switch path.Ext(strings.ReplaceAll(lower, `\`, "/")) {
	case ".txt", ".text", ".md":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".warc":
		return FormatWARC
	}
	return FormatAuto
}

// htmlTags are the tags whose presence, in input that starts with '<',
// makes it HTML.
var htmlTags = []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<title", "<meta"}

// sniff tells the format from the head of the content:
//   - JSONL when the first non-blank line is a JSON object and every other
//     complete line in head is blank or starts with '{' (a malformed line
//     later is that line's error, not a reason to read the batch as text);
//   - HTML when the content starts with '<' and holds an HTML tag;
//   - text otherwise.
func sniff(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(trimmed) > 0 && trimmed[0] == '{':
		if isJSONFeed(trimmed) {
			return FormatFeed
		}
		if looksJSONL(trimmed) {
			return FormatJSONL
		}
	case len(trimmed) > 0 && trimmed[0] == '<':
		if isXMLFeed(trimmed) {
			return FormatFeed
		}
		lower := bytes.ToLower(trimmed)
		for _, t := range htmlTags {
			if bytes.Contains(lower, []byte(t)) {
				return FormatHTML
			}
		}
	}
	return FormatText
}

func looksJSONL(b []byte) bool {
	lines := bytes.Split(b, []byte("\n"))
	complete := len(lines) - 1 // the last may be cut short by the sniff window
	if complete == 0 {
		// One line, perhaps cut: an object that starts well will do.
		return len(b) == sniffBytes || json.Valid(bytes.TrimSpace(b))
	}
	first := bytes.TrimSpace(lines[0])
	if !json.Valid(first) {
		return false
	}
	for _, l := range lines[1:complete] {
		l = bytes.TrimSpace(l)
		if len(l) > 0 && l[0] != '{' {
			return false
		}
	}
	return true
}
