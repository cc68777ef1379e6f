package reputation

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"

	"github.com/loupe-news/loupe/internal/loupe"
)

//go:embed lists/*.csv lists/*.meta platforms.txt
var listFS embed.FS

// Errors of the package.
var (
	ErrFormat = errors.New("reputation: malformed list")
	ErrRead   = errors.New("reputation: cannot read list")
)

// List describes one rating list: who made it, when, and how to read its
// rating. It is what a list's sidecar (.meta) or comment header says.
type List struct {
	Name     string // "list:" — shown as ReputationMatch.List
	Date     string // "date:"
	Citation string // "citation:"
	Licence  string // "licence:"
	Source   string // "source:" — where the file was taken from
	Rating   string // "rating:" — how to read the rating column
	File     string // file the list was read from ("lists/x.csv" for a shipped one)
	Entries  int    // distinct domains and URL prefixes
}

// entry is one row of one list.
type entry struct {
	list     int
	key      string // normalised domain, with its path when it has one
	rating   any    // float64 when the cell is a number, else the string, nil when empty
	labels   []string
	date     string
	citation string
}

// Index holds every list, keyed by normalised domain (and path). It is
// read-only after New and safe for concurrent use.
type Index struct {
	lists     []List
	byKey     map[string][]int32 // key -> indices into entries
	entries   []entry
	platforms map[string]bool
	pathHosts map[string]bool // hosts of the entries that have a path
}

// New loads the shipped lists, then the user lists at the paths in extra
// (CSV files in the shape doc.go describes).
func New(extra ...string) (*Index, error) {
	ix := &Index{byKey: map[string][]int32{}, platforms: map[string]bool{}, pathHosts: map[string]bool{}}
	pl, err := listFS.ReadFile("platforms.txt")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRead, err)
	}
	for _, line := range strings.Split(string(pl), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			ix.platforms[line] = true
		}
	}
	names, err := listFS.ReadDir("lists")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRead, err)
	}
	for _, n := range names {
		if !strings.HasSuffix(n.Name(), ".csv") {
			continue
		}
		file := "lists/" + n.Name()
		data, err := listFS.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRead, err)
		}
		meta, err := listFS.ReadFile(strings.TrimSuffix(file, ".csv") + ".meta")
		if err != nil {
			return nil, fmt.Errorf("%w: %s has no .meta sidecar: %w", ErrRead, file, err)
		}
		if err := ix.add(file, meta, data); err != nil {
			return nil, err
		}
	}
	for _, file := range extra {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRead, err)
		}
		if err := ix.add(file, nil, data); err != nil {
			return nil, err
		}
	}
	return ix, nil
}

// Lists describes the loaded lists in load order: shipped, then user lists.
func (ix *Index) Lists() []List { return slices.Clone(ix.lists) }

// Match returns what each list says of the article at rawURL (or, when rawURL
// is empty or has no host, of site). One match per list that knows the site,
// in list order; the most specific entry wins within a list: a URL prefix
// ("example.com/blog"), then the exact host, then each parent domain up to
// the registrable domain (eTLD+1). A host under a hosting platform
// (platforms.txt) does not inherit the platform's rating, and a page on a
// platform matches the platform's own entry only when the URL has no path.
func (ix *Index) Match(rawURL, site string) []loupe.ReputationMatch {
	host, p, www := splitURL(rawURL)
	if host == "" {
		host, p, www = splitURL(site)
	}
	if host == "" {
		return nil
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		reg = host
	}
	platform := ix.platforms[reg]
	var out []loupe.ReputationMatch
	var seen uint64 // lists already matched (first 64); beyond, a scan of out
	var buf [256]byte
	take := func(key []byte, how string) {
		for _, ei := range ix.byKey[string(key)] {
			e := &ix.entries[ei]
			if e.list < 64 {
				if seen&(1<<e.list) != 0 {
					continue
				}
				seen |= 1 << e.list
			} else if slices.ContainsFunc(out, func(m loupe.ReputationMatch) bool { return m.List == ix.lists[e.list].Name }) {
				continue
			}
			l := &ix.lists[e.list]
			m := loupe.ReputationMatch{List: l.Name, Match: how, Domain: e.key, Rating: e.rating,
				Labels: slices.Clone(e.labels), Date: l.Date, Citation: l.Citation}
			if e.date != "" {
				m.Date = e.date
			}
			if e.citation != "" {
				m.Citation = e.citation
			}
			out = append(out, m)
		}
	}
	for h := host; ; {
		if p != "" && ix.pathHosts[h] {
			// Longest path prefix first, cut at '/' boundaries.
			for q := p; q != ""; {
				take(append(append(buf[:0], h...), q...), MatchURLPrefix)
				i := strings.LastIndexByte(q, '/')
				if i <= 0 {
					break
				}
				q = q[:i]
			}
		}
		switch {
		case h == host:
			if !(platform && h == reg && p != "") {
				// A list may rate "www.x" apart from "x": the form the URL
				// uses wins, the other stands in for it.
				wh := append(append(buf[:0], "www."...), h...)
				if www {
					take(wh, MatchHost)
				}
				take(wh[4:], MatchHost)
				take(wh, MatchHost)
			}
		case h == reg:
			take(append(buf[:0], h...), MatchDomain)
		default:
			take(append(buf[:0], h...), MatchParent)
		}
		if h == reg || platform {
			break
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	slices.SortStableFunc(out, func(a, b loupe.ReputationMatch) int { return ix.order(a.List) - ix.order(b.List) })
	return out
}

func (ix *Index) order(name string) int {
	for i := range ix.lists {
		if ix.lists[i].Name == name {
			return i
		}
	}
	return len(ix.lists)
}

// How a list entry matched (ReputationMatch.Match).
const (
	MatchURLPrefix = "url_prefix"         // the entry is a domain with a path that prefixes the URL's
	MatchHost      = "host"               // the entry is the URL's host (without "www.")
	MatchParent    = "parent_domain"      // the entry is a parent of the host below its registrable domain
	MatchDomain    = "registrable_domain" // the entry is the host's registrable domain (eTLD+1)
)

// splitURL returns the normalised host (lower case, ASCII, no "www.", no
// port, no trailing dot), the path without a trailing '/' ("" for "/") and
// whether the host began with "www.".
func splitURL(raw string) (host, p string, www bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "", "", false
	}
	if !strings.Contains(raw, "://") {
		raw = "http://" + strings.TrimPrefix(raw, "//")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", false
	}
	host = normHost(u.Hostname())
	if strings.HasPrefix(host, "www.") {
		host, www = host[4:], true
	}
	p = strings.TrimRight(u.EscapedPath(), "/")
	if p != "" {
		if up, err := url.PathUnescape(p); err == nil {
			p = up
		}
		p = strings.ToLower(p)
	}
	return host, p, www
}

// normHost lower-cases a host, turns an IDN into its ASCII form and drops
// a trailing dot. It returns "" for what is not a host name.
func normHost(h string) string {
	h = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(h)), ".")
	if h == "" {
		return ""
	}
	ascii := true
	for i := 0; i < len(h); i++ {
		if h[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		a, err := idna.Lookup.ToASCII(h)
		if err != nil {
			return ""
		}
		h = a
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return ""
		}
	}
	if !strings.Contains(h, ".") || strings.Contains(h, "..") || h[0] == '.' {
		return ""
	}
	return h
}

// normEntry normalises a list's domain cell: scheme and trailing '/'
// dropped, spaces removed, host in ASCII, path in lower case. "www." stays
// when there is no path: a list may rate www.x apart from x.
func normEntry(cell string) (string, bool) {
	cell = strings.Join(strings.Fields(cell), "")
	if cell == "" {
		return "", false
	}
	host, p, www := splitURL(cell)
	if host == "" {
		return "", false
	}
	if www && p == "" {
		host = "www." + host
	}
	return host + p, true
}

// header holds the "key: value" lines of a sidecar or comment header.
type header map[string]string

func parseHeader(file string, data []byte, comment bool) (header, error) {
	h := header{}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if comment {
			if !strings.HasPrefix(line, "#") {
				break
			}
			line = strings.TrimSpace(strings.TrimPrefix(line, "#"))
		} else if line == "" || strings.HasPrefix(line, "#") {
			n++
			continue
		}
		n++
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			if comment {
				continue // a free comment
			}
			return nil, fmt.Errorf("%w: %s:%d: want \"key: value\"", ErrFormat, file, n)
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "name" {
			k = "list"
		}
		if k == "license" {
			k = "licence"
		}
		h[k] = strings.TrimSpace(v)
	}
	return h, nil
}

// column finds a column by header name (case-insensitive) or by 1-based
// number; def is used when spec is empty. It returns -1 when absent.
func column(cols []string, spec string, def int) int {
	if spec == "" {
		return def
	}
	if n, err := strconv.Atoi(spec); err == nil {
		if n >= 1 && n <= len(cols) {
			return n - 1
		}
		return -1
	}
	for i, c := range cols {
		if strings.EqualFold(strings.TrimSpace(c), spec) {
			return i
		}
	}
	return -1
}

func (ix *Index) add(file string, meta, data []byte) error {
	var h header
	var err error
	if meta != nil {
		h, err = parseHeader(file+" (.meta)", meta, false)
	} else {
		h, err = parseHeader(file, data, true)
	}
	if err != nil {
		return err
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	name := h["list"]
	if name == "" {
		name = strings.TrimSuffix(path.Base(strings.ReplaceAll(file, "\\", "/")), ".csv")
	}
	for _, l := range ix.lists {
		if l.Name == name {
			return fmt.Errorf("%w: %s: list name %q already loaded", ErrFormat, file, name)
		}
	}
	li := len(ix.lists)
	ix.lists = append(ix.lists, List{Name: name, Date: h["date"], Citation: h["citation"],
		Licence: h["licence"], Source: h["source"], Rating: h["rating"], File: file})

	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = 0
	r.ReuseRecord = true
	cols, err := r.Read()
	if err == io.EOF {
		return fmt.Errorf("%w: %s: no header line", ErrFormat, file)
	}
	if err != nil {
		return csvErr(file, err)
	}
	cols = slices.Clone(cols)
	// Defaults: the column named "domain", else the first; the column named
	// "rating", else the second.
	dc, rc := column(cols, "domain", -1), column(cols, "rating", -1)
	if dc < 0 {
		dc = 0
	}
	if rc < 0 && len(cols) > 1 {
		rc = 1
	}
	if s := h["domain_column"]; s != "" {
		dc = column(cols, s, -1)
	}
	if s := h["rating_column"]; s != "" {
		rc = column(cols, s, -1)
	}
	if dc < 0 {
		return fmt.Errorf("%w: %s: no domain column", ErrFormat, file)
	}
	if rc < 0 || rc == dc {
		return fmt.Errorf("%w: %s: no rating column", ErrFormat, file)
	}
	var lcs []int
	split := false
	if spec := h["label_columns"]; spec != "" {
		for _, s := range strings.Split(spec, ",") {
			c := column(cols, strings.TrimSpace(s), -1)
			if c < 0 {
				return fmt.Errorf("%w: %s: label column %q not in header", ErrFormat, file, s)
			}
			lcs = append(lcs, c)
		}
	} else if c := column(cols, "labels", -1); c >= 0 {
		lcs, split = []int{c}, true
	}
	datec, citec := column(cols, "date", -1), column(cols, "citation", -1)
	if h["date_column"] != "" {
		datec = column(cols, h["date_column"], -1)
	}

	first := map[string]int32{} // key -> entry, within this list
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return csvErr(file, err)
		}
		line, _ := r.FieldPos(0)
		key, ok := normEntry(rec[dc])
		if !ok {
			return fmt.Errorf("%w: %s:%d: %q is not a domain or URL", ErrFormat, file, line, rec[dc])
		}
		var rating any
		if s := strings.TrimSpace(rec[rc]); s != "" {
			if f, err := strconv.ParseFloat(s, 64); err == nil {
				rating = f
			} else {
				rating = strings.ToLower(s)
			}
		}
		var labels []string
		for _, c := range lcs {
			parts := []string{rec[c]}
			if split {
				parts = strings.FieldsFunc(rec[c], func(r rune) bool { return r == ';' || r == '|' })
			}
			for _, p := range parts {
				if p = strings.ToLower(strings.TrimSpace(p)); p != "" && !slices.Contains(labels, p) {
					labels = append(labels, p)
				}
			}
		}
		if rating == nil && len(labels) == 0 {
			return fmt.Errorf("%w: %s:%d: %s has neither rating nor labels", ErrFormat, file, line, key)
		}
		if ei, dup := first[key]; dup {
			// A domain listed twice: keep the first rating, add the labels.
			e := &ix.entries[ei]
			for _, l := range labels {
				if !slices.Contains(e.labels, l) {
					e.labels = append(e.labels, l)
				}
			}
			continue
		}
		e := entry{list: li, key: key, rating: rating, labels: labels}
		if datec >= 0 {
			e.date = strings.TrimSpace(rec[datec])
		}
		if citec >= 0 {
			e.citation = strings.TrimSpace(rec[citec])
		}
		first[key] = int32(len(ix.entries))
		ix.byKey[key] = append(ix.byKey[key], int32(len(ix.entries)))
		ix.entries = append(ix.entries, e)
		if h, _, ok := strings.Cut(key, "/"); ok {
			ix.pathHosts[h] = true
		}
	}
	ix.lists[li].Entries = len(first)
	return nil
}

func csvErr(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%w: %s:%d: %w", ErrFormat, file, pe.Line, pe.Err)
	}
	return fmt.Errorf("%w: %s: %w", ErrFormat, file, err)
}
