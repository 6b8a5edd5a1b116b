package figures

import (
	"testing"
	"time"

	"factpipe/doc"
)

func TestMagnitude(t *testing.T) {
	pub := time.Date(2023, 11, 27, 0, 0, 0, 0, time.UTC)
	type mw struct {
		text      string
		value     float64
		qualifier doc.Qualifier
		claimant  string // checked when set
	}
	cases := []struct {
		name string
		text string
		want []mw
	}{
		{"number-magnitude", "A 6.1-magnitude quake struck the island, killing 12 people.",
			[]mw{{"6.1-magnitude", 6.1, doc.Exact, ""}}},
		{"number magnitude", "A 5.6 magnitude earthquake hit an island on Sunday.",
			[]mw{{"5.6 magnitude", 5.6, doc.Exact, ""}}},
		{"magnitude-number", "Officials said an earthquake measuring at least magnitude-5.9 shook the area.",
			[]mw{{"magnitude-5.9", 5.9, doc.AtLeast, "Officials"}}},
		{"magnitude number", "A magnitude 4.6 earthquake struck on Thursday.",
			[]mw{{"magnitude 4.6", 4.6, doc.Exact, ""}}},
		{"magnitude of", "The quake, with a magnitude of 5.8, hit the coast.",
			[]mw{{"magnitude of 5.8", 5.8, doc.Exact, ""}}},
		{"magnitude of at least", "An earthquake with a magnitude of at least 5.9 hit the south.",
			[]mw{{"magnitude of at least 5.9", 5.9, doc.AtLeast, ""}}},
		{"Richter scale", "A quake measuring 5.6 on the Richter scale jolted the island.",
			[]mw{{"5.6 on the Richter scale", 5.6, doc.Exact, ""}}},
		{"force of about", "The quake struck with a force of about 6.0 on the Richter scale.",
			[]mw{{"6.0 on the Richter scale", 6, doc.Approx, ""}}},
		{"two agencies", "The seismologic center put the quake's magnitude at 5.9, but the Geological Survey said it was 6.1.",
			[]mw{{"magnitude at 5.9", 5.9, doc.Exact, "seismologic center"}, {"6.1", 6.1, doc.Exact, "Geological Survey"}}},
		{"in magnitude", "The 4.2-magnitude earthquake struck on Sunday, according to the U.S. Geological Survey, " +
			"which originally had rated the quake as 4.4 in magnitude.",
			[]mw{{"4.2-magnitude", 4.2, doc.Exact, "U.S. Geological Survey"}, {"4.4 in magnitude", 4.4, doc.Exact, "U.S. Geological Survey"}}},
		{"earlier sentence names the quake", "The quake hit Qeshm on Sunday.\n\nThe Geological Survey puts the magnitude at 6.1.",
			[]mw{{"magnitude at 6.1", 6.1, doc.Exact, "Geological Survey"}}},
		// No magnitude of one quake.
		{"quake in general", "A magnitude 6 quake can cause severe damage.", nil},
		{"aftershocks", "Two aftershocks, magnitude 2.9 and 2.2, occurred immediately following.", nil},
		{"range", "Five more small quakes measuring between 1.0 and 1.9 on the Richter scale were reported.", nil},
		{"list", "While shakers around magnitude 2 and 3 are common to the area, this one was not.", nil},
		{"no quake", "The star's magnitude of 4.5 makes it visible to the naked eye.", nil},
		{"not a magnitude", "The quake destroyed 5.6 percent of the houses.", nil},
		{"url", "http://example.com/2013/03/14/magnitude-4-6-earthquake-shakes-up-north-bay/", nil},
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	isMagnitude := func(f doc.Figure) bool { return f.Measure == "magnitude" }
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := textDoc(t, c.text, pub)
			got := extractN(t, x, d, nil, len(c.want), isMagnitude)
			for i, w := range c.want {
				f := got[i]
				if f.Text != w.text || f.Value == nil || *f.Value != w.value || f.Qualifier != w.qualifier {
					t.Errorf("got %s, want %q %g %s", describe(f), w.text, w.value, w.qualifier)
				}
				if f.Unit != "magnitude" || f.UnitClass != "magnitude" {
					t.Errorf("%q: unit %q class %q, want magnitude", f.Text, f.Unit, f.UnitClass)
				}
				if w.claimant != "" && f.Claimant != w.claimant {
					t.Errorf("%q: claimant %q, want %q", f.Text, f.Claimant, w.claimant)
				}
			}
		})
	}
}
