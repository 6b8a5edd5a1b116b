package figures

import (
	"strconv"
	"time"

	"factpipe/doc"
	"factpipe/lexicon"
)

// IncidentAction is the action of an incident's event: an attack, a quake
// or a fire happened on the day its article gives.
const IncidentAction = "happened"

// incidents appends to st.evs the day each incident of parsed sentence si
// happened on, as the incident-day family reads it from the parse: "the
// strike took place on New Year's Day", "a fire on Tuesday". The event's
// subject is the kind of incident ("attack" for a strike, a bombing, a
// blast), so that a story's reports of its incident are compared, and its
// action IncidentAction. A sentence that dates one incident twice is left
// alone.
func (st *docState) incidents(si int, toks []tok, attrs []attr) {
	ps := st.parsed(si)
	if ps == nil {
		return
	}
	for w, lo := range ps.s.Lower {
		kind := lexicon.Incident(lo)
		if kind == "" {
			continue
		}
		for _, m := range st.e.g.incidents.Find(&ps.s, w) {
			dp, ok := st.dayOfWord(toks, ps, m.Word("day"))
			if !ok {
				continue
			}
			st.addIncident(si, toks, attrs, kind, dp)
			break
		}
	}
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

// addIncident appends the event of an incident of that kind on dp.
func (st *docState) addIncident(si int, toks []tok, attrs []attr, kind string, dp dayPhrase) {
	d := st.d
	start, end := toks[dp.first].start, toks[dp.last-1].end
	text := d.Text[start:end]
	claimant, _, _ := st.claimant(toks, phrase{first: dp.first, last: dp.last}, attrs)
	if claimant == d.Outlet {
		claimant = ""
	}
	st.evs = append(st.evs, doc.Event{
		ID:    doc.HashID(d.ID, strconv.Itoa(start), strconv.Itoa(end), text, kind, IncidentAction),
		DocID: d.ID, Sentence: si, Start: start, End: end, Text: text,
		Subject: kind, Action: IncidentAction, On: dp.on, Precision: "day", Weekday: dp.weekday, Edge: dp.edge,
		Claimant: claimant, SentenceText: d.Text[d.Sentences[si].Start:d.Sentences[si].End],
	})
}

// holidayAt reads the name of a holiday at toks[i] ("New Year's Eve",
// "Christmas Day") as the day of that name on or before the article's
// date; false when there is none or the article is undated.
func (st *docState) holidayAt(toks []tok, i int) (dayPhrase, bool) {
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

// isHoliday reports whether toks[i] starts a holiday's name that the
// article's date resolves.
func (st *docState) isHoliday(toks []tok, i int) bool {
	_, ok := st.holidayAt(toks, i)
	return ok
}
