package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/loupe-news/loupe/internal/warc"
)

// mapResolver answers from a table; it never asks the network.
type mapResolver map[string][]string

func (m mapResolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	addrs, ok := m[host]
	if !ok {
		return nil, fmt.Errorf("no such host %q", host)
	}
	var out []netip.Addr
	for _, a := range addrs {
		out = append(out, netip.MustParseAddr(a))
	}
	return out, nil
}

var resolver = mapResolver{
	"private.test":  {"10.1.2.3"},
	"metadata.test": {"169.254.169.254"},
	"mixed.test":    {"93.184.216.34", "192.168.1.1"},
	"v6.test":       {"fd00:ec2::254"},
	"localhost":     {"127.0.0.1", "::1"},
}

// loopback allows the test server's own address, and only it: everything
// else is checked as in production.
var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

func port(srv *httptest.Server) string { return srv.URL[strings.LastIndex(srv.URL, ":"):] }

func TestRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, "secret")
	}))
	defer srv.Close()
	c := New(Options{Resolver: resolver, Rate: -1, Timeout: 5 * time.Second})
	for _, u := range []string{
		srv.URL, // 127.0.0.1
		"http://127.0.0.1/",
		"http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/",
		"http://[::1]" + port(srv) + "/",
		"http://[::ffff:127.0.0.1]" + port(srv) + "/",
		"http://[fd00:ec2::254]/",
		"http://100.64.0.1/",
		"http://0.0.0.0" + port(srv) + "/",
		"http://[fe80::1]/",
		"http://224.0.0.1/",
		"http://private.test/",
		"http://metadata.test/latest/meta-data/",
		"http://mixed.test/",
		"http://v6.test/",
		"http://localhost" + port(srv) + "/",
	} {
		_, err := c.Get(context.Background(), u)
		if !errors.Is(err, ErrBlocked) {
			t.Errorf("%s: err = %v, want ErrBlocked", u, err)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server was reached %d times", n)
	}
	// --allow-private lets them through.
	c = New(Options{Resolver: resolver, Rate: -1, AllowPrivate: true})
	if r, err := c.Get(context.Background(), srv.URL); err != nil || string(r.Body) != "secret" {
		t.Errorf("allow-private: %v", err)
	}
}

// Every redirect target is checked: the test server (allowed by address)
// redirects to forbidden ones.
func TestRefusedBehindRedirect(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/to", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("u"), http.StatusFound)
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{Resolver: resolver, Rate: -1, Allow: loopback, Timeout: 5 * time.Second})
	if r, err := c.Get(context.Background(), srv.URL+"/to?u=/ok"); err != nil || string(r.Body) != "ok" || !strings.HasSuffix(r.URL, "/ok") {
		t.Fatalf("allowed redirect: %v", err)
	}
	for _, target := range []string{
		"http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/iam/",
		"http://[::1]" + port(srv) + "/ok",
		"http://localhost" + port(srv) + "/ok",
		"http://private.test/",
		"http://metadata.test/",
	} {
		_, err := c.Get(context.Background(), srv.URL+"/to?u="+target)
		var be *BlockedError
		t.Log(err)
		if !errors.As(err, &be) {
			t.Errorf("redirect to %s: err = %v, want a BlockedError", target, err)
		}
	}
	if _, err := c.Get(context.Background(), srv.URL+"/loop"); !errors.Is(err, ErrRedirects) {
		t.Errorf("redirect loop: %v", err)
	}
	if n := hits.Load(); n != DefaultMaxRedirects+1 {
		t.Errorf("redirect loop: %d requests, want %d", n, DefaultMaxRedirects+1)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/to?u=file:///etc/passwd"); !errors.Is(err, ErrScheme) {
		t.Errorf("redirect to file: %v", err)
	}
}

func TestGet(t *testing.T) {
	page := strings.Repeat("<p>Le maire a promis un pont.</p>\n", 200)
	mux := http.NewServeMux()
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); ua != "loupe/1.2.3 (+https://github.com/loupe-news/loupe)" {
			t.Errorf("User-Agent %q", ua)
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, page)
		zw.Close()
	})
	mux.HandleFunc("/br", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "br")
		bw := brotli.NewWriter(w)
		io.WriteString(bw, page)
		bw.Close()
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write(make([]byte, 3000)) })
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(make([]byte, 1<<20))
		zw.Close()
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/404", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var arch bytes.Buffer
	aw := warc.NewWriter(&arch, true)
	c := New(Options{Allow: loopback, Rate: -1, UserAgent: UserAgent("1.2.3"), Archive: aw})
	for _, p := range []string{"/gzip", "/br"} {
		r, err := c.Get(context.Background(), srv.URL+p)
		if err != nil || string(r.Body) != page || len(r.SHA256) != 64 || r.FetchedAt.IsZero() {
			t.Errorf("%s: %v", p, err)
		}
	}
	var se *StatusError
	if _, err := c.Get(context.Background(), srv.URL+"/404"); !errors.As(err, &se) || se.Code != 404 {
		t.Errorf("404: %v", err)
	}
	small := New(Options{Allow: loopback, Rate: -1, MaxBytes: 2000, Timeout: 300 * time.Millisecond})
	for _, p := range []string{"/big", "/bomb"} {
		if _, err := small.Get(context.Background(), srv.URL+p); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: %v, want ErrTooLarge", p, err)
		}
	}
	start := time.Now()
	if _, err := small.Get(context.Background(), srv.URL+"/slow"); err == nil || time.Since(start) > 2*time.Second {
		t.Errorf("slow: %v after %v", err, time.Since(start))
	}

	// The archive holds a response and a request record per exchange.
	rd, err := warc.NewReader(&arch)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		types[rec.Type()]++
		b, _ := io.ReadAll(rec.Block)
		if rec.Type() == "response" && strings.HasSuffix(rec.Header.Get("WARC-Target-URI"), "/404") && !bytes.HasPrefix(b, []byte("HTTP/1.1 404")) {
			t.Errorf("404 record: %.40q", b)
		}
	}
	if types["response"] != 3 || types["request"] != 3 {
		t.Errorf("archive records: %v", types)
	}
}

func TestRateAndRobots(t *testing.T) {
	var robotsHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		robotsHits.Add(1)
		fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: loupe\nDisallow: /private\nAllow: /private/open\n")
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "x") })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{Allow: loopback, Rate: 20, UserAgent: UserAgent("test")})
	for p, want := range map[string]bool{"/": true, "/a/b": true, "/private": false, "/private/x?y=1": false, "/private/open/z": true} {
		got, err := c.Allowed(context.Background(), srv.URL+p)
		if err != nil || got != want {
			t.Errorf("Allowed(%s) = %v, %v; want %v", p, got, err, want)
		}
	}
	if n := robotsHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	start := time.Now()
	for range 4 {
		if _, err := c.Get(context.Background(), srv.URL+"/"); err != nil {
			t.Fatal(err)
		}
	}
	// 4 requests at 20/s after the robots.txt one: at least 4 gaps of 50 ms.
	if d := time.Since(start); d < 190*time.Millisecond {
		t.Errorf("4 requests at 20/s took %v", d)
	}
}

func TestParseRobots(t *testing.T) {
	txt := `# comment
User-agent: Googlebot
Disallow: /

User-agent: *
Crawl-delay: 2
Disallow: /search
Disallow: /*.pdf$
Allow: /search/about
Disallow:
`
	r := ParseRobots([]byte(txt), "loupe")
	for p, want := range map[string]bool{
		"/": true, "/search": false, "/search?q=x": false, "/search/about": true,
		"/doc.pdf": false, "/doc.pdf?x": true, "/news/2024/a.html": true,
	} {
		if got := r.Allowed(p); got != want {
			t.Errorf("Allowed(%q) = %v, want %v", p, got, want)
		}
	}
	if r.Delay != 2*time.Second {
		t.Errorf("Delay = %v", r.Delay)
	}
	if g := ParseRobots([]byte(txt), "googlebot"); g.Allowed("/x") {
		t.Error("googlebot group ignored")
	}
}

// The dialer's Control hook refuses a forbidden socket address by itself,
// whatever name led there.
func TestControlHook(t *testing.T) {
	c := New(Options{Allow: loopback})
	for addr, ok := range map[string]bool{"10.0.0.1:80": false, "169.254.169.254:80": false, "[::1]:443": false,
		"[fd00:ec2::254]:80": false, "127.0.0.1:8080": true, "93.184.216.34:443": true, "[2606:4700::1]:443": true} {
		if err := c.control("tcp", addr, nil); (err == nil) != ok {
			t.Errorf("control(%s) = %v", addr, err)
		}
	}
}

func TestDeprecatedIPv6Ranges(t *testing.T) {
	for _, a := range []string{"::127.0.0.1", "::10.0.0.1", "fec0::1"} {
		if why(netip.MustParseAddr(a)) == "" {
			t.Errorf("%s is not refused", a)
		}
	}
	if r := why(netip.MustParseAddr("2606:4700::1111")); r != "" {
		t.Errorf("a public IPv6 address refused: %s", r)
	}
}
