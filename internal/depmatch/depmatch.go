// Package depmatch finds declarative patterns in parsed sentences, as
// spaCy's DependencyMatcher does: a pattern is a list of nodes, each a test
// on one word (its form, part of speech, relation, or membership of a named
// word set) and a link to an earlier node (child, head, conjunct, ...).
// Patterns are data; this package is the one matcher that runs them.
//
// A *Matcher is built once by Compile and is safe for concurrent use.
package depmatch

import (
	"fmt"
	"slices"
	"strings"

	"factpipe/doc"
)

// Sentence is what patterns match: the words of one parsed sentence.
type Sentence struct {
	Lower []string         // the words, lower-cased
	Words []doc.WordSyntax // their part of speech, head and relation
}

// Link says how a node is reached from the node it names in From.
type Link uint8

const (
	Any        Link = iota // any word of the sentence (the first node has no other)
	Child                  // a dependent of From
	Head                   // the head of From
	Conjunct               // a word coordinated with From, either way along a chain of conj
	Sibling                // another dependent of From's head
	Ancestor               // any word on the path from From up to the root
	Descendant             // any word below From
	Before                 // any word before From in the sentence
	After                  // any word after From
)

var linkNames = [...]string{"any", "child", "head", "conjunct", "sibling", "ancestor", "descendant", "before", "after"}

func (l Link) String() string {
	if int(l) < len(linkNames) {
		return linkNames[l]
	}
	return fmt.Sprintf("Link(%d)", l)
}

// Test is a condition on one word; every field that is set must hold.
type Test struct {
	POS   []string // its universal part of speech is one of these
	Rel   []string // its relation is one of these; "nsubj" also takes "nsubj:pass", "nsubj:pass" only itself
	Word  []string // its lower-case form is one of these
	In    string   // it belongs to the named word set
	Not   *Test    // it fails this test
	With  *Test    // one of its dependents passes this test
	No    *Test    // none of its dependents passes this test
	Start bool     // it is the sentence's first word
}

// Node is one word of a pattern.
type Node struct {
	Name string // how the match and later nodes refer to it
	From string // the earlier node it is reached from; "" for Any
	Link Link
	Test Test
}

// Pattern is a named list of nodes; a match binds each node to a word such
// that every test and link holds, no two nodes to one word.
type Pattern struct {
	Name  string
	Nodes []Node
}

// WordSets are the named sets of lower-case words that tests refer to.
type WordSets map[string]func(lower string) bool

// Match binds the nodes of a pattern to words: Words[i] is the index of
// the word of node i.
type Match struct {
	Pattern *Pattern
	Words   []int
}

// Word returns the word bound to the node called name, or -1.
func (m Match) Word(name string) int {
	for i, n := range m.Pattern.Nodes {
		if n.Name == name {
			return m.Words[i]
		}
	}
	return -1
}

// Matcher runs compiled patterns.
type Matcher struct {
	patterns []compiled
	sets     WordSets
}

type compiled struct {
	p    *Pattern
	from []int // index of each node's From node, -1 for none
}

// Compile checks patterns (names unique within a pattern, From naming an
// earlier node, word sets known, links valid) and returns their matcher.
func Compile(sets WordSets, patterns ...*Pattern) (*Matcher, error) {
	m := &Matcher{sets: sets}
	for _, p := range patterns {
		c, err := compile(p, sets)
		if err != nil {
			return nil, fmt.Errorf("depmatch: pattern %q: %w", p.Name, err)
		}
		m.patterns = append(m.patterns, c)
	}
	return m, nil
}

func compile(p *Pattern, sets WordSets) (compiled, error) {
	c := compiled{p: p, from: make([]int, len(p.Nodes))}
	if len(p.Nodes) == 0 {
		return c, fmt.Errorf("no nodes")
	}
	index := map[string]int{}
	for i, n := range p.Nodes {
		if n.Name == "" {
			return c, fmt.Errorf("node %d has no name", i)
		}
		if _, dup := index[n.Name]; dup {
			return c, fmt.Errorf("two nodes named %q", n.Name)
		}
		if err := checkTest(n.Test, sets); err != nil {
			return c, fmt.Errorf("node %q: %w", n.Name, err)
		}
		c.from[i] = -1
		switch {
		case int(n.Link) >= len(linkNames):
			return c, fmt.Errorf("node %q: unknown link %d", n.Name, n.Link)
		case n.Link == Any && n.From != "":
			return c, fmt.Errorf("node %q: link any takes no from", n.Name)
		case n.Link != Any:
			f, ok := index[n.From]
			if !ok {
				return c, fmt.Errorf("node %q: from %q is no earlier node", n.Name, n.From)
			}
			c.from[i] = f
		}
		index[n.Name] = i
	}
	return c, nil
}

func checkTest(t Test, sets WordSets) error {
	if t.In != "" && sets[t.In] == nil {
		return fmt.Errorf("unknown word set %q", t.In)
	}
	for _, sub := range []*Test{t.Not, t.With, t.No} {
		if sub != nil {
			if err := checkTest(*sub, sets); err != nil {
				return err
			}
		}
	}
	return nil
}

// pass reports whether word i of s passes t.
func (m *Matcher) pass(t *Test, s *Sentence, i int) bool {
	w := s.Words[i]
	switch {
	case t.Start && i != 0,
		len(t.POS) > 0 && !slices.Contains(t.POS, w.UPOS),
		len(t.Rel) > 0 && !RelIn(w.Rel, t.Rel...),
		len(t.Word) > 0 && !slices.Contains(t.Word, s.Lower[i]),
		t.In != "" && !m.sets[t.In](s.Lower[i]),
		t.Not != nil && m.pass(t.Not, s, i),
		t.With != nil && !m.dependent(t.With, s, i),
		t.No != nil && m.dependent(t.No, s, i):
		return false
	}
	return true
}

// dependent reports whether a dependent of word i passes t.
func (m *Matcher) dependent(t *Test, s *Sentence, i int) bool {
	for j, w := range s.Words {
		if w.Head == i && j != i && m.pass(t, s, j) {
			return true
		}
	}
	return false
}

// RelIn reports whether rel is one of rels, a bare relation taking its
// subtypes too: RelIn("nsubj:pass", "nsubj") is true.
func RelIn(rel string, rels ...string) bool {
	base, _, _ := strings.Cut(rel, ":")
	for _, r := range rels {
		if r == rel || r == base {
			return true
		}
	}
	return false
}
