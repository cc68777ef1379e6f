package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/loupe-news/loupe/internal/fetch"
	"github.com/loupe-news/loupe/internal/warc"
)

// readWARC emits a Doc for each response (or resource) record of a WARC
// stream that holds an HTML page with a 2xx status, in order, reading one
// record at a time. Responses and resources of other kinds are skipped with
// their reason; request, metadata, warcinfo, revisit and conversion records
// are passed over. A malformed record is an error Doc and reading goes on;
// an unreadable stream (corrupt gzip) ends the input with an error Doc.
func readWARC(ctx context.Context, name string, r io.Reader, opt Options, emit func(Doc) error) error {
	wr, err := warc.NewReader(r)
	if err != nil {
		return emit(Doc{Input: name, Err: err})
	}
	defer wr.Close()
	found := false
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			found = true
			if eerr := emit(Doc{Input: name, Err: err}); eerr != nil {
				return eerr
			}
			if errors.Is(err, warc.ErrFormat) {
				continue
			}
			return nil
		}
		found = true
		d, ok := warcDoc(ctx, name, rec, opt)
		if !ok {
			continue
		}
		if err := emit(d); err != nil {
			return err
		}
	}
	if !found {
		return emit(Doc{Input: name, Err: fmt.Errorf("%w: no WARC record", ErrEmpty)})
	}
	return nil
}

// warcDoc makes the Doc of one record; ok is false for records passed over.
func warcDoc(ctx context.Context, name string, rec *warc.Record, opt Options) (Doc, bool) {
	uri := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	stub := Doc{Input: name, URL: uri}
	if t, err := warc.ParseDate(rec.Header.Get("WARC-Date")); err == nil {
		stub.FetchedAt = t.UTC()
	}
	where := fmt.Sprintf("record at offset %d", rec.Offset)
	if uri != "" {
		where += " (" + uri + ")"
	}
	fail := func(err error) (Doc, bool) {
		stub.Err = fmt.Errorf("%s: %w", where, err)
		return stub, true
	}
	typ := strings.ToLower(rec.Type())
	if typ != "response" && typ != "resource" {
		return Doc{}, false
	}
	if rec.Length > opt.maxBytes()+1<<20 {
		return fail(tooLarge(opt.maxBytes()))
	}
	block, err := io.ReadAll(rec.Block)
	if err != nil {
		return fail(err)
	}
	body, ctype := block, rec.Header.Get("Content-Type")
	if typ == "response" {
		mt, _, _ := mime.ParseMediaType(ctype)
		if mt != "application/http" && !bytes.HasPrefix(block, []byte("HTTP/")) {
			stub.Err = skip("WARC response not HTTP", mt)
			return stub, true
		}
		status, hdr, payload, err := parseHTTP(block, opt.maxBytes())
		if err != nil {
			return fail(err)
		}
		if status < 200 || status > 299 {
			stub.Err = skip("WARC response not 2xx", strconv.Itoa(status))
			return stub, true
		}
		body, ctype = payload, hdr.Get("Content-Type")
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt == "" && sniff(body[:min(len(body), sniffBytes)]) == FormatHTML {
		mt = "text/html"
	}
	if mt != "text/html" && mt != "application/xhtml+xml" {
		if mt == "" {
			mt = "no Content-Type"
		}
		stub.Err = skip("not HTML", mt)
		return stub, true
	}
	if int64(len(body)) > opt.maxBytes() {
		return fail(tooLarge(opt.maxBytes()))
	}
	stub.SHA256 = hashHex(body)
	return opt.later(ctx, stub, func(ctx context.Context) Doc {
		text, warns := decodeHTML(body, ctype)
		d := document(ctx, name, 0, text, FormatHTML, "", uri, warns)
		d.FetchedAt, d.SHA256 = stub.FetchedAt, stub.SHA256
		if d.URL == "" {
			d.URL = uri
		}
		if d.Err != nil {
			d.Err = fmt.Errorf("%s: %w", where, d.Err)
		}
		return d
	}), true
}

// parseHTTP splits an archived HTTP response into status, header and
// payload, undoing a chunked transfer coding and the Content-Encoding.
func parseHTTP(block []byte, limit int64) (int, textproto.MIMEHeader, []byte, error) {
	br := bufio.NewReader(bytes.NewReader(block))
	tp := textproto.NewReader(br)
	line, err := tp.ReadLine()
	if err != nil {
		return 0, nil, nil, fmt.Errorf("bad HTTP response: %w", err)
	}
	_, rest, ok := strings.Cut(line, " ")
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	status, err := strconv.Atoi(code)
	if !ok || err != nil {
		return 0, nil, nil, fmt.Errorf("bad HTTP status line %.60q", line)
	}
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && len(hdr) == 0 {
		return 0, nil, nil, fmt.Errorf("bad HTTP header: %w", err)
	}
	payload, _ := io.ReadAll(br)
	if strings.Contains(strings.ToLower(hdr.Get("Transfer-Encoding")), "chunked") {
		if b, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(payload))); err == nil {
			payload = b // else the archiver stored it de-chunked already
		}
	}
	if ce := hdr.Get("Content-Encoding"); ce != "" {
		if b, err := fetch.Decode(payload, ce, limit); err == nil {
			payload = b // else stored decoded, as some archivers do
		}
	}
	return status, hdr, payload, nil
}
