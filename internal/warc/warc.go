package warc

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sentinel errors.
var (
	// ErrFormat is wrapped by *FormatError: a record is malformed and the
	// Reader has moved past it.
	ErrFormat = errors.New("warc: malformed record")
	// ErrTruncated is what a Block reads when the stream ends inside it.
	ErrTruncated = errors.New("warc: record truncated")
)

// MaxHeaderBytes bounds a record's header block, so that a stream without
// blank lines cannot make the Reader hold it whole.
const MaxHeaderBytes = 1 << 20

// Field is one named header field, as written.
type Field struct{ Name, Value string }

// Header is a record's named fields, in order.
type Header []Field

// Get returns the first value of the field named name (case-insensitive).
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Set replaces the first field named name, or adds one at the end.
func (h *Header) Set(name, value string) {
	for i, f := range *h {
		if strings.EqualFold(f.Name, name) {
			(*h)[i].Value = value
			return
		}
	}
	*h = append(*h, Field{name, value})
}

// Record is one WARC record. Its Block is valid until the next call of
// Reader.Next, which discards what was not read of it.
type Record struct {
	Version string // "WARC/1.0", "WARC/1.1"
	Header  Header
	Offset  int64 // of the version line in the uncompressed stream
	Length  int64 // Content-Length: the size of Block
	Block   io.Reader
}

// Type is the record's WARC-Type ("response", "request", "resource", …).
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// FormatError is a malformed record or junk between records. The Reader has
// skipped it; the next call of Next goes on with the next record.
type FormatError struct {
	Offset int64 // where the record or the junk starts
	Reason string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("warc: malformed record at offset %d: %s", e.Offset, e.Reason)
}

func (e *FormatError) Unwrap() error { return ErrFormat }

// Reader reads records one after another from a WARC stream, plain or
// gzipped (one gzip member for the file or, as usual, one per record), in
// constant memory: one header block and two 64 KB buffers.
type Reader struct {
	br     *bufio.Reader
	off    int64 // uncompressed bytes consumed
	zr     *gzip.Reader
	block  *blockReader
	err    error // sticky: the stream cannot be read further
	quiet  bool  // do not report the junk after a malformed header
	next   string
	nextAt int64
}

// NewReader reads records from r. A stream that starts with the gzip magic
// bytes is decompressed.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	rd := &Reader{br: br}
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: gzip: %w", err)
		}
		zr.Multistream(true)
		rd.zr, rd.br = zr, bufio.NewReaderSize(zr, 64<<10)
	}
	return rd, nil
}

// Close releases the decompressor, if any; it does not close the
// underlying reader.
func (r *Reader) Close() error {
	if r.zr != nil {
		return r.zr.Close()
	}
	return nil
}

// Offset is how many uncompressed bytes have been consumed.
func (r *Reader) Offset() int64 { return r.off }

// Next returns the next record; io.EOF at the end; a *FormatError for a
// malformed record or junk, after which Next may be called again; or another
// error, when reading or decompressing failed and nothing more can be read.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.block != nil {
		_, err := io.Copy(io.Discard, r.block)
		r.block = nil
		if errors.Is(err, ErrTruncated) {
			r.err = io.EOF
			return nil, io.EOF
		}
		if err != nil {
			return nil, r.fatal(err)
		}
	}
	version, at := r.next, r.nextAt
	r.next = ""
	if version == "" {
		start, junk := r.off, false
		for {
			lineAt := r.off
			line, long, err := r.readLine(64)
			if err != nil {
				if err == io.EOF && junk && !r.quiet {
					r.err = io.EOF
					return nil, &FormatError{Offset: start, Reason: "junk at the end of the stream"}
				}
				return nil, r.fatal(err)
			}
			t := strings.TrimRight(line, "\r\n")
			if !long && strings.HasPrefix(t, "WARC/") && len(t) <= 12 {
				version, at = t, lineAt
				break
			}
			if strings.TrimSpace(t) != "" {
				junk = true
			}
		}
		quiet := r.quiet
		r.quiet = false
		if junk && !quiet {
			r.next, r.nextAt = version, at
			return nil, &FormatError{Offset: start, Reason: "junk where a record should start"}
		}
	}
	bad := func(reason string) (*Record, error) {
		r.quiet = true // what follows, up to the next record, is this one's
		return nil, &FormatError{Offset: at, Reason: reason}
	}
	var h Header
	size := 0
	for {
		line, long, err := r.readLine(MaxHeaderBytes - size)
		if err == io.EOF {
			r.err = io.EOF
			return nil, &FormatError{Offset: at, Reason: "stream ends in the header"}
		}
		if err != nil {
			return nil, r.fatal(err)
		}
		if long {
			return bad("header too large")
		}
		size += len(line)
		t := strings.TrimRight(line, "\r\n")
		if t == "" {
			break
		}
		if (t[0] == ' ' || t[0] == '\t') && len(h) > 0 {
			h[len(h)-1].Value += " " + strings.TrimSpace(t)
			continue
		}
		name, value, ok := strings.Cut(t, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return bad(fmt.Sprintf("header line without a name: %.40q", t))
		}
		h = append(h, Field{strings.TrimSpace(name), strings.TrimSpace(value)})
	}
	cl := h.Get("Content-Length")
	n, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || n < 0 {
		return bad(fmt.Sprintf("bad Content-Length %.40q", cl))
	}
	r.block = &blockReader{r: r, n: n}
	return &Record{Version: version, Header: h, Offset: at, Length: n, Block: r.block}, nil
}

func (r *Reader) fatal(err error) error {
	if err != io.EOF {
		err = fmt.Errorf("warc: reading at offset %d: %w", r.off, err)
	}
	r.err = err
	return err
}

// readLine reads one line, ending in '\n' unless the stream ends. A line
// longer than limit is read through and reported as long, its text dropped.
func (r *Reader) readLine(limit int) (line string, long bool, err error) {
	var buf []byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		r.off += int64(len(chunk))
		if !long {
			if len(buf)+len(chunk) > limit {
				long, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && (len(buf) > 0 || long) {
			err = nil
		}
		return string(buf), long, err
	}
}

// blockReader reads a record's block: n bytes, then io.EOF; ErrTruncated if
// the stream ends first.
type blockReader struct {
	r *Reader
	n int64
}

func (b *blockReader) Read(p []byte) (int, error) {
	if b.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > b.n {
		p = p[:b.n]
	}
	n, err := b.r.br.Read(p)
	b.n -= int64(n)
	b.r.off += int64(n)
	if err == io.EOF {
		if b.n > 0 {
			return n, ErrTruncated
		}
		err = nil
	}
	return n, err
}
