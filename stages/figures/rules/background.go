package rules

// Backgrounds returns the families that tell a figure of another event
// than the story's: a cumulative toll ("since ..."), another or an earlier
// event ("in another town", "a previous quake"), or an event dated by a
// month or a year ("in 2004", "in February"). The reader takes the first
// match within the count's clause; a month or a year counts when it is not
// the article's. "Two other rockets" is no other event: a word
// on the counted noun itself tells an addition, not another event.
func Backgrounds() []Family { return []Family{cumulative, otherEvent, datedEvent} }

// DatedEvent is the name of the family that reads a month or a year.
const DatedEvent = "dated event"

// Word sets of the background families.
const (
	Since      = "since"       // "since"
	OtherEvent = "other event" // "another", "previous", "earlier", "separate"
	Period     = "period"      // a month's name or a year: "February", "2004"
)

// timePhrase are the relations of a phrase that places what it modifies
// in time or space.
var timePhrase = []string{"obl", "nmod", "advcl"}

var cumulative = Family{
	Name: "cumulative",
	Doc:  "a phrase opened by since above the count: a toll of all that happened since then, not of the event",
	Role: "cue",
	Patterns: []*Pattern{
		{Name: "since above the count", Nodes: []Node{
			count(),
			node("holder", "count", Ancestor, Test{}),
			node("cue", "holder", Child, Test{Rel: timePhrase, With: &Test{In: Since, Rel: []string{"case", "mark"}}}),
		}},
	},
	Examples: []Example{
		{"The war has killed more than 2 million people since 1983.", "2", "1983"},
		{"Some 300 soldiers have died since the fighting began in March.", "300", "began"},
		{"Three people died in the fire on Sunday.", "Three", ""},
	},
}

var otherEvent = Family{
	Name: "other event",
	Doc:  "another, an earlier or a separate event or place above the count: 7 killed in another town's bombing, a previous quake killed 612",
	Role: "cue",
	Patterns: []*Pattern{
		{Name: "on a phrase above the count", Nodes: []Node{
			count(),
			node("holder", "count", Ancestor, Test{}),
			// not the counted noun: "two other rockets" adds to a count
			node("phrase", "holder", Child, Test{Rel: []string{"obl", "nmod", "nsubj"}, No: &Test{Rel: []string{"nummod"}}}),
			node("cue", "phrase", Child, Test{In: OtherEvent, Rel: []string{"det", "amod"}}),
		}},
	},
	Examples: []Example{
		{"Seven people were killed in another bombing in the north.", "Seven", "another"},
		{"A previous quake killed 612 people in the province.", "612", "previous"},
		{"In a separate attack, two soldiers were wounded.", "two", "separate"},
		{"The blast killed 30 people in the capital.", "30", ""},
		{"Two other rockets were shot down.", "Two", ""},
	},
}

var datedEvent = Family{
	Name: DatedEvent,
	Doc:  "a month or a year in a time phrase above the count: a quake killed 26,000 in December 2003",
	Role: "cue",
	Patterns: []*Pattern{
		{Name: "in a month or a year", Nodes: []Node{
			count(),
			node("holder", "count", Ancestor, Test{}),
			node("cue", "holder", Child, Test{In: Period, Rel: timePhrase, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
		{Name: "in a month or a year on the count", Nodes: []Node{
			count(),
			node("cue", "count", Child, Test{In: Period, Rel: timePhrase, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
		// "killed 31,000 in the city in 2003", with "in 2003" hung on the
		// place: a year below a phrase of the word above the count.
		{Name: "in a year on a phrase above the count", Nodes: []Node{
			count(),
			node("holder", "count", Ancestor, Test{}),
			node("phrase", "holder", Child, Test{Rel: []string{"obl", "obj"}}),
			node("cue", "phrase", Child, Test{In: Period, Rel: []string{"nmod"}, With: &Test{In: Locative, Rel: []string{"case"}}}),
		}},
	},
	Examples: []Example{
		{"A quake killed more than 26,000 people in the city in December 2003.", "26,000", "december"},
		{"An earthquake killed more than 31,000 in the city of Riverton in central Eastland in 2003.", "31,000", "2003"},
		{"The tsunami of 2004 killed 170,000 people in the province.", "170,000", ""},
		{"A tsunami killed 170,000 people in the province in 2004.", "170,000", "2004"},
		{"Three people were killed in the city on Sunday.", "Three", ""},
	},
}
