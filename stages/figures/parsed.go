package figures

import (
	"cmp"
	"factpipe/lexicon"
	"slices"
	"strconv"
	"time"

	"factpipe/doc"
	"factpipe/internal/depmatch"
	"factpipe/stages/figures/rules"
)

// grammar holds the phrasing families compiled for matching, built once
// by New.
type grammar struct {
	measures    *depmatch.Matcher
	claimants   *depmatch.Matcher
	places      *depmatch.Matcher
	backgrounds *depmatch.Matcher
	incidents   *depmatch.Matcher
	// incidentPlaces read where an incident happened.
	incidentPlaces *depmatch.Matcher
	// dated are the patterns that read a month or a year: they tell a
	// background only in an article without a date of its own.
	dated map[*depmatch.Pattern]bool
}

func newGrammar() (*grammar, error) {
	g := &grammar{dated: map[*depmatch.Pattern]bool{}}
	for _, c := range []struct {
		m        **depmatch.Matcher
		families []rules.Family
	}{
		{&g.measures, rules.Measures()}, {&g.claimants, rules.Claimants()}, {&g.places, rules.Places()},
		{&g.backgrounds, rules.Backgrounds()}, {&g.incidents, rules.Incidents()}, {&g.incidentPlaces, rules.IncidentPlaces()},
	} {
		m, err := compileFamilies(c.families)
		if err != nil {
			return nil, err
		}
		*c.m = m
	}
	for _, f := range rules.Backgrounds() {
		for _, p := range f.Patterns {
			g.dated[p] = f.Name == rules.DatedEvent
		}
	}
	return g, nil
}

// compileFamilies compiles the patterns of fs into one matcher, in order.
func compileFamilies(fs []rules.Family) (*depmatch.Matcher, error) {
	var ps []*depmatch.Pattern
	for _, f := range fs {
		ps = append(ps, f.Patterns...)
	}
	return depmatch.Compile(rules.WordSets(), ps...)
}

// parsedSentence is a parsed sentence as the families read it: its words
// are the sentence's tokens.
type parsedSentence struct {
	toks []doc.Token
	s    depmatch.Sentence
	// clause[w] tells, once computed (see clauses), whether word w opens
	// a clause of its own: by its relation (not a participle adjunct), or
	// by heading a copula or a subordinator.
	clause []bool
}

// parsed returns the parse of sentence si, nil when it was not parsed. The
// last one is kept: figures of one sentence ask in a row.
func (st *docState) parsed(si int) *parsedSentence {
	if st.parse != nil && st.parseOf == si {
		return st.parse
	}
	st.parseOf, st.parse = si, nil
	syn := st.d.SyntaxOf(si)
	s := st.d.Sentences[si]
	if len(syn.Words) == 0 || len(syn.Words) != s.Last-s.First {
		return nil
	}
	ps := &parsedSentence{toks: st.d.Tokens[s.First:s.Last]}
	ps.s.Words = syn.Words
	ps.s.Lower = make([]string, len(ps.toks))
	for i, t := range ps.toks {
		ps.s.Lower[i] = lower(t.Text)
	}
	st.parse = ps
	return ps
}

// anchor returns the word of the byte range [start, end) that the rest of
// the sentence hangs from: the first whose head lies outside the range,
// or -1 when the range holds no word.
func (ps *parsedSentence) anchor(start, end int) int {
	first, last := -1, -1
	for i, t := range ps.toks {
		if t.End > start && t.Start < end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return -1
	}
	for i := first; i <= last; i++ {
		if h := ps.s.Words[i].Head; h < first || h > last {
			return i
		}
	}
	return last
}

// countWord returns the parse of sentence si and the word of the count of
// phrase p in it; nil when the sentence was not parsed.
func (st *docState) countWord(si int, toks []tok, p phrase) (*parsedSentence, int) {
	ps := st.parsed(si)
	if ps == nil || p.numFirst >= p.last {
		return nil, -1
	}
	a := ps.anchor(toks[p.numFirst].start, toks[p.last-1].end)
	if a < 0 {
		return nil, -1
	}
	return ps, a
}

// parsedMeasure reads the measure of the count at toks[p.numFirst:p.last]
// from the parse of sentence si: the first family that matches. It
// reports false when the sentence was not parsed or no family matches.
func (st *docState) parsedMeasure(si int, toks []tok, p phrase) (string, bool) {
	ps, a := st.countWord(si, toks, p)
	if ps == nil {
		return "", false
	}
	for _, m := range st.e.g.measures.Find(&ps.s, a) {
		w := m.Word("measure")
		if w < 0 {
			continue
		}
		if measure := rules.MeasureAt(ps.s.Lower, w); measure != "" {
			return measure, true
		}
	}
	return "", false
}

// parsedClaim finds the attribution that scopes the count of phrase p in
// the parse of sentence si: the nearest verb of saying above or beside its
// clause, or an "according to". It returns the attribution of attrs at
// that verb when attrs has one with a source, else the source the parse
// names (a pronoun resolved to the nearest fitting name before it). It
// reports false when the sentence was not parsed or nothing scopes the
// count.
func (st *docState) parsedClaim(si int, toks []tok, p phrase, attrs []attr) (string, int, bool) {
	ps, a := st.countWord(si, toks, p)
	if ps == nil {
		return "", 0, false
	}
	m, ok := st.e.g.claimants.First(&ps.s, a)
	if !ok {
		return "", 0, false
	}
	at := m.Word("speech")
	if at < 0 {
		return accordingTo(attrs)
	}
	pos := ps.toks[at].Start
	for i := range attrs {
		if attrs[i].pos == pos && attrs[i].name != "" {
			return attrs[i].name, attrs[i].tok, true
		}
	}
	name := st.sourceName(ps, m.Word("source"))
	return name, tokAt(toks, pos), name != ""
}

// accordingTo returns the source of the sentence's "according to", as the
// attributions read it. A relay ("according to a report by") is left to
// the attributions, which weigh it against the sentence's other claims.
func accordingTo(attrs []attr) (string, int, bool) {
	for i := range attrs {
		if attrs[i].accord && !attrs[i].relay && attrs[i].name != "" {
			return attrs[i].name, attrs[i].tok, true
		}
	}
	return "", 0, false
}

// sourceName returns the name of the source at word w: the entity mention
// that covers it, a pronoun's referent, or the words of its noun phrase
// when its noun names a source (police, officials, a ministry); else "".
func (st *docState) sourceName(ps *parsedSentence, w int) string {
	t := ps.toks[w]
	if m, ok := st.mentionFor(t.Start, t.End); ok {
		return m.Text
	}
	if ps.s.Words[w].UPOS == "PRON" {
		name, _ := st.resolvePronoun(ps.s.Lower[w], t.Start)
		return name
	}
	// A common noun is a source only when it names one: "police",
	// "officials", "the ministry", "a spokesman".
	if head := ps.s.Lower[w]; !st.e.v.orgWords[head] && !st.e.v.descriptors[singular(head)] && !st.e.v.descriptors[head] {
		return ""
	}
	first, last := ps.nounPhrase(w, len(ps.s.Words))
	return st.d.Text[ps.toks[first].Start:ps.toks[last].End]
}

// nounPhrase returns the first and last word of the name or noun at w with
// the words before it that make it up: compounds, flat names, adjectives
// and possessors, but not its determiner; depth bounds the descent.
func (ps *parsedSentence) nounPhrase(w, depth int) (int, int) {
	first, last := w, w
	if depth == 0 {
		return first, last
	}
	for j, x := range ps.s.Words {
		if x.Head != w || j >= w {
			continue
		}
		switch x.Rel {
		case "compound", "flat", "flat:name", "amod", "nmod:poss", "nummod":
			f, l := ps.nounPhrase(j, depth-1)
			first, last = min(first, f), max(last, l)
		}
	}
	return first, last
}

// tokAt returns the index of the figures-lexer token that holds byte
// offset pos: the last that starts at or before it (0 when none does).
func tokAt(toks []tok, pos int) int {
	return max(tokenAt(toks, pos+1)-1, 0)
}

// parsedPlace returns the place of the nearest locative phrase on the
// count of phrase p, its noun or a word above them in the parse of
// sentence si ("killed 14 in the capital"), as the place names read it, or
// "" when there is none that names a place.
func (st *docState) parsedPlace(si int, toks []tok, p phrase) string {
	ps, a := st.countWord(si, toks, p)
	if ps == nil {
		return ""
	}
	ms := st.e.g.places.Find(&ps.s, a)
	slices.SortStableFunc(ms, func(x, y depmatch.Match) int {
		return cmp.Compare(abs(x.Word("place")-a), abs(y.Word("place")-a))
	})
	for _, m := range ms {
		w := m.Word("place")
		first, _ := ps.nounPhrase(w, len(ps.s.Words))
		for _, at := range []int{w, first} {
			if name, ok := st.placeName(toks, tokAt(toks, ps.toks[at].Start)); ok {
				return name
			}
		}
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// inBreakdown reports whether the count of phrase p is one of several
// coordinated counts of people under one measure in the parse of sentence
// si, a breakdown of a toll ("killed two women and five children"): each
// is a part of what the sentence counts, not a total. Counts of things
// ("6 rifles, 12 magazines and 300 rounds") are counts of their own, and
// so are counts with a measure word between them ("killed 400 and wounded
// 300").
func (st *docState) inBreakdown(si int, toks []tok, p phrase) bool {
	ps, a := st.countWord(si, toks, p)
	if ps == nil {
		return false
	}
	noun := a
	if h := ps.s.Words[a].Head; h >= 0 && depmatch.RelIn(ps.s.Words[a].Rel, "nummod") {
		noun = h
	}
	var partners []int
	if depmatch.RelIn(ps.s.Words[noun].Rel, "conj") {
		partners = append(partners, ps.s.Words[noun].Head)
	}
	for j, w := range ps.s.Words {
		if w.Head == noun && depmatch.RelIn(w.Rel, "conj") {
			partners = append(partners, j)
		}
	}
	for _, q := range partners {
		if ps.hasCount(q) && st.people(ps.s.Lower[noun]) && st.people(ps.s.Lower[q]) &&
			!ps.measureBetween(min(a, q), max(a, q)) && rules.MeasureAt(ps.s.Lower, q) == "" &&
			rules.MeasureAt(ps.s.Lower, noun) == "" {
			return true
		}
	}
	return false
}

// people reports whether a lower-case noun names people.
func (st *docState) people(w string) bool { return st.e.v.human[w] || st.e.v.human[singular(w)] }

// measureBetween reports whether a word from..to holds a measure phrase.
func (ps *parsedSentence) measureBetween(from, to int) bool {
	for k := max(from, 0); k <= to && k < len(ps.s.Lower); k++ {
		if rules.MeasureAt(ps.s.Lower, k) != "" {
			return true
		}
	}
	return false
}

// hasCount reports whether word w has a number among its dependents, or is
// one.
func (ps *parsedSentence) hasCount(w int) bool {
	if w < 0 || w >= len(ps.s.Words) {
		return false
	}
	if ps.s.Words[w].UPOS == "NUM" {
		return true
	}
	for _, x := range ps.s.Words {
		if x.Head == w && x.UPOS == "NUM" && depmatch.RelIn(x.Rel, "nummod") {
			return true
		}
	}
	return false
}

// background reports whether the count of phrase p in sentence si speaks
// of another event than the article's: a date more than a week before the
// article's (on, the figure's date), or a background family's match on the
// parse (see backgroundAt).
func (st *docState) background(si int, toks []tok, p phrase, on time.Time) bool {
	if !on.IsZero() && !st.pub.IsZero() && st.pub.Sub(on) > earlierEvent {
		return true
	}
	ps, a := st.countWord(si, toks, p)
	if ps == nil {
		return false
	}
	return st.backgroundAt(ps, a)
}

// backgroundAt reports whether a background family matches at word a of
// parsed sentence ps, within a's clause: a cumulative toll, another or an
// earlier event, or a month or a year that is not the article's. Figures
// and incidents read it alike.
func (st *docState) backgroundAt(ps *parsedSentence, a int) bool {
	for _, m := range st.e.g.backgrounds.Find(&ps.s, a) {
		if !ps.sameClause(a, holder(m, a)) {
			continue
		}
		if !st.e.g.dated[m.Pattern] || st.otherPeriod(ps.s.Lower[m.Word("cue")]) {
			return true
		}
	}
	return false
}

// otherPeriod reports whether a month or a year (lower case) is not the
// article's own; any is, in an undated article.
func (st *docState) otherPeriod(cue string) bool {
	if st.pub.IsZero() {
		return true
	}
	if mo := lexicon.MonthName(cue); mo != 0 {
		return mo != st.pub.Month()
	}
	return cue != strconv.Itoa(st.pub.Year())
}

// clauseRels are the relations that open a clause of its own.
var clauseRels = []string{"advcl", "ccomp", "csubj", "parataxis", "acl", "xcomp", "list"}

// sameClause reports whether word above, an ancestor of word w, is in w's
// clause: no word from w up to it (above excluded) opens a clause, by its
// relation or by heading a copula or a subordinator ("if the number is
// 89": the count heads a clause of its own).
func (ps *parsedSentence) sameClause(w, above int) bool {
	opens := ps.clauses()
	for steps := 0; w >= 0 && w != above && steps < len(ps.s.Words); steps++ {
		if opens[w] {
			return false
		}
		w = ps.s.Words[w].Head
	}
	return w == above
}

// clauses computes ps.clause in one pass over the words: a word opens a
// clause by its relation, unless it is a participle adjunct of the event
// above it (an advcl without a subject or a subordinator: "struck in
// September, killing seven", which shares its time and place), or by
// heading a copula or a subordinator.
func (ps *parsedSentence) clauses() []bool {
	if ps.clause != nil {
		return ps.clause
	}
	words := ps.s.Words
	marked := make([]bool, len(words))  // has a copula or a subordinator
	subject := make([]bool, len(words)) // has a subject or a subordinator
	for _, x := range words {
		if x.Head < 0 || x.Head >= len(words) {
			continue
		}
		if depmatch.RelIn(x.Rel, "cop", "mark") {
			marked[x.Head] = true
		}
		if depmatch.RelIn(x.Rel, "nsubj", "mark") {
			subject[x.Head] = true
		}
	}
	ps.clause = make([]bool, len(words))
	for w, x := range words {
		adjunct := depmatch.RelIn(x.Rel, "advcl") && !subject[w]
		ps.clause[w] = marked[w] || depmatch.RelIn(x.Rel, clauseRels...) && !adjunct
	}
	return ps.clause
}

// earlierEvent is how long before its article a figure's date must be for
// the figure to speak of an earlier event (as reconciliation reads it).
const earlierEvent = 7 * 24 * time.Hour

// holder is the word of match m's "holder" node, the word above the count
// whose phrases the family read; the count a itself when the pattern
// reads the count's own phrases.
func holder(m depmatch.Match, a int) int {
	if h := m.Word("holder"); h >= 0 {
		return h
	}
	return a
}
