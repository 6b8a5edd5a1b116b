package tokenize

import (
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// TestLinearTime tokenizes 200 KB of repeated units that could make a
// careless scanner quadratic (look-ahead for e-mail addresses, URL bracket
// balancing, runs of punctuation); each must take well under a second.
func TestLinearTime(t *testing.T) {
	for _, unit := range []string{"a_", "a-", "a.", "A.", ")", "http://x)", "'", "’", "n't", "a@", "..", "\n", "\n\n", "x\n", ". X", "Mr. ", "U.", "1,", "1.", "-1", "ab'", "www.a", "&A"} {
		text := strings.Repeat(unit, 200000/len(unit))
		st := time.Now()
		d := &doc.Document{Text: text, Furniture: []doc.Span{{Start: 0, End: 10}}}
		Tokenize(d)
		if el := time.Since(st); el > time.Second {
			t.Errorf("%q: %v", unit, el)
		}
		if err := Check(d); err != nil {
			t.Error(err)
		}
	}
}
