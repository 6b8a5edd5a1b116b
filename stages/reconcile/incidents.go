package reconcile

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"factpipe/doc"
	"factpipe/gazetteer"
)

// incidentPlaces adds a place_conflict row where the documents of a story
// put its incident of one kind (events of action incidentAction) in two
// different cities: GeoNames populated places, as the places' mentions
// resolved them. Regions and countries hold cities, so they never
// disagree with one. Claims that name one city form a camp; each other
// camp is compared with the largest, on their first claims by path.
func incidentPlaces(events map[string][]*eventClaim, ix *entityIndex, add func(doc.Contradiction, ...string)) {
	gz := ix.lx.gz
	if gz == nil {
		return
	}
	for _, key := range slices.Sorted(maps.Keys(events)) {
		camps := map[string][]*eventClaim{}
		for _, c := range events[key] {
			if c.ev.Action != incidentAction || !isCity(gz, c.ev.PlaceRef) {
				continue
			}
			camps[c.ev.PlaceRef] = append(camps[c.ev.PlaceRef], c)
		}
		if len(camps) < 2 {
			continue
		}
		refs := slices.SortedFunc(maps.Keys(camps), func(a, b string) int {
			return cmp.Or(cmp.Compare(docCount(camps[b]), docCount(camps[a])), cmp.Compare(a, b))
		})
		big := camps[refs[0]]
		for _, ref := range refs[1:] {
			add(placeRow(ix, big, camps[ref]))
		}
	}
}

// placeRow is the place_conflict row between two camps of claims.
func placeRow(ix *entityIndex, x, y []*eventClaim) (doc.Contradiction, string, string) {
	a, b := slices.MinFunc(x, byPath), slices.MinFunc(y, byPath)
	what := "the " + a.ev.Subject
	pa, pb := placeName(ix, a.ev.Place), placeName(ix, b.ev.Place)
	return doc.Contradiction{
		Kind: doc.PlaceConflict, Subject: what,
		EventA: a.ev.ID, EventB: b.ev.ID,
		ClaimA: what + " happened in " + pa, ClaimB: what + " happened in " + pb,
		SourceA: a.src.label, SourceB: b.src.label,
		DocA: a.info.ID, DocB: b.info.ID,
		Explanation: fmt.Sprintf("%s said %s happened in %s; %s said in %s.",
			withOthers(a.src.label, docCount(x)-1), what, pa, withOthers(b.src.label, docCount(y)-1), pb),
	}, a.ev.ID, b.ev.ID
}

// isCity reports whether a mention's reference is a populated place.
func isCity(gz *gazetteer.Gazetteer, ref string) bool {
	if !strings.HasPrefix(ref, "geonames:") {
		return false
	}
	p, ok := gz.ByRef(ref)
	return ok && p.Kind == gazetteer.KindCity
}

// placeName is the canonical name of a place as written, or as written
// when no place entity has it.
func placeName(ix *entityIndex, written string) string {
	if e := ix.resolve(written, doc.Place); e >= 0 {
		return ix.entities[e].Name
	}
	return clean(written)
}

// docCount is how many documents the claims come from.
func docCount(cs []*eventClaim) int {
	docs := map[int]bool{}
	for _, c := range cs {
		docs[c.ri] = true
	}
	return len(docs)
}

func byPath(a, b *eventClaim) int {
	return cmp.Or(cmp.Compare(a.info.Path, b.info.Path), cmp.Compare(a.ev.Start, b.ev.Start))
}
