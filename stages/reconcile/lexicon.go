package reconcile

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
	"factpipe/gazetteer"
)

// lexicon holds the general word lists reconciliation uses: countries with
// their demonyms, capitals and seats of government; title words; words that
// name a state body; unit classes and measure synonyms. None of it is made
// from any particular set of articles. It is built once per Reconcile call;
// its cache of word keys makes it unsafe for concurrent use.
type lexicon struct {
	country   map[string]string    // translitKey of a country name, demonym, capital or seat -> country name
	demonym   map[string]string    // translitKey of a country name or demonym -> country name
	titles    map[string]bool      // folded title words ("general", "lt", "minister")
	stateBody map[string]bool      // folded words naming a body of a state ("ministry", "military")
	stop      map[string]bool      // folded function words left out of bag keys
	unitClass map[string]string    // folded unit -> class
	measure   map[string]string    // folded measure -> normal form
	gz        *gazetteer.Gazetteer // optional: every country, demonym and capital
	keys      map[string]string    // cache of translitKey
}

// key is translitKey(w), cached: one run spells the same names many times.
func (lx *lexicon) key(w string) string {
	k, ok := lx.keys[w]
	if !ok {
		k = translitKey(w)
		lx.keys[w] = k
	}
	return k
}

// phrase is phraseKey(s) with cached word keys.
func (lx *lexicon) phrase(s string) string {
	w := words(s)
	k := make([]string, 0, len(w))
	for _, x := range w {
		if t := lx.key(x); t != "" {
			k = append(k, t)
		}
	}
	return strings.Join(k, " ")
}

// countryRow is a country with the words that name it: demonyms (and
// other names of the country itself), and its capital and seats of
// government, which stand for its government in news ("Moscow said",
// "the Kremlin said", "Washington responded").
type countryRow struct {
	name  string
	names []string // other names and demonyms: "Russian", "Russians"
	seats []string // capital and seats of government: "Moscow", "Kremlin"
}

// countryTable lists about fifty countries that are often in the news.
func countryTable() []countryRow {
	return []countryRow{
		{"Russia", []string{"Russian", "Russians", "Russian Federation"}, []string{"Moscow", "Kremlin"}},
		{"Ukraine", []string{"Ukrainian", "Ukrainians"}, []string{"Kyiv", "Bankova"}},
		{"Belarus", []string{"Belarusian"}, []string{"Minsk"}},
		{"United States", []string{"US", "U.S.", "USA", "American", "Americans", "America"}, []string{"Washington", "White House", "Pentagon"}},
		{"United Kingdom", []string{"UK", "U.K.", "Britain", "British"}, []string{"London", "Downing Street", "Whitehall"}},
		{"France", []string{"French"}, []string{"Paris", "Elysee"}},
		{"Germany", []string{"German", "Germans"}, []string{"Berlin"}},
		{"Poland", []string{"Polish"}, []string{"Warsaw"}},
		{"China", []string{"Chinese"}, []string{"Beijing"}},
		{"Japan", []string{"Japanese"}, []string{"Tokyo"}},
		{"India", []string{"Indian"}, []string{"New Delhi", "Delhi"}},
		{"Pakistan", []string{"Pakistani"}, []string{"Islamabad"}},
		{"Iran", []string{"Iranian"}, []string{"Tehran"}},
		{"Iraq", []string{"Iraqi"}, []string{"Baghdad"}},
		{"Syria", []string{"Syrian"}, []string{"Damascus"}},
		{"Israel", []string{"Israeli"}, []string{"Jerusalem"}},
		{"Turkey", []string{"Turkish"}, []string{"Ankara"}},
		{"Egypt", []string{"Egyptian"}, []string{"Cairo"}},
		{"Saudi Arabia", []string{"Saudi"}, []string{"Riyadh"}},
		{"Italy", []string{"Italian"}, []string{"Rome"}},
		{"Spain", []string{"Spanish"}, []string{"Madrid"}},
		{"Canada", []string{"Canadian"}, []string{"Ottawa"}},
		{"Australia", []string{"Australian"}, []string{"Canberra"}},
		{"Georgia", []string{"Georgian"}, []string{"Tbilisi"}},
		{"Moldova", []string{"Moldovan"}, []string{"Chisinau"}},
		{"Kazakhstan", []string{"Kazakh"}, []string{"Astana"}},
		{"Afghanistan", []string{"Afghan"}, []string{"Kabul"}},
		{"North Korea", []string{"North Korean"}, []string{"Pyongyang"}},
		{"South Korea", []string{"South Korean"}, []string{"Seoul"}},
		{"Lebanon", []string{"Lebanese"}, []string{"Beirut"}},
		{"Yemen", []string{"Yemeni"}, []string{"Sanaa"}},
		{"Libya", []string{"Libyan"}, []string{"Tripoli"}},
		{"Sudan", []string{"Sudanese"}, []string{"Khartoum"}},
		{"Ethiopia", []string{"Ethiopian"}, []string{"Addis Ababa"}},
		{"Nigeria", []string{"Nigerian"}, []string{"Abuja"}},
		{"Mexico", []string{"Mexican"}, []string{}},
		{"Brazil", []string{"Brazilian"}, []string{"Brasilia"}},
		{"Venezuela", []string{"Venezuelan"}, []string{"Caracas"}},
		{"Armenia", []string{"Armenian"}, []string{"Yerevan"}},
		{"Azerbaijan", []string{"Azerbaijani"}, []string{"Baku"}},
		{"Serbia", []string{"Serbian"}, []string{"Belgrade"}},
		{"Hungary", []string{"Hungarian"}, []string{"Budapest"}},
		{"Romania", []string{"Romanian"}, []string{"Bucharest"}},
		{"Finland", []string{"Finnish"}, []string{"Helsinki"}},
		{"Sweden", []string{"Swedish"}, []string{"Stockholm"}},
		{"Norway", []string{"Norwegian"}, []string{"Oslo"}},
		{"Netherlands", []string{"Dutch"}, []string{"The Hague"}},
		{"Lithuania", []string{"Lithuanian"}, []string{"Vilnius"}},
		{"Latvia", []string{"Latvian"}, []string{"Riga"}},
		{"Estonia", []string{"Estonian"}, []string{"Tallinn"}},
	}
}

func newLexicon(gz *gazetteer.Gazetteer) *lexicon {
	lx := &lexicon{
		gz:        gz,
		keys:      map[string]string{},
		country:   map[string]string{},
		demonym:   map[string]string{},
		titles:    map[string]bool{},
		stateBody: map[string]bool{},
		stop:      map[string]bool{},
		unitClass: map[string]string{},
		measure:   map[string]string{},
	}
	for _, row := range countryTable() {
		lx.country[phraseKey(row.name)] = row.name
		lx.demonym[phraseKey(row.name)] = row.name
		for _, n := range row.names {
			lx.country[phraseKey(n)] = row.name
			lx.demonym[phraseKey(n)] = row.name
		}
		for _, n := range row.seats {
			lx.country[phraseKey(n)] = row.name
		}
	}
	for _, w := range strings.Fields(`mr mrs ms dr sir president vice prime minister
		deputy general lieutenant lt gen colonel col major maj captain capt sergeant sgt
		admiral adm commander cmdr marshal brigadier chief head spokesman spokeswoman
		spokesperson secretary governor mayor senator rep representative ambassador
		chancellor foreign defence defense interior retired ret former acting senior
		official officer director minister's pope king queen prince princess sheikh`) {
		lx.titles[w] = true
	}
	for _, w := range strings.Fields(`ministry minister government military army armed
		forces force command staff president presidential presidency kremlin cabinet
		administration authorities authority official officials spokesman spokeswoman
		spokesperson defense navy intelligence headquarters office department
		embassy state`) {
		lx.stateBody[w] = true
	}
	for _, w := range strings.Fields(`the a an of for and in on at to by its their his her
		s said says some`) {
		lx.stop[w] = true
	}
	// Unit classes: spellings of what was counted that name one kind of
	// thing. Units outside the table form a class of their own: "man" and
	// "woman" are often parts of a toll ("two women and one man").
	for class, units := range map[string]string{
		"soldier": `soldier serviceman servicewoman servicemen servicemember
			service_member troop troops personnel military_personnel conscript
			recruit draftee reservist mobilised mobilized paratrooper marine
			fighter combatant`,
		"civilian": `civilian resident inhabitant noncombatant non-combatant
			villager citizen`,
		"person": `person people individual victim human member suspect`,
		"child":  `child children kid minor`,
	} {
		for _, u := range strings.Fields(units) {
			lx.unitClass[strings.ReplaceAll(u, "_", " ")] = class
		}
	}
	for norm, syn := range map[string]string{
		"killed":   "killed dead died death deaths fatalities fatality slain",
		"wounded":  "wounded injured hurt",
		"missing":  "missing disappeared",
		"captured": "captured taken_prisoner prisoners",
	} {
		for _, s := range strings.Fields(syn) {
			lx.measure[strings.ReplaceAll(s, "_", " ")] = norm
		}
	}
	return lx
}

// phraseKey is the translitKeys of a phrase's words joined by spaces.
func phraseKey(s string) string {
	w := words(s)
	k := make([]string, 0, len(w))
	for _, x := range w {
		if t := translitKey(x); t != "" {
			k = append(k, t)
		}
	}
	return strings.Join(k, " ")
}

// unitOf returns the unit class of a unit as the figures stage wrote it.
func (lx *lexicon) unitOf(unit string) string {
	u := strings.TrimSpace(fold(unit))
	if c, ok := lx.unitClass[u]; ok {
		return c
	}
	if c, ok := lx.unitClass[strings.TrimSuffix(u, "s")]; ok {
		return c
	}
	return u
}

// measureOf returns the normal form of a measure.
func (lx *lexicon) measureOf(m string) string {
	m = strings.TrimSpace(fold(m))
	if n, ok := lx.measure[m]; ok {
		return n
	}
	return m
}

// countryOf returns the country that the words ws[i:i+n] name (as
// country, demonym, capital or seat of government), trying two-word
// phrases first, and n. keys are the translitKeys of ws. The built-in table
// is asked first, then the gazetteer when there is one.
func (lx *lexicon) countryOf(ws, keys []string, i int) (string, int) {
	if i+1 < len(keys) {
		if c, ok := lx.country[keys[i]+" "+keys[i+1]]; ok {
			return c, 2
		}
	}
	if c, ok := lx.country[keys[i]]; ok {
		return c, 1
	}
	if lx.gz == nil {
		return "", 0
	}
	for n := 2; n >= 1; n-- {
		if i+n > len(ws) {
			continue
		}
		phrase := strings.Join(ws[i:i+n], " ")
		code, ok := lx.gz.Country(phrase)
		if !ok {
			code, ok = lx.gz.Demonym(phrase)
		}
		if !ok {
			code, ok = lx.gz.CapitalOf(phrase)
		}
		if !ok {
			continue
		}
		name, ok := lx.gz.CountryName(code)
		if !ok {
			name = code
		}
		// Use the built-in table's name for a country it knows.
		if c, ok := lx.country[lx.phrase(name)]; ok {
			name = c
		}
		return name, n
	}
	return "", 0
}

// isCountry reports whether a name, as a whole, names a country, its
// demonym, capital or seat of government (by the built-in table or the
// gazetteer).
func (lx *lexicon) isCountry(name string) bool {
	ws := words(name)
	if len(ws) == 0 {
		return false
	}
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = lx.key(w)
	}
	_, n := lx.countryOf(ws, keys, 0)
	return n == len(ws)
}

// sideOf returns the country a figure's words name for what it counts:
// "1,269 Libyan soldiers" is Libya's, "400 Russian troops" Russia's. A
// capitalised word after the number that reads as a demonym the lexicon
// does not know ("29 Chadian soldiers") is a side of its own, by that word.
// "" when the words name none.
func (lx *lexicon) sideOf(text string) string {
	ws := words(text)
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = lx.key(w)
	}
	for i := range ws {
		if c, n := lx.countryOf(ws, keys, i); n > 0 {
			return c
		}
	}
	afterNumber := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsDigit(r):
			afterNumber = true
		case afterNumber && unicode.IsUpper(r) && strings.ToUpper(w) != w && demonymLike(w):
			return w
		}
	}
	return ""
}

// demonymLike reports whether a capitalised word ends like a demonym:
// Chadian, Somali, Sudanese, Kurdish.
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ese", "i", "ish"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// people reports whether a unit class counts people: soldier, civilian,
// person, child, man, woman.
func (lx *lexicon) people(class string) bool {
	switch class {
	case "soldier", "civilian", "person", "child", "man", "woman":
		return true
	}
	return false
}

// geo returns where the gazetteer puts a place entity whose mentions were
// resolved to refs (reference -> mentions): the reference of the most
// mentions (ties: the first in byte order) that the gazetteer holds; nil for
// other kinds, without a gazetteer, or when none resolves.
func (lx *lexicon) geo(kind doc.Kind, refs map[string]int) *doc.Geo {
	if kind != doc.Place || lx.gz == nil {
		return nil
	}
	keys := slices.Sorted(maps.Keys(refs))
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(refs[b], refs[a]) })
	for _, ref := range keys {
		p, ok := lx.gz.ByRef(ref)
		if !ok {
			continue
		}
		g := &doc.Geo{Country: p.Country, Region: p.Region, Lat: p.Lat, Lon: p.Lon}
		if p.Kind == gazetteer.KindRegion {
			g.Region = p.Name
		}
		return g
	}
	return nil
}
