package tokenize

import (
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// TestLinearTime tokenizes repeated units that could make a careless
// scanner quadratic (look-ahead for e-mail addresses, URL bracket
// balancing, runs of punctuation, sentences that never end). Eight times
// the text must take well under 64 times as long: the check compares
// sizes rather than clock limits so that it holds on a loaded machine.
func TestLinearTime(t *testing.T) {
	run := func(text string) time.Duration { // the best of three runs
		best := time.Hour
		for range 3 {
			st := time.Now()
			d := &doc.Document{Text: text, Furniture: []doc.Span{{Start: 0, End: 10}}}
			Tokenize(d)
			best = min(best, time.Since(st))
			if err := Check(d); err != nil {
				t.Fatal(err)
			}
		}
		return best
	}
	for _, unit := range []string{"a_", "a-", "a.", "A.", ")", "http://x)", "'", "’", "n't", "a@", "..", "\n", "\n\n",
		"x\n", ". X", "Mr. ", "U.", "1,", "1.", "-1", "ab'", "www.a", "&A"} {
		small := strings.Repeat(unit, 12500/len(unit))
		large := strings.Repeat(unit, 100000/len(unit))
		ts := run(small)
		tl := run(large)
		if tl > 24*ts+100*time.Millisecond {
			t.Errorf("%q: %v for 100 KB, %v for 12.5 KB: not linear", unit, tl, ts)
		}
	}
}
