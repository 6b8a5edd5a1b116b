package reconcile

import (
	"strings"

	"factpipe/doc"
)

// unattributedTag ends the label of an article's own claims.
const unattributedTag = " (unattributed)"

// source is who made a claim, as reconciliation identifies it.
type source struct {
	key        string // identity: claims with one key come from one source
	label      string // as shown to the analyst
	attributed bool   // false: the article's own unattributed statement
}

// claimantName resolves a claimant as written to the canonical name of the
// entity it names, or returns it cleaned but as written when no entity
// matches ("Moscow", "the Kremlin" stay as they are unless an entity of
// that name was found).
func (ix *entityIndex) claimantName(c string) string {
	c = strings.Join(strings.Fields(c), " ")
	if c == "" {
		return ""
	}
	kinds := []doc.Kind{doc.Person, doc.Organization, doc.Place}
	if _, isCountry := ix.lx.country[ix.lx.phrase(c)]; isCountry {
		kinds = kinds[1:] // "Washington" the capital, not a person of that name
	}
	if e := ix.resolve(c, kinds...); e >= 0 {
		return ix.entities[e].Name
	}
	return c
}

// inArticle returns the canonical name of the person a claimant names in
// its own article ("Obama", after "Barack Obama" in the same article, is
// Barack Obama, whatever other Obamas the run knows), or the claimant as
// written when the article names no such person.
func (ix *entityIndex) inArticle(ri int, claimant string) string {
	c := strings.Join(strings.Fields(claimant), " ")
	if c == "" || ri >= len(ix.names) {
		return claimant
	}
	for j, n := range ix.digests[ri].Names {
		if n.Kind == doc.Person && n.Text == c {
			return ix.entities[ix.names[ri][j]].Name
		}
	}
	return claimant
}

// sourceOf identifies the source of a claim. The rules, in order:
//
//  1. No claimant, or the article's own outlet: the article itself; the
//     key is its outlet (or path) and the claim is unattributed.
//  2. A known person (by any spelling, titles stripped) is that person.
//  3. A state body of a country: the claimant names a country (by name,
//     demonym, capital or seat of government: "Russia", "Russian",
//     "Moscow", "the Kremlin") and either nothing else or a word naming a
//     body of the state (ministry, military, army, government, president,
//     spokesman, official, ...). All such claimants of one country are one
//     source, its government: "Russian Ministry of Defense", "Russia's
//     defence ministry", "Moscow's defence ministry" and "the Kremlin" are
//     one source. "Russian journalists" is not a state body.
//  4. An entity: a claimant naming a known organisation or place is that
//     entity, under any of its spellings.
//  5. Otherwise the bag of its content words (order, case, possessives,
//     defence/defense and spelling variants do not matter).
func (ix *entityIndex) sourceOf(claimant string, info doc.Info) source {
	claimant = strings.Join(strings.Fields(claimant), " ")
	if claimant == "" || info.Outlet != "" && fold(claimant) == fold(info.Outlet) {
		out := info.Outlet
		if out == "" {
			out = info.Path
		}
		return source{key: "outlet:" + fold(out), label: out + unattributedTag}
	}
	label := ix.claimantName(claimant)
	// A known person is that person, even when the name holds a country
	// ("Georgia Harrison"); a lone "Washington" stays a capital.
	if _, isCountry := ix.lx.country[ix.lx.phrase(claimant)]; !isCountry {
		if e := ix.resolve(claimant, doc.Person); e >= 0 {
			return source{key: "entity:" + ix.entities[e].ID, label: label, attributed: true}
		}
	}
	ws := words(claimant)
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = ix.lx.key(w)
	}
	country, body, other := "", false, false
	for i := 0; i < len(ws); i++ {
		fw := strings.TrimSuffix(fold(ws[i]), ".")
		if c, n := ix.lx.countryOf(ws, keys, i); n > 0 {
			if country == "" {
				country = c
			}
			i += n - 1
			continue
		}
		switch {
		case ix.lx.stateBody[fw] || fw == "defence":
			body = true
		case ix.lx.stop[fw] || isArticle(fw):
		default:
			other = true
		}
	}
	if country != "" && (body || !other) {
		return source{key: "state:" + country, label: label, attributed: true}
	}
	if e := ix.resolve(claimant, doc.Organization, doc.Place); e >= 0 {
		return source{key: "entity:" + ix.entities[e].ID, label: label, attributed: true}
	}
	return source{key: "text:" + ix.lx.bagKey(ws), label: label, attributed: true}
}

// subjectOf resolves a figure's subject: to an entity of kind when the
// whole subject names one, else to the place entity named by the longest
// run of its words ("the Makiivka strike" -> Makiivka; a country, capital
// or seat of government only when no other place is named), else to the
// subject's own words. It returns the grouping key and the name to show.
// A toll's subject is resolved to a place (a name the tagger took for a
// person or an organisation, "Teri Mangal", "Radio Pakistan", is no
// subject of a toll); an age's to a person.
func (ix *entityIndex) subjectOf(subject string, kind doc.Kind) (key, name string) {
	subject = strings.Join(strings.Fields(subject), " ")
	if subject == "" {
		return "", ""
	}
	if e := ix.resolve(subject, kind); e >= 0 {
		return "entity:" + ix.entities[e].ID, ix.entities[e].Name
	}
	// The longest run naming a place; a country ("Russian strike on
	// Kharkiv") only when no other place is named.
	ws := words(subject)
	country := -1
	for n := len(ws) - 1; n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			e := ix.resolve(strings.Join(ws[i:i+n], " "), doc.Place)
			if e < 0 {
				continue
			}
			if _, isCountry := ix.lx.country[ix.lx.phrase(ix.entities[e].Name)]; !isCountry {
				return "entity:" + ix.entities[e].ID, ix.entities[e].Name
			}
			if country < 0 {
				country = e
			}
		}
	}
	if country >= 0 {
		return "entity:" + ix.entities[country].ID, ix.entities[country].Name
	}
	return "text:" + ix.lx.bagKey(ws), subject
}
