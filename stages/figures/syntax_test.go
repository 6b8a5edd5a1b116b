package figures

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"factpipe/doc"
	"factpipe/internal/testenv"
	"factpipe/stages/ingest"
	"factpipe/stages/syntax"
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

// With the parse, the counts of a breakdown are increments (parts of a
// total); counts of two measures are not.
func TestBreakdownParsed(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p, err := syntax.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text      string
		increment []bool // of the figures, in order
	}{
		{"The blast killed two women and five children.", []bool{true, true}},
		{"The attack killed 400 troops and wounded 300.", []bool{false, false}},
		// Counts of things are counts of their own.
		{"The quake damaged 42 buildings, 2 roads and 14 hotels.", []bool{false, false, false}},
		{"The blast killed 14 people.", []bool{false}},
	} {
		d := &doc.Document{Text: tt.text}
		tokenize.Tokenize(d)
		d.Syntax = p.ParseSentences(d, x.SyntaxWanted(d))
		figs := x.Extract(d, nil)
		var got []bool
		for _, f := range figs {
			got = append(got, f.Increment)
		}
		if !slices.Equal(got, tt.increment) {
			t.Errorf("%q: increments %v, want %v", tt.text, got, tt.increment)
		}
	}
}

// The share of BBC's tokens in the sentences the stage has parsed, which
// bounds what the syntax stage costs a run: at most a quarter. Run with -v
// to print it.
func TestSyntaxShareBBC(t *testing.T) {
	dir := testenv.DataDir()
	if dir == "" {
		t.Skip("no shared data")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "bbc", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no BBC corpus")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var tokens, wanted int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.Decode(f, raw)
		if err != nil {
			continue
		}
		tokenize.Tokenize(d)
		tokens += len(d.Tokens)
		for _, i := range x.SyntaxWanted(d) {
			wanted += d.Sentences[i].Last - d.Sentences[i].First
		}
	}
	share := float64(wanted) / float64(max(tokens, 1))
	t.Logf("%d of %d BBC tokens are in sentences parsed for the figures stage (%.1f%%)", wanted, tokens, 100*share)
	if share > 0.25 {
		t.Errorf("%.1f%% of the tokens parsed, want at most 25%%", 100*share)
	}
}
