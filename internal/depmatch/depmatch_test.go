package depmatch

import (
	"slices"
	"strings"
	"testing"

	"factpipe/doc"
)

// sentence builds a parsed sentence from "word/UPOS/head/rel" items, heads
// counted from 0 and -1 for the root.
func sentence(t *testing.T, items string) *Sentence {
	t.Helper()
	s := &Sentence{}
	for _, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		if len(f) != 4 {
			t.Fatalf("bad item %q", it)
		}
		h := 0
		neg := strings.HasPrefix(f[2], "-")
		for _, c := range strings.TrimPrefix(f[2], "-") {
			h = h*10 + int(c-'0')
		}
		if neg {
			h = -h
		}
		s.Lower = append(s.Lower, strings.ToLower(f[0]))
		s.Words = append(s.Words, doc.WordSyntax{UPOS: f[1], Head: h, Rel: f[3]})
	}
	return s
}

var killedSoldiers = "The/DET/1/det attack/NOUN/2/nsubj killed/VERB/-1/root six/NUM/4/nummod soldiers/NOUN/2/obj " +
	"and/CCONJ/7/cc two/NUM/7/nummod women/NOUN/4/conj ./PUNCT/2/punct"

var sets = WordSets{"measure": func(w string) bool { return w == "killed" || w == "wounded" }}

var activeObject = &Pattern{Name: "active object", Nodes: []Node{
	{Name: "count", Test: Test{POS: []string{"NUM"}, Rel: []string{"nummod"}}},
	{Name: "noun", From: "count", Link: Head, Test: Test{Rel: []string{"obj"}}},
	{Name: "verb", From: "noun", Link: Head, Test: Test{In: "measure"}},
}}

var conjoinedObject = &Pattern{Name: "conjoined object", Nodes: []Node{
	{Name: "count", Test: Test{POS: []string{"NUM"}, Rel: []string{"nummod"}}},
	{Name: "noun", From: "count", Link: Head, Test: Test{Rel: []string{"conj"}}},
	{Name: "first", From: "noun", Link: Conjunct, Test: Test{Rel: []string{"obj"}}},
	{Name: "verb", From: "first", Link: Head, Test: Test{In: "measure"}},
}}

func TestFind(t *testing.T) {
	m, err := Compile(sets, activeObject, conjoinedObject)
	if err != nil {
		t.Fatal(err)
	}
	s := sentence(t, killedSoldiers)
	tests := []struct {
		name    string
		anchor  int
		pattern string // "" for no match
		verb    int
	}{
		{"object", 3, "active object", 2},
		// The second object reaches the verb through its first conjunct.
		{"second object", 6, "conjoined object", 2},
		{"not a count", 1, "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := m.First(s, tt.anchor)
			if tt.pattern == "" {
				if ok {
					t.Fatalf("matched %s", got.Pattern.Name)
				}
				return
			}
			if !ok || got.Pattern.Name != tt.pattern || got.Word("verb") != tt.verb {
				t.Fatalf("got %+v, %v; want %s with verb %d", got, ok, tt.pattern, tt.verb)
			}
		})
	}
	if all := m.Find(s, -1); len(all) != 2 {
		t.Errorf("Find(any) = %d matches, want 2", len(all))
	}
}

func TestLinks(t *testing.T) {
	s := sentence(t, killedSoldiers)
	tests := []struct {
		link Link
		from int
		want []int
	}{
		{Child, 2, []int{1, 4, 8}},
		{Head, 3, []int{4}},
		{Head, 2, nil},
		{Conjunct, 4, []int{7}},
		{Conjunct, 7, []int{4}},
		{Sibling, 3, []int{7}},
		{Sibling, 1, []int{4, 8}},
		{Ancestor, 6, []int{7, 4, 2}},
		{Descendant, 4, []int{3, 5, 6, 7}},
		{Before, 2, []int{0, 1}},
	}
	for _, tt := range tests {
		if got := candidates(s, tt.link, tt.from, -1, 1); !slices.Equal(got, tt.want) {
			t.Errorf("%v of %d = %v, want %v", tt.link, tt.from, got, tt.want)
		}
	}
}

func TestTests(t *testing.T) {
	s := sentence(t, "No/DET/1/det one/PRON/3/nsubj:pass was/AUX/3/aux:pass killed/VERB/-1/root")
	m := &Matcher{sets: sets}
	tests := []struct {
		name string
		test Test
		word int
		want bool
	}{
		{"bare relation takes its subtype", Test{Rel: []string{"nsubj"}}, 1, true},
		{"subtype takes only itself", Test{Rel: []string{"nsubj:pass"}}, 1, true},
		{"other subtype", Test{Rel: []string{"nsubj:outer"}}, 1, false},
		{"word", Test{Word: []string{"no"}}, 0, true},
		{"word set", Test{In: "measure"}, 3, true},
		{"not", Test{POS: []string{"VERB"}, Not: &Test{In: "measure"}}, 3, false},
		{"with a dependent", Test{With: &Test{Word: []string{"no"}}}, 1, true},
		{"without the dependent", Test{No: &Test{Word: []string{"no"}}}, 1, false},
		{"no such dependent", Test{With: &Test{Rel: []string{"case"}}}, 3, false},
		{"start", Test{Start: true}, 0, true},
		{"not start", Test{Start: true}, 1, false},
	}
	for _, tt := range tests {
		if got := m.pass(&tt.test, s, tt.word); got != tt.want {
			t.Errorf("%s: got %v", tt.name, got)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct {
		name string
		p    *Pattern
		err  string
	}{
		{"empty", &Pattern{Name: "e"}, "no nodes"},
		{"unknown set", &Pattern{Name: "u", Nodes: []Node{{Name: "a", Test: Test{In: "nope"}}}}, "unknown word set"},
		{"late from", &Pattern{Name: "l", Nodes: []Node{{Name: "a"}, {Name: "b", From: "c", Link: Child}}}, "no earlier node"},
		{"duplicate", &Pattern{Name: "d", Nodes: []Node{{Name: "a"}, {Name: "a", From: "a", Link: Child}}}, "two nodes"},
		{"any with from", &Pattern{Name: "f", Nodes: []Node{{Name: "a"}, {Name: "b", From: "a"}}}, "takes no from"},
	}
	for _, tt := range tests {
		if _, err := Compile(sets, tt.p); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
		}
	}
}

// Malformed syntax (heads out of range, a cycle) matches nothing and never
// loops.
func FuzzFind(f *testing.F) {
	f.Add([]byte{1, 2, 0, 255, 3})
	m, err := Compile(sets, activeObject, conjoinedObject)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, heads []byte) {
		if len(heads) > 64 {
			heads = heads[:64]
		}
		s := &Sentence{}
		rels := []string{"nummod", "obj", "conj", "root", "nsubj"}
		for i, h := range heads {
			s.Lower = append(s.Lower, "killed")
			s.Words = append(s.Words, doc.WordSyntax{UPOS: "NUM", Head: int(int8(h)), Rel: rels[i%len(rels)]})
		}
		for a := -1; a < len(heads); a++ {
			m.Find(s, a)
		}
	})
}
