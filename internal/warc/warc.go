package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sentinel errors.
var (
	// ErrFormat is wrapped by *FormatError: one record is malformed and
	// the Reader has moved past it.
	ErrFormat = errors.New("warc: malformed record")
	// ErrTooLarge is a header block over MaxHeaderBytes.
	ErrTooLarge = errors.New("warc: header too large")
)

// MaxHeaderBytes bounds a record's header block, so that a file without
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
	Version string // "WARC/1.0" or "WARC/1.1"
	Header  Header
	Offset  int64 // of the version line in the (uncompressed) stream
	Length  int64 // Content-Length: the size of Block
	Block   io.Reader
}

// Type is the record's WARC-Type ("response", "request", …).
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// FormatError is a malformed record. The Reader has skipped it, and the next
// call of Next looks for the next record.
type FormatError struct {
	Offset int64 // where the record or the junk started
	Reason string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("warc: malformed record at offset %d: %s", e.Offset, e.Reason)
}
func (e *FormatError) Unwrap() error { return ErrFormat }

// Reader reads records one after another from a WARC stream, plain or
// gzipped (whole-file or one gzip member a record, as is usual), in
// constant memory: only one header block and a 64 KB buffer are held.
type Reader struct {
	br     *bufio.Reader
	off    int64 // bytes consumed from br
	block  *io.LimitedReader
	closer io.Closer
	err    error // sticky fatal error
	// trailerOff is where the current record's block ends.
	pending bool
}

// NewReader reads records from r. A stream that starts with the gzip magic
// bytes is decompressed.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	rd := &Reader{br: br}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: gzip: %w", err)
		}
		zr.Multistream(true)
		rd.br, rd.closer = bufio.NewReaderSize(zr, 64<<10), zr
	}
	return rd, nil
}

// Close releases the decompressor, if any. It does not close the
// underlying reader.
func (r *Reader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

// Next returns the next record, io.EOF at the end, a *FormatError for a
// malformed record (call Next again to go on), or another error (reading or
// decompressing failed; the stream cannot be read further).
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.pending {
		r.pending = false
		if err := r.endRecord(); err != nil {
			return nil, err
		}
	}
	// Find the version line; anything else before it is junk.
	start := r.off
	junk := false
	var version string
	for {
		line, err := r.line()
		if err != nil {
			if err == io.EOF && (junk || len(line) > 0) {
				r.err = io.EOF
				return nil, &FormatError{Offset: start, Reason: "junk at end of stream"}
			}
			return nil, r.fatal(err)
		}
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "WARC/") && len(t) < 16 {
			version = t
			break
		}
		if strings.TrimSpace(t) != "" {
			junk = true
		}
	}
	recOff := r.off - int64(len(version)) - 2
	if junk {
		// Report the junk; the record found after it comes next time.
		r.unreadVersion = version
		r.unreadOff = recOff
		return nil, &FormatError{Offset: start, Reason: "junk where a record should start"}
	}
	return r.readRecord(version, recOff)
}
