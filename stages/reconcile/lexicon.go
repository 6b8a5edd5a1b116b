package reconcile

import "strings"

// lexicon holds the general word lists reconciliation uses: countries with
// their demonyms, capitals and seats of government; title words; words that
// name a state body; unit classes and measure synonyms. None of it is made
// from any particular set of articles. It is built once per Reconcile call
// and only read afterwards.
type lexicon struct {
	country   map[string]string // translitKey of a country name, demonym, capital or seat -> country name
	titles    map[string]bool   // folded title words ("general", "lt", "minister")
	stateBody map[string]bool   // folded words naming a body of a state ("ministry", "military")
	stop      map[string]bool   // folded function words left out of bag keys
	unitClass map[string]string // folded unit -> class
	measure   map[string]string // folded measure -> normal form
}

// countryTable lists country name, then demonyms, capital and seats of
// government that stand for its government in news ("Moscow said",
// "the Kremlin said", "Washington responded").
func countryTable() [][]string {
	return [][]string{
		{"Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"},
		{"Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Bankova"},
		{"Belarus", "Belarusian", "Minsk"},
		{"United States", "US", "U.S.", "USA", "American", "Americans", "Washington", "White House", "Pentagon", "America"},
		{"United Kingdom", "UK", "U.K.", "Britain", "British", "London", "Downing Street", "Whitehall"},
		{"France", "French", "Paris", "Elysee"},
		{"Germany", "German", "Germans", "Berlin"},
		{"Poland", "Polish", "Warsaw"},
		{"China", "Chinese", "Beijing"},
		{"Japan", "Japanese", "Tokyo"},
		{"India", "Indian", "New Delhi", "Delhi"},
		{"Pakistan", "Pakistani", "Islamabad"},
		{"Iran", "Iranian", "Tehran"},
		{"Iraq", "Iraqi", "Baghdad"},
		{"Syria", "Syrian", "Damascus"},
		{"Israel", "Israeli", "Jerusalem"},
		{"Turkey", "Turkish", "Ankara"},
		{"Egypt", "Egyptian", "Cairo"},
		{"Saudi Arabia", "Saudi", "Riyadh"},
		{"Italy", "Italian", "Rome"},
		{"Spain", "Spanish", "Madrid"},
		{"Canada", "Canadian", "Ottawa"},
		{"Australia", "Australian", "Canberra"},
		{"Georgia", "Georgian", "Tbilisi"},
		{"Moldova", "Moldovan", "Chisinau"},
		{"Kazakhstan", "Kazakh", "Astana"},
		{"Afghanistan", "Afghan", "Kabul"},
		{"North Korea", "North Korean", "Pyongyang"},
		{"South Korea", "South Korean", "Seoul"},
		{"Lebanon", "Lebanese", "Beirut"},
		{"Yemen", "Yemeni", "Sanaa"},
		{"Libya", "Libyan", "Tripoli"},
		{"Sudan", "Sudanese", "Khartoum"},
		{"Ethiopia", "Ethiopian", "Addis Ababa"},
		{"Nigeria", "Nigerian", "Abuja"},
		{"Mexico", "Mexican"},
		{"Brazil", "Brazilian", "Brasilia"},
		{"Venezuela", "Venezuelan", "Caracas"},
		{"Armenia", "Armenian", "Yerevan"},
		{"Azerbaijan", "Azerbaijani", "Baku"},
		{"Serbia", "Serbian", "Belgrade"},
		{"Hungary", "Hungarian", "Budapest"},
		{"Romania", "Romanian", "Bucharest"},
		{"Finland", "Finnish", "Helsinki"},
		{"Sweden", "Swedish", "Stockholm"},
		{"Norway", "Norwegian", "Oslo"},
		{"Netherlands", "Dutch", "The Hague"},
		{"Lithuania", "Lithuanian", "Vilnius"},
		{"Latvia", "Latvian", "Riga"},
		{"Estonia", "Estonian", "Tallinn"},
	}
}

func newLexicon() *lexicon {
	lx := &lexicon{
		country:   map[string]string{},
		titles:    map[string]bool{},
		stateBody: map[string]bool{},
		stop:      map[string]bool{},
		unitClass: map[string]string{},
		measure:   map[string]string{},
	}
	for _, row := range countryTable() {
		for _, name := range row {
			lx.country[phraseKey(name)] = row[0]
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
	// thing. Units outside the table form a class of their own.
	for class, units := range map[string]string{
		"soldier": `soldier serviceman servicewoman servicemen servicemember
			service_member troop troops personnel military_personnel conscript
			recruit draftee reservist mobilised mobilized paratrooper marine
			fighter combatant`,
		"civilian": `civilian resident inhabitant noncombatant non-combatant
			villager citizen`,
		"person": `person people individual victim man men woman human`,
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

// countryOf returns the country that the words w[i:i+n] name (as country,
// demonym, capital or seat), trying two-word phrases first, and how many
// words it took.
func (lx *lexicon) countryOf(keys []string, i int) (string, int) {
	if i+1 < len(keys) {
		if c, ok := lx.country[keys[i]+" "+keys[i+1]]; ok {
			return c, 2
		}
	}
	if c, ok := lx.country[keys[i]]; ok {
		return c, 1
	}
	return "", 0
}
