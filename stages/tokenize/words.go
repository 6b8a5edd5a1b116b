package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nextToken returns the end of the token that starts at t[i], which is not
// white space. afterWord tells that a word token ends right at i, so that an
// apostrophe there may start a clitic ("'s").
func nextToken(t string, i int, afterWord bool) int {
	c := t[i]
	if c < utf8.RuneSelf {
		switch {
		case isAlnum(c):
			// Only "http", "ftp", "www" and "mailto" can start a web address.
			if i+1 < len(t) {
				c1, c2 := c|0x20, t[i+1]|0x20
				if ((c1 == 'h' || c1 == 'f') && c2 == 't') || (c1 == 'w' && c2 == 'w') || (c1 == 'm' && c2 == 'a') {
					if e := urlEnd(t, i); e > i {
						return e
					}
				}
			}
			e := wordEnd(t, i)
			if e < len(t) && (t[e] == '@' || t[e] == '.' || t[e] == '_' || t[e] == '%' || t[e] == '+' || t[e] == '-') {
				// The word stopped at a character an e-mail address can hold.
				if m := emailEnd(t, i); m > e {
					return m
				}
			}
			return e
		case c == '\'':
			if afterWord {
				if e := cliticEnd(t, i+1); e > 0 {
					return e
				}
			}
			return i + 1
		case c == '.' || c == '-' || c == '*' || c == '!' || c == '?':
			// Runs: "...", "--", "**", "?!"
			j := i + 1
			for j < len(t) && (t[j] == c || (c == '!' || c == '?') && (t[j] == '!' || t[j] == '?')) {
				j++
			}
			return j
		}
		return i + 1
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	switch {
	case isWordRune(r):
		return wordEnd(t, i)
	case r == '’':
		if afterWord {
			if e := cliticEnd(t, i+n); e > 0 {
				return e
			}
		}
	}
	return i + n
}

// wordEnd returns the end of the word starting at t[i]: letters, digits and
// marks, joined by inner hyphens ("pro-Russian", "60-70"), inner
// apostrophes that are not clitics ("O'Brien"), decimal and thousands
// separators ("41.2", "5,937"), "1/2", "10:30", "AT&T", acronym and domain
// dots ("U.S", "wsws.org"); a final dot is taken in for abbreviations
// ("U.S.", "Dr.", "J."). The word stops before a clitic ("do|n't").
func wordEnd(t string, i int) int {
	start := i
	if e := ntEnd(t, i); e > 0 {
		return e // "n't" after "do", "ca", "wo", ...
	}
	segStart := i // start of the current dot-separated segment
	dots := false
	j := i
	for j < len(t) {
		c := t[j]
		if c < utf8.RuneSelf {
			if isAlnum(c) {
				if (c == 'n' || c == 'N') && j > start && j+1 < len(t) && (t[j+1] == '\'' || t[j+1] == 0xE2) && ntEnd(t, j) > 0 {
					return j // "do|n't"
				}
				j++
				continue
			}
			if j+1 >= len(t) {
				break
			}
			next := t[j+1]
			prev := t[j-1]
			switch c {
			case '-':
				if wordStartAt(t, j+1) {
					j++
					continue
				}
			case '.':
				// "41.2"; "U.S"; "e.g"; "wsws.org"
				if (isDigit(prev) && isDigit(next)) ||
					(j-segStart == 1 && isLetter(prev) && isLetter(next) && (j+2 >= len(t) || !isLetter(t[j+2]))) ||
					(isLower(prev) && isLower(next)) {
					j++
					segStart = j
					dots = true
					continue
				}
			case ',':
				// "5,937", "300,000": exactly three digits follow
				if isDigit(prev) && j+3 < len(t) && isDigit(next) && isDigit(t[j+2]) && isDigit(t[j+3]) &&
					(j+4 >= len(t) || !isDigit(t[j+4])) {
					j++
					continue
				}
			case ':', '/':
				if isDigit(prev) && isDigit(next) {
					j++
					continue
				}
			case '&':
				if isUpper(prev) && isUpper(next) {
					j++
					continue
				}
			case '\'':
				if k := apostrophe(t, j, 1); k > 0 {
					j = k
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(t[j:])
		if isWordRune(r) || r == '\u00AD' { // soft hyphen: inside words
			j += n
			continue
		}
		if r == '’' {
			if k := apostrophe(t, j, n); k > 0 {
				j = k
				continue
			}
		}
		if (r == '\u2010' || r == '\u2011') && wordStartAt(t, j+n) { // Unicode hyphens
			j += n
			continue
		}
		break
	}
	// Take in the final dot of an abbreviation, but not of an ellipsis.
	if j < len(t) && t[j] == '.' && (j+1 >= len(t) || t[j+1] != '.') {
		w := t[start:j]
		seg := t[segStart:j]
		switch {
		case dots && len(seg) == 1 && isLetter(seg[0]): // "U.S." "a.m." "e.g."
			return j + 1
		case len(w) == 1 && isUpper(w[0]): // an initial: "J."
			return j + 1
		case isAbbrev(w) || isCaselessAbbrev(w):
			return j + 1
		}
	}
	// A domain followed by a path: "wsws.org/contact".
	if dots && j < len(t) && t[j] == '/' && isDomain(t[start:j]) {
		return urlTail(t, start, j)
	}
	return j
}

// apostrophe handles an apostrophe of n bytes at t[j] inside a word: it
// returns the offset after it when the word goes on ("O'Brien"), or 0 when
// the word ends there (a clitic "'s" or a final "soldiers'" follows).
func apostrophe(t string, j, n int) int {
	if cliticEnd(t, j+n) > 0 {
		return 0
	}
	if wordStartAt(t, j+n) {
		r, _ := utf8.DecodeRuneInString(t[j+n:])
		if unicode.IsLetter(r) {
			return j + n
		}
	}
	return 0
}

// cliticEnd returns the end of a clitic whose letters start at t[k] (the
// apostrophe just before k): s, d, m, re, ve, ll in any case, followed by a
// non-letter. It returns 0 when there is none.
func cliticEnd(t string, k int) int {
	if k >= len(t) {
		return 0
	}
	var e int
	switch t[k] | 0x20 {
	case 's', 'd', 'm':
		e = k + 1
	case 'r', 'v':
		if k+1 < len(t) && t[k+1]|0x20 == 'e' {
			e = k + 2
		}
	case 'l':
		if k+1 < len(t) && t[k+1]|0x20 == 'l' {
			e = k + 2
		}
	}
	if e == 0 || letterAt(t, e) {
		return 0
	}
	return e
}

// ntEnd returns the end of "n't" (or "n’t") at t[i], when t[i:] starts with
// it and a non-letter follows, else 0.
func ntEnd(t string, i int) int {
	if i >= len(t) || (t[i]|0x20) != 'n' {
		return 0
	}
	k := i + 1
	switch {
	case strings.HasPrefix(t[k:], "'"):
		k++
	case strings.HasPrefix(t[k:], "’"):
		k += len("’")
	default:
		return 0
	}
	if k >= len(t) || (t[k]|0x20) != 't' || letterAt(t, k+1) {
		return 0
	}
	return k + 1
}

// urlEnd returns the end of a web address starting at t[i] ("https://...",
// "www.example.com/..."), or 0.
func urlEnd(t string, i int) int {
	rest := t[i:]
	var n int
	switch {
	case hasPrefixFold(rest, "https://"):
		n = 8
	case hasPrefixFold(rest, "http://"):
		n = 7
	case hasPrefixFold(rest, "ftp://"):
		n = 6
	case hasPrefixFold(rest, "www.") && len(rest) > 4 && isAlnum(rest[4]):
		n = 4
	case hasPrefixFold(rest, "mailto:"):
		n = 7
	default:
		return 0
	}
	return urlTail(t, i, i+n)
}

// urlTail extends a web address that starts at t[start] and has been read
// up to j, to the next white space or quote, then gives back trailing
// punctuation and unbalanced closing brackets.
func urlTail(t string, start, j int) int {
	for j < len(t) {
		c := t[j]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c == '`' {
			break
		}
		if c == ']' && strings.IndexByte(t[start:j], '[') < 0 {
			break // "[text](https://...)": the link text of a markdown link
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(t[j:])
			if isSpace(r) || r == '“' || r == '”' || r == '‘' || r == '’' || r == '«' || r == '»' {
				break
			}
			j += n
			continue
		}
		j++
	}
	// Bracket balance of the address, updated as closers are given back.
	var opens, closes [3]int
	for k := start; k < j; k++ {
		if b := strings.IndexByte("([{", t[k]); b >= 0 {
			opens[b]++
		} else if b := strings.IndexByte(")]}", t[k]); b >= 0 {
			closes[b]++
		}
	}
	for j > start {
		c := t[j-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			j--
			continue
		case ')', ']', '}':
			if b := strings.IndexByte(")]}", c); opens[b] < closes[b] {
				closes[b]--
				j--
				continue
			}
		}
		break
	}
	return j
}

// emailEnd returns the end of an e-mail address starting at t[i], or 0.
func emailEnd(t string, i int) int {
	// Local parts have at most 64 characters, domains 255: the bounds keep
	// runs like "a_a_a_..." linear.
	j := i
	for j < len(t) && j-i <= 64 && (isAlnum(t[j]) || t[j] == '.' || t[j] == '_' || t[j] == '%' || t[j] == '+' || t[j] == '-') {
		j++
	}
	if j == i || j >= len(t) || t[j] != '@' {
		return 0
	}
	k := j + 1
	dot := false
	for k < len(t) && k-j <= 255 && (isAlnum(t[k]) || t[k] == '-' || (t[k] == '.' && k+1 < len(t) && isAlnum(t[k+1]))) {
		if t[k] == '.' {
			dot = true
		}
		k++
	}
	if !dot || !isAlnum(t[k-1]) {
		return 0
	}
	return k
}

// isDomain reports a host name such as "wsws.org" or "bbc.co.uk": dotted
// segments, the last one of two or more letters.
func isDomain(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i < 0 || len(w)-i-1 < 2 {
		return false
	}
	for k := i + 1; k < len(w); k++ {
		if !isLetter(w[k]) {
			return false
		}
	}
	return true
}

// isAbbrev reports common abbreviations written with a final dot: titles,
// months, weekdays, US states, company and address words. Case matters:
// "No." is an abbreviation, "no." ends a sentence.
func isAbbrev(w string) bool {
	switch w {
	case "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Rev", "Fr", "Sr", "Jr", "St", "Hon",
		"Lt", "Gen", "Col", "Sgt", "Capt", "Cpt", "Maj", "Cmdr", "Cdr", "Adm", "Brig", "Cpl", "Pvt", "Lieut",
		"Gov", "Sen", "Rep", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Esq",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
		"No", "Nos", "Nr", "vs", "v", "etc", "approx", "est", "ca", "cf", "al", "viz", "Vol", "vol",
		"Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Cie", "Dept", "Univ", "Assn", "Intl",
		"Ave", "Rd", "Blvd", "Mt", "Ft", "Pt", "Sq", "Ste", "Hwy",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
		"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
		"Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
		"Fig", "fig", "pp", "p", "ed", "eds", "Ed", "Eds":
		return true
	}
	return false
}

// caselessAbbrevs are the abbreviations of isAbbrev that are no English
// word, in lower case: written all in capitals or all in lower case ("MR.",
// "jan.", "calif.") they are abbreviations too. "No.", "Mar.", "Wed.",
// "Miss." and the like are left out: "no." and "MISS." end sentences.
var caselessAbbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms messrs mme mlle dr prof rev fr sr jr st hon
		lt gen col sgt capt cpt maj cmdr cdr adm brig cpl pvt lieut gov sen rep pres supt insp det amb atty esq
		jan feb apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri
		nos nr vs etc approx cf viz vol inc corp ltd co bros plc cie dept univ assn intl
		ave rd blvd mt ft pt sq ste hwy
		ala ariz ark calif colo conn fla kan kans ky md mich minn neb nev okla penn tenn tex vt wis wyo pp`) {
		m[w] = true
	}
	return m
}()

// isCaselessAbbrev reports whether w, all in capitals or all in lower case,
// is one of caselessAbbrevs.
func isCaselessAbbrev(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isUpper(c):
			upper++
		case isLower(c):
			lower++
		default:
			return false
		}
	}
	if upper > 0 && lower > 0 {
		return false
	}
	return caselessAbbrevs[strings.ToLower(w)]
}

// isFinal reports tokens that end a sentence: . ! ? and their runs, "…".
func isFinal(tok string) bool {
	switch tok[0] {
	case '.':
		return true
	case '!', '?':
		return true
	}
	return tok == "…"
}

// isCloser reports closing quotes and brackets, which stay with the
// sentence they follow: ." ?” .) .'
func isCloser(tok string) bool {
	switch tok {
	case "\"", "'", ")", "]", "”", "’", "»", "›", "}":
		return true
	}
	return false
}

// closingOnly reports quotes and brackets that can only close.
func closingOnly(tok string) bool {
	switch tok {
	case ")", "]", "”", "»", "}":
		return true
	}
	return false
}

// startsSentence reports a token that can start a sentence: a capital, a
// digit, an opening quote or bracket, a list or emphasis mark, a currency
// sign.
func startsSentence(tok string) bool {
	c := tok[0]
	if c < utf8.RuneSelf {
		switch {
		case isUpper(c) || isDigit(c):
			return true
		case c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '#' || c == '-' || c == '$' || c == '`':
			return true
		}
		return false
	}
	r, _ := utf8.DecodeRuneInString(tok)
	switch r {
	case '“', '‘', '«', '¿', '¡', '—', '–', '•', '£', '€', '¥':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r) || unicode.Is(unicode.Lo, r)
}

// startsWord reports a token that starts with a letter.
func startsWord(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLetter(r)
}

// startsLower reports a token that starts with a lower-case letter.
func startsLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}

// isLowerWord reports a word that starts with a lower-case letter and ends
// with a letter: the kind of word a line that runs on ends with.
func isLowerWord(tok string) bool {
	if !startsLower(tok) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(tok)
	return unicode.IsLetter(r)
}

// isFunctionWord reports words that end neither a headline nor a sentence
// ("the", "of", "and"; in capitals too: "THE"), so a line ending with one
// runs on into the next. Words that headlines do end with ("says", "in",
// "over") are left out.
func isFunctionWord(tok string) bool {
	if len(tok) <= 7 && isUpper(tok[0]) && strings.ToUpper(tok) == tok {
		tok = strings.ToLower(tok)
	}
	switch tok {
	case "the", "a", "an", "of", "to", "from", "with", "into", "onto", "and", "or", "but", "nor",
		"that", "which", "whose", "than", "its", "their", "his", "our", "your", "my", "these", "those",
		"between", "is", "are", "was", "were":
		return true
	}
	return false
}

// endsWithWordChar reports whether tok ends with a letter, digit or mark.
func endsWithWordChar(tok string) bool {
	c := tok[len(tok)-1]
	if c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeLastRuneInString(tok)
	return isWordRune(r)
}

// wordStartAt reports whether a letter or digit starts at t[k].
func wordStartAt(t string, k int) bool {
	if k >= len(t) {
		return false
	}
	if c := t[k]; c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// letterAt reports whether a letter starts at t[k].
func letterAt(t string, k int) bool {
	if k >= len(t) {
		return false
	}
	if c := t[k]; c < utf8.RuneSelf {
		return isLetter(c)
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return unicode.IsLetter(r)
}

// isSpace reports white space, counting the byte-order mark and zero-width
// space, which stand between words in decoded web text.
func isSpace(r rune) bool {
	switch r {
	case '\uFEFF', '\u200B', '\u2060', '\u180E':
		return true
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }
func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
