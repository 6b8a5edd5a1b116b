package rules

var activeObject = Family{
	Name: "active object",
	Doc:  "the counted noun, or the count alone, is the object of an active verb of a measure",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "noun object", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("obj")),
			node("measure", "noun", Head, in(Measure)),
		}},
		// A count without a preposition that the parser took for an
		// oblique is an object: "damaged 42 buildings".
		{Name: "noun object without case", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, Test{Rel: []string{"obl"}, No: &Test{Rel: []string{"case"}}}),
			node("measure", "noun", Head, Test{In: Measure, POS: []string{"VERB"}}),
		}},
		{Name: "count object", Nodes: []Node{
			count("obj"),
			node("measure", "count", Head, in(Measure)),
		}},
	},
	Examples: []Example{
		{"The attack killed six soldiers and two women.", "six", "killed"},
		{"The quake damaged 42 government office buildings.", "42", "damaged"},
		{"The shelling killed 170,000 over the years.", "170,000", "killed"},
		{"The army built 40 schools.", "40", ""},
	},
}

var conjoinedObject = Family{
	Name: "conjoined object",
	Doc:  "the counted noun is coordinated with the subject or object of a verb of a measure",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "noun conjunct", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("conj")),
			node("first", "noun", Conjunct, rel("obj", "nsubj:pass", "nsubj")),
			node("measure", "first", Head, in(Measure)),
		}},
		{Name: "count conjunct", Nodes: []Node{
			count("conj"),
			node("first", "count", Conjunct, rel("obj", "nsubj:pass", "nsubj")),
			node("measure", "first", Head, in(Measure)),
		}},
	},
	Examples: []Example{
		{"The attack killed six soldiers and two women.", "two", "killed"},
		{"The quake damaged 42 buildings, 2 roads, 14 hotels and over 1,600 houses.", "1,600", "damaged"},
		{"Three soldiers and two civilians were wounded.", "two", "wounded"},
	},
}
