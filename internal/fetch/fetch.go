package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/loupe-news/loupe/internal/warc"
)

// Sentinel errors.
var (
	ErrBlocked   = errors.New("fetch: address not allowed")
	ErrScheme    = errors.New("fetch: only http and https URLs are fetched")
	ErrTooLarge  = errors.New("fetch: response too large")
	ErrRedirects = errors.New("fetch: too many redirects")
	ErrStatus    = errors.New("fetch: HTTP error status")
	ErrRobots    = errors.New("fetch: disallowed by robots.txt")
	ErrEncoding  = errors.New("fetch: cannot decode Content-Encoding")
)

// StatusError is a response with a status other than 2xx.
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch: %s: HTTP %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// Defaults.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 32 << 20
	DefaultMaxRedirects = 5
	DefaultRate         = 1.0 // requests per second and host
	Home                = "https://github.com/loupe-news/loupe"
)

// UserAgent is Loupe's User-Agent for a version: "loupe/VERSION (+HOME)".
func UserAgent(version string) string { return "loupe/" + version + " (+" + Home + ")" }

// Resolver resolves host names; *net.Resolver is one.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Options configure a Client. The zero value is usable.
type Options struct {
	Timeout      time.Duration // whole fetch, redirects and body included; 0: DefaultTimeout
	MaxBytes     int64         // body, before and after decoding; 0: DefaultMaxBytes
	MaxRedirects int           // 0: DefaultMaxRedirects; < 0: none followed
	UserAgent    string        // "": UserAgent("dev")
	// Rate is the most requests a second to one host; 0: DefaultRate;
	// < 0: no limit. A robots.txt Crawl-delay slows a host further.
	Rate float64
	// AllowPrivate lets the client reach loopback, private, link-local and
	// cloud-metadata addresses (the --allow-private flag).
	AllowPrivate bool
	// Allow lists ranges reachable even so; tests use it to reach their own
	// httptest server on loopback while every other address is checked.
	Allow []netip.Prefix
	// Resolver resolves host names; nil: net.DefaultResolver.
	Resolver Resolver
	// Archive, if set, receives a WARC request and response record for
	// every HTTP exchange, redirects and robots.txt included.
	Archive *warc.Writer
	// Now is the clock; nil: time.Now.
	Now func() time.Time
}

// Response is a fetched page.
type Response struct {
	URL       string // after redirects
	Status    int
	Header    http.Header
	Body      []byte // Content-Encoding undone
	FetchedAt time.Time
	SHA256    string // hex SHA-256 of Body
}

// ContentType is the media type of the response, lower-case, without
// parameters ("text/html"); "" when the server sent none.
func (r *Response) ContentType() string {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return ""
	}
	return mt
}

// Client fetches URLs over HTTP(S) with limits, an SSRF defence, a per-host
// rate and robots.txt. It is safe for concurrent use.
type Client struct {
	opt    Options
	hc     *http.Client
	rate   limiter
	robots robotsCache
}

// New makes a Client.
func New(opt Options) *Client {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects == 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent("dev")
	}
	if opt.Rate == 0 {
		opt.Rate = DefaultRate
	}
	if opt.Resolver == nil {
		opt.Resolver = net.DefaultResolver
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	c := &Client{opt: opt}
	tr := &http.Transport{
		Proxy:                  nil, // a proxy would be the address checked, not the page's
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           64,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  opt.Timeout,
		MaxResponseHeaderBytes: 1 << 20,
		DisableCompression:     true, // done here, so that the archive keeps the bytes sent
	}
	tr.DialContext = c.dial
	c.hc = &http.Client{
		Transport:     tr,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	c.rate.now = opt.Now
	c.rate.interval = time.Duration(float64(time.Second) / opt.Rate)
	if opt.Rate < 0 {
		c.rate.interval = 0
	}
	return c
}

// Get fetches rawURL, following up to MaxRedirects redirects, each checked
// like the first. A status other than 2xx is a *StatusError.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	for hop := 0; ; hop++ {
		resp, err := c.exchange(ctx, u)
		if err != nil {
			return nil, err
		}
		if resp.Status >= 300 && resp.Status < 400 && resp.Status != http.StatusNotModified {
			loc := resp.Header.Get("Location")
			if loc == "" {
				return nil, &StatusError{URL: u.String(), Code: resp.Status}
			}
			if hop >= c.opt.MaxRedirects {
				return nil, fmt.Errorf("%w (%d) at %s", ErrRedirects, hop, u)
			}
			next, err := u.Parse(loc)
			if err != nil {
				return nil, fmt.Errorf("fetch: bad redirect from %s: %w", u, err)
			}
			u = next
			continue
		}
		if resp.Status < 200 || resp.Status > 299 {
			return nil, &StatusError{URL: u.String(), Code: resp.Status}
		}
		return resp, nil
	}
}

// exchange makes one request and reads its response whole, within limits.
func (c *Client) exchange(ctx context.Context, u *url.URL) (*Response, error) {
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: %s", ErrScheme, u)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch: %s: no host", u)
	}
	if err := c.rate.wait(ctx, u.Hostname()); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.8")
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	var remote string
	req = req.WithContext(httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(i httptrace.GotConnInfo) { remote = i.Conn.RemoteAddr().String() },
	}))
	at := c.opt.Now()
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err // *url.Error names the URL; errors.Is finds ErrBlocked
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	truncated := int64(len(raw)) > c.opt.MaxBytes
	if truncated {
		raw = raw[:c.opt.MaxBytes]
	}
	if c.opt.Archive != nil {
		if aerr := c.archive(req, resp, raw, remote, at, truncated); aerr != nil && err == nil {
			err = aerr
		}
	}
	if err != nil {
		return nil, fmt.Errorf("fetch: reading %s: %w", u, err)
	}
	if truncated {
		return nil, fmt.Errorf("%w: %s (more than %d bytes)", ErrTooLarge, u, c.opt.MaxBytes)
	}
	body, err := decode(raw, resp.Header.Get("Content-Encoding"), c.opt.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", u, err)
	}
	sum := sha256.Sum256(body)
	return &Response{URL: u.String(), Status: resp.StatusCode, Header: resp.Header, Body: body,
		FetchedAt: at.UTC(), SHA256: hex.EncodeToString(sum[:])}, nil
}

// decode undoes a Content-Encoding (gzip, deflate, br, in the order given),
// failing past limit bytes.
func decode(b []byte, encoding string, limit int64) ([]byte, error) {
	codings := strings.Split(encoding, ",")
	for i := len(codings) - 1; i >= 0; i-- {
		var r io.Reader
		var err error
		switch strings.ToLower(strings.TrimSpace(codings[i])) {
		case "", "identity":
			continue
		case "gzip", "x-gzip":
			r, err = gzip.NewReader(bytes.NewReader(b))
		case "deflate":
			// Servers send zlib (as the RFC says) or raw deflate.
			if r, err = zlib.NewReader(bytes.NewReader(b)); err != nil {
				r, err = flate.NewReader(bytes.NewReader(b)), nil
			}
		case "br":
			r = brotli.NewReader(bytes.NewReader(b))
		default:
			return nil, fmt.Errorf("%w %q", ErrEncoding, codings[i])
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrEncoding, err)
		}
		out, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrEncoding, err)
		}
		if int64(len(out)) > limit {
			return nil, fmt.Errorf("%w (more than %d bytes decoded)", ErrTooLarge, limit)
		}
		b = out
	}
	return b, nil
}

// limiter spaces the requests to each host.
type limiter struct {
	mu       sync.Mutex
	next     map[string]time.Time
	delay    map[string]time.Duration // robots.txt Crawl-delay
	interval time.Duration
	now      func() time.Time
}

func (l *limiter) setDelay(host string, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.delay == nil {
		l.delay = map[string]time.Duration{}
	}
	l.delay[strings.ToLower(host)] = d
}

// wait blocks until a request to host may be made.
func (l *limiter) wait(ctx context.Context, host string) error {
	host = strings.ToLower(host)
	l.mu.Lock()
	gap := max(l.interval, l.delay[host])
	if gap <= 0 {
		l.mu.Unlock()
		return nil
	}
	if l.next == nil {
		l.next = map[string]time.Time{}
	}
	now := l.now()
	t := l.next[host]
	if t.Before(now) {
		t = now
	}
	l.next[host] = t.Add(gap)
	l.mu.Unlock()
	if d := t.Sub(now); d > 0 {
		timer := time.NewTimer(d)
		defer timer.Stop()
		select {
		case <-timer.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// Decode undoes a Content-Encoding (gzip, deflate, br, or a list of them),
// failing with ErrTooLarge past limit bytes. Readers of archived responses
// use it.
func Decode(b []byte, encoding string, limit int64) ([]byte, error) {
	return decode(b, encoding, limit)
}
