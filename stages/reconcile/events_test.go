package reconcile

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"factpipe/doc"
)

// ev describes an event; evRes turns it into a doc.Event.
type ev struct {
	person, action, text string
	on                   string // YYYY-MM-DD or ""
	claimant             string
}

// edge marks an event told near midnight.
const edge = "\x00edge"

// evRes is res with events: each person of the events is also a mention.
func evRes(path, outlet, pub string, evs ...ev) doc.Result {
	var ms []doc.Mention
	for _, e := range evs {
		ms = append(ms, per(e.person))
	}
	r := res(path, outlet, pub, ms)
	for i, e := range evs {
		start := 30000 + i*100
		text, isEdge := strings.CutSuffix(e.text, edge)
		x := doc.Event{
			ID: doc.HashID(r.Doc.ID, strconv.Itoa(start)), DocID: r.Doc.ID, Start: start, End: start + len(text),
			Text: text, Subject: e.person, Action: e.action, On: day0(e.on), Edge: isEdge, Claimant: e.claimant,
		}
		for _, w := range strings.Fields(text) {
			if d := weekdayOf(w); d != 0 || w == "Sunday" {
				x.Weekday = d.String()
			}
		}
		// "in 1969" gives a year, "in July 1973" a month.
		x.Precision = "day"
		if ws := strings.Fields(text); ws[0] == "in" {
			x.Precision = map[int]string{2: "year", 3: "month"}[len(ws)]
		}
		if x.Weekday == "" && !x.On.IsZero() && x.Precision == "day" {
			x.Weekday = x.On.Weekday().String()
		}
		r.Events = append(r.Events, x)
	}
	return r
}

// TestEventConflicts: two articles that give one person's event two days
// make a date_conflict row, told apart from days that agree, from days a
// midnight apart, from tellings too far apart to be one event, and from an
// article that gives two days itself.
func TestEventConflicts(t *testing.T) {
	felt := func(text, on, claimant string) ev { return ev{"Mark Felt", "died", text, on, claimant} }
	tests := []struct {
		name    string
		results []doc.Result
		want    []string // "kind: explanation" of every row
	}{
		{
			// A month against a day of the month before: one plea told
			// two ways.
			name: "a month and a date",
			results: []doc.Result{
				evRes("a", "NYT", "", ev{"Fred LaRue", "pleaded guilty", "in July 1973", "1973-07-01", ""}),
				evRes("b", "LAT", "", ev{"Fred LaRue", "pleaded guilty", "on June 27, 1973", "1973-06-27", ""}),
			},
			want: []string{"date_conflict: NYT (unattributed) said Fred LaRue pleaded guilty in July 1973 (1973-07); LAT (unattributed) said on June 27, 1973 (1973-06-27, a Wednesday)."},
		},
		{
			// A month and a day in it agree; a year and a month in it too.
			name: "a period and a day in it",
			results: []doc.Result{
				evRes("a", "NYT", "", ev{"Fred LaRue", "pleaded guilty", "in June 1973", "1973-06-01", ""}),
				evRes("b", "LAT", "", ev{"Fred LaRue", "pleaded guilty", "on June 27, 1973", "1973-06-27", ""}),
				evRes("c", "AP", "", ev{"Fred LaRue", "pleaded guilty", "in 1973", "1973-01-01", ""}),
			},
		},
		{
			// Years apart: two convictions, not one told two ways.
			name: "years apart",
			results: []doc.Result{
				evRes("a", "NYT", "", ev{"Warren Jeffs", "convicted", "in September 2007", "2007-09-01", ""}),
				evRes("b", "LAT", "", ev{"Warren Jeffs", "convicted", "in 2011", "2011-01-01", ""}),
			},
		},
		{
			name: "adjacent years",
			results: []doc.Result{
				evRes("a", "NYT", "", ev{"Warren Jeffs", "convicted", "in September 2007", "2007-09-01", ""}),
				evRes("b", "LAT", "", ev{"Warren Jeffs", "convicted", "in 2008", "2008-01-01", ""}),
			},
			want: []string{"date_conflict: NYT (unattributed) said Warren Jeffs was convicted in September 2007 (2007-09); LAT (unattributed) said in 2008 (2008)."},
		},
		{
			name: "two weekdays, undated",
			results: []doc.Result{
				evRes("a", "", "", felt("Thursday", "", "Rob Jones")),
				evRes("b", "", "", felt("Thursday", "", "")),
				evRes("c", "", "", felt("on Friday", "", "")),
			},
			want: []string{"date_conflict: Rob Jones (and 1 other article) said Mark Felt died Thursday (undated article); c (unattributed) said on Friday (undated article)."},
		},
		{
			name: "two dates",
			results: []doc.Result{
				evRes("a", "AP", "2008-12-19", felt("yesterday", "2008-12-18", "")),
				evRes("b", "BBC", "2008-12-20", felt("on Friday", "2008-12-19", "")),
			},
			want: []string{"date_conflict: AP (unattributed) said Mark Felt died yesterday (2008-12-18, a Thursday); BBC (unattributed) said on Friday (2008-12-19)."},
		},
		{
			// An undated weekday may be of another year: Cheeks fired by
			// one team on a Saturday, by another on 2 March 2005.
			name: "a date against an undated weekday",
			results: []doc.Result{
				evRes("a", "", "", ev{"Maurice Cheeks", "fired", "On Saturday", "", ""}),
				evRes("b", "ESPN", "2005-05-24", ev{"Maurice Cheeks", "fired", "March 2", "2005-03-02", ""}),
			},
		},
		{
			name: "two people, one row",
			results: []doc.Result{
				evRes("a", "", "", ev{"Winston Blackmore", "arrested", "Wednesday", "", "Wally Oppal"},
					ev{"James Oler", "arrested", "Wednesday", "", "Wally Oppal"}),
				evRes("b", "", "", ev{"Winston Blackmore", "arrested", "on Tuesday", "", "Wally Oppal"},
					ev{"James Oler", "arrested", "on Tuesday", "", "Wally Oppal"}),
			},
			want: []string{"date_conflict: Wally Oppal (as a reports) said Winston Blackmore and James Oler were arrested Wednesday (undated article); Wally Oppal (as b reports) said on Tuesday (undated article)."},
		},
		{
			name: "same day",
			results: []doc.Result{
				evRes("a", "AP", "2013-06-07", ev{"Esther Williams", "died", "yesterday", "2013-06-06", ""}),
				evRes("b", "", "", ev{"Esther Williams", "died", "early Thursday" + edge, "", ""}),
				evRes("c", "BBC", "2013-06-08", ev{"Esther Williams", "died", "on 6th June", "2013-06-06", ""}),
			},
		},
		{
			name: "near midnight",
			results: []doc.Result{
				evRes("a", "", "", ev{"Lindsay Lohan", "arrested", "late Thursday" + edge, "", ""}),
				evRes("b", "", "", ev{"Lindsay Lohan", "arrested", "early Friday" + edge, "", ""}),
			},
		},
		{
			name: "dates too far apart are two events",
			results: []doc.Result{
				evRes("a", "A", "2009-01-08", ev{"Gary Gomes", "arrested", "Tuesday", "2009-01-06", ""}),
				evRes("b", "B", "2009-03-20", ev{"Gary Gomes", "arrested", "Thursday", "2009-03-19", ""}),
			},
		},
		{
			name: "two actions",
			results: []doc.Result{
				evRes("a", "", "", ev{"Gary Gomes", "arrested", "Tuesday", "", ""}),
				evRes("b", "", "", ev{"Gary Gomes", "charged", "Wednesday", "", ""}),
			},
		},
		{
			name: "two people",
			results: []doc.Result{
				evRes("a", "", "", ev{"Gary Gomes", "arrested", "Tuesday", "", ""}),
				evRes("b", "", "", ev{"Lindsay Lohan", "arrested", "Wednesday", "", ""}),
			},
		},
		{
			name: "an article with two days tells of two events",
			results: []doc.Result{
				evRes("a", "", "", ev{"Gary Gomes", "arrested", "Tuesday", "", ""}, ev{"Gary Gomes", "arrested", "Friday", "", ""}),
				evRes("b", "", "", ev{"Gary Gomes", "arrested", "Friday", "", ""}),
			},
		},
		{
			name: "within one article",
			results: []doc.Result{
				evRes("a", "", "", felt("Thursday", "", ""), felt("on Thursday", "", "")),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Reconcile(tt.results, Options{})
			var got []string
			for _, c := range ofKind(out.Contradictions, doc.DateConflict) {
				got = append(got, string(c.Kind)+": "+c.Explanation)
				if c.EventA == "" || c.EventB == "" || c.FigureA != "" || c.DocA == c.DocB {
					t.Errorf("row %+v: want two events of two documents, no figures", c)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			n := 0
			for _, r := range tt.results {
				n += len(r.Events)
			}
			if len(out.Events) != n {
				t.Errorf("%d events out, want %d", len(out.Events), n)
			}
			// Every event's person is a person entity of the run.
			ids := map[string]string{}
			for _, e := range out.Entities {
				if e.Kind == doc.Person {
					ids[e.ID] = e.Name
				}
			}
			for _, e := range out.Events {
				if name, ok := ids[e.PersonID]; !ok || name != e.Subject {
					t.Errorf("event of %q: person %q (%q), want the entity of that name", e.Subject, e.PersonID, name)
				}
			}
		})
	}
}

// TestEventConflictsDeterminism: the rows do not depend on the order of
// the results or of the events within them.
func TestEventConflictsDeterminism(t *testing.T) {
	run := func() []doc.Result {
		felt := func(text, on, claimant string) ev { return ev{"Mark Felt", "died", text, on, claimant} }
		return []doc.Result{
			evRes("a", "", "", felt("Thursday", "", "Rob Jones"), ev{"Gary Gomes", "arrested", "Tuesday", "", ""}),
			evRes("b", "", "", felt("Thursday", "", ""), ev{"Gary Gomes", "arrested", "on Wednesday", "", ""}),
			evRes("c", "", "", felt("on Friday", "", ""), ev{"Gary Gomes", "arrested", "Wednesday", "", "police"}),
			evRes("d", "", "", felt("on Saturday", "", "")),
		}
	}
	want := Reconcile(run(), Options{}).Contradictions
	if len(want) != 3 {
		t.Fatalf("%d rows, want 3: %+v", len(want), want)
	}
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 2))
		rs := run()
		rng.Shuffle(len(rs), func(a, b int) { rs[a], rs[b] = rs[b], rs[a] })
		for i := range rs {
			rng.Shuffle(len(rs[i].Events), func(a, b int) { rs[i].Events[a], rs[i].Events[b] = rs[i].Events[b], rs[i].Events[a] })
		}
		if got := Reconcile(rs, Options{}).Contradictions; !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: rows differ:\n%+v\nwant\n%+v", seed, got, want)
		}
	}
}

// TestEventSourceLabel: a source is named one way in every row, whether its
// claims are figures or events.
func TestEventSourceLabel(t *testing.T) {
	a := evRes("a", "A", "", ev{"Gary Gomes", "arrested", "Tuesday", "", "Moscow"})
	a.Figures = res("a", "A", "", nil, fg{text: "12 soldiers", v: f64(12), unit: "soldier", measure: "killed",
		subject: "Makiivka", claimant: "Russia's defence ministry"}).Figures
	b := evRes("b", "B", "", ev{"Gary Gomes", "arrested", "on Wednesday", "", ""})
	out := Reconcile([]doc.Result{a, b}, Options{})
	rows := ofKind(out.Contradictions, doc.DateConflict)
	if len(rows) != 1 || rows[0].SourceA != "Russia's defence ministry" {
		t.Errorf("rows %+v, want one naming Russia's defence ministry", rows)
	}
}
