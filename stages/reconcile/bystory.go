package reconcile

import (
	"maps"
	"slices"

	"factpipe/doc"
)

// storyPart is what one story gives quantities and contradictions: the
// claims and event claims of its documents.
type storyPart struct {
	story  string
	claims []*claim
	events map[string][]*eventClaim
}

// byStory splits claims and event claims by the story of their document
// (docStory, indexed like the digests), in story ID order, each keeping
// the order it had: figures and events of two stories are never compared.
func byStory(claims []*claim, events map[string][]*eventClaim, docStory []string) []storyPart {
	parts := map[string]*storyPart{}
	part := func(ri int) *storyPart {
		id := docStory[ri]
		p := parts[id]
		if p == nil {
			p = &storyPart{story: id, events: map[string][]*eventClaim{}}
			parts[id] = p
		}
		return p
	}
	for _, c := range claims {
		p := part(c.ri)
		p.claims = append(p.claims, c)
	}
	for _, k := range slices.Sorted(maps.Keys(events)) {
		for _, ec := range events[k] {
			p := part(ec.ri)
			p.events[k] = append(p.events[k], ec)
		}
	}
	out := make([]storyPart, 0, len(parts))
	for _, id := range slices.Sorted(maps.Keys(parts)) {
		out = append(out, *parts[id])
	}
	return out
}

// storyOfDoc maps each document ID to its story (docStory indexed like
// ix.digests).
func storyOfDoc(docStory []string, ix *entityIndex) map[string]string {
	m := make(map[string]string, len(ix.digests))
	for ri, d := range ix.digests {
		m[d.Doc.ID] = docStory[ri]
	}
	return m
}

// groupStories groups the digests into stories with opts.Stories, or puts
// them all in one story (ID "") when it is nil.
func groupStories(digests []doc.Digest, out doc.Reconciled, opts Options) ([]doc.Story, []string) {
	if opts.Stories != nil {
		return opts.Stories(digests, out.NameEntity, out.Entities)
	}
	return nil, make([]string, len(digests))
}
