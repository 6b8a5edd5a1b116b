package rules

var intransitive = Family{
	Name: "intransitive",
	Doc:  "the counted noun, or the count alone, is the subject of a verb or adjective of a measure",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "noun subject", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("nsubj")),
			node("measure", "noun", Head, in(Measure)),
		}},
		{Name: "count subject", Nodes: []Node{
			count("nsubj"),
			node("measure", "count", Head, in(Measure)),
		}},
		// A count the parser hung on the verb it is the subject of.
		{Name: "count on the verb", Nodes: []Node{
			count("nummod"),
			node("measure", "count", Head, Test{In: Measure, POS: []string{"VERB", "ADJ"}}),
		}},
	},
	Examples: []Example{
		{"Another four people died in hospitals, he said.", "four", "died"},
		{"The crash left the road closed, with five people dead.", "five", "dead"},
		{"Two climbers are missing.", "Two", "missing"},
		{"Five died on the way.", "Five", "died"},
		{"Four people signed the letter.", "Four", ""},
	},
}

var leaving = Family{
	Name: "leaving",
	Doc:  "the count is the object of 'leave' and a measure word tells their state: left 14 dead",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "noun left", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("obj")),
			node("verb", "noun", Head, in(Leave)),
			node("measure", "verb", Child, relIn(Measure, "xcomp", "obj", "advcl", "ccomp", "conj")),
		}},
		{Name: "state of the noun", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("obj")),
			node("verb", "noun", Head, in(Leave)),
			node("measure", "noun", Child, relIn(Measure, "amod", "acl")),
		}},
		{Name: "count left", Nodes: []Node{
			count("obj"),
			node("verb", "count", Head, in(Leave)),
			node("measure", "verb", Child, relIn(Measure, "xcomp", "obj", "advcl", "ccomp", "conj")),
		}},
		{Name: "state of the count", Nodes: []Node{
			count("obj"),
			node("verb", "count", Head, in(Leave)),
			node("measure", "count", Child, relIn(Measure, "amod", "acl")),
		}},
	},
	Examples: []Example{
		{"The explosion left 14 people dead.", "14", "dead"},
		{"The quake struck at dawn, leaving at least 20 dead.", "20", "dead"},
		{"The collapse left 14 others trapped.", "14", "trapped"},
		{"He left 14 books on the table.", "14", ""},
	},
}

var foundState = Family{
	Name: "found in a state",
	Doc:  "the count is the subject of a verb of finding whose complement is a measure: confirmed dead",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "noun", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("nsubj", "nsubj:pass")),
			node("verb", "noun", Head, in(Find)),
			node("measure", "verb", Child, relIn(Measure, "xcomp", "obj", "advcl")),
		}},
		{Name: "count", Nodes: []Node{
			count("nsubj", "nsubj:pass"),
			node("verb", "count", Head, in(Find)),
			node("measure", "verb", Child, relIn(Measure, "xcomp", "obj", "advcl")),
		}},
	},
	Examples: []Example{
		{"Five people had so far been confirmed dead in the quake.", "Five", "dead"},
		{"Three miners were feared dead.", "Three", "dead"},
	},
}
