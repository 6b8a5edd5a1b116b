package figures

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

// want is the expected part of one figure; empty fields are not checked,
// except Claimant when checkClaimant is set.
type want struct {
	text      string // the figure's Text must contain this
	value     *float64
	low, high *float64
	q         doc.Qualifier
	unit      string
	measure   string
	claimant  string
	subject   string
	claimedOn string
}

// textDoc runs a text through the real ingest and tokenize stages.
func textDoc(t *testing.T, text string, pub time.Time) *doc.Document {
	t.Helper()
	d, err := ingest.Decode("case.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	tokenize.Tokenize(d)
	d.Published = pub
	d.Furniture = nil
	for i := range d.Sentences {
		if d.Sentences[i].Kind == doc.Furniture {
			d.Sentences[i].Kind = doc.Body
		}
	}
	return d
}

func TestExtract(t *testing.T) {
	pub := time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		name string
		text string
		want []want // in text order; the figures found must be exactly these
	}{
		{"claimant before: organisation with 'that'",
			"The Russian Ministry of Defense claimed that 63 service members were killed in the strike.",
			[]want{{text: "63 service members", value: fp(63), q: doc.Exact, unit: "serviceman", measure: "killed", claimant: "Russian Ministry of Defense"}}},
		// Two figures, the second elliptical: its noun comes from the first.
		{"coordination with ellipsis",
			"Kiev claims it killed 400 Russian troops and wounded 300.",
			[]want{
				{text: "400 Russian troops", value: fp(400), unit: "soldier", measure: "killed", claimant: "Kiev"},
				{text: "300", value: fp(300), unit: "soldier", measure: "wounded", claimant: "Kiev"}}},
		{"bare measures",
			"The army spoke of 400 killed and 300 wounded.",
			[]want{
				{text: "400 killed", unit: "person", measure: "killed", claimant: "army"},
				{text: "300 wounded", unit: "person", measure: "wounded", claimant: "army"}}},
		{"according to a channel",
			"According to the Telegram channel “Rybar”, the building holds 600 people.",
			[]want{{text: "600 people", unit: "person", measure: "stationed", claimant: "Rybar"}}},
		{"unit of equipment",
			"More soberly, the staff indicated that up to 10 units of enemy military equipment had been destroyed.",
			[]want{{text: "up to 10 units of enemy military equipment", q: doc.AtMost, high: fp(10), unit: "unit of equipment", measure: "destroyed", claimant: "staff"}}},
		{"subject with adverb",
			"Moscow initially said the strike killed 63 soldiers.",
			[]want{{text: "63 soldiers", unit: "soldier", measure: "killed", claimant: "Moscow"}}},
		// "the real number" refers back to the earlier figure: measure and unit.
		{"referring figure",
			"Moscow said the strike killed 89 soldiers. Ukraine claimed the real number was up to 400.",
			[]want{
				{text: "89 soldiers", claimant: "Moscow", measure: "killed"},
				{text: "up to 400", q: doc.AtMost, unit: "soldier", measure: "killed", claimant: "Ukraine"}}},
		{"pronoun to last named person",
			"Igor Girkin is a former commander. He said at least 89 soldiers died.",
			[]want{{text: "at least 89 soldiers", q: doc.AtLeast, low: fp(89), measure: "killed", claimant: "Igor Girkin"}}},
		{"pronoun it to organisation",
			"The defence ministry gave no details. It added that 12 officers were wounded.",
			[]want{{text: "12 officers", unit: "officer", measure: "wounded", claimant: "defence ministry"}}},
		{"inverted said after quote",
			"“We lost 20 men in that village,” said the regional governor.",
			[]want{{text: "20 men", unit: "man", measure: "", claimant: "regional governor"}}},
		{"quote attributed before",
			"Kots wrote: “They put two hundred conscripts into one school, and nobody asked why.”",
			[]want{{text: "two hundred conscripts", value: fp(200), unit: "conscript", claimant: "Kots"}}},
		{"title stripped from name",
			"Lieutenant General Sergei Serdyukov declared that at least 89 soldiers were killed.",
			[]want{{text: "at least 89 soldiers", claimant: "Sergei Serdyukov"}}},
		{"killed or wounded",
			"He said at least hundreds had been killed or wounded.",
			[]want{{text: "at least hundreds", q: doc.AtLeast, low: fp(200), measure: "casualties"}}},
		{"casualties noun",
			"Some Russian journalists reported that the casualties ranged between 200 and 600 people.",
			[]want{{text: "between 200 and 600 people", q: doc.Range, low: fp(200), high: fp(600), measure: "casualties", claimant: "Russian journalists"}}},
		{"of its soldiers",
			"The ministry announced that 63 of its soldiers had died.",
			[]want{{text: "63 of its soldiers", unit: "soldier", measure: "killed", claimant: "ministry"}}},
		{"shot down and others",
			"Four rockets hit the building and two others were shot down.",
			[]want{
				{text: "Four rockets", unit: "rocket", measure: "hit"},
				{text: "two others", unit: "rocket", measure: "shot_down"}}},
		{"vague with measure",
			"Dozens of people were injured in Kharkiv.",
			[]want{{text: "Dozens of people", q: doc.Vague, low: fp(24), high: fp(99), unit: "person", measure: "wounded", subject: "Kharkiv"}}},
		{"several hundred arrested",
			"Police said several hundred protesters were arrested.",
			[]want{{text: "several hundred protesters", low: fp(300), high: fp(900), unit: "protester", measure: "arrested", claimant: "Police"}}},
		{"scores gathered",
			"Scores of mourners gathered outside the church.",
			[]want{{text: "Scores of mourners", low: fp(40), unit: "mourner", measure: "gathered"}}},
		{"war-wide total",
			"The defence minister said that nearly 6,000 Russian troops had been killed during the conflict.",
			[]want{{text: "nearly 6,000 Russian troops", q: doc.Approx, low: fp(5400), high: fp(6000), measure: "killed", subject: "war"}}},
		{"past period",
			"In 1943-44, UPA troops killed about 100,000 Polish civilians.",
			[]want{{text: "about 100,000 Polish civilians", q: doc.Approx, unit: "civilian", measure: "killed", subject: "1943-44"}}},
		{"place after",
			"Russia's defence ministry said 89 of its servicemen were killed in Makiivka.",
			[]want{{text: "89 of its servicemen", unit: "serviceman", subject: "Makiivka", claimant: "Russia's defence ministry"}}},
		{"weekday resolves back",
			"On Monday, the ministry said 63 soldiers were killed.",
			[]want{{text: "63 soldiers", claimedOn: "2023-01-02"}}},
		{"same weekday is the published day",
			"The ministry said on Wednesday that 89 soldiers were killed.",
			[]want{{text: "89 soldiers", claimedOn: "2023-01-04"}}},
		{"last month name",
			"Last September the minister said that 5,937 soldiers had died.",
			[]want{{text: "5,937 soldiers", claimedOn: "2022-09-01"}}},
		{"yesterday",
			"The governor said yesterday that 14 people were evacuated.",
			[]want{{text: "14 people", measure: "evacuated", claimedOn: "2023-01-03"}}},
		{"explicit date",
			"On January 1 the army said 400 soldiers were killed.",
			[]want{{text: "400 soldiers", claimedOn: "2023-01-01"}}},
		{"money pounds", "The club paid £15.8m for the striker.",
			[]want{{text: "£15.8m", value: fp(15.8e6), unit: "gbp"}}},
		{"money dollars", "The deal is worth $2.5 million.",
			[]want{{text: "$2.5 million", value: fp(2.5e6), unit: "usd"}}},
		{"percent", "Support fell to 41.2 percent in December.",
			[]want{{text: "41.2 percent", value: fp(41.2), unit: "percent", measure: ""}}},
		{"words", "Sixty-three soldiers and seventeen officers were wounded.",
			[]want{{text: "Sixty-three soldiers", value: fp(63)}, {text: "seventeen officers", value: fp(17), measure: "wounded"}}},
		{"reportedly is not the outlet", "A strike reportedly killed 89 Russian soldiers this week.",
			[]want{{text: "89 Russian soldiers", measure: "killed", claimant: ""}}},
		// Not counts.
		{"years and models", "The M142 HIMARS and Su-34 jets were first used in 2014.", nil},
		{"dates and times", "The strike came at 00:01 on January 1, 2023, the first minute of the year.", nil},
		{"ordinal and one of", "He was one of the first to arrive on the 31st.", nil},
		{"covid and pages", "COVID-19 rules are on page 12, section 3.", nil},
		{"ages", "The 35-year-old, aged 35, died.", nil},
		{"score", "Chelsea won 3-1 at home.", nil},
		{"model number after name", "The Boeing 737 landed safely.", nil},
		{"decade", "Troops left in the 1990s.", nil},
		{"address", "She was hit outside the store at 200 W. American Blvd. on Friday.", nil},
		{"time with space", "Police say that on Saturday around 11: 30 p. m. shots rang out.", nil},
		{"abbreviated month", "The shooting on Dec. 6 touched off riots.", nil},
		{"goal minutes", "Robben 79, Cole 90.", nil},
		{"adjective before plural", "Chelsea carved out two early chances.",
			[]want{{text: "two early chances", unit: "chance"}}},
		// A claim that nobody was hurt is a count of zero; "no one else"
		// repeats it and is none.
		{"no one", "No one was injured and no one else was hurt.",
			[]want{{text: "No one was injured", value: fp(0), low: fp(0), high: fp(0), q: doc.Exact, unit: "person", measure: "wounded"}}},
		{"zero: no injuries", "Police reported no injuries after the blast.",
			[]want{{text: "no injuries", value: fp(0), q: doc.Exact, unit: "person", measure: "wounded", claimant: "Police"}}},
		{"zero: none were hurt", "The bus overturned but none were hurt, officials said.",
			[]want{{text: "none were hurt", value: fp(0), unit: "person", measure: "wounded", claimant: "officials"}}},
		{"zero: nobody died", "Nobody died in the fire.",
			[]want{{text: "Nobody died", value: fp(0), unit: "person", measure: "killed"}}},
		{"zero: none of", "None of the passengers were injured.",
			[]want{{text: "None of the passengers were injured", value: fp(0), unit: "person", measure: "wounded"}}},
		// Negations that count nothing.
		{"zero: no evidence", "There was no evidence of foul play and no one knows why.", nil},
		// "no serious injuries" allows minor ones: no count.
		{"zero: no serious injuries", "There were no serious injuries.", nil},
		{"zero: noun compound", "The insurer saw no injury claims.", nil},
		// "died" belongs to the first clause, not to "two men".
		{"measure of another clause", "A receptionist died and two men underwent surgery.",
			[]want{{text: "two men", unit: "man", measure: ""}}},
		{"shot and killed", "A gunman shot and killed two people at the office.",
			[]want{{text: "two people", measure: "killed"}}},
		{"shot", "He is suspected of shooting three people at the firm.",
			[]want{{text: "three people", measure: "shot"}}},
		// A family is not a toll.
		{"father of", "The deputy, a father of two sons, died on Friday.",
			[]want{{text: "two sons", measure: ""}}},
		// The father died, not the boys.
		{"father to", "The newlywed and father to two boys died almost immediately.",
			[]want{{text: "two boys", measure: ""}}},
		{"attempted is no measure", "He murdered a deputy, in addition to attempting to murder at least three other people.",
			[]want{{text: "at least three other people", measure: ""}}},
		{"tried to kill", "The gunman tried to kill two guards.",
			[]want{{text: "two guards", measure: ""}}},
		// The structure was destroyed, not the villages it stands in.
		{"prepositional phrase and a later verb", "Half of the structure in the 12 worst-hit villages might have been destroyed.",
			[]want{{text: "12", measure: ""}}},
		{"subject and a later verb", "Four rockets from the launchers hit the barracks.",
			[]want{{text: "Four rockets", measure: "hit"}}},
		{"clause break backwards", "No one was injured, but several people, including two children, were inside.",
			[]want{{text: "No one was injured", value: fp(0), measure: "wounded"}, {text: "two children", measure: ""}}},
		{"phone number", "Anyone with information should call 0845 125 2222.", nil},
		{"passive said is no source", "The deal is said to be worth up to $180 million.",
			[]want{{text: "up to $180 million", unit: "usd", claimant: ""}}},
		{"negated claim is no source", "Neither RIM nor T-Mobile has announced prices of $500 for the device.",
			[]want{{text: "$500", claimant: ""}}},
		{"relative clause skipped", "The police source, who wished to remain anonymous, said the men stole 40 watches.",
			[]want{{text: "40 watches", claimant: "police source"}}},
		{"name after titles", "Area Commander Inspector Dave Gaskin said three climbers were rescued.",
			[]want{{text: "three climbers", measure: "rescued", claimant: "Dave Gaskin"}}},
		{"age after a noun", "The actress, 26, checked in late on Thursday.", nil},
		{"distance is no measure", "Police stopped the driver a few blocks away after he had struck two cars.",
			[]want{{text: "a few blocks", measure: ""}, {text: "two cars", measure: ""}}},
		// The second sentence continues the poll of the first.
		{"survey continues", "According to the Levada Center, 41.2 percent supported the war. The number who mostly support it rose about 10 points.",
			[]want{{text: "41.2 percent", claimant: "Levada Center"}, {text: "about 10 points", claimant: "Levada Center"}}},
		// "respondents" are the subject the figure belongs to, not its source.
		{"figure in the subject", "About 20 percent of respondents have indicated that they disagree.",
			[]want{{text: "About 20 percent", claimant: ""}}},
		{"emergency number", "A witness called 911 to report the shooting.", nil},
		{"age at death", "Vincent Gigante, who died yesterday in federal prison at 77, was a crime boss.", nil},
		// "alleged" is an adjective here; people seized are arrested.
		{"alleged members seized", "He was one of 99 alleged Mafia members seized on Tuesday.",
			[]want{{text: "99 alleged Mafia members", unit: "member", measure: "arrested"}}},
		{"things seized", "Police seized 40 rifles.", []want{{text: "40 rifles", unit: "rifle", measure: "seized"}}},
		{"indicted", "Prosecutors said 12 men were indicted.", []want{{text: "12 men", measure: "charged"}}},
		{"crowd estimate", "Police put the march, to mark a nationwide strike, at roughly 30,000 people.",
			[]want{{text: "roughly 30,000 people", value: fp(30000), measure: "gathered", claimant: "Police"}}},
		{"took to the streets", "Police said as many as 20,000 people took to the streets of Athens.",
			[]want{{text: "as many as 20,000 people", measure: "gathered", claimant: "Police"}}},
		// A price is no crowd.
		{"estimated at a price", "Analysts estimated the deal at $5 billion.",
			[]want{{text: "$5 billion", measure: ""}}},
		{"boats are intercepted", "The navy intercepted three boats off the coast.",
			[]want{{text: "three boats", measure: "intercepted"}}},
		{"two days of a month", "He will ask the Queen on 4 or 5 April to dissolve Parliament.", nil},
		{"number word in a name", "Weir told BBC Radio Five Live that he was happy.", nil},
		{"age bound", "Only 15% of Britons aged 65 or over have been online.",
			[]want{{text: "15%", unit: "percent"}}},
		{"revision is two figures", "The department revised the gains from 157,000 to 133,000.",
			[]want{{text: "157,000", value: fp(157000)}, {text: "133,000", value: fp(133000)}}},
		{"slash dates", "After the 9/11 attacks and on 1/1/2023 prices rose.", nil},
		{"hyphen prefix", "The book won the category for six- to eight-year-olds.", nil},
		{"participle estimated", "Thieves took watches estimated to be worth 2 million euros.",
			[]want{{text: "2 million euros", unit: "eur", claimant: ""}}},
		{"one is not a count", "One woman told the press her husband survived.", nil},
		// The only number of its sentence, and something happened to it.
		{"one killed", "One person was killed in the blast.", []want{{text: "One person", value: fp(1), measure: "killed"}}},
		{"at least one injured", "At least one bomb technician was injured.",
			[]want{{text: "At least one bomb technician", q: doc.AtLeast, measure: "wounded"}}},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			got := extractN(t, x, d, nil, len(c.want), nil)
			for i, w := range c.want {
				f := got[i]
				bad := func(field string, want, have any) {
					t.Errorf("figure %d %q: %s = %v, want %v", i, f.Text, field, have, want)
				}
				if !strings.Contains(f.Text, w.text) {
					bad("text", w.text, f.Text)
				}
				if f.Text != d.Text[f.Start:f.End] {
					bad("text/offsets", d.Text[f.Start:f.End], f.Text)
				}
				if w.value != nil && !sameFloat(w.value, f.Value) {
					bad("value", *w.value, fmtFloat(f.Value))
				}
				if w.low != nil && !sameFloat(w.low, f.Low) {
					bad("low", *w.low, fmtFloat(f.Low))
				}
				if w.high != nil && !sameFloat(w.high, f.High) {
					bad("high", *w.high, fmtFloat(f.High))
				}
				if w.q != "" && f.Qualifier != w.q {
					bad("qualifier", w.q, f.Qualifier)
				}
				if w.unit != "" && f.Unit != w.unit {
					bad("unit", w.unit, f.Unit)
				}
				if (w.measure != "" || strings.Contains(c.name, "percent") || strings.Contains(c.name, "inverted") ||
					strings.Contains(c.name, "clause") || strings.Contains(c.name, "father") ||
					strings.Contains(c.name, "attempt") || strings.Contains(c.name, "tried") || strings.Contains(c.name, "phrase")) && f.Measure != w.measure {
					bad("measure", w.measure, f.Measure)
				}
				if (w.claimant != "" || strings.Contains(c.name, "reportedly") || strings.Contains(c.name, "bare") ||
					strings.Contains(c.name, "no source") || strings.Contains(c.name, "subject") ||
					strings.Contains(c.name, "participle")) && f.Claimant != w.claimant {
					bad("claimant", w.claimant, f.Claimant)
				}
				if w.subject != "" && f.Subject != w.subject {
					bad("subject", w.subject, f.Subject)
				}
				if w.claimedOn != "" && f.ClaimedOn.Format("2006-01-02") != w.claimedOn {
					bad("claimed_on", w.claimedOn, f.ClaimedOn)
				}
				if f.ID != doc.HashID(d.ID, itoa(f.Start), itoa(f.End), f.Text) || f.DocID != d.ID {
					bad("id", "HashID(doc, start, end, text)", f.ID)
				}
			}
		})
	}
}

// FuzzExtract runs the whole stage on arbitrary text: no panic, offsets
// and text agree, bounds are ordered around the value.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Kiev claims it killed 400 Russian troops and wounded 300.",
		"“Five hundred would probably not be an exaggeration,” he said.",
		"According to the Telegram channel “Rybar”, the building holds 600 people.",
		"between 1 and 2 million\n\nat least “hundreds”",
		"In 1943-44, about 100,000 died. On Monday, £15.8m.",
		"Winston Blackmore, 52, and James Oler, 44, were arrested by RCMP on Tuesday, Oppal said.",
		"Mark Felt, who was `` Deep Throat, '' died late on Thursday night. On Friday, Felt was buried.",
		"A magnitude-5.9 quake, measuring 6.1 on the Richter scale, hit Qeshm Island, home to 120,000 people.",
		"Zarand, a town of about 15,000, has a population of 1,000. In July of 1973, he pleaded guilty.",
		"Mr. LaRue was convicted in 1990. On June 27, 1973, she died at 357 Venable St.",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	pub := time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ingest.Decode("fuzz.txt", []byte(s))
		if err != nil {
			return
		}
		tokenize.Tokenize(d)
		d.Published = pub
		for _, fg := range x.Extract(d, nil) {
			if fg.Start < 0 || fg.End > len(d.Text) || fg.Start >= fg.End || d.Text[fg.Start:fg.End] != fg.Text {
				t.Fatalf("bad span %d:%d %q", fg.Start, fg.End, fg.Text)
			}
			if fg.Low != nil && fg.High != nil && *fg.Low > *fg.High {
				t.Fatalf("%q: low > high", fg.Text)
			}
		}
		// Every capitalised token a person: events need mentions.
		var ms []doc.Mention
		for _, tk := range d.Tokens {
			if r, _ := utf8.DecodeRuneInString(tk.Text); unicode.IsUpper(r) {
				ms = append(ms, doc.Mention{Kind: doc.Person, Text: tk.Text, Start: tk.Start, End: tk.End, Sentence: d.SentenceAt(tk.Start)})
			}
		}
		_, evs := x.Claims(d, ms)
		for _, e := range evs {
			if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End || d.Text[e.Start:e.End] != e.Text || e.Subject == "" {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}
