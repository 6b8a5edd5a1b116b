package figures

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
)

// tokKind tells words, numbers and punctuation apart.
type tokKind uint8

const (
	tWord  tokKind = iota // starts with a letter
	tNum                  // starts with a digit: "5,937", "41.2", "1.2bn", "60-70"
	tPunct                // any other single character
)

// tok is one token of the figures stage's own lexer. The stage lexes each
// sentence itself (rather than reading doc.Token) so that the patterns below
// depend on one fixed set of token rules: inner '.', ',', '-' and
// apostrophes stay inside a token ("5,937", "sixty-three", "army’s",
// "Su-34"), every other non-space character is a token of its own.
type tok struct {
	s          string // as written
	lo         string // lower case
	start, end int    // byte offsets into Document.Text
	kind       tokKind
	cap        bool // first rune is upper case
}

// isQuote reports whether t is a quotation mark.
func (t *tok) isQuote() bool {
	switch t.s {
	case "\"", "“", "”", "‘", "’", "«", "»", "'", "„":
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// lex appends the tokens of text[start:end] to dst.
func lex(dst []tok, text string, start, end int) []tok {
	// Lower-case the whole range at once when that keeps byte offsets (it
	// does unless a rune changes its UTF-8 length), and slice tokens from it.
	low := ""
	if hasUpper(text[start:end]) {
		if l := strings.ToLower(text[start:end]); len(l) == end-start {
			low = l
		}
	} else {
		low = text[start:end]
	}
	i := start
	for i < end {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == '\uFEFF' || r == '*' || r == '_' {
			i += n
			continue
		}
		s := i
		kind := tPunct
		if isWordRune(r) {
			kind = tWord
			if r < utf8.RuneSelf && r >= '0' && r <= '9' || unicode.IsDigit(r) {
				kind = tNum
			}
			i += n
			for i < end {
				if c := text[i]; c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
					i++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[i:end])
				if isWordRune(r) {
					i += n
					continue
				}
				if (r == '.' || r == ',' || r == '-' || r == '\'' || r == '’') && i+n < end {
					r2, _ := utf8.DecodeRuneInString(text[i+n : end])
					if isWordRune(r2) {
						i += n
						continue
					}
				}
				break
			}
		} else {
			i += n
		}
		w := text[s:i]
		t := tok{s: w, start: s, end: i, kind: kind}
		if kind == tWord {
			t.cap = unicode.IsUpper(r)
		}
		if low != "" {
			t.lo = low[s-start : i-start]
		} else {
			t.lo = lower(w)
		}
		dst = append(dst, t)
	}
	return dst
}

// lower lower-cases s, without allocating when s has no upper-case letter.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the first token of toks that starts at or
// after byte off (len(toks) when none does).
func tokenAt(toks []tok, off int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].start >= off })
}

// lex is lex over the document's text. In a text written all in capitals
// or without capitals, where capitals tell nothing of names, a word counts
// as capitalised when it is part of an entity mention: the tagger reads
// names there from other cues.
func (st *docState) lex(dst []tok, start, end int) []tok {
	n := len(dst)
	dst = lex(dst, st.d.Text, start, end)
	if st.d.Case != doc.MixedCase {
		for i := n; i < len(dst); i++ {
			dst[i].cap = dst[i].kind == tWord && st.inMention(dst[i].start)
		}
	}
	return dst
}
