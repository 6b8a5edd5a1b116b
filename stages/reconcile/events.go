package reconcile

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"factpipe/doc"
)

// EventWindow is how far apart two dated tellings of one person's event
// may be and still be about the same event: further apart, they tell of
// two (a man arrested twice).
const EventWindow = 7 * 24 * time.Hour

// eventClaim is an event with its source and resolved subject.
type eventClaim struct {
	ev      *doc.Event
	ri      int
	info    *doc.Info
	src     source
	subject string // canonical name of the person
}

// telling is one side of a date_conflict row: the best claim of a camp,
// and how many other articles give the same day.
type telling struct {
	*eventClaim
	also int
}

// resolveEvents returns every event of digests with its subject and
// claimant resolved to canonical names, in order of document path, then
// as each digest lists them (text order), and the claims reconciliation
// compares, by person and action.
func resolveEvents(digests []doc.Digest, ix *entityIndex) ([]doc.Event, map[string][]*eventClaim) {
	var out []doc.Event
	groups := map[string][]*eventClaim{}
	order := make([]int, len(digests))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(digests[a].Doc.Path, digests[b].Doc.Path) })
	for _, ri := range order {
		d := &digests[ri]
		for ei := range d.Events {
			ev := &d.Events[ei]
			claimant := ix.inArticle(ri, ev.Claimant)
			c := &eventClaim{ev: ev, ri: ri, info: &d.Doc, src: ix.sourceOf(claimant, d.Doc), subject: ev.Subject}
			key := "name:" + fold(ev.Subject)
			r := *ev
			if e := ix.resolve(ev.Subject, doc.Person); e >= 0 {
				key, c.subject = "entity:"+ix.entities[e].ID, ix.entities[e].Name
				r.PersonID = ix.entities[e].ID
			}
			r.Subject, r.Claimant = c.subject, ix.claimantName(claimant)
			if ev.Place != "" {
				r.Place = placeName(ix, ev.Place)
			}
			out = append(out, r)
			key += "\x00" + ev.Action
			groups[key] = append(groups[key], c)
		}
	}
	return out, groups
}

// eventConflicts adds a date_conflict row where two documents give one
// person's event (same person, same action) days that cannot both be
// right (see sameDay). A document that gives one event two days itself
// tells of two events, and is left out. Documents that agree form a camp;
// each camp that disagrees with the largest is compared with it, on its
// best claim (attributed before unattributed, a full date before a bare
// weekday, then by path): k camps make at most k-1 rows.
func eventConflicts(groups map[string][]*eventClaim, add func(doc.Contradiction, ...string)) {
	pairs := map[eventPair][][2]telling{}
	var keys []eventPair
	for _, key := range slices.Sorted(maps.Keys(groups)) {
		byDoc := map[int][]*eventClaim{}
		var docs []int
		for _, c := range groups[key] {
			if c.ev.On.IsZero() && c.ev.Weekday == "" {
				continue // an incident's place without a day
			}
			if _, ok := byDoc[c.ri]; !ok {
				docs = append(docs, c.ri)
			}
			byDoc[c.ri] = append(byDoc[c.ri], c)
		}
		if len(docs) < 2 {
			continue
		}
		var camps [][]*eventClaim
	docs:
		for _, ri := range docs {
			cs := byDoc[ri]
			for _, c := range cs[1:] {
				if !sameDay(cs[0], c) {
					continue docs
				}
			}
			rep := slices.MinFunc(cs, betterEvent)
			placed := false
			for i, camp := range camps {
				if sameDay(camp[0], rep) {
					camps[i] = append(camp, rep)
					placed = true
					break
				}
			}
			if !placed {
				camps = append(camps, []*eventClaim{rep})
			}
		}
		if len(camps) < 2 {
			continue
		}
		slices.SortStableFunc(camps, func(a, b []*eventClaim) int { return cmp.Compare(len(b), len(a)) })
		big := slices.MinFunc(camps[0], betterEvent)
		for _, camp := range camps[1:] {
			other := slices.MinFunc(camp, betterEvent)
			if sameDay(big, other) { // agree, or cannot be compared
				continue
			}
			a, b := telling{big, len(camps[0]) - 1}, telling{other, len(camp) - 1}
			if b.info.Path < a.info.Path {
				a, b = b, a
			}
			k := eventPair{a.ev.DocID, a.ev.Text, b.ev.DocID, b.ev.Text, a.ev.Action}
			if _, ok := pairs[k]; !ok {
				keys = append(keys, k)
			}
			pairs[k] = append(pairs[k], [2]telling{a, b})
		}
	}
	// People whose one event two articles date differently in the same
	// phrases ("Blackmore and Oler were arrested Wednesday" against "...
	// on Tuesday") make one row.
	for _, k := range keys {
		ps := pairs[k]
		slices.SortFunc(ps, func(x, y [2]telling) int {
			return cmp.Or(cmp.Compare(x[0].ev.Start, y[0].ev.Start), cmp.Compare(x[0].subject, y[0].subject))
		})
		a, b := ps[0][0], ps[0][1]
		var names, ids []string
		for _, p := range ps {
			if !slices.Contains(names, p[0].subject) {
				names = append(names, p[0].subject)
			}
			ids = append(ids, p[0].ev.ID, p[1].ev.ID)
		}
		slices.Sort(ids)
		who := strings.Join(names, " and ")
		if a.ev.Action == incidentAction {
			who = "the " + who // an incident's kind: "the attack"
		}
		la, lb := a.src.label, b.src.label
		if a.src.key == b.src.key {
			// One source quoted two ways: say by whom.
			la, lb = asReported(a.src.label, a.info), asReported(b.src.label, b.info)
		}
		add(doc.Contradiction{
			Kind: doc.DateConflict, Subject: who,
			EventA: a.ev.ID, EventB: b.ev.ID,
			ClaimA: eventText(who, a.eventClaim, len(names)), ClaimB: eventText(who, b.eventClaim, len(names)),
			SourceA: la, SourceB: lb,
			DocA: a.info.ID, DocB: b.info.ID,
			Explanation: fmt.Sprintf("%s said %s %s %s (%s); %s said %s (%s).",
				withOthers(la, a.also), who, happened(a.ev.Action, len(names)), clean(a.ev.Text), eventDay(a.eventClaim),
				withOthers(lb, b.also), clean(b.ev.Text), eventDay(b.eventClaim)),
		}, ids...)
	}
}

// eventPair identifies a date_conflict row: two tellings of one action.
type eventPair struct {
	docA, textA, docB, textB, action string
}

// sameDay reports whether two tellings of an event agree on its day, or
// cannot be compared (see comparable). Two dates agree when equal, two
// weekdays when equal. A day
// either side agrees when either phrase puts the event near midnight
// ("late Tuesday" and "early Wednesday", "Thursday night" and Friday).
func sameDay(a, b *eventClaim) bool {
	if !comparable(a, b) {
		return true
	}
	x, y := a.ev, b.ev
	if p := coarser(x, y); p != "day" {
		return periodsApart(x.On, y.On, p) == 0
	}
	apart := 0
	if !x.On.IsZero() && !y.On.IsZero() {
		apart = int(y.On.Sub(x.On).Hours() / 24)
	} else {
		apart = int(weekdayOf(y.Weekday)-weekdayOf(x.Weekday)+7) % 7
		if apart > 3 {
			apart -= 7
		}
	}
	if apart < 0 {
		apart = -apart
	}
	// A story may tell several incidents of one kind (the attacks of a
	// war, a week of strikes): two days more than IncidentGap apart are
	// two incidents, not a disagreement on one.
	if x.Action == incidentAction && apart > IncidentGap {
		return true
	}
	return apart == 0 || apart == 1 && (x.Edge || y.Edge)
}

// incidentAction is the action of an incident's day (an attack, a quake,
// a fire), which the figures stage gives events of no person.
const incidentAction = "happened"

// IncidentGap is how many days apart two reports of a story's incident of
// one kind may put it and still speak of one incident: one day (the eve
// of a holiday against the holiday, a time zone, a strike at midnight).
const IncidentGap = 1

// comparable reports whether two tellings can be compared: both give a
// date, within EventWindow of each other (further apart, they tell of two
// events), or neither does and both name a weekday. A weekday without a
// date may be of any week, any year: it is not set against a date ("was
// fired Saturday" in an undated report of one firing, "was fired March
// 2" of another, years before).
func comparable(a, b *eventClaim) bool {
	x, y := a.ev, b.ev
	if p := coarser(x, y); p != "day" {
		// A month or a year: the same or the next one (June 27 and July
		// 1973, 2007 and 2008) is one event told two ways; further apart,
		// two events (convicted in 2007, and again in 2011).
		return !x.On.IsZero() && !y.On.IsZero() && periodsApart(x.On, y.On, p) <= 1
	}
	switch {
	case !x.On.IsZero() && !y.On.IsZero():
		d := y.On.Sub(x.On)
		return d <= EventWindow && d >= -EventWindow
	case x.On.IsZero() && y.On.IsZero():
		return x.Weekday != "" && y.Weekday != ""
	}
	return false
}

// coarser returns the coarser precision of two events: "year", "month"
// or "day".
func coarser(x, y *doc.Event) string {
	for _, p := range []string{"year", "month"} {
		if x.Precision == p || y.Precision == p {
			return p
		}
	}
	return "day"
}

// periodsApart returns how many months (or years, for precision "year")
// lie between the months (years) of two days.
func periodsApart(a, b time.Time, precision string) int {
	n := b.Year() - a.Year()
	if precision == "month" {
		n = n*12 + int(b.Month()) - int(a.Month())
	}
	if n < 0 {
		n = -n
	}
	return n
}

// weekdayOf parses a weekday's English name.
func weekdayOf(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return d
		}
	}
	return 0
}

// betterEvent orders the tellings of one camp: attributed first, then
// with a full date, then by path and position.
func betterEvent(a, b *eventClaim) int {
	return cmp.Or(-cmp.Compare(btoi(a.src.attributed), btoi(b.src.attributed)),
		-cmp.Compare(btoi(!a.ev.On.IsZero()), btoi(!b.ev.On.IsZero())),
		cmp.Compare(a.info.Path, b.info.Path), cmp.Compare(a.ev.Start, b.ev.Start))
}

// happened renders an action as a predicate for n people: "died", "was
// arrested", "were arrested"; an incident "happened".
func happened(action string, n int) string {
	switch action {
	case "died", "resigned", "surrendered", "retired", "pleaded guilty", incidentAction:
		return action
	}
	if n > 1 {
		return "were " + action
	}
	return "was " + action
}

// eventText is one telling as a readable line: "W. Mark Felt died
// Thursday".
func eventText(who string, c *eventClaim, n int) string {
	return who + " " + happened(c.ev.Action, n) + " " + clean(c.ev.Text)
}

// withOthers is a telling's source label, with the number of other
// articles that give the same day: "Rob Jones (and 8 other articles)".
func withOthers(label string, also int) string {
	switch also {
	case 0:
		return label
	case 1:
		return label + " (and 1 other article)"
	}
	return fmt.Sprintf("%s (and %d other articles)", label, also)
}

// eventDay says which day a telling gives: "2013-06-06", with the weekday
// when the phrase does not name it ("2013-06-06, a Thursday" for
// "yesterday"), or "undated article".
func eventDay(c *eventClaim) string {
	if c.ev.On.IsZero() {
		return "undated article"
	}
	switch c.ev.Precision {
	case "year":
		return c.ev.On.Format("2006")
	case "month":
		return c.ev.On.Format("2006-01")
	}
	d := c.ev.On.Format("2006-01-02")
	if !strings.Contains(c.ev.Text, c.ev.Weekday) {
		d += ", a " + c.ev.Weekday
	}
	return d
}

// clean joins a phrase's words with single spaces.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
