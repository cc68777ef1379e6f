package segment

import "unicode"

// Character classes the segmenter decides by.

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '？', '！', '؟', '۔', '।':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '›', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '{', '‹', '„', '¿', '¡', '「', '『':
		return true
	}
	return false
}

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\t' || r == '\v' || r == '\f'
	}
	return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || r == '\u3000' || (r != '\n' && r != '\r' && unicode.IsSpace(r))
}

func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085'
}

// isDecor reports emoji, pictographs, their modifiers and joiners: characters
// that decorate a social post but are not words of a sentence.
func isDecor(r rune) bool {
	if r < 0x2000 {
		return false // letters, digits, punctuation, and signs such as © or °
	}
	switch {
	case r == '\u200d' || r == '\ufe0f' || r == '\ufe0e' || r == '\u20e3':
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tones
		return true
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x1F1E6 && r <= 0x1F1FF:
		return true
	case r >= 0xE0020 && r <= 0xE007F: // tag characters of flag sequences
		return true
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Cf, r)
}

// isWordChar is a letter, a digit or a combining mark.
func isWordChar(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// startsLower reports whether r begins a continuation rather than a sentence.
func startsLower(r rune) bool { return unicode.IsLower(r) }

// isFlag is a regional indicator: flags stand beside a country's name inside
// a sentence ("l'armée russe 🇷🇺 a capturé"), they do not end one.
func isFlag(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
