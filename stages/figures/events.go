package figures

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"factpipe/doc"
)

// activeAction is the action of a verb that tells an event of its subject
// without "be" ("died"); "" for any other word.
func activeAction(w string) string {
	switch w {
	case "died", "dies":
		return "died"
	case "resigned", "surrendered", "retired":
		return w
	}
	return ""
}

// events finds the events of named people in sentence si that the
// sentence gives a day for, and appends them to st.evs:
//
//   - the person is the grammatical subject right before the verb, alone,
//     with an age or an apposition ("W. Mark Felt, the former FBI official
//     who ..., died Thursday"), or joined by "and" ("Blackmore and Oler
//     were arrested Wednesday": one event each); the antecedent of "who"
//     ("Bettie Page, the pin-up queen who died on Thursday"); a
//     sentence-initial "he" or "she" (the first person of the sentence
//     before, see personBefore); or the object of an active verb ("police
//     arrested Gary Gomes on Tuesday", see activeAt);
//   - the verb is past and affirmed: "died", "was arrested", "were shot
//     dead" (a form of "be" before a participle), not "will be charged",
//     "was not arrested", "is expected to be sentenced"; "were" needs two
//     people;
//   - the day follows the verb in its clause ("died of heart failure
//     Thursday at his home", "was arrested around midnight Friday"), or
//     opens the sentence ("On Thursday, Felt died"); a clause that starts
//     on the way ("after", "when", "who", a claim verb) ends the search,
//     and so does the object of the action (see objectStarts). Only days
//     count: a weekday, a date with a day ("December 18", "18 Dec 2008"),
//     "yesterday", "today", "last night"; not a day that describes a noun
//     ("the August 31 qualifier") or a weekday inside a name; or, for what
//     happened longer ago, a month or a year written with "in" ("pleaded
//     guilty in July 1973", see periodAt), with its Precision.
//
// A sentence that sets up a case ("Suppose John Jones ... died June 20,
// 1961", "Imagine ...") tells of no event. The person's name is the
// fullest the article gives (see eventName); a name that stays one word
// is no subject. The claimant is found as for figures, but is never the
// person the event happened to.
func (st *docState) events(si int, toks []tok, attrs []attr) {
	if len(toks) > 0 {
		switch toks[0].lo {
		case "suppose", "supposing", "imagine", "assume", "assuming":
			return
		}
	}
	for i := 0; i < len(toks); i++ {
		action, vFirst, vLast := st.actionAt(toks, i, st.d.Sentences[si].Kind == doc.Headline)
		var people []doc.Mention
		sFirst := 0
		var pronoun byte // the gender of a pronoun that stands for the people
		switch {
		case action != "":
			people, sFirst, pronoun = st.subjectsBefore(toks, vFirst)
			if toks[vFirst].lo == "were" && len(people) < 2 {
				// "an investor who ... involved lawyer Michael David were
				// sentenced": a plural verb needs its people joined by "and".
				people = nil
			}
		default:
			// "Police arrested Gary Gomes on Tuesday": the people are the
			// object.
			action, vFirst, vLast, people = st.activeAt(toks, i)
			sFirst = vFirst
		}
		if action == "" {
			continue
		}
		i = vLast - 1
		if len(people) == 0 {
			continue
		}
		dp, ok := st.dayAfter(toks, vLast, action)
		if !ok {
			dp, ok = st.dayOpening(toks, sFirst)
		}
		if !ok {
			continue
		}
		claimant, _, _ := st.claimant(toks, phrase{first: min(sFirst, dp.first), last: max(vLast, dp.last)}, attrs)
		if claimant == st.d.Outlet || namesOneOf(claimant, people) {
			// "Jeffs was sentenced Tuesday for assaulting girls he
			// claimed were his wives": no one is the source of their
			// own event.
			claimant = ""
		}
		d := st.d
		start, end := toks[dp.first].start, toks[dp.last-1].end
		for _, m := range people {
			name, ok := st.eventName(m, pronoun)
			if !ok {
				continue
			}
			text := d.Text[start:end]
			st.evs = append(st.evs, doc.Event{
				ID:    doc.HashID(d.ID, strconv.Itoa(start), strconv.Itoa(end), text, name, action),
				DocID: d.ID, Sentence: si, Start: start, End: end, Text: text,
				Subject: name, Action: action, On: dp.on, Precision: cmp.Or(dp.precision, "day"), Weekday: dp.weekday, Edge: dp.edge,
				Claimant:     claimant,
				SentenceText: d.Text[d.Sentences[si].Start:d.Sentences[si].End],
			})
		}
	}
}

// activeAt reads a verb at toks[i] that does something to the people
// named right after it: "police arrested Gary Gomes on Tuesday", "a
// policeman shot dead 15-year-old Alex Grig", "arrested Blackmore and
// Oler". Not after a form of "be" (see actionAt), and not "named" ("a man
// named John Smith"). It returns the action, the verb group's first token
// and the token after the people, and their mentions.
func (st *docState) activeAt(toks []tok, i int) (action string, first, last int, people []doc.Mention) {
	w := toks[i].lo
	if toks[i].kind != tWord || !strings.HasSuffix(w, "ed") && w != "shot" && w != "slain" || w == "named" || w == "called" {
		return "", 0, 0, nil
	}
	a, ok := st.e.v.passive[w]
	if !ok || modalBefore(toks, i) {
		return "", 0, 0, nil
	}
	if i > 0 {
		switch toks[i-1].lo {
		case "was", "were", "be", "been", "being", "is", "are", "get", "got",
			// "replacing the injured Mauro Bergamasco", "how convicted
			// rapist Arcade Comeaux escaped": an adjective, no verb.
			"the", "a", "an", "his", "her", "their", "its", "how", "of", "for", "by", "with", "to", "from", "as":
			return "", 0, 0, nil
		}
	}
	k := i + 1
	if k < len(toks) && toks[k].lo == "dead" && (a == "shot" || a == "stabbed") {
		a, k = "killed", k+1
	}
	for {
		if k < len(toks) {
			if _, age := yearOld(toks[k].lo); age {
				k++ // "15-year-old Alex Grig"
			}
		}
		m, ok := st.personAfter(toks, k)
		if !ok {
			break
		}
		e := tokenAt(toks, m.End)
		if rest := st.d.Text[m.End:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
			break // "arrested Smith's son", "hired Khashoggi's firm"
		}
		people = append(people, m)
		k = e
		if k+1 < len(toks) && toks[k].lo == "and" {
			k++
			continue
		}
		break
	}
	if len(people) == 0 || nameContinues(toks, tokenAt(toks, people[0].Start), people[0]) {
		return "", 0, 0, nil
	}
	return a, i, k, people
}

// objectStarts reports whether t starts the object of action, whose
// days are the object's: after a court's or the police's action "of",
// "with", "for" or a word in -ing ("was charged with murdering the deputy
// on June 24": the murder's day); after a plea a word in -ing ("pleaded
// guilty to one charge of evading his taxes in 1983": the taxes' year),
// not "of" ("pleaded guilty to obstruction of justice in July 1973").
func objectStarts(action string, t *tok) bool {
	ing := strings.HasSuffix(t.lo, "ing") && len(t.lo) > 5
	switch action {
	case "arrested", "charged", "sentenced", "convicted", "extradited", "released":
		return ing || t.lo == "of" || t.lo == "with" || t.lo == "for"
	case "pleaded guilty":
		return ing
	}
	return false
}

// namesOneOf reports whether name is one of people's names, or the
// surname alone ("Jeffs" for Warren Jeffs; "Michael Benton", his son, is
// another person).
func namesOneOf(name string, people []doc.Mention) bool {
	for _, m := range people {
		ws := strings.Fields(m.Text)
		if name == m.Text || len(ws) > 0 && name == ws[len(ws)-1] {
			return true
		}
	}
	return false
}

// actionAt reads an event verb group starting at toks[i]: "died", "was
// arrested", "were shot and killed", "was shot dead". It returns the
// action and the group's token range; action is "" when there is none.
// headline tells whether the sentence is a headline, where "dies" tells
// a past event ("Mark Felt dies at 95").
func (st *docState) actionAt(toks []tok, i int, headline bool) (action string, first, last int) {
	w := toks[i].lo
	// Every verb group starts with a word ending in d, s or e ("died",
	// "dies", "passed", "was", "were"): most words are passed at once.
	if toks[i].kind != tWord || len(w) < 3 {
		return "", 0, 0
	}
	if c := w[len(w)-1]; c != 'd' && c != 's' && c != 'e' {
		return "", 0, 0
	}
	if a := activeAction(w); a != "" {
		if w == "dies" && !headline {
			return "", 0, 0 // "dies" in running text is habitual or future
		}
		if modalBefore(toks, i) {
			return "", 0, 0
		}
		return a, i, i + 1
	}
	if w == "passed" && i+1 < len(toks) && toks[i+1].lo == "away" && !modalBefore(toks, i) {
		return "died", i, i + 2
	}
	if (w == "pleaded" || w == "pled") && i+1 < len(toks) && toks[i+1].lo == "guilty" && !modalBefore(toks, i) {
		return "pleaded guilty", i, i + 2
	}
	switch w {
	case "was", "were":
	default:
		return "", 0, 0
	}
	j := i + 1
	// "was reportedly arrested", "was later released".
	for j < len(toks) && (strings.HasSuffix(toks[j].lo, "ly") && toks[j].lo != "only" || toks[j].lo == "later" || toks[j].lo == "also") {
		j++
	}
	if j >= len(toks) {
		return "", 0, 0
	}
	p := toks[j].lo
	if p == "found" && j+1 < len(toks) && toks[j+1].lo == "dead" {
		// Found on Tuesday, perhaps dead since Saturday: not the day of
		// the death.
		return "found dead", i, j + 2
	}
	if p == "found" && j+1 < len(toks) && toks[j+1].lo == "guilty" {
		return "convicted", i, j + 2
	}
	if p == "taken" && j+2 < len(toks) && toks[j+1].lo == "into" && toks[j+2].lo == "custody" {
		return "arrested", i, j + 3
	}
	a, ok := st.e.v.passive[p]
	if !ok || modalBefore(toks, i) {
		return "", 0, 0
	}
	last = j + 1
	// "shot dead", "shot and killed", "stabbed to death": killed.
	if last < len(toks) && (a == "shot" || a == "stabbed") {
		switch {
		case toks[last].lo == "dead":
			a, last = "killed", last+1
		case last+1 < len(toks) && toks[last].lo == "and" && (toks[last+1].lo == "killed" || toks[last+1].lo == "wounded"):
			if toks[last+1].lo == "killed" {
				a = "killed"
			}
			last += 2
		case last+2 < len(toks) && toks[last].lo == "to" && toks[last+1].lo == "death":
			a, last = "killed", last+2
		}
	}
	// "was arrested and charged": the first action is the one dated.
	return a, i, last
}

// modalBefore reports whether the verb group at toks[i] is denied or not
// (yet) real: "will be", "would have", "to be", "was not", "could",
// "expected to".
func modalBefore(toks []tok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		switch toks[j].lo {
		case "not", "never", "n't":
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].lo {
		case "will", "would", "could", "may", "might", "should", "must", "shall", "to", "not", "never",
			"n't", "if", "can", "cannot":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// subjectsBefore finds the people named as the subject of the verb group
// starting at toks[v]: the person right before it, or before an age or an
// apposition set off by commas, and any joined to it by "and". It returns
// their mentions, the subject's first token and, when the subject is "he"
// or "she", its gender ('m', 'f'; else 0).
func (st *docState) subjectsBefore(toks []tok, v int) ([]doc.Mention, int, byte) {
	k := v - 1
	for k >= 0 && (toks[k].isQuote() || toks[k].s == ")") {
		k--
	}
	if k < 0 {
		return nil, 0, 0
	}
	var m doc.Mention
	found := false
	switch {
	case toks[k].lo == "who":
		// "Bettie Page, the pin-up queen who died on Thursday", "...
		// replaces U.T. Thompson III, who resigned March 1": the person
		// nearest before the relative clause, right before it or before
		// the comma that ends its apposition.
		for j := k - 1; j >= 0 && j >= k-12 && !found; j-- {
			if toks[j].s == ";" || toks[j].s == ":" {
				break
			}
			if j == k-1 || toks[j+1].s == "," {
				m, found = st.personEndingAt(toks[j].end)
			}
		}
	case toks[k].s == "," && k >= 3 && toks[k-1].kind == tNum && toks[k-2].s == ",":
		// "Felt, 95, died"; "Blackmore, 52, and Oler, 44, were".
		m, found = st.personEndingAt(toks[k-3].end)
	case toks[k].s == ",":
		// "W. Mark Felt, the former FBI official who ..., died": the
		// leftmost person followed by a comma within reach, with no
		// clause break between.
		for j := k - 1; j >= 0 && j >= k-45; j-- {
			if toks[j].s == ";" || toks[j].s == ":" {
				break
			}
			if j+1 < len(toks) && toks[j+1].s == "," {
				if pm, ok := st.personEndingAt(toks[j].end); ok {
					m, found = pm, true
				}
			}
		}
	case (toks[k].lo == "he" || toks[k].lo == "she") && (k == 0 || st.openedByDay(toks, k)):
		// "He died in a medical prison on Monday", "On June 27, 1973, he
		// pleaded guilty": the person the sentence before is about.
		g := pronounGender(toks[k].lo)
		m, found = st.personBefore(toks[k].start, g)
		if found {
			return []doc.Mention{m}, k, g
		}
	default:
		m, found = st.personEndingAt(toks[k].end)
	}
	if !found {
		return nil, 0, 0
	}
	if nameContinues(toks, tokenAt(toks, m.Start), m) {
		return nil, 0, 0
	}
	people := []doc.Mention{m}
	first := tokenAt(toks, m.Start)
	// "Winston Blackmore and James Oler", "Blackmore, 52, and Oler, 44,".
	for first >= 2 && toks[first-1].lo == "and" {
		j := first - 2
		if toks[j].s == "," && j >= 3 && toks[j-1].kind == tNum && toks[j-2].s == "," {
			j -= 3
		}
		pm, ok := st.personEndingAt(toks[j].end)
		if !ok {
			break
		}
		people = append(people, pm)
		first = tokenAt(toks, pm.Start)
	}
	slices.Reverse(people) // text order
	return people, first, 0
}

// eventName is the full name of the person m names (through a pronoun of
// gender pronoun, when that is not 0): fullName, or, for a
// surname that family members share, the nearest full name with it
// before m ("Gomes" after Katherine Gomes, then Gary Gomes, is Gary
// Gomes; "Felt" after W. Mark Felt, before his daughter Joan Felt, is W.
// Mark Felt). A pronoun's or a title's gender passes over names of the
// other ("Mr. Gigante" after Rita Gigante), and a surname with a title is
// the first such name of the article, its principal ("Mr. Gigante" in an
// obituary of Vincent Gigante that names his brother Salvatore Gigante
// before). With none before m, there is no name.
func (st *docState) eventName(m doc.Mention, pronoun byte) (string, bool) {
	// "Mr. Gigante", or "he" for Gigante: not Rita Gigante. The tagger
	// leaves "Mr." out of the mention and often out of its title.
	title := m.Title
	if title == "" {
		title = wordBefore(st.d.Text, m.Start)
	}
	titled := st.genderOf("", title)
	want := cmp.Or(pronoun, titled)
	if name, ok := st.fullName(m); ok && st.fits(name, "", want) {
		return name, true
	}
	w := strings.TrimSpace(m.Text)
	if strings.Contains(w, " ") {
		return "", false
	}
	name := ""
	for _, o := range st.mentions {
		if o.Start >= m.Start {
			break
		}
		ws := strings.Fields(o.Text)
		if o.Kind == doc.Person && len(ws) > 1 && ws[len(ws)-1] == w && st.fits(o.Text, o.Title, want) {
			name = strings.Join(ws, " ")
			if titled != 0 && pronoun == 0 {
				break
			}
		}
	}
	return name, name != ""
}

// nameContinues reports whether mention m, starting at toks[k], is the
// tail of a longer name the tagger split: a one-word mention right after a
// quoted nickname or another capitalised word ("Vincent \"The Chin\"
// Gigante"), which fullName would take for whatever other Gigante the
// article names.
func nameContinues(toks []tok, k int, m doc.Mention) bool {
	if k <= 0 || k >= len(toks) || strings.Contains(strings.TrimSpace(m.Text), " ") {
		return false
	}
	p := &toks[k-1]
	return p.isQuote() || p.kind == tWord && p.cap && k-1 > 0
}

// personBefore is the person a sentence-initial "he" or "she" at byte off
// stands for: the first person named in the nearest of the two sentences
// before that names one (the subject it is about, more often than a
// person named later in it).
func (st *docState) personBefore(off int, want byte) (doc.Mention, bool) {
	si := st.d.SentenceAt(off)
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		sen := st.d.Sentences[s]
		ms := st.mentions
		for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sen.Start }); i < len(ms) && ms[i].Start < sen.End; i++ {
			if ms[i].Kind == doc.Person && st.fits(ms[i].Text, ms[i].Title, want) {
				return ms[i], true
			}
		}
	}
	return doc.Mention{}, false
}

// wordBefore returns the word that ends right before the blank before
// byte off: "Mr." in "Mr. Gigante"; "" when there is none.
func wordBefore(text string, off int) string {
	before := strings.TrimRight(text[:off], " ")
	if len(before) == len(text[:off]) {
		return ""
	}
	return before[strings.LastIndexAny(before, " \n\t")+1:]
}

// pronounGender is the gender a pronoun asks for: 'm' for "he", 'f' for
// "she".
func pronounGender(w string) byte {
	switch w {
	case "he":
		return 'm'
	case "she":
		return 'f'
	}
	return 0
}

// genderOf tells a person's gender from the title written with the name
// ("Mr.", "Mrs.", "Ms.") or the first name (see WithFirstNames): 'm', 'f',
// or 0 when neither tells.
func (st *docState) genderOf(name, title string) byte {
	switch strings.ToLower(strings.TrimSuffix(strings.TrimSpace(title), ".")) {
	case "mr", "sir", "lord", "king", "prince":
		return 'm'
	case "mrs", "ms", "miss", "dame", "lady", "queen", "princess":
		return 'f'
	}
	if st.e.gender == nil {
		return 0
	}
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	male, female := st.e.gender(first)
	switch {
	case male && !female:
		return 'm'
	case female && !male:
		return 'f'
	}
	return 0
}

// fits reports whether a person named name (with title) may be the one a
// pronoun or title of gender want points at: their gender is unknown or
// the same.
func (st *docState) fits(name, title string, want byte) bool {
	if want == 0 {
		return true
	}
	g := st.genderOf(name, title)
	return g == 0 || g == want
}

// dayPhrase is a day as a sentence gives it.
type dayPhrase struct {
	first, last int // token range
	on          time.Time
	weekday     string
	edge        bool
	precision   string // "month" or "year" (see periodAt); "" for a day
}

// dayAfter finds the first day phrase in the clause that starts at
// toks[k], within fifteen tokens, for action: the search ends where the
// action's object starts (see objectStarts), as the day there is the
// object's.
func (st *docState) dayAfter(toks []tok, k int, action string) (dayPhrase, bool) {
	v := st.e.v
	for j := k; j < len(toks) && j < k+15; j++ {
		t := &toks[j]
		if objectStarts(action, t) {
			return dayPhrase{}, false
		}
		switch {
		case t.s == ";" || t.s == ":" || t.s == "(" || dash(t.s):
			return dayPhrase{}, false
		case v.claimVerbs[t.lo] && j > k:
			return dayPhrase{}, false
		}
		switch t.lo {
		case "after", "before", "when", "while", "since", "until", "till", "because", "who", "which", "where",
			"but", "as", "following", "amid", "from", "that":
			return dayPhrase{}, false
		case "and":
			// "was arrested and charged Wednesday": the day is both
			// verbs'; "was arrested and police searched his home on
			// Friday": a new clause, whose day is not the event's.
			if j+1 >= len(toks) {
				return dayPhrase{}, false
			}
			n := toks[j+1].lo
			if _, ok := v.passive[n]; !ok && !strings.HasSuffix(n, "ed") {
				return dayPhrase{}, false
			}
		}
		if dp, ok := st.dayAt(toks, j); ok {
			return dp, true
		}
		if dp, ok := st.periodAt(toks, j); ok {
			return dp, true
		}
	}
	return dayPhrase{}, false
}

// openedByDay reports whether a day phrase and a comma are all that
// stands before toks[k]: "On June 27, 1973, he".
func (st *docState) openedByDay(toks []tok, k int) bool {
	dp, ok := st.dayOpening(toks, k)
	return ok && dp.first == 0
}

// dayOpening finds a day phrase that opens the sentence and ends right
// before its subject, at toks[s]: "On Thursday, Felt died", "Late
// Saturday, Smith was arrested".
func (st *docState) dayOpening(toks []tok, s int) (dayPhrase, bool) {
	// "In July 1973, LaRue pleaded guilty".
	if dp, ok := st.periodAt(toks, 0); ok {
		k := dp.last
		for k < s && toks[k].s == "," {
			k++
		}
		if k == s {
			return dp, true
		}
	}
	for j := 0; j < s && j < 3; j++ {
		if dp, ok := st.dayAt(toks, j); ok {
			k := dp.last
			for k < s && toks[k].s == "," {
				k++
			}
			if k == s && (j == 0 || toks[0].lo == "on" || toks[0].lo == "late" || toks[0].lo == "early") {
				return dp, true
			}
		}
	}
	return dayPhrase{}, false
}

// dayAt reads a day phrase at toks[i]: a weekday (with "late", "early",
// "last" before it or "night", "morning", ... after), a date with a day,
// "yesterday", "today", "last night", "overnight". A preceding "on" is
// part of the phrase.
func (st *docState) dayAt(toks []tok, i int) (dayPhrase, bool) {
	v := st.e.v
	t := &toks[i]
	dp := dayPhrase{first: i, last: i + 1}
	holiday, isHoliday := st.holidayAt(toks, i)
	switch {
	case (t.lo == "yesterday" || t.lo == "today" || t.lo == "tonight") && t.cap && i > 0:
		// "ABC News' World News Tonight", "the Today show": a name.
		return dayPhrase{}, false
	case t.lo == "yesterday" || t.lo == "today":
		dp.on, _ = st.dateAt(toks, i)
	case t.lo == "tonight":
		dp.on, dp.edge = st.pub, true
	case t.lo == "last" && i+1 < len(toks) && toks[i+1].lo == "night":
		dp.last, dp.edge = i+2, true
		if !st.pub.IsZero() {
			dp.on = st.pub.AddDate(0, 0, -1)
		}
	case t.lo == "overnight":
		dp.edge = true
		if !st.pub.IsZero() {
			dp.on = st.pub
		}
	case isHoliday:
		dp = holiday
	default:
		if wd, ok := v.weekdays[t.lo]; ok && t.cap && !st.inMention(t.start) {
			dp.weekday = wd.String()
			if on, ok := st.dateAt(toks, i); ok {
				dp.on = on
			}
			// "on Easter Sunday, April 8, 2012": the date that follows
			// says which Sunday.
			if j := i + 1; j+1 < len(toks) && toks[j].s == "," && dayDate(toks, j+1) {
				if on, ok := st.dateAt(toks, j+1); ok {
					dp.on, dp.last = on, dateEnd(v, toks, j+1)
				}
			}
			break
		}
		on, ok := st.dateAt(toks, i)
		if !ok || !dayDate(toks, i) {
			return dayPhrase{}, false
		}
		dp.on, dp.last = on, dateEnd(v, toks, i)
	}
	// "late Tuesday", "early Friday", "last Thursday", "late on Saturday".
	if i > 0 {
		switch toks[i-1].lo {
		case "late", "early":
			dp.first, dp.edge = i-1, true
		case "last", "this":
			if dp.weekday != "" {
				dp.first = i - 1
			}
		case "on":
			if i > 1 && (toks[i-2].lo == "late" || toks[i-2].lo == "early") {
				dp.first, dp.edge = i-2, true
			}
		case "the", "a", "an", "its", "his", "her", "their":
			// "the August 31 qualifier", "a March 10 letter": a day that
			// describes a noun, not when the event happened.
			return dayPhrase{}, false
		}
	}
	// "Thursday night", "Friday morning".
	if dp.last < len(toks) && dp.weekday != "" {
		switch toks[dp.last].lo {
		case "night", "evening":
			dp.last, dp.edge = dp.last+1, true
		case "morning", "afternoon":
			dp.last++
		}
	}
	if dp.first > 0 && toks[dp.first-1].lo == "on" {
		dp.first--
	}
	if dp.on.IsZero() && dp.weekday == "" {
		return dayPhrase{}, false
	}
	if !dp.on.IsZero() && dp.weekday == "" {
		dp.weekday = dp.on.Weekday().String()
	}
	return dp, true
}

// periodAt reads a month or a year at toks[i] that dates an event without
// its day: "in July 1973", "in June of 1973", "in 1969". The year must be
// written (a month alone may be of any year) and lie between 1800 and the
// article's year; "in late 1973", "in the 1970s", "in 2008 dollars" are
// none.
func (st *docState) periodAt(toks []tok, i int) (dayPhrase, bool) {
	v := st.e.v
	if i+1 >= len(toks) || toks[i].lo != "in" {
		return dayPhrase{}, false
	}
	dp := dayPhrase{first: i, precision: "year"}
	k := i + 1
	month := time.January
	if m, ok := v.months[strings.TrimSuffix(toks[k].lo, ".")]; ok && toks[k].cap {
		month, dp.precision = m, "month"
		k++
		if k < len(toks) && toks[k].lo == "of" {
			k++
		}
	}
	if k >= len(toks) || toks[k].kind != tNum || len(toks[k].s) != 4 {
		return dayPhrase{}, false
	}
	y, err := strconv.Atoi(toks[k].s)
	if err != nil || y < 1800 || st.year() > 0 && y > st.year() {
		return dayPhrase{}, false
	}
	// "in 2008 dollars": the year describes a noun.
	if k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap && !v.stop[toks[k+1].lo] &&
		!v.preps[toks[k+1].lo] && !v.claimVerbs[toks[k+1].lo] {
		if _, ok := v.passive[toks[k+1].lo]; !ok {
			return dayPhrase{}, false
		}
	}
	dp.last = k + 1
	dp.on = time.Date(y, month, 1, 0, 0, 0, 0, time.UTC)
	return dp, true
}

// inMention reports whether byte off is inside an entity mention ("Thomas
// Sunday").
func (st *docState) inMention(off int) bool {
	ms := st.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > off })
	return i < len(ms) && ms[i].Start <= off
}

// dateEnd returns the token after the date that starts at toks[i],
// through its day and year: "December 18, 2008", "18 Dec 2008".
func dateEnd(v *vocab, toks []tok, i int) int {
	k := i + 1
	for k < len(toks) && k < i+4 && (toks[k].kind == tNum || toks[k].s == "," && k+1 < len(toks) && toks[k+1].kind == tNum && len(toks[k+1].s) == 4 || isMonthTok(v, &toks[k])) {
		k++
	}
	return k
}

// dayDate reports whether the date at toks[i] names a day, not only a
// month or a year ("December 18", "18 December", not "December 2008").
func dayDate(toks []tok, i int) bool {
	if toks[i].kind == tNum {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].kind != tNum {
		return false
	}
	n, err := strconv.Atoi(strings.TrimRight(toks[i+1].lo, "stndrh"))
	return err == nil && n >= 1 && n <= 31 && len(toks[i+1].s) <= 4
}

func isMonthTok(v *vocab, t *tok) bool {
	_, ok := v.months[strings.TrimSuffix(t.lo, ".")]
	return ok && t.cap
}
