package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzRepair(f *testing.F) {
	for _, s := range []string{"", "plain", "caf\xe9", "\xe2\x82", "\xed\xa0\x80", "\uFEFFbom", "\xff\xfea\x00", "\xfe\xff\x00a\xd8\x00", "\xf4\x90\x80\x80", "日本語\x80"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, bad := Repair(b)
		if !utf8.ValidString(s) {
			t.Fatalf("Repair(%q) = %q: invalid UTF-8", b, s)
		}
		if bad < 0 || bad > len(b) {
			t.Fatalf("bad = %d for %d bytes", bad, len(b))
		}
		if hasUTF16BOM(b) {
			// One code point per code unit or pair, at most.
			if n := utf8.RuneCountInString(s); n > (len(b)+1)/2 {
				t.Fatalf("UTF-16: %d code points from %d bytes", n, len(b))
			}
			return
		}
		// One code point per decoded rune, one per bad byte.
		runes, badBytes := 0, 0
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				badBytes++
			}
			runes++
			i += size
		}
		if n := utf8.RuneCountInString(s); n != runes || bad != badBytes {
			t.Fatalf("Repair(%q): %d code points, %d bad; want %d, %d", b, n, bad, runes, badBytes)
		}
		if utf8.Valid(b) && s != string(b) {
			t.Fatalf("Repair changed valid input %q to %q", b, s)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		"{\"id\":1,\"text\":\"a\"}\n{\"id\":\"x\",\"text\":\"b\"}\n",
		"{\"id\":1,\"text\":\"a\"}\n\n\n{oops\n",
		"{\"text\":17}\n{\"html\":\"<p>x</p>\"}\n",
		"{\"id\":1,\"text\":\"caf\xe9\"}\r\n",
		"\xef\xbb\xbf{\"text\":\"bom\"}",
		"\xff\xfe{\x00}\x00",
		"{\"id\":1e400,\"text\":\"\\ud800\"}\n",
		strings.Repeat("{\"text\":\""+strings.Repeat("z", 50)+"\"}\n", 3),
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		last := 0
		err := Read(context.Background(), "f.jsonl", strings.NewReader(string(b)), FormatJSONL, Options{MaxLineBytes: 64},
			func(d Doc) error {
				if d.Err == nil && !utf8.ValidString(d.Text) {
					t.Fatalf("invalid UTF-8 text %q", d.Text)
				}
				if d.Line != 0 && d.Line <= last {
					t.Fatalf("line %d after line %d", d.Line, last)
				}
				if d.Line != 0 {
					last = d.Line
				}
				return nil
			})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
	})
}
