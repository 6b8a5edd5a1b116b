package figures

import (
	"testing"
	"time"

	"factpipe/doc"
)

// TestAges: an age given to a named person is a figure of measure "age"
// about that person; an unnamed person's age, a name two people share, a
// line-up number or a score gives none. Only the age figures are compared.
func TestAges(t *testing.T) {
	pub := time.Date(2010, 9, 10, 0, 0, 0, 0, time.UTC)
	type fw struct{ text, subject, claimant string }
	cases := []struct {
		name    string
		text    string
		persons []string
		want    []fw
	}{
		{"apposition", "Sharron Smith, 61, was arrested on Friday.", []string{"Sharron Smith"},
			[]fw{{"61", "Sharron Smith", ""}}},
		{"years old", "Sharron Smith, 61 years old, was arrested.", []string{"Sharron Smith"},
			[]fw{{"61 years old", "Sharron Smith", ""}}},
		// Line-ups, substitutions and scores are no ages.
		{"line-up", "5 - Ian Jones, 4 - Robin Brooke, 3 - Olo Brown.", []string{"Ian Jones", "Robin Brooke", "Olo Brown"}, nil},
		{"substitution", "15 - Christian Cullen (Alama Ieremia, 70), 14 - Jeff Wilson.",
			[]string{"Christian Cullen", "Alama Ieremia", "Jeff Wilson"}, nil},
		{"score", "Chris Adams, 123, and Tim O'Gorman, 109, took Derbyshire to 471.",
			[]string{"Chris Adams", "Tim O'Gorman"}, nil},
		// In sports news a number in parentheses is a seeding.
		{"parentheses", "Anke Huber (6) lost on Monday.", []string{"Anke Huber"}, nil},
		{"dash", "The two girls -- Rachel Legeard, 18, and Severine Potty, 19 -- were missing.",
			[]string{"Rachel Legeard", "Severine Potty"}, []fw{{"18", "Rachel Legeard", ""}, {"19", "Severine Potty", ""}}},
		{"aged", "Sharron Smith, aged 61, was arrested.", []string{"Sharron Smith"},
			[]fw{{"61", "Sharron Smith", ""}}},
		{"year-old before", "Police arrested 61-year-old former teacher Sharron Smith.", []string{"Sharron Smith"},
			[]fw{{"61-year-old", "Sharron Smith", ""}}},
		{"apposition with article", "Sharron Smith, a 61-year-old teacher, was arrested.", []string{"Sharron Smith"},
			[]fw{{"61-year-old", "Sharron Smith", ""}}},
		// A surname alone takes the document's full name.
		{"surname", "Sharron Smith was held. Smith, 61, denies the charge.", []string{"Sharron Smith", "Smith"},
			[]fw{{"61", "Sharron Smith", ""}}},
		// The longest of the names that agree.
		{"longer name", "Sharron Smith was held. Sharron Diane Smith lives here. Smith, 61, denies it.",
			[]string{"Sharron Diane Smith", "Sharron Smith", "Smith"}, []fw{{"61", "Sharron Diane Smith", ""}}},
		// Two people share the surname: whose age it is stays unknown.
		{"shared surname", "Mary Smith and John Smith were held. Smith, 61, denies it.",
			[]string{"Mary Smith", "John Smith", "Smith"}, nil},
		{"surname only", "Smith, 61, denies it.", []string{"Smith"}, nil},
		{"unnamed", "A 61-year-old woman was arrested.", nil, nil},
		{"not a person", "In Dallas, 61 people were hurt.", nil, nil},
		// A verb or preposition between the age and a later name: not hers.
		{"verb between", "The 61-year-old was arrested by Officer John Doe.", []string{"John Doe"}, nil},
		// The age of the speaker is the article's, not the speaker's claim.
		{"speaker", "Mr Martin Mubanga, 32, from Wembley, London, said he was beaten.", []string{"Martin Mubanga"},
			[]fw{{"32", "Martin Mubanga", ""}}},
		{"attributed", "Robert Buckley, 32, fell 600 metres, police said.", []string{"Robert Buckley"},
			[]fw{{"32", "Robert Buckley", "police"}}},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			ms := kindMentions(d, doc.Person, c.persons...)
			if len(ms) == 0 {
				ms = placeMentions(d, "Dallas") // a place, for "not a person"
			}
			got := extractN(t, x, d, ms, len(c.want), func(f doc.Figure) bool { return f.Measure == "age" })
			for i, f := range got {
				w := c.want[i]
				if f.Text != w.text || f.Subject != w.subject || f.Claimant != w.claimant {
					t.Errorf("got %s, want %+v", describe(f), w)
				}
				if f.Unit != "year" || f.Value == nil {
					t.Errorf("%q: unit %q, value %v, want years", f.Text, f.Unit, f.Value)
				}
			}
		})
	}
}
