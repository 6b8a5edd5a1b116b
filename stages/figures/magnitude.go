package figures

import (
	"strconv"
	"strings"
)

// magnitude reads an earthquake's magnitude at toks[i] and returns its
// figure and the token after it:
//
//   - "a 5.6-magnitude quake", "a 5.6 magnitude earthquake", "a
//     magnitude-5.9 earthquake", "a magnitude 4.6 earthquake";
//   - "with a (preliminary) magnitude of 4.6", "a magnitude of at least
//     5.9", "put the quake's magnitude at 5.9", "rated the quake as 4.4 in
//     magnitude";
//   - "measuring 5.6 on the Richter scale", "a force of about 6.0 on the
//     Richter scale";
//   - "..., but the Geological Survey said it was 6.1": a bare decimal
//     after "was", "at" or "as" in a sentence that has given a magnitude
//     before it.
//
// The figure's Unit and Measure are "magnitude", its Subject the quake's
// place (found as for a toll: the place after it in its clause, the
// sentence's setting, the article's main place) or the earlier period the
// sentence speaks of; seen tells that the sentence gave a magnitude
// before. The caller asks only in a sentence that speaks of an earthquake
// (see quakeSentence, which leaves out sentences about aftershocks: "two
// aftershocks, magnitude 2.9 and 2.2"). None of these is a magnitude: a
// list or range of magnitudes ("between 1.0 and 1.9 on the Richter scale",
// "around magnitude 2 and 3"), a quake in general ("a magnitude 6 quake
// can cause severe damage"), a value outside 1..10.
func (st *docState) magnitude(si int, toks []tok, i int, attrs []attr, seen bool) (fig, bool) {
	t := &toks[i]
	var (
		value       float64
		ok          bool
		first, last = i, i + 1
	)
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].lo
		}
		return ""
	}
	prev := func(k int) string {
		if k >= 0 {
			return toks[k].lo
		}
		return ""
	}
	switch {
	case t.kind == tWord && strings.HasPrefix(t.lo, "magnitude-"):
		// "a magnitude-5.9 earthquake".
		value, ok = magnitudeValue(t.lo[len("magnitude-"):])
	case t.kind != tNum:
		return fig{}, false
	case strings.HasSuffix(t.lo, "-magnitude"):
		// "a 5.6-magnitude quake".
		value, ok = magnitudeValue(strings.TrimSuffix(t.lo, "-magnitude"))
	default:
		value, ok = magnitudeValue(t.lo)
		if !ok {
			return fig{}, false
		}
		richter := richterAt(toks, i+1)
		// "a magnitude of (at least) 5.9": "magnitude" before "of" and the
		// qualifier.
		_, qs := st.e.nt.qualifierBefore(toks, i)
		of := qs - 2
		switch {
		case next(i+1) == "magnitude":
			// "a 5.6 magnitude earthquake".
			last = i + 2
		case next(i+1) == "-" && next(i+2) == "magnitude":
			last = i + 3
		case next(i+1) == "in" && next(i+2) == "magnitude":
			// "rated the quake as 4.4 in magnitude".
			last = i + 3
		case richter > 0:
			// "measuring 5.6 on the Richter scale".
			last = richter
		case prev(i-1) == "magnitude" || prev(i-1) == "richter":
			// "a magnitude 4.6 earthquake".
			first = i - 1
		case prev(i-1) == "at" && prev(i-2) == "magnitude":
			// "put the magnitude at 6.1".
			first = i - 2
		case prev(of+1) == "of" && prev(of) == "magnitude":
			first = of
		case seen && strings.Contains(t.s, ".") && (prev(i-1) == "was" || prev(i-1) == "at" || prev(i-1) == "as") &&
			(next(i+1) == "" || next(i+1) == "." || next(i+1) == "," || next(i+1) == ";"):
			// "..., but the Geological Survey said it was 6.1."
		default:
			return fig{}, false
		}
	}
	if !ok || value < 1 || value >= 10 {
		return fig{}, false
	}
	// A list or range: "magnitude 2.9 and 2.2", "from 3.6 to 4.3",
	// "between 1.0 and 1.9 on the Richter scale".
	switch prev(i - 1) {
	case "to", "and", "or", "between", "from":
		return fig{}, false
	}
	switch next(i + 1) {
	case "to", "and", "or":
		return fig{}, false
	}
	// "at least 5.9", "measuring at least magnitude-5.9".
	q, _ := st.e.nt.qualifierBefore(toks, i)
	if q == qNone && first < i {
		q, _ = st.e.nt.qualifierBefore(toks, first)
	}
	// A quake in general: "a magnitude 6 quake can cause severe damage".
	for j := last; j < len(toks) && j < last+6; j++ {
		switch toks[j].lo {
		case "can", "could", "may", "might", "would":
			return fig{}, false
		}
	}
	f := st.exactFigure(si, toks, first, last, value, "magnitude", "magnitude", "magnitude", attrs)
	f.f.Qualifier, f.f.Low, f.f.High = bound(q, value)
	f.nearMeasure = true
	f.f.Subject = st.subject(toks, phrase{first: first, last: last, numFirst: i}, last, "magnitude")
	return f, true
}

// magnitudeValue reads a magnitude as written: "5.6", "6" (1 to 9.9, with
// at most one decimal).
func magnitudeValue(s string) (float64, bool) {
	if s == "" || len(s) > 3 || s[0] < '1' || s[0] > '9' {
		return 0, false
	}
	if len(s) > 1 && (s[1] != '.' || len(s) != 3) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// richterAt returns the token after "on the Richter scale" (or "degrees
// on the Richter scale", "on the Richter") starting at toks[k], or 0.
func richterAt(toks []tok, k int) int {
	if k < len(toks) && (toks[k].lo == "degrees" || toks[k].lo == "points") {
		k++
	}
	if k+2 < len(toks) && toks[k].lo == "on" && toks[k+1].lo == "the" && toks[k+2].lo == "richter" {
		if k+3 < len(toks) && toks[k+3].lo == "scale" {
			return k + 4
		}
		return k + 3
	}
	return 0
}

// quakeSentence reports whether a sentence speaks of an earthquake: it
// names one (quake, earthquake, temblor, tremor, Richter, seismic, "the
// quake's"), or it names a magnitude in an article that names one
// ("The Geological Survey puts the magnitude at 6.1"); and it names no
// aftershocks.
func (st *docState) quakeSentence(toks []tok) bool {
	quake, magnitude := false, false
	for i := range toks {
		w := strings.TrimSuffix(strings.TrimSuffix(toks[i].lo, "'s"), "’s")
		switch w {
		case "quake", "quakes", "earthquake", "earthquakes", "temblor", "tremor", "tremors", "richter", "seismic",
			"shaker", "jolt":
			quake = true
		case "magnitude":
			magnitude = true
		case "aftershock", "aftershocks", "foreshock", "foreshocks":
			return false
		}
		if strings.HasSuffix(w, "-magnitude") || strings.HasPrefix(w, "magnitude-") {
			quake = true
		}
	}
	if !quake && magnitude {
		if st.quakeDoc == 0 {
			st.quakeDoc = -1
			low := strings.ToLower(st.d.Text)
			if strings.Contains(low, "quake") || strings.Contains(low, "temblor") {
				st.quakeDoc = 1
			}
		}
		quake = st.quakeDoc > 0
	}
	return quake
}
