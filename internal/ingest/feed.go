package ingest

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// FullContent is how many characters of text an item's own content must
// hold to be taken as the article instead of fetching the item's page.
const FullContent = 1500

// fallbackContent is how many characters an item's content must hold to
// stand in for a page that cannot be fetched (or robots.txt disallows).
const fallbackContent = 400

// readFeed emits one Doc per item of an RSS, Atom or JSON feed, in the
// feed's order, leaving out items whose canonical URL (or GUID) was seen
// before in the walk.
func readFeed(ctx context.Context, o origin, b []byte, opt Options, emit func(Doc) error) error {
	if opt.seen == nil {
		opt.seen = &seenSet{}
	}
	feed, err := gofeed.NewParser().ParseString(string(b))
	if err != nil {
		return emit(Doc{Input: o.name, Err: fmt.Errorf("%w: %w", ErrFeed, err)})
	}
	base := o.url
	if base == "" {
		base = feed.Link
	}
	if len(feed.Items) == 0 {
		return emit(Doc{Input: o.name, Err: fmt.Errorf("%w: no items", ErrFeed)})
	}
	for i, it := range feed.Items {
		if err := ctx.Err(); err != nil {
			return err
		}
		link := resolveRef(base, it.Link)
		input := link
		if input == "" {
			input = fmt.Sprintf("%s#item-%d", o.name, i+1)
		}
		key := Canonical(link)
		if key == "" && it.GUID != "" {
			key = "guid:" + it.GUID
		}
		stub := Doc{Input: input, Feed: o.name, URL: link}
		if key != "" && !opt.seen.add(key) {
			stub.Err = skip("duplicate feed item", key)
			if err := emit(stub); err != nil {
				return err
			}
			continue
		}
		it, o := it, o
		if err := emit(opt.later(ctx, stub, func(ctx context.Context) Doc {
			return feedItem(ctx, o, it, input, link, opt)
		})); err != nil {
			return err
		}
	}
	return nil
}

// feedItem reads one item: its own content when it is long enough, else
// its page, fetched if robots.txt allows.
func feedItem(ctx context.Context, o origin, it *gofeed.Item, input, link string, opt Options) Doc {
	content := it.Content
	if textLen(content) < textLen(it.Description) {
		content = it.Description
	}
	n := textLen(content)
	fromContent := func(warns []string) Doc {
		format := FormatHTML
		if !strings.Contains(content, "<") {
			format = FormatText
		}
		d := document(ctx, input, 0, content, format, "", link, warns)
		d.FetchedAt, d.SHA256 = o.fetchedAt, hashHex([]byte(content))
		return itemMeta(d, o, it, link)
	}
	fail := func(err error) Doc { return itemMeta(Doc{Input: input, URL: link, Err: err}, o, it, link) }
	if n >= FullContent || link == "" && n > 0 {
		return fromContent(nil)
	}
	if link == "" {
		return fail(fmt.Errorf("%w: item has neither a link nor content", ErrFeed))
	}
	if opt.Fetcher == nil {
		if n >= fallbackContent {
			return fromContent([]string{"the item's page was not fetched; its content in the feed is used"})
		}
		return fail(fmt.Errorf("%s: %w", link, ErrNoFetch))
	}
	ok, err := opt.Fetcher.Allowed(ctx, link)
	if err != nil && ctx.Err() == nil {
		return fail(fmt.Errorf("fetching %s: %w", link, err)) // e.g. a refused address
	}
	if err == nil && !ok {
		if n >= fallbackContent {
			return fromContent([]string{"robots.txt disallows the item's page; its content in the feed is used"})
		}
		return fail(skip("robots.txt disallows", link))
	}
	resp, err := opt.Fetcher.Get(ctx, link)
	if err != nil {
		if n >= fallbackContent && ctx.Err() == nil {
			return fromContent([]string{fmt.Sprintf("the item's page could not be fetched (%v); its content in the feed is used", err)})
		}
		return fail(fmt.Errorf("fetching %s: %w", link, err))
	}
	if ct := resp.ContentType(); ct != "" && ct != "text/html" && ct != "application/xhtml+xml" {
		return fail(skip("not HTML", ct))
	}
	text, warns := decodeHTML(resp.Body, resp.Header.Get("Content-Type"))
	d := document(ctx, input, 0, text, FormatHTML, "", resp.URL, warns)
	d.FetchedAt, d.SHA256 = resp.FetchedAt, resp.SHA256
	return itemMeta(d, o, it, link)
}

// itemMeta fills what the page did not say from what the feed says.
func itemMeta(d Doc, o origin, it *gofeed.Item, link string) Doc {
	d.Feed = o.name
	if d.URL == "" {
		d.URL = link
	}
	if d.Title == "" {
		d.Title = strings.Join(strings.Fields(it.Title), " ")
	}
	if d.Byline == "" {
		var names []string
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				names = append(names, strings.TrimSpace(a.Name))
			}
		}
		d.Byline = strings.Join(names, ", ")
	}
	if d.Published == "" && it.PublishedParsed != nil {
		d.Published = it.PublishedParsed.Format(time.RFC3339)
	}
	return d
}

// textLen is the number of characters of text in an HTML fragment.
func textLen(fragment string) int {
	if !strings.Contains(fragment, "<") {
		return utf8.RuneCountInString(strings.TrimSpace(fragment))
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	n := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.TextToken:
			n += utf8.RuneCount(bytes.TrimSpace(z.Text()))
		}
	}
}

func resolveRef(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		r = b.ResolveReference(r)
	}
	if r.Scheme != "http" && r.Scheme != "https" {
		return ""
	}
	return r.String()
}

// trackingParams are query parameters that say how a reader came, not
// which page: Canonical drops them.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "dclid": true, "msclkid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "ref_src": true, "cmpid": true, "xtor": true}

// Canonical is the form of an http(s) URL under which two links to one
// page compare equal: scheme and host in lower case, no default port, no
// fragment, no tracking parameters (utm_*, fbclid, …), remaining parameters
// sorted, "/" for an empty path. It is "" for anything else.
func Canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); p == "80" && u.Scheme == "http" || p == "443" && u.Scheme == "https" {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment, u.User = "", "", nil
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
				q.Del(k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			for _, v := range q[k] {
				parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	return u.String()
}
