package figures

import (
	"strings"

	"factpipe/doc"
)

// populationOf returns the place whose size the number at toks[i] gives
// (see population), when the text names it right before:
//
//   - "Zarand, a town of about 15,000 people", "Bountiful, a small
//     community of about 1,000";
//   - "Qeshm island, home to 120,000 people", "Bam, which is home to";
//   - "Qeshm has a population of 120,000".
//
// The place is a place mention (without mentions, a capitalised run) that
// ends before the comma, or before "island", "town", ... written after it.
// A size whose place is not named so ("the island, home to 120,000") is
// none: a pronoun or a common noun may point at any place of the article.
func (st *docState) populationOf(toks []tok, i int) (string, bool) {
	if i < 2 {
		return "", false
	}
	k := i - 2 // "town", "population", "home"
	// marked: the words say the name is a place ("a town of", "Qeshm
	// island"), whatever the tagger made of it.
	marked := false
	switch {
	case toks[i-1].lo == "to" && toks[k].lo == "home":
		k--
		if k >= 0 && toks[k].lo == "is" {
			k--
			if k >= 0 && toks[k].lo == "which" {
				k--
			}
		}
	case toks[i-1].lo == "of" && toks[k].lo == "population":
		// Only right after the name: in "Qeshm, an island ... south of
		// Tehran, has a population of" and "the largest island in the
		// Persian Gulf, with a population of" the place last named is
		// not the one counted.
		k--
		if k >= 0 && toks[k].lo == "a" {
			k--
		}
		if k < 1 || toks[k].lo != "has" || toks[k-1].kind != tWord {
			return "", false
		}
		k--
	case toks[i-1].lo == "of":
		// "a small town of", "a remote island community of".
		marked = isSettlement(toks[k].lo)
		k--
		for n := 0; k >= 0 && n < 3 && toks[k].kind == tWord && !toks[k].cap && !st.e.v.stop[toks[k].lo]; n++ {
			k--
		}
		if k < 0 || toks[k].lo != "a" && toks[k].lo != "an" {
			return "", false
		}
		k--
	default:
		return "", false
	}
	if k >= 0 && toks[k].s == "," {
		k--
	}
	// "Qeshm island": a settlement noun after the name, inside the
	// place's mention or not; capitalised, it is part of the name
	// ("Oklahoma City"), except "Island" when the name is also used
	// alone ("Qeshm Island", "Qeshm's governor").
	if k >= 1 && toks[k].kind == tWord && isSettlement(toks[k].lo) {
		marked = true
		alone := toks[k].cap && toks[k].lo == "island" && standalone(st.d.Text, toks[k-1].s)
		if toks[k].cap && !alone {
			return st.placeEndingAt(toks, k, marked)
		}
		if place, ok := st.placeEndingAt(toks, k, false); ok && !alone {
			return place, true
		}
		k--
	}
	if k < 0 || toks[k].kind != tWord || !toks[k].cap {
		return "", false
	}
	return st.placeEndingAt(toks, k, marked)
}

// placeEndingAt returns the place named by the words that end with
// toks[k]: a place mention ending there; when there is none, or marked
// says the words are a place the tagger mistook ("Bandar Abbas, a city
// of" tagged as a person), the capitalised run that ends there (at most
// four words).
func (st *docState) placeEndingAt(toks []tok, k int, marked bool) (string, bool) {
	if len(st.mentions) > 0 {
		if m, ok := st.mentionEndingAt(toks[k].end, doc.Place); ok && plausiblePlace(m) {
			return m.Text, true
		}
		if !marked {
			return "", false
		}
	}
	v := st.e.v
	s := k
	function := func(w string) bool { return v.dets[w] || v.preps[w] || v.pronouns[w] || w == "and" }
	for s > 0 && k-s < 3 && toks[s-1].kind == tWord && toks[s-1].cap && !function(toks[s-1].lo) && !v.titles[toks[s-1].lo] {
		s--
	}
	if !toks[k].cap || function(toks[s].lo) || v.countries[toks[s].lo] {
		return "", false
	}
	name := st.d.Text[toks[s].start:toks[k].end]
	return strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s"), true
}
