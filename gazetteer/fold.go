package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the lookup key of s: lower case, without diacritics
// ("Makiïvka" -> "makiivka", "Łódź" -> "lodz"), with apostrophes and full
// stops deleted ("Kam'yanske" -> "kamyanske", "D.C." -> "dc") and every run
// of spaces, hyphens, dashes and other punctuation turned into one space,
// trimmed at both ends ("Ust’-Donetskiy" -> "ust donetskiy").
//
// Diacritics are removed by canonical decomposition (Unicode NFD) and
// dropping the nonspacing marks; letters that do not decompose are mapped
// to their usual Latin transcription (ß -> ss, ø -> o, ł -> l, đ -> d,
// æ -> ae, œ -> oe, ı -> i, þ -> th, ð -> d). Other scripts pass through
// lower-cased. Every table of a Gazetteer is keyed by Fold, so callers can
// pass names as written.
func Fold(s string) string {
	if b, ok := foldASCII(nil, s); ok {
		return string(b)
	}
	return string(foldUnicode(nil, s))
}

// foldASCII appends Fold(s) to dst when s is pure ASCII and reports false,
// leaving the result unspecified, otherwise. It does not retain dst, so a
// caller's stack buffer does not escape: lookups of ASCII names do not
// allocate.
func foldASCII(dst []byte, s string) ([]byte, bool) {
	space := true // at start: drop leading separators
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
			space = false
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '&':
			dst = append(dst, c)
			space = false
		case c == '\'' || c == '.' || c == '`':
			// deleted: "O'Brien" -> "obrien", "St." -> "st"
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	if n := len(dst); n > 0 && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst, true
}

// foldUnicode appends Fold(s) to dst for any s.
func foldUnicode(dst []byte, s string) []byte {
	d := norm.NFD.String(s)
	space := true
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case isApostrophe(r) || r == '.':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			if t, ok := special(r); ok {
				dst = append(dst, t...)
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			space = false
		default:
			if !space {
				dst = append(dst, ' ')
				space = true
			}
		}
	}
	if n := len(dst); n > 0 && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst
}

// isApostrophe reports the characters written for an apostrophe or a
// transliterated soft sign / ayn (’ ‘ ʼ ʻ ′ ` ´ ').
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '\u00B4', '\u2018', '\u2019', '\u02BC', '\u02BB', '\u2032', '\u02B9', '\u02BE', '\u02BF':
		return true
	}
	return false
}

// special returns the usual Latin transcription, lower case, of a letter
// that NFD does not decompose.
func special(r rune) (string, bool) {
	switch r {
	case 'ß', 'ẞ':
		return "ss", true
	case 'ø', 'Ø':
		return "o", true
	case 'ł', 'Ł':
		return "l", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'þ', 'Þ':
		return "th", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ı':
		return "i", true
	case 'ħ', 'Ħ':
		return "h", true
	case 'ŧ', 'Ŧ':
		return "t", true
	case 'ŀ', 'Ŀ':
		return "l", true
	}
	return "", false
}

// appendFold appends Fold(s) to dst, without allocating when s is ASCII
// and dst has room.
func appendFold(dst []byte, s string) []byte {
	n := len(dst)
	if b, ok := foldASCII(dst, s); ok {
		return b
	}
	return foldUnicode(dst[:n], s)
}

// loose returns the transliteration-insensitive key of a folded name: y is
// read as i and runs of one letter collapse ("makiyivka", "makiivka" ->
// "makivka"; "donetskiy", "donetsky" -> "donetski"; "sergey", "sergei" ->
// "sergei"), "zhzh" is read as "zh" ("zaporizhzhia" -> "zaporizhia"), and
// the words st, ste, mt and ft are read as saint, sainte, mount and fort.
func loose(folded string) string {
	return string(appendLoose(nil, folded))
}

// appendLoose appends loose(folded) to dst. It does not retain dst or
// folded, so lookups can use stack buffers.
func appendLoose[S ~string | ~[]byte](dst []byte, folded S) []byte {
	for start := 0; start < len(folded); {
		end := start
		for end < len(folded) && folded[end] != ' ' {
			end++
		}
		w := folded[start:end]
		switch string(w) {
		case "st":
			dst = append(dst, "saint"...)
		case "ste":
			dst = append(dst, "sainte"...)
		case "mt":
			dst = append(dst, "mount"...)
		case "ft":
			dst = append(dst, "fort"...)
		default:
			var last byte
			for i := 0; i < len(w); i++ {
				c := w[i]
				if c == 'z' && i+3 < len(w) && w[i+1] == 'h' && w[i+2] == 'z' && w[i+3] == 'h' {
					i++ // skip "zh"; the loop appends the second one
					continue
				}
				if c == 'y' {
					c = 'i'
				}
				if c == last && c < utf8.RuneSelf {
					continue
				}
				dst = append(dst, c)
				last = c
			}
		}
		if end < len(folded) {
			dst = append(dst, ' ')
		}
		start = end + 1
	}
	return dst
}
