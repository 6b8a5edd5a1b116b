package rules

import (
	"strings"

	"factpipe/internal/depmatch"
	"factpipe/lexicon"
)

// WordSets returns the word sets the families refer to, built from the
// lexicon and the short lists below.
func WordSets() depmatch.WordSets {
	return depmatch.WordSets{
		Measure:  func(w string) bool { return measureWord[w] != "" || measureStart[w] },
		Speech:   lexicon.SpeechVerb,
		Leave:    member("leave leaves left leaving"),
		Toll:     member("toll tally count"),
		Find:     member("confirmed found feared believed reported presumed declared pronounced listed"),
		Locative: member("in at near outside inside across throughout around within"),
		Incident: func(w string) bool { return lexicon.Incident(w) != "" },
		DayHead: func(w string) bool {
			_, wd := lexicon.WeekdayName(w)
			return wd || lexicon.MonthName(w) != 0 || monthDay(w) || w == "day" || w == "eve" || w == "christmas" || w == "halloween"
		},
		Since:      member("since"),
		OtherEvent: member("another other previous earlier separate prior unrelated"),
		Period:     func(w string) bool { return lexicon.MonthName(w) != 0 || year(w) },
		MeasureNoun: member("deaths death dead casualties casualty injuries injury wounded injured victims " +
			"fatalities fatality arrests bodies missing homeless"),
	}
}

// MeasureOf returns the measure that the word a family read signals: "died"
// -> "killed", "deaths" -> "killed"; "" when none.
func MeasureOf(word string) string { return measureWord[word] }

// MeasureAt returns the measure of the longest phrase of the measure table
// among the lower-case words that holds word w ("caught fire" at
// "caught", "killed or injured" at "killed"), or "".
func MeasureAt(words []string, w int) string {
	const longest = 4
	best, bestN := "", 0
	for start := max(w-longest+1, 0); start <= w; start++ {
		for n := w - start + 1; n <= longest && start+n <= len(words); n++ {
			if m := measurePhrase[strings.Join(words[start:start+n], " ")]; m != "" && n > bestN {
				best, bestN = m, n
			}
		}
	}
	return best
}

// measurePhrase maps every phrase of the measure table to its measure.
var measurePhrase = lexicon.MeasurePhrases()

// measureWord maps each one-word phrase of the lexicon's measure table to
// its measure; built once, read only.
var measureWord = measureWords()

// measureStart holds the first words of the phrases of more than one word
// ("caught" of "caught fire"): a family may read one, and the figures
// stage then checks the whole phrase in the sentence.
var measureStart = func() map[string]bool {
	out := map[string]bool{}
	for p := range lexicon.MeasurePhrases() {
		if first, _, ok := strings.Cut(p, " "); ok {
			out[first] = true
		}
	}
	return out
}()

func measureWords() map[string]string {
	out := map[string]string{}
	for p, m := range lexicon.MeasurePhrases() {
		if !strings.Contains(p, " ") {
			out[p] = m
		}
	}
	return out
}

func member(words string) func(string) bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return func(w string) bool { return m[w] }
}

// year reports whether w is a year from 1900 to 2099.
func year(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// monthDay reports whether w is a day of a month, 1 to 31: the head of
// "December 31".
func monthDay(w string) bool {
	n := 0
	for _, r := range w {
		if r < '0' || r > '9' || n > 3 {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return len(w) > 0 && len(w) <= 2 && n >= 1 && n <= 31
}
