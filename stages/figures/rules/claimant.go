package rules

// Claimants returns the families that find the claim that scopes a
// figure: the verb of saying whose clause holds the count, and its
// subject when it has one. They are tried in order; the nearest verb
// above the count wins within a family.
func Claimants() []Family { return []Family{claimedBy, saidAbove, saidBeside, accordingTo} }

// source is the subject of a verb of saying; the subject of a passive ("it
// was reported") is none.
func source(from string) Node {
	return node("source", from, Child, rel("nsubj"))
}

// active is t for a verb in the active voice: "it was reported" names no
// source.
func active(t Test) Test {
	t.No = &Test{Rel: []string{"aux:pass", "nsubj:pass"}}
	return t
}

// sharedSource is the subject of the first of two coordinated verbs, which
// the second shares: "questioned the toll and said ...".
func sharedSource(from string) []Node {
	return []Node{
		node("first", from, Head, Test{}),
		node("source", "first", Child, rel("nsubj")),
	}
}

var saidAbove = Family{
	Name: "said above",
	Doc:  "the count's clause hangs below a verb of saying: police said 89 were killed; officials reported 400 deaths",
	Role: "source",
	Patterns: []*Pattern{
		{Name: "with subject", Nodes: []Node{
			count(),
			node("speech", "count", Ancestor, active(Test{In: Speech, POS: []string{"VERB"}})),
			source("speech"),
		}},
		{Name: "sharing the subject", Nodes: append([]Node{
			count(),
			node("speech", "count", Ancestor, active(Test{In: Speech, POS: []string{"VERB"}, Rel: []string{"conj"}})),
		}, sharedSource("speech")...)},
	},
	Examples: []Example{
		{"Police said 89 soldiers were killed.", "89", "Police"},
		{"Another four people died in hospitals, he said.", "four", "he"},
		{"Officials reported 400 deaths on Monday.", "400", "Officials"},
		{"The blast killed 14 people.", "14", ""},
		{"A blogger questioned the toll and said hundreds had been killed.", "hundreds", "blogger"},
		{"It was reported that 14 people were killed.", "14", ""},
	},
}

var saidBeside = Family{
	Name: "said beside",
	Doc:  "a verb of saying stands beside the count's clause: 14 were killed, the ministry said, in a statement",
	Role: "source",
	Patterns: []*Pattern{
		{Name: "parataxis", Nodes: []Node{
			count(),
			node("clause", "count", Ancestor, Test{}),
			node("speech", "clause", Child, active(Test{In: Speech, Rel: []string{"parataxis", "conj", "advcl"}})),
			source("speech"),
		}},
	},
	Examples: []Example{
		{"At least 14 people were killed in the blast, the ministry said in a statement on Monday.", "14", "ministry"},
	},
}

var accordingTo = Family{
	Name: "according to",
	Doc:  "the count's clause is attributed with 'according to': 30 were killed, according to the police",
	Role: "source",
	Patterns: []*Pattern{
		{Name: "oblique", Nodes: []Node{
			count(),
			node("clause", "count", Ancestor, Test{}),
			node("source", "clause", Child, Test{With: &Test{Word: []string{"according"}}}),
		}},
		{Name: "at the count", Nodes: []Node{
			count(),
			node("source", "count", Child, Test{With: &Test{Word: []string{"according"}}}),
		}},
	},
	Examples: []Example{
		{"Thirty people were killed, according to the police.", "Thirty", "police"},
		{"According to the agency, 30 people were killed.", "30", "agency"},
	},
}

var claimedBy = Family{
	Name: "claimed by",
	Doc:  "the count is a number that a participle of saying gives to its agent: the official number acknowledged by the ministry of 89",
	Role: "source",
	Patterns: []*Pattern{
		{Name: "agent", Nodes: []Node{
			count(),
			node("noun", "count", Ancestor, Test{}),
			node("speech", "noun", Child, Test{In: Speech, Rel: []string{"acl"}}),
			node("source", "speech", Child, Test{Rel: []string{"obl", "nmod"}, With: &Test{Word: []string{"by"}, Rel: []string{"case"}}}),
		}},
	},
	Examples: []Example{
		{"He said the toll was larger than the official number acknowledged by the ministry of 89.", "89", "ministry"},
	},
}
