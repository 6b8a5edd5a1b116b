package figures

import (
	"strconv"
	"strings"

	"factpipe/doc"
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
// sentence speaks of. Only a sentence that speaks of an earthquake
// (quake, temblor, tremor, Richter, ...) gives magnitudes, and none of
// these: a sentence about aftershocks ("two aftershocks, magnitude 2.9 and
// 2.2"), a list or range of magnitudes ("between 1.0 and 1.9 on the
// Richter scale", "around magnitude 2 and 3"), a quake in general ("a
// magnitude 6 quake can cause severe damage"), or a value outside 1..10.
func (st *docState) magnitude(si int, toks []tok, i int, attrs []attr, quake bool, seen bool) (fig, bool) {
	if !quake {
		return fig{}, false
	}
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
		switch {
		case next(i+1) == "magnitude":
			// "a 5.6 magnitude earthquake".
			last = i + 2
		case next(i+1) == "-" && next(i+2) == "magnitude":
			last = i + 3
		case next(i+1) == "in" && next(i+2) == "magnitude":
			// "rated the quake as 4.4 in magnitude".
			last = i + 3
		case richterAt(toks, i+1) > 0:
			// "measuring 5.6 on the Richter scale".
			last = richterAt(toks, i+1)
		case prev(i-1) == "magnitude" || prev(i-1) == "richter":
			// "a magnitude 4.6 earthquake".
			first = i - 1
		case prev(i-1) == "at" && prev(i-2) == "magnitude":
			// "put the magnitude at 6.1".
			first = i - 2
		case magnitudeOf(toks, i) >= 0:
			// "a magnitude of (at least) 5.9"
			first = magnitudeOf(toks, i)
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
	q := qualifierBefore(toks, i)
	if q == doc.Exact && first < i {
		q = qualifierBefore(toks, first)
	}
	// A quake in general: "a magnitude 6 quake can cause severe damage".
	for j := last; j < len(toks) && j < last+6; j++ {
		switch toks[j].lo {
		case "can", "could", "may", "might", "would":
			return fig{}, false
		}
	}
	f := st.exactFigure(si, toks, first, last, value, "magnitude", "magnitude", "magnitude", attrs)
	f.f.Qualifier = q
	if q != doc.Exact {
		f.f.Low, f.f.High = nil, nil
		switch q {
		case doc.AtLeast:
			f.f.Low = f.f.Value
		case doc.AtMost:
			f.f.High = f.f.Value
		}
	}
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

// magnitudeOf returns the index of "magnitude" when the number at toks[i]
// follows "magnitude of", with a qualifier between ("a magnitude of at
// least 5.9"), else -1.
func magnitudeOf(toks []tok, i int) int {
	k := i - 1
	for c := 0; k >= 0 && c < 2; c++ {
		switch toks[k].lo {
		case "least", "at", "about", "around", "approximately", "roughly", "nearly", "almost", "some", "than", "more":
			k--
			continue
		}
		break
	}
	if k >= 1 && toks[k].lo == "of" && toks[k-1].lo == "magnitude" {
		return k - 1
	}
	return -1
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

// qualifierBefore reads the qualifier in the two words before toks[j]:
// "at least", "more than", "over" (at_least), "about", "around",
// "approximately", "roughly", "nearly", "almost", "some" (approx), "up
// to" (at_most); exact when there is none.
func qualifierBefore(toks []tok, j int) doc.Qualifier {
	w1, w2 := "", ""
	if j >= 1 {
		w1 = toks[j-1].lo
	}
	if j >= 2 {
		w2 = toks[j-2].lo
	}
	switch {
	case w1 == "least" && w2 == "at", w1 == "than" && w2 == "more", w1 == "over":
		return doc.AtLeast
	case w1 == "about", w1 == "around", w1 == "approximately", w1 == "roughly", w1 == "nearly", w1 == "almost",
		w1 == "some":
		return doc.Approx
	case w1 == "to" && w2 == "up":
		return doc.AtMost
	}
	return doc.Exact
}
