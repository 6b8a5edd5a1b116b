package rules

var describedNoun = Family{
	Name: "described noun",
	Doc:  "a measure word describes the counted noun: five people dead, the 12 people killed",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "modifier", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, Test{}),
			node("measure", "noun", Child, relIn(Measure, "amod", "acl", "acl:relcl")),
		}},
	},
	Examples: []Example{
		{"Officials said 14 people dead were found.", "14", "dead"},
		{"The 12 people killed in the fire were workers.", "12", "killed"},
		{"Two houses caught fire on Monday.", "Two", "caught"},
	},
}

var measureNoun = Family{
	Name: "measure noun",
	Doc:  "the counted noun is itself a measure: 400 deaths, 60 casualties, 12 injuries, 40 dead",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "counted", Nodes: []Node{
			count(numberLike...),
			node("measure", "count", Head, in(MeasureNoun)),
		}},
	},
	Examples: []Example{
		{"Officials reported 400 deaths.", "400", "deaths"},
		{"There were 60 casualties.", "60", "casualties"},
		{"There were 60 tourists.", "60", ""},
		{"One or two houses were not expected to resume trade.", "two", ""},
	},
}

var nounOfMeasure = Family{
	Name: "noun of a measure",
	Doc:  "the counted noun is what a measure noun is of: the deaths of 12 people",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "of", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, Test{Rel: []string{"nmod"}, With: &Test{Word: []string{"of"}, Rel: []string{"case"}}}),
			node("measure", "noun", Head, in(Measure)),
		}},
	},
	Examples: []Example{
		{"The fire led to the deaths of three workers.", "three", "deaths"},
	},
}

var toll = Family{
	Name: "toll",
	Doc:  "the count is the value of a toll: the death toll rose to 40, put the toll at 40, the toll is 40",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "kind of toll", Nodes: []Node{
			count("obl", "obj", "nmod", "xcomp"),
			node("verb", "count", Head, Test{}),
			node("toll", "verb", Child, relIn(Toll, "nsubj", "obj", "nsubj:pass", "compound")),
			node("measure", "toll", Child, relIn(Measure, "compound", "amod", "nmod")),
		}},
		{Name: "toll of the count", Nodes: []Node{
			count("obl", "obj", "nmod", "xcomp", "root", "ccomp", "conj", "parataxis", "appos"),
			node("toll", "count", Child, relIn(Toll, "nsubj")),
			node("measure", "toll", Child, relIn(Measure, "compound", "amod", "nmod")),
		}},
		{Name: "plain toll", Nodes: []Node{
			count("obl", "obj", "nmod", "xcomp"),
			node("verb", "count", Head, Test{}),
			node("measure", "verb", Child, Test{Word: []string{"toll"}, Rel: []string{"nsubj", "obj", "nsubj:pass"}}),
		}},
	},
	Examples: []Example{
		{"The death toll rose to 40 on Tuesday.", "40", "death"},
		{"Officials put the death toll at 40.", "40", "death"},
		{"The toll climbed to 40.", "40", "toll"},
	},
}
