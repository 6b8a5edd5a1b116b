package main

import (
	"slices"
	"strings"
	"testing"
)

func TestIOBSpans(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []span
	}{
		{"empty", "", nil},
		{"all outside", "O O", nil},
		{"IOB1 run", "I-PER I-PER O I-LOC", []span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		// IOB1: B- separates two adjacent entities of one type.
		{"IOB1 adjacent", "I-LOC B-LOC", []span{{0, 1, "LOC"}, {1, 2, "LOC"}}},
		{"IOB2", "B-ORG I-ORG B-PER", []span{{0, 2, "ORG"}, {2, 3, "PER"}}},
		// conlleval: an I- of another type starts a new entity.
		{"type change", "I-ORG I-PER", []span{{0, 1, "ORG"}, {1, 2, "PER"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := iobSpans(strings.Fields(tc.tags))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("iobSpans(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
	if _, err := iobSpans([]string{"X-PER"}); err == nil {
		t.Error("iobSpans accepted X-PER")
	}
}

func TestLayoutTokens(t *testing.T) {
	l := newLayout([]string{"the", "U.S.", "Federal", "Reserve"}) // "the U.S. Federal Reserve"
	tests := []struct {
		name        string
		start, end  int
		first, last int
		exact, ok   bool
	}{
		{"one token", 4, 8, 1, 2, true, true},
		{"three tokens", 4, 24, 1, 4, true, true},
		// "U.S" without its final dot cuts a token: widened to it.
		{"cut token", 4, 7, 1, 2, false, true},
		{"starts on a space", 3, 8, 0, 0, false, false},
		{"empty", 4, 4, 0, 0, false, false},
		{"unplaced", -1, 3, 0, 0, false, false},
		{"past the end", 20, 30, 0, 0, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first, last, exact, ok := l.tokens(tc.start, tc.end)
			if ok != tc.ok || (ok && (first != tc.first || last != tc.last || exact != tc.exact)) {
				t.Errorf("tokens(%d, %d) = %d, %d, %v, %v; want %d, %d, %v, %v",
					tc.start, tc.end, first, last, exact, ok, tc.first, tc.last, tc.exact, tc.ok)
			}
		})
	}
}

func TestMapLabel(t *testing.T) {
	for in, want := range map[string]string{
		"PERSON": "PER", "GPE": "LOC", "GSP": "LOC", "LOCATION": "LOC",
		"ORGANIZATION": "ORG", "FACILITY": "", "": "",
	} {
		if got := mapLabel(in); got != want {
			t.Errorf("mapLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// toks builds a placed token from "text/TAG/LABEL" items separated by single
// spaces, in that order in the text.
func toks(s string) []ptok {
	var out []ptok
	off := 0
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		out = append(out, ptok{p[0], p[1], p[2], off})
		off += len(p[0]) + 1
	}
	return out
}

func TestChunkAll(t *testing.T) {
	tests := []struct {
		name string
		toks string
		want []pent
	}{
		// prose's model labels each token of a name B-X; the chunker joins them.
		{"B B person", "Benazir/NNP/B-PERSON Bhutto/NNP/B-PERSON met/VBD/O", []pent{{"PERSON", 0, 14}}},
		// The token after is pulled in when it has the same tag.
		{"same tag", "John/NNP/B-PERSON Major/NNP/O in/IN/O", []pent{{"PERSON", 0, 10}}},
		// prose drops this entity; chunkAll keeps it.
		{"open at the end", "beat/VBD/O PSV/NNP/B-ORGANIZATION", []pent{{"ORGANIZATION", 5, 8}}},
		{"first label wins", "U.S./NNP/B-GPE Federal/NNP/O Reserve/NNP/O ././O", []pent{{"GPE", 0, 20}}},
		{"none", "he/PRP/O went/VBD/O", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := chunkAll(toks(tc.toks)); !slices.Equal(got, tc.want) {
				t.Errorf("chunkAll(%q) = %v, want %v", tc.toks, got, tc.want)
			}
		})
	}
}

func TestCountsAdd(t *testing.T) {
	c := newCounts()
	gold := []span{{0, 2, "PER"}, {3, 4, "MISC"}}
	pred := []span{
		{0, 2, "PER"},
		{0, 2, "PER"}, // the same span twice counts once
		{3, 4, "LOC"}, // right span, wrong type
		{5, 6, "ORG"},
	}
	c.add(gold, pred)
	all := c.sum(conllTypes...)
	if all.gold != 2 || all.found != 3 || all.correct != 1 || c.spanCorrect != 2 {
		t.Errorf("gold %d found %d correct %d spans %d; want 2 3 1 2", all.gold, all.found, all.correct, c.spanCorrect)
	}
	if s := c.sum("PER"); s.p != 100 || s.r != 100 || s.f != 100 {
		t.Errorf("PER = %+v, want 100/100/100", s)
	}
}

func TestScorePredictions(t *testing.T) {
	in := "EU I-ORG I-ORG\nrejects O O\nGerman I-MISC I-LOC\n\nPeter I-PER I-PER\nBlackburn I-PER O\n\n"
	c, err := scorePredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	all := c.sum(conllTypes...)
	if all.gold != 3 || all.found != 3 || all.correct != 1 {
		t.Errorf("gold %d found %d correct %d; want 3 3 1", all.gold, all.found, all.correct)
	}
	if _, err := scorePredictions(strings.NewReader("EU I-ORG\n")); err == nil {
		t.Error("scorePredictions accepted a line with two fields")
	}
}

// TestProsePlacement runs both prose versions on one CoNLL-style sentence:
// v2's entities, placed by finding its tokens in the text, must land where
// v3's byte offsets put them.
func TestProsePlacement(t *testing.T) {
	words := strings.Fields("Peter Blackburn said in Washington on Monday that the U.S. Federal Reserve would meet .")
	l := newLayout(words)
	warm, err := prose2NewModel()
	if err != nil {
		t.Fatal(err)
	}
	o2, err := runV2(l.text, warm)
	if err != nil {
		t.Fatal(err)
	}
	o3, err := runV3(l.text)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(o2.entities, o3.entities) {
		t.Errorf("v2 entities %v, v3 entities %v", o2.entities, o3.entities)
	}
	c := newCounts()
	got := entitySpans(l, o3.entities, c)
	if !slices.Contains(got, span{4, 5, "LOC"}) { // Washington
		t.Errorf("entity spans %v lack Washington as LOC", got)
	}
	if c.unaligned != 0 {
		t.Errorf("%d entities not placed", c.unaligned)
	}
}
