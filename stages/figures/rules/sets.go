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
		Measure: func(w string) bool { return measureWord[w] != "" },
		Speech:  lexicon.SpeechVerb,
		Leave:   member("leave leaves left leaving"),
		Toll:    member("toll tally count"),
		Find:    member("confirmed found feared believed reported presumed declared pronounced listed"),
	}
}

// MeasureOf returns the measure that the word a family read signals: "died"
// -> "killed", "deaths" -> "killed"; "" when none.
func MeasureOf(word string) string { return measureWord[word] }

// measureWord maps each one-word phrase of the lexicon's measure table to
// its measure; built once, read only.
var measureWord = measureWords()

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
