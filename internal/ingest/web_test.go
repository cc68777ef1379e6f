package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/fetch"
	"github.com/loupe-news/loupe/internal/warc"
)

const para = "Le conseil municipal a voté mardi soir le budget de la nouvelle ligne de tramway, qui doit relier la gare au port d'ici à 2027. "

func page(title string) string {
	return "<!doctype html><html lang=fr><head><title>" + title + "</title></head><body><nav><a href=/>Accueil</a> <a href=/sport>Sport</a></nav><article><h1>" +
		title + "</h1><p>" + strings.Repeat(para, 4) + "</p><p>" + strings.Repeat("Les travaux commenceront au printemps. ", 5) + "</p></article><footer>Mentions légales</footer></body></html>"
}

func httpResponse(ctype, body string, extra ...string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\n" + strings.Join(extra, "") + "\r\n" + body
}

func testWARC(t *testing.T, gz bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, gz)
	rec := func(typ, uri, ctype, block string) {
		if err := w.Write(warc.Header{{Name: "WARC-Type", Value: typ}, {Name: "WARC-Target-URI", Value: uri},
			{Name: "WARC-Date", Value: "2024-03-14T09:30:00Z"}, {Name: "Content-Type", Value: ctype}}, []byte(block)); err != nil {
			t.Fatal(err)
		}
	}
	rec("warcinfo", "", "application/warc-fields", "software: test\r\n")
	rec("request", "https://a.example/1", "application/http;msgtype=request", "GET /1 HTTP/1.1\r\n\r\n")
	rec("response", "https://a.example/1", "application/http;msgtype=response", httpResponse("text/html; charset=utf-8", page("Premier article")))
	rec("response", "https://a.example/logo.png", "application/http;msgtype=response", httpResponse("image/png", "\x89PNG"))
	rec("response", "https://a.example/gone", "application/http;msgtype=response", strings.Replace(httpResponse("text/html", "<p>x</p>"), "200 OK", "404 Not Found", 1))
	// Latin-1 page, declared in the HTTP header only.
	latin := strings.ReplaceAll(page("Deuxième article"), "è", "\xe8")
	latin = strings.ReplaceAll(latin, "é", "\xe9")
	rec("response", "https://a.example/2", "application/http;msgtype=response", httpResponse("text/html; charset=iso-8859-1", latin))
	if !gz {
		buf.WriteString("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nope\r\n\r\n<p>broken</p>\r\n\r\n")
	}
	rec("resource", "https://a.example/3", "text/html", page("Troisième article"))
	return buf.Bytes()
}

func TestReadWARC(t *testing.T) {
	for _, gz := range []bool{false, true} {
		for _, lazy := range []bool{false, true} {
			var docs []Doc
			err := Read(context.Background(), "x.warc", bytes.NewReader(testWARC(t, gz)), FormatAuto, Options{Lazy: lazy}, func(d Doc) error {
				docs = append(docs, d.Resolve(context.Background()))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range docs {
				switch {
				case errors.Is(d.Err, ErrSkipped):
					got = append(got, "skip "+d.URL)
				case d.Err != nil:
					got = append(got, "error")
				default:
					got = append(got, d.Title+" "+d.URL)
					if d.FetchedAt != time.Date(2024, 3, 14, 9, 30, 0, 0, time.UTC) || len(d.SHA256) != 64 || !strings.Contains(d.Text, "tramway") {
						t.Errorf("doc %+v", d)
					}
					if strings.Contains(d.Text, "Accueil") || !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, utf8.RuneError) {
						t.Errorf("text %q", d.Text)
					}
				}
			}
			want := []string{"Premier article https://a.example/1", "skip https://a.example/logo.png", "skip https://a.example/gone", "Deuxième article https://a.example/2"}
			if !gz {
				want = append(want, "error")
			}
			want = append(want, "Troisième article https://a.example/3")
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("gz=%v lazy=%v:\n%s\nwant\n%s", gz, lazy, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	}
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Le Journal</title><link>https://news.example/</link>
<item><title>Tramway</title><link>https://news.example/tram?utm_source=rss</link><pubDate>Thu, 14 Mar 2024 09:30:00 +0100</pubDate><description>Court résumé.</description></item>
<item><title>Tramway again</title><link>https://NEWS.example:443/tram#top</link></item>
<item><title>Long</title><link>/long</link><content:encoded><![CDATA[<p>` + "%s" + `</p>]]></content:encoded></item>
<item><title>Secret</title><link>https://news.example/private/x</link><description>Short.</description></item>
</channel></rss>`

func TestReadFeed(t *testing.T) {
	feed := fmt.Sprintf(rss, strings.Repeat(para, 15))
	var gets []string
	f := &robotsFetcher{get: func(url string) (*fetch.Response, error) {
		gets = append(gets, url)
		return &fetch.Response{URL: url, Status: 200, Header: http.Header{"Content-Type": {"text/html"}},
			Body: []byte(page("Page de " + url)), FetchedAt: time.Unix(1700000000, 0).UTC(), SHA256: strings.Repeat("a", 64)}, nil
	}}
	if got := sniff([]byte(feed)); got != FormatFeed {
		t.Fatalf("sniff = %s", got)
	}
	var docs []Doc
	Read(context.Background(), "feed.xml", strings.NewReader(feed), FormatAuto, Options{Fetcher: f, Lazy: true}, func(d Doc) error {
		docs = append(docs, d.Resolve(context.Background()))
		return nil
	})
	if len(docs) != 4 {
		t.Fatalf("%d docs: %+v", len(docs), docs)
	}
	if d := docs[0]; d.Err != nil || d.Title != "Page de https://news.example/tram?utm_source=rss" || d.Feed != "feed.xml" || d.SHA256 == "" || d.FetchedAt.IsZero() || d.Published == "" {
		t.Errorf("fetched item: %+v", d)
	}
	if d := docs[1]; !errors.Is(d.Err, ErrSkipped) || !strings.Contains(d.Err.Error(), "duplicate") {
		t.Errorf("duplicate item: %+v", d)
	}
	if d := docs[2]; d.Err != nil || d.URL != "https://news.example/long" || !strings.Contains(d.Text, "tramway") || d.Title != "Long" {
		t.Errorf("full-content item: %+v", d)
	}
	if d := docs[3]; !errors.Is(d.Err, ErrSkipped) || !strings.Contains(d.Err.Error(), "robots.txt") {
		t.Errorf("disallowed item: %+v", d)
	}
	if len(gets) != 1 {
		t.Errorf("fetched %v, want the first item's page only", gets)
	}

	jf := `{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "url": "https://j.example/a", "title": "A", "content_text": "` + strings.Repeat("Plain text of the article. ", 80) + `"}]}`
	docs = nil
	Read(context.Background(), "-", strings.NewReader(jf), FormatAuto, Options{}, func(d Doc) error { docs = append(docs, d); return nil })
	if len(docs) != 1 || docs[0].Err != nil || docs[0].URL != "https://j.example/a" || !strings.HasPrefix(docs[0].Text, "Plain text") {
		t.Errorf("JSON Feed: %+v", docs)
	}
	atom := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://a.example/e"/><id>x</id><author><name>Ann Lee</name></author></entry></feed>`
	docs = nil
	Read(context.Background(), "a.atom", strings.NewReader(atom), FormatAuto, Options{Fetcher: f}, func(d Doc) error { docs = append(docs, d); return nil })
	if len(docs) != 1 || docs[0].Err != nil || docs[0].Byline == "" {
		t.Errorf("Atom: %+v", docs)
	}
}

type robotsFetcher struct {
	get func(string) (*fetch.Response, error)
}

func (f *robotsFetcher) Get(_ context.Context, url string) (*fetch.Response, error) {
	return f.get(url)
}
func (f *robotsFetcher) Allowed(_ context.Context, url string) (bool, error) {
	return !strings.Contains(url, "/private/"), nil
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://Example.ORG:443/a?utm_source=x&b=2&a=1#frag": "https://example.org/a?a=1&b=2",
		"http://example.org":                 "http://example.org/",
		"http://example.org:8080/x?fbclid=1": "http://example.org:8080/x",
		"ftp://example.org/":                 "",
		"/relative":                          "",
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeHTMLCharset(t *testing.T) {
	b := []byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93cr\xe8me\x94</p></body></html>")
	s, warns := decodeHTML(b, "")
	if !strings.Contains(s, "Café “crème”") || len(warns) != 1 {
		t.Errorf("decodeHTML = %q %v", s, warns)
	}
	s, _ = decodeText([]byte("Caf\xe9"), "text/plain; charset=ISO-8859-1")
	if s != "Café" {
		t.Errorf("decodeText = %q", s)
	}
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(fmt.Sprintf(rss, "long")))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1", "items": [{"url": "https://x/", "content_html": "<p>hi</p>"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := Read(context.Background(), "f.rss", bytes.NewReader(b), FormatFeed, Options{}, func(d Doc) error {
			if d.Err == nil && !utf8.ValidString(d.Text) {
				t.Fatalf("invalid UTF-8 text %q", d.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzReadWARC(f *testing.F) {
	f.Add(testWARC(&testing.T{}, false))
	f.Add(testWARC(&testing.T{}, true)[:300])
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		n := 0
		err := Read(context.Background(), "f.warc", bytes.NewReader(b), FormatWARC, Options{}, func(d Doc) error {
			n++
			if d.Err == nil && !utf8.ValidString(d.Text) {
				t.Fatalf("invalid UTF-8 text")
			}
			if n > len(b)+1 {
				t.Fatalf("%d docs from %d bytes", n, len(b))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
