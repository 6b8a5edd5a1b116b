package tokenize

import (
	"fmt"
	"strings"
	"testing"

	"factpipe/doc"
)

// worstCases are repeated units that could make a careless scanner
// quadratic: look-ahead for e-mail addresses, URL bracket balancing, runs
// of punctuation, sentences that never end.
var worstCases = []string{"a_", "a-", "a.", "A.", ")", "http://x)", "'", "’", "n't", "a@", "..", "\n", "\n\n",
	"x\n", ". X", "Mr. ", "U.", "1,", "1.", "-1", "ab'", "www.a", "&A"}

// TestWorstCasesValid checks the documents the worst cases produce.
func TestWorstCasesValid(t *testing.T) {
	for _, unit := range worstCases {
		d := &doc.Document{Text: strings.Repeat(unit, 20000/len(unit)), Furniture: []doc.Span{{Start: 0, End: 10}}}
		Tokenize(d)
		if err := Check(d); err != nil {
			t.Errorf("%q: %v", unit, err)
		}
	}
}

// BenchmarkWorstCase tokenizes each worst case at 12.5 KB and at 100 KB:
// MB/s must not fall with size (a fall means time grows faster than the
// text). go test -run XXX -bench WorstCase ./stages/tokenize/
func BenchmarkWorstCase(b *testing.B) {
	for _, unit := range worstCases {
		for _, size := range []int{12500, 100000} {
			text := strings.Repeat(unit, size/len(unit))
			b.Run(fmt.Sprintf("%q/%dKB", unit, size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Tokenize(&doc.Document{Text: text})
				}
			})
		}
	}
}
