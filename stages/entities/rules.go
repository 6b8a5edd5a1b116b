package entities

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
	geo "factpipe/gazetteer"
)

// The rules in this file correct the statistical tagger with knowledge of
// the world that CoNLL-2003 does not teach it: seats of government used for
// governments, online platforms, holidays, names built on a possessive,
// historical states and world regions, and (when the tagger has a
// gazetteer) which capitalised words are known places and first names.
// Each rule is general: it names classes of words, never a news story.

// Seats of government and other buildings named for the body that sits in
// them ("the Kremlin said"): organisations, not places. Keys are
// geo.Fold of the name.
var seatOfPower = foldSet(`kremlin|white house|pentagon|downing street|number 10|no 10|elysee|elysee palace|
	quai d'orsay|whitehall|capitol hill|blue house|zhongnanhai|bankova|foggy bottom|
	great hall of the people|knesset|bundestag|duma|state duma|kasumigaseki|vatican`)

// Messaging and social platforms and video sites: organisations.
var platforms = foldSet(`telegram|facebook|twitter|instagram|tiktok|youtube|whatsapp|vkontakte|vk|weibo|
	wechat|reddit|linkedin|snapchat|truth social|viber|discord|rumble|gab|parler|bluesky|mastodon|
	odnoklassniki|threads|google|wikipedia`)

// Holidays, festivals and named days: neither places nor people.
var holidays = foldSet(`new year|new year's|new year's eve|new year's day|christmas|christmas eve|
	christmas day|orthodox christmas|easter|ramadan|eid|eid al-fitr|eid al-adha|hanukkah|thanksgiving|
	diwali|passover|halloween|yom kippur|rosh hashanah|lent|independence day|victory day|memorial day|
	labor day|labour day|boxing day|good friday|valentine's day|nowruz|lunar new year|chinese new year|
	remembrance day|armistice day|may day|new year's day|hogmanay|epiphany|pentecost|whitsun`)

// Words that are never a name alone: interjections, forms of address,
// kinship words used as names in quoted speech ("Oh, my God", "Mommy, I
// got hit"), and technical abbreviations that the training data's
// capitalised acronyms make look like organisations.
var notNames = foldSet(`oh|ah|aha|hey|wow|ooh|god|lord|jesus|mommy|mom|mum|mummy|dad|daddy|mama|papa|
	sir|madam|yes|no|okay|ok|please|thanks|amen|hallelujah|
	utc|gmt|lcd|led|oled|dvr|pvr|dvd|cd|tv|hdtv|pc|gps|dui|dwi|sms|mp3|usb|wifi|wi-fi|html|pdf|
	coordinated universal time|liquid crystal display|lcd tv|ceo|cfo|coo|gdp|vat|dna|hiv|aids|covid|covid-19`)

// Historical states the country tables lack, with their ISO 3166-3
// (withdrawn) codes, so that "USSR" and "the Soviet Union" are one place.
var historicalStates = map[string]string{
	"soviet union": "SU", "ussr": "SU", "u.s.s.r.": "SU", "u.s.s.r": "SU",
	"yugoslavia": "YU", "czechoslovakia": "CS", "east germany": "DD", "gdr": "DD",
	"west germany": "DE", "frg": "DE", "ottoman empire": "TR", "russian empire": "RU",
	"austria-hungary": "AT", "zaire": "CD", "burma": "MM", "persia": "IR", "ceylon": "LK",
	"siam": "TH", "rhodesia": "ZW",
}

// World regions: continents and large areas, optionally after a compass
// word ("Eastern Europe"), are places.
var (
	worldRegions = foldSet(`europe|asia|africa|america|americas|north america|south america|latin america|
		central america|middle east|near east|far east|oceania|antarctica|arctic|balkans|caucasus|
		scandinavia|baltics|mediterranean|sahel|maghreb|levant|gulf|persian gulf|pacific|atlantic|
		central asia|southeast asia|south asia|east asia|sub-saharan africa|horn of africa|eurasia|
		caribbean|siberia|indian ocean|black sea|baltic|baltic sea|north sea|red sea|south china sea`)
	compassWords = foldSet(`eastern|western|northern|southern|central|east|west|north|south|north-east|
		north-west|south-east|south-west|northeast|northwest|southeast|southwest|mid|continental`)
)

// Nouns that form names with a possessive: "King's College", "People's
// Republic", "Women's Hospital", "St John's Wood".
var possessiveNameWords = wordSet(`people king queen women children men workers veterans citizens
	st st. saint lord lady prince princess`)

// Head nouns of institutions: a name that ends in or contains one is an
// organisation ("King's College London", "Ministry of Defence").
var orgHeads = wordSet(`college university school academy institute institution hospital party church
	cathedral council court bank army front movement union league association society foundation museum
	theatre theater gallery club company corporation group ministry department committee commission
	agency guard militia brigade battalion office bureau service services assembly parliament congress
	senate tribunal fund trust centre center laboratory observatory`)

// Last words of company and agency names: a "person" ending in one is an
// organisation ("Arbor Networks", "Highway Patrol").
var orgSuffixes = wordSet(`inc inc. ltd ltd. corp corp. co co. plc llc gmbh ag sa nv bv networks network
	systems technologies technology media communications holdings industries airlines airways motors
	pharmaceuticals labs laboratories partners capital ventures entertainment studios records news times
	post journal patrol police forces group groups bros bros. brothers associates solutions software
	electronics energy foods telecom advisors advisers consultants consulting`)

// Street-type heads: a name ending in one is an address, a place.
var streetWords = wordSet(`street st avenue ave road rd boulevard blvd lane drive square place way highway
	freeway motorway route`)

// Locative prepositions: a name right after one (or after one and "the")
// reads as a place.
var locatives = wordSet(`in at from to near into across towards toward outside inside around through via
	throughout within off of on between`)

// Institution heads that take "of" and a name: "Ministry of Defence",
// "University of Oxford", "Bank of England".
var orgHeadsOf = wordSet(`ministry department office bureau institute university bank council commission
	committee court academy museum secretariat directorate agency school college church federation
	union league association society centre center foundation fund`)

// Geographical feature words: a name ending in one is a place whatever
// first name starts it ("Charles River", "Lake Victoria" is by its head).
var featureWords = wordSet(`river lake mountain mountains mount sea ocean bay gulf island islands
	valley county province region oblast district street avenue road square park bridge airport station
	city town village port strait canal desert forest peninsula coast border`)

func foldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[geo.Fold(w)] = true
		}
	}
	return m
}

func lowerWord(w string) string { return strings.ToLower(w) }

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// capitalised reports whether w may be a word of a name by its capitals:
// it starts with a capital or, in a document without case (caseless),
// with a letter.
func capitalised(w string, caseless bool) bool {
	if caseless {
		return startsWithLetter(w)
	}
	return isCapitalised(w)
}

// commonWord reports whether w reads as a common word by its capitals: it
// starts with a lower-case letter or, in a document without case, with a
// letter.
func commonWord(w string, caseless bool) bool {
	if caseless {
		return startsWithLetter(w)
	}
	return isLowerWord(w)
}

// joinText is the text of words as a name: words joined by spaces, a
// possessive glued to the word before it ("People's Republic").
func joinText(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !isPossessive(w) && w != "-" && (i == 0 || words[i-1] != "-") {
			b.WriteByte(' ')
		}
		if isPossessive(w) {
			w = "'s"
		}
		b.WriteString(w)
	}
	return b.String()
}

// joinPossessive merges the entities on either side of a possessive that
// belongs to a name: "King" "'s" [College London] and [Donetsk People]
// "'s" [Republic] become one name each. It applies when the word before the
// 's is one of possessiveNameWords and the word after it starts an entity.
// The joined name is an organisation when it contains an institution
// head, else it has the type of the part after the 's. caseless tells a
// document without case.
func joinPossessive(words []string, spans []span, caseless bool) []span {
	for i := 1; i+1 < len(words); i++ {
		if !isPossessive(words[i]) || !capitalised(words[i-1], caseless) || !possessiveNameWords[lowerWord(words[i-1])] {
			continue
		}
		r := -1
		for k, sp := range spans {
			if sp.start == i+1 {
				r = k
			}
		}
		if r < 0 {
			continue
		}
		l := -1
		for k, sp := range spans {
			if sp.end == i && sp.start <= i-1 {
				l = k
			}
		}
		joined := span{start: i - 1, end: spans[r].end, typ: spans[r].typ}
		if l >= 0 {
			joined.start = spans[l].start
		}
		for _, w := range words[joined.start:joined.end] {
			if orgHeads[lowerWord(w)] && lowerWord(w) != "republic" {
				joined.typ = typeORG
			}
		}
		out := spans[:0:0]
		for k, sp := range spans {
			switch k {
			case l:
			case r:
				out = append(out, joined)
			default:
				out = append(out, sp)
			}
		}
		spans = out
	}
	return spans
}

// Types of the tag set (typeNames).
const (
	typePER = iota
	typeLOC
	typeORG
	typeMISC
)

// refine corrects the kind and extent of the entity words[start:end] of
// kind kind; ok is false when it is no person, place or organisation.
// caseless tells a document without case, whose capitals tell nothing.
func (t *Tagger) refine(words []string, caseless bool, kind doc.Kind, start, end int) (doc.Kind, int, int, bool) {
	// Lower-case words at the end are no part of a name ("Communist
	// Party bureaucracy").
	for end-start > 1 && !caseless && isLowerWord(words[end-1]) {
		end--
	}
	name := geo.Fold(joinText(words[start:end]))
	switch {
	case holidays[name], notNames[name]:
		return "", 0, 0, false // "New Year", "Christmas": days, not places
	case seatOfPower[name], platforms[name]:
		return doc.Organization, start, end, true // "the Kremlin said", "wrote on Telegram"
	}
	// "Mr. LaRue" tagged as an organisation: an honorific makes a person.
	if kind != doc.Person {
		switch {
		case end-start >= 2 && honorifics[lowerWord(words[start])]:
			return doc.Person, start + 1, end, true
		case start >= 1 && honorifics[lowerWord(words[start-1])]:
			return doc.Person, start, end, true
		}
	}
	// "Ministry of [Defence]", "University of [Oxford]", "Institute for
	// the [Study of War]" tagged without their head: the whole is an
	// organisation.
	if h := orgHeadBefore(words, start, caseless); h >= 0 {
		return doc.Organization, h, end, true
	}
	if ws := words[start:end]; onlyTitles(ws) && (hasRoleHead(ws) || kind == doc.Person) {
		return "", 0, 0, false // "General Manager", "Senior Vice": a role, no name
	}
	// "Justice Vincent Del Giudice", "County Sheriff Robert Pickell"
	// tagged as an organisation: a role head and a first name start a
	// person (the title is split off later).
	if kind == doc.Organization && t.gaz != nil {
		for h := start; h+1 < end; h++ {
			if roleHeads[lowerWord(words[h])] && capitalised(words[h], caseless) && t.gaz.IsFirstName(words[h+1]) {
				return doc.Person, h + 1, end, true
			}
		}
	}
	// "Hawaiian Gardens", "American Express": a "person" whose first
	// word is a nationality adjective is a place when the gazetteer knows
	// it, else an organisation.
	if kind == doc.Person && end-start >= 2 && t.m.demonym.has(words[start]) {
		if t.placeName(joinText(words[start:end])) {
			return doc.Place, start, end, true
		}
		return doc.Organization, start, end, true
	}
	if kind != doc.Place && t.knownPlace(words[start:end], name) {
		return doc.Place, start, end, true // "USSR", "Eastern Europe"
	}
	if kind == doc.Organization && end-start == 1 && t.gaz != nil {
		if _, ok := t.gaz.CapitalOf(words[start]); ok {
			return doc.Place, start, end, true // "the conflict with Kyiv": the capital is a place
		}
	}
	last := lowerWord(words[end-1])
	if kind == doc.Person && end-start >= 2 && (orgSuffixes[last] || orgHeads[last]) {
		return doc.Organization, start, end, true // "Arbor Networks", "Highway Patrol"
	}
	if kind == doc.Organization && end-start >= 2 && streetWords[last] {
		return doc.Place, start, end, true // "her First Street home"
	}
	// "the Sicilian capital of Palermo": an organisation that is a
	// well-known place right after a locative preposition is that place.
	if kind == doc.Organization && end-start == 1 && t.gaz != nil && afterLocative(words, start) &&
		t.majorPlace(words[start], name) && (end == len(words) || caseless || !isCapitalised(words[end])) {
		return doc.Place, start, end, true
	}
	// "Queen Elizabeth": a first name after a capitalised royal or
	// official title is a person.
	if kind == doc.Place && end-start == 1 && start >= 1 && t.gaz != nil && capitalised(words[start-1], caseless) &&
		roleHeads[lowerWord(words[start-1])] && t.gaz.IsFirstName(words[start]) {
		return doc.Person, start, end, true
	}
	// With a gazetteer, a one-word place must be a known place or stand
	// where places stand (after "in", "from", "in the", ...).
	if kind == doc.Place && end-start == 1 && t.gaz != nil && !afterLocative(words, start) &&
		!t.anyPlace(words[start], name) {
		return "", 0, 0, false // "Mortifying." alone
	}
	// "a Patriot missile battery": one capitalised word between an
	// article and a common noun names a make or type, not a place or
	// person, unless it is a well-known place ("a Moscow court").
	if kind != doc.Organization && end-start == 1 && start >= 1 && end < len(words) {
		if a := lowerWord(words[start-1]); (a == "a" || a == "an") && commonWord(words[end], caseless) &&
			!t.majorPlace(words[start], name) {
			return "", 0, 0, false
		}
	}
	// "Stepan Bandera" tagged as a place: a first name leading an unknown
	// place name makes it a person.
	if kind == doc.Place && t.gaz != nil && end-start >= 2 && capitalised(words[start], caseless) &&
		t.gaz.IsFirstName(words[start]) && !featureWords[lowerWord(words[end-1])] &&
		!t.placeName(name) {
		return doc.Person, start, end, true
	}
	return kind, start, end, true
}

// knownPlace reports whether name (folded) is a country, a historical
// state or a world region, with or without a compass word before it.
func (t *Tagger) knownPlace(words []string, name string) bool {
	if historicalStates[name] != "" || worldRegions[name] {
		return true
	}
	if len(words) >= 2 && compassWords[lowerWord(words[0])] {
		rest := geo.Fold(joinText(words[1:]))
		if worldRegions[rest] {
			return true
		}
	}
	if t.gaz != nil {
		if _, ok := t.gaz.Country(joinText(words)); ok {
			return true
		}
		// "Northern California", "eastern Ukraine".
		if len(words) >= 2 && compassWords[lowerWord(words[0])] {
			for _, p := range t.gaz.Places(joinText(words[1:])) {
				if p.Kind != geo.KindCity {
					return true
				}
			}
		}
	}
	return false
}

// orgHeadBefore returns the index of the capitalised institution head
// that words[start] continues through "of", "for" or "on", optionally with
// "the" ("Ministry of", "Institute for the", "Council on"), or -1.
func orgHeadBefore(words []string, start int, caseless bool) int {
	i := start - 1
	if i >= 0 && lowerWord(words[i]) == "the" {
		i--
	}
	if i < 1 {
		return -1
	}
	switch lowerWord(words[i]) {
	case "of", "for", "on":
	default:
		return -1
	}
	if h := words[i-1]; capitalised(h, caseless) && orgHeadsOf[lowerWord(h)] {
		return i - 1
	}
	return -1
}

// onlyTitles reports whether every word of ws is a title word.
func onlyTitles(ws []string) bool {
	for _, w := range ws {
		if !isTitleWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

// afterLocative reports whether the word at i follows a locative
// preposition, directly or through "the".
func afterLocative(words []string, i int) bool {
	if i >= 1 && locatives[lowerWord(words[i-1])] {
		return true
	}
	return i >= 2 && lowerWord(words[i-1]) == "the" && locatives[lowerWord(words[i-2])]
}

// anyPlace reports whether the word w (folded: name) is a place by any
// resource: the training names, the gazetteer (loosely spelt too), a
// historical state or a world region.
func (t *Tagger) anyPlace(w, name string) bool {
	if t.m.gaz.has([]string{w}, typeLOC) || historicalStates[name] != "" || worldRegions[name] {
		return true
	}
	if _, ok := t.gaz.Country(w); ok {
		return true
	}
	return len(t.gaz.Places(w)) > 0 || len(t.gaz.PlacesLoose(w)) > 0
}

// placeName reports whether the gazetteer knows name as a place.
func (t *Tagger) placeName(name string) bool {
	if t.gaz == nil {
		return false
	}
	if _, ok := t.gaz.Country(name); ok {
		return true
	}
	return len(t.gaz.Places(name)) > 0
}

// majorPlaceMin is the population from which a city is well known enough
// to be read as a place in "a Moscow court".
const majorPlaceMin = 100000

// majorPlace reports whether the single word w is a country, a region, a
// city of at least majorPlaceMin people, or (without a gazetteer) a place
// name seen in the training data.
func (t *Tagger) majorPlace(w, name string) bool {
	if t.m.gaz.has([]string{w}, typeLOC) {
		return true
	}
	if t.gaz == nil {
		return false
	}
	if _, ok := t.gaz.Country(w); ok {
		return true
	}
	for _, p := range t.gaz.Places(name) {
		if p.Kind != geo.KindCity || p.Population >= majorPlaceMin {
			return true
		}
	}
	return false
}

// ref returns the stable reference of a place mention: "country:XX" for a
// country (by any of its names or abbreviations, or a historical state),
// "geonames:ID" for a city or region the gazetteer knows (a national
// capital first, then the most populous of the name), "" otherwise.
func (t *Tagger) ref(text string) string {
	name := geo.Fold(text)
	if c := historicalStates[name]; c != "" {
		return "country:" + c
	}
	if worldRegions[name] {
		return "" // "Asia" is no city of that name
	}
	if t.gaz == nil {
		return ""
	}
	if c, ok := t.gaz.Country(text); ok {
		return "country:" + c
	}
	ps := t.gaz.Places(text)
	if len(ps) == 0 {
		ps = t.gaz.PlacesLoose(text)
	}
	if len(ps) == 0 {
		return ""
	}
	if c, ok := t.gaz.CapitalOf(text); ok {
		for _, p := range ps {
			if p.Capital && p.Country == c && p.GeoNameID != 0 {
				return "geonames:" + strconv.Itoa(p.GeoNameID)
			}
		}
	}
	p := ps[0]
	if p.Kind == geo.KindCountry {
		return "country:" + p.Country
	}
	if p.GeoNameID == 0 {
		return ""
	}
	return "geonames:" + strconv.Itoa(p.GeoNameID)
}

// weakName reports whether the one-word place or organisation
// words[start:end] has no support but its tag: not after a locative
// preposition and not a well-known place.
func (t *Tagger) weakName(words []string, start, end int) bool {
	return end-start == 1 && !afterLocative(words, start) && !t.majorPlace(words[start], geo.Fold(words[start]))
}

// personSurnames relabels as a person each weak place or organisation
// (weak[i]) whose text is the last word of a person's name elsewhere in
// the document ("Boro suffer Morrison injury blow" after "James
// Morrison"; "Mr. LaRue" after "Frederick LaRue").
func personSurnames(ms []doc.Mention, weak []bool) {
	last := map[string]bool{}
	for _, m := range ms {
		if m.Kind == doc.Person {
			f := strings.Fields(m.Text)
			last[f[len(f)-1]] = true
		}
	}
	for i := range ms {
		if weak[i] && ms[i].Kind != doc.Person && last[ms[i].Text] {
			ms[i].Kind, ms[i].Ref = doc.Person, ""
		}
	}
}

// coordinate makes the names of a list agree ("Google, AOL, Yahoo and
// Microsoft"; "between Blackpool, Bournemouth and Brighton"): in a run of
// three or more mentions of one sentence separated only by commas,
// semicolons, "and" or "or", a mention whose kind differs from all the
// others, which agree, takes theirs; and in a run holding a place, a
// one-word organisation that is a well-known place becomes a place.
func (t *Tagger) coordinate(text string, ms []doc.Mention) {
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].Sentence == ms[i].Sentence && ms[j-1].End <= ms[j].Start &&
			listSeparator(text[ms[j-1].End:ms[j].Start]) {
			j++
		}
		if j-i >= 3 {
			t.agree(ms[i:j])
		}
		i = j
	}
}

func (t *Tagger) agree(run []doc.Mention) {
	place := false
	for _, m := range run {
		place = place || m.Kind == doc.Place
	}
	for k := range run {
		m := &run[k]
		if place && m.Kind == doc.Organization && !strings.Contains(m.Text, " ") && t.majorPlace(m.Text, geo.Fold(m.Text)) {
			m.Kind, m.Ref = doc.Place, t.ref(m.Text)
		}
	}
	for k := range run {
		var other doc.Kind
		agree := true
		for l, m := range run {
			if l == k {
				continue
			}
			if other == "" {
				other = m.Kind
			}
			agree = agree && m.Kind == other
		}
		m := &run[k]
		if !agree || other == m.Kind || (m.Kind == doc.Place && t.placeName(m.Text)) {
			continue // a known place keeps its kind in any list
		}
		m.Kind, m.Ref = other, ""
		if other == doc.Place {
			m.Ref = t.ref(m.Text)
		}
	}
}

// listSeparator reports whether s, between two names, only separates
// items of a list.
func listSeparator(s string) bool {
	switch strings.TrimSpace(s) {
	case ",", ";", "and", "or", ", and", ", or", "&":
		return true
	}
	return false
}

// settleKinds gives every mention of a one-word name that the tagger
// called a person in one place and an organisation or place in another
// the other kind, when no longer person's name in the document ends in
// it, no title came with it, and (for a place) the gazetteer knows it:
// "SeaMicro" the company, "Brooklyn" the borough.
func (t *Tagger) settleKinds(ms []doc.Mention) {
	type seen struct{ per, org, loc, full, title bool }
	names := map[string]*seen{}
	get := func(s string) *seen {
		if names[s] == nil {
			names[s] = &seen{}
		}
		return names[s]
	}
	for _, m := range ms {
		f := strings.Fields(m.Text)
		switch {
		case m.Kind == doc.Person && len(f) > 1:
			get(f[len(f)-1]).full = true
		case m.Kind == doc.Person:
			s := get(m.Text)
			s.per = true
			s.title = s.title || m.Title != ""
		case len(f) > 1:
		case m.Kind == doc.Organization:
			get(m.Text).org = true
		case m.Kind == doc.Place:
			get(m.Text).loc = true
		}
	}
	for i := range ms {
		m := &ms[i]
		s := names[m.Text]
		if m.Kind != doc.Person || s == nil || s.full || s.title {
			continue
		}
		switch {
		case s.org && !s.loc:
			m.Kind = doc.Organization
		case s.loc && !s.org && t.placeName(m.Text):
			m.Kind, m.Ref = doc.Place, t.ref(m.Text)
		}
	}
}
