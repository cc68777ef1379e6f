package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// LineError is the error of one JSONL line: "line 17: invalid JSON: …".
type LineError struct {
	Line int // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// badLine is why a line is not a batch record. It reads as the reason alone
// and matches ErrBadLine.
type badLine struct{ err error }

func (e *badLine) Error() string        { return e.err.Error() }
func (e *badLine) Unwrap() error        { return e.err }
func (e *badLine) Is(target error) bool { return target == ErrBadLine }

// record is one JSONL line (SPEC.md, "Batch input").
type record struct {
	ID        json.RawMessage `json:"id"`
	Text      json.RawMessage `json:"text"`
	HTML      json.RawMessage `json:"html"`
	URL       json.RawMessage `json:"url"`
	Lang      json.RawMessage `json:"lang"`
	Published json.RawMessage `json:"published"`
	Title     json.RawMessage `json:"title"`
}

// readJSONL emits one Doc per non-blank line of br, in order. warns are
// added to every Doc (they concern the whole input).
func readJSONL(ctx context.Context, name string, br *bufio.Reader, opt Options, warns []string, emit func(Doc) error) error {
	limit := opt.maxLineBytes()
	var buf []byte
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, limit, buf[:0])
		buf = line
		if err != nil && err != io.EOF {
			return emit(Doc{Input: name, Line: n, Err: &LineError{Line: n, Err: fmt.Errorf("reading: %w", err)}})
		}
		if tooLong {
			e := &LineError{Line: n, Err: fmt.Errorf("%w (more than %d bytes)", ErrLineTooLong, limit)}
			if err := emit(Doc{Input: name, Line: n, Err: e}); err != nil {
				return err
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
			}
			n, line := n, line
			if opt.Lazy {
				line = bytes.Clone(line)
			}
			if err := emit(opt.later(ctx, Doc{Input: name, Line: n}, func(ctx context.Context) Doc {
				return jsonlDoc(ctx, name, n, line, warns)
			})); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line, without its end, appending to buf. A line longer
// than limit is read through and dropped, and reported as tooLong.
func readLine(br *bufio.Reader, limit int, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > limit+2 { // room for "\r\n"
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if !tooLong && len(buf) > limit {
			tooLong, buf = true, buf[:0]
		}
		return buf, tooLong, err
	}
}

// jsonlDoc makes the Doc of one non-blank JSONL line.
func jsonlDoc(ctx context.Context, name string, n int, line []byte, warns []string) Doc {
	d := Doc{Input: name, Line: n, Warnings: append([]string(nil), warns...)}
	fail := func(format string, a ...any) Doc {
		d.Err = &LineError{Line: n, Err: &badLine{fmt.Errorf(format, a...)}}
		return d
	}
	text, bad := Repair(line)
	if bad > 0 {
		d.Warnings = append(d.Warnings, badWarning(bad))
	}
	var rec record
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&rec); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return fail("not a JSON object")
		}
		return fail("invalid JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fail("invalid JSON: data after the object")
	}
	id, err := idString(rec.ID)
	if err != nil {
		return fail("%w", err)
	}
	d.ID = id
	for _, f := range []struct {
		key string
		raw json.RawMessage
		dst *string
	}{
		{"url", rec.URL, &d.URL},
		{"lang", rec.Lang, &d.Lang},
		{"published", rec.Published, &d.Published},
		{"title", rec.Title, &d.Title},
	} {
		s, ok, err := optString(f.raw)
		if err != nil {
			d.Warnings = append(d.Warnings, fmt.Sprintf("%q ignored: %v", f.key, err))
		} else if ok {
			*f.dst = s
		}
	}
	body, format := rec.Text, FormatText
	key := "text"
	if isAbsent(body) {
		body, format, key = rec.HTML, FormatHTML, "html"
	}
	if isAbsent(body) {
		return fail(`no "text" or "html"`)
	}
	s, _, err := optString(body)
	if err != nil {
		return fail("%q %w", key, err)
	}
	doc := document(ctx, name, n, s, format, d.ID, d.URL, d.Warnings)
	// What the record says wins over what the page says.
	for _, f := range []struct{ rec, page *string }{
		{&d.URL, &doc.URL}, {&d.Lang, &doc.Lang}, {&d.Published, &doc.Published}, {&d.Title, &doc.Title},
	} {
		if *f.rec != "" {
			*f.page = *f.rec
		}
	}
	if doc.Err != nil {
		doc.Err = &LineError{Line: n, Err: doc.Err}
	}
	return doc
}

func isAbsent(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// optString decodes an optional string field; ok is false when it is absent.
func optString(raw json.RawMessage) (s string, ok bool, err error) {
	if isAbsent(raw) {
		return "", false, nil
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false, errors.New("is not a string")
	}
	return s, true, nil
}

// idString keeps a string id as it is and a numeric id as written.
func idString(raw json.RawMessage) (string, error) {
	if isAbsent(raw) {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf(`"id": %w`, err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", errors.New(`"id" is neither a string nor a number`)
}
