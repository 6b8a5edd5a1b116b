package figures

import (
	"sort"
	"strconv"
	"strings"

	"factpipe/doc"
)

// subject returns what the figure at p is about; see the package comment
// for the values it takes.
func (st *docState) subject(toks []tok, p phrase, figLast int, measure string) string {
	// War-wide totals: a war cue nearer to the number than a single event.
	// "The deadliest attack since the start of the war" compares one event
	// with the war: a "since" cue after a superlative does not count.
	cues := st.sentenceCues(toks)
	dw, de := 1<<30, 1<<30
	for _, c := range cues.war {
		dw = min(dw, distance(c[0], c[1], p.first, figLast))
	}
	for _, j := range cues.event {
		de = min(de, distance(j, j+1, p.first, figLast))
	}
	// Figures about an earlier war or era: "a population that saw 30
	// million die in the Nazis' attempt to ...", "during World War II".
	if era := st.era(toks); era != "" {
		return era
	}
	if dw < 30 && dw < de {
		return "war"
	}
	// Figures about an earlier period: "in 1943-44", "during the 1990s".
	if per := st.period(toks); per != "" {
		return per
	}
	// The place of the figure's own locative phrase, where the parse gives
	// one: "3 killed in Eastland", "killed 14 people in southern Eastland".
	if pl := st.parsedPlace(st.si, toks, p); pl != "" {
		return pl
	}
	// A place right after the figure in its clause: "killed in Makiivka".
	if pl := st.placeAfter(toks, figLast); pl != "" {
		return pl
	}
	// A place named before the figure as the sentence's setting: "In
	// Athens, three people died", "The city of Samara ... its hospitals
	// are treating 60-70 wounded".
	if pl := st.placeBefore(toks, p.first); pl != "" {
		return pl
	}
	event := de < 1<<30
	if eventMeasure(measure) || event && measure != "" {
		// A place further on in the clause beats the article's main
		// place: "a gunman killed five people and injured several others
		// at a shopping mall in Salt Lake City".
		if pl := st.placeInClause(toks, figLast); pl != "" {
			return pl
		}
		// "clashes broke out in Salonika where 50,000 marched": a place
		// named just before the figure; a capitalised name the tagger did
		// not know there puts the figure elsewhere than the article's
		// main place, and its place is the name as written.
		if pl, unknown := st.placeNamedBefore(toks, p.first); pl != "" || unknown {
			return pl
		}
		return st.mainPlace()
	}
	return ""
}

// edgeNoun reports whether w names the edge or part of a place, read as
// a locative with "of": "the outskirts of Dargahan".
func edgeNoun(w string) bool {
	switch w {
	case "outskirts", "suburbs", "suburb", "centre", "center", "heart", "edge", "north", "south", "east", "west":
		return true
	}
	return false
}

// placeNamedBefore finds, in the twelve words before the figure at toks[i]
// (not past a semicolon or colon), the nearest locative preposition ("in",
// "at", "near", "the outskirts of") before a capitalised word. It returns the place when the
// word starts a place mention; unknown, with the capitalised words as
// written, when it is no mention at all (nor a month, weekday or title) or
// a person's after "in" or "near": a place the tagger did not know, named
// so that the figure is kept apart from the article's other places.
// Countries are passed over: a country is no more specific than the
// article's main place.
func (st *docState) placeNamedBefore(toks []tok, i int) (name string, unknown bool) {
	if len(st.mentions) == 0 {
		return "", false // without a tagger, placeName reads capitalised words itself
	}
	v := st.e.v
	for j := i - 2; j >= 0 && j >= i-12; j-- {
		if toks[j].s == ";" || toks[j].s == ":" {
			break
		}
		switch toks[j].lo {
		case "in", "at", "near":
		case "of":
			// "on the outskirts of Dargahan", "the suburbs of X".
			if j == 0 || !edgeNoun(toks[j-1].lo) {
				continue
			}
		default:
			continue
		}
		k := placeStart(toks, j+1)
		if name, ok := st.placeName(toks, k); ok {
			// "at the Kraft Foods plant" is no place; "the war in
			// Ukraine" is wider than the article's main place.
			if st.beforeNoun(toks, st.nameEnd(toks, k, name)) || v.countries[strings.ToLower(name)] {
				continue
			}
			return name, false
		}
		// "in Teri Mangal" (a place the tagger took for a person), a name
		// it did not know; not "at Smith's".
		if st.unknownPlace(toks, k) {
			if _, tagged := st.mentionAt(toks[k].start); tagged && toks[j].lo == "at" {
				continue
			}
			return capitalRun(st.d.Text, toks, k), true
		}
	}
	return "", false
}

// placeInClause finds a locative place ("in X", "at X", "near X") up to 25
// tokens after the figure, before a comma or another clause.
func (st *docState) placeInClause(toks []tok, from int) string {
	for j, c := from, 0; j+1 < len(toks) && c < 25; j, c = j+1, c+1 {
		t := &toks[j]
		// Not past another number: "45 were killed in Lwarai Mandi and 23
		// died in Angur Adar" names the second figure's place.
		if t.s == "," || t.s == ";" || t.s == ":" || t.s == "(" || t.kind == tNum {
			return ""
		}
		// "when" goes on: "killed three women when a bomb exploded at a
		// market in the town of Bou Haroun" tells where they died.
		switch t.lo {
		case "while", "but", "which", "who", "because", "after", "before", "since", "although", "whereas":
			return ""
		case "in", "at", "near", "outside":
		case "of":
			// "in the coastal town of Staoueli".
			if j == 0 || !isSettlement(toks[j-1].lo) {
				continue
			}
		default:
			continue
		}
		k := placeStart(toks, j+1)
		if name, ok := st.placeName(toks, k); ok {
			// "at the Kraft Foods plant": a name before a noun is
			// attributive, not the place.
			if st.beforeNoun(toks, st.nameEnd(toks, k, name)) {
				continue
			}
			return name
		}
	}
	return ""
}

// nameEnd is the byte offset where the place name that placeName found at
// toks[k] ends: it starts at toks[k], or at the direction word before it.
func (st *docState) nameEnd(toks []tok, k int, name string) int {
	if !strings.HasPrefix(st.d.Text[toks[k].start:], name) && k > 0 {
		return toks[k-1].start + len(name)
	}
	return toks[k].start + len(name)
}

// beforeNoun reports whether the first token at or after byte end is a
// common noun or adjective: a name right before one is attributive ("the
// Kraft Foods plant", "a Vancouver man"), not a place the story is in.
func (st *docState) beforeNoun(toks []tok, end int) bool {
	e := tokenAt(toks, end)
	if e == len(toks) || toks[e].kind != tWord || toks[e].cap || st.e.v.stop[toks[e].lo] || st.e.v.preps[toks[e].lo] {
		return false
	}
	// Adverbs and verbs: "Local radio in Ohio first reported".
	w := toks[e].lo
	if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "first", "last", "now", "then", "today", "yesterday", "tonight", "also", "later", "earlier", "again",
		"still", "just", "only", "even", "ever", "never", "already", "said", "says", "say", "told", "tells", "reports":
		return false
	}
	return true
}

// pastSentence reports whether a sentence speaks of an earlier time: a
// year two or more years before the document's, or an earlier war or era.
func (st *docState) pastSentence(toks []tok) bool {
	dy := st.year()
	for j := range toks {
		if toks[j].kind != tNum || len(toks[j].s) != 4 {
			continue
		}
		if y, _ := yearOf(toks[j].s); y > 0 && dy > 0 && y < dy-1 {
			return true
		}
	}
	return st.era(toks) != ""
}

// era returns the earlier war or era a past-tense sentence places its
// facts in: "World War II" for "World War II", "the Second World War",
// "the Nazis"; "World War I", "Cold War", "Holocaust"; "" when none.
func (st *docState) era(toks []tok) string {
	era, past := "", false
	for j := range toks {
		lo := toks[j].lo
		switch lo {
		case "was", "were", "had", "saw", "died", "killed", "perished", "lost", "fought", "suffered":
			past = true
		}
		if era != "" {
			continue
		}
		switch lo {
		case "nazi", "nazis", "wehrmacht", "holocaust":
			if toks[j].cap {
				era = "World War II"
				if lo == "holocaust" {
					era = "Holocaust"
				}
			}
		case "world":
			if j+2 < len(toks) && toks[j+1].lo == "war" && toks[j].cap {
				switch toks[j+2].lo {
				case "ii", "2", "two":
					era = "World War II"
				case "i", "1", "one":
					era = "World War I"
				}
			}
			if j > 0 && toks[j].cap && j+1 < len(toks) && toks[j+1].lo == "war" {
				switch toks[j-1].lo {
				case "second":
					era = "World War II"
				case "first":
					era = "World War I"
				}
			}
		case "cold":
			if toks[j].cap && j+1 < len(toks) && toks[j+1].lo == "war" {
				era = "Cold War"
			}
		}
	}
	if past {
		return era
	}
	return ""
}

// placeBefore finds the setting of a sentence before the figure: "In
// Athens, ..." opening the sentence, or "the city of X" (a settlement
// word, "of" and a place) anywhere before the figure.
func (st *docState) placeBefore(toks []tok, first int) string {
	if len(toks) > 3 && toks[0].lo == "in" {
		k := 1
		if toks[k].lo == "the" {
			k++
		}
		if name, ok := st.placeName(toks, k); ok {
			// Only a setting when a comma closes the place: "In Athens, ...".
			for j := k + 1; j < len(toks) && j <= k+4 && j < first; j++ {
				if toks[j].s == "," {
					return name
				}
			}
		}
	}
	for j := 1; j+1 < first; j++ {
		if toks[j].lo == "of" && isSettlement(toks[j-1].lo) {
			if name, ok := st.placeName(toks, j+1); ok {
				return name
			}
		}
	}
	return ""
}

// eventMeasure reports whether a measure is something an event does to
// people or things (so that an unplaced figure is about the main event).
func eventMeasure(m string) bool {
	switch m {
	case "killed", "wounded", "casualties", "missing", "destroyed", "damaged", "shot_down", "hit", "fired",
		"stationed", "evacuated", "rescued", "treated", "displaced", "shot", "captured", "arrested", "seized", "charged", "gathered", "magnitude":
		return true
	}
	return false
}

func isSuperlative(w string) bool {
	switch w {
	case "biggest", "largest", "heaviest", "deadliest", "worst", "highest", "greatest", "bloodiest", "most":
		return true
	}
	return false
}

// cues are the positions of war and event cues in one sentence.
type cues struct {
	war   [][2]int // token ranges of war-wide cues
	event []int    // tokens of single-event cues
}

// sentenceCues finds the cues of the current sentence once, for all its
// figures.
func (st *docState) sentenceCues(toks []tok) *cues {
	if st.cuesFor == toks[0].start && st.cuesOK {
		return &st.cues
	}
	v := st.e.v
	st.cues.war, st.cues.event = st.cues.war[:0], st.cues.event[:0]
	superlative := -1
	for j := 0; j < len(toks); j++ {
		lo := toks[j].lo
		if isSuperlative(lo) {
			superlative = j
		}
		if v.warFirst[lo] {
			if _, n := matchPhrase(toks, j, v.warCues, 4); n > 0 {
				if !(lo == "since" && superlative >= 0 && j-superlative < 15) {
					st.cues.war = append(st.cues.war, [2]int{j, j + n})
				}
			}
		}
		if lo == "single" || lo == "one-time" {
			st.cues.event = append(st.cues.event, j)
		}
		if v.eventNouns[lo] && j > 0 && (v.dets[toks[j-1].lo] || toks[j-1].lo == "single" || isSuperlative(toks[j-1].lo)) {
			st.cues.event = append(st.cues.event, j)
		}
	}
	st.cuesFor, st.cuesOK = toks[0].start, true
	return &st.cues
}

// distance is the number of tokens between [a, b) and [c, d).
func distance(a, b, c, d int) int {
	switch {
	case b <= c:
		return c - b
	case d <= a:
		return a - d
	}
	return 0
}

// period returns an earlier period the sentence places its facts in: "in
// 1943-44", "during the 1990s", "in 1999", at least two years before the
// document's year; in an undated article that dates its own event by
// weekday, also a month named without day or year ("in September"), which
// ClaimedOn cannot hold.
func (st *docState) period(toks []tok) string {
	// An undated article that dates its own event by weekday: "in
	// September" (no day, no year) is an earlier event, told apart from
	// the one at hand by a label of its own.
	if v := st.e.v; st.monthLabels() && !v.hasWeekday(toks) {
		for j := 1; j < len(toks); j++ {
			if toks[j-1].lo != "in" || !toks[j].cap || j+1 < len(toks) && toks[j+1].kind == tNum {
				continue
			}
			if _, ok := v.months[toks[j].lo]; ok && toks[j].lo != "may" {
				return toks[j].s
			}
		}
	}
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].lo != "in" && toks[j].lo != "during" && toks[j].lo != "between" {
			continue
		}
		k := j + 1
		if toks[k].lo == "the" && k+1 < len(toks) {
			k++
		}
		t := &toks[k]
		if t.kind != tNum {
			continue
		}
		y, text := yearOf(t.s)
		if y == 0 {
			continue
		}
		if toks[j].lo == "between" {
			if k+2 < len(toks) && toks[k+1].lo == "and" {
				if y2, _ := yearOf(toks[k+2].s); y2 > 0 {
					text = t.s + "-" + toks[k+2].s
				} else {
					continue
				}
			} else {
				continue
			}
		}
		if dy := st.year(); dy == 0 || y < dy-1 {
			return text
		}
	}
	return ""
}

// yearOf reads "1943", "1943-44", "1990s".
func yearOf(s string) (int, string) {
	base := s
	if a, _, ok := strings.Cut(s, "-"); ok {
		base = a
	}
	base = strings.TrimSuffix(base, "s")
	if len(base) != 4 {
		return 0, ""
	}
	y, err := strconv.Atoi(base)
	if err != nil || y < 1000 || y > 2199 {
		return 0, ""
	}
	return y, s
}

// placeAfter finds a place named right after the figure: "(in|at|near|on)
// [the] Place" or "the city of Place" within eight tokens, in the same
// clause.
func (st *docState) placeAfter(toks []tok, from int) string {
	for j, c := from, 0; j < len(toks) && c < 8; j, c = j+1, c+1 {
		t := &toks[j]
		if t.s == "," || t.s == ";" || t.s == ":" || t.kind == tNum || t.lo == "while" || t.lo == "but" || t.lo == "when" ||
			t.lo == "which" || t.lo == "who" || t.lo == "because" {
			return ""
		}
		switch t.lo {
		case "in", "at", "near", "on", "outside", "of":
		default:
			continue
		}
		if t.lo == "of" && !(j > 0 && isSettlement(toks[j-1].lo)) {
			continue
		}
		if j+1 == len(toks) {
			return ""
		}
		// "in eastern China", "in southern Iran".
		k := placeStart(toks, j+1)
		// "at the Kraft Foods plant": attributive, not the place.
		if name, ok := st.placeName(toks, k); ok && !st.beforeNoun(toks, st.nameEnd(toks, k, name)) {
			return name
		}
		// "killed in Lwarai Mandi": a place the tagger did not know (or
		// took for a person), named as written.
		if (t.lo == "in" || t.lo == "near") && st.unknownPlace(toks, k) &&
			!st.beforeNoun(toks, st.nameEnd(toks, k, capitalRun(st.d.Text, toks, k))) {
			return capitalRun(st.d.Text, toks, k)
		}
	}
	return ""
}

// unknownPlace reports whether toks[k] starts a capitalised name that may
// be a place the tagger did not know: not a stop word, title, month or
// weekday, and no mention other than a person's. Without mentions it is
// never so (placeName then reads capitalised words itself).
func (st *docState) unknownPlace(toks []tok, k int) bool {
	v := st.e.v
	t := &toks[k]
	// "IN FERRY DISASTER": words of a headline in capitals are no name.
	if len(st.mentions) == 0 || t.kind != tWord || !t.cap || v.stop[t.lo] || v.titles[t.lo] || st.allCaps(t.s) && len(t.s) > 1 {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(t.lo, "'s"), "’s")
	if _, ok := v.months[w]; ok {
		return false
	}
	if _, ok := v.weekdays[w]; ok {
		return false
	}
	m, ok := st.mentionAt(t.start)
	return !ok || m.Kind == doc.Person
}

// placeStart returns the index of the place name that may start at toks[k]
// after an optional "the" and a direction adjective: "in (the) (eastern)
// X". The result is always a valid index when k is.
func placeStart(toks []tok, k int) int {
	if toks[k].lo == "the" && k+1 < len(toks) {
		k++
	}
	if compass(toks[k].lo) && k+1 < len(toks) {
		k++
	}
	return k
}

// compass reports whether w is a direction adjective before a place name.
func compass(w string) bool {
	switch w {
	case "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
		"southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "north-eastern", "north-western", "south-eastern", "south-western",
		"remote", "rural", "downtown", "suburban":
		return true
	}
	return false
}

func isSettlement(w string) bool {
	switch w {
	case "city", "town", "village", "region", "province", "district", "oblast", "county", "republic", "island", "port", "capital", "state":
		return true
	}
	return false
}

// placeName reads a place name at toks[k]: a place mention, or without
// mentions a capitalised run that is not a date, title or adjective.
func (st *docState) placeName(toks []tok, k int) (string, bool) {
	v := st.e.v
	if k >= len(toks) {
		return "", false
	}
	if len(st.mentions) > 0 {
		m, ok := st.mentionAt(toks[k].start)
		if !ok && k > 0 && compass(toks[k-1].lo) {
			// placeStart skipped a direction word that is part of the
			// name: "Northeast Philadelphia".
			m, ok = st.mentionAt(toks[k-1].start)
		}
		if ok {
			if m.Kind == doc.Place && plausiblePlace(m) {
				// "the Persian Gulf Island of Qeshm": the place is the one
				// after "of".
				ws := strings.Fields(m.Text)
				if e := tokenAt(toks, m.End); len(ws) > 1 && isSettlement(strings.ToLower(ws[len(ws)-1])) &&
					e+1 < len(toks) && toks[e].lo == "of" && toks[e+1].cap {
					if name, ok := st.placeName(toks, e+1); ok {
						return name, true
					}
				}
				return m.Text, true
			}
			return "", false
		}
		// The tagger knows the places: a capitalised word it did not tag
		// as one is none ("5 Thoughts on Why ...").
		return "", false
	}
	e := k
	for e < len(toks) && e-k < 4 && toks[e].kind == tWord && toks[e].cap && !st.allCaps(toks[e].s) {
		lo := toks[e].lo
		if _, ok := v.months[lo]; ok {
			break
		}
		if _, ok := v.weekdays[lo]; ok {
			break
		}
		if v.titles[lo] || lo == "new" && e == k {
			break
		}
		e++
	}
	if e == k || len(toks[k].s) < 2 || v.stop[toks[k].lo] {
		return "", false // "A", "The": a capitalised function word, no name
	}
	if e < len(toks) && (toks[e].s == "’" || toks[e].s == "'") {
		return "", false // "the Nazis’ attempt"
	}
	// "the Russian city of Samara": the capitalised word is an adjective.
	if e < len(toks) && toks[e].kind == tWord && !toks[e].cap && !v.stop[toks[e].lo] {
		if isSettlement(toks[e].lo) && e+2 < len(toks) && toks[e+1].lo == "of" {
			return st.placeName(toks, e+2)
		}
		return "", false
	}
	if isSettlement(toks[k].lo) {
		return "", false
	}
	name := st.d.Text[toks[k].start:toks[e-1].end]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
	return name, true
}

// plausiblePlace reports whether a place mention can name a place: the
// gazetteer resolved it, or it is a name of two or more letters that
// starts with a capital and is not a lone capital word like "A".
func plausiblePlace(m doc.Mention) bool {
	if m.Ref != "" {
		return true
	}
	if len(m.Text) < 2 || m.Text[0] < 'A' || m.Text[0] > 'Z' {
		return false
	}
	switch strings.ToLower(m.Text) {
	case "a", "an", "the", "it", "in", "at", "on", "as":
		return false
	}
	return true
}

// mentionAt returns the mention starting at byte off.
func (st *docState) mentionAt(off int) (doc.Mention, bool) {
	for _, m := range st.mentions {
		if m.Start == off {
			return m, true
		}
		if m.Start > off {
			break
		}
	}
	return doc.Mention{}, false
}

// mainPlace is the document's main place: the place mention seen most
// often (cities and regions before countries), if it scores at least 5; without mentions, the
// capitalised names that follow "in", "at" or "near" somewhere in the
// document, scored by how often the name occurs.
func (st *docState) mainPlace() string {
	if st.mainDone {
		return st.main
	}
	st.mainDone = true
	v := st.e.v
	// Score: 3 for each locative use ("in X", "at X", "near X", "the town
	// of X"), 3 for each use in the headline, 1 for any other
	// use. Only names used as a location at least once in the body count:
	// "Kiev kills ..." or "the Kremlin's ..." are not about a place.
	counts := map[string]int{}
	headN, otherN := map[string]int{}, map[string]int{}
	seen := []string{} // mention texts in order of first use
	seenSet := map[string]bool{}
	order := []string{}
	add := func(name string, n int) {
		if _, ok := counts[name]; !ok {
			order = append(order, name)
		}
		counts[name] += n
	}
	var toks []tok
	var extra []string // untagged places: cities named before their state, "X island"
	// note records a place name the first time it is seen; untagged names
	// also go to extra.
	note := func(name string, untagged bool) {
		if seenSet[name] {
			return
		}
		seenSet[name] = true
		seen = append(seen, name)
		if untagged {
			extra = append(extra, name)
		}
	}
	extraSeen := map[string]bool{}
	byRef := map[string]string{}
	body := 0       // body sentences seen before this one
	var evPos []int // offsets of event and measure words in a lead sentence
	if len(st.mentions) > 0 {
		// Work on a copy: the spelling of a pooled mention changes.
		st.mentions = append([]doc.Mention(nil), st.mentions...)
		defer func(ms []doc.Mention) { st.mentions = ms }(st.mentions)
	}
	hl := st.d.Title
	for _, s := range st.d.Sentences {
		if s.Kind == doc.Furniture || inFurniture(st.d.Furniture, s.Start, s.End) {
			continue
		}
		head := s.Kind == doc.Headline
		if head {
			hl += "\n" + st.d.Text[s.Start:s.End]
		}
		toks = st.lex(toks[:0], s.Start, s.End)
		lead := !head && body < 2
		if !head {
			body++
		}
		evPos = evPos[:0]
		if lead {
			for j := range toks {
				if v.eventNouns[toks[j].lo] || v.isMeasureWord(toks[j].lo) {
					evPos = append(evPos, toks[j].start)
				}
			}
		}
		// A sentence about an earlier event ("In December 2003, the city
		// of Bam was razed") does not place the story.
		if !head && st.pastSentence(toks) {
			continue
		}
		if len(st.mentions) > 0 {
			ms := st.mentions
			i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
			for ; i < len(ms) && ms[i].Start < s.End; i++ {
				if ms[i].Kind != doc.Place || !plausiblePlace(ms[i]) {
					continue
				}
				// Mentions of one place ("US", "the United States")
				// score together under the spelling met first.
				if r := ms[i].Ref; r != "" {
					if first, ok := byRef[r]; ok {
						ms[i].Text = first
					} else {
						byRef[r] = ms[i].Text
					}
				}
				// "Troy, Michigan": the city is the place, not the state.
				if cs, ce, tagged := st.cityBefore(toks, ms[i].Start); cs < ce {
					if tagged {
						continue // the city scores as a mention of its own
					}
					city := st.d.Text[cs:ce]
					note(city, true)
					switch {
					case head:
						headN[city] += 3
					case locativeBefore(st.d.Text, s.Start, cs):
						add(city, 3)
					default:
						add(city, 2)
					}
					continue
				}
				note(ms[i].Text, false)
				switch {
				case head:
					headN[ms[i].Text] += 3
				case locativeBefore(st.d.Text, s.Start, ms[i].Start) && !possessiveAfter(st.d.Text, ms[i].End) &&
					!st.beforeNoun(toks, ms[i].End):
					// The lead (the first two body sentences) says where
					// the story happened: a locative use there within 60
					// bytes of what happened (an event noun or a measure
					// word: "opened fire at a factory in X, killing two")
					// counts 5.
					if lead && near(evPos, ms[i].Start, 60) {
						add(ms[i].Text, 5)
					} else {
						add(ms[i].Text, 3)
					}
				case !v.countries[strings.ToLower(ms[i].Text)] && !strings.HasPrefix(ms[i].Ref, "country:") &&
					attributive(v, st.d.Text, s.Start, ms[i].Start, ms[i].End):
					// "an Athens branch", "a Vancouver man": the place
					// of a thing or person in the story ("a US official"
					// says nothing of where the story happened).
					add(ms[i].Text, 2)
				case !possessiveAfter(st.d.Text, ms[i].End):
					otherN[ms[i].Text]++
				}
			}
			// Names the tagger missed that the text marks as places:
			// "Qeshm island", "the port city of Bandar Abbas".
			for j := range toks {
				ns, ne := st.settlementNamed(toks, j)
				if ns >= ne {
					continue
				}
				name := st.d.Text[toks[ns].start:toks[ne-1].end]
				note(name, true)
				switch {
				case head:
					headN[name] += 3
				case lead && near(evPos, toks[ns].start, 60):
					add(name, 5)
				default:
					add(name, 3)
				}
			}
			continue
		}
		for j := 0; j+1 < len(toks); j++ {
			switch toks[j].lo {
			case "in", "at", "near":
			case "of":
				if j == 0 || !isSettlement(toks[j-1].lo) {
					continue
				}
			default:
				continue
			}
			k := j + 1
			if toks[k].lo == "the" {
				k++
			}
			if name, ok := st.placeName(toks, k); ok {
				add(name, 2) // plus 1 below, for the use itself
			}
		}
	}
	if len(st.mentions) == 0 {
		// Every use of a candidate counts once; headline uses count 8.
		names := append([]string(nil), order...)
		for _, name := range names {
			h := strings.Count(hl, name)
			add(name, countUses(st.d.Text, name)-h+3*h)
		}
	} else {
		// Order by first use, so that ties go to the name met first.
		var byFirst []string
		for _, name := range seen {
			if counts[name] > 0 {
				byFirst = append(byFirst, name)
			}
		}
		order = byFirst
		for _, name := range order {
			add(name, headN[name]+otherN[name])
		}
		// A city found through "City, State" counts its other uses
		// ("Troy police"), which the tagger did not mark.
		for _, name := range extra {
			if counts[name] == 0 {
				add(name, headN[name])
			}
			if !extraSeen[name] {
				extraSeen[name] = true
				add(name, max(0, countUses(st.d.Text, name)-1))
			}
		}
	}
	// A dateline ("ATHENS (Reuters) -", "BEIJING, China --") names the
	// place the story is filed from and, in news, the place of the event.
	if dl := st.dateline(); dl != "" {
		name := dl
		for _, n := range order {
			if strings.EqualFold(n, dl) {
				name = n
			}
		}
		add(name, 6)
	}
	best, bestN, bestCountry, bestCN := "", 0, "", 0
	for _, name := range order {
		n := counts[name]
		if v.countries[strings.ToLower(name)] {
			if n > bestCN {
				bestCountry, bestCN = name, n
			}
			continue
		}
		if n > bestN {
			best, bestN = name, n
		}
	}
	// A country wins when no smaller place comes near it: an article that
	// names its town once in passing is about the country.
	if best == "" || 3*bestN < bestCN {
		best, bestN = bestCountry, bestCN
	}
	// A place named once in passing ("near Saratov") is not the article's
	// place: the main place needs a score of at least 5.
	if bestN < 5 {
		best = ""
	}
	st.main = best
	return best
}

// cityBefore returns the byte span of a city named before the place
// mention at off ("Troy, Michigan"): one to three capitalised words and a
// comma right before it, not the end of a list ("Flint, Saginaw, Bay City,
// Michigan" gives "Bay City"). tagged tells whether the city is itself a
// place mention. An empty span when there is none, or when the words are
// a mention of another kind.
func (st *docState) cityBefore(toks []tok, off int) (int, int, bool) {
	v := st.e.v
	k := tokenAt(toks, off)
	if k >= len(toks) || toks[k].start != off || k < 2 || toks[k-1].s != "," {
		return 0, 0, false
	}
	e := k - 1
	r := e
	for r > 0 && e-r < 3 && toks[r-1].kind == tWord && toks[r-1].cap && !v.stop[toks[r-1].lo] && !st.allCaps(toks[r-1].s) {
		r--
	}
	if r == e {
		return 0, 0, false
	}
	if _, ok := v.months[toks[r].lo]; ok {
		return 0, 0, false
	}
	if _, ok := v.weekdays[toks[r].lo]; ok {
		return 0, 0, false
	}
	if v.titles[toks[r].lo] {
		return 0, 0, false
	}
	cs, ce := toks[r].start, toks[e-1].end
	if m, ok := st.mentionFor(cs, ce); ok {
		if m.Kind != doc.Place {
			return 0, 0, false
		}
		return cs, ce, true
	}
	for _, m := range st.mentions {
		if m.Start < ce && cs < m.End {
			return 0, 0, false
		}
	}
	return cs, ce, false
}

// settlementNamed returns the token span [s, e) of an untagged name the
// text marks as a place at toks[j]: a capitalised name before a lower-case
// settlement word ("Qeshm island") or after "<settlement> of" ("the port
// city of Bandar Abbas"). Names that overlap a place mention are left to
// it.
func (st *docState) settlementNamed(toks []tok, j int) (int, int) {
	v := st.e.v
	capWord := func(t *tok) bool {
		if t.kind != tWord || !t.cap || v.stop[t.lo] || st.allCaps(t.s) || v.titles[t.lo] || len(t.s) < 3 {
			return false
		}
		if _, ok := v.months[t.lo]; ok {
			return false
		}
		_, ok := v.weekdays[t.lo]
		return !ok
	}
	s, e := 0, 0
	switch {
	case toks[j].lo == "of" && j > 0 && isSettlement(toks[j-1].lo) && !toks[j-1].cap:
		s, e = j+1, j+1
		for e < len(toks) && e-s < 3 && capWord(&toks[e]) {
			e++
		}
		// "the city of Bandar Abbas" but not "the city of Bandar Abbas Police".
		if e < len(toks) && toks[e].kind == tWord && toks[e].cap {
			return 0, 0
		}
	case j > 0 && (toks[j].lo == "island" || !toks[j].cap && (toks[j].lo == "province" || toks[j].lo == "county" ||
		toks[j].lo == "district" || toks[j].lo == "village")):
		// A capitalised word is part of the name ("Greenwich Village"),
		// except "Island" when the name is also used alone ("Qeshm
		// Island", "Qeshm's governor"; not "Long Island").
		if toks[j].cap && !standalone(st.d.Text, st.d.Text[toks[j-1].start:toks[j-1].end]) {
			return 0, 0
		}
		e, s = j, j
		for s > 0 && e-s < 3 && capWord(&toks[s-1]) {
			s--
		}
		if s > 0 && toks[s-1].kind == tWord && toks[s-1].cap {
			return 0, 0 // a longer name: "University of X island"
		}
	default:
		return 0, 0
	}
	if s >= e || v.countries[toks[s].lo] {
		return 0, 0
	}
	// A place mention scores on its own; the text's cue beats the
	// tagger's guess of a person or an organisation ("Qeshm Island").
	cs, ce := toks[s].start, toks[e-1].end
	for _, m := range st.mentions {
		if m.Start < ce && cs < m.End && m.Kind == doc.Place {
			return 0, 0
		}
		if m.Start >= ce {
			break
		}
	}
	return s, e
}

// standalone reports whether name occurs in text as a word of its own,
// not followed by a capitalised word: "Qeshm's", "Qeshm was".
func standalone(text, name string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		e := i + j + len(name)
		b := i + j
		i = e
		if b > 0 && isASCIILetter(text[b-1]) || e < len(text) && isASCIILetter(text[e]) {
			continue
		}
		if e+1 < len(text) && text[e] == ' ' && text[e+1] >= 'A' && text[e+1] <= 'Z' {
			continue
		}
		return true
	}
}

// dateline returns the place of a dateline opening one of the first
// sentences of the body, in title case: "ATHENS (Reuters) -" -> "Athens",
// "NEW DELHI, India -" -> "New Delhi"; "" when there is none.
func (st *docState) dateline() string {
	var toks []tok
	n := 0
	for _, s := range st.d.Sentences {
		if s.Kind != doc.Body || inFurniture(st.d.Furniture, s.Start, s.End) {
			continue
		}
		if n++; n > 4 {
			break
		}
		toks = st.lex(toks[:0], s.Start, s.End)
		e := 0
		for e < len(toks) && e < 4 && toks[e].kind == tWord && allUpper(toks[e].s) && len(toks[e].s) >= 3 {
			e++
		}
		if e == 0 || e >= len(toks) {
			continue
		}
		switch toks[e].s {
		case "(", ",", "-", "--", "—", "–":
		default:
			continue
		}
		words := make([]string, e)
		for j := range e {
			w := toks[j].lo
			words[j] = strings.ToUpper(w[:1]) + w[1:]
		}
		return strings.Join(words, " ")
	}
	return ""
}

// locativeBefore reports whether the text before off (within its sentence
// from start) ends with a locative preposition: "in ", "at the ".
func locativeBefore(text string, start, off int) bool {
	// Lower-cased, so that a text in capitals reads the same ("IN LISBON").
	b := strings.ToLower(strings.TrimRight(text[max(start, off-64):off], " "))
	// "in central Athens", "in the south of": a direction word between.
	if i := strings.LastIndexByte(b, ' '); i >= 0 && compass(strings.ToLower(b[i+1:])) {
		b = b[:i]
	}
	b = strings.TrimSuffix(b, " the")
	for _, p := range []string{" in", " at", " near", " of"} {
		if strings.HasSuffix(" "+b, p) {
			if p == " of" {
				w := strings.TrimSuffix(b, " of")
				i := strings.LastIndexByte(w, ' ')
				lw := strings.ToLower(w[i+1:])
				return isSettlement(lw) || areaNoun(lw)
			}
			return true
		}
	}
	return false
}

// near reports whether some offset in offs is within d bytes of off.
func near(offs []int, off, d int) bool {
	for _, o := range offs {
		if o-off < d && off-o < d {
			return true
		}
	}
	return false
}

// areaNoun reports whether w names a part of a place before "of": "the
// streets of Athens", "the outskirts of Lima".
func areaNoun(w string) bool {
	switch w {
	case "streets", "outskirts", "suburbs", "suburb", "centre", "center", "heart", "part", "parts", "north",
		"south", "east", "west", "northeast", "northwest", "southeast", "southwest", "coast", "residents",
		"people", "area", "areas", "downtown":
		return true
	}
	return false
}

// attributive reports whether the mention at [start, end) modifies a
// noun after an article: "an Athens branch", "the northeast Philadelphia
// plant".
func attributive(v *vocab, text string, sStart, start, end int) bool {
	b := strings.TrimRight(text[sStart:start], " ")
	if i := strings.LastIndexByte(b, ' '); i >= 0 && compass(strings.ToLower(b[i+1:])) {
		b = b[:i]
	}
	det := false
	for _, d := range []string{" a", " an", " the"} {
		if strings.HasSuffix(" "+strings.ToLower(b), d) {
			det = true
		}
	}
	if !det || end >= len(text) || text[end] != ' ' {
		return false
	}
	rest := text[end+1:]
	if rest == "" || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	// "the Gulf island of Qeshm": the place is the one after "of".
	// "the United States is", "the US to": a verb or function word after
	// the name is no noun it modifies.
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ".,;:")
	if v.stop[w] || v.claimVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return false
	}
	return !isSettlement(w)
}

// possessiveAfter reports whether a possessive "’s" follows off: "the
// Kremlin’s efforts" uses the place name for its government.
func possessiveAfter(text string, off int) bool {
	return strings.HasPrefix(text[off:], "’") || strings.HasPrefix(text[off:], "'")
}

// countUses counts the uses of name in text that are not possessives.
func countUses(text, name string) int {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return n
		}
		i += j + len(name)
		if !possessiveAfter(text, i) {
			n++
		}
	}
}

// allUpper reports whether a word of two or more letters is all capitals:
// a shouted headline, not a name.
// allCaps reports whether w is written in capitals in a text that uses
// capitals as usual (an acronym, a shouted heading); in a text written all
// in capitals every word is, and none is told apart so.
func (st *docState) allCaps(w string) bool { return st.d.Case == doc.MixedCase && allUpper(w) }

func allUpper(w string) bool {
	if len(w) < 2 {
		return false
	}
	return strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// capitalRun returns the capitalised words from toks[k] on, at most four
// ("Lwarai Mandi", "West Country"), as written.
func capitalRun(text string, toks []tok, k int) string {
	e := k
	for e < len(toks) && e < k+4 && toks[e].kind == tWord && toks[e].cap {
		e++
	}
	if e == k {
		return ""
	}
	return text[toks[k].start:toks[e-1].end]
}
