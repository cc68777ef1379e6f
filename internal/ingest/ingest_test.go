package ingest

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/loupe-news/loupe/internal/extract"
	"github.com/loupe-news/loupe/internal/fetch"
	"github.com/loupe-news/loupe/internal/warc"
)

func collect(t *testing.T, name, input, format string, opt Options) []Doc {
	t.Helper()
	var docs []Doc
	err := Read(context.Background(), name, strings.NewReader(input), format, opt, func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"plain", "The mayor said on Monday.", FormatText},
		{"leading space jsonl", "\n  {\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n", FormatJSONL},
		{"jsonl with bad later line", "{\"id\":1,\"text\":\"a\"}\n{oops\n", FormatJSONL},
		{"one object", `{"id":1,"text":"a"}`, FormatJSONL},
		{"brace text", "{not json} said the note\nsecond line\n", FormatText},
		{"pretty JSON", "{\n  \"id\": 1\n}\n", FormatText},
		{"jsonl then prose", "{\"id\":1}\nAnd then prose.\n", FormatText},
		{"html doctype", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML},
		{"html fragment", "  <div><p>Hello</p></div>", FormatHTML},
		{"angle text", "<3 you, said nobody", FormatText},
		{"bom html", "\xEF\xBB\xBF<html><p>x</p></html>", FormatHTML},
		{"text mentioning tags", "About the <p> tag.", FormatText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("%s: sniff = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestFormatByName(t *testing.T) {
	for name, want := range map[string]string{
		"a.txt": FormatText, "dir/A.MD": FormatText, "x.text": FormatText,
		"p.html": FormatHTML, "p.HTM": FormatHTML, "b.jsonl": FormatJSONL,
		"c.warc.gz": FormatWARC, "noext": FormatAuto, "-": FormatAuto,
		"https://example.org/a/b.html?x=1": FormatHTML, "https://example.org": FormatAuto,
		"https://example.org/news/story": FormatAuto,
	} {
		if got := formatByName(name); got != want {
			t.Errorf("formatByName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestReadText(t *testing.T) {
	in := "\uFEFFLe maire a dit.\r\n\r\nSecond paragraphe.\n"
	docs := collect(t, "a.txt", in, FormatAuto, Options{})
	if len(docs) != 1 || docs[0].Err != nil {
		t.Fatalf("docs = %+v", docs)
	}
	d := docs[0]
	if d.Text != in {
		t.Errorf("Text = %q, want the input unchanged", d.Text)
	}
	if !strings.HasPrefix(d.ID, "sha256:") || len(d.ID) != len("sha256:")+16 || d.ID != Hash(in) {
		t.Errorf("ID = %q", d.ID)
	}
	if d.Input != "a.txt" || d.Line != 0 || len(d.Warnings) != 0 {
		t.Errorf("doc = %+v", d)
	}
	if d := collect(t, "a.txt", in, FormatAuto, Options{ID: "mine"})[0]; d.ID != "mine" {
		t.Errorf("ID = %q, want the caller's", d.ID)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, input, format string
		opt                 Options
		want                error
	}{
		{"-", "", FormatAuto, Options{}, ErrEmpty},
		{"a.txt", "  \n\t\n", FormatAuto, Options{}, ErrEmpty},
		{"a.jsonl", "", FormatAuto, Options{}, ErrEmpty},
		{"-", "GIF89a\x00\x01\x02binary", FormatAuto, Options{}, ErrBinary},
		{"a.txt", "PK\x03\x04\x00\x00", FormatAuto, Options{}, ErrBinary},
		{"-", strings.Repeat("x", 100), FormatAuto, Options{MaxBytes: 99}, ErrTooLarge},
		{"-", "x", "pdf", Options{}, ErrFormat},
		{"a.warc", "WARC/1.0", FormatAuto, Options{}, warc.ErrFormat},
		{"-", "WARC/1.1\r\nWARC-Type: response\r\n", FormatAuto, Options{}, warc.ErrFormat},
		{"-", "<html><body><nav><a href=/>Home</a></nav></body></html>", FormatAuto, Options{}, extract.ErrNoText},
	}
	for _, tt := range tests {
		docs := collect(t, tt.name, tt.input, tt.format, tt.opt)
		if len(docs) != 1 || !errors.Is(docs[0].Err, tt.want) || docs[0].Input != tt.name {
			t.Errorf("Read(%q, %.20q) = %+v, want one Doc with Err %v", tt.name, tt.input, docs, tt.want)
		}
	}
	// NUL bytes are binary only when the format is sniffed.
	if d := collect(t, "-", "a\x00b", FormatText, Options{})[0]; d.Err != nil || d.Text != "a\x00b" {
		t.Errorf("explicit text with NUL: %+v", d)
	}
}

func TestReadInvalidUTF8(t *testing.T) {
	in := "caf\xE9 cr\xE8me \xED\xA0\x80!"
	d := collect(t, "a.txt", in, FormatAuto, Options{})[0]
	want := "caf\uFFFD cr\uFFFDme \uFFFD\uFFFD\uFFFD!"
	if d.Err != nil || d.Text != want {
		t.Fatalf("Text = %q, want %q (err %v)", d.Text, want, d.Err)
	}
	if len(d.Warnings) != 1 || d.Warnings[0] != "5 invalid UTF-8 bytes replaced by U+FFFD" {
		t.Errorf("Warnings = %q", d.Warnings)
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range []rune(s) {
		var units []uint16
		if u >= 0x10000 {
			u -= 0x10000
			units = []uint16{uint16(0xD800 + u>>10), uint16(0xDC00 + u&0x3FF)}
		} else {
			units = []uint16{uint16(u)}
		}
		for _, x := range units {
			if bigEndian {
				b = append(b, byte(x>>8), byte(x))
			} else {
				b = append(b, byte(x), byte(x>>8))
			}
		}
	}
	return b
}

func TestReadUTF16(t *testing.T) {
	for _, be := range []bool{false, true} {
		text := "\uFEFFÉté 😀 à Paris.\n"
		d := collect(t, "-", string(utf16Bytes(text, be)), FormatAuto, Options{})[0]
		if d.Err != nil || d.Text != text {
			t.Errorf("bigEndian=%v: Text = %q, err %v", be, d.Text, d.Err)
		}
		if len(d.Warnings) != 1 || !strings.HasPrefix(d.Warnings[0], "decoded from UTF-16") {
			t.Errorf("Warnings = %q", d.Warnings)
		}
		batch := "\uFEFF{\"id\":1,\"text\":\"Un.\"}\n{\"id\":2,\"text\":\"Deux.\"}\n"
		docs := collect(t, "-", string(utf16Bytes(batch, be)), FormatAuto, Options{})
		if len(docs) != 2 || docs[1].Text != "Deux." || docs[1].ID != "2" {
			t.Errorf("UTF-16 JSONL: %+v", docs)
		}
	}
	// A lone surrogate and an odd last byte.
	s, bad := Repair([]byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0, 'c'})
	if s != "\uFEFFa\uFFFDb\uFFFD" || bad != 2 {
		t.Errorf("Repair = %q, %d", s, bad)
	}
}

func TestRepair(t *testing.T) {
	tests := []struct {
		in   string
		want string
		bad  int
	}{
		{"", "", 0},
		{"plain", "plain", 0},
		{"\uFEFFbom kept", "\uFEFFbom kept", 0},
		{"\uFFFD literal", "\uFFFD literal", 0},
		{"\xff\xfe", "\uFEFF", 0}, // a UTF-16 LE BOM and nothing else
		{"a\xffb", "a\uFFFDb", 1},
		{"\xe2\x82", "\uFFFD\uFFFD", 2}, // a cut sequence: one per byte
		{"\xc0\xaf", "\uFFFD\uFFFD", 2}, // overlong
		{"x\xf4\x90\x80\x80", "x\uFFFD\uFFFD\uFFFD\uFFFD", 4},
	}
	for _, tt := range tests {
		got, bad := Repair([]byte(tt.in))
		if got != tt.want || bad != tt.bad {
			t.Errorf("Repair(%q) = %q, %d; want %q, %d", tt.in, got, bad, tt.want, tt.bad)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("x", 700) + `"}`
	in := strings.Join([]string{
		`{"id": "a1", "text": "First.", "url": "https://example.org/a", "lang": "fr", "published": "2022-01-08"}`,
		`{"id": 42, "text": "Numeric id."}`,
		``,
		`   `,
		`{"id": 3, "text": "oops"`,
		`{"id": 4}`,
		`{"id": 5, "text": 17}`,
		long,
		`{"id": 1.5e3, "text": "Float id kept as written.\r"}`,
		`[1,2]`,
		`{"text": "No id."}`,
		`{"id": 6, "html": "<html><body><article><p>` + strings.Repeat("Some real article text here. ", 12) + `</p></article></body></html>"}`,
		"{\"id\": 7, \"text\": \"bad \xff byte\", \"title\": 3}",
		`{"id": {"x":1}, "text": "object id"}`,
		`{"id": 8, "text": "a"} trailing`,
		`{"id": 9, "text": "Last, no newline."}`,
	}, "\n")
	docs := collect(t, "b.jsonl", in, FormatAuto, Options{MaxLineBytes: 600})
	type want struct {
		line int
		id   string
		text string
		err  string
	}
	wants := []want{
		{1, "a1", "First.", ""},
		{2, "42", "Numeric id.", ""},
		{5, "", "", "line 5: invalid JSON: unexpected EOF"},
		{6, "", "", `line 6: no "text" or "html"`},
		{7, "", "", `line 7: "text" is not a string`},
		{8, "", "", "line 8: line too long (more than 600 bytes)"},
		{9, "1.5e3", "Float id kept as written.\r", ""},
		{10, "", "", "line 10: not a JSON object"},
		{11, Hash("No id."), "No id.", ""},
		{12, "6", strings.TrimSpace(strings.Repeat("Some real article text here. ", 12)), ""},
		{13, "7", "bad \uFFFD byte", ""},
		{14, "", "", `line 14: "id" is neither a string nor a number`},
		{15, "", "", "line 15: invalid JSON: data after the object"},
		{16, "9", "Last, no newline.", ""},
	}
	if len(docs) != len(wants) {
		for _, d := range docs {
			t.Logf("%d %q %v", d.Line, d.Text, d.Err)
		}
		t.Fatalf("%d docs, want %d", len(docs), len(wants))
	}
	for i, w := range wants {
		d := docs[i]
		if d.Line != w.line || d.Input != "b.jsonl" {
			t.Errorf("doc %d: line %d input %q, want line %d", i, d.Line, d.Input, w.line)
		}
		if w.err != "" {
			if d.Err == nil || d.Err.Error() != w.err {
				t.Errorf("line %d: Err = %v, want %q", w.line, d.Err, w.err)
			}
			continue
		}
		if d.Err != nil || d.ID != w.id || d.Text != w.text {
			t.Errorf("line %d: got id %q text %q err %v; want id %q text %q", w.line, d.ID, d.Text, d.Err, w.id, w.text)
		}
	}
	if d := docs[0]; d.URL != "https://example.org/a" || d.Lang != "fr" || d.Published != "2022-01-08" {
		t.Errorf("metadata of line 1: %+v", d)
	}
	if !errors.Is(docs[2].Err, ErrBadLine) || !errors.Is(docs[5].Err, ErrLineTooLong) {
		t.Errorf("sentinels: %v / %v", docs[2].Err, docs[5].Err)
	}
	var le *LineError
	if !errors.As(docs[3].Err, &le) || le.Line != 6 {
		t.Errorf("LineError: %v", docs[3].Err)
	}
	if w := docs[10].Warnings; len(w) != 2 || w[0] != "1 invalid UTF-8 byte replaced by U+FFFD" {
		t.Errorf("warnings of line 13: %q", w)
	}
}

// A line longer than the bufio buffer but within the limit is read whole.
func TestReadJSONLLongLine(t *testing.T) {
	text := strings.Repeat("y", 100_000)
	in := `{"id":1,"text":"` + text + `"}` + "\n" + `{"id":2,"text":"z"}`
	docs := collect(t, "b.jsonl", in, FormatAuto, Options{})
	if len(docs) != 2 || docs[0].Text != text || docs[1].Text != "z" || docs[1].Line != 2 {
		t.Fatalf("got %d docs", len(docs))
	}
}

func TestReadHTML(t *testing.T) {
	page := `<html lang="en"><head><title>T</title><link rel="canonical" href="https://example.org/story"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Headline here</h1><p>` + strings.Repeat("A first paragraph of the story. ", 6) + `</p><p>` +
		strings.Repeat("A second paragraph of it. ", 6) + `</p></article></body></html>`
	d := collect(t, "page", page, FormatAuto, Options{})[0]
	if d.Err != nil {
		t.Fatal(d.Err)
	}
	if strings.Contains(d.Text, "Home") || strings.Count(d.Text, "\n\n") != 2 || d.URL != "https://example.org/story" || d.Lang != "en" {
		t.Errorf("doc = %+v", d)
	}
	if len(d.Blocks) != 3 || d.ID != Hash(d.Text) {
		t.Errorf("blocks %v id %q", d.Blocks, d.ID)
	}
}

func TestReadCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Read(ctx, "-", strings.NewReader("x"), FormatAuto, Options{}, func(Doc) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

func TestReadEmitError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), "b.jsonl", strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), FormatAuto, Options{},
		func(Doc) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err = %v after %d docs", err, n)
	}
}

func TestWalk(t *testing.T) {
	var got []string
	fetched := false
	opt := Options{
		Stdin: strings.NewReader("From stdin."),
	}
	inputs := []string{"testdata/tree", "testdata/missing.txt", "-", "https://example.org/a.html"}
	err := Walk(context.Background(), inputs, opt, func(d Doc) error {
		s := d.Input
		if d.Line > 0 {
			s += ":" + string(rune('0'+d.Line))
		}
		if errors.Is(d.Err, ErrSkipped) {
			s += " SKIP"
		} else if d.Err != nil {
			s += " ERR"
		}
		got = append(got, s)
		switch d.Input {
		case "testdata/missing.txt":
			var pe *fs.PathError
			if !errors.As(d.Err, &pe) || !strings.Contains(d.Err.Error(), "testdata/missing.txt") {
				t.Errorf("missing file: %v", d.Err)
			}
		case "https://example.org/a.html":
			if !errors.Is(d.Err, ErrNoFetch) {
				t.Errorf("URL: %v", d.Err)
			}
		case "-":
			if d.Text != "From stdin." {
				t.Errorf("stdin: %q", d.Text)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"testdata/tree/a.md", "testdata/tree/b.txt", "testdata/tree/c.html",
		"testdata/tree/notes.csv SKIP", "testdata/tree/sub/batch.jsonl:1", "testdata/tree/sub/batch.jsonl:2",
		"testdata/missing.txt ERR", "-", "https://example.org/a.html ERR",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// With a Fetcher, URLs are read like files.
	opt.Fetcher = fakeFetcher(func(url string) (*fetch.Response, error) {
		fetched = true
		return &fetch.Response{URL: url, Status: 200, Header: http.Header{"Content-Type": {"text/plain"}}, Body: []byte("Fetched text.")}, nil
	})
	var d Doc
	Walk(context.Background(), []string{"https://example.org/x"}, opt, func(x Doc) error { d = x; return nil })
	if !fetched || d.Text != "Fetched text." || d.Input != "https://example.org/x" {
		t.Errorf("fetched doc: %+v", d)
	}
}

func TestWalkEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	var docs []Doc
	Walk(context.Background(), []string{dir, "-"}, Options{}, func(d Doc) error { docs = append(docs, d); return nil })
	if len(docs) != 2 || !errors.Is(docs[0].Err, ErrNoFiles) || !errors.Is(docs[1].Err, ErrNoStdin) {
		t.Errorf("docs = %+v", docs)
	}
}

func TestTextIsValidUTF8(t *testing.T) {
	for _, in := range []string{"\xff\xfe\x00\xd8", "a\x80b", "\xef\xbb\xbf\xc3"} {
		for _, d := range collect(t, "-", in, FormatText, Options{}) {
			if d.Err == nil && !utf8.ValidString(d.Text) {
				t.Errorf("%q: invalid text %q", in, d.Text)
			}
		}
	}
}

// fakeFetcher answers from a function; robots.txt allows everything.
type fakeFetcher func(url string) (*fetch.Response, error)

func (f fakeFetcher) Get(_ context.Context, url string) (*fetch.Response, error) { return f(url) }
func (f fakeFetcher) Allowed(context.Context, string) (bool, error)              { return true, nil }
