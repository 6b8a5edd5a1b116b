package rules

var passive = Family{
	Name: "passive",
	Doc:  "the counted noun, or the count alone, is the subject of a passive verb of a measure",
	Role: "measure",
	Patterns: []*Pattern{
		{Name: "noun subject", Nodes: []Node{
			count(numberLike...),
			node("noun", "count", Head, rel("nsubj:pass")),
			node("measure", "noun", Head, in(Measure)),
		}},
		{Name: "count subject", Nodes: []Node{
			count("nsubj:pass"),
			node("measure", "count", Head, in(Measure)),
		}},
	},
	Examples: []Example{
		{"Russia's defence ministry said 89 soldiers were killed.", "89", "killed"},
		{"At least 20 people were injured in the blast.", "20", "injured"},
		{"No one was hurt.", "one", "hurt"},
		{"Dozens were arrested on Sunday.", "Dozens", "arrested"},
		{"Five people were taken to hospital.", "Five", ""},
	},
}
