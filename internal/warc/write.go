package warc

import (
	"bufio"
	"compress/gzip"
	"crypto/rand"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"
)

// Writer writes WARC/1.1 records, each gzipped as its own member when asked
// (the usual .warc.gz layout, which lets readers seek to a record). It is
// safe for concurrent use: records are written whole, one at a time.
type Writer struct {
	mu  sync.Mutex
	w   io.Writer
	gz  bool
	err error
}

// NewWriter writes records to w, gzipped if gz is true.
func NewWriter(w io.Writer, gz bool) *Writer { return &Writer{w: w, gz: gz} }

// Write writes one record with header h and block. It sets Content-Length,
// and WARC-Record-ID and WARC-Date when h lacks them; WARC-Type should be
// set by the caller.
func (w *Writer) Write(h Header, block []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	if h.Get("WARC-Record-ID") == "" {
		h.Set("WARC-Record-ID", NewID())
	}
	if h.Get("WARC-Date") == "" {
		h.Set("WARC-Date", Date(time.Now()))
	}
	h.Set("Content-Length", strconv.Itoa(len(block)))
	out := w.w
	var zw *gzip.Writer
	if w.gz {
		zw = gzip.NewWriter(w.w)
		out = zw
	}
	bw := bufio.NewWriter(out)
	bw.WriteString("WARC/1.1\r\n")
	for _, f := range h {
		fmt.Fprintf(bw, "%s: %s\r\n", f.Name, f.Value)
	}
	bw.WriteString("\r\n")
	bw.Write(block)
	bw.WriteString("\r\n\r\n")
	err := bw.Flush()
	if zw != nil && err == nil {
		err = zw.Close()
	}
	if err != nil {
		w.err = fmt.Errorf("warc: writing: %w", err)
	}
	return w.err
}

// NewID is a fresh record ID, "<urn:uuid:…>" (a random UUID).
func NewID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// Date formats t as a WARC-Date (UTC, W3C date-time, to the microsecond as
// WARC/1.1 allows).
func Date(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }

// ParseDate parses a WARC-Date, with or without fractional seconds.
func ParseDate(s string) (time.Time, error) { return time.Parse(time.RFC3339Nano, s) }
