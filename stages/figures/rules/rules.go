// Package rules holds the phrasing families the figures stage reads from a
// sentence's dependency parse: one family a file, each a list of
// declarative patterns (internal/depmatch) with the example sentences that
// its tests parse and match. No pattern names a story, place or person.
//
// Every pattern's first node is the figure's count: the word of the number
// phrase that the rest of the sentence hangs from ("89" of "at least 89",
// "one" of "no one", "dozens"). A family's Role names the node that holds
// what the family reads (a measure word, a claimant, a place).
package rules

import "factpipe/internal/depmatch"

// Family is one phrasing family.
type Family struct {
	Name     string
	Doc      string // what it reads, in a sentence
	Role     string // the node whose word is the family's answer
	Patterns []*Pattern
	Examples []Example
}

// Example is a sentence, the figure's text in it, and the word the family
// must read for it ("" for a sentence the family must not match).
type Example struct {
	Sentence, Figure, Want string
}

// Word sets the patterns refer to; the figures stage defines each.
const (
	Measure = "measure" // a word of a measure: "killed", "died", "dead", "injured", "deaths", "damaged"
	Speech  = "speech"  // a verb of saying: "said", "told", "reported", "confirmed"
	Leave   = "leave"   // "left", "leaving": "left 14 dead"
	Toll    = "toll"    // a noun of a tally: "toll", "tally", "count"
	Find    = "find"    // a verb of finding a state: "confirmed", "found", "feared", "reported", "believed"
	// MeasureNoun is a noun that counts what happened: "deaths", "casualties", "injuries", "the dead".
	MeasureNoun = "measure noun"
)

// Measures returns the families that read a figure's measure, in the order
// they are tried.
func Measures() []Family {
	return []Family{passive, activeObject, conjoinedObject, intransitive, leaving, foundState,
		describedNoun, measureNoun, nounOfMeasure, toll}
}

// node is shorthand for a pattern node.
func node(name, from string, link Link, t Test) Node {
	return Node{Name: name, From: from, Link: link, Test: t}
}

// count is the first node of every pattern: the count, with the relations
// it may have.
func count(rels ...string) Node {
	return Node{Name: "count", Test: Test{Rel: rels}}
}

func rel(rels ...string) Test { return Test{Rel: rels} }
func in(set string) Test      { return Test{In: set} }
func relIn(set string, rels ...string) Test {
	return Test{In: set, Rel: rels}
}

// numberLike are the relations of a count to the noun it counts: "six
// soldiers" (nummod), "dozens of people" has the noun below the count.
var numberLike = []string{"nummod", "det", "amod", "compound"}

// The matcher's types and links, named here so that the family files read
// as data.
type (
	Pattern = depmatch.Pattern
	Node    = depmatch.Node
	Test    = depmatch.Test
	Link    = depmatch.Link
)

const (
	Child      = depmatch.Child
	Head       = depmatch.Head
	Conjunct   = depmatch.Conjunct
	Sibling    = depmatch.Sibling
	Ancestor   = depmatch.Ancestor
	Descendant = depmatch.Descendant
	Before     = depmatch.Before
	After      = depmatch.After
)
