// Package lexicon holds the English word lists and the measure table that
// factpipe's stages share, so that each exists once: months, weekdays, and
// what each measure of a figure means. It is data with small lookups,
// imports only the standard library, and any package may import it. Every
// lookup takes a lower-case word and is safe for concurrent use.
package lexicon

import (
	"iter"
	"maps"
	"strings"
)

// set builds a lookup from a space-separated word list.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs are the verbs that attribute a claim to its subject.
var speechVerbs = set(`said says say saying claimed claims claim claiming announced announces announcing stated
	states told tells added adds wrote writes declared declares confirmed confirms acknowledged
	acknowledges admitted admits estimated estimates estimating indicated indicates noted insisted tweeted
	posted spoke revealed alleged counted counting warned explained put puts believes suggested showed
	show shows reported reports reporting released published gave revise revised revising updated`)

// SpeechVerb reports whether w is a verb that attributes a claim to its
// subject: "said", "told", "reported", "estimated".
func SpeechVerb(w string) bool { return speechVerbs[w] }

// SpeechVerbs returns every verb SpeechVerb knows, in no order.
func SpeechVerbs() iter.Seq[string] { return maps.Keys(speechVerbs) }
