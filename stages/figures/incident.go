package figures

import (
	"strconv"
	"strings"
	"time"

	"factpipe/doc"
	"factpipe/lexicon"
)

// IncidentAction is the action of an incident's event: an attack, a quake
// or a fire happened on the day its article gives.
const IncidentAction = "happened"

// incidents appends to st.evs the day and the place of each incident of
// parsed sentence si, as the incident families read them from the parse:
// "the strike took place on New Year's Day", "a fire on Tuesday", "the
// strike hit a school in the city of X". The event's subject is the kind
// of incident ("attack" for a strike, a bombing, a blast), so that a
// story's reports of its incident are compared, and its action
// IncidentAction. An incident the background families mark (another, an
// earlier one, one dated by a month or a year) is left out.
func (st *docState) incidents(si int, toks []tok, attrs []attr) {
	ps := st.parsed(si)
	if ps == nil {
		return
	}
	for w, lo := range ps.s.Lower {
		kind := lexicon.Incident(lo)
		// An earlier or another incident ("a quake killed 26,000 in
		// the city in December 2003") is not the story's.
		if kind == "" || st.backgroundAt(ps, w) {
			continue
		}
		var dp dayPhrase
		dated := false
		for _, m := range st.e.g.incidents.Find(&ps.s, w) {
			if dp, dated = st.dayOfWord(toks, ps, m.Word("day")); dated {
				break
			}
		}
		var place doc.Mention
		for _, m := range st.e.g.incidentPlaces.Find(&ps.s, w) {
			if pl, ok := st.placeIn(ps, m.Word("place")); ok {
				place = pl
				break
			}
		}
		if dated || place.Text != "" {
			st.addIncident(si, toks, attrs, kind, dp, dated, place)
		}
	}
}

// placeIn returns the first mention of a place resolved in the gazetteer
// within the phrase headed by parse word w ("a school building in the city
// of X": X), else the first mention of a place there. A place after a word
// of distance or direction ("14 miles northeast of X", "near X", "off X")
// is a landmark, not where the incident happened, and so is any place
// after it.
func (st *docState) placeIn(ps *parsedSentence, w int) (doc.Mention, bool) {
	lo, hi := ps.span(w)
	for i := lo; i <= hi; i++ {
		if nearby(ps.s.Lower[i]) {
			hi = i - 1
			break
		}
	}
	if hi < lo {
		return doc.Mention{}, false
	}
	start, end := ps.toks[lo].Start, ps.toks[hi].End
	var first doc.Mention
	for _, m := range st.mentions {
		if m.Kind != doc.Place || m.Start < start || m.End > end {
			continue
		}
		if strings.HasPrefix(m.Ref, "geonames:") {
			return m, true
		}
		if first.Text == "" {
			first = m
		}
	}
	return first, first.Text != ""
}

// span returns the first and last words of the subtree of word w.
func (ps *parsedSentence) span(w int) (int, int) {
	lo, hi := w, w
	for i := range ps.s.Words {
		for a, steps := i, 0; a >= 0 && steps < len(ps.s.Words); a, steps = ps.s.Words[a].Head, steps+1 {
			if a == w {
				lo, hi = min(lo, i), max(hi, i)
				break
			}
		}
	}
	return lo, hi
}

// dayOfWord reads the day phrase whose head is parse word w: from the
// first word of its phrase, or from w.
func (st *docState) dayOfWord(toks []tok, ps *parsedSentence, w int) (dayPhrase, bool) {
	first, _ := ps.nounPhrase(w, len(ps.s.Words))
	for _, at := range []int{first, w} {
		i := tokAt(toks, ps.toks[at].Start)
		if i < 0 {
			continue
		}
		if dp, ok := st.dayAt(toks, i); ok {
			return dp, true
		}
	}
	return dayPhrase{}, false
}

// addIncident appends the event of an incident of that kind, on dp when
// dated, in place when it has a mention.
func (st *docState) addIncident(si int, toks []tok, attrs []attr, kind string, dp dayPhrase, dated bool, place doc.Mention) {
	d := st.d
	start, end := place.Start, place.End
	ev := doc.Event{Subject: kind, Action: IncidentAction, Precision: "day", Place: place.Text, PlaceRef: place.Ref}
	if dated {
		start, end = toks[dp.first].start, toks[dp.last-1].end
		ev.On, ev.Weekday, ev.Edge = dp.on, dp.weekday, dp.edge
	}
	text := d.Text[start:end]
	ev.ID = doc.HashID(d.ID, strconv.Itoa(start), strconv.Itoa(end), text, kind, IncidentAction)
	ev.DocID, ev.Sentence, ev.Start, ev.End, ev.Text = d.ID, si, start, end, text
	first, last := tokAt(toks, start), tokAt(toks, end-1)+1
	if first >= 0 && last > first {
		ev.Claimant, _, _ = st.claimant(toks, phrase{first: first, last: last}, attrs)
	}
	if ev.Claimant == d.Outlet {
		ev.Claimant = ""
	}
	ev.SentenceText = d.Text[d.Sentences[si].Start:d.Sentences[si].End]
	st.evs = append(st.evs, ev)
}

// holidayAt reads the name of a holiday at toks[i] ("New Year's Eve",
// "Christmas Day") as the day of that name on or before the article's
// date; false when there is none or the article is undated.
func (st *docState) holidayAt(toks []tok, i int) (dayPhrase, bool) {
	if st.pub.IsZero() || !lexicon.HolidayStart(toks[i].lo) {
		return dayPhrase{}, false
	}
	var ws []string
	for k := i; k < len(toks) && k < i+4; k++ {
		ws = append(ws, toks[k].lo)
	}
	month, day, n := lexicon.Holiday(ws)
	if n == 0 || st.pub.IsZero() {
		return dayPhrase{}, false
	}
	on := time.Date(st.pub.Year(), month, day, 0, 0, 0, 0, time.UTC)
	if on.After(st.pub) {
		on = on.AddDate(-1, 0, 0)
	}
	return dayPhrase{first: i, last: i + n, on: on, weekday: on.Weekday().String()}, true
}

// nearby reports whether w places something by distance or direction from
// a landmark: "near", "off", "outside", "miles", "northeast".
func nearby(w string) bool {
	switch w {
	case "near", "off", "outside", "from", "miles", "mile", "km", "kilometres", "kilometers", "kilometre", "kilometer",
		"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}
