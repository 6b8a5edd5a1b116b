package figures

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// TestEvents: a day the text gives for what happened to a named person is
// an event with that person's full name, the action normalised, the day
// resolved from the article's date when it has one, and the claimant. A
// day that belongs to another clause, a denied or future event, or an
// unnamed person gives none.
func TestEvents(t *testing.T) {
	fri := time.Date(2008, 12, 19, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		name    string
		text    string
		pub     time.Time
		persons []string
		want    []string // "subject|action|text|day|weekday|edge|claimant"
	}{
		{"undated weekday", "Mark Felt died Thursday at his home.", time.Time{}, []string{"Mark Felt"},
			[]string{"Mark Felt|died|Thursday||Thursday|false|"}},
		{"dated weekday", "Mark Felt died Thursday at his home.", fri, []string{"Mark Felt"},
			[]string{"Mark Felt|died|Thursday|2008-12-18|Thursday|false|"}},
		{"yesterday", "Mark Felt died yesterday, police said.", fri, []string{"Mark Felt"},
			[]string{"Mark Felt|died|yesterday|2008-12-18|Thursday|false|police"}},
		{"a relative tells", "Harold Benton died Thursday at his home, his son Michael Benton said.", time.Time{},
			[]string{"Harold Benton", "Michael Benton"}, []string{"Harold Benton|died|Thursday||Thursday|false|Michael Benton"}},
		{"relative clause after a clause", "Arthur Axelrod, who had been president, replaces Tom Thompson, who resigned March 1.", fri,
			[]string{"Arthur Axelrod", "Tom Thompson"}, []string{"Tom Thompson|resigned|March 1|2008-03-01|Saturday|false|"}},
		{"late on", "Alexander Popov was stabbed in the abdomen late on Saturday.", time.Time{}, []string{"Alexander Popov"},
			[]string{"Alexander Popov|stabbed|late on Saturday||Saturday|true|"}},
		// Not the event's day, or not this person's event.
		{"plural verb, one name", "An investor who dealt with lawyer Michael David were sentenced today.", fri,
			[]string{"Michael David"}, nil},
		{"day describing a noun", "Ally McCoist was named for the August 31 qualifier.", fri, []string{"Ally McCoist"}, nil},
		{"weekday in a name", "Mark Felt died beside Thomas Sunday.", fri, []string{"Mark Felt", "Thomas Sunday"}, nil},
		{"a case set up", "Suppose John Jones, who filed on the basis of a calendar year, died June 20, 1961.", fri,
			[]string{"John Jones"}, nil},
		{"pronoun", "Fred LaRue, a White House aide, was reported dead. He was found dead in his room Tuesday morning, officials said.",
			time.Time{}, []string{"Fred LaRue"}, []string{"Fred LaRue|found dead|Tuesday morning||Tuesday|false|officials"}},
		{"object", "Police arrested Gary Gomes and Maria Lopez on Tuesday.", time.Time{}, []string{"Gary Gomes", "Maria Lopez"},
			[]string{"Gary Gomes|arrested|on Tuesday||Tuesday|false|", "Maria Lopez|arrested|on Tuesday||Tuesday|false|"}},
		{"object shot dead", "A policeman shot dead 15-year-old Alex Grig on Saturday.", time.Time{}, []string{"Alex Grig"},
			[]string{"Alex Grig|killed|on Saturday||Saturday|false|"}},
		{"adjective, not a verb", "Dal Maso replaces the injured Mauro Bergamasco to face Scotland on Saturday.", time.Time{},
			[]string{"Dal Maso", "Mauro Bergamasco"}, nil},
		{"named is no action on its object", "Police named John Smith on Saturday as the suspect.", time.Time{}, []string{"John Smith"}, nil},
		{"weekday then date", "Simpson shot Ka'loni Flynn twice on Easter Sunday, April 8, 2012, police said.", fri,
			[]string{"Simpson", "Ka'loni Flynn"}, []string{"Ka'loni Flynn|shot|Sunday, April 8, 2012|2012-04-08|Sunday|false|police"}},
		{"participle as adjective", "Officials asked how convicted rapist Arcade Comeaux escaped Monday.", fri,
			[]string{"Arcade Comeaux"}, nil},
		{"dies in a headline", "Mark Felt dies Thursday at 95\n\nHe led the FBI.", time.Time{}, []string{"Mark Felt"},
			[]string{"Mark Felt|died|Thursday||Thursday|false|"}},
		{"dies in running text", "Mark Felt dies Thursday in the film.", time.Time{}, []string{"Mark Felt"}, nil},
		{"a day word in a name", "Regina Benjamin was named the Person of the Week on World News Tonight in 1995.", fri,
			[]string{"Regina Benjamin"}, []string{"Regina Benjamin|named|in 1995|1995-01-01||false||year"}},
		{"yesterday undated", "Mark Felt died yesterday.", time.Time{}, []string{"Mark Felt"}, nil},
		{"date", "Mark Felt died on December 18, 2008 in Santa Rosa.", time.Time{}, []string{"Mark Felt"},
			[]string{"Mark Felt|died|on December 18, 2008|2008-12-18|Thursday|false|"}},
		{"surname takes the full name", "W. Mark Felt led the FBI. Felt died of heart failure Thursday at his home, said Rob Jones.",
			time.Time{}, []string{"W. Mark Felt", "Felt", "Rob Jones"},
			[]string{"W. Mark Felt|died|Thursday||Thursday|false|Rob Jones"}},
		{"apposition", "W. Mark Felt, the FBI official who, as `` Deep Throat, '' helped bring down Nixon, died on Friday.",
			time.Time{}, []string{"W. Mark Felt", "Nixon"}, []string{"W. Mark Felt|died|on Friday||Friday|false|"}},
		{"ages and two people", "Winston Blackmore, 52, and James Oler, 44, were arrested by RCMP on Tuesday, Wally Oppal said Wednesday.",
			time.Time{}, []string{"Winston Blackmore", "James Oler", "Wally Oppal"},
			[]string{"Winston Blackmore|arrested|on Tuesday||Tuesday|false|Wally Oppal",
				"James Oler|arrested|on Tuesday||Tuesday|false|Wally Oppal"}},
		{"near midnight", "Gary Gomes was arrested late Tuesday night.", time.Time{}, []string{"Gary Gomes"},
			[]string{"Gary Gomes|arrested|late Tuesday night||Tuesday|true|"}},
		{"shot dead", "Alex Grig was shot dead by a policeman on Saturday.", time.Time{}, []string{"Alex Grig"},
			[]string{"Alex Grig|killed|on Saturday||Saturday|false|"}},
		{"sentence opens with the day", "On Thursday, Mark Felt died.", time.Time{}, []string{"Mark Felt"},
			[]string{"Mark Felt|died|On Thursday||Thursday|false|"}},
		// Not events of these people, or not on these days.
		{"day of the object", "Cooley said Jose Orozco was charged with murdering the deputy on June 24.", fri,
			[]string{"Jose Orozco", "Cooley"}, nil},
		{"object of conviction", "Jose Orozco was also convicted of the June 20, 2005 attempted murder of a man.", fri,
			[]string{"Jose Orozco"}, nil},
		{"future", "Warren Jeffs will be sentenced Tuesday.", fri, []string{"Warren Jeffs"}, nil},
		{"denied", "Warren Jeffs was not arrested Tuesday.", fri, []string{"Warren Jeffs"}, nil},
		{"another clause", "Mark Felt died after he was hurt on Monday.", fri, []string{"Mark Felt"}, nil},
		{"day of the claim", "Mark Felt died, his family said Friday.", fri, []string{"Mark Felt"}, nil},
		{"second verb", "Gary Gomes was arrested and charged Wednesday.", fri, []string{"Gary Gomes"},
			[]string{"Gary Gomes|arrested|Wednesday|2008-12-17|Wednesday|false|"}},
		{"one-word name", "Felt died Thursday.", fri, []string{"Felt"}, nil},
		{"surname of two people: the nearest before", "Katherine Gomes was found dead. Police sought Gary Gomes. Gomes was arrested on Tuesday.",
			time.Time{}, []string{"Katherine Gomes", "Gary Gomes", "Gomes"}, []string{"Gary Gomes|arrested|on Tuesday||Tuesday|false|"}},
		{"relative clause", "Bettie Page, the pin-up queen who died on Thursday, was 85.", time.Time{}, []string{"Bettie Page"},
			[]string{"Bettie Page|died|on Thursday||Thursday|false|"}},
		{"relative clause right after the name", "Fans mourned Bettie Page who died on Thursday.", time.Time{}, []string{"Bettie Page"},
			[]string{"Bettie Page|died|on Thursday||Thursday|false|"}},
		{"nickname splits the name", "Louis Gigante spoke. Vincent \"The Chin\" Gigante died Monday in prison.", fri,
			[]string{"Louis Gigante", "Gigante"}, nil},
		{"no person", "A man was arrested Tuesday.", fri, nil, nil},
		// A month or a year with no day.
		{"month", "Mark Felt died in December 2008.", fri, []string{"Mark Felt"},
			[]string{"Mark Felt|died|in December 2008|2008-12-01||false||month"}},
		{"month opening", "In July of 1973, Fred LaRue pleaded guilty to obstruction of justice.", fri, []string{"Fred LaRue"},
			[]string{"Fred LaRue|pleaded guilty|In July of 1973|1973-07-01||false||month"}},
		{"pronoun after an opening date", "Fred LaRue was an aide. On June 27, 1973, he pleaded guilty to one charge.", fri,
			[]string{"Fred LaRue"}, []string{"Fred LaRue|pleaded guilty|On June 27, 1973|1973-06-27|Wednesday|false|"}},
		{"year", "Vincent Gigante led the family. Gigante was indicted in 1970 on charges of bribing the police.", fri,
			[]string{"Vincent Gigante", "Gigante"}, []string{"Vincent Gigante|charged|in 1970|1970-01-01||false||year"}},
		{"year of a full name", "Vincent Gigante was convicted in 1997 of racketeering.", fri, []string{"Vincent Gigante"},
			[]string{"Vincent Gigante|convicted|in 1997|1997-01-01||false||year"}},
		{"month alone", "Mark Felt died in December.", fri, []string{"Mark Felt"}, nil},
		{"year after the article", "Mark Felt died in 2010.", fri, []string{"Mark Felt"}, nil},
		{"a year that describes a noun", "Jones was paid in 2008 dollars.", fri, []string{"Tom Jones", "Jones"}, nil},
		{"a decade", "Mark Felt was arrested in the 1970s.", fri, []string{"Mark Felt"}, nil},
		{"own claim is no source", "Warren Jeffs was sentenced Tuesday for assaulting girls he claimed were his wives.", fri,
			[]string{"Warren Jeffs"}, []string{"Warren Jeffs|sentenced|Tuesday|2008-12-16|Tuesday|false|"}},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, c.pub)
			ms := kindMentions(d, doc.Person, c.persons...)
			_, evs := x.Claims(d, ms)
			var got []string
			for _, e := range evs {
				if d.Text[e.Start:e.End] != e.Text {
					t.Errorf("event text %q is not the document's bytes %d:%d", e.Text, e.Start, e.End)
				}
				day := ""
				if !e.On.IsZero() {
					day = e.On.Format(time.DateOnly)
				}
				s := fmt.Sprintf("%s|%s|%s|%s|%s|%v|%s", e.Subject, e.Action, e.Text, day, e.Weekday, e.Edge, e.Claimant)
				if e.Precision != "day" {
					s += "|" + e.Precision
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// A pronoun or a title passes over people of the other gender; an object
// in the possessive is not the one acted on; a plea's -ing clause has its
// own time.
func TestEventPeople(t *testing.T) {
	fri := time.Date(2008, 12, 19, 0, 0, 0, 0, time.UTC)
	names := map[string][2]bool{"Yolanda": {false, true}, "Rita": {false, true}, "Vincent": {true, false},
		"Janie": {false, true}, "Jimi": {true, false}}
	x, err := New(WithFirstNames(func(first string) (bool, bool) { g := names[first]; return g[0], g[1] }))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		text    string
		persons []string
		want    []string // "subject|action|text"
	}{
		{"he passes over a woman", "Yolanda Fyfe said Vincent Gigante was ill. In 1969, he was indicted in New Jersey.",
			[]string{"Yolanda Fyfe", "Vincent Gigante"}, []string{"Vincent Gigante|charged|In 1969"}},
		{"she", "Jimi Hendrix met Janie Hendrix. She was arrested on Tuesday.",
			[]string{"Jimi Hendrix", "Janie Hendrix"}, []string{"Janie Hendrix|arrested|on Tuesday"}},
		{"Mr. passes over a woman", "Vincent Gigante led the family; Rita Gigante ran the club. Mr. Gigante was indicted in 1990.",
			[]string{"Vincent Gigante", "Rita Gigante", "Gigante"}, []string{"Vincent Gigante|charged|in 1990"}},
		{"Mr. is the article's principal", "Vincent Gigante died. His brother Salvatore Gigante spoke. Mr. Gigante was indicted in 1990.",
			[]string{"Vincent Gigante", "Salvatore Gigante", "Gigante"}, []string{"Vincent Gigante|charged|in 1990"}},
		{"unknown first name fits", "Ike Parsons spoke. He died on Tuesday.", []string{"Ike Parsons"},
			[]string{"Ike Parsons|died|on Tuesday"}},
		{"possessive object", "Northrop hired Adnan Khashoggi's firm in 1970.", []string{"Adnan Khashoggi"}, nil},
		{"plea and its charge", "John Cerrito pleaded guilty to one charge of evading his income taxes in 1983.",
			[]string{"John Cerrito"}, nil},
		{"plea and its month", "Fred LaRue pleaded guilty to obstruction of justice in July 1973.",
			[]string{"Fred LaRue"}, []string{"Fred LaRue|pleaded guilty|in July 1973"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, fri)
			ms := kindMentions(d, doc.Person, c.persons...)
			_, evs := x.Claims(d, ms)
			var got []string
			for _, e := range evs {
				got = append(got, e.Subject+"|"+e.Action+"|"+e.Text)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// A surname that starts with a particle takes the full name the article
// gives.
func TestEventParticleSurname(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := textDoc(t, "Film-maker Theo Van Gogh made Submission. Van Gogh was shot in November 2004.", time.Date(2005, 1, 4, 0, 0, 0, 0, time.UTC))
	_, evs := x.Claims(d, kindMentions(d, doc.Person, "Theo Van Gogh", "Van Gogh"))
	if len(evs) != 1 || evs[0].Subject != "Theo Van Gogh" {
		t.Errorf("events %+v, want Theo Van Gogh shot in November 2004", evs)
	}
}
