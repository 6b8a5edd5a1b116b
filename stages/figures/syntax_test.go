package figures

import (
	"slices"
	"testing"

	"factpipe/doc"
	"factpipe/stages/tokenize"
)

// The sentences parsed for the stage are those with a count (a number, a
// currency sign, a negative count) and a measure word or a claim, never
// page furniture.
func TestSyntaxWanted(t *testing.T) {
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The weather was fine. Police said the road was closed. Five people died. " +
		"Nobody was hurt. No one came. No comment. It cost $5. Lunch was served. The firm said profits rose 5%."
	d := &doc.Document{Text: text}
	tokenize.Tokenize(d)
	if got, want := e.SyntaxWanted(d), []int{2, 3, 8}; !slices.Equal(got, want) {
		t.Errorf("SyntaxWanted = %v, want %v", got, want)
	}
	d.Furniture = []doc.Span{{Start: d.Sentences[2].Start, End: d.Sentences[2].End}}
	if got := e.SyntaxWanted(d); slices.Contains(got, 2) {
		t.Errorf("SyntaxWanted = %v parses furniture", got)
	}
}
