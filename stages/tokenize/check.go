package tokenize

import (
	"fmt"
	"strings"
)

import "factpipe/doc"

// Check reports the first way in which d's tokens, sentences or furniture
// break the contract of package doc, or nil: tokens in order, not
// overlapping, not empty, holding no white space at their edges, with Text
// == d.Text[Start:End]; sentences in order, covering all tokens in turn with
// First < Last, spanning from their first token's Start to their last
// token's End; furniture spans inside the text. It is meant for tests and
// for checking documents built elsewhere.
func Check(d *doc.Document) error {
	n := len(d.Text)
	prevEnd := 0
	for i, t := range d.Tokens {
		switch {
		case t.Start < prevEnd || t.End <= t.Start || t.End > n:
			return fmt.Errorf("tokenize: token %d [%d,%d) out of order or range (previous ends at %d, text is %d bytes)", i, t.Start, t.End, prevEnd, n)
		case t.Text != d.Text[t.Start:t.End]:
			return fmt.Errorf("tokenize: token %d: Text %q != text[%d:%d] %q", i, t.Text, t.Start, t.End, d.Text[t.Start:t.End])
		case strings.TrimFunc(t.Text, isSpace) != t.Text:
			return fmt.Errorf("tokenize: token %d %q has white space at an edge", i, t.Text)
		}
		prevEnd = t.End
	}
	next := 0
	for i, s := range d.Sentences {
		switch {
		case s.First != next || s.Last <= s.First || s.Last > len(d.Tokens):
			return fmt.Errorf("tokenize: sentence %d tokens [%d,%d), want to start at %d (%d tokens)", i, s.First, s.Last, next, len(d.Tokens))
		case s.Start != d.Tokens[s.First].Start || s.End != d.Tokens[s.Last-1].End:
			return fmt.Errorf("tokenize: sentence %d [%d,%d) does not span its tokens [%d,%d)", i, s.Start, s.End, d.Tokens[s.First].Start, d.Tokens[s.Last-1].End)
		case s.Kind > doc.Furniture:
			return fmt.Errorf("tokenize: sentence %d has unknown kind %d", i, s.Kind)
		}
		next = s.Last
	}
	if next != len(d.Tokens) {
		return fmt.Errorf("tokenize: sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	for i, f := range d.Furniture {
		if f.Start < 0 || f.End > n || f.Start >= f.End {
			return fmt.Errorf("tokenize: furniture span %d [%d,%d) out of range (text is %d bytes)", i, f.Start, f.End, n)
		}
	}
	return nil
}
