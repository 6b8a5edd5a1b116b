// Package figures reads every number in an article as a claim: how many of
// what, what happened to them, about which place or event, who says so and
// when.
//
// For each number phrase outside page furniture it fills a doc.Figure:
//
//   - Value, Low, High and Qualifier follow the reading rules on Number.
//   - Text is the qualifier, the number and, when it follows at once, the
//     counted noun: "at least 89 soldiers", "between 60 and 400",
//     "hundreds of Russian servicemen".
//   - Unit is the counted noun, singular and lower case ("89 servicemen" ->
//     "serviceman", "four rockets" -> "rocket", "63 of its soldiers" ->
//     "soldier"), with these normalisations: troop -> soldier, service
//     member and military personnel -> serviceman, people -> person,
//     "units of enemy military equipment" -> "unit of equipment". Percentages
//     are "percent", money the lower-case ISO code ("usd", "gbp", "eur").
//     A number with no noun takes one from context: an earlier figure of
//     the same sentence ("killed 400 troops and wounded 300", "300
//     others", "revising the number to 89"), else a figure counting people
//     in the last three sentences when something happened to people
//     ("about 400 killed"); failing that a casualty figure counts
//     "person". A singular noun after a number above one makes it a label,
//     not a count ("911 dispatcher"). "N times" and "N-fold" have unit
//     "time" and no measure ("shot eleven times", "five times the limit").
//     In "two of the three victims" the part takes the whole's noun and
//     the whole is no figure of its own; in "three bank workers-two women
//     and a man" the whole is the figure and its parts are dropped; "a
//     mother of two" counts children ("child") and takes no measure.
//     UnitClass is "person" for every people noun, else Unit: group on
//     it. The unit vocabulary: a singular lower-case noun as written
//     (after the normalisations above); "person" for people, and
//     UnitClass "person" for every noun in the people list of newVocab
//     (soldier, civilian, worker, officer, firefighter, policeman,
//     teenager, student, employee, victim, ... roles and kinship nouns);
//     "percent"; ISO currency codes; "time"; time and distance units
//     ("year", "mile") that take no measure; "unit of X" for "units of
//     X".
//   - Measure is what happened, from the vocabulary documented on
//     measureTable ("killed", "wounded", "casualties", "destroyed",
//     "shot_down", "stationed", "mobilised", ...), "" when none. It is
//     looked for, in this order: right after the counted noun ("89 soldiers
//     were killed", "400 killed"); in the four tokens before the number
//     ("killed 400", "killed or injured 200,000"); as an adjective in the
//     noun phrase ("89 dead soldiers"); up to 15 tokens before, back to the
//     previous number ("the death toll ... of 89"); by reference ("revising
//     the number to 89" takes the measure of the figure it revises); up to
//     10 tokens after, within the clause ("four rockets ... hit"). A
//     measure is not taken across "and", "but" or "while" from another
//     clause ("a receptionist died and two men ..."); spans and distances
//     have none ("two years ago", "a few blocks away"); a family has none
//     unless it follows at once ("a father of two sons"); things that are
//     not people keep people-only measures (killed, arrested, ...) only
//     when the measure follows at once. A measure found before the
//     number is dropped for the agent of a passive ("shot dead by two
//     officers"; "attended by 200,000" keeps it), for the target of a
//     gesture ("pointing a gun at two officers") and for a population
//     ("a city of 500,000 people", "home to 120,000"), whose measure is
//     "population" when the words name the place ("Zarand, a town of
//     about 15,000 people": Subject "Zarand", Claimant the outlet; see
//     populationOf). An earthquake's magnitude ("a 5.9-magnitude quake",
//     "measuring 5.6 on the Richter scale") has unit and measure
//     "magnitude" (see magnitude). "houses", "holds",
//     "housing" before a preposition or punctuation are nouns ("Houses
//     in two villages were damaged"), and "reported" may stand between
//     the noun and its measure ("were reported damaged").
//   - A claim that nobody was hurt is a figure of value 0 (exact, unit
//     "person"): "no injuries", "no reported deaths", "no casualties",
//     "no one was killed", "nobody died", "none were hurt", "none of the
//     passengers were injured"; Text is the phrase. Negations that count
//     nothing are not figures: "no evidence", "no one knows", "no one
//     else", "no serious injuries" (minor ones may have happened), "no
//     injury claims".
//   - Claimant is who the article says makes the claim: the subject of a
//     speech verb ("the Russian Ministry of Defense claimed that ...",
//     "Kiev claims", "the staff indicated", "Moscow initially said"), the
//     object of an inverted one ("..., said the defence ministry") or of a
//     passive ("acknowledged by Moscow"), or the source after "according
//     to". The nearest claim verb before the number wins, then "according
//     to", then one after the number. A number inside a quotation is
//     claimed by whoever the quotation is attributed to. Names lose
//     articles, titles and role words ("Lieutenant General Sergei
//     Serdyukov" -> "Sergei Serdyukov", "the Telegram channel “Rybar”" ->
//     "Rybar"); an entity mention covering the name gives its spelling.
//     Pronouns resolve to the last named source before them: he/she to a
//     person (a person mention, a named source, or without mentions a run
//     of two or three capitalised words), it/they to an organisation or
//     place. A source named by a bare common noun ("the officials said")
//     is the last source named before whose name ends with it ("Pakistani
//     officials"). Passive ("is said to") and denied ("has not announced",
//     "neither ... nor") claims name no source. An unattributed number
//     is the outlet's own claim (Document.Outlet) unless the sentence says
//     "reportedly", "allegedly" or "reported", when it is "".
//   - ClaimedOn is the date written in the sentence nearest the claim verb
//     (or the number): explicit ("on January 1", "9 January 2023",
//     "December 2022") or relative to Document.Published ("on Monday" and
//     "last Wednesday" are the latest such weekday on or before the
//     published date, "yesterday", "today", "this week" (= the published
//     date), "last month", "last September"). Zero when there is none or it
//     cannot be resolved.
//   - Subject takes exactly one of these forms:
//     "war" for a total over a whole war or conflict (the sentence speaks
//     of "during the conflict", "since the start", "to date", ... nearer to
//     the number than of a single event);
//     a period as written ("1943-44", "1990s") for figures about an earlier
//     time ("in 1943-44 ... about 100,000");
//     an earlier war or era, in a past-tense sentence that names it
//     ("World War II" for "World War II", "the Second World War", "the
//     Nazis"; "World War I", "Cold War", "Holocaust");
//     a place name as written, when a place follows the figure in its
//     clause ("killed in Makiivka", "gathered in the city of Samara",
//     "killed in eastern China");
//     a place named before the figure as the sentence's setting ("In
//     Athens, three people died", "The city of Samara ... its hospitals
//     are treating 60-70 wounded");
//     otherwise, for casualty, damage, arrest and capture figures and
//     sentences that speak of an event ("the strike", "the attack"), the
//     document's main place (see mainPlace: a dateline, a locative use in
//     the lead next to what happened, locative and attributive uses,
//     headline uses; sentences about earlier years do not count);
//     otherwise "". An article that never names the place of its event
//     ("63 were killed in the strike") gives "": no event label is
//     made up, since reconciliation fills a missing subject from the
//     article's other figures and an invented label ("strike") would
//     group unrelated events across articles.
//     With entity mentions only tagged places (kind Place; a lone
//     capital like "A" is none) are places; mentions with one Ref score
//     as one place. Without mentions capitalised runs after "in", "at",
//     "near" stand in for them.
//     A figure about an earlier month is dated there: "In February, a
//     quake ... killing 612" has ClaimedOn 1 February of the latest
//     February on or before Document.Published (reconciliation reads a
//     ClaimedOn well before the published date as a past period). In an
//     undated article that dates its own event by weekday ("on Sunday"),
//     a month without day or year ("struck in September") cannot be
//     dated and becomes the Subject as written ("September"), a period
//     label like "1990s". A sentence that opens by referring back ("It
//     killed 612 people", "That temblor killed ...") right after a
//     sentence about an earlier event ("... was in February, when a
//     temblor rocked Zarand") takes that event's place ("Zarand": the
//     object of hit/struck/rocked, else its first locative place that is
//     not a country) or label, and its month as ClaimedOn.
//     A place in the figure's clause beats the main place, up to 25
//     tokens on ("killed five people and injured several others at a
//     mall in Salt Lake City"; a name before a noun, "the Kraft Foods
//     plant", is none). For the main place, "City, State" credits the
//     city ("Troy, Michigan" -> "Troy", with its untagged uses), and a
//     name the tagger missed or mistook counts when the text marks it as
//     a place: "Qeshm island", "Qeshm Island" (when "Qeshm" is also used
//     alone), "the port city of Bandar Abbas".
//
// Numbers that are not counts are skipped: years ("in 2014", "1943-44"
// goes to Subject), dates ("January 1", "9 January 2023"), times of day
// ("05:24", "10pm"), ordinals ("31st"), ages of people not named ("a
// 35-year-old man"; a named person's age is a figure, see age),
// model and weapon names ("M142", "Su-34", "HIMARS", "COVID-19", "Boeing
// 737", "9600M", "the 8900"), labels ("page 3", "section 2", "No. 10",
// "week 12", "911 dispatcher"), scores ("3-1"), goal minutes ("Robben
// 79"), addresses ("200 W. American Blvd."), phone numbers and codes
// ("0845 125 2222"), decimals without a zero (".308"), quake magnitudes
// ("a magnitude of 6.4", "a 5.9-magnitude quake", "6.0 on the Richter
// scale"), ages after "the age of", "no one" (unless it is a zero
// count, above), and the
// pronoun "one" ("one of", "one woman") unless something happened to it
// right there.
//
// Claims also returns the events of the article: the days it gives for
// what happened to named people ("Mark Felt died Thursday"), for
// reconciliation to compare across articles; see events.
package figures

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
	"factpipe/lexicon"
)

// Extractor finds the figures of a document. It holds the compiled
// vocabularies and number tables, is read-only after New, and is safe for
// concurrent use.
type Extractor struct {
	nt     *numTables
	v      *vocab
	g      *grammar
	gender func(firstName string) (male, female bool)
}

// An Option configures an Extractor.
type Option func(*Extractor)

// WithFirstNames lets the extractor tell a person's gender from a first
// name (gender reports whether the name is a man's, a woman's, or both),
// so that "he" and "Mr. Gigante" are not taken for a woman named before.
// Without it only titles ("Mr.", "Mrs.") tell.
func WithFirstNames(gender func(firstName string) (male, female bool)) Option {
	return func(e *Extractor) { e.gender = gender }
}

// New builds an Extractor.
func New(opts ...Option) (*Extractor, error) {
	g, err := newGrammar()
	if err != nil {
		return nil, fmt.Errorf("figures: %w", err)
	}
	e := &Extractor{nt: newNumTables(), v: newVocab(), g: g}
	for _, o := range opts {
		o(e)
	}
	return e, nil
}

// ParseNumber is ParseNumber with the extractor's prebuilt tables.
func (e *Extractor) ParseNumber(s string) (Number, bool) { return e.nt.parse(s) }

// named is a source or person seen in the document, for pronouns.
type named struct {
	pos    int
	name   string
	person bool
}

// attr is one attribution in a sentence: a claim verb with its source.
type attr struct {
	tok    int    // token index of the verb (or "according")
	pos    int    // byte offset of the verb
	name   string // source as it is to be reported; "" when none found
	person bool
	pron   string // unresolved pronoun subject
	accord bool   // "according to X"
	relay  bool   // "according to a report by", "as per": a relay, not a source
	note   bool   // a source named in passing ("made by X"), only for pronouns
}

// fig is a figure under construction.
type fig struct {
	f           doc.Figure
	first       int // token indexes
	last        int
	human       bool
	hasNoun     bool
	claimTok    int
	fromAttr    bool
	word        bool // the number is written in words
	nearMeasure bool // the measure was found right next to the number
}

// docState is the per-document work of one Extract call.
type docState struct {
	e         *Extractor
	d         *doc.Document
	pub       time.Time // the day d was published, midnight UTC; zero when unknown
	mentions  []doc.Mention
	quotes    []doc.Span
	named     []named
	si        int             // the sentence being read
	parse     *parsedSentence // the parse of sentence parseOf, nil when not parsed
	parseOf   int
	recent    []fig // figures of the last sentences, newest last
	recentSen []int
	main      string
	mainDone  bool
	docYear   int
	yearDone  bool
	cues      cues
	cuesFor   int
	cuesOK    bool
	figBuf    []fig
	lastClaim claimNote // the attributed figure of the previous sentence
	thisClaim claimNote
	past      pastNote // the last sentence about an earlier event
	weekday   int      // 1 when the text dates something by weekday, -1 when not, 0 before the first look
	quakeDoc  int      // 1 when the text speaks of an earthquake, -1 when not, 0 before the first look
	evs       []doc.Event
}

// monthLabels reports whether a month named without day or year ("in
// September") is to label an earlier period: the article is undated and
// dates its own event by weekday ("on Sunday"), so a month points
// further back.
func (st *docState) monthLabels() bool {
	if !st.pub.IsZero() {
		return false
	}
	if st.weekday == 0 {
		st.weekday = -1
		for _, w := range lexicon.Weekdays() {
			if strings.Contains(st.d.Text, strings.ToUpper(w[:1])+w[1:]) {
				st.weekday = 1
				break
			}
		}
	}
	return st.weekday > 0
}

// hasWeekday reports whether a sentence names a weekday.
func (v *vocab) hasWeekday(toks []tok) bool {
	for i := range toks {
		if _, ok := v.weekdays[toks[i].lo]; ok && toks[i].cap {
			return true
		}
	}
	return false
}

// pastNote remembers a sentence about an earlier event ("The last major
// quake ... was in February, when a temblor rocked Zarand"), for a next
// sentence that refers back to it ("It killed 612 people").
type pastNote struct {
	sentence int
	place    string    // where the earlier event happened; "" when unnamed
	on       time.Time // its month, when the article is dated
	label    string    // its period as written, when ClaimedOn cannot say it: "September", "1990s"
}

// claimNote remembers an attributed figure for the next sentence.
type claimNote struct {
	sentence  int
	claimant  string
	unitClass string
}

// year returns the document's year, computed on first use.
func (st *docState) year() int {
	if !st.yearDone {
		st.docYear, st.yearDone = documentYear(st.d), true
	}
	return st.docYear
}

// Extract returns the figures of d in text order. mentions are d's entity
// mentions (may be nil); they only refine claimant and subject names.
// Sentences of kind Furniture and those inside d.Furniture are skipped.
func (e *Extractor) Extract(d *doc.Document, mentions []doc.Mention) []doc.Figure {
	figs, _ := e.Claims(d, mentions)
	return figs
}

// Claims returns the figures of d, as Extract does, and the events of
// named people that d gives a day for (see events), both in text order.
// Events need d's person mentions: without mentions there are none.
func (e *Extractor) Claims(d *doc.Document, mentions []doc.Mention) ([]doc.Figure, []doc.Event) {
	st := &docState{e: e, d: d, mentions: mentions}
	if !d.Published.IsZero() {
		// Claims are dated by day: the time of day a line gives is not theirs.
		y, m, dd := d.Published.Date()
		st.pub = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	}
	if !sort.SliceIsSorted(st.mentions, func(i, j int) bool { return st.mentions[i].Start < st.mentions[j].Start }) {
		st.mentions = append([]doc.Mention(nil), mentions...)
		sort.Slice(st.mentions, func(i, j int) bool { return st.mentions[i].Start < st.mentions[j].Start })
	}
	st.quotes = quoteSpans(d.Text)
	var out []doc.Figure
	toks := make([]tok, 0, 128)
	for si, s := range d.Sentences {
		if s.Kind == doc.Furniture || inFurniture(d.Furniture, s.Start, s.End) || s.Start >= s.End {
			continue
		}
		toks = st.lex(toks[:0], s.Start, s.End)
		st.cuesOK = false
		st.si = si
		out = st.sentence(si, toks, out)
		st.notePast(si, toks)
		st.lastClaim = st.thisClaim
	}
	return out, st.evs
}

func inFurniture(fs []doc.Span, start, end int) bool {
	for _, f := range fs {
		if start < f.End && f.Start < end {
			return true
		}
	}
	return false
}

// documentYear is the year figures are dated against: the published year,
// else the latest plausible year written in the first lines.
func documentYear(d *doc.Document) int {
	if !d.Published.IsZero() {
		return d.Published.Year()
	}
	head := d.Text
	if len(head) > 1500 {
		head = head[:1500]
	}
	best := 0
	run := 0
	for i := 0; i <= len(head); i++ {
		if i < len(head) && head[i] >= '0' && head[i] <= '9' {
			run++
			continue
		}
		if run == 4 && (i == len(head) || !isASCIILetter(head[i])) && (i-5 < 0 || !isASCIILetter(head[i-5])) {
			if y, err := strconv.Atoi(head[i-4 : i]); err == nil && y > 1900 && y < 2200 && y > best {
				best = y
			}
		}
		run = 0
	}
	return best
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// quoteSpans pairs curly quotes (“ with the next ”) and straight double
// quotes within a paragraph.
func quoteSpans(text string) []doc.Span {
	var out []doc.Span
	open := -1
	straight := -1
	lineEnd := -1 // the last line end seen
	for i := 0; i < len(text); {
		if c := text[i]; c != 0xE2 && c != '"' && c != '\n' {
			i++
			continue
		}
		switch {
		case strings.HasPrefix(text[i:], "“"):
			if open < 0 {
				open = i
			}
			i += len("“")
		case strings.HasPrefix(text[i:], "”"):
			if open >= 0 {
				out = append(out, doc.Span{Start: open, End: i + len("”")})
				open = -1
			}
			i += len("”")
		case text[i] == '"':
			switch {
			case straight < 0:
				straight = i
			case lineEnd > straight && opensQuote(text, i):
				// A quote that opens a later line while one is still
				// open: the earlier one was never closed ("He added:
				// "We will ..." with no closing mark). It ends with its
				// line; a new one starts here.
				out = append(out, doc.Span{Start: straight, End: lineEnd})
				straight = i
			default:
				out = append(out, doc.Span{Start: straight, End: i + 1})
				straight = -1
			}
			i++
		case text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n':
			straight = -1
			i++
		case text[i] == '\n':
			lineEnd = i
			i++
		default:
			i++
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// opensQuote reports whether the straight quote at text[i] looks like an
// opening one: at the start of a line or after a space or bracket, and
// right before a letter or digit.
func opensQuote(text string, i int) bool {
	if i > 0 {
		switch text[i-1] {
		case '\n', ' ', '\t', '(', '[':
		default:
			return false
		}
	}
	if i+1 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// quoteAt returns the quotation holding byte off.
func (st *docState) quoteAt(off int) (doc.Span, bool) {
	i := sort.Search(len(st.quotes), func(i int) bool { return st.quotes[i].End > off })
	if i < len(st.quotes) && st.quotes[i].Start < off {
		return st.quotes[i], true
	}
	return doc.Span{}, false
}

// sentence finds the figures of sentence si.
func (st *docState) sentence(si int, toks []tok, out []doc.Figure) []doc.Figure {
	e, v := st.e, st.e.v
	if len(st.mentions) == 0 {
		st.notePersons(toks)
	}
	attrs := st.attributions(toks)
	if len(st.mentions) > 0 {
		st.events(si, toks, attrs)
		st.incidents(si, toks, attrs)
	}
	figs := st.figBuf[:0]
	defer func() { st.figBuf = figs[:0] }()
	prevLast := 0
	if !mayHoldNumber(toks) {
		return out
	}
	// Ages and magnitudes stay out of figs: they are no context for the
	// counts around them (their unit and measure must not carry over).
	var ages []doc.Figure
	quake, magnitudes := st.quakeSentence(toks), 0
	i := 0
	// magnitudeAt reads a magnitude at toks[k] and moves i past it.
	magnitudeAt := func(k int) bool {
		f, ok := st.magnitude(si, toks, k, attrs, magnitudes > 0)
		if ok {
			ages = append(ages, f.f)
			magnitudes++
			i = max(f.last, k+1)
		}
		return ok
	}
	for i < len(toks) {
		t := &toks[i]
		if quake && magnitudeAt(i) {
			continue
		}
		if t.kind == tNum {
			if f, ok := st.age(si, toks, i, attrs); ok {
				ages = append(ages, f.f)
				i = f.last
				continue
			}
		}
		if t.kind == tPunct && !e.nt.startsPhrase(toks, i) {
			i++
			continue
		}
		if t.lo == "no" || t.lo == "nobody" || t.lo == "none" {
			if f, ok := st.zeroFigure(si, toks, i, attrs); ok {
				figs = append(figs, f)
				prevLast = f.last
				i = f.last
				continue
			}
		}
		p, ok := e.nt.parsePhrase(toks, i)
		if !ok {
			i++
			continue
		}
		// "a magnitude of at least 5.9": the qualifier starts the phrase.
		if quake && p.numFirst > i && magnitudeAt(p.numFirst) {
			continue
		}
		if st.notCount(toks, p) {
			i = p.last
			continue
		}
		f := st.build(si, toks, p, prevLast, figs, attrs)
		if f.f.Text == "" {
			i = p.last
			continue
		}
		figs = append(figs, f)
		prevLast = f.last
		i = f.last
	}
	// Drop "one" written as a word unless something happens to it right
	// next to it ("one person was killed", "killing one").
	kept := figs[:0]
	for _, f := range figs {
		if p := f.f.Value; p != nil && *p == 1 && f.word && !f.nearMeasure {
			continue
		}
		kept = append(kept, f)
	}
	figs = kept
	n0 := len(out)
	for _, f := range figs {
		out = append(out, f.f)
	}
	if len(ages) > 0 {
		out = append(out, ages...)
		sort.SliceStable(out[n0:], func(a, b int) bool { return out[n0+a].Start < out[n0+b].Start })
	}
	// Remember the sentence's figures for context.
	for _, f := range figs {
		st.recent = append(st.recent, f)
		st.recentSen = append(st.recentSen, si)
	}
	drop := 0
	for drop < len(st.recent) && st.recentSen[drop] < si-3 {
		drop++
	}
	if drop > 0 {
		st.recent = append(st.recent[:0], st.recent[drop:]...)
		st.recentSen = append(st.recentSen[:0], st.recentSen[drop:]...)
	}
	_ = v
	return out
}

// mayHoldNumber reports whether a sentence has a digit, a number word or a
// vague amount: sentences without one (most of them) skip the number
// parser.
func mayHoldNumber(toks []tok) bool {
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tNum:
			return true
		case tWord:
			if strings.HasPrefix(t.lo, "magnitude-") {
				return true // "a magnitude-5.9 earthquake"
			}
		case tPunct:
			if currencySymbol(t.s) != "" {
				return true
			}
			continue
		}
		if numberWord(t.lo) || t.lo == "no" || t.lo == "nobody" || t.lo == "none" {
			return true
		}
	}
	return false
}

// numberWord reports whether w can be (part of) a number written in words.
func numberWord(w string) bool {
	if len(w) < 3 || len(w) > 16 {
		return false
	}
	switch w[0] {
	case 'b', 'd', 'e', 'f', 'h', 'm', 'n', 'o', 's', 't', 'z':
	default:
		return false
	}
	if _, ok := wordNumber(w); ok {
		return true
	}
	switch w {
	case "dozen", "dozens", "scores", "tens", "hundred", "hundreds", "thousand", "thousands", "million",
		"millions", "billion", "billions", "trillion", "trillions", "several", "few", "handful":
		return true
	}
	return false
}

// notePersons records, for later pronouns, the names in a sentence when
// there are no entity mentions: runs of two or three capitalised words that
// are neither titles, organisations, countries nor dates.
func (st *docState) notePersons(toks []tok) {
	v := st.e.v
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord || !toks[i].cap || v.stop[toks[i].lo] || v.titles[toks[i].lo] {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].kind == tWord && toks[j].cap && !v.titles[toks[j].lo] {
			j++
		}
		if n := j - i; n >= 2 && n <= 3 && !hasOrgWord(v, toks[i:j]) && !v.countries[toks[i].lo] {
			_, m := v.months[toks[i].lo]
			_, w := v.weekdays[toks[i].lo]
			if !m && !w {
				st.named = append(st.named, named{pos: toks[i].start, name: st.d.Text[toks[i].start:toks[j-1].end], person: true})
			}
		}
		i = max(j, i+1)
	}
}

// notCount reports whether the phrase is a number that is not a count:
// a year, date, time, age, label or name.
func (st *docState) notCount(toks []tok, p phrase) bool {
	v := st.e.v
	i, j := p.numFirst, p.last
	prev, next := "", ""
	if p.first > 0 {
		prev = toks[p.first-1].lo
	}
	if j < len(toks) {
		next = toks[j].lo
	}
	if p.yearRange || p.num.Fraction {
		return true // a year span; a proportion ("two thirds") is no count
	}
	// An age at death: "dead at 28", "died at 91".
	if prev == "at" && p.first >= 2 && p.bare {
		switch toks[p.first-2].lo {
		case "dead", "died", "dies", "death", "dying":
			return true
		}
	}
	num := p.num
	// Years: a bare four-digit number, unless a plural noun follows ("1500 soldiers").
	if p.bare && num.Value != nil && *num.Value >= 1000 && *num.Value < 2200 && len(toks[i].s) == 4 {
		if !(j < len(toks) && toks[j].kind == tWord && !toks[j].cap && strings.HasSuffix(next, "s") && !v.stop[next]) {
			return true
		}
	}
	// Dates: next to a month name.
	if _, ok := v.months[strings.TrimSuffix(prev, ".")]; ok && (p.bare || p.word) && p.first == i {
		return true
	}
	if _, ok := v.months[strings.TrimSuffix(next, ".")]; ok && p.bare {
		return true
	}
	if next == "of" && j+1 < len(toks) {
		if _, ok := v.months[toks[j+1].lo]; ok && p.bare {
			return true
		}
	}
	// A street address: "at 357 Venable St.", "133 Marietta Street".
	if p.bare && address(toks, j) {
		return true
	}
	// Times of day.
	switch next {
	case ":", "a.m", "a.m.", "p.m", "p.m.", "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "o'clock",
		"o’clock", "hrs", "h":
		if !num.Percent && num.Currency == "" && (next != ":" || p.bare) {
			return true
		}
	}
	if prev == ":" && p.first >= 2 && toks[p.first-2].kind == tNum {
		return true
	}
	if next == ":" && j+1 < len(toks) && toks[j+1].kind == tNum {
		return true // "11: 30"
	}
	// "Dec. 6".
	if prev == "." && p.first >= 2 {
		if _, ok := v.months[toks[p.first-2].lo]; ok && toks[p.first-2].cap {
			return true
		}
	}
	// "200 W. American Blvd.": a number before a capital initial is an address or label.
	if p.bare && j+1 < len(toks) && toks[j].kind == tWord && toks[j].cap && len(toks[j].s) == 1 && toks[j+1].s == "." {
		return true
	}
	// Labels, ages: "page 3", "aged 35", "No. 10", "Flight 370".
	if p.first == i {
		if v.notCountPrev[prev] && !(prev == "number" && p.word) && (p.bare || prev == "aged" || prev == "age" || prev == "ages") {
			return true
		}
		if prev == "." && p.first >= 2 && v.notCountPrev[toks[p.first-2].lo] {
			return true
		}
		if next == "year" || next == "years" {
			if j+1 < len(toks) && toks[j+1].lo == "old" {
				return true
			}
		}
	}
	// "Eric Kirkpatrick, 61, opened fire", "The actress, 26, checked in": an age after a name or noun.
	if p.bare && prev == "," && p.first >= 2 && toks[p.first-2].kind == tWord &&
		num.Value != nil && *num.Value < 120 && (next == "," || next == "of" || next == "." || next == ")" || next == "and" ||
		dash(next)) {
		return true
	}
	if next == "else" {
		return true
	}
	// "aged from 15 to 17", "ages 6 to 12": ages, not a count.
	if prev == "aged" || prev == "ages" {
		return true
	}
	// "at the age of 85", "aged about 40": an age.
	if p.first >= 2 && prev == "of" && (toks[p.first-2].lo == "age" || toks[p.first-2].lo == "ages") {
		return true
	}
	// "a magnitude of 6.4", "magnitude 5.9", "6.4-magnitude", "6.0 on the
	// Richter scale": the size of a quake, not a count.
	if magnitude(toks, p.first, j) {
		return true
	}
	// "0845 125 2222": a number with a leading zero is a code or phone number.
	if p.bare && len(toks[i].s) > 1 && toks[i].s[0] == '0' {
		return true
	}
	// "on 4 or 5 April": the first day of two.
	switch next {
	case "or", "and", "to", "-", "–":
		if p.bare && j+2 < len(toks) && toks[j+1].kind == tNum {
			if _, ok := v.months[toks[j+2].lo]; ok && toks[j+2].cap {
				return true
			}
		}
	}
	// "Radio Five Live", "Formula One": a number word inside a name.
	if p.word && toks[i].cap && p.first == i && p.first > 0 && toks[p.first-1].cap && toks[p.first-1].kind == tWord {
		return true
	}
	// "9/11", "1/1/2023", "six- to eight-year-olds": glued to a slash or hyphen.
	if p.first > 0 && toks[p.first-1].s == "/" && toks[p.first-1].end == toks[p.first].start {
		return true
	}
	if j < len(toks) && (toks[j].s == "/" || toks[j].s == "-") && toks[j].start == toks[j-1].end {
		return true
	}
	// "called 911": a phone number.
	switch prev {
	case "call", "called", "calling", "dial", "dialed", "dialled", "dialing", "dialling":
		if p.bare {
			return true
		}
	}
	// "died yesterday in prison at 77.": an age.
	if p.bare && prev == "at" && num.Value != nil && *num.Value < 120 && (next == "." || next == "," || next == "") {
		for k := p.first - 2; k >= 0 && k >= p.first-6; k-- {
			switch toks[k].lo {
			case "died", "dies", "death", "passed", "aged":
				return true
			}
		}
	}
	// "0845 125 2222", "+44 20 7946": numbers in a row are a code.
	if p.bare && p.first == i && (p.first > 0 && toks[p.first-1].kind == tNum || j < len(toks) && toks[j].kind == tNum) {
		return true
	}
	// ".308": a decimal fraction written without its zero (a batting average).
	if prev == "." && p.first >= 1 && toks[p.first-1].end == toks[p.first].start &&
		(p.first < 2 || toks[p.first-2].end != toks[p.first-1].start) {
		return true
	}
	// "(35)" after a name: an age.
	if p.bare && prev == "(" && next == ")" && p.first >= 2 && toks[p.first-2].cap {
		return true
	}
	// Model and product names: a bare number right after a capitalised word
	// that is not a sentence start, a month or a known verb: "Boeing 737".
	if p.bare && p.first == i && p.first >= 1 && toks[p.first-1].cap && toks[p.first-1].kind == tWord {
		w := toks[p.first-1].lo
		if _, m := v.months[w]; !m && !v.claimVerbs[w] && !v.isMeasureWord(w) && !v.stop[w] {
			return true
		}
	}
	// Glued to a letter: "Su -34" or "A 320" written apart is still a name.
	if p.bare && prev == "-" && p.first >= 2 && toks[p.first-2].kind == tWord && toks[p.first-2].end == toks[p.first-1].start {
		return true
	}
	// "one of the", "the one", "no one".
	if p.word && num.Value != nil && *num.Value == 1 && p.last-p.first == 1 {
		if next == "of" || next == "another" || prev == "the" || prev == "no" || prev == "this" || prev == "that" ||
			next == "-" || next == "day" || next == "time" || next == "way" {
			return true
		}
	}
	return false
}

// magnitude reports whether the number at toks[first:last] is the
// magnitude of an earthquake: "magnitude" or "Richter" right before or
// after it ("a magnitude of 6.4", "a 5.9 magnitude quake", "measuring 6.0
// on the Richter scale", "a magnitude-6.1 quake").
func magnitude(toks []tok, first, last int) bool {
	isMag := func(w string) bool {
		return w == "magnitude" || w == "richter" || strings.HasPrefix(w, "magnitude-") || strings.HasSuffix(w, "-magnitude")
	}
	for j := max(0, first-3); j < first; j++ {
		if isMag(toks[j].lo) {
			return true
		}
	}
	for j := last; j < len(toks) && j < last+4; j++ {
		if isMag(toks[j].lo) {
			return true
		}
		if toks[j].lo == "-" || toks[j].lo == "on" || toks[j].lo == "the" {
			continue
		}
		break
	}
	if last < len(toks) && last > 0 && strings.HasPrefix(toks[last].lo, "-magnitude") {
		return true
	}
	return false
}

// partLater is the step of measure for a count that is a part of a toll
// told before: "two died later in hospital"; the figure is an increment.
const partLater = -1

// build fills in one figure for phrase p.
func (st *docState) build(si int, toks []tok, p phrase, prevLast int, figs []fig, attrs []attr) fig {
	v, d := st.e.v, st.d
	var f fig
	f.first, f.last = p.first, p.last
	num := p.num
	f.f.Value, f.f.Low, f.f.High, f.f.Qualifier = num.Value, num.Low, num.High, num.Qualifier

	// Counted noun.
	cn := st.countedNoun(toks, p)
	// "the 8900 will not offer": a bare number after "the" with no noun is a name.
	the := p.first > 0 && toks[p.first-1].lo == "the" && p.bare && cn.headTok < 0 && !cn.others
	if cn.label && !p.num.Percent && p.num.Currency == "" {
		return f // f.f.Text == "": not a figure
	}
	if cn.headTok >= 0 {
		f.last = cn.headTok + 1
		f.hasNoun = true
	}
	unit := cn.unit
	human := unit != "" && v.human[unit]
	switch {
	case num.Percent:
		unit, human = "percent", false
	case num.Currency != "":
		unit, human = num.Currency, false
	}

	if num.Percent || num.Currency != "" {
		f.last, f.hasNoun = p.last, false
	}
	f.word = p.word

	// Measure.
	measure, step := "", 0
	if unit != "percent" && num.Currency == "" && !v.timeUnits[unit] && unit != "time" {
		measure, step = st.measure(toks, p, cn, prevLast, figs)
		// The parse names the measure that governs the count, unless one
		// stands right next to it ("wounded 300", "60-70 wounded", "five
		// died later in hospital").
		if m, ok := st.parsedMeasure(si, toks, p); ok && (measure == "" || step > 2) {
			measure, step = m, 1
		}
	}
	// "a city of 500,000 people", "a population of 2 million": a
	// population, not a casualty count; only a measure right after the
	// noun counts ("a town of 300 people was flooded" is rare).
	popPlace := ""
	if population(toks, p.first) && (step > 1 || measure == "") {
		measure, step = "", 0
		// "Zarand, a town of about 15,000 people": the size of a named
		// place is a figure of its own.
		if place, ok := st.populationOf(toks, p.first); ok && (unit == "" || human) {
			measure, popPlace = "population", place
			if unit == "" {
				unit, human = "person", true
			}
		}
	}
	// "shot dead by two officers", "pointing a gun at two officers": the
	// agent of a passive and the target of a gesture are not what the
	// measure counts.
	if step > 1 && measure != "gathered" && notVictim(toks, p.first) {
		measure, step = "", 0
	}
	// No count of what happened: a projection ("could die", "would die
	// from Covid-19 ... looks more like 60,000"), a rate ("100,000 a
	// day"), or an attempt ("tried to kill two": it did not happen).
	if measure != "" && (projected(toks, p) || rate(toks, f.last) || attempted(toks, p.first)) {
		measure, step = "", 0
	}
	// A count of what happened that adds to a count told before or is a
	// part of it ("another 20 dead", "five more died", "of the total,
	// 40", "two died later in hospital", one count of a breakdown of
	// people: "two women and five children") keeps its measure as an
	// increment, never set against a total.
	if measure != "" && (step == partLater || increment(toks, p) || partOfTold(toks, p.first) ||
		st.inBreakdown(si, toks, p)) {
		f.f.Increment = true
	}
	// "cases" counts the infected only where the sentence speaks of a
	// disease: "10 cases in the investigation", "three cases of beer" do
	// not.
	if measure == "infected" && !diseaseSentence(toks) {
		measure, step = "", 0
	}
	// "the structure in the 12 worst-hit villages might have been
	// destroyed": a number inside a prepositional phrase is not the subject
	// of a verb further on.
	if step == 6 && inPrepPhrase(toks, p.first) {
		measure, step = "", 0
	}
	f.nearMeasure = step == 1 || step == 2
	// Boats and ships are intercepted, not shot down.
	if measure == "shot_down" && unit != "" && !airborne(unit) {
		measure = "intercepted"
	}
	// People seized are arrested.
	if measure == "seized" && human {
		measure = "arrested"
	}
	// "hit two home runs": what a batter hits is no target.
	if measure == "hit" && v.sportsUnits[unit] {
		measure = ""
	}
	if the && measure == "" {
		return fig{}
	}
	// Things that are not people are not killed or arrested, unless the text says so right there.
	if unit != "" && !human && peopleOnly(measure) && step > 1 {
		measure = ""
	}
	// "a father of two sons", "her five children": a family, not a toll,
	// unless the measure follows at once.
	if step > 1 && familyBefore(toks, p.first) {
		measure = ""
	}
	// "a mother of two was killed": the number counts the children; what
	// happened, happened to the parent.
	if parentOf(toks, p.first) && (cn.headTok < 0 || v.human[unit]) {
		measure = ""
		if unit == "" {
			unit, human = "child", true
		}
	}
	// A measure noun right after the number is part of the phrase: "400 deaths", "60-70 wounded".
	if step == 1 && cn.headTok < 0 && cn.after < len(toks) && !num.Percent && num.Currency == "" {
		switch toks[cn.after].lo {
		case "deaths", "dead", "casualties", "fatalities", "wounded", "injured", "killed", "victims":
			f.last = cn.after + 1
		}
	}
	if cn.quoted {
		f.first = p.first - 1
		f.last = max(f.last, p.last+1)
	}
	// Number with no noun of its own: take one from context.
	if unit == "" && (cn.others || measure != "") {
		unit, human = st.contextUnit(toks, p, figs, measure)
	}
	if unit == "" && cn.others {
		unit, human = "person", true
	}

	start, end := toks[f.first].start, toks[f.last-1].end
	text := d.Text[start:end]
	f.f.ID = doc.HashID(d.ID, strconv.Itoa(start), strconv.Itoa(end), text)
	f.f.DocID = d.ID
	f.f.Sentence = si
	f.f.Start, f.f.End, f.f.Text = start, end, text
	f.f.Unit = unit
	f.human = human
	f.f.UnitClass = unit
	if human {
		f.f.UnitClass = "person"
	}
	f.f.Measure = measure
	f.f.SentenceText = d.Text[d.Sentences[si].Start:d.Sentences[si].End]
	f.f.Claimant, f.claimTok, f.fromAttr = st.claimant(toks, p, attrs)
	if name, at, ok := st.parsedClaim(si, toks, p, attrs); ok {
		f.f.Claimant, f.claimTok, f.fromAttr = name, at, true
	}
	// Percentages and points in the sentence right after an attributed
	// one continue its source ("According to the Levada Center, 41.2
	// percent ... The number ... rose about 10 points ..."), unless they
	// are attributed themselves.
	if !f.fromAttr && f.f.Claimant == d.Outlet && !reportedly(toks) {
		if c := st.lastClaim; c.sentence == si-1 && statistic(c.unitClass) && statistic(f.f.UnitClass) {
			f.f.Claimant = c.claimant
		}
	}
	if f.f.Claimant != "" && f.f.Claimant != d.Outlet {
		st.thisClaim = claimNote{sentence: si, claimant: f.f.Claimant, unitClass: f.f.UnitClass}
	}
	dateAt := p.first
	if f.fromAttr {
		dateAt = f.claimTok
	}
	f.f.ClaimedOn = st.claimedOn(toks, dateAt)
	f.f.Subject = st.subject(toks, p, f.last, measure)
	if popPlace != "" {
		// The size of a place that the words describe is the article's
		// own description, not the speaker's of the sentence ("X said ...
		// from Qeshm to Bandar Abbas, a city of 500,000 people").
		f.f.Subject = popPlace
		f.f.Claimant, f.fromAttr = d.Outlet, false
		f.f.ClaimedOn = st.claimedOn(toks, p.first)
		return f
	}
	// "It killed 612 people" right after a sentence about an earlier
	// event: the figure is about that event, unless it names a place or
	// period of its own.
	if pn := st.past; pn.sentence == si-1 && si > 0 && refersBack(v, toks) && st.placeAfter(toks, f.last) == "" &&
		st.period(toks) == "" {
		switch {
		case pn.label != "":
			f.f.Subject = pn.label
		case pn.place != "":
			f.f.Subject = pn.place
		}
		if f.f.ClaimedOn.IsZero() {
			f.f.ClaimedOn = pn.on
		}
	}
	// A count of another event than the article's (a cumulative toll, an
	// earlier or another event) is background: compared only with its
	// like.
	f.f.Background = measure != "" && st.background(si, toks, p, f.f.ClaimedOn)
	return f
}

// zeroFigure reads a claim that nobody was hurt at toks[i] as a figure of
// value 0 counting people: "no injuries", "no reported deaths", "no one
// was killed", "nobody died", "none were hurt", "none of the passengers
// were injured". Negations that count nothing ("no evidence", "no one
// knows", "no serious injuries", which allows minor ones) are none.
func (st *docState) zeroFigure(si int, toks []tok, i int, attrs []attr) (fig, bool) {
	v := st.e.v
	measure, last := "", 0
	switch toks[i].lo {
	case "no":
		k := i + 1
		if k < len(toks) && toks[k].lo == "one" {
			measure, last = zeroVerb(v, toks, k+1)
			break
		}
		if k < len(toks) && (toks[k].lo == "immediate" || toks[k].lo == "reported" || toks[k].lo == "known" ||
			toks[k].lo == "confirmed") {
			k++
		}
		if k < len(toks) {
			switch toks[k].lo {
			case "injuries", "injury", "injured", "wounded":
				measure, last = "wounded", k+1
			case "deaths", "dead", "fatalities", "death":
				measure, last = "killed", k+1
			case "casualties":
				measure, last = "casualties", k+1
			}
			// "no injuries" as a whole phrase: "no injury claims" is another noun.
			singular := last > 0 && (toks[last-1].lo == "injury" || toks[last-1].lo == "death")
			if last > 0 && last < len(toks) && toks[last].kind == tWord && (!v.stop[toks[last].lo] || singular) &&
				!v.preps[toks[last].lo] && toks[last].lo != "were" && toks[last].lo != "was" &&
				toks[last].lo != "have" && toks[last].lo != "has" && toks[last].lo != "had" && toks[last].lo != "reported" {
				measure, last = "", 0
			}
		}
	case "nobody":
		measure, last = zeroVerb(v, toks, i+1)
	case "none":
		k := i + 1
		// "none of the passengers were hurt".
		if k+1 < len(toks) && toks[k].lo == "of" {
			for j := k + 1; j < len(toks) && j < k+6; j++ {
				if toks[j].lo == "were" || toks[j].lo == "was" {
					k = j
					break
				}
			}
		}
		measure, last = zeroVerb(v, toks, k)
	}
	if measure == "" {
		return fig{}, false
	}
	f := st.exactFigure(si, toks, i, last, 0, "person", "person", measure, attrs)
	f.human, f.nearMeasure = true, true
	f.f.Subject = st.subject(toks, phrase{first: i, last: last, numFirst: i}, last, measure)
	return f, true
}

// exactFigure builds the figure of the exact value v written at
// toks[first:last] of sentence si: what it counts (unit and its class) and
// what happened to it, with its claimant and claim date found as for any
// figure. The subject is left to the caller.
func (st *docState) exactFigure(si int, toks []tok, first, last int, v float64, unit, class, measure string, attrs []attr) fig {
	d := st.d
	var f fig
	f.first, f.last = first, last
	f.f.Value, f.f.Low, f.f.High, f.f.Qualifier = &v, &v, &v, doc.Exact
	start, end := toks[first].start, toks[last-1].end
	f.f.Text = d.Text[start:end]
	f.f.ID = doc.HashID(d.ID, strconv.Itoa(start), strconv.Itoa(end), f.f.Text)
	f.f.DocID, f.f.Sentence = d.ID, si
	f.f.Start, f.f.End = start, end
	f.f.Unit, f.f.UnitClass, f.f.Measure = unit, class, measure
	f.f.SentenceText = d.Text[d.Sentences[si].Start:d.Sentences[si].End]
	f.f.Claimant, f.claimTok, f.fromAttr = st.claimant(toks, phrase{first: first, last: last, numFirst: first}, attrs)
	dateAt := first
	if f.fromAttr {
		dateAt = f.claimTok
	}
	f.f.ClaimedOn = st.claimedOn(toks, dateAt)
	return f
}

// zeroVerb reads the verb after "no one", "nobody" or "none" at toks[k]:
// "was killed", "were hurt", "has been injured", "died"; it returns the
// measure and the token after the verb, or "" when the verb is no
// casualty ("no one knows").
func zeroVerb(v *vocab, toks []tok, k int) (string, int) {
	for c := 0; k < len(toks) && c < 3; c++ {
		switch toks[k].lo {
		case "was", "were", "is", "are", "has", "have", "had", "been", "be", "reportedly", "apparently", "seriously":
			k++
			continue
		}
		break
	}
	if k >= len(toks) {
		return "", 0
	}
	switch toks[k].lo {
	case "killed", "died", "dead", "dies", "perished":
		return "killed", k + 1
	case "injured", "hurt", "wounded":
		return "wounded", k + 1
	}
	return "", 0
}

// refersBack reports whether a sentence opens by referring to the event of
// the sentence before: "It killed ...", "That temblor killed ...", "The
// quake also ...".
func refersBack(v *vocab, toks []tok) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].lo {
	case "it":
		return true
	case "that", "this", "the":
		return v.eventNouns[toks[1].lo] || toks[1].lo == "temblor" || toks[1].lo == "tremor" || toks[1].lo == "quake" ||
			toks[1].lo == "earthquake"
	}
	return false
}

// notePast records sentence si when it is about an earlier event: it
// names a month well before the published date ("in February"), or,
// in an undated article, any month without a day ("in September"), or an
// earlier year ("in 2003").
func (st *docState) notePast(si int, toks []tok) {
	v, pub := st.e.v, st.pub
	var pn pastNote
	found := false
	if per := st.period(toks); per != "" {
		pn.label, found = per, true
	}
	for i := 1; i < len(toks) && !found; i++ {
		if toks[i-1].lo != "in" || !toks[i].cap {
			continue
		}
		if _, ok := v.months[toks[i].lo]; !ok {
			continue
		}
		if i+1 < len(toks) && toks[i+1].kind == tNum {
			continue // "in September 12" or "in September 2005": ClaimedOn says it
		}
		if pub.IsZero() {
			if st.monthLabels() && !v.hasWeekday(toks) && toks[i].lo != "may" {
				pn.label, found = toks[i].s, true
			}
			break
		}
		if t, ok := st.dateAt(toks, i); ok && pub.Sub(t) > 30*24*time.Hour {
			pn.on, found = t, true
		}
	}
	if !found {
		return
	}
	pn.sentence = si
	pn.place = st.eventPlace(toks)
	st.past = pn
}

// eventPlace returns the place an event sentence names: the object of an
// event verb ("rocked Zarand", "struck the town of Bam"), else the first
// locative place that is not a country.
func (st *docState) eventPlace(toks []tok) string {
	v := st.e.v
	for j := 0; j+1 < len(toks); j++ {
		switch toks[j].lo {
		case "hit", "hits", "struck", "strikes", "rocked", "rocks", "jolted", "jolts", "shook", "shakes", "devastated",
			"flattened", "razed":
		default:
			continue
		}
		k := placeStart(toks, j+1)
		if k+2 < len(toks) && isSettlement(toks[k].lo) && toks[k+1].lo == "of" {
			k += 2
		}
		if name, ok := st.placeName(toks, k); ok && !v.countries[strings.ToLower(name)] {
			return name
		}
	}
	for j := 0; j+1 < len(toks); j++ {
		if toks[j].lo != "in" && toks[j].lo != "at" && toks[j].lo != "near" {
			continue
		}
		k := placeStart(toks, j+1)
		if name, ok := st.placeName(toks, k); ok && !v.countries[strings.ToLower(name)] {
			return name
		}
	}
	return ""
}

// noun is the counted noun after a number.
type noun struct {
	unit        string
	headTok     int // token index of the head noun, -1 when none
	others      bool
	adjMeasure  string // a measure word used as an adjective: "89 dead soldiers"
	after       int    // first token after the noun phrase (or the number)
	quoted      bool   // the number stands in quotes: "“hundreds”"
	quotedAfter int    // end of a quoted aside after the noun: "vehicles “of all types”"
	label       bool   // a singular noun after a number above one: a label, not a count
	hyphenHead  string // the head's text before a hyphen and a number: "workers" of "workers-two"
}

// countedNoun reads the noun phrase after the number: "89 soldiers", "63 of
// its soldiers", "up to 10 units of enemy military equipment".
func (st *docState) countedNoun(toks []tok, p phrase) noun {
	v := st.e.v
	n := noun{headTok: -1, after: p.last}
	k := p.last
	if k < len(toks) && toks[k].isQuote() && p.first > 0 && toks[p.first-1].isQuote() && !p.quoted {
		k++
		n.after = k
		n.quoted = true
	}
	if k < len(toks) && toks[k].lo == "of" {
		k++
		for k < len(toks) && (v.dets[toks[k].lo] && toks[k].lo != "one" || toks[k].lo == "them" || toks[k].lo == "us") {
			if toks[k].lo == "them" || toks[k].lo == "us" {
				n.others = true
				n.after = k + 1
				return n
			}
			k++
		}
	}
	// "two of the three victims": the count of a part of a whole; the noun
	// is the whole's, and the whole is no figure of its own.
	if k > p.last+1 && toks[k-1].lo == "the" && k < len(toks) && (toks[k].kind == tNum || isNumberWord(toks[k].lo)) {
		k++
	}
	if k < len(toks) && toks[k].lo == "other" {
		k++
	}
	head, run := -1, 0
	for k < len(toks) && run < 5 {
		t := &toks[k]
		// "99 alleged Mafia members", "12 suspected militants": an
		// adjective, not a claim verb.
		if run == 0 && (t.lo == "alleged" || t.lo == "suspected" || t.lo == "purported") && k+1 < len(toks) &&
			toks[k+1].kind == tWord && !v.stop[toks[k+1].lo] && toks[k+1].lo != "that" && toks[k+1].lo != "to" {
			k++
			continue
		}
		if t.kind != tWord || v.stop[t.lo] || v.claimVerbs[t.lo] {
			break
		}
		if _, ok := v.months[t.lo]; ok && t.cap {
			break
		}
		if _, ok := v.weekdays[t.lo]; ok {
			break
		}
		// "1,500 houses": a noun right after a number, not the verb "houses".
		if m, ml := matchPhrase(toks, k, v.measures, 4); ml > 0 && !v.human[singular(t.lo)] && !(run == 0 && t.lo == "houses") && !nounUse(toks, k) {
			// A measure word: the end of the noun phrase, unless a noun follows ("400 wounded soldiers").
			nk := k + ml
			if ml == 1 && run == 0 && nk < len(toks) && toks[nk].kind == tWord && !v.stop[toks[nk].lo] && !v.claimVerbs[toks[nk].lo] &&
				!v.isMeasureWord(toks[nk].lo) && !strings.HasSuffix(toks[nk].lo, "ed") {
				n.adjMeasure = m
				k++
				run++
				continue
			}
			break
		}
		// A participle ends the phrase ("two boats seized"), unless it is
		// a modifier before a plural noun ("two Yemeni fishing boats").
		if run > 0 && (strings.HasSuffix(t.lo, "ed") || strings.HasSuffix(t.lo, "ing")) &&
			!(strings.HasSuffix(t.lo, "ing") && !t.cap && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap &&
				looksPlural(toks[k+1].lo) && !v.stop[toks[k+1].lo] && !v.isMeasureWord(toks[k+1].lo)) {
			break
		}
		if _, num := wordNumber(t.lo); num {
			break
		}
		// A plural ends the noun phrase: "miles south", "Greeks demonstrate".
		if run > 0 && head >= 0 && looksPlural(toks[head].lo) && !looksPlural(t.lo) {
			break
		}
		// An adverb ends the phrase ("40 subsequently died"), an adjective
		// before a plural does not ("two early chances").
		if strings.HasSuffix(t.lo, "ly") && !t.cap && len(t.lo) > 4 &&
			!(k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].cap && looksPlural(toks[k+1].lo) && !v.stop[toks[k+1].lo]) {
			break
		}
		// "three bank workers-two women and a man": the whole, then its
		// parts; the parts are figures of their own.
		if a, b, ok := strings.Cut(t.lo, "-"); ok && a != "" {
			if _, num := wordNumber(b); num || b != "" && b[0] >= '0' && b[0] <= '9' {
				head = k
				n.hyphenHead = a
				k++
				break
			}
		}
		head = k
		run++
		k++
	}
	if head < 0 {
		// "“up to 10” the number of military vehicles": the noun of a
		// "number of" phrase right after the figure.
		if k+2 < len(toks) && (toks[k].lo == "the" || toks[k].lo == "a") && toks[k+1].lo == "number" && toks[k+2].lo == "of" {
			if h, after := st.nounRun(toks, k+3); h >= 0 {
				n.unit = normUnit(singular(toks[h].lo))
				n.after = after
				if after < len(toks) && toks[after].isQuote() {
					for j := after + 1; j < len(toks) && j < after+8; j++ {
						if toks[j].isQuote() {
							n.quotedAfter = j + 1
							break
						}
					}
				}
			}
		}
		return n
	}
	h := &toks[head]
	hlo := h.lo
	if n.hyphenHead != "" {
		hlo = n.hyphenHead
	}
	// A capitalised head that is not a plural is an adjective or a name:
	// "400 Russian"; a run of capitalised words is a name: "eight Las Vegas".
	if h.cap && (!strings.HasSuffix(h.lo, "s") || head > k-run && allCapWords(toks[k-run:head+1])) {
		return n
	}
	if h.lo == "others" || h.lo == "more" {
		n.others = true
		n.headTok = head
		n.after = head + 1
		return n
	}
	if h.lo == "per" {
		return n
	}
	// "shot eleven times", "five times the legal limit": a count of
	// occurrences or a multiplier, never of people.
	if h.lo == "times" || h.lo == "fold" {
		n.unit, n.headTok, n.after = "time", head, head+1
		return n
	}
	n.headTok = head
	n.after = head + 1
	if p.num.Value == nil || *p.num.Value != 1 {
		if !looksPlural(hlo) {
			n.label = true // "911 dispatcher", "the 737 jet": a label, not a count
		}
	}
	unit := singular(hlo)
	if head > p.last {
		prev := singular(toks[head-1].lo) + " " + unit
		switch prev {
		case "service member", "military personnel", "military serviceman":
			unit = "serviceman"
		case "crew member":
			unit = "crew member"
		}
	}
	unit = normUnit(unit)
	// "units of enemy military equipment" -> "unit of equipment".
	switch unit {
	case "unit", "piece", "item", "type", "kind":
		if k < len(toks) && toks[k].lo == "of" {
			k2 := k + 1
			h2 := -1
			for c := 0; k2 < len(toks) && c < 5; c++ {
				t := &toks[k2]
				if t.kind != tWord || v.stop[t.lo] || v.isMeasureWord(t.lo) && c > 0 {
					break
				}
				h2 = k2
				k2++
			}
			if h2 >= 0 {
				unit = unit + " of " + singular(toks[h2].lo)
				n.headTok = h2
				n.after = h2 + 1
			}
		}
	}
	n.unit = unit
	return n
}

// isNumberWord reports whether w is a cardinal written as a word: "three".
func isNumberWord(w string) bool {
	_, ok := wordNumber(w)
	return ok
}

// normUnit applies the unit synonyms: troop -> soldier.
func normUnit(u string) string {
	switch u {
	case "troop":
		return "soldier"
	case "servicemen":
		return "serviceman"
	}
	return u
}

// nounRun returns the head of the plain noun phrase at toks[k] and the
// token after it; -1 when there is none.
func (st *docState) nounRun(toks []tok, k int) (int, int) {
	v := st.e.v
	head := -1
	for c := 0; k < len(toks) && c < 5; c++ {
		t := &toks[k]
		if t.kind != tWord || v.stop[t.lo] || v.isMeasureWord(t.lo) && c > 0 && !nounUse(toks, k) {
			break
		}
		head = k
		k++
	}
	return head, k
}

// looksPlural reports whether a lower-case noun can be a plural: it ends in
// "s" (not "ss", "us" or "is"), is an irregular plural, or does not change.
func looksPlural(w string) bool {
	switch w {
	case "people", "men", "women", "children", "personnel", "staff", "police", "crew", "aircraft", "equipment",
		"sheep", "fish", "deer", "cattle", "feet", "teeth", "mice", "troops", "yen", "yuan", "dead", "wounded",
		"injured", "missing", "military", "livestock", "clergy", "youth", "infantry", "artillery", "cavalry",
		"data", "media", "militia", "faithful", "elderly", "homeless":
		return true
	}
	if strings.HasSuffix(w, "men") {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is")
}

// singular returns the singular of a lower-case English noun.
func singular(w string) string {
	switch w {
	case "people":
		return "person"
	case "men":
		return "man"
	case "women":
		return "woman"
	case "children":
		return "child"
	case "servicemen":
		return "serviceman"
	case "personnel", "news", "series", "species", "staff", "police", "crew", "aircraft", "equipment",
		"sheep", "fish", "deer", "cattle", "yen", "yuan":
		return w
	case "feet":
		return "foot"
	case "teeth":
		return "tooth"
	case "mice":
		return "mouse"
	case "lives":
		return "life"
	case "wives":
		return "wife"
	}
	if strings.HasSuffix(w, "men") && len(w) > 4 {
		return w[:len(w)-3] + "man"
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "zzes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// measure finds what happened to the counted thing.
func (st *docState) measure(toks []tok, p phrase, cn noun, prevLast int, figs []fig) (string, int) {
	v := st.e.v
	// A distance or a time span: "a few blocks away", "two years ago";
	// but "five people later died" tells a part of a toll.
	if cn.after < len(toks) {
		switch toks[cn.after].lo {
		case "later", "earlier":
			if cn.after+1 < len(toks) && v.isMeasureWord(toks[cn.after+1].lo) {
				break
			}
			return "", 0
		case "away", "ago", "apart", "long", "old", "wide", "high", "deep", "tall", "per":
			return "", 0
		}
	}
	// (a) Right after the noun: "89 soldiers were killed", "400 killed".
	k := cn.after
	for c := 0; k < len(toks) && c < 5; c++ {
		lo := toks[k].lo
		if toks[k].isQuote() && cn.quotedAfter > k {
			k = cn.quotedAfter
			continue
		}
		if toks[k].isQuote() || lo == "were" || lo == "was" || lo == "are" || lo == "is" || lo == "been" ||
			lo == "being" || lo == "had" || lo == "have" || lo == "has" || lo == "be" || lo == "reportedly" ||
			lo == "allegedly" || lo == "also" || lo == "all" || lo == "apparently" || lo == "believed" ||
			lo == "feared" || lo == "thought" || lo == "to" || lo == "later" || lo == "now" || lo == "then" ||
			lo == "who" || lo == "that" || lo == "reported" && k+1 < len(toks) && v.isMeasureWord(toks[k+1].lo) {
			k++
			continue
		}
		break
	}
	if k < len(toks) {
		if m, n := matchPhrase(toks, k, v.measures, 4); n > 0 && m != "" {
			// "Two died later in hospital", "five later died": those
			// who died after the toll was first told, a part of it.
			if afterwards(toks[k-1].lo) || k+n < len(toks) && afterwards(toks[k+n].lo) {
				return m, partLater
			}
			return m, 1
		}
	}
	// A crowd estimate: "police put the march, to mark the strike, at
	// roughly 30,000", "organisers estimated the crowd at 100,000".
	if crowdEstimate(toks, p.first) {
		return "gathered", 2
	}
	// (b) Just before the number, in its clause: "killed 400", "killed or injured 200,000".
	from := max(prevLast, p.first-4)
	for j := p.first - 1; j >= from; j-- {
		if toks[j].s == "," || toks[j].s == ";" {
			from = j + 1
			break
		}
	}
	if m, end := st.lastMeasureAt(toks, from, p.first); m != "" && !clauseBreak(toks[end:p.first]) {
		return m, 2
	}
	// (c) An adjective in the noun phrase: "89 dead soldiers".
	if cn.adjMeasure != "" {
		return cn.adjMeasure, 3
	}
	// (d) Further back, not past the previous number: "the death toll ... of 89".
	if m, end := st.lastMeasureAt(toks, max(prevLast, p.first-15), max(prevLast, p.first-4)); m != "" &&
		!clauseBreak(toks[end:p.first]) {
		return m, 4
	}
	// (e) "the number", "the toll" refers back to an earlier figure.
	for j := max(prevLast, p.first-8); j < p.first; j++ {
		if v.anaphora[toks[j].lo] {
			// "cut their number to five": the number of something named
			// before, not the toll.
			if j > 0 && (toks[j-1].lo == "their" || toks[j-1].lo == "its") {
				break
			}
			if f := st.lastWithMeasure(figs); f != nil {
				return f.f.Measure, 5
			}
			break
		}
	}
	// (f) Later in the clause: "four rockets from the launchers hit".
	for j, c := cn.after, 0; j < len(toks) && c < 10; j++ {
		t := &toks[j]
		if t.isQuote() {
			continue
		}
		c++
		if t.kind == tNum || t.s == "," || t.s == ";" || t.s == ":" || t.s == "(" || t.lo == "while" || t.lo == "but" ||
			t.lo == "which" || t.lo == "when" || t.lo == "because" || t.lo == "although" {
			break
		}
		// "2,000 are waiting to be housed": what has not happened yet.
		if t.lo == "waiting" || t.lo == "awaiting" || t.lo == "need" || t.lo == "needing" || t.lo == "expected" {
			break
		}
		if m, n := matchPhrase(toks, j, v.measures, 4); n > 0 && v.measureVerb(m, toks[j].lo) {
			return m, 6
		}
	}
	return "", 0
}

// projected reports whether the number of phrase p is a projection: a
// modal ("could", "would", "might", not followed by "have") before it in
// its sentence, within fifteen words, or a modal right after it ("100,000
// could die", "20 may have died", "will die").
func projected(toks []tok, p phrase) bool {
	for j := max(0, p.first-15); j < p.first; j++ {
		switch toks[j].lo {
		case "could", "would", "might":
			// "would have been part of the mobilisation of 300,000": an
			// inference about what happened.
			if j+1 < len(toks) && toks[j+1].lo != "have" {
				return true
			}
		}
	}
	for j := p.last; j < len(toks) && j < p.last+3; j++ {
		switch toks[j].lo {
		case "could", "would", "might", "may", "will":
			return true
		}
	}
	return false
}

// rate reports whether the figure ending at toks[end] is a rate: "a
// week", "a day", "per day", "each year", "daily", "annually" right
// after it ("about 25 bodies a week are interred").
func rate(toks []tok, end int) bool {
	// After the figure, or after one more word ("25 bodies a week", where
	// "bodies" gave the measure).
	for k := end; k < len(toks) && k <= end+1; k++ {
		switch toks[k].lo {
		case "daily", "weekly", "monthly", "annually", "yearly":
			return true
		case "a", "an", "per", "each", "every":
			if k+1 < len(toks) {
				switch toks[k+1].lo {
				case "day", "week", "month", "year", "hour", "minute":
					return true
				}
			}
		}
	}
	return false
}

// increment reports whether the number of phrase p adds to a count told
// before: "another", "further" or "additional" right before it, or "more"
// right after it ("two other rockets" may count another thing). A count at
// another place is its own: "in Thessaloniki, where another 20,000 people
// marched", "In Thessaloniki, another 20,000 marched".
func increment(toks []tok, p phrase) bool {
	if p.first > 0 {
		switch toks[p.first-1].lo {
		case "another", "further", "additional":
			if p.first >= 2 && toks[p.first-2].lo == "where" {
				return false
			}
			if p.first >= 3 && toks[p.first-2].s == "," && toks[0].lo == "in" && len(toks) > 1 && toks[1].cap {
				return false
			}
			return true
		}
	}
	return p.last < len(toks) && toks[p.last].lo == "more"
}

// partOfTold reports whether the number at toks[i] is introduced as a
// part of a count told before: "Of the total, 2,059,400 shares are held
// by", "Of them, 40 were officers", "among them 12 children".
func partOfTold(toks []tok, i int) bool {
	for j := max(0, i-4); j+1 < i; j++ {
		a, b := toks[j].lo, toks[j+1].lo
		if (a == "of" || a == "among") && (b == "them" || b == "whom" || b == "these" || b == "those" || b == "which") {
			return true
		}
		if a == "of" && b == "the" && j+2 < i && (toks[j+2].lo == "total" || toks[j+2].lo == "dead" || toks[j+2].lo == "victims") {
			return true
		}
	}
	return false
}

// afterwards reports whether w says that what it qualifies came after the
// rest: "later", "subsequently", "afterwards".
func afterwards(w string) bool {
	return w == "later" || w == "subsequently" || w == "afterwards" || w == "afterward"
}

// crowdEstimate reports whether the number at toks[i] is what someone put
// or estimated a gathering at: "at" before the number, and before it, in
// the sentence, "put" or "estimated" with a word for a gathering
// ("march", "crowd", "protest", "rally", "turnout") within three words.
func crowdEstimate(toks []tok, i int) bool {
	if i == 0 || toks[i-1].lo != "at" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-16; j-- {
		switch toks[j].lo {
		case "put", "puts", "putting", "estimated", "estimates", "estimate", "estimating", "placed", "places":
		default:
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+3 && k < i; k++ {
			switch toks[k].lo {
			case "march", "marches", "crowd", "crowds", "protest", "protests", "rally", "rallies", "turnout",
				"demonstration", "demonstrations", "gathering", "attendance", "protesters", "demonstrators", "marchers":
				return true
			}
		}
		return false
	}
	return false
}

// measureVerb reports whether the measure word w may govern a number
// written before it at a distance; nouns like "toll" or "losses" there
// belong to another phrase.
func (v *vocab) measureVerb(m, w string) bool {
	switch w {
	case "toll", "lives", "loss", "losses", "victims", "casualty", "casualties", "death", "deaths", "cases", "bodies", "houses", "holds", "housing":
		return false
	}
	return true
}

// lastMeasure returns the measure of the last measure phrase in toks[from:to].
func (st *docState) lastMeasure(toks []tok, from, to int) string {
	m, _ := st.lastMeasureAt(toks, from, to)
	return m
}

// lastMeasureAt is lastMeasure that also returns where the phrase ends.
func (st *docState) lastMeasureAt(toks []tok, from, to int) (string, int) {
	v := st.e.v
	best, end := "", 0
	for j := max(from, 0); j < to; j++ {
		if !v.measureFirst[toks[j].lo] {
			continue
		}
		if nounUse(toks, j) {
			continue
		}
		if m, n := matchPhrase(toks, j, v.measures, 4); n > 0 && j+n <= to {
			best, end = m, j+n
			j += n - 1
		}
	}
	return best, end
}

// notVictim reports whether the number at toks[i] is the agent of a
// passive ("killed by two officers") or what a gesture is aimed at
// ("pointing a gun at two officers"). The caller keeps "attended by
// 200,000", where the agents are what is counted.
func notVictim(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lo {
	case "by":
		return true
	case "at", "toward", "towards":
		for j := i - 2; j >= 0 && j >= i-5; j-- {
			switch toks[j].lo {
			case "pointing", "pointed", "points", "point", "aiming", "aimed", "aim", "waving", "waved", "brandishing",
				"brandished", "shouting", "shouted", "yelling", "yelled", "staring", "stared", "looking", "looked",
				"lunging", "lunged", "charging", "charged":
				return true
			}
		}
	}
	return false
}

// attempted reports whether the clause before the number at toks[i] says
// that the measure was only attempted, planned or threatened: "attempting
// to murder at least three", "tried to kill two", "attempted murder of
// four", "plotting to kill".
func attempted(toks []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		switch toks[j].lo {
		case ",", ";", ":", ".", "and", "but", "while":
			return false
		case "attempt", "attempts", "attempted", "attempting", "try", "tries", "tried", "trying",
			"plot", "plots", "plotted", "plotting", "plan", "plans", "planned", "planning",
			"threaten", "threatens", "threatened", "threatening", "conspiracy", "conspiring", "conspired":
			return true
		}
	}
	return false
}

// inPrepPhrase reports whether the number at toks[i] is the object of a
// preposition, with or without a determiner: "in the 12 villages", "of
// its 300 workers", "among 40 passengers".
func inPrepPhrase(toks []tok, i int) bool {
	j := i - 1
	if j >= 0 {
		switch toks[j].lo {
		case "the", "its", "their", "his", "her", "our", "those", "these":
			j--
		}
	}
	if j < 0 {
		return false
	}
	switch toks[j].lo {
	case "in", "of", "at", "among", "from", "for", "with", "near", "inside", "across", "between", "into", "on":
		return true
	}
	return false
}

// population reports whether the number at toks[i] gives the size of a
// place: "a city of 500,000", "a population of", "home to".
func population(toks []tok, i int) bool {
	if i >= 2 && toks[i-1].lo == "of" && (isSettlement(toks[i-2].lo) || toks[i-2].lo == "population" ||
		toks[i-2].lo == "inhabitants" || toks[i-2].lo == "metropolis" || toks[i-2].lo == "community") {
		return true
	}
	return i >= 2 && toks[i-1].lo == "to" && toks[i-2].lo == "home"
}

// nounUse reports whether toks[j] is a measure word used as a noun of
// something else: a verb of stationing ("Houses in two villages", "holds
// of the ship"; "houses 400 troops" is the verb), or "lives" that nothing
// took ("the lives of thousands").
func nounUse(toks []tok, j int) bool {
	switch toks[j].lo {
	case "lives":
		// "claimed the lives of 50", "cost 50 lives" are deaths; "brightens
		// the lives of thousands", "saved the lives of 12" are not.
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			switch toks[k].lo {
			case "claimed", "claim", "claims", "claiming", "took", "take", "takes", "taken", "taking", "cost",
				"costs", "costing", "lost", "lose", "losing", "loses":
				return false
			}
		}
		return true
	case "houses", "holds", "housing":
		if j+1 == len(toks) || toks[j+1].kind == tPunct {
			return true
		}
		switch toks[j+1].lo {
		case "in", "of", "on", "at", "near", "were", "was", "are", "and", "or", "for", "from", "with":
			return true
		}
	}
	return false
}

// clauseBreak reports whether the tokens join two clauses: "the
// receptionist died and two men ...".
func clauseBreak(ts []tok) bool {
	for _, t := range ts {
		switch t.lo {
		case "and", "or", "but", "while", "when", "as", "whereas":
			return true
		}
	}
	return false
}

// lastWithMeasure returns the latest figure with a measure: in this
// sentence, else in the last few.
func (st *docState) lastWithMeasure(figs []fig) *fig {
	for i := len(figs) - 1; i >= 0; i-- {
		if figs[i].f.Measure != "" {
			return &figs[i]
		}
	}
	for i := len(st.recent) - 1; i >= 0; i-- {
		if st.recent[i].f.Measure != "" {
			return &st.recent[i]
		}
	}
	return nil
}

// contextUnit finds the counted noun of a figure that has none.
func (st *docState) contextUnit(toks []tok, p phrase, figs []fig, measure string) (string, bool) {
	// A coordinated or referring figure: "killed 400 troops and wounded 300".
	for i := len(figs) - 1; i >= 0; i-- {
		if figs[i].f.Unit != "" && (figs[i].human || !casualty(measure)) {
			return figs[i].f.Unit, figs[i].human
		}
	}
	if measure == "" {
		return "", false
	}
	if casualty(measure) {
		// The latest people figure with the same measure ("89 soldiers
		// were killed ... placed at just 63"), else any people figure.
		for i := len(st.recent) - 1; i >= 0; i-- {
			if st.recent[i].human && st.recent[i].f.Measure == measure {
				return st.recent[i].f.Unit, true
			}
		}
		for i := len(st.recent) - 1; i >= 0; i-- {
			if st.recent[i].human {
				return st.recent[i].f.Unit, true
			}
		}
		return "person", true
	}
	return "", false
}

// airborne reports whether a unit can be shot down.
func airborne(unit string) bool {
	switch unit {
	case "missile", "rocket", "drone", "aircraft", "plane", "jet", "helicopter", "projectile", "shell", "balloon",
		"fighter", "bomber", "warplane", "airplane", "uav", "shahed":
		return true
	}
	return false
}

// peopleOnly reports whether a measure only happens to people.
func peopleOnly(m string) bool { return lexicon.MeasureOf(m).PeopleOnly }

// familyBefore reports whether the number at toks[i] counts someone's
// family: "father of two", "her five children".
func familyBefore(toks []tok, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lo {
	case "her", "his", "their", "my", "our", "your":
		return true
	case "of", "to":
		if i >= 2 {
			switch toks[i-2].lo {
			case "father", "mother", "parent", "parents", "grandfather", "grandmother", "dad", "mom", "mum":
				return true
			}
		}
	}
	return false
}

// parentOf reports whether the number at toks[i] follows "mother of",
// "father of", "father to", "parent of": a description of a family, not a
// count of victims ("father to two boys died": the father died).
func parentOf(toks []tok, i int) bool {
	if i < 2 || toks[i-1].lo != "of" && toks[i-1].lo != "to" {
		return false
	}
	switch toks[i-2].lo {
	case "father", "mother", "parent", "parents", "grandfather", "grandmother", "dad", "mom", "mum", "grandparent":
		return true
	}
	return false
}

// casualty reports whether a measure counts people.
func casualty(m string) bool {
	me := lexicon.MeasureOf(m)
	return me.PeopleOnly || me.MostlyPeople
}

// claimant returns the source of the figure at p, the token of its claim
// verb, and whether it came from an attribution in this sentence.
func (st *docState) claimant(toks []tok, p phrase, attrs []attr) (string, int, bool) {
	figPos := toks[p.first].start
	// A number inside a quotation belongs to the quotation's speaker.
	if q, ok := st.quoteAt(figPos); ok && q.End-q.Start > 40 {
		if name, found := st.quoteSpeaker(q, attrs, toks); found {
			return name, p.first, false
		}
	}
	pick := -1
	// Nearest claim verb before the number.
	for i := range attrs {
		a := &attrs[i]
		if a.tok < p.first && !a.accord && !a.relay && (a.name != "" || a.pron != "") {
			pick = i
		}
	}
	if pick < 0 {
		for i := range attrs {
			if attrs[i].accord && !attrs[i].relay && attrs[i].name != "" {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		for i := range attrs {
			a := &attrs[i]
			if a.tok >= p.last && !a.accord && !a.relay && (a.name != "" || a.pron != "") && !inSubject(toks[p.last:a.tok]) {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		for i := range attrs {
			if attrs[i].relay && !attrs[i].note && attrs[i].name != "" {
				pick = i
				break
			}
		}
	}
	if pick >= 0 {
		return attrs[pick].name, attrs[pick].tok, true
	}
	if reportedly(toks) {
		return "", p.first, false
	}
	return st.d.Outlet, p.first, false
}

// statistic reports whether a unit is a share or score that a survey
// reports sentence after sentence.
func statistic(unit string) bool {
	return unit == "percent" || unit == "point" || unit == "percentage point"
}

// inSubject reports whether the tokens between a figure and a claim verb
// after it make the figure part of the verb's subject: "about 20 percent
// of respondents have indicated".
func inSubject(between []tok) bool {
	if len(between) > 6 {
		return false
	}
	for _, t := range between {
		if t.kind == tPunct {
			return false
		}
	}
	return true
}

// reportedly reports whether a sentence passes a claim on without naming
// its source: "reportedly", "allegedly", "reports".
func reportedly(toks []tok) bool {
	for _, t := range toks {
		switch t.lo {
		case "reportedly", "allegedly", "reported", "reports", "purportedly", "supposedly":
			return true
		}
	}
	return false
}

// quoteSpeaker finds who a quotation is attributed to: "X said: “...”",
// "“...,” X said", "“...,” said X".
func (st *docState) quoteSpeaker(q doc.Span, attrs []attr, toks []tok) (string, bool) {
	d := st.d
	// Attributions in the sentences holding the quotation's ends.
	for _, off := range []int{q.End, q.Start} {
		si := d.SentenceAt(off)
		if off == q.End {
			si = d.SentenceAt(q.End - 1)
		}
		if si < 0 {
			continue
		}
		s := d.Sentences[si]
		// Also the rest of the sentence after a closing quote that ends one.
		ranges := [][2]int{{s.Start, s.End}}
		if off == q.End && si+1 < len(d.Sentences) && q.End >= s.End-3 {
			n := d.Sentences[si+1]
			ranges = append(ranges, [2]int{n.Start, n.End})
		}
		for _, r := range ranges {
			var ts []tok
			if len(toks) > 0 && toks[0].start == r[0] {
				ts = toks
			} else {
				ts = st.lex(nil, r[0], r[1])
			}
			as := attrs
			if len(toks) == 0 || toks[0].start != r[0] {
				as = st.attributionsQuiet(ts)
			}
			for _, a := range as {
				if a.name == "" || a.accord && a.relay {
					continue
				}
				if _, in := st.quoteAt(a.pos); in {
					continue
				}
				// Right after the closing quote, or right before the opening one.
				if off == q.End && a.pos >= q.End && a.pos-q.End < 40 {
					return a.name, true
				}
				if off == q.Start && a.pos < q.Start && q.Start-a.pos < 40 {
					return a.name, true
				}
			}
		}
	}
	return "", false
}

// attributions finds the claim verbs of a sentence and their sources, and
// records named sources for later pronouns.
func (st *docState) attributions(toks []tok) []attr {
	as := st.findAttrs(toks)
	for i := range as {
		a := &as[i]
		if a.pron != "" {
			a.name, a.person = st.resolvePronoun(a.pron, a.pos)
		} else if a.name != "" && (!a.relay || a.note) {
			a.name = st.fullerName(a.name)
			st.named = append(st.named, named{pos: a.pos, name: a.name, person: a.person})
		}
	}
	return as
}

// fullerName returns, for a source named by a bare common noun ("the
// officials said", "the ministry said"), the last source named before
// whose name ends with that noun ("Pakistani officials", "Russia's defence
// ministry"): the article speaks of them again. Any other name is returned
// as it is.
func (st *docState) fullerName(name string) string {
	n := strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if n == "" || strings.ContainsAny(n, " ") {
		return name
	}
	for i := len(st.named) - 1; i >= 0; i-- {
		prev := st.named[i].name
		if len(prev) > len(n) && strings.HasSuffix(strings.ToLower(prev), " "+strings.ToLower(n)) {
			return prev
		}
	}
	return name
}

// attributionsQuiet is attributions without recording names.
func (st *docState) attributionsQuiet(toks []tok) []attr {
	as := st.findAttrs(toks)
	for i := range as {
		if as[i].pron != "" {
			as[i].name, as[i].person = st.resolvePronoun(as[i].pron, as[i].pos)
		}
	}
	return as
}

func (st *docState) findAttrs(toks []tok) []attr {
	v := st.e.v
	var as []attr
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord {
			continue
		}
		if t.lo == "according" && i+1 < len(toks) && toks[i+1].lo == "to" {
			a := attr{tok: i, pos: t.start, accord: true}
			s, e := st.npAfter(toks, i+2)
			if s < e {
				a.relay = isRelay(toks[s:e])
				// "according to a statement by X": X is the source.
				if e-s == 1 && e+1 < len(toks) && (toks[e].lo == "by" || toks[e].lo == "from" || toks[e].lo == "of") &&
					isDocument(toks[s].lo) {
					if s2, e2 := st.npAfter(toks, e+1); s2 < e2 {
						s, e = s2, e2
					}
				}
				a.name, a.person = st.nameOf(toks, s, e)
			}
			as = append(as, a)
			continue
		}
		if t.lo == "as" && i+1 < len(toks) && toks[i+1].lo == "per" {
			a := attr{tok: i, pos: t.start, accord: true, relay: true}
			if s, e := st.npAfter(toks, i+2); s < e {
				a.name, a.person = st.nameOf(toks, s, e)
			}
			as = append(as, a)
			continue
		}
		// "made by the Russian defence ministry": a named source for later pronouns.
		if t.lo == "by" && madeBefore(toks, i) {
			if s, e := st.npAfter(toks, i+1); s < e {
				name, person := st.nameOf(toks, s, e)
				as = append(as, attr{tok: i, pos: t.start, name: name, person: person, relay: true, accord: true, note: true})
			}
			continue
		}
		if !v.claimVerbs[t.lo] || t.cap && i > 0 {
			continue
		}
		if _, in := st.quoteAt(t.start); in {
			continue
		}
		a := attr{tok: i, pos: t.start, relay: v.relayVerbs[t.lo]}
		// Passive: "acknowledged by Moscow".
		if i+1 < len(toks) && toks[i+1].lo == "by" {
			if s, e := st.npAfter(toks, i+2); s < e {
				a.name, a.person = st.nameOf(toks, s, e)
				a.relay = false
				as = append(as, a)
			}
			continue
		}
		// "The deal is said to be ...", "X has not announced": no source.
		if i > 0 {
			switch toks[i-1].lo {
			case "is", "are", "was", "were", "be", "been", "being", "not", "n't", "never":
				continue
			}
			if i > 1 && (toks[i-2].lo == "not" || toks[i-2].lo == "never" || toks[i-2].lo == "n't") {
				continue
			}
		}
		// "the fire claimed the lives of 50": a taking, not a claim.
		if strings.HasPrefix(t.lo, "claim") && claimsLives(toks, i) {
			continue
		}
		// "watches estimated to be worth", "damage estimated at $5m": a
		// participle, not a claim.
		if strings.HasSuffix(t.lo, "ed") && i+1 < len(toks) && (toks[i+1].lo == "to" || toks[i+1].lo == "at") {
			continue
		}
		if negatedSubject(toks[max(0, i-8):i]) {
			continue // "Neither RIM nor T-Mobile has announced", "No official confirmed"
		}
		s, e, pron := st.npBefore(toks, i)
		ing := strings.HasSuffix(t.lo, "ing")
		switch {
		case ing && s >= e && pron == "" && len(as) > 0 && i > 0 && toks[i-1].s == ",":
			// "..., he wrote, estimating ...": the participle shares the clause's subject.
			prev := as[len(as)-1]
			a.name, a.person, a.pron = prev.name, prev.person, prev.pron
		case ing && s >= e && pron == "":
		case pron != "":
			a.pron = pron
		case s < e:
			a.name, a.person = st.nameOf(toks, s, e)
		default:
			// Inverted: "..., said the defence ministry".
			if i == 0 || toks[i-1].s == "," || toks[i-1].isQuote() {
				// Only a phrase that ends the clause: "said the defence
				// ministry." but not "said the men drove".
				if s, e := st.npAfter(toks, i+1); s < e && (e == len(toks) || toks[e].kind == tPunct || endsInversion(toks[e].lo)) {
					a.name, a.person = st.nameOf(toks, s, e)
				}
			}
			// Coordinated verb: "Igor Girkin ... questioned ... and said": the sentence subject.
			if a.name == "" && i > 0 && (toks[i-1].lo == "and" || toks[i-1].lo == "but") {
				if v.pronouns[toks[0].lo] {
					a.pron = toks[0].lo
				} else if s, e := st.npAfter(toks, 0); s < e && toks[s].cap {
					a.name, a.person = st.nameOf(toks, s, e)
				}
			}
		}
		if a.name != "" || a.pron != "" {
			as = append(as, a)
		}
	}
	return as
}

// diseaseSentence reports whether a sentence speaks of a disease or an
// infection: "confirmed cases", "cases of cholera", "infected".
func diseaseSentence(toks []tok) bool {
	for i := range toks {
		switch toks[i].lo {
		case "infected", "infection", "infections", "infectious", "virus", "viral", "disease", "diseases",
			"outbreak", "epidemic", "pandemic", "flu", "influenza", "cholera", "measles", "covid", "covid-19",
			"coronavirus", "ebola", "malaria", "hiv", "aids", "tuberculosis", "dengue", "polio", "confirmed",
			"positive", "contracted", "illness", "sick", "symptoms", "hospitalised", "hospitalized", "strain",
			"swine", "avian", "sars", "mers", "plague", "typhoid", "meningitis", "hepatitis":
			return true
		}
	}
	return false
}

// address reports whether the capitalised words from toks[j] on end in a
// street word: "357 Venable St.", "133 Marietta Street NW".
func address(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if toks[k].kind != tWord || !toks[k].cap {
			return false
		}
		if k == j {
			continue
		}
		switch strings.TrimSuffix(toks[k].lo, ".") {
		case "st", "street", "ave", "avenue", "road", "rd", "blvd", "boulevard", "lane", "drive", "dr", "way",
			"place", "pl", "court", "ct", "terrace", "square", "highway", "hwy", "parkway", "pkwy":
			return true
		}
	}
	return false
}

// claimsLives reports whether the verb at toks[i] takes lives: "claimed
// the lives of", "claimed 50 lives", "claiming at least 12 lives".
func claimsLives(toks []tok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].lo {
		case "lives", "life":
			return true
		case ",", ";", ":", "that":
			return false
		}
	}
	return false
}

// madeBefore reports whether "made", "issued" or "given" stands within the
// four tokens before toks[i]: "was made on Monday, by".
func madeBefore(toks []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch toks[j].lo {
		case "made", "issued", "given":
			return true
		}
	}
	return false
}

// isDocument reports whether w names a document that carries a source's
// claim: "a statement by", "figures from".
func isDocument(w string) bool {
	switch w {
	case "statement", "statements", "figures", "data", "estimate", "estimates", "count", "tally", "post",
		"announcement", "analysis", "report", "reports", "note", "briefing", "update":
		return true
	}
	return false
}

// negatedSubject reports whether the words before a claim verb deny the
// claim: "neither ... nor", "no official".
func negatedSubject(ts []tok) bool {
	// Only the verb's own clause: in "none were hurt, officials said"
	// the negation belongs to the reported clause.
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].s == "," || ts[i].s == ";" {
			ts = ts[i+1:]
			break
		}
	}
	for _, t := range ts {
		switch t.lo {
		case "neither", "nor", "no", "nobody", "none":
			return true
		}
	}
	return false
}

// endsInversion reports whether w may follow the source of an inverted
// claim verb: "said the ministry in a statement", "said Kots, who ...".
func endsInversion(w string) bool {
	switch w {
	case "who", "which", "in", "on", "at", "as", "according", "adding", "citing", "after", "before", "while",
		"when", "late", "early", "last", "this", "yesterday", "today":
		return true
	}
	return false
}

// isRelay reports whether an "according to" source is a report passing on
// someone else's claim: "a report by Reuters", "media reports".
func isRelay(np []tok) bool {
	for _, t := range np {
		switch t.lo {
		case "report", "reports", "media":
			return true
		}
	}
	return false
}

// npBefore returns the subject noun phrase [s, e) ending before the verb at
// toks[vi], or a pronoun subject.
func (st *docState) npBefore(toks []tok, vi int) (int, int, string) {
	v := st.e.v
	i := vi - 1
	skipAdv := func() {
		for i >= 0 && toks[i].kind == tWord && !toks[i].cap {
			lo := toks[i].lo
			switch {
			case v.adverbs[lo] || strings.HasSuffix(lo, "ly") && len(lo) > 3 && !v.stop[lo]:
				i--
			case lo == "to" && i > 0 && (v.adverbs[toks[i-1].lo] || toks[i-1].lo == "forced" || toks[i-1].lo == "tried" ||
				toks[i-1].lo == "sought" || toks[i-1].lo == "wanted"):
				i -= 2
			default:
				return
			}
		}
	}
	skipAdv()
	for hop := 0; hop < 3 && i >= 0; hop++ {
		t := &toks[i]
		if v.pronouns[t.lo] {
			return 0, 0, t.lo
		}
		if t.s == "," {
			// A parenthetical (", on Sunday,") or an appositive name (", Sergei Shoigu,").
			j := i - 1
			for j >= 0 && j > i-12 && toks[j].s != "," {
				j--
			}
			if j < 0 || toks[j].s != "," || j+1 >= i {
				// "Ukraine, which claimed": the relative pronoun's antecedent.
				return 0, 0, ""
			}
			seg := toks[j+1 : i]
			if v.preps[seg[0].lo] || v.timeWord(seg[0].lo) || seg[0].lo == "who" || seg[0].lo == "which" {
				i = j - 1
				skipAdv()
				continue
			}
			if allCap(seg) {
				return j + 1, i, ""
			}
			return 0, 0, ""
		}
		if (t.lo == "which" || t.lo == "who") && i > 0 && toks[i-1].s == "," {
			i -= 2
			continue
		}
		e := i + 1
		n := 0
		for i >= 0 && n < 9 {
			t := &toks[i]
			ok := t.kind == tWord && !v.stop[t.lo] ||
				t.lo == "of" && i+1 < e && n > 0 ||
				t.lo == "in" && i+1 < e && n > 0 && toks[i+1].cap && i > 0 && toks[i-1].kind == tWord && !v.stop[toks[i-1].lo] && !toks[i-1].cap || t.lo == "the" && i > 0 && toks[i-1].lo == "of" && n > 0 ||
				t.isQuote() && n > 0 && i > 0 && toks[i-1].kind == tWord
			if ok && t.kind == tWord && !t.cap && (strings.HasSuffix(t.lo, "ed") || strings.HasSuffix(t.lo, "ing")) &&
				t.lo != "armed" && t.lo != "united" {
				ok = false
			}
			if ok && (v.claimVerbs[t.lo] || v.isMeasureWord(t.lo) && !t.cap) {
				ok = false
			}
			if !ok {
				break
			}
			i--
			n++
		}
		s := i + 1
		for s < e && (toks[s].lo == "of" || toks[s].isQuote()) {
			s++
		}
		if s >= e {
			return 0, 0, ""
		}
		// "the Kremlin in a rare announcement admitted", "published by
		// Ethnos on Sunday said": skip the adjunct.
		j := i
		for j >= 0 && v.dets[toks[j].lo] {
			j--
		}
		if j >= 0 && v.preps[toks[j].lo] && (!toks[s].cap || e-s == 1 && v.timeWord(toks[s].lo)) && hop < 2 {
			i = j - 1
			skipAdv()
			continue
		}
		return s, e, ""
	}
	return 0, 0, ""
}

func (v *vocab) timeWord(w string) bool {
	if _, ok := v.weekdays[w]; ok {
		return true
	}
	if _, ok := v.months[w]; ok {
		return true
	}
	switch w {
	case "last", "this", "earlier", "later", "yesterday", "today", "meanwhile", "however", "though",
		"too", "also", "then", "initially":
		return true
	}
	return false
}

func allCap(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 5 {
		return false
	}
	for _, t := range ts {
		if t.kind != tWord || !t.cap {
			return false
		}
	}
	return true
}

// npAfter returns the noun phrase [s, e) that starts at toks[i] (articles
// skipped): the source after "according to", "said" or "by".
func (st *docState) npAfter(toks []tok, i int) (int, int) {
	v := st.e.v
	for i < len(toks) && (v.dets[toks[i].lo] && toks[i].lo != "one" || toks[i].isQuote()) {
		i++
	}
	s := i
	n := 0
	for i < len(toks) && n < 10 {
		t := &toks[i]
		ok := t.kind == tWord && (!v.stop[t.lo] || t.cap && n == 0 && t.lo != "the") ||
			t.lo == "of" && n > 0 || t.lo == "the" && i > 0 && toks[i-1].lo == "of" ||
			t.isQuote() && n > 0 || initialDot(toks, i) && n > 0
		if ok && t.kind == tWord && !t.cap && n > 0 && (v.claimVerbs[t.lo] || v.isMeasureWord(t.lo)) {
			ok = false
		}
		if ok && t.kind == tWord && !t.cap && (strings.HasSuffix(t.lo, "ed") || strings.HasSuffix(t.lo, "ing")) &&
			t.lo != "armed" && t.lo != "united" {
			ok = false
		}
		if !ok {
			break
		}
		i++
		n++
	}
	e := i
	for e > s && (toks[e-1].lo == "of" || toks[e-1].lo == "the") {
		e--
	}
	// A role followed by an appositive name: "one pro-Kremlin journalist, Anastasia Kashevarova,".
	if e > s && !toks[e-1].cap && e+1 < len(toks) && toks[e].s == "," {
		j := e + 1
		for j < len(toks) && toks[j].kind == tWord && toks[j].cap && j-e < 5 {
			j++
		}
		if j > e+1 && (j == len(toks) || toks[j].kind == tPunct) {
			return e + 1, j
		}
	}
	return s, e
}

// initialDot reports whether toks[i] is the full stop of an initial or an
// abbreviation inside a name: "U. S. Geological Survey", "the U.S. State
// Department", "J. P. Morgan" (a capital letter or dotted capitals before
// it, a capitalised word after it).
func initialDot(toks []tok, i int) bool {
	if toks[i].s != "." || i == 0 || i+1 >= len(toks) || !toks[i+1].cap || toks[i+1].kind != tWord {
		return false
	}
	p := toks[i-1].s
	if toks[i-1].end != toks[i].start || len(p) > 5 {
		return false
	}
	for j := 0; j < len(p); j++ {
		if j%2 == 0 && (p[j] < 'A' || p[j] > 'Z') || j%2 == 1 && p[j] != '.' {
			return false
		}
	}
	return len(p)%2 == 1
}

// nameOf turns the noun phrase toks[s:e] into a claimant name and tells
// whether it names a person.
func (st *docState) nameOf(toks []tok, s, e int) (string, bool) {
	v := st.e.v
	for s < e-1 && (v.dets[toks[s].lo] || toks[s].isQuote() || v.timeWord(toks[s].lo) || toks[s].lo == "yesterday" || toks[s].lo == "today") {
		s++
	}
	for e > s && toks[e-1].isQuote() {
		e--
	}
	if s >= e {
		return "", false
	}
	// "city of Samara" -> "Samara".
	if e-s >= 3 && toks[s+1].lo == "of" && toks[s+2].cap {
		switch toks[s].lo {
		case "city", "town", "village", "region", "province", "state", "republic", "district", "municipality":
			s += 2
		}
	}
	// A capitalised run at the end after a role word: "spokesman Igor
	// Konashenkov", "channel “Rybar”".
	r := e
	for r > s && (toks[r-1].cap && toks[r-1].kind == tWord || toks[r-1].isQuote()) {
		r--
	}
	person := false
	if r > s && r < e && !toks[r-1].cap && (v.descriptors[toks[r-1].lo] || v.titles[toks[r-1].lo]) {
		s = r
		for s < e && toks[s].isQuote() {
			s++
		}
		person = !hasOrgWord(v, toks[s:e]) && e-s >= 2
	}
	// Leading titles: "Lieutenant General Sergei Serdyukov" -> "Sergei Serdyukov".
	if allCapOrQuote(toks[s:e]) && !hasOrgWord(v, toks[s:e]) {
		// The name follows the last title word: "Area Commander Inspector Dave Gaskin".
		k := s
		for j := s; j < e-1; j++ {
			if v.titles[strings.TrimSuffix(toks[j].lo, ".")] {
				k = j + 1
			}
		}
		if k < e && !v.titles[toks[k].lo] {
			s = k
		}
		n := e - s
		person = person || n >= 2 && n <= 4 && !v.countries[toks[s].lo]
	}
	// An entity mention covering the name gives its spelling.
	start, end := toks[s].start, toks[e-1].end
	if m, ok := st.mentionFor(start, end); ok {
		return m.Text, m.Kind == doc.Person
	}
	name := st.d.Text[start:end]
	if strings.ContainsAny(name, "“”\"") {
		name = strings.NewReplacer("“", "", "”", "", "\"", "").Replace(name)
	}
	return name, person
}

func allCapWords(ts []tok) bool {
	for _, t := range ts {
		if !t.cap {
			return false
		}
	}
	return true
}

func allCapOrQuote(ts []tok) bool {
	for _, t := range ts {
		if !(t.kind == tWord && t.cap || t.isQuote()) {
			return false
		}
	}
	return len(ts) > 0
}

func hasOrgWord(v *vocab, ts []tok) bool {
	for _, t := range ts {
		if v.orgWords[t.lo] {
			return true
		}
	}
	return false
}

// mentionFor returns the mention that names [start, end): one covering it
// exactly, or one that ends where it ends and covers at least half of it.
func (st *docState) mentionFor(start, end int) (doc.Mention, bool) {
	ms := st.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > start })
	for ; i < len(ms) && ms[i].Start < end; i++ {
		m := ms[i]
		// "news in Michigan" is not Michigan: a mention after a
		// preposition inside the name is only part of it.
		before := strings.ToLower(st.d.Text[start:max(start, m.Start)])
		if m.Start > start && (strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " at ") ||
			strings.HasSuffix(before, " of ") || strings.HasSuffix(before, " from ")) {
			continue
		}
		if m.End == end && m.Start <= start || m.End == end && 2*(m.End-m.Start) >= end-start {
			return m, true
		}
	}
	return doc.Mention{}, false
}

// resolvePronoun returns the last named source before pos that fits the
// pronoun: he/she a person, it/they anything else.
func (st *docState) resolvePronoun(pron string, pos int) (string, bool) {
	wantPerson := pron == "he" || pron == "she"
	if pron == "we" || pron == "i" {
		return "", false
	}
	best, bestPos, bestPerson := "", -1, false
	for i := len(st.named) - 1; i >= 0; i-- {
		n := st.named[i]
		if n.pos < pos && n.person == wantPerson {
			best, bestPos, bestPerson = n.name, n.pos, n.person
			break
		}
	}
	if wantPerson {
		ms := st.mentions
		i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
		for i--; i >= 0; i-- {
			if ms[i].Kind == doc.Person {
				if ms[i].Start > bestPos {
					best, bestPerson = ms[i].Text, true
				}
				break
			}
		}
	}
	if best == "" && len(st.named) > 0 {
		for i := len(st.named) - 1; i >= 0; i-- {
			if st.named[i].pos < pos {
				return st.named[i].name, st.named[i].person
			}
		}
	}
	return best, bestPerson
}

// claimedOn returns the date written in the sentence nearest token at.
func (st *docState) claimedOn(toks []tok, at int) time.Time {
	var best time.Time
	bestD := 1 << 30
	for i := range toks {
		if t, ok := st.dateAt(toks, i); ok && !startOfPeriod(toks, i) {
			d := i - at
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = t, d
			}
		}
	}
	return best
}

// startOfPeriod reports whether the date at toks[i] opens or bounds a
// period ("since it began on February 24") rather than dating a claim.
func startOfPeriod(toks []tok, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].lo {
		case "began", "begun", "started", "start":
			return true
		case "since", "until", "till", "from", "before", "after":
			if j == i-1 {
				return true
			}
		}
	}
	return false
}

// dateAt reads a date expression starting at toks[i].
func (st *docState) dateAt(toks []tok, i int) (time.Time, bool) {
	v, pub := st.e.v, st.pub
	lo := toks[i].lo
	next := func(k int) *tok {
		if i+k < len(toks) {
			return &toks[i+k]
		}
		return nil
	}
	day := func(t *tok) (int, bool) {
		if t == nil || t.kind != tNum {
			return 0, false
		}
		s := strings.TrimRight(t.lo, "stndrh")
		n, err := strconv.Atoi(s)
		return n, err == nil && n >= 1 && n <= 31
	}
	year := func(t *tok) (int, bool) {
		if t == nil || t.kind != tNum || len(t.s) != 4 {
			return 0, false
		}
		n, err := strconv.Atoi(t.s)
		return n, err == nil && n > 1800 && n < 2200
	}
	mk := func(y int, m time.Month, dd int) (time.Time, bool) {
		return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), true
	}
	inferYear := func(m time.Month, dd int) (time.Time, bool) {
		if pub.IsZero() {
			return time.Time{}, false
		}
		t := time.Date(pub.Year(), m, dd, 0, 0, 0, 0, time.UTC)
		if t.After(pub) {
			t = t.AddDate(-1, 0, 0)
		}
		return t, true
	}
	// "9 January 2023", "1 January".
	if dd, ok := day(&toks[i]); ok {
		if n := next(1); n != nil {
			if m, ok := v.months[strings.TrimSuffix(n.lo, ".")]; ok && (n.cap || len(n.lo) > 3) {
				if y, ok := year(next(2)); ok {
					return mk(y, m, dd)
				}
				return inferYear(m, dd)
			}
		}
		return time.Time{}, false
	}
	if toks[i].kind != tWord {
		return time.Time{}, false
	}
	// "January 1, 2023", "January 1", "December 2022".
	if m, ok := v.months[strings.TrimSuffix(lo, ".")]; ok && toks[i].cap && (lo != "may" || next(1) != nil && next(1).kind == tNum) {
		if dd, ok := day(next(1)); ok && len(next(1).s) <= 2 {
			k := 2
			if n := next(2); n != nil && n.s == "," {
				k = 3
			}
			if y, ok := year(next(k)); ok {
				return mk(y, m, dd)
			}
			return inferYear(m, dd)
		}
		if y, ok := year(next(1)); ok {
			return mk(y, m, 1)
		}
		// "in February": the latest such month that has begun by the
		// published date (a past event, when it is not this month).
		if i > 0 && toks[i-1].lo == "in" && !pub.IsZero() {
			t := time.Date(pub.Year(), m, 1, 0, 0, 0, 0, time.UTC)
			if t.After(pub) {
				t = t.AddDate(-1, 0, 0)
			}
			return t, true
		}
		if i > 0 && toks[i-1].lo == "last" {
			if pub.IsZero() {
				return time.Time{}, false
			}
			t := time.Date(pub.Year(), m, 1, 0, 0, 0, 0, time.UTC)
			if !t.Before(time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)) {
				t = t.AddDate(-1, 0, 0)
			}
			return t, true
		}
		return time.Time{}, false
	}
	if pub.IsZero() {
		return time.Time{}, false
	}
	day0 := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	if wd, ok := v.weekdays[lo]; ok {
		back := (int(day0.Weekday()) - int(wd) + 7) % 7
		return day0.AddDate(0, 0, -back), true
	}
	switch lo {
	case "yesterday":
		return day0.AddDate(0, 0, -1), true
	case "today":
		return day0, true
	case "this", "last":
		if n := next(1); n != nil {
			switch n.lo {
			case "week":
				if lo == "this" {
					return day0, true
				}
				return day0.AddDate(0, 0, -7), true
			case "month":
				first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
				if lo == "this" {
					return first, true
				}
				return first.AddDate(0, -1, 0), true
			case "year":
				if lo == "this" {
					return time.Date(pub.Year(), 1, 1, 0, 0, 0, 0, time.UTC), true
				}
				return time.Date(pub.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), true
			}
		}
	}
	return time.Time{}, false
}
