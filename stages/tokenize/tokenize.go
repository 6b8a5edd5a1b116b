// Package tokenize splits a document into sentences and tokens, each with
// byte offsets into Document.Text.
//
// Tokens follow the conventions of CoNLL-2003 and the Penn Treebank, on
// which the entity tagger is trained: punctuation, quotes, brackets, dashes
// and currency symbols are tokens of their own; clitics are split ("Russia's"
// -> "Russia" "'s", "don't" -> "do" "n't", "soldiers'" -> "soldiers" "'");
// hyphenated words ("pro-Russian", "Su-34", "60-70"), numbers with
// separators ("5,937", "41.2", "1/2", "10:30"), abbreviations ("U.S.",
// "Dr.", "Jan."), web addresses and e-mail addresses stay whole.
//
// Sentences end after . ! ? (and any closing quotes or brackets right after
// them) when the next token starts a sentence, at blank lines unless the text
// clearly runs on, and at the end of a line without final punctuation, which
// makes that line a Headline. Sentences inside Document.Furniture are of kind
// Furniture. A text written all in capitals or all in lower case (wire copy,
// transcripts, chat) gives no evidence by its capitals: in lower case a
// sentence may start with a lower-case word, and a line that ends with a
// word runs on into a line that starts with one whatever their case.
//
// The scanner works on bytes with an ASCII fast path and no regular
// expressions; it allocates the token and sentence slices once per document.
package tokenize

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"factpipe/doc"
)

// Tokenize sets d.Tokens and d.Sentences from d.Text and d.Furniture,
// replacing any previous ones. Every token satisfies Text ==
// d.Text[Start:End]; tokens are in order and do not overlap; white space
// (including U+FEFF and \r) is never part of a token. Sentences are in
// order, cover every token exactly once (Tokens[First:Last]) and span from
// their first token's Start to their last token's End. Furniture spans that
// are out of order or out of range are tolerated.
//
// Tokenize is safe for concurrent use on different documents.
func Tokenize(d *doc.Document) {
	t := d.Text
	s := sentencer{
		text:  t,
		title: d.Title,
		furn:  normalize(d.Furniture, len(t)),
		toks:  make([]doc.Token, 0, len(t)/5+8),
		// News text has a token every ~5 bytes, a sentence every ~115.
		sents:     make([]doc.Sentence, 0, len(t)/100+4),
		lineStart: true,
		region:    -1,
		firstReg:  -1,
		casing:    textCasing(t),
	}
	d.Case = [...]doc.TextCase{textCased: doc.MixedCase, textUpper: doc.UpperCase, textLower: doc.LowerCase}[s.casing]
	i := 0
	for {
		// White space, counting line breaks: a blank line counts two.
		nl := 0
		for i < len(t) {
			c := t[i]
			if c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\f' || c == '\v' {
					i++
					continue
				}
				if c == '\n' {
					nl++
					i++
					continue
				}
				if c == '\r' {
					if i+1 >= len(t) || t[i+1] != '\n' {
						nl++ // a lone CR ends a line too
					}
					i++
					continue
				}
				break
			}
			r, n := utf8.DecodeRuneInString(t[i:])
			if !isSpace(r) {
				break
			}
			switch r {
			case '\u2028', '\u0085':
				nl++
			case '\u2029':
				nl += 2
			}
			i += n
		}
		if i >= len(t) {
			break
		}
		attached := len(s.toks) > 0 && s.toks[len(s.toks)-1].End == i
		end := nextToken(t, i, attached && endsWithWordChar(s.toks[len(s.toks)-1].Text))
		s.add(i, end, nl)
		i = end
	}
	s.close(true)
	d.Tokens = s.toks
	d.Sentences = s.sents
}

// maxHeadline is the most tokens a headline has. A longer line without
// final punctuation is still a sentence of its own, but of kind Body: it is
// a sentence that lacks its full stop, or a list item.
const maxHeadline = 30

// sentencer groups tokens into sentences as they are scanned.
type sentencer struct {
	text  string
	title string // the document's headline until the first content sentence
	// inTitle: the last sentence was the first part of the headline, and
	// title holds the rest.
	inTitle bool
	furn    []doc.Span
	toks    []doc.Token
	sents   []doc.Sentence

	first     int  // index of the current sentence's first token
	fc        int  // furniture cursor: spans before it end before the current token
	region    int  // furniture span holding the last token, -1 for none
	firstReg  int  // furniture span holding the current sentence's first token
	casing    int  // textCased, textUpper or textLower
	lineStart bool // the current sentence started at the start of a line
	final     bool // the last token ends a sentence: . ! ? … possibly followed by closers
	lineFinal bool // the last token ends a line properly: as final, or an abbreviation, or : ;
}

// add appends the token [start, end) preceded by white space holding nl line
// breaks, closing the current sentence first when the token starts a new one.
func (s *sentencer) add(start, end, nl int) {
	tok := s.text[start:end]
	prevRegion := s.region
	s.region = s.regionOf(start)
	if len(s.toks) > s.first && prevRegion != s.region {
		// Never run a sentence across the edge of a furniture span.
		s.close(!s.lineFinal && nl > 0)
		s.lineStart = nl > 0
	} else if len(s.toks) > s.first {
		prev := s.toks[len(s.toks)-1]
		split, headline := s.boundary(prev, tok, start, nl)
		if split {
			s.close(headline)
			s.lineStart = nl > 0
		}
	} else if len(s.toks) == 0 {
		s.lineStart = true
	}
	prevEnd := -1
	if n := len(s.toks); n > 0 {
		prevEnd = s.toks[n-1].End
	}
	if len(s.toks) == s.first {
		s.firstReg = s.region
	}
	s.toks = append(s.toks, doc.Token{Text: tok, Start: start, End: end})

	switch c := tok[0]; {
	case isAlnum(c) && tok[len(tok)-1] != '.':
		// Most tokens are words: no sentence end here.
		s.final, s.lineFinal = false, false
	case isFinal(tok):
		s.final, s.lineFinal = true, true
	case isCloser(tok) && (prevEnd == start || closingOnly(tok)) && s.final:
		// ." or .) : the sentence ends after the closer
	case tok[len(tok)-1] == '.' || tok == ":" || tok == ";":
		// An abbreviation ("U.S.", "Dr.") does not end a sentence on
		// its line, but a line that ends with one is not a headline.
		s.final, s.lineFinal = false, true
	case isCloser(tok) && prevEnd == start && s.lineFinal:
	default:
		s.final, s.lineFinal = false, false
	}
}

// boundary decides whether a sentence ends between prev and the token tok
// at start, separated by white space with nl line breaks, and whether the
// ended sentence is a headline.
func (s *sentencer) boundary(prev doc.Token, tok string, start, nl int) (split, headline bool) {
	switch {
	case nl >= 2:
		// A blank line ends the sentence unless the text clearly runs
		// on: "lived through the\n\nattack", "in a blind alley,\n\ndiscovering".
		if !s.lineFinal && s.runsOnBlank(prev.Text, tok) {
			return false, false
		}
		return true, !s.lineFinal && s.lineStart
	case nl == 1:
		if s.lineFinal {
			return true, false
		}
		// A hard-wrapped line runs on into the next; so does one that
		// ends with a comma, which no headline does.
		if s.wordRunsOn(prev.Text, tok) || prev.Text == "," || isFunctionWord(prev.Text) {
			return false, false
		}
		return true, s.lineStart
	}
	// On one line: after final punctuation and white space, before a token
	// that can start a sentence.
	return s.final && start > prev.End && (startsSentence(tok) || s.startsLowerSentence(tok)), false
}

// runsOnBlank reports whether a sentence runs on across a blank line from
// the token prev to tok: a comma or a word before a lower-case word; in a
// text without case, where a word tells nothing, a comma or a function word
// before a word.
func (s *sentencer) runsOnBlank(prev, tok string) bool {
	if s.casing != textCased {
		return startsWord(tok) && (prev == "," || isFunctionWord(prev))
	}
	return startsLower(tok) && (prev == "," || isLowerWord(prev))
}

// wordRunsOn reports whether a line that ends with the token prev runs on
// into a line that starts with tok by their words: a lower-case word before
// a lower-case word; in a text without case, a word or number before a word
// ("THAT 89\nSOLDIERS").
func (s *sentencer) wordRunsOn(prev, tok string) bool {
	if s.casing != textCased {
		return endsWithWordChar(prev) && startsWord(tok)
	}
	return startsLower(tok) && isLowerWord(prev)
}

// startsLowerSentence reports whether the lower-case word tok starts a
// sentence after final punctuation in a text in lower case: it does unless
// the full stop follows a lone letter, an initial ("george w. bush").
func (s *sentencer) startsLowerSentence(tok string) bool {
	if s.casing != textLower || !startsLower(tok) {
		return false
	}
	n := len(s.toks)
	if n >= 2 && s.toks[n-1].Text == "." && s.toks[n-2].End == s.toks[n-1].Start {
		w := s.toks[n-2].Text
		return len(w) != 1 || !isLetter(w[0])
	}
	return true
}

// Casings of a text, as the sentence splitter reads them.
const (
	textCased = iota
	textUpper // almost no lower-case letters: wire copy in capitals
	textLower // almost no capitals but the pronoun "I": transcripts, chat
)

// Shares of the ASCII letters of a text under which it reads as written
// without case: capitals (a lone "I" aside) in a text in lower case, lower-
// case letters in a text in capitals.
const (
	lowerTextCapitals = 0.005
	upperTextLowers   = 0.02
)

// textCasing returns the casing of text t, read from its ASCII letters.
func textCasing(t string) int {
	upper, lower := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isLower(c):
			lower++
		case isUpper(c):
			if c == 'I' && (i == 0 || !isLetter(t[i-1])) && (i+1 == len(t) || !isLetter(t[i+1])) {
				continue // the pronoun "I" is capitalised in text in lower case too
			}
			upper++
		}
	}
	letters := float64(upper + lower)
	switch {
	case letters == 0:
		return textCased
	case float64(upper) < lowerTextCapitals*letters:
		return textLower
	case float64(lower) < upperTextLowers*letters:
		return textUpper
	}
	return textCased
}

// regionOf returns the index of the furniture span holding offset off, or
// -1. Offsets must come in increasing order.
func (s *sentencer) regionOf(off int) int {
	for s.fc < len(s.furn) && s.furn[s.fc].End <= off {
		s.fc++
	}
	if s.fc < len(s.furn) && s.furn[s.fc].Start <= off {
		return s.fc
	}
	return -1
}

// normalize returns the spans clipped to [0, n), sorted and merged. It
// copies only when the spans need fixing.
func normalize(sp []doc.Span, n int) []doc.Span {
	ok := true
	for i, f := range sp {
		if f.Start < 0 || f.End > n || f.Start >= f.End || (i > 0 && f.Start < sp[i-1].End) {
			ok = false
			break
		}
	}
	if ok {
		return sp
	}
	out := make([]doc.Span, 0, len(sp))
	for _, f := range sp {
		f.Start, f.End = max(f.Start, 0), min(f.End, n)
		if f.Start < f.End {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	merged := out[:0]
	for _, f := range out {
		if k := len(merged); k > 0 && f.Start <= merged[k-1].End {
			merged[k-1].End = max(merged[k-1].End, f.End)
			continue
		}
		merged = append(merged, f)
	}
	return merged
}

// close ends the current sentence, if it has tokens.
func (s *sentencer) close(headline bool) {
	if len(s.toks) == s.first {
		return
	}
	first, last := s.toks[s.first], s.toks[len(s.toks)-1]
	kind, rest := doc.Body, ""
	switch {
	case s.firstReg >= 0:
		kind = doc.Furniture
	case headline && !s.lineFinal && s.lineStart && len(s.toks)-s.first <= maxHeadline:
		kind = doc.Headline
	case s.title != "" && (s.lineStart || s.inTitle) && isTitle(s.text[first.Start:last.End], s.title):
		// The document's headline, even when it ends with "?" or "!".
		kind = doc.Headline
	case s.title != "" && (s.lineStart || s.inTitle) && titleRest(s.text[first.Start:last.End], s.title) != "":
		// The headline cut by a full stop ("Shooting at NE Phila. Kraft
		// Plant"): each part is headline.
		kind = doc.Headline
		rest = titleRest(s.text[first.Start:last.End], s.title)
	}
	if kind != doc.Furniture {
		// Only the first content sentence can be the headline, or its
		// first part.
		s.title, s.inTitle = rest, rest != ""
	}
	s.sents = append(s.sents, doc.Sentence{
		Start: first.Start, End: last.End,
		First: s.first, Last: len(s.toks),
		Kind: kind,
	})
	s.first = len(s.toks)
	s.final, s.lineFinal = false, false
}

// isTitle reports whether sentence text s is the headline title, written
// with or without a markdown heading mark or emphasis.
// titleRest returns what follows sentence s in title when s is the first
// part of it, else "".
func titleRest(s, title string) string {
	s = strings.TrimLeft(s, "#*_ \t")
	if s == "" || !strings.HasPrefix(title, s+" ") {
		return ""
	}
	return strings.TrimSpace(title[len(s):])
}

func isTitle(s, title string) bool {
	s = strings.TrimLeft(s, "#*_ \t")
	s = strings.TrimRight(s, "*_ \t")
	return s == title
}
