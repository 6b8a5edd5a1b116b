package lexicon

import "strings"

// A Measure is what happened to the things a figure counts ("killed",
// "destroyed"), with what the stages need to know of it.
type Measure struct {
	Name string
	// PeopleOnly: only people undergo it; a count of anything else next to
	// its word is no count of it ("killed 40 cows" is, "2 rooms killed"
	// never reads so).
	PeopleOnly bool
	// MostlyPeople: mostly counts of people, though not only (boats are
	// captured, weapons stationed).
	MostlyPeople bool
	// Cumulative: the counts only grow as the event unfolds and more are
	// found (the dead, the arrested): a lower count told earlier than a
	// higher one is no dispute.
	Cumulative bool
	// Standing: it counts what stays the same through a day (a crowd,
	// troops in a building, an age, a magnitude, a population), so that two
	// values told on one day disagree.
	Standing bool
	// Event: what an event did to people or things, the casualty and
	// damage counts an analyst records of it.
	Event bool
	// Phrases are the lower-case words and phrases that signal it; the
	// longest phrase wins ("killed or wounded" is casualties).
	Phrases []string
}

// measures is the one table of measures. Measures without phrases are set
// by readers of their own (an age, a magnitude, a population).
var measures = []Measure{
	{Name: "killed", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases(
		"killed|kill|kills|killing|dead|died|die|dies|dying|death|deaths|death toll|death count|" +
			"toll|fatalities|fatality|perished|slain|lost their lives|loss of life|lives|killed in action|" +
			"bodies|body count|tally of the dead|shot dead|shot and killed|shot to death|murdered|massacred|executed|" +
			"assassinated|slaughtered|took the life of|took the lives of|suffocated|suffocated to death|burnt to death|burned to death")},
	{Name: "wounded", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases(
		"wounded|wounding|injured|injuring|injuries|injury|hurt|wounds|shot and wounded|shot and injured")},
	{Name: "shot", PeopleOnly: true, Event: true, Phrases: phrases("shot|shooting|shoots|gunned down|opened fire on")},
	{Name: "casualties", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases(
		"casualties|casualty|casualty toll|casualty count|killed or wounded|killed or injured|" +
			"killed and wounded|killed and injured|dead or wounded|dead and wounded|dead and injured|" +
			"dead or injured|killed or hurt|victims|human losses|military losses|personnel losses|troop losses|" +
			"combat losses")},
	{Name: "destroyed", Cumulative: true, Event: true, Phrases: phrases(
		"destroyed|destroying|destroy|demolished|wrecked|razed|flattened|leveled|levelled|leveling|levelling|destruction|collapsed")},
	{Name: "damaged", Cumulative: true, Event: true, Phrases: phrases("damaged|damaging|caught fire|set ablaze|ablaze|on fire|set on fire|torched|smashed|burnt|burned|burnt out|burned out|badly hit|rendered unsafe|damage|gutted")},
	{Name: "shot_down", Event: true, Phrases: phrases("shot down|shoot down|downed|intercepted")},
	{Name: "hit", Event: true, Phrases: phrases("hit|struck|targeted")},
	{Name: "fired", Event: true, Phrases: phrases("fired|launched")},
	{Name: "stationed", PeopleOnly: true, Standing: true, Phrases: phrases(
		"stationed|housed|housing|houses|holds|quartered|billeted|deployed|were located|" +
			"was located|accommodated|packed")},
	{Name: "mobilised", PeopleOnly: true, Phrases: phrases(
		"mobilised|mobilized|mobilisation|mobilization|drafted|called up|conscripted")},
	{Name: "arrested", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases(
		"arrested|detained|jailed|arrest|arrests|taken into custody|rounded up")},
	{Name: "seized", Phrases: phrases("seized|seizing|confiscated")},
	{Name: "charged", Cumulative: true, Phrases: phrases("charged|indicted")},
	{Name: "missing", PeopleOnly: true, Event: true, Phrases: phrases("missing|unaccounted for|unaccounted")},
	{Name: "trapped", PeopleOnly: true, Event: true, Phrases: phrases("trapped|buried alive")},
	{Name: "evacuated", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases("evacuated|evacuation|evacuate")},
	{Name: "rescued", PeopleOnly: true, Event: true, Phrases: phrases("rescued|ushered to safety|brought to safety|led to safety|pulled to safety|pulled out alive")},
	{Name: "gathered", PeopleOnly: true, Standing: true, Phrases: phrases(
		"gathered|attended|rallied|protested|marched|demonstrated|took to the streets|take to the streets|" +
			"taking to the streets|turned out|joined the protest|joined the protests|joined the march|joined the rally|" +
			"joined the demonstration|joined the demonstrations")},
	{Name: "treated", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases(
		"treated|treating|hospitalised|hospitalized|in hospital|received treatment|receiving treatment|remained in hospital|still in hospital")},
	{Name: "displaced", PeopleOnly: true, Cumulative: true, Event: true, Phrases: phrases("displaced|fled|homeless|needed accommodation|left homeless|made homeless|forced from their homes")},
	{Name: "captured", MostlyPeople: true, Phrases: phrases("captured|taken prisoner|surrendered")},
	{Name: "infected", PeopleOnly: true, Cumulative: true, Phrases: phrases("infected|cases")},
	{Name: "age", Standing: true},
	{Name: "magnitude", Standing: true},
	{Name: "population", Standing: true},
}

func phrases(s string) []string { return strings.Split(s, "|") }

// byName indexes measures by name; built once, read only.
var byName = func() map[string]*Measure {
	m := make(map[string]*Measure, len(measures))
	for i := range measures {
		m[measures[i].Name] = &measures[i]
	}
	return m
}()

// MeasureOf returns the measure named name; the zero Measure, with every
// attribute false, when there is none (a figure without a measure).
func MeasureOf(name string) Measure {
	if m := byName[name]; m != nil {
		return *m
	}
	return Measure{}
}

// Measures returns the measure table, in its fixed order. The caller must
// not change it.
func Measures() []Measure { return measures }

// MeasurePhrases returns a new map from every phrase of the table to its
// measure's name.
func MeasurePhrases() map[string]string {
	out := map[string]string{}
	for _, m := range measures {
		for _, p := range m.Phrases {
			out[p] = m.Name
		}
	}
	return out
}
