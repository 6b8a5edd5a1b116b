package rules

// Incidents returns the families that read the day of an incident (an
// attack, a quake, a fire) from the parse. Their first node is the word
// that names the incident, not a count; Role "day" names the head of the
// day phrase, which the figures stage reads as a date.
func Incidents() []Family { return []Family{incidentDay} }

// IncidentPlaces returns the families that read where an incident
// happened: Role "place" names the head of a phrase in which the figures
// stage looks for a place's mention ("hit a school building in the city of
// X", "took place in X").
func IncidentPlaces() []Family { return []Family{incidentPlace} }

// Word sets of the incident family.
const (
	Incident = "incident" // a word for something that happened at one time and place: "strike", "quake"
	DayHead  = "day head" // the head of a day phrase: a weekday, a month, a day of a month, "Day" of "New Year's Day", "Eve"
)

// dayRels are the relations of a phrase that dates what it modifies.
var dayRels = []string{"obl", "nmod"}

var incidentDay = Family{
	Name: "incident day",
	Doc:  "a day phrase on the incident, on the verb it is the subject or object of, or on a participle describing it",
	Role: "day",
	Patterns: []*Pattern{
		{Name: "on the incident", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident}},
			node("day", "incident", Child, Test{In: DayHead, Rel: dayRels}),
		}},
		{Name: "on its verb", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident, Rel: []string{"nsubj", "obj"}}},
			node("verb", "incident", Head, Test{POS: []string{"VERB"}}),
			node("day", "verb", Child, Test{In: DayHead, Rel: dayRels}),
		}},
		// A day phrase never describes a place or a thing: on the
		// verb's object it dates the verb ("hit the island on Sunday").
		{Name: "on its verb's object", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident, Rel: []string{"nsubj"}}},
			node("verb", "incident", Head, Test{POS: []string{"VERB"}}),
			node("object", "verb", Child, Test{Rel: []string{"obj"}}),
			node("day", "object", Child, Test{In: DayHead, Rel: []string{"nmod"}}),
		}},
		{Name: "on a participle of it", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident}},
			node("verb", "incident", Child, Test{Rel: []string{"acl"}}),
			node("day", "verb", Child, Test{In: DayHead, Rel: dayRels}),
		}},
		{Name: "inside a phrase on it", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident}},
			node("phrase", "incident", Child, Test{Rel: []string{"nmod"}}),
			node("day", "phrase", Child, Test{In: DayHead, Rel: []string{"nmod"}}),
		}},
	},
	Examples: []Example{
		{"The strike took place on New Year's Day, at a school.", "strike", "day"},
		{"The earthquake hit the island on Sunday, killing ten people.", "earthquake", "sunday"},
		{"A fire on Tuesday destroyed the market.", "fire", "tuesday"},
		{"The attack, launched on December 31, hit a barracks.", "attack", "31"},
		{"The strike hit a school.", "strike", ""},
	},
}

var incidentPlace = Family{
	Name: "incident place",
	Doc:  "the object or a locative phrase of the verb the incident is the subject of, or a locative phrase on the incident",
	Role: "place",
	Patterns: []*Pattern{
		{Name: "its verb's object or place", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident, Rel: []string{"nsubj"}}},
			node("verb", "incident", Head, Test{POS: []string{"VERB"}}),
			// not "place" of "took place", nor a day
			node("place", "verb", Child, Test{Rel: []string{"obj", "obl"}, Not: &Test{Word: []string{"place"}}, No: &Test{In: DayHead}}),
		}},
		{Name: "a locative phrase on its verb's object", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident, Rel: []string{"nsubj"}}},
			node("verb", "incident", Head, Test{POS: []string{"VERB"}}),
			node("object", "verb", Child, Test{Rel: []string{"obj"}}),
			node("place", "object", Child, Test{Rel: []string{"nmod"}, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
		{Name: "a locative phrase on it", Nodes: []Node{
			{Name: "incident", Test: Test{In: Incident}},
			node("place", "incident", Child, Test{Rel: []string{"nmod"}, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
	},
	Examples: []Example{
		{"The strike hit a school building in the city.", "strike", "building"},
		{"The bombing took place in the town.", "bombing", "town"},
		{"A fire in the market killed two.", "fire", "market"},
	},
}
