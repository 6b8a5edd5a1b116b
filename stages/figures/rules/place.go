package rules

// Places returns the families that find a place modifying a figure: a
// locative phrase on the count, its noun or a word above them, or inside
// a phrase on its noun; the reader takes the one nearest the count.
func Places() []Family { return []Family{locative} }

// Locative is the word set of prepositions that place what they head.
const Locative = "locative"

var locative = Family{
	Name: "locative",
	Doc:  "a locative phrase on the count, its noun or a word above them: killed 14 in the capital, 3 dead in Portugal",
	Role: "place",
	Patterns: []*Pattern{
		{Name: "on the count", Nodes: []Node{
			count(),
			node("place", "count", Child, Test{Rel: []string{"obl", "nmod"}, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
		{Name: "above the count", Nodes: []Node{
			count(),
			node("holder", "count", Ancestor, Test{}),
			node("place", "holder", Child, Test{Rel: []string{"obl", "nmod"}, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
		{Name: "inside a phrase on the counted noun", Nodes: []Node{
			count(),
			node("holder", "count", Head, Test{}),
			node("phrase", "holder", Child, Test{Rel: []string{"obl", "nmod"}}),
			node("place", "phrase", Child, Test{Rel: []string{"nmod"}, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
	},
	Examples: []Example{
		{"Three people were killed in Riverton on Wednesday.", "Three", "Riverton"},
		{"The quake killed 14 people in southern Eastland.", "14", "Eastland"},
		{"In Riverton, three bank workers died.", "three", "Riverton"},
		{"Three people died on Wednesday.", "Three", ""},
		{"Rebels carried out three attacks on the airbase at Eastport, near Westfield.", "three", "Eastport"},
		{"According to a channel, one of the main sources on the war in Ukraine, the building holds 600 people.", "600", ""},
	},
}
