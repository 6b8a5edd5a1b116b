// Package tokenize splits a document into sentences and tokens, each with
// byte offsets into Document.Text.
package tokenize

import (
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
)

// Tokenize sets d.Tokens and d.Sentences from d.Text. It is safe for
// concurrent use on different documents.
func Tokenize(d *doc.Document) {
	text := d.Text
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	sentStart := -1
	first := 0
	flush := func(end int) {
		if sentStart >= 0 && len(d.Tokens) > first {
			d.Sentences = append(d.Sentences, doc.Sentence{Start: sentStart, End: end, First: first, Last: len(d.Tokens)})
		}
		sentStart = -1
		first = len(d.Tokens)
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			// A blank line ends a sentence; so does a line break after a
			// line without final punctuation (a headline).
			if len(d.Tokens) > first {
				flush(d.Tokens[len(d.Tokens)-1].End)
			}
			i += n
			continue
		case unicode.IsSpace(r) || r == '\uFEFF':
			i += n
			continue
		}
		start := i
		if isWord(r) {
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if isWord(r) {
					i += n
					continue
				}
				// Keep inner '.', ',', '-', '\'' between word characters: 5,937 41.2 pro-Russian
				if (r == '.' || r == ',' || r == '-' || r == '\'' || r == '’') && i+n < len(text) {
					r2, _ := utf8.DecodeRuneInString(text[i+n:])
					if isWord(r2) {
						i += n
						continue
					}
				}
				break
			}
		} else {
			i += n
		}
		if sentStart < 0 {
			sentStart = start
		}
		d.Tokens = append(d.Tokens, doc.Token{Text: text[start:i], Start: start, End: i})
		if r == '.' || r == '!' || r == '?' {
			flush(i)
		}
	}
	flush(len(text))
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
