package fetch

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/loupe-news/loupe/internal/warc"
)

// archive writes the request and the response of one exchange as WARC
// records: the request as sent (request line and headers), the response as
// received (status line, headers, body before Content-Encoding is undone;
// the chunked transfer coding is removed, as readers expect).
func (c *Client) archive(req *http.Request, resp *http.Response, body []byte, remote string, at time.Time, truncated bool) error {
	var rq bytes.Buffer
	fmt.Fprintf(&rq, "%s %s HTTP/1.1\r\nHost: %s\r\n", req.Method, req.URL.RequestURI(), req.URL.Host)
	req.Header.Write(&rq)
	rq.WriteString("\r\n")

	var rs bytes.Buffer
	fmt.Fprintf(&rs, "HTTP/1.1 %s\r\n", resp.Status)
	resp.Header.Write(&rs)
	rs.WriteString("\r\n")
	rs.Write(body)

	uri, date := req.URL.String(), warc.Date(at)
	respID, reqID := warc.NewID(), warc.NewID()
	sum := sha256.Sum256(body)
	h := warc.Header{
		{Name: "WARC-Type", Value: "response"},
		{Name: "WARC-Record-ID", Value: respID},
		{Name: "WARC-Date", Value: date},
		{Name: "WARC-Target-URI", Value: uri},
		{Name: "Content-Type", Value: "application/http;msgtype=response"},
		{Name: "WARC-Payload-Digest", Value: "sha256:" + base32.StdEncoding.EncodeToString(sum[:])},
	}
	if host, _, err := net.SplitHostPort(remote); err == nil {
		h.Set("WARC-IP-Address", host)
	}
	if resp.ProtoMajor == 2 {
		h.Set("WARC-Protocol", "h2")
	}
	if truncated {
		h.Set("WARC-Truncated", "length")
	}
	if err := c.opt.Archive.Write(h, rs.Bytes()); err != nil {
		return err
	}
	return c.opt.Archive.Write(warc.Header{
		{Name: "WARC-Type", Value: "request"},
		{Name: "WARC-Record-ID", Value: reqID},
		{Name: "WARC-Date", Value: date},
		{Name: "WARC-Target-URI", Value: uri},
		{Name: "WARC-Concurrent-To", Value: respID},
		{Name: "Content-Type", Value: "application/http;msgtype=request"},
	}, rq.Bytes())
}

// WriteWarcinfo writes the warcinfo record that opens an archive.
func WriteWarcinfo(w *warc.Writer, filename, software string) error {
	var b bytes.Buffer
	b.WriteString("software: " + software + "\r\n")
	b.WriteString("format: WARC File Format 1.1\r\n")
	b.WriteString("conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
	return w.Write(warc.Header{
		{Name: "WARC-Type", Value: "warcinfo"},
		{Name: "WARC-Filename", Value: filename},
		{Name: "Content-Type", Value: "application/warc-fields"},
	}, b.Bytes())
}
