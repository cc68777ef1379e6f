package ingest

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodeText decodes a text input: UTF-8 or UTF-16 with a byte order mark,
// else the charset its Content-Type names (fetched input only), else UTF-8
// with each invalid byte replaced (Repair).
func decodeText(b []byte, contentType string) (string, []string) {
	if !utf8.Valid(b) && !hasUTF16BOM(b) && contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			if enc, name := charset.Lookup(params["charset"]); enc != nil && name != "utf-8" {
				if out, err := enc.NewDecoder().Bytes(b); err == nil {
					s, _ := Repair(out)
					return s, []string{"decoded from " + name}
				}
			}
		}
	}
	return repairWarn(b)
}

// decodeHTML decodes an HTML page: valid UTF-8 as it is, else the charset
// that a byte order mark, the Content-Type header or the page's own <meta>
// declares, else one guessed from the bytes (windows-1252 when nothing is
// said, as browsers do), converted to UTF-8.
func decodeHTML(b []byte, contentType string) (string, []string) {
	if utf8.Valid(b) || hasUTF16BOM(b) {
		return repairWarn(b)
	}
	enc, name, _ := charset.DetermineEncoding(b[:min(len(b), 1024)], contentType)
	if name == "utf-8" || enc == nil {
		return repairWarn(b)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return repairWarn(b)
	}
	s, _ := Repair(out)
	return s, []string{"decoded from " + name}
}

func repairWarn(b []byte) (string, []string) {
	s, bad := Repair(b)
	if bad > 0 {
		return s, []string{badWarning(bad)}
	}
	return s, nil
}

// isWARC says whether head starts a WARC file, plain or gzipped.
func isWARC(head []byte) bool {
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return true
	}
	if len(head) < 2 || head[0] != 0x1f || head[1] != 0x8b {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	var b [7]byte
	n, _ := io.ReadFull(zr, b[:])
	return string(b[:n]) == "WARC/1."
}

// isJSONFeed says whether a JSON object head is a JSON Feed.
func isJSONFeed(head []byte) bool {
	return bytes.Contains(head, []byte(`"https://jsonfeed.org/version/`)) ||
		bytes.Contains(head, []byte(`"http://jsonfeed.org/version/`))
}

// isXMLFeed says whether markup head is an RSS, RDF or Atom document: its
// root element, after an XML declaration, comments and processing
// instructions, is rss, rdf:RDF or feed.
func isXMLFeed(head []byte) bool {
	b := head
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return false
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return false
			}
			b = b[i+3:]
		case bytes.HasPrefix(b, []byte("<!")):
			i := bytes.IndexByte(b, '>')
			if i < 0 {
				return false
			}
			b = b[i+1:]
		default:
			lower := bytes.ToLower(b[:min(len(b), 10)])
			for _, root := range []string{"<rss", "<rdf:rdf", "<feed"} {
				if bytes.HasPrefix(lower, []byte(root)) && len(lower) > len(root) {
					c := lower[len(root)]
					return c == ' ' || c == '>' || c == '\t' || c == '\r' || c == '\n'
				}
			}
			return false
		}
	}
}
