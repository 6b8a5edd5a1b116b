package rules_test

import (
	"slices"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/internal/depmatch"
	"factpipe/stages/figures/rules"
	"factpipe/stages/syntax"
	"factpipe/stages/tokenize"
)

// parsed tokenizes and parses text as one document.
func parsed(t *testing.T, p *syntax.Parser, text string) (*doc.Document, *depmatch.Sentence) {
	t.Helper()
	d := &doc.Document{Text: text}
	tokenize.Tokenize(d)
	if len(d.Sentences) != 1 {
		t.Fatalf("%q: %d sentences", text, len(d.Sentences))
	}
	syn := p.ParseSentences(d, []int{0})[0]
	s := &depmatch.Sentence{Words: syn.Words}
	for _, tok := range d.Tokens {
		s.Lower = append(s.Lower, strings.ToLower(tok.Text))
	}
	return d, s
}

// Every example of every family reads what it says, in the family's
// patterns alone, as written, upper-cased and lower-cased.
func TestExamples(t *testing.T) {
	p, err := syntax.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range slices.Concat(rules.Measures(), rules.Claimants(), rules.Places(), rules.Backgrounds(), rules.Incidents(), rules.IncidentPlaces()) {
		m, err := depmatch.Compile(rules.WordSets(), f.Patterns...)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, ex := range f.Examples {
			for _, text := range []string{ex.Sentence, strings.ToUpper(ex.Sentence), strings.ToLower(ex.Sentence)} {
				d, s := parsed(t, p, text)
				anchor := -1
				for i, tok := range d.Tokens {
					if strings.EqualFold(tok.Text, ex.Figure) {
						anchor = i
						break
					}
				}
				if anchor < 0 {
					t.Fatalf("%s: %q has no word %q", f.Name, text, ex.Figure)
				}
				got := ""
				ms := m.Find(s, anchor)
				if f.Role == "place" {
					slices.SortStableFunc(ms, func(x, y depmatch.Match) int {
						return distance(x.Word("place"), anchor) - distance(y.Word("place"), anchor)
					})
				}
				for _, mt := range ms {
					w := mt.Word(f.Role)
					if f.Role != "measure" || rules.MeasureAt(s.Lower, w) != "" {
						got = s.Lower[w]
						break
					}
				}
				if got != strings.ToLower(ex.Want) {
					t.Errorf("%s: %q: read %q, want %q", f.Name, text, got, ex.Want)
				}
			}
		}
	}
}

// Every family compiles with the word sets, and every word a measure
// family reads for its examples is a measure.
func TestFamilies(t *testing.T) {
	for _, f := range slices.Concat(rules.Measures(), rules.Claimants(), rules.Places()) {
		if _, err := depmatch.Compile(rules.WordSets(), f.Patterns...); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if len(f.Examples) == 0 || f.Doc == "" {
			t.Errorf("%s: no examples or no doc", f.Name)
		}
		for _, ex := range f.Examples {
			words := strings.Fields(strings.ToLower(strings.TrimRight(ex.Sentence, ".")))
			if f.Role == "measure" && ex.Want != "" && rules.MeasureAt(words, slices.Index(words, strings.ToLower(ex.Want))) == "" {
				t.Errorf("%s: %q is no measure word", f.Name, ex.Want)
			}
		}
	}
}

func distance(a, b int) int {
	if a < b {
		return b - a
	}
	return a - b
}
