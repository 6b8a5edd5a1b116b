package stories

import (
	"cmp"
	"slices"
	"strings"

	"factpipe/doc"
)

// stories turns the clusters into doc.Story values sorted by ID, and the
// story ID of each document.
func (cl *clusterer) stories(digests []doc.Digest, nameEntity [][]string, entities []doc.Entity, order []int) ([]doc.Story, []string) {
	byID := make(map[string]*doc.Entity, len(entities))
	for i := range entities {
		byID[entities[i].ID] = &entities[i]
	}
	docStory := make([]string, len(digests))
	rank := make([]int, len(order))
	for r, i := range order {
		rank[i] = r
	}
	var out []doc.Story
	for _, s := range cl.clusters {
		if s.gone {
			continue
		}
		slices.SortFunc(s.members, func(a, b int) int { return cmp.Compare(rank[a], rank[b]) })
		st := doc.Story{ID: doc.HashID("story", digests[s.members[0]].Doc.ID), First: s.first, Last: s.last}
		for _, i := range s.members {
			st.Documents = append(st.Documents, digests[i].Doc.ID)
			docStory[i] = st.ID
		}
		st.Title = cl.title(s, digests)
		st.Places, st.People, st.Organizations = mainEntities(s.members, digests, nameEntity, byID)
		out = append(out, st)
	}
	slices.SortFunc(out, func(a, b doc.Story) int { return cmp.Compare(a.ID, b.ID) })
	return out, docStory
}

// title is the headline of the story's document closest to its centre,
// or, when no document has one, the words of its heaviest features.
func (cl *clusterer) title(s *cluster, digests []doc.Digest) string {
	centre := map[int32]float64{}
	for _, i := range s.members {
		for _, e := range cl.vs[i].entries {
			centre[e.feature] += e.weight
		}
	}
	best, bestSim := "", -1.0
	for _, i := range s.members {
		t := digests[i].Doc.Title
		if t == "" {
			continue
		}
		// Members are in reading order: of two documents as close to
		// the centre (the two of a story of two always are), the first.
		if sim := dot(centre, cl.vs[i]); sim > bestSim+1e-9 {
			best, bestSim = t, sim
		}
	}
	if best != "" {
		return best
	}
	var words []string
	for _, k := range digests[s.members[0]].Keywords {
		if len(words) == 3 {
			break
		}
		words = append(words, k.Word)
	}
	return strings.Join(words, " ")
}

// mainEntities returns the names of the places, people and organisations
// that most of members mention (then the most mentioned, then by name), at
// most doc.StoryEntities of each.
func mainEntities(members []int, digests []doc.Digest, nameEntity [][]string, byID map[string]*doc.Entity) (places, people, orgs []string) {
	type tally struct {
		e          *doc.Entity
		docs, hits int
	}
	tallies := map[string]*tally{}
	for _, i := range members {
		seen := map[string]bool{}
		for j, n := range digests[i].Names {
			id := ""
			if r := row(nameEntity, i); j < len(r) {
				id = r[j]
			}
			e := byID[id]
			if e == nil {
				continue
			}
			t := tallies[id]
			if t == nil {
				t = &tally{e: e}
				tallies[id] = t
			}
			t.hits += n.Count
			if !seen[id] {
				seen[id] = true
				t.docs++
			}
		}
	}
	ts := make([]*tally, 0, len(tallies))
	for _, t := range tallies {
		ts = append(ts, t)
	}
	slices.SortFunc(ts, func(a, b *tally) int {
		return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(b.hits, a.hits), cmp.Compare(a.e.Name, b.e.Name), cmp.Compare(a.e.ID, b.e.ID))
	})
	for _, t := range ts {
		switch t.e.Kind {
		case doc.Place:
			places = appendMax(places, t.e.Name)
		case doc.Person:
			people = appendMax(people, t.e.Name)
		case doc.Organization:
			orgs = appendMax(orgs, t.e.Name)
		}
	}
	return places, people, orgs
}

func appendMax(names []string, n string) []string {
	if len(names) < doc.StoryEntities {
		names = append(names, n)
	}
	return names
}
