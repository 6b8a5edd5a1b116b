package figures

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// TestExtractUnseen holds the readings that failed on news outside the
// seed articles, each rebuilt as a sentence of the same structure. Unit,
// measure and subject are always checked (an empty want means none);
// the claimant when wantClaimant is set; the claim date when claimedOn is.
func TestExtractUnseen(t *testing.T) {
	pub := time.Date(2023, 11, 27, 0, 0, 0, 0, time.UTC)
	type fw struct {
		text, unit, measure, subject string
		claimant                     *string
		claimedOn                    string
		increment                    bool
	}
	str := func(s string) *string { return &s }
	cases := []struct {
		name     string
		text     string
		mentions []doc.Mention
		want     []fw
	}{
		// A whole followed by its parts glued with a hyphen: the whole counts.
		{"whole then parts", "The fire killed three shop clerks-two men and a woman.",
			nil, []fw{{text: "three shop clerks-two", unit: "clerk", measure: "killed"}}},
		// A magnitude is no count: its measure is its own, and the count
		// after it is one of people.
		{"magnitude after", "A 6.1-magnitude quake struck the island, killing 12 people.",
			nil, []fw{{text: "6.1-magnitude", unit: "magnitude", measure: "magnitude"},
				{text: "12 people", unit: "person", measure: "killed"}}},
		// An age at death is no toll; lives that nothing took are no deaths,
		// and a fire that claims lives is no source.
		{"dead at", "Stephen Crane, poet and master novelist at 23, dead at 28, is the subject.", nil,
			[]fw{{text: "23"}}},
		{"lives of thousands", "Their joy brightens the lives of thousands whom they have never known.", nil,
			[]fw{{text: "thousands"}}},
		{"claimed the lives", "The fire claimed the lives of 50 people.", nil,
			[]fw{{text: "50 people", unit: "person", measure: "killed", claimant: str("")}}},
		{"saved the lives", "Firefighters saved the lives of 12 children.", nil,
			[]fw{{text: "12 children", unit: "child"}}},
		// A street number is no count; "cases" are the infected only where
		// a disease is spoken of.
		{"address", "Raymond Killingsworth, 72, died Sunday at his home at 357 Venable St. in Atlanta.", nil, nil},
		{"cases of beer", "He sat on three cases of beer.", nil, []fw{{text: "three"}}},
		{"court cases", "The last 10 cases in the investigation were dismissed.", nil, []fw{{text: "10"}}},
		{"cases of cholera", "Officials confirmed 40 cases of cholera in the camp.", nil,
			[]fw{{text: "40", unit: "person", measure: "infected"}}},
		// "the X Island of Y": the place is Y.
		{"island of", "A quake injured three people in the Persian Gulf Island of Qeshm.",
			[]doc.Mention{{Kind: doc.Place, Text: "Persian Gulf Island", Start: 36, End: 55}, {Kind: doc.Place, Text: "Qeshm", Start: 59, End: 64}},
			[]fw{{text: "three people", unit: "person", measure: "wounded", subject: "Qeshm"}}},
		// "another" at another place is a count of its own.
		{"another at another place", "Violence broke out in the city of Thessaloniki, where another 20,000 people marched.", nil,
			[]fw{{text: "20,000 people", unit: "person", measure: "gathered", subject: "Thessaloniki"}}},
		// An increment keeps its measure, marked as a part of a count told
		// before, never a total.
		{"another", "Police said another 20 people were killed.", nil,
			[]fw{{text: "20 people", unit: "person", measure: "killed", increment: true}}},
		// Those who died later are a part of the toll told before.
		{"died later", "Two died later in hospital.", nil, []fw{{text: "Two", unit: "person", measure: "killed", increment: true}}},
		{"later died", "Five people later died of their wounds.", nil,
			[]fw{{text: "Five people", unit: "person", measure: "killed", increment: true}}},
		// Projections and rates are no counts of what happened.
		{"could die", `Dr Fauci estimated "between 100,000 and 200,000" could die.`, nil,
			[]fw{{text: `"between 100,000 and 200,000"`}}},
		{"would die", "The number of Americans who would die from Covid-19 looks more like 60,000.", nil,
			[]fw{{text: "60,000"}}},
		{"a week", "Normally, about 25 bodies a week are interred on the island.", nil,
			[]fw{{text: "about 25"}}},
		// An inference about what happened is still a count.
		{"would have been", "These troops would have been part of the mobilization of approximately 300,000 troops.", nil,
			[]fw{{text: "approximately 300,000 troops", unit: "soldier", measure: "mobilised"}}},
		// A batter's hits and runs are no targets.
		{"home runs", "Smith hit two home runs on Sunday.", nil, []fw{{text: "two home runs", unit: "run"}}},
		// A part of a count told before.
		{"part of total", "Of the total, 40 were killed on the road.", nil,
			[]fw{{text: "40", unit: "person", measure: "killed", increment: true}}},
		{"among them", "Among them, 12 children died.", nil,
			[]fw{{text: "12 children", unit: "child", measure: "killed", increment: true}}},
		// "holds" stations troops, not shares.
		{"holds shares", "The group said it holds 2,430,100 shares.", nil, []fw{{text: "2,430,100 shares", unit: "share"}}},
		// "their number" is the number of what was named before, not a toll.
		{"possessive number", "Eight people died in the blaze. The number of casinos has soared. The mayor wants to cut their number to five.",
			nil, []fw{{text: "Eight people", unit: "person", measure: "killed"}, {text: "five"}}},
		// A "when" clause tells where the toll happened.
		{"when clause", "Police said three women were killed when a bomb exploded at a market in the coastal town of Bou Haroun.",
			nil, []fw{{text: "three women", unit: "woman", measure: "killed", subject: "Bou Haroun"}}},
		// "times" counts shots or multiplies, never people.
		{"shot times", "The suspect was shot nine times by the guards.",
			nil, []fw{{text: "nine times", unit: "time"}}},
		{"multiplier", "The driver, who killed a cyclist, had drunk four times the legal limit.",
			nil, []fw{{text: "four times", unit: "time"}}},
		// A family description: the number counts the children, the measure is the parent's.
		{"mother of", "A mother of three was killed on the road.",
			nil, []fw{{text: "three", unit: "child"}}},
		// An age after "the age of" is no count.
		{"age of", "The actor died on Sunday at the age of 91.", nil, nil},
		// "in eastern X": a direction adjective before the place.
		{"compass place", "More than a dozen people were killed by floods in western Peru.",
			nil, []fw{{text: "More than a dozen people", unit: "person", measure: "killed", subject: "Peru"}}},
		// A month with "in" before the published date: a past event, dated there.
		{"past month", "In March, a storm hit the port of Larnaca, killing 40.",
			nil, []fw{{text: "40", unit: "person", measure: "killed", subject: "Larnaca", claimedOn: "2023-03-01"}}},
		// A past war or era named with the past tense.
		{"era", "About 20,000 people died in the Nazis' occupation of the town.",
			nil, []fw{{text: "About 20,000 people", unit: "person", measure: "killed", subject: "World War II"}}},
		// "waiting to be housed" has not happened.
		{"not yet", "Another 900 are waiting to be housed.", nil, []fw{{text: "900"}}},
		// "The city of X ... its hospitals": X is the setting of the figure.
		{"city of before", "The city of Tromso said its hospitals are treating 30 wounded.",
			nil, []fw{{text: "30 wounded", unit: "person", measure: "wounded", subject: "Tromso", claimant: str("Tromso")}}},
		// "Northeast" is part of the place name; the tagger's "Kraft
		// Foods" before "plant" is attributive, not the place.
		{"direction word in a place name", "Police say two people have been killed in a shooting at the Kraft Foods plant in Northeast Philadelphia.",
			[]doc.Mention{{Kind: doc.Place, Text: "Kraft Foods", Start: 60, End: 71}, {Kind: doc.Place, Text: "Northeast Philadelphia", Start: 81, End: 103}},
			[]fw{{text: "two people", unit: "person", measure: "killed", subject: "Northeast Philadelphia"}}},
		{"tagged place before", "Clashes broke out in Salonika where approximately 50,000 people marched, police in Athens said. Athens was calm.",
			[]doc.Mention{{Kind: doc.Place, Text: "Salonika", Start: 21, End: 29}, {Kind: doc.Place, Text: "Athens", Start: 83, End: 89}, {Kind: doc.Place, Text: "Athens", Start: 96, End: 102}},
			[]fw{{text: "approximately 50,000 people", unit: "person", measure: "gathered", subject: "Salonika"}}},
		// A country before the figure is wider than the main place.
		{"country before", "Shelling killed two people in Riverton. According to a source on the war in Ukraine, the building holds 600 people.",
			[]doc.Mention{{Kind: doc.Place, Text: "Riverton", Start: 30, End: 38}, {Kind: doc.Place, Text: "Ukraine", Start: 76, End: 83}},
			[]fw{{text: "two people", unit: "person", measure: "killed", subject: "Riverton"},
				{text: "600 people", unit: "person", measure: "stationed", subject: "Riverton"}}},
		// A place the tagger did not know: the figure is not about the
		// article's main place but about the place as written.
		{"untagged place before", "Clashes broke out in Salonika where approximately 50,000 people marched, police in Athens said. Athens was calm.",
			[]doc.Mention{{Kind: doc.Place, Text: "Athens", Start: 83, End: 89}, {Kind: doc.Place, Text: "Athens", Start: 96, End: 102}},
			[]fw{{text: "approximately 50,000 people", unit: "person", measure: "gathered", subject: "Salonika"}}},
		// A place the tagger took for a person.
		{"place tagged as person", "The toll in Teri Mangal rose to 81, officials said. Angur Adar was calm.",
			[]doc.Mention{{Kind: doc.Person, Text: "Teri Mangal", Start: 12, End: 23}, {Kind: doc.Place, Text: "Angur Adar", Start: 52, End: 62}},
			[]fw{{text: "81", unit: "person", measure: "killed", subject: "Teri Mangal"}}},
		// "two of the three victims": the part counts, the noun is the whole's.
		{"part of whole", "Local radio in Ohio first reported that two of the three victims died.",
			[]doc.Mention{{Kind: doc.Place, Text: "Ohio", Start: 15, End: 19}},
			[]fw{{text: "two of the three victims", unit: "victim", measure: "killed", subject: "Ohio", claimant: str("Local radio in Ohio")}}},
		// "estimated at" is a participle, not a claim by "damage"; "houses" after a number is a noun.
		{"estimated at", "The storm caused damage estimated at $5 million, and about 700 houses were left unsafe.",
			nil, []fw{{text: "$5 million", unit: "usd", claimant: str("")},
				{text: "about 700 houses", unit: "house", claimant: str("")}}},
		// Role nouns count people.
		{"role nouns", "Two firefighters and three policemen were injured.",
			nil, []fw{{text: "Two firefighters", unit: "firefighter", measure: "wounded"},
				{text: "three policemen", unit: "policeman", measure: "wounded"}}},
		// A lone capital "A" tagged as a place is no place.
		{"implausible place mention", "Four people died in A fire.",
			[]doc.Mention{{Kind: doc.Place, Text: "A", Start: 19, End: 20}},
			[]fw{{text: "Four people", unit: "person", measure: "killed"}}},
		// "Houses in": the noun, not the verb "houses"; "reported" may stand
		// between the noun and its measure.
		{"houses noun", "Roofs in three hamlets were also reported damaged, she added.",
			nil, []fw{{text: "three hamlets", unit: "hamlet", measure: "damaged"}}},
		{"houses in villages", "The storm flattened or damaged some 900 brick houses in about 12 hamlets near the coast.",
			nil, []fw{{text: "some 900 brick houses", unit: "house", measure: "damaged"},
				{text: "about 12 hamlets", unit: "hamlet"}}},
		// A population is not a casualty count but the size of its town.
		{"population", "Medics flew injured from the coast to Tarvik, a town of 80,000 people that also felt the quake.",
			nil, []fw{{text: "80,000 people", unit: "person", measure: "population", subject: "Tarvik"}}},
		// "executed" is killed, and the verb before the number beats a later coordinated one.
		{"executed then wounded", "The gunman found his rivals in a garage and executed three of them with a rifle and badly wounded a fourth.",
			nil, []fw{{text: "three", unit: "person", measure: "killed"}}},
		// The agent of a passive and the target of a gesture are no victims.
		{"passive agent", "The boy was shot dead by three undercover officers near his home.",
			nil, []fw{{text: "three undercover officers", unit: "officer"}}},
		{"pointing at", "A teenager was shot and killed late on Friday after pointing a knife at two patrol officers who stopped him.",
			nil, []fw{{text: "two patrol officers", unit: "officer"}}},
		// A place further on in the clause beats the article's main place.
		{"place later in clause", "RIVERTON (AP) - Two workers were hurt at a plant on Monday.\n\n" +
			"In March, a gunman killed four people and wounded a guard at a shopping centre in Dunmore Heights before police shot him.",
			nil, []fw{{text: "Two workers", unit: "worker", measure: "wounded", subject: "Riverton"},
				{text: "four people", unit: "person", measure: "killed", subject: "Dunmore Heights", claimedOn: "2023-03-01"}}},
		// "It" right after a sentence about an earlier event: that event's
		// place and month.
		{"refers back to past event", "A quake hit the coast on Sunday, killing 3 people.\n\n" +
			"The last big quake in the area was in March, when a temblor rocked Velmar, a town of 9,000 people.\n\n" +
			"It killed 210 people and injured more than 900.",
			nil, []fw{{text: "3 people", unit: "person", measure: "killed"},
				{text: "9,000 people", unit: "person", measure: "population", subject: "Velmar"},
				{text: "210 people", unit: "person", measure: "killed", subject: "Velmar", claimedOn: "2023-03-01"},
				{text: "more than 900", unit: "person", measure: "wounded", subject: "Velmar", claimedOn: "2023-03-01"}}},
		// "attended by": the agents are what is counted.
		{"attended by", "The rally was attended by some 5,000 people.",
			nil, []fw{{text: "some 5,000 people", unit: "person", measure: "gathered"}}},
		// A name before a noun ("the Acme Mills plant") is no place; the place follows.
		{"attributive name in clause", "Police say two people have been killed and another wounded in a shooting at the Acme Mills plant in Riverton.",
			nil, []fw{{text: "two people", unit: "person", measure: "killed", subject: "Riverton"}}},
		// A participle before a plural is part of the noun: "fishing boats".
		{"participle modifier", "Last week, pirates captured three Omani fishing boats off the coast.",
			nil, []fw{{text: "three Omani fishing boats", unit: "boat", measure: "captured"}}},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			got := extractN(t, x, d, c.mentions, len(c.want), nil)
			for i, w := range c.want {
				f := got[i]
				if f.Text != w.text {
					t.Errorf("text %q, want %q", f.Text, w.text)
				}
				if f.Increment != w.increment {
					t.Errorf("%q: increment %v, want %v", f.Text, f.Increment, w.increment)
				}
				if f.Unit != w.unit || f.Measure != w.measure || f.Subject != w.subject {
					t.Errorf("%q: unit/measure/subject = %q/%q/%q, want %q/%q/%q", f.Text, f.Unit, f.Measure, f.Subject,
						w.unit, w.measure, w.subject)
				}
				if v := f.UnitClass; x.v.human[f.Unit] && v != "person" {
					t.Errorf("%q: unit class %q, want person", f.Text, v)
				}
				if w.claimant != nil && f.Claimant != *w.claimant {
					t.Errorf("%q: claimant %q, want %q", f.Text, f.Claimant, *w.claimant)
				}
				if w.claimedOn != "" && f.ClaimedOn.Format("2006-01-02") != w.claimedOn {
					t.Errorf("%q: claimed on %v, want %s", f.Text, f.ClaimedOn, w.claimedOn)
				}
			}
		})
	}
}

// placeMentions tags every occurrence of the names as a place mention.
func placeMentions(d *doc.Document, names ...string) []doc.Mention {
	return kindMentions(d, doc.Place, names...)
}

// kindMentions marks every occurrence of each name in d as a mention of
// kind, longest names first; a name inside a longer one's mention is none.
func kindMentions(d *doc.Document, kind doc.Kind, names ...string) []doc.Mention {
	names = slices.Clone(names)
	sort.SliceStable(names, func(a, b int) bool { return len(names[a]) > len(names[b]) })
	var ms []doc.Mention
	inside := func(s, e int) bool {
		for _, m := range ms {
			if s < m.End && m.Start < e {
				return true
			}
		}
		return false
	}
	for _, n := range names {
		for i := 0; ; {
			j := strings.Index(d.Text[i:], n)
			if j < 0 {
				break
			}
			s := i + j
			if !inside(s, s+len(n)) {
				ms = append(ms, doc.Mention{Kind: kind, Text: n, Start: s, End: s + len(n), Sentence: d.SentenceAt(s)})
			}
			i = s + len(n)
		}
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	return ms
}

// TestMainPlace checks the document's main place, the subject of casualty
// figures that name no place of their own.
func TestMainPlace(t *testing.T) {
	pub := time.Date(2023, 11, 27, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		text   string
		places []string
		want   string
	}{
		// A dateline names the place even when the body never repeats it.
		{"dateline", "OSLO (Reuters) - Two people were killed when a bus overturned.\n\nPolice said the road was icy.",
			nil, "Oslo"},
		// One locative use in the lead is enough.
		{"lead locative", "A gunman opened fire at a factory in Leeds on Monday, killing two workers.\n\n" +
			"The shooting lasted ten minutes.", []string{"Leeds"}, "Leeds"},
		// "in central X" is locative; an attributive use ("a Lyon bank") adds to it.
		{"compass and attributive", "Protesters marched in central Lyon.\n\nA fire at a Lyon bank killed three people.",
			[]string{"Lyon"}, "Lyon"},
		// A sentence about an earlier year does not place the story.
		{"past sentence", "A quake hit the island of Kos, killing three people.\n\n" +
			"In 2011, the city of Izmir was razed by a quake, and the city of Izmir lost 500.",
			[]string{"Kos", "Izmir"}, "Kos"},
		// A locative use in the lead far from what happened is an aside.
		{"lead aside", "The attack, planned for months with help from allies abroad, sends a message: rivals in Bremen want it to go on.\n\n" +
			"Two people were killed.", []string{"Bremen"}, ""},
		// "a US official" says nothing of where the story happened.
		{"attributive country", "A US official said two people were killed.\n\nA US envoy and a US general agreed.",
			[]string{"US"}, ""},
		// A place named once in passing is not the main place.
		{"in passing", "Three people died in the blast.\n\nThe victims had travelled from Graz.",
			[]string{"Graz"}, ""},
		// "City, State": the city is the place, and its untagged uses count.
		{"city state", "A gunman killed two people at an office in Brandt, Ohio, on Monday.\n\n" +
			"Brandt police said the man fled. Brandt is a quiet town.", []string{"Ohio"}, "Brandt"},
		// A name the tagger missed that the text marks as a place.
		{"settlement cue", "A quake struck Varno island off Greece on Sunday, killing four people.\n\n" +
			"The governor of Varno island said the port city of Lemna was spared.", []string{"Greece"}, "Varno"},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			st := &docState{e: x, d: d, mentions: placeMentions(d, c.places...)}
			if got := st.mainPlace(); got != c.want {
				t.Errorf("main place %q, want %q", got, c.want)
			}
		})
	}
}

// TestUndatedMonth: in an undated article that dates its event by weekday,
// a month without a day or year cannot be dated, so it becomes the
// figure's subject, keeping the earlier event apart from the one at hand.
func TestUndatedMonth(t *testing.T) {
	cases := []struct {
		name, text string
		subjects   []string // per figure, in text order
	}{
		{"month in sentence", "A quake hit the island on Monday.\n\n" +
			"A strong quake struck the north coast in August, killing at least nine people and injuring 60.",
			[]string{"August", "August"}},
		// Without a weekday for the event at hand, the month may be its own.
		{"no weekday", "A strong quake struck the north coast in August, killing at least nine people and injuring 60.",
			[]string{"", ""}},
		{"demonstrative subject", "A quake hit the island on Monday, injuring four people.\n\n" +
			"That temblor killed five people and injured almost 70 in August.", []string{"", "August", "August"}},
		// "in May" may be the modal verb: no label.
		{"may", "Officials said 20 houses in May Street were damaged.", []string{""}},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, time.Time{})
			got := extractN(t, x, d, nil, len(c.subjects), nil)
			for i, f := range got {
				if f.Subject != c.subjects[i] {
					t.Errorf("%q: subject %q, want %q", f.Text, f.Subject, c.subjects[i])
				}
			}
		})
	}
}

// TestPlaceNamedBefore: a toll's place named before it in its clause.
func TestPlaceNamedBefore(t *testing.T) {
	pub := time.Date(2005, 11, 27, 0, 0, 0, 0, time.UTC)
	const head = "Quake rocks island in the Gulf\n\nShips in the Gulf were unharmed, and ports in the Gulf stayed open. "
	cases := []struct {
		name, text string
		places     []string
		subject    string
	}{
		{"outskirts of", head + "The quake on the outskirts of Dargahan, a small town on the island, injured two people.",
			[]string{"Gulf", "Dargahan"}, "Dargahan"},
		{"in", head + "The quake in Dargahan, a small town on the island, injured two people.",
			[]string{"Gulf", "Dargahan"}, "Dargahan"},
		// "of" after any other noun is no locative: the mayor's town is not
		// the quake's place, the article's main place is.
		{"mayor of", head + "The mayor of Dargahan, a small town, said the quake injured two people.",
			[]string{"Gulf", "Dargahan"}, "Gulf"},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			got := extractN(t, x, d, placeMentions(d, c.places...), 1, nil)
			if got[0].Subject != c.subject {
				t.Errorf("subject %q, want %q", got[0].Subject, c.subject)
			}
		})
	}
}
