package figures

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"factpipe/doc"
)

// MaxAge is the largest number read as a person's age in "61-year-old";
// MaxListedAge the largest right after a name ("Smith, 61,"), where a
// larger number is more often a score ("Chris Adams, 123, and Tim
// O'Gorman, 109, took Derbyshire to 471").
const (
	MaxAge       = 120
	MaxListedAge = 99
)

// age reads an age the text gives a named person at toks[i] and returns
// its figure and the token after it:
//
//   - "Sharron Smith, 61, of Staunton", "Smith, aged 61", "Smith, 61 years
//     old", "Severine Potty, 19 --": the age right after the name ("Anke
//     Huber (6)" is more often a seeding than an age);
//   - "61-year-old Sharron Smith", "the 61-year-old former teacher Sharron
//     Smith": the age before the name, with only describing words between;
//   - "Smith, a 61-year-old teacher,": the age in an apposition.
//
// The figure counts years (Unit "year"), its Measure is "age" and its
// Subject the person's full name: a surname alone takes the one full name
// of the document that ends with it, and a name that stays one word (or
// names two people) gives no figure, as two people of one family may share
// it. An age of someone unnamed ("a 35-year-old man") is no figure.
func (st *docState) age(si int, toks []tok, i int, attrs []attr) (fig, bool) {
	t := &toks[i]
	if t.kind != tNum {
		return fig{}, false
	}
	var (
		value       int
		first, last = i, i + 1
		name        doc.Mention
		found       bool
	)
	if n, ok := yearOld(t.lo); ok {
		// "61-year-old Smith", "Smith, a 61-year-old teacher".
		value = n
		name, found = st.personAfter(toks, i+1)
		if !found && i >= 3 && (toks[i-1].lo == "a" || toks[i-1].lo == "an") && toks[i-2].s == "," {
			name, found = st.personEndingAt(toks[i-3].end)
		}
	} else {
		n, err := strconv.Atoi(t.s)
		if err != nil || t.s[0] == '0' {
			return fig{}, false
		}
		value = n
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].lo
		}
		if (next == "years" || next == "year") && i+2 < len(toks) && toks[i+2].lo == "old" {
			last = i + 3
			if last < len(toks) {
				next = toks[last].lo
			} else {
				next = ""
			}
		}
		switch {
		case value > MaxListedAge:
		case i >= 2 && toks[i-1].s == "," && (next == "," || next == "." || next == ";" || next == "" || dash(next)):
			// "Smith, 61, said"; a list of numbers ("in 2009, 12, 13") has
			// a number before the comma, no name.
			name, found = st.personEndingAt(toks[i-2].end)
		case i >= 3 && (toks[i-1].lo == "aged" || toks[i-1].lo == "age") && toks[i-2].s == "," && next != "of":
			name, found = st.personEndingAt(toks[i-3].end)
		}
	}
	if !found || value <= 0 || value > MaxAge || listed(toks, i, name) {
		return fig{}, false
	}
	full, ok := st.fullName(name)
	if !ok {
		return fig{}, false
	}
	f := st.exactFigure(si, toks, first, last, float64(value), "year", "year", "age", attrs)
	f.f.Subject = full
	if f.fromAttr && f.claimTok >= last && speakerPhrase(toks[last:f.claimTok]) {
		// "Mr Mubanga, 32, from Wembley, London, said": the age describes
		// the speaker; the article gives it, not the speaker.
		f.f.Claimant, f.fromAttr = st.d.Outlet, false
		f.f.ClaimedOn = st.claimedOn(toks, first)
	}
	return f, true
}

// yearOld reads "61-year-old" (or "61-years-old", "61-yr-old") as 61.
func yearOld(w string) (int, bool) {
	num, rest, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	switch rest {
	case "year-old", "years-old", "yr-old":
	default:
		return 0, false
	}
	n, err := strconv.Atoi(num)
	if err != nil || num == "" || num[0] == '0' {
		return 0, false
	}
	return n, true
}

// personAfter finds a person named after "61-year-old" at toks[k]: up to
// five describing words may come first ("former teacher", "Deputy"), but no
// word that ends a noun phrase (a verb, a preposition, "and") and no
// punctuation.
func (st *docState) personAfter(toks []tok, k int) (doc.Mention, bool) {
	v := st.e.v
	for j := k; j < len(toks) && j < k+6; j++ {
		if m, ok := st.mentionAt(toks[j].start); ok {
			if m.Kind == doc.Person {
				return m, true
			}
			return doc.Mention{}, false
		}
		w := toks[j].lo
		if toks[j].kind != tWord || v.stop[w] || v.preps[w] || v.claimVerbs[w] || v.isMeasureWord(w) {
			return doc.Mention{}, false
		}
	}
	return doc.Mention{}, false
}

// personEndingAt returns the person mention that ends at byte offset end.
func (st *docState) personEndingAt(end int) (doc.Mention, bool) {
	return st.mentionEndingAt(end, doc.Person)
}

// mentionEndingAt returns the mention of kind that ends at byte offset end.
func (st *docState) mentionEndingAt(end int, kind doc.Kind) (doc.Mention, bool) {
	ms := st.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End >= end })
	for ; i < len(ms) && ms[i].Start < end; i++ {
		if ms[i].End == end && ms[i].Kind == kind {
			return ms[i], true
		}
	}
	return doc.Mention{}, false
}

// fullName is a person's name of at least two words: m's own, or the
// longest person name of the document that ends with m's surname (one
// word, or two after a particle: "Van Gogh"), when every other such name
// is part of it ("Sharron Smith" of "Sharron Diane Crawford Smith";
// "Theo van Gogh" of "Van Gogh": a particle's case aside). ok is false when a one-word
// name has none, or two people share the surname ("Mary Smith", "John
// Smith"); a two-word surname is then a name of its own.
func (st *docState) fullName(m doc.Mention) (string, bool) {
	surname := strings.Fields(m.Text)
	if len(surname) == 0 {
		return "", false
	}
	own := strings.Join(surname, " ")
	if len(surname) > 2 || len(surname) == 2 && !particle(surname[0]) {
		return own, true
	}
	var names [][]string
	for _, o := range st.mentions {
		ws := strings.Fields(o.Text)
		if o.Kind == doc.Person && len(ws) > len(surname) && endsWith(ws, surname) {
			names = append(names, ws)
		}
	}
	longest := surname
	for _, ws := range names {
		if len(ws) > len(longest) {
			longest = ws
		}
	}
names:
	for _, ws := range names {
		for _, w := range ws {
			if !slices.ContainsFunc(longest, func(l string) bool { return sameNameWord(l, w) }) {
				longest = surname // two people share the surname
				break names
			}
		}
	}
	if len(longest) < 2 {
		return "", false
	}
	return strings.Join(longest, " "), true
}

// endsWith reports whether the words ws end with the words tail (see
// sameNameWord).
func endsWith(ws, tail []string) bool {
	for i, w := range tail {
		if !sameNameWord(ws[len(ws)-len(tail)+i], w) {
			return false
		}
	}
	return true
}

// sameNameWord reports whether two words of names are one: the same, or a
// particle in either case ("Van", "van").
func sameNameWord(a, b string) bool {
	return a == b || particle(a) && strings.EqualFold(a, b)
}

// particle reports whether w starts a surname of two words: "Van Gogh",
// "de Klerk", "Al Fayed".
func particle(w string) bool {
	switch strings.ToLower(w) {
	case "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "al", "el", "bin", "ibn", "st.", "mac":
		return true
	}
	return false
}

// speakerPhrase reports whether the tokens between an age and the claim
// verb after it only continue the name's phrase: punctuation, capitalised
// words and "from", "of", "in", "the", "and" ("Smith, 61, from Wembley,
// London, said"), so the age is part of the speaker's description.
func speakerPhrase(ts []tok) bool {
	for _, t := range ts {
		switch {
		case t.kind == tPunct, t.kind == tWord && t.cap:
		case t.lo == "from" || t.lo == "of" || t.lo == "in" || t.lo == "the" || t.lo == "and":
		default:
			return false
		}
	}
	return true
}

// dash reports whether w is a dash: "-", "--", an en or em dash.
func dash(w string) bool {
	return w == "-" || w == "--" || w == "–" || w == "—"
}

// listed reports whether the number at toks[i] after the name m belongs
// to a numbered list rather than to the person: team line-ups ("5 - Ian
// Jones, 4 - Robin Brooke") and substitutions ("(Glenn Taylor, 53)").
func listed(toks []tok, i int, m doc.Mention) bool {
	// The number is followed by a dash and a name: "4 - Robin".
	if i+2 < len(toks) && dash(toks[i+1].lo) && toks[i+2].cap {
		return true
	}
	// The name follows a number and a dash, or an opening parenthesis.
	k := tokenAt(toks, m.Start)
	if k >= 1 && toks[k-1].s == "(" {
		return true
	}
	return k >= 2 && dash(toks[k-1].lo) && toks[k-2].kind == tNum
}
