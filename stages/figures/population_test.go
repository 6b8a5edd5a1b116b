package figures

import (
	"testing"
	"time"

	"factpipe/doc"
)

func TestPopulation(t *testing.T) {
	pub := time.Date(2023, 11, 27, 0, 0, 0, 0, time.UTC)
	type pw struct {
		text, subject string
		value         float64
	}
	cases := []struct {
		name   string
		text   string
		places []string // tagged as places
		people []string // tagged as persons (the tagger's mistakes)
		want   []pw
	}{
		{"a town of", "The temblor rocked Zarand, a town of about 15,000 people in Kerman province.",
			nil, nil, []pw{{"about 15,000 people", "Zarand", 15000}}},
		{"island, home to", "The quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas.",
			nil, nil, []pw{{"120,000 people", "Qeshm", 120000}}},
		{"has a population of", "Bountiful has a population of about 1,000.",
			nil, nil, []pw{{"about 1,000", "Bountiful", 1000}}},
		{"Island used alone", "The quake was centred near Qeshm Island, home to 200,000 people. Qeshm's governor spoke.",
			nil, nil, []pw{{"200,000 people", "Qeshm", 200000}}},
		{"Island in the name", "Flights reached Long Island, home to 200,000 people.",
			nil, nil, []pw{{"200,000 people", "Long Island", 200000}}},
		{"city in the name", "Oklahoma City has a population of about 5,000.",
			[]string{"Oklahoma"}, nil, []pw{{"about 5,000", "Oklahoma City", 5000}}},
		{"tagged place", "Helicopters flew the injured to Bandar Abbas, a city of 500,000 people.",
			[]string{"Bandar Abbas"}, nil, []pw{{"500,000 people", "Bandar Abbas", 500000}}},
		// The words say it is a place, whatever the tagger made of it.
		{"mistaken for a person", "Helicopters flew the injured to Bandar Abbas, a city of 500,000 people.",
			nil, []string{"Bandar Abbas"}, []pw{{"500,000 people", "Bandar Abbas", 500000}}},
		// The place last named is not the one counted.
		{"apposition between", "Qeshm, an island off the coast south of Tehran, has a population of more than 100,000.",
			nil, nil, nil},
		{"with a population", "Qeshm is the largest island in the Persian Gulf, with a population of 120,000.",
			nil, nil, nil},
		{"unnamed", "Residents of the island, home to 120,000 people, slept outside.", nil, nil, nil},
		{"coordinated", "The island lies off Bandar Abbas and is home to about 100,000 people.", nil, nil, nil},
		{"home to a person", "The injured were flown to the hospital, home to 300 nurses.", nil, nil, nil},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	isPopulation := func(f doc.Figure) bool { return f.Measure == "population" }
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			var ms []doc.Mention
			if c.places != nil || c.people != nil {
				ms = append(kindMentions(d, doc.Place, c.places...), kindMentions(d, doc.Person, c.people...)...)
			}
			got := extractN(t, x, d, ms, len(c.want), isPopulation)
			for i, w := range c.want {
				f := got[i]
				if f.Text != w.text || f.Subject != w.subject || f.Value == nil || *f.Value != w.value || f.UnitClass != "person" {
					t.Errorf("got %s, want %q %g of %q", describe(f), w.text, w.value, w.subject)
				}
			}
		})
	}
}
