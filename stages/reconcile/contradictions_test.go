package reconcile

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"factpipe/doc"
)

// claimOf builds a claim from a figure description, for agree.
func claimOf(f fg) *claim {
	r := res("x", "", "", nil, f)
	c := &claim{fig: &r.Figures[0]}
	c.lo, c.hi, c.bounded = interval(c.fig)
	return c
}

func TestAgree(t *testing.T) {
	vague := func(text string, lo, hi float64) fg {
		return fg{text: text, lo: f64(lo), hi: f64(hi), q: doc.Vague, unit: "soldier", measure: "killed"}
	}
	tests := []struct {
		name string
		a, b fg
		want bool
	}{
		{"equal", killed(89, doc.Exact, "", ""), killed(89, doc.Exact, "", ""), true},
		{"63 and 89", killed(63, doc.Exact, "", ""), killed(89, doc.Exact, "", ""), false},
		{"within 1%", killed(5937, doc.Exact, "", ""), killed(5940, doc.Exact, "", ""), true},
		// "nearly 6,000": an approximation spans ±10%.
		{"5,937 and nearly 6,000", killed(5937, doc.Exact, "", ""), killed(6000, doc.Approx, "", ""), true},
		{"about 600 and 600", killed(600, doc.Approx, "", ""), killed(600, doc.Exact, "", ""), true},
		{"400 inside between 200 and 600", killed(400, doc.Exact, "", ""),
			fg{text: "between 200 and 600", lo: f64(200), hi: f64(600), q: doc.Range}, true},
		{"89 outside between 200 and 600", killed(89, doc.Exact, "", ""),
			fg{text: "between 200 and 600", lo: f64(200), hi: f64(600), q: doc.Range}, false},
		// "at least 89" is the claimant's own toll, not an endorsement of 400.
		{"at least 89 and 400", killed(89, doc.AtLeast, "", ""), killed(400, doc.Exact, "", ""), false},
		{"over 60 and 63", killed(60, doc.AtLeast, "", ""), killed(63, doc.Exact, "", ""), true},
		{"up to 400 and 400", killed(400, doc.AtMost, "", ""), killed(400, doc.Exact, "", ""), true},
		{"hundreds and 89", vague("hundreds", 100, 999), killed(89, doc.Exact, "", ""), false},
		{"dozens and 89", vague("dozens", 24, 99), killed(89, doc.Exact, "", ""), true},
		// A vague word with a value only: hundreds = 100..1,000.
		{"hundreds by value", fg{text: "hundreds", v: f64(100), q: doc.Vague}, killed(400, doc.Exact, "", ""), true},
		// Two lower bounds are both true of any toll beyond the larger.
		{"at least 2 and at least 70", killed(2, doc.AtLeast, "", ""), killed(70, doc.AtLeast, "", ""), true},
		{"at least 70 and about 100", killed(70, doc.AtLeast, "", ""), killed(100, doc.Approx, "", ""), false},
		{"no number agrees with anything", fg{text: "many", q: doc.Vague}, killed(400, doc.Exact, "", ""), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := claimOf(tt.a), claimOf(tt.b)
			if got := agree(a, b); got != tt.want {
				t.Errorf("agree = %v, want %v ([%v,%v] vs [%v,%v])", got, tt.want, a.lo, a.hi, b.lo, b.hi)
			}
			if got := agree(b, a); got != tt.want {
				t.Errorf("agree is not symmetric")
			}
		})
	}
}

func TestContradictions(t *testing.T) {
	const (
		rus = "Russian Ministry of Defense"
		ukr = "Ukraine's military"
	)
	tests := []struct {
		name    string
		results []doc.Result
		want    []string // "kind: explanation" of every row, in order
	}{
		{
			name: "numeric dispute",
			results: []doc.Result{
				res("a", "Outlet A", "2023-01-02", nil, killed(400, doc.Exact, "Makiivka", ukr).on("2023-01-01")),
				res("b", "Outlet B", "2023-01-04", nil, killed(89, doc.Exact, "Makiivka", "Russia's defence ministry")),
			},
			want: []string{"numeric_dispute: Ukraine's military said 400 soldiers were killed (2023-01-01); Russia's defence ministry said 89 (2023-01-04)."},
		},
		{
			// The same ministry in three spellings, and Moscow for its
			// government: one source, whose figure changed.
			name: "revision, not a dispute",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "Makeevka", rus)),
				res("b", "B", "2023-01-03", nil, killed(63, doc.AtLeast, "Makiivka", "the Russian defence ministry")),
				res("c", "C", "2023-01-04", nil, killed(89, doc.Exact, "Makiïvka", "Moscow's defence ministry")),
				res("d", "D", "2023-01-05", nil, killed(89, doc.AtLeast, "Makiivka", "Moscow")),
			},
			want: []string{"revision: Russian Ministry of Defense first said 63 soldiers were killed (2023-01-02), later 89 (2023-01-04)."},
		},
		{
			// A later article recalling the first figure does not make a
			// second revision back to it.
			name: "recalled earlier figure",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "Makiivka", "Moscow")),
				res("b", "B", "2023-01-04", nil, killed(89, doc.Exact, "Makiivka", "Moscow")),
				res("c", "C", "2023-01-06", nil, killed(63, doc.Exact, "Makiivka", "Moscow"), killed(89, doc.Exact, "Makiivka", "Moscow")),
			},
			want: []string{"revision: Moscow first said 63 soldiers were killed (2023-01-02), later 89 (2023-01-04)."},
		},
		{
			// Several claims: one dispute per pair of camps of sources, on
			// their latest values; Ukraine's "up to 400" agrees with its
			// 400, and Washington's "hundreds" joins Kyiv's camp.
			name: "many claims, few rows",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "Makiivka", rus), killed(400, doc.Exact, "Makiivka", "Kyiv")),
				res("b", "B", "2023-01-04", nil, killed(89, doc.Exact, "Makiivka", rus), killed(400, doc.AtMost, "Makiivka", ukr),
					fg{text: "hundreds of Russian servicemen", lo: f64(100), hi: f64(999), q: doc.Vague, unit: "serviceman", measure: "killed", subject: "Makiivka", claimant: "Washington"}),
			},
			want: []string{
				"numeric_dispute: Ukraine's military (also Washington) said 400 soldiers were killed (2023-01-02); Russian Ministry of Defense said 89 (2023-01-04).",
				"revision: Russian Ministry of Defense first said 63 soldiers were killed (2023-01-02), later 89 (2023-01-04).",
			},
		},
		{
			// "dozens" (12..120) and "as many as 80" agree with 50, 70 and
			// 80 but must not chain them into one camp: the exact values
			// still dispute each other. "dozens" leads nothing (it joins no
			// camp whose members it does not all agree with).
			name: "vague claims do not chain camps",
			results: []doc.Result{
				res("a", "A", "2005-11-28", nil, fg{text: "50", v: f64(50), unit: "person", measure: "wounded", subject: "Qeshm", claimant: "the governor"}),
				res("b", "B", "2005-11-28", nil, fg{text: "70", v: f64(70), unit: "person", measure: "wounded", subject: "Qeshm", claimant: "AP"}),
				res("c", "C", "2005-11-28", nil, fg{text: "80", v: f64(80), unit: "person", measure: "wounded", subject: "Qeshm", claimant: "an official"}),
				res("d", "D", "2005-11-28", nil, fg{text: "dozens", lo: f64(12), hi: f64(120), q: doc.Vague, unit: "person", measure: "wounded", subject: "Qeshm", claimant: "officials"}),
				res("e", "E", "2005-11-28", nil, fg{text: "as many as 80", v: f64(80), q: doc.AtMost, unit: "person", measure: "wounded", subject: "Qeshm", claimant: "state media"}),
			},
			want: []string{
				"numeric_dispute: AP said 70 people were wounded (2005-11-28); an official (also state media) said 80 (2005-11-28).",
				"numeric_dispute: The governor said 50 people were wounded (2005-11-28); AP said 70 (2005-11-28).",
				"numeric_dispute: The governor said 50 people were wounded (2005-11-28); an official (also state media) said 80 (2005-11-28).",
			},
		},
		{
			// Five sources, five values: neighbours in value and the two
			// extremes, five rows rather than ten.
			name: "many camps",
			results: []doc.Result{
				res("a", "A", "2023-03-12", nil,
					fg{text: "1", v: f64(1), unit: "person", measure: "arrested", subject: "Flatbush", claimant: "NYPD"},
					fg{text: "3", v: f64(3), unit: "person", measure: "arrested", subject: "Flatbush", claimant: "Daily Mail"},
					fg{text: "4", v: f64(4), unit: "person", measure: "arrested", subject: "Flatbush", claimant: "RT"},
					fg{text: "46", v: f64(46), unit: "person", measure: "arrested", subject: "Flatbush", claimant: "police"},
					fg{text: "at least 50", v: f64(50), q: doc.AtLeast, unit: "person", measure: "arrested", subject: "Flatbush", claimant: "Essence"},
				),
			},
			want: []string{
				"numeric_dispute: Daily Mail said 3 people were arrested (2023-03-12); RT said 4 (2023-03-12).",
				"numeric_dispute: NYPD said 1 person was arrested (2023-03-12); Daily Mail said 3 (2023-03-12).",
				"numeric_dispute: NYPD said 1 person was arrested (2023-03-12); Essence said at least 50 (2023-03-12).",
				"numeric_dispute: RT said 4 people were arrested (2023-03-12); police said 46 (2023-03-12).",
				"numeric_dispute: Police said 46 people were arrested (2023-03-12); Essence said at least 50 (2023-03-12).",
			},
		},
		{
			// Two articles of one day giving one source two values: the
			// order is unknown, so no revision (and no dispute with itself).
			name: "same-day values from two articles are no revision",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "Makiivka", "Moscow")),
				res("b", "B", "2023-01-02", nil, killed(89, doc.Exact, "Makiivka", "Moscow")),
			},
		},
		{
			// A crowd does not only grow: one source quoted two ways on
			// one day by two outlets is a disagreement of the reports.
			name: "one source quoted two ways on one day",
			results: []doc.Result{
				res("a", "Sky", "2010-05-05", []doc.Mention{loc("Athens")},
					fg{text: "as many as 20,000 people", v: f64(20000), hi: f64(20000), q: doc.AtMost, unit: "person", measure: "gathered", subject: "Athens", claimant: "Police"}),
				res("b", "Reuters", "2010-05-05", []doc.Mention{loc("Athens")},
					fg{text: "roughly 30,000 people", v: f64(30000), q: doc.Approx, unit: "person", measure: "gathered", subject: "Athens", claimant: "Police"}),
			},
			want: []string{"numeric_dispute: Police (as Sky reports) said at most 20,000 people were gathered (2010-05-05); Police (as Reuters reports) said about 30,000 (2010-05-05)."},
		},
		{
			// The missing are found through the day: one source's 10 and
			// 12 of one day are the count moving.
			name: "one source's moving count on one day",
			results: []doc.Result{
				res("a", "Sky", "2010-05-05", []doc.Mention{loc("Athens")},
					fg{text: "10 people", v: f64(10), unit: "person", measure: "missing", subject: "Athens", claimant: "Police"}),
				res("b", "Reuters", "2010-05-05", []doc.Mention{loc("Athens")},
					fg{text: "12 people", v: f64(12), unit: "person", measure: "missing", subject: "Athens", claimant: "Police"}),
			},
		},
		{
			name: "one source quoted two ways on two days",
			results: []doc.Result{
				res("a", "Sky", "2010-05-05", []doc.Mention{loc("Athens")},
					fg{text: "as many as 20,000 people", v: f64(20000), hi: f64(20000), q: doc.AtMost, unit: "person", measure: "gathered", subject: "Athens", claimant: "Police"}),
				res("b", "Reuters", "2010-05-07", []doc.Mention{loc("Athens")},
					fg{text: "roughly 30,000 people", v: f64(30000), q: doc.Approx, unit: "person", measure: "gathered", subject: "Athens", claimant: "Police"}),
			},
			want: []string{"revision: Police first said at most 20,000 people were gathered (2010-05-05), later about 30,000 (2010-05-07)."},
		},
		{
			// Neither report is dated; one town ties them to one event.
			name: "two undated reports of one town",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("Palermo"), org("Cosa Nostra")},
					fg{text: "99 alleged members", v: f64(99), unit: "member", measure: "arrested", subject: "Palermo"}),
				res("b", "B", "", []doc.Mention{loc("Palermo"), org("Cosa Nostra")},
					fg{text: "89 people", v: f64(89), unit: "person", measure: "arrested", subject: "Palermo", claimant: "Ansa"}),
			},
			want: []string{"numeric_dispute: A (unattributed) said 99 people were arrested (undated); Ansa said 89 (undated)."},
		},
		{
			// Their sentences name the same sweep.
			name: "two undated reports whose sentences name one story",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("Palermo")},
					fg{text: "99 alleged members", v: f64(99), unit: "member", measure: "arrested", subject: "Palermo"}.
						in("Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, hanged himself.")),
				res("b", "B", "", []doc.Mention{loc("Palermo"), loc("Sicily")},
					fg{text: "89 people", v: f64(89), unit: "person", measure: "arrested", subject: "Palermo", claimant: "Ansa"}.
						in("Talks with other Mafia bosses led to the police sweep on Tuesday in which 89 people were arrested.")),
			},
			want: []string{"numeric_dispute: A (unattributed) said 99 people were arrested (undated); Ansa said 89 (undated)."},
		},
		{
			// Two undated texts that name only the same city (and a country)
			// tell two stories.
			name: "two undated stories of one city",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("New York"), loc("France"), per("Stephen Crane")},
					fg{text: "28", v: f64(28), unit: "person", measure: "killed", subject: "New York"}),
				res("b", "B", "", []doc.Mention{loc("New York"), loc("France"), per("Paul Tillich")},
					fg{text: "thousands", lo: f64(1000), hi: f64(9999), q: doc.Vague, unit: "person", measure: "killed", subject: "New York"}),
			},
		},
		{
			// A country is too wide to tie two undated reports to one event.
			name: "two undated reports of one country",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{{Kind: doc.Place, Text: "Italy"}},
					fg{text: "99 people", v: f64(99), unit: "person", measure: "arrested", subject: "Italy"}),
				res("b", "B", "", []doc.Mention{{Kind: doc.Place, Text: "Italy"}},
					fg{text: "89 people", v: f64(89), unit: "person", measure: "arrested", subject: "Italy", claimant: "Ansa"}),
			},
		},
		{
			// Arrests go on: a higher count a day later is no dispute.
			name: "a count that grew across sources",
			results: []doc.Result{
				res("a", "A", "2013-03-12", nil, fg{text: "One person", v: f64(1), unit: "person", measure: "arrested", subject: "Flatbush"}),
				res("b", "B", "2013-03-13", nil, fg{text: "46", v: f64(46), unit: "person", measure: "arrested", subject: "Flatbush", claimant: "police"}),
			},
		},
		{
			// A lower count claimed later disputes the higher one.
			name: "a lower count later is a dispute",
			results: []doc.Result{
				res("a", "A", "2023-01-01", nil, killed(400, doc.Exact, "Makiivka", "Kyiv")),
				res("b", "B", "2023-01-04", nil, killed(89, doc.Exact, "Makiivka", "Moscow")),
			},
			want: []string{"numeric_dispute: Kyiv said 400 soldiers were killed (2023-01-01); Moscow said 89 (2023-01-04)."},
		},
		{
			// The date lines give times of day: the later article carries
			// the update.
			name: "same-day values with times of day: a revision in time order",
			results: []doc.Result{
				res("b", "B", "2010-05-05 19:12", nil, killed(18, doc.Exact, "Athens", "Police")),
				res("a", "A", "2010-05-05 13:41", nil, killed(12, doc.Exact, "Athens", "Police")),
			},
			want: []string{"revision: Police first said 12 soldiers were killed (2010-05-05 13:41), later 18 (2010-05-05 19:12)."},
		},
		{
			// Without zones, times an hour apart may be the same instant.
			name: "same-day times too close without zones",
			results: []doc.Result{
				res("a", "A", "2010-05-05 13:41", nil, killed(12, doc.Exact, "Athens", "Police")),
				res("b", "B", "2010-05-05 14:50", nil, killed(18, doc.Exact, "Athens", "Police")),
			},
		},
		{
			// 14:12 at UTC+1 is before 13:41 at UTC-4.
			name: "same-day times with zones",
			results: []doc.Result{
				res("a", "A", "2010-05-05 13:41 -04:00", nil, killed(12, doc.Exact, "Athens", "Police")),
				res("b", "B", "2010-05-05 14:12 +01:00", nil, killed(18, doc.Exact, "Athens", "Police")),
			},
			want: []string{"revision: Police first said 18 soldiers were killed (2010-05-05 14:12 UTC+01:00), later 12 (2010-05-05 13:41 UTC-04:00)."},
		},
		{
			name: "one article gives both values: a revision in text order",
			results: []doc.Result{
				res("a", "A", "2023-01-05", nil,
					killed(63, doc.Exact, "Makiivka", "Moscow").in("Moscow initially said the strike killed 63 soldiers, before revising the number to 89."),
					killed(89, doc.Exact, "Makiivka", "Moscow").in("Moscow initially said the strike killed 63 soldiers, before revising the number to 89.")),
			},
			want: []string{"revision: Moscow first said 63 soldiers were killed (2023-01-05), later 89 (2023-01-05)."},
		},
		{
			// A word of change in a sentence that lists parts does not
			// stand between them: no revision.
			name: "one sentence, a list of places",
			results: []doc.Result{
				res("a", "A", "1987-03-25", nil,
					fg{text: "81", v: f64(81), unit: "person", measure: "killed", claimant: "officials"}.in(
						"The toll in Teri Mangal rose to 81, about 45 people were killed in Lwarai Mandi and 23 died in Angur Adar, the officials said."),
					fg{text: "45 people", v: f64(45), unit: "person", measure: "killed", claimant: "officials"}.in(
						"The toll in Teri Mangal rose to 81, about 45 people were killed in Lwarai Mandi and 23 died in Angur Adar, the officials said."),
					fg{text: "23", v: f64(23), unit: "person", measure: "killed", claimant: "officials"}.in(
						"The toll in Teri Mangal rose to 81, about 45 people were killed in Lwarai Mandi and 23 died in Angur Adar, the officials said.")),
			},
		},
		{
			// One sentence with the word between: "rose from 63 to 89".
			name: "one sentence, from one value to another",
			results: []doc.Result{
				res("a", "A", "2023-01-05", nil,
					killed(63, doc.Exact, "Makiivka", "Moscow").in("Moscow said the toll of 63 soldiers had risen to 89."),
					killed(89, doc.Exact, "Makiivka", "Moscow").in("Moscow said the toll of 63 soldiers had risen to 89.")),
			},
			want: []string{"revision: Moscow first said 63 soldiers were killed (2023-01-05), later 89 (2023-01-05)."},
		},
		{
			// Two values of one source in one article with no word of
			// change are a whole and its part, not a revision.
			name: "one article, a whole and its part",
			results: []doc.Result{
				res("a", "A", "2013-03-13", nil,
					fg{text: "Seven bullets", v: f64(7), unit: "bullet", measure: "hit", subject: "East Flatbush", claimant: "medical examiner",
						sentence: "Seven bullets hit Mr. Gray, including three that entered his body from the rear, according to the medical examiner."},
					fg{text: "three", v: f64(3), unit: "bullet", measure: "hit", subject: "East Flatbush", claimant: "medical examiner",
						sentence: "Seven bullets hit Mr. Gray, including three that entered his body from the rear, according to the medical examiner."}),
			},
		},
		{
			// An article's own figure does not dispute the source it quotes:
			// "two other bullets" is a part of the examiner's seven.
			name: "an article does not dispute its own source",
			results: []doc.Result{
				res("a", "A", "2013-03-13", nil,
					fg{text: "Seven bullets", v: f64(7), unit: "bullet", measure: "hit", subject: "East Flatbush", claimant: "medical examiner"},
					fg{text: "two other bullets", v: f64(2), unit: "bullet", measure: "hit", subject: "East Flatbush"}),
			},
		},
		{
			// C's article gives both 10 (this quake) and 612 (a past one it
			// recalls): it does not dispute B's 10.
			name: "a source giving both values does not dispute",
			results: []doc.Result{
				res("b", "B", "2005-11-28", nil, fg{text: "Ten people", v: f64(10), unit: "person", measure: "killed", subject: "Qeshm"}),
				res("c", "C", "2005-11-28", nil,
					fg{text: "10", v: f64(10), unit: "person", measure: "killed", subject: "Qeshm"},
					fg{text: "612 people", v: f64(612), unit: "person", measure: "killed", subject: "Qeshm"}),
			},
		},
		{
			// "at least hundreds" is a vague lower bound (hundreds and up),
			// which "several hundred" meets.
			name: "vague lower bound",
			results: []doc.Result{
				res("a", "A", "2023-01-03", nil,
					fg{text: "“several hundred”", lo: f64(300), hi: f64(900), q: doc.Vague, unit: "soldier", measure: "casualties", subject: "Makiivka", claimant: "Igor Strelkov"}),
				res("b", "B", "2023-01-04", nil,
					fg{text: "at least “hundreds”", lo: f64(200), q: doc.AtLeast, unit: "soldier", measure: "casualties", subject: "Makiivka", claimant: "Igor Girkin"}),
			},
		},
		{
			// The figures stage may name the outlet as claimant of the
			// article's own statements: that is no attribution. A domain
			// name keeps its lower case at the start of a sentence.
			name: "outlet as claimant is unattributed",
			results: []doc.Result{
				res("a", "foxnews.com", "2023-01-02", nil, killed(3, doc.Exact, "Athens", "foxnews.com")),
				res("b", "bbc.co.uk", "2023-01-03", nil, killed(2, doc.Exact, "Athens", "bbc.co.uk")),
			},
			want: []string{"numeric_dispute: foxnews.com (unattributed) said 3 soldiers were killed (2023-01-02); bbc.co.uk (unattributed) said 2 (2023-01-03)."},
		},
		{
			name: "agreeing claims from different sources",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil,
					killed(5937, doc.Exact, "Ukraine war", rus), killed(600, doc.Approx, "Makiivka", "Russian journalists"),
					fg{text: "dozens", lo: f64(24), hi: f64(99), q: doc.Vague, unit: "soldier", measure: "killed", subject: "Kherson", claimant: ukr}),
				res("b", "B", "2023-01-03", nil,
					killed(6000, doc.Approx, "Ukraine war", ukr), killed(600, doc.Exact, "Makiivka", ukr),
					fg{text: "between 200 and 600", lo: f64(200), hi: f64(600), q: doc.Range, unit: "soldier", measure: "killed", subject: "Bakhmut", claimant: "Russian journalists"},
					killed(400, doc.Exact, "Bakhmut", ukr),
					killed(89, doc.Exact, "Kherson", rus)),
			},
		},
		{
			// Killed and wounded, soldiers and civilians, a war-wide total
			// and one strike's toll, a past month and the event at hand:
			// none of these pairs is one quantity.
			name: "only alike",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil,
					killed(400, doc.Exact, "Makiivka", ukr),
					fg{text: "300 wounded", v: f64(300), q: doc.Exact, unit: "soldier", measure: "wounded", subject: "Makiivka", claimant: rus},
					fg{text: "20 civilians", v: f64(20), q: doc.Exact, unit: "civilian", measure: "killed", subject: "Makiivka", claimant: rus},
					killed(100000, doc.Exact, "war in Ukraine", rus),
					killed(5937, doc.Exact, "Makiivka", rus).on("2022-09-21"),
				),
			},
		},
		{
			// Without a subject, two articles' figures may be about two
			// events: only claims of one article are compared.
			name: "no subject, no dispute across articles",
			results: []doc.Result{
				res("a", "A", "2013-09-14", nil, fg{text: "two", v: f64(2), unit: "person", measure: "killed", claimant: "police"}),
				res("b", "B", "2013-09-15", nil, fg{text: "more than five", v: f64(5), q: doc.AtLeast, unit: "person", measure: "killed", claimant: "prosecutors"}),
			},
		},
		{
			name: "no subject, dispute within one article",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "", "Russian Ministry of Defense"), killed(400, doc.Exact, "", "Ukrainian Ministry of Defense")),
			},
			want: []string{"numeric_dispute: Russian Ministry of Defense said 63 soldiers were killed (2023-01-02); Ukrainian Ministry of Defense said 400 (2023-01-02)."},
		},
		{
			// An article's own figures are its outlet's claims.
			name: "unattributed figures dispute as their outlets",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(400, doc.Exact, "Makiivka", "")),
				res("b", "B", "2023-01-03", nil, killed(89, doc.Exact, "Makiivka", "")),
			},
			want: []string{"numeric_dispute: A (unattributed) said 400 soldiers were killed (2023-01-02); B (unattributed) said 89 (2023-01-03)."},
		},
		{
			// Without a subject two outlets' figures may be about anything.
			name: "no subject, no outlet disputes",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(400, doc.Exact, "", "")),
				res("b", "B", "2023-01-03", nil, killed(89, doc.Exact, "", "")),
			},
		},
		{
			// An article with no date may be about an earlier event of the
			// same place and kind (a quake on the same island years before):
			// its figure is not set against a dated one.
			name: "undated claim, no dispute",
			results: []doc.Result{
				res("a", "A", "", nil, killed(2, doc.Exact, "Qeshm", "the governor")),
				res("b", "B", "2005-11-28", nil, killed(80, doc.Exact, "Qeshm", "the health ministry")),
			},
		},
		{
			// Nor are two undated articles: neither can be tied to the
			// other's event.
			name: "two undated claims, no dispute",
			results: []doc.Result{
				res("a", "A", "", nil, killed(40, doc.Exact, "Dargahan", "")),
				res("b", "B", "", nil, killed(50, doc.Approx, "Dargahan", "")),
			},
		},
		{
			// One undated article still holds its sources' dispute.
			name: "undated article, dispute within it",
			results: []doc.Result{
				res("a", "A", "", nil, killed(63, doc.Exact, "Makiivka", "Moscow"), killed(400, doc.Exact, "Makiivka", "Kyiv")),
			},
			want: []string{"numeric_dispute: Moscow said 63 soldiers were killed (undated); Kyiv said 400 (undated)."},
		},
		{
			// Claims years apart are about two events of one place: no
			// dispute, and no revision by the source that gave both.
			name: "claims years apart, no dispute or revision",
			results: []doc.Result{
				res("a", "A", "2005-11-28", nil, killed(10, doc.Exact, "Qeshm", "police")),
				res("b", "B", "2008-09-10", nil, killed(7, doc.Exact, "Qeshm", "police"), killed(3, doc.Exact, "Qeshm", "the governor")),
			},
			want: []string{"numeric_dispute: Police said 7 soldiers were killed (2008-09-10); the governor said 3 (2008-09-10)."},
		},
		{
			// Within PastWindow of each other, dated claims still dispute.
			name: "claims weeks apart dispute",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(400, doc.Exact, "Makiivka", "Kyiv")),
				res("b", "B", "2023-01-25", nil, killed(89, doc.Exact, "Makiivka", "Moscow")),
			},
			want: []string{"numeric_dispute: Kyiv said 400 soldiers were killed (2023-01-02); Moscow said 89 (2023-01-25)."},
		},
		{
			// An outlet repeating a toll joins the camp of who gave it.
			name: "unattributed figures join camps",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(400, doc.Exact, "Makiivka", "Kyiv"), killed(89, doc.Exact, "Makiivka", "Moscow")),
				res("b", "B", "2023-01-03", nil, killed(89, doc.Exact, "Makiivka", "")),
				res("c", "C", "2023-01-03", nil, fg{text: "hundreds", lo: f64(100), hi: f64(999), q: doc.Vague, unit: "soldier", measure: "killed", subject: "Makiivka"}),
			},
			want: []string{"numeric_dispute: Kyiv (also C) said 400 soldiers were killed (2023-01-02); Moscow (also B) said 89 (2023-01-02)."},
		},
		{
			// Mentions make Serdyukov and Sevryukov entities with a title,
			// in two articles about the same place.
			name: "name variant",
			results: []doc.Result{
				res("a", "WSWS", "2023-01-09", []doc.Mention{m(doc.Person, "Sergei Serdyukov", "Lieutenant General"), loc("Makeevka")}),
				res("b", "WION", "2023-01-04", []doc.Mention{m(doc.Person, "Sergei Sevryukov", "Lt General"), loc("Makiivka")}),
			},
			want: []string{"name_variant: WSWS names Lieutenant General Sergei Serdyukov and WION names Lt General Sergei Sevryukov: same title and given name, similar surnames, never in one article, both about Makeevka; possibly one person."},
		},
		{
			name: "no name variant when both are in one article",
			results: []doc.Result{
				res("a", "WSWS", "2023-01-09", []doc.Mention{m(doc.Person, "Sergei Serdyukov", "Lieutenant General"), m(doc.Person, "Sergei Sevryukov", "Lieutenant General"), loc("Makiivka")}),
			},
		},
		{
			name: "no name variant with different titles",
			results: []doc.Result{
				res("a", "WSWS", "2023-01-09", []doc.Mention{m(doc.Person, "Sergei Serdyukov", "Lieutenant General"), loc("Makiivka")}),
				res("b", "WION", "2023-01-04", []doc.Mention{m(doc.Person, "Sergei Sevryukov", "Colonel"), loc("Makiivka")}),
			},
		},
		{
			name: "date conflict",
			results: []doc.Result{
				res("a", "A", "2023-01-03", nil, killed(63, doc.Exact, "Makiivka", rus).on("2023-01-02")),
				res("b", "B", "2023-01-05", nil, killed(63, doc.Exact, "Makiivka", rus).on("2023-01-03")),
			},
			want: []string{"date_conflict: Russian Ministry of Defense's claim of 63 soldiers were killed: A dates it 2023-01-02; B dates it 2023-01-03."},
		},
		{
			// Claim dates equal to each article's own date only say "on or
			// before": repeating a claim on a later day is no conflict.
			name: "no date conflict for a repeated claim",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "Makiivka", rus).on("2023-01-02")),
				res("b", "B", "2023-01-04", nil, killed(63, doc.Exact, "Makiivka", rus)),
			},
		},
		{
			name: "claim dated after another article published it",
			results: []doc.Result{
				res("a", "A", "2023-01-02", nil, killed(63, doc.Exact, "Makiivka", rus)),
				res("b", "B", "2023-01-06", nil, killed(63, doc.Exact, "Makiivka", rus).on("2023-01-04")),
			},
			want: []string{"date_conflict: Russian Ministry of Defense's claim of 63 soldiers were killed: A published it on 2023-01-02; B dates it 2023-01-04."},
		},
		{
			name: "place conflict",
			results: []doc.Result{
				res("a", "A", "2023-01-03", []doc.Mention{loc("Makiivka")}, killed(63, doc.Exact, "Makiivka", rus)),
				res("b", "B", "2023-01-03", []doc.Mention{loc("Donetsk")}, killed(63, doc.Exact, "Donetsk", rus)),
			},
			want: []string{"place_conflict: Russian Ministry of Defense's 63 soldiers were killed is placed in Makiivka by A and in Donetsk by B."},
		},
		{
			// "Gulf of Aden" holds "Aden": no conflict.
			name: "one place name within the other",
			results: []doc.Result{
				res("a", "A", "2023-01-03", []doc.Mention{loc("Gulf of Aden")}, killed(63, doc.Exact, "Gulf of Aden", rus)),
				res("b", "B", "2023-01-03", []doc.Mention{loc("Aden")}, killed(63, doc.Exact, "Aden", rus)),
			},
		},
		{
			// B names both places (a town and the city it lies by): no conflict.
			name: "no place conflict when an article names both places",
			results: []doc.Result{
				res("a", "A", "2023-01-03", []doc.Mention{loc("Makiivka")}, killed(63, doc.Exact, "Makiivka", rus)),
				res("b", "B", "2023-01-03", []doc.Mention{loc("Donetsk"), loc("Makiivka")}, killed(63, doc.Exact, "Donetsk", rus)),
			},
		},
		{
			// A toll its sentence dates ten days before the article is an
			// earlier accident's, not a value to dispute.
			name: "earlier event at the same place",
			results: []doc.Result{
				res("a", "A", "1987-03-23", []doc.Mention{loc("Grangemouth")},
					fg{text: "Two people", v: f64(2), unit: "person", measure: "killed", subject: "Grangemouth", claimant: "spokesman"}.on("1987-03-13")),
				res("b", "B", "1987-03-30", []doc.Mention{loc("Grangemouth")},
					fg{text: "one person", v: f64(1), unit: "person", measure: "killed", subject: "Grangemouth", claimant: "spokesman"}),
			},
		},
		{
			// Two sides named by the figures' own words are two quantities.
			name: "two sides",
			results: []doc.Result{
				res("a", "A", "1987-03-25", []doc.Mention{loc("Ouadi Doum")},
					fg{text: "1,269 Libyan soldiers", v: f64(1269), unit: "soldier", measure: "killed", subject: "Ouadi Doum", claimant: "high command"}),
				res("b", "B", "1987-03-25", []doc.Mention{loc("Ouadi Doum")},
					fg{text: "29 Chadian soldiers", v: f64(29), unit: "soldier", measure: "killed", subject: "Ouadi Doum", claimant: "Libya"}),
			},
		},
		{
			// A figure that names no side takes the one side of the others.
			name: "one side",
			results: []doc.Result{
				res("a", "A", "2023-01-02", []doc.Mention{loc("Makiivka")}, fg{text: "400 Russian troops", v: f64(400),
					unit: "soldier", measure: "killed", subject: "Makiivka", claimant: "Kyiv"}),
				res("b", "B", "2023-01-04", []doc.Mention{loc("Makiivka")}, killed(89, doc.Exact, "Makiivka", "Moscow")),
			},
			want: []string{"numeric_dispute: Kyiv said 400 soldiers were killed (2023-01-02); Moscow said 89 (2023-01-04)."},
		},
		{
			// "Obama" in an article that names Barack Obama is he, though
			// the run knows another Obama: one source, no dispute.
			name: "surname of a person named in the article",
			results: []doc.Result{
				res("a", "A", "2016-01-05", []doc.Mention{per("Barack Obama"), per("Obama")},
					fg{text: "less than 100", v: f64(100), q: doc.AtMost, unit: "person", measure: "killed", subject: "Kenya", claimant: "Obama"},
					fg{text: "tens of thousands", lo: f64(10000), hi: f64(99999), q: doc.Vague, unit: "person", measure: "killed",
						subject: "Kenya", claimant: "Barack Obama"}),
				res("b", "B", "2016-01-05", []doc.Mention{per("Bo Obama"), per("Obama")}),
			},
		},
		{
			// "The war" with no side may be two wars.
			name: "war-wide totals without a side",
			results: []doc.Result{
				res("a", "A", "1987-03-02", nil, killed(50000, doc.Exact, "war", "Iran")),
				res("b", "B", "1987-03-04", nil, killed(12000, doc.Exact, "war", "Kabul")),
			},
		},
		{
			// A year as subject groups every event of that year.
			name: "year as subject",
			results: []doc.Result{
				res("a", "A", "1996-08-02", nil, fg{text: "500 people", v: f64(500), unit: "person", measure: "killed", subject: "1989", claimant: "police"}),
				res("b", "B", "1996-08-04", nil, fg{text: "150,000 people", v: f64(150000), unit: "person", measure: "killed", subject: "1989", claimant: "UN"}),
			},
		},
		{
			// A person's age: two outlets, one person, two ages.
			name: "age dispute",
			results: []doc.Result{
				res("a", "A", "2013-09-14", []doc.Mention{per("Robert Buckley")}, age(32, "Robert Buckley", "police")),
				res("b", "B", "2013-09-16", []doc.Mention{per("Robert Buckley")}, age(31, "Robert Buckley", "")),
			},
			want: []string{"numeric_dispute: Police said Robert Buckley was 32 (2013-09-14); B (unattributed) said 31 (2013-09-16)."},
		},
		{
			// Undated, a year apart may be a birthday between the articles.
			name: "undated ages a year apart",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{per("Martin Mubanga")}, age(31, "Martin Mubanga", "")),
				res("b", "B", "", []doc.Mention{per("Martin Mubanga")}, age(32, "Martin Mubanga", "")),
			},
		},
		{
			name: "undated ages three years apart",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{per("Martin Mubanga"), loc("Guantanamo Bay")}, age(29, "Martin Mubanga", "")),
				res("b", "B", "", []doc.Mention{per("Martin Mubanga"), loc("Guantanamo Bay")}, age(32, "Martin Mubanga", "")),
			},
			want: []string{"numeric_dispute: A (unattributed) said Martin Mubanga was 29 (undated); B (unattributed) said 32 (undated)."},
		},
		{
			name: "ages of two people",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{per("Robert Buckley")}, age(32, "Robert Buckley", "")),
				res("b", "B", "", []doc.Mention{per("Duncan Rait")}, age(36, "Duncan Rait", "")),
			},
		},
		{
			// A year later the person is older: no dispute.
			name: "ages a year apart",
			results: []doc.Result{
				res("a", "A", "2012-09-14", []doc.Mention{per("Robert Buckley")}, age(31, "Robert Buckley", "")),
				res("b", "B", "2013-09-14", []doc.Mention{per("Robert Buckley")}, age(32, "Robert Buckley", "")),
			},
		},
		{
			// An age is said of no event: its dates make no date_conflict.
			name: "no date conflict for an age",
			results: []doc.Result{
				res("a", "A", "2010-09-10", []doc.Mention{per("Yvonne Hiller")}, age(43, "Yvonne Hiller", "police").on("2010-09-09")),
				res("b", "B", "2010-11-05", []doc.Mention{per("Yvonne Hiller")}, age(43, "Yvonne Hiller", "police").on("2010-11-04")),
			},
		},
		{
			// Two agencies read one quake two ways in one article.
			name: "magnitude dispute in one article",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("Qeshm")}, quake(5.9, "Qeshm", "Tehran's seismologic center"),
					quake(6.1, "Qeshm", "Geological Survey")),
			},
			want: []string{"numeric_dispute: Tehran's seismologic center said the quake at Qeshm was magnitude 5.9 (undated); Geological Survey said 6.1 (undated)."},
		},
		{
			// Two undated reports may be about a quake and its largest
			// aftershock a day later: not compared.
			name: "undated magnitudes of two articles",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("Qeshm")}, quake(5.6, "Qeshm", "ISNA")),
				res("b", "B", "", []doc.Mention{loc("Qeshm")}, quake(5.4, "Qeshm", "Geological Survey")),
			},
		},
		{
			// Two reports giving the quake the same day are about one quake.
			name: "magnitudes of one day",
			results: []doc.Result{
				res("a", "A", "2005-11-28", []doc.Mention{loc("Qeshm")}, quake(5.9, "Qeshm", "IRNA").on("2005-11-27")),
				res("b", "B", "2005-11-28", []doc.Mention{loc("Qeshm")}, quake(6.1, "Qeshm", "Geological Survey").on("2005-11-27"),
					quake(6.1, "Qeshm", "").in("The 6.1 quake flattened villages.")),
			},
			want: []string{"numeric_dispute: IRNA said the quake at Qeshm was magnitude 5.9 (2005-11-27); Geological Survey (also B) said 6.1 (2005-11-27)."},
		},
		{
			// A 4.6 and a 2.0 near one place on one morning are two quakes.
			name: "two quakes of one place",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("The Geysers")}, quake(4.6, "The Geysers", "USGS"),
					quake(2.0, "The Geysers", "USGS")),
			},
		},
		{
			// The later words say which value came first.
			name: "magnitude revised",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("The Geysers")},
					quake(4.2, "The Geysers", "USGS").in("The 4.2 quake struck, according to the USGS, which originally had rated it as 4.4."),
					quake(4.4, "The Geysers", "USGS").in("The 4.2 quake struck, according to the USGS, which originally had rated it as 4.4.")),
			},
			want: []string{"revision: USGS first said the quake at Geysers was magnitude 4.4 (undated), later 4.2 (undated)."},
		},
		{
			// Two outlets give one town two sizes; "about 1,000" and 950 agree.
			name: "population dispute",
			results: []doc.Result{
				res("a", "A", "", []doc.Mention{loc("Qeshm"), loc("Bandar Abbas")}, populace(120000, doc.Exact, "Qeshm", "")),
				res("b", "B", "", []doc.Mention{loc("Qeshm"), loc("Bandar Abbas")}, populace(200000, doc.Exact, "Qeshm", "")),
				res("c", "C", "", []doc.Mention{loc("Bountiful"), per("Winston Blackmore")}, populace(1000, doc.Approx, "Bountiful", "")),
				res("d", "D", "", []doc.Mention{loc("Bountiful"), per("Winston Blackmore")}, populace(950, doc.Exact, "Bountiful", "")),
			},
			want: []string{"numeric_dispute: A (unattributed) said Qeshm had 120,000 people (undated); B (unattributed) said 200,000 (undated)."},
		},
		{
			// Sizes given years apart may both be right.
			name: "populations years apart",
			results: []doc.Result{
				res("a", "A", "2005-11-27", []doc.Mention{loc("Qeshm")}, populace(120000, doc.Exact, "Qeshm", "")),
				res("b", "B", "2008-09-10", []doc.Mention{loc("Qeshm")}, populace(200000, doc.Exact, "Qeshm", "")),
			},
		},
		{
			name: "no place conflict for small numbers",
			results: []doc.Result{
				res("a", "A", "2023-01-03", []doc.Mention{loc("Belgorod")}, killed(2, doc.Exact, "Belgorod", rus)),
				res("b", "B", "2023-01-03", []doc.Mention{loc("Kursk")}, killed(2, doc.Exact, "Kursk", rus)),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Reconcile(tt.results, Options{})
			var got []string
			for _, c := range out.Contradictions {
				got = append(got, string(c.Kind)+": "+c.Explanation)
				if c.ID == "" || c.ClaimA == "" || c.ClaimB == "" || c.SourceA == "" || c.SourceB == "" || c.DocA == "" || c.DocB == "" {
					t.Errorf("incomplete row %+v", c)
				}
				if c.Kind != doc.NameVariant && (c.FigureA == "" || c.FigureB == "") {
					t.Errorf("row without figures %+v", c)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestQuantities(t *testing.T) {
	results := []doc.Result{
		res("a", "A", "2023-01-02", []doc.Mention{loc("Makeevka")},
			killed(63, doc.Exact, "Makeevka", "Russian Ministry of Defense"),
			killed(400, doc.Exact, "", "Kyiv"), // no subject: takes the article's one
			fg{text: "300", v: f64(300), unit: "troop", measure: "injured", subject: "Makeevka", claimant: "Kyiv"},
			fg{text: "four rockets", v: f64(4), unit: "rocket", measure: "fired", subject: "Makeevka", claimant: "Moscow"},
		),
		res("b", "B", "2023-01-04", []doc.Mention{loc("Makiivka")},
			fg{text: "89 servicemen", v: f64(89), unit: "serviceman", measure: "dead", subject: "Makiivka", claimant: "Russia's defence ministry"},
			fg{text: "between 200 and 600 people", lo: f64(200), hi: f64(600), q: doc.Range, unit: "service member", measure: "killed", subject: "Makiivka", claimant: "Russian journalists"},
			killed(5937, doc.Exact, "Makiivka", "Sergei Shoigu").on("2022-09-21"),
		),
	}
	out := Reconcile(results, Options{})
	type row struct {
		subject, measure, unit, period string
		claims, sources                int
		lo, hi                         float64
	}
	var got []row
	for _, q := range out.Quantities {
		got = append(got, row{q.Subject, q.Measure, q.Unit, q.Period, q.Claims, q.Sources, *q.Low, *q.High})
		if len(q.FigureIDs) != q.Claims {
			t.Errorf("%s: %d figure IDs for %d claims", q.Subject, len(q.FigureIDs), q.Claims)
		}
	}
	want := []row{
		{"Makeevka", "fired", "rocket", "", 1, 1, 4, 4},
		// 63 and 89 from one source (the Russian government), 400 from
		// Kyiv (the Ukrainian), 200..600 from journalists.
		{"Makeevka", "killed", "soldier", "", 4, 3, 63, 600},
		{"Makeevka", "killed", "soldier", "2022-09", 1, 1, 5937, 5937},
		{"Makeevka", "wounded", "soldier", "", 1, 1, 300, 300},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d quantities %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quantity %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	// Subjects and claimants are resolved to canonical entity names.
	for ri, r := range results {
		for fi, f := range r.Figures {
			if s := out.Attributions[ri][fi].Subject; s != "" && s != "Makeevka" {
				t.Errorf("figure %q: subject %q, want Makeevka", f.Text, s)
			}
		}
	}
}

// TestQuantitiesOverTime: one place's figures of two periods more than
// PastWindow apart are two quantities, each with the month it begins in;
// undated figures, which could be of either, a third.
func TestQuantitiesOverTime(t *testing.T) {
	march := func(n float64, claimant string) fg {
		return fg{text: "marchers", v: f64(n), q: doc.Approx, unit: "person", measure: "gathered", subject: "Athens", claimant: claimant}
	}
	results := []doc.Result{
		res("a", "A", "2008-12-10", []doc.Mention{loc("Athens")}, march(1000, "police")),
		res("b", "B", "2010-05-05", []doc.Mention{loc("Athens")}, march(20000, "police")),
		res("c", "C", "2010-05-06", []doc.Mention{loc("Athens")}, march(100000, "unions")),
		res("d", "D", "", []doc.Mention{loc("Athens")}, march(5000, "police")),
	}
	out := Reconcile(results, Options{})
	var got []string
	for _, q := range out.Quantities {
		got = append(got, fmt.Sprintf("%s %s %q %d %g-%g", q.Subject, q.Measure, q.Period, q.Claims, *q.Low, *q.High))
	}
	want := []string{`Athens gathered "" 1 5000-5000`, `Athens gathered "2008-12" 1 1000-1000`, `Athens gathered "2010-05" 2 20000-100000`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quantities:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// One period, with undated figures: one quantity, as before.
	out = Reconcile(results[1:], Options{})
	if len(out.Quantities) != 1 || out.Quantities[0].Period != "" || out.Quantities[0].Claims != 3 {
		t.Errorf("one period: %+v", out.Quantities)
	}
}

func TestQuantityGrouping(t *testing.T) {
	type row struct {
		subject, measure, unit string
		claims                 int
	}
	tests := []struct {
		name    string
		results []doc.Result
		want    []row
	}{
		{
			// HuffPost names the city nearby and the town; its toll is
			// WION's: one strike, one quantity, under the specific place
			// the other articles use.
			name: "one event under two places",
			results: []doc.Result{
				res("a", "A", "2023-01-04", []doc.Mention{loc("Makiivka")}, killed(89, doc.Exact, "Makiivka", "Moscow")),
				res("b", "B", "2023-01-05", []doc.Mention{loc("Makiivka")}, killed(89, doc.Exact, "Makiivka", "")),
				res("c", "C", "2023-01-05", []doc.Mention{loc("Donetsk"), loc("Makiivka")}, killed(89, doc.Exact, "Donetsk", "Moscow")),
			},
			want: []row{{"Makiivka", "killed", "soldier", 3}},
		},
		{
			// Figures of an article that does not name the place join it
			// when two sources each repeat their own toll.
			name: "no subject, same voices",
			results: []doc.Result{
				res("a", "A", "2023-01-04", []doc.Mention{loc("Makiivka")}, killed(63, doc.Exact, "Makiivka", "Russian Ministry of Defense"), killed(400, doc.Exact, "Makiivka", "Kyiv")),
				res("b", "B", "2023-01-02", []doc.Mention{loc("Donetsk")}, killed(63, doc.Exact, "", "Russia's defence ministry"), killed(400, doc.Exact, "", "Ukraine's military")),
			},
			want: []row{{"Makiivka", "killed", "soldier", 4}},
		},
		{
			// A war-wide total in an article about the strike does not
			// agree with the strike's toll: it stays apart.
			name: "war-wide total stays apart",
			results: []doc.Result{
				res("a", "A", "2023-01-04", []doc.Mention{loc("Makiivka")}, killed(89, doc.Exact, "Makiivka", "Moscow")),
				res("b", "B", "2023-01-05", []doc.Mention{loc("Makiivka"), loc("Ukraine")}, killed(89, doc.Exact, "Makiivka", "Moscow"), killed(5937, doc.Exact, "Ukraine", "Moscow")),
			},
			want: []row{{"Makiivka", "killed", "soldier", 2}, {"Ukraine", "killed", "soldier", 1}},
		},
		{
			// Two strikes in one article with different tolls keep their
			// places.
			name: "two strikes",
			results: []doc.Result{
				res("a", "A", "2023-01-04", []doc.Mention{loc("Kramatorsk"), loc("Pokrovsk")}, killed(12, doc.Exact, "Kramatorsk", "police"), killed(3, doc.Exact, "Pokrovsk", "police")),
				res("b", "B", "2023-01-04", []doc.Mention{loc("Kramatorsk")}, killed(12, doc.Exact, "Kramatorsk", "")),
			},
			want: []row{{"Kramatorsk", "killed", "soldier", 2}, {"Pokrovsk", "killed", "soldier", 1}},
		},
		{
			// A figure with no measure or no unit is in no quantity.
			name: "no measure, no quantity",
			results: []doc.Result{
				res("a", "A", "2023-01-04", nil,
					fg{text: "$2 million", v: f64(2e6), unit: "usd", subject: "Athens"},
					fg{text: "12", v: f64(12), measure: "killed", subject: "Athens"},
					fg{text: "3 people", v: f64(3), unit: "person", measure: "killed", subject: "Athens"}),
			},
			want: []row{{"Athens", "killed", "person", 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Reconcile(tt.results, Options{})
			var got []row
			for _, q := range out.Quantities {
				got = append(got, row{q.Subject, q.Measure, q.Unit, q.Claims})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
