package warc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func writeAll(t *testing.T, gz bool, blocks ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, gz)
	for i, b := range blocks {
		h := Header{{"WARC-Type", "resource"}, {"WARC-Target-URI", "https://example.org/" + string(rune('a'+i))}}
		if err := w.Write(h, []byte(b)); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

type result struct {
	uri, block string
	err        error
}

func readAll(t *testing.T, b []byte) []result {
	t.Helper()
	r, err := NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []result
	for i := 0; i < 1000; i++ {
		rec, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, result{err: err})
			if !errors.Is(err, ErrFormat) {
				return out
			}
			continue
		}
		body, err := io.ReadAll(rec.Block)
		out = append(out, result{uri: rec.Header.Get("warc-target-uri"), block: string(body), err: err})
	}
	t.Fatal("Next never ends")
	return nil
}

func TestRoundTrip(t *testing.T) {
	blocks := []string{"<p>one</p>", "", strings.Repeat("x", 200<<10), "WARC/1.0\r\n\r\n"}
	for _, gz := range []bool{false, true} {
		got := readAll(t, writeAll(t, gz, blocks...))
		if len(got) != len(blocks) {
			t.Fatalf("gz=%v: %d records, want %d: %v", gz, len(got), len(blocks), got)
		}
		for i, g := range got {
			if g.err != nil || g.block != blocks[i] || g.uri != "https://example.org/"+string(rune('a'+i)) {
				t.Errorf("gz=%v record %d: %q %.20q %v", gz, i, g.uri, g.block, g.err)
			}
		}
	}
}

// A malformed record yields a FormatError and the records after it are read.
func TestMalformed(t *testing.T) {
	good := string(writeAll(t, false, "first"))
	second := strings.Replace(string(writeAll(t, false, "second")), "example.org/a", "example.org/b", 1)
	cases := map[string]string{
		"junk":        good + "garbage line\r\nmore\r\n" + second,
		"no length":   good + "WARC/1.0\r\nWARC-Type: response\r\n\r\nbody\r\n\r\n" + second,
		"bad length":  good + "WARC/1.0\r\nContent-Length: -3\r\n\r\nbody\r\n\r\n" + second,
		"no colon":    good + "WARC/1.0\r\nthis is not a field\r\nContent-Length: 4\r\n\r\nbody\r\n\r\n" + second,
		"long header": good + "WARC/1.0\r\nX: " + strings.Repeat("y", MaxHeaderBytes+10) + "\r\n\r\n" + second,
	}
	for name, in := range cases {
		got := readAll(t, []byte(in))
		if len(got) != 3 || got[0].block != "first" || !errors.Is(got[1].err, ErrFormat) || got[2].block != "second" {
			t.Errorf("%s: %v", name, got)
		}
	}
	// A stream cut inside a block: the block reads ErrTruncated, then EOF.
	cut := good + string(writeAll(t, false, "a long second block"))
	got := readAll(t, []byte(cut[:len(cut)-12]))
	if len(got) != 2 || !errors.Is(got[1].err, ErrTruncated) {
		t.Errorf("truncated: %v", got)
	}
	// Corrupt gzip is fatal, not a loop.
	gz := writeAll(t, true, "one", "two")
	gz[len(gz)-10] ^= 0xff
	got = readAll(t, gz)
	if last := got[len(got)-1]; last.err == nil {
		t.Errorf("corrupt gzip: %v", got)
	}
}

func FuzzReader(f *testing.F) {
	f.Add(writeAll(&testing.T{}, false, "<p>x</p>", "y"))
	f.Add(writeAll(&testing.T{}, true, "<p>x</p>"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\nWARC/1.1\r\n"))
	f.Add([]byte("junk\nWARC/1.0\nContent-Length: 99\n\nshort"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := NewReader(bytes.NewReader(b))
		if err != nil {
			return
		}
		last := int64(-1)
		for i := 0; ; i++ {
			if i > len(b)+2 {
				t.Fatalf("more results (%d) than bytes (%d)", i, len(b))
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				if !errors.Is(err, ErrFormat) {
					return
				}
				continue
			}
			if rec.Offset <= last || rec.Length < 0 {
				t.Fatalf("record at %d after %d, length %d", rec.Offset, last, rec.Length)
			}
			last = rec.Offset
			n, _ := io.Copy(io.Discard, rec.Block)
			if n > rec.Length {
				t.Fatalf("block of %d bytes, Content-Length %d", n, rec.Length)
			}
		}
	})
}
