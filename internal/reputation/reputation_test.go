package reputation

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/loupe-news/loupe/internal/loupe"
)

const linName = "Lin et al. (2023) domain quality (pc1)"

func mustNew(t testing.TB, extra ...string) *Index {
	t.Helper()
	ix, err := New(extra...)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func find(ms []loupe.ReputationMatch, list string) *loupe.ReputationMatch {
	for i := range ms {
		if ms[i].List == list {
			return &ms[i]
		}
	}
	return nil
}

func TestShippedLists(t *testing.T) {
	ix := mustNew(t)
	ls := ix.Lists()
	if len(ls) != 2 {
		t.Fatalf("lists = %d, want 2", len(ls))
	}
	for _, l := range ls {
		if l.Citation == "" || l.Date == "" || l.Licence == "" || l.Rating == "" || l.Entries < 800 {
			t.Errorf("list %+v: missing sidecar field or entries", l)
		}
	}
	if ls[0].Entries != 11520 {
		t.Errorf("Lin entries = %d, want 11520 (the CSV's rows)", ls[0].Entries)
	}
}

func TestDevArticle(t *testing.T) {
	ix := mustNew(t)
	ms := ix.Match("https://lesakerfrancophone.fr/les-mysteres-derriere-la-rebellion-ratee-au-kazakhstan", "lesakerfrancophone.fr")
	m := find(ms, linName)
	if m == nil {
		t.Fatalf("no Lin match in %+v", ms)
	}
	// lin2023-domain-pc1.csv line 8385: lesakerfrancophone.fr,0.396528805062721
	if m.Rating != 0.396528805062721 || m.Domain != "lesakerfrancophone.fr" || m.Match != MatchHost {
		t.Errorf("match = %+v", m)
	}
	if !strings.Contains(m.Citation, "Lin, H.") || !strings.Contains(m.Citation, "10.1093/pnasnexus/pgad286") || m.Date != "2023" {
		t.Errorf("citation/date = %q %q", m.Citation, m.Date)
	}
}

func TestMatch(t *testing.T) {
	ix := mustNew(t, "testdata/newsroom.csv")
	const os, nr = "OpenSources (2017)", "Newsroom watchlist"
	type want struct {
		list, how, domain string
		rating            any
		label             string
	}
	tests := []struct {
		name, url, site string
		want            []want
	}{
		{"host", "https://reuters.com/world/x", "", []want{{linName, MatchHost, "reuters.com", 1.0, ""}}},
		{"www", "https://www.reuters.com/", "", []want{{linName, MatchHost, "reuters.com", 1.0, ""}}},
		{"upper case and port", "HTTPS://WWW.Reuters.COM:443/World", "", []want{{linName, MatchHost, "reuters.com", 1.0, ""}}},
		{"subdomain to registrable domain", "https://markets.reuters.com/article/1", "", []want{{linName, MatchDomain, "reuters.com", 1.0, ""}}},
		{"site only", "", "lesakerfrancophone.fr", []want{{linName, MatchHost, "lesakerfrancophone.fr", 0.396528805062721, ""}, {nr, MatchHost, "lesakerfrancophone.fr", "low", "pro-kremlin"}}},
		{"site as URL line without scheme", "lesakerfrancophone.fr/2022/01/x", "", []want{{linName, MatchHost, "lesakerfrancophone.fr", 0.396528805062721, ""}, {nr, MatchHost, "lesakerfrancophone.fr", "low", "translation"}}},
		{"url prefix", "https://www.rfi.fr/en/africa/20220108-x", "", []want{{linName, MatchURLPrefix, "rfi.fr/en", 0.854417469610155, ""}}},
		{"url prefix exact path", "https://rfi.fr/en/", "", []want{{linName, MatchURLPrefix, "rfi.fr/en", 0.854417469610155, ""}}},
		{"path not at segment boundary", "https://rfi.fr/english/x", "", []want{{linName, MatchHost, "rfi.fr", nil, ""}}},
		{"eTLD+1 under co.uk", "https://news.example.co.uk/a", "", []want{{nr, MatchDomain, "example.co.uk", "mixed", "tabloid"}}},
		{"user prefix", "https://blog.example.org/politique/2024/x", "", []want{{nr, MatchURLPrefix, "blog.example.org/politique", "low", "partisan"}}},
		{"user prefix other path", "https://blog.example.org/sport/x", "", nil},
		{"IDN unicode host", "https://www.Bücher.example.de/x", "", []want{{nr, MatchHost, "xn--bcher-kva.example.de", "high", ""}}},
		{"IDN punycode host", "https://xn--bcher-kva.example.de/", "", []want{{nr, MatchHost, "xn--bcher-kva.example.de", "high", ""}}},
		{"opensources labels", "http://www.infowars.com/story", "", []want{{linName, MatchHost, "infowars.com", nil, ""}, {os, MatchHost, "infowars.com", "conspiracy", "conspiracy"}}},
		{"opensources duplicate rows merged", "corbettreport.com", "", []want{{linName, MatchHost, "corbettreport.com", nil, ""}, {os, MatchHost, "corbettreport.com", "conspiracy", "bias"}}},
		{"blogspot subdomain is its own site", "https://nobody-here.blogspot.com/2020/x", "", nil},
		{"platform subdomain does not inherit", "https://someone.wordpress.com/2020/x", "", nil},
		{"platform page does not inherit", "https://medium.com/@someone/post", "", nil},
		{"platform root", "https://medium.com", "", []want{{linName, MatchHost, "medium.com", nil, ""}}},
		{"platform url prefix", "https://www.facebook.com/news/x", "", []want{{linName, MatchURLPrefix, "facebook.com/news", nil, ""}}},
		{"unknown", "https://unknown.example/", "", nil},
		{"empty", "", "", nil},
		{"garbage", "http://%%%/", "not a host", nil},
		{"bare word", "localhost", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ix.Match(tt.url, tt.site)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d matches %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.List != w.list || g.Match != w.how || g.Domain != w.domain {
					t.Errorf("match %d = %s/%s/%s, want %s/%s/%s", i, g.List, g.Match, g.Domain, w.list, w.how, w.domain)
				}
				if w.rating != nil && g.Rating != w.rating {
					t.Errorf("rating = %#v, want %#v", g.Rating, w.rating)
				}
				if w.label != "" && !contains(g.Labels, w.label) {
					t.Errorf("labels = %v, want %q among them", g.Labels, w.label)
				}
				if g.Citation == "" || g.Date == "" {
					t.Errorf("match %d has no citation or date: %+v", i, g)
				}
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestUserListMeta(t *testing.T) {
	ix := mustNew(t, "testdata/newsroom.csv")
	l := ix.Lists()[2]
	if l.Name != "Newsroom watchlist" || l.Date != "2025-03" || l.Licence != "CC0" || !strings.HasPrefix(l.Citation, "Example Newsroom") || l.Entries != 4 {
		t.Errorf("user list = %+v", l)
	}
}

func TestMalformed(t *testing.T) {
	tests := []struct{ file, want string }{
		{"testdata/bad-fields.csv", "testdata/bad-fields.csv:4:"},
		{"testdata/bad-domain.csv", "testdata/bad-domain.csv:3:"},
		{"testdata/bad-quote.csv", "testdata/bad-quote.csv:3:"},
		{"testdata/missing.csv", "missing.csv"},
	}
	for _, tt := range tests {
		_, err := New(tt.file)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New(%s) error = %v, want it to name %q", tt.file, err, tt.want)
		}
		if err != nil && !errors.Is(err, ErrFormat) && !errors.Is(err, ErrRead) {
			t.Errorf("error %v wraps no sentinel", err)
		}
	}
	if _, err := New("testdata/newsroom.csv", "testdata/newsroom.csv"); err == nil {
		t.Error("loading one list name twice: no error")
	}
}

func TestInlineShapes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := dir + "/" + name
		if err := osWriteFile(p, body); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// No comment header: the list is named after its file; a per-row date and
	// citation override the list's.
	p := write("mine.csv", "domain,rating,date,citation\nexample.net,0.5,2024-01-02,Me (2024)\n")
	ix := mustNew(t, p)
	ms := ix.Match("https://example.net", "")
	if len(ms) != 1 || ms[0].List != "mine" || ms[0].Date != "2024-01-02" || ms[0].Citation != "Me (2024)" || ms[0].Rating != 0.5 {
		t.Errorf("matches = %+v", ms)
	}
	for _, body := range []string{"", "# list: x\n", "domain\nexample.net\n", "domain,rating\nexample.net,\n"} {
		if _, err := New(write("bad.csv", body)); err == nil {
			t.Errorf("New(%q): no error", body)
		}
	}
}

func TestDeterministic(t *testing.T) {
	ix := mustNew(t, "testdata/newsroom.csv")
	a := ix.Match("https://lesakerfrancophone.fr/x", "")
	for range 20 {
		b := ix.Match("https://lesakerfrancophone.fr/x", "")
		if len(a) != len(b) {
			t.Fatal("not deterministic")
		}
		for i := range a {
			if a[i].List != b[i].List || a[i].Rating != b[i].Rating {
				t.Fatal("not deterministic")
			}
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	ix := mustNew(b)
	for b.Loop() {
		ix.Match("https://www.lesakerfrancophone.fr/les-mysteres-derriere-la-rebellion-ratee-au-kazakhstan", "")
	}
}

func BenchmarkMatchMiss(b *testing.B) {
	ix := mustNew(b)
	for b.Loop() {
		ix.Match("https://news.unknown-site.example.co.uk/2024/05/01/some/long/path/article.html", "")
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestWWWRatedApart(t *testing.T) {
	ix := mustNew(t)
	// lin2023-domain-pc1.csv rates www.xinhuanet.com (line 9060) and
	// xinhuanet.com (line 9483) apart.
	for _, tt := range []struct {
		url    string
		domain string
	}{{"http://www.xinhuanet.com/english/x", "www.xinhuanet.com"}, {"http://xinhuanet.com/x", "xinhuanet.com"}, {"http://french.xinhuanet.com/x", "french.xinhuanet.com"}, {"http://big5.xinhuanet.com/x", "xinhuanet.com"}} {
		m := find(ix.Match(tt.url, ""), linName)
		if m == nil || m.Domain != tt.domain {
			t.Errorf("Match(%s) = %+v, want domain %s", tt.url, m, tt.domain)
		}
	}
	// opensources lists "www.rt.com": a URL without www still finds it.
	if m := find(ix.Match("https://rt.com/news/1", ""), "OpenSources (2017)"); m == nil || m.Domain != "www.rt.com" {
		t.Errorf("rt.com: %+v", m)
	}
}

// TestLoadCost logs what New costs: go test -run LoadCost -v ./internal/reputation
func TestLoadCost(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	ix := mustNew(t)
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("New: %v, %d entries, %.1f MB retained on the heap", took, len(ix.entries), float64(after.HeapAlloc-before.HeapAlloc)/1e6)
	runtime.KeepAlive(ix)
}
