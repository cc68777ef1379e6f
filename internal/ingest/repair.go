package ingest

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Repair decodes b as text and returns it with the number of bytes it could
// not decode. Each invalid UTF-8 byte becomes exactly one U+FFFD (the SPEC's
// policy; strings.ToValidUTF8 would fold a run of them into one). Everything
// else is kept as it is, a UTF-8 byte order mark included: analysis offsets
// count the input's own characters.
//
// Input that starts with a UTF-16 byte order mark (FE FF or FF FE, neither of
// which can start valid UTF-8) is decoded as UTF-16 in that byte order; the
// mark is kept as U+FEFF, like a UTF-8 one. An unpaired surrogate, or a
// last odd byte, becomes one U+FFFD and counts as bad.
func Repair(b []byte) (string, int) {
	s, _, bad := decode(b)
	return s, bad
}

// decode is Repair that also names the encoding it found.
func decode(b []byte) (text, encoding string, bad int) {
	switch {
	case len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF:
		s, bad := decodeUTF16(b, true)
		return s, "UTF-16BE", bad
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		s, bad := decodeUTF16(b, false)
		return s, "UTF-16LE", bad
	}
	if utf8.Valid(b) {
		return string(b), "UTF-8", 0
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
			bad++
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String(), "UTF-8", bad
}

func decodeUTF16(b []byte, bigEndian bool) (string, int) {
	var sb strings.Builder
	sb.Grow(len(b) * 3 / 2)
	bad := 0
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	i := 0
	for ; i+1 < len(b); i += 2 {
		r := unit(i)
		switch {
		case utf16.IsSurrogate(r) && r < 0xDC00 && i+3 < len(b):
			if r2 := unit(i + 2); r2 >= 0xDC00 && r2 <= 0xDFFF {
				sb.WriteRune(utf16.DecodeRune(r, r2))
				i += 2
				continue
			}
			fallthrough
		case utf16.IsSurrogate(r):
			sb.WriteRune(utf8.RuneError)
			bad++
		default:
			sb.WriteRune(r)
		}
	}
	if i < len(b) { // a last odd byte
		sb.WriteRune(utf8.RuneError)
		bad++
	}
	return sb.String(), bad
}
