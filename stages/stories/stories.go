// Package stories groups a run's documents into stories, one real-world
// event told by one or more outlets, by the words and entities they share
// and their dates.
//
// Each document is a vector of its keywords and its resolved entities,
// weighted by TF-IDF over the run (sublinear term frequency, smoothed
// inverse document frequency) and normalised. Each document is linked to
// its most similar documents (cosine similarity), among those published
// within Options.Window of it (or undated) and sharing one of its most
// telling features (those in another document but not in more than a
// small share of all documents), so the work grows with the number of
// documents, not with its square. Stories are then merged by average
// link, the most similar pair first, while the average similarity between
// their documents reaches Options.Threshold and their days lie within the
// window of each other.
package stories

import (
	"cmp"
	"slices"
	"time"

	"factpipe/doc"
)

// Options tune Group (see DefaultOptions).
type Options struct {
	// Threshold is the least average similarity between the documents of
	// two stories for them to merge.
	Threshold float64
	// Window is how far outside a story's first and last days a dated
	// document may be published and still join it.
	Window time.Duration
	// Background, when not nil, tells how common each word is in news at
	// large (see Background); nil weighs words by the run alone.
	Background *Background
}

// DefaultOptions are the options factpipe runs with.
var DefaultOptions = Options{Threshold: 0.2, Window: 7 * 24 * time.Hour}

// probes is how many of a document's heaviest features find the stories
// it is compared with.
const probes = 12

// Group returns the stories of the documents of digests, sorted by ID, and
// the story ID of each digest. nameEntity[i][j] is the entity ID of
// digests[i].Names[j] ("" for none), and entities holds those entities.
func Group(digests []doc.Digest, nameEntity [][]string, entities []doc.Entity, opts Options) ([]doc.Story, []string) {
	order := readingOrder(digests)
	cl := clusterer{vs: vectorize(digests, nameEntity, opts.Background, order), opts: opts, days: make([]time.Time, len(digests))}
	for i, d := range digests {
		cl.days[i] = day(d.Doc.Published)
	}
	cl.group(order)
	return cl.stories(digests, nameEntity, entities, order)
}

// readingOrder is the order documents are grouped in: by publication day,
// undated last, then by path and ID.
func readingOrder(digests []doc.Digest) []int {
	order := make([]int, len(digests))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		da, db := day(digests[a].Doc.Published), day(digests[b].Doc.Published)
		return cmp.Or(cmp.Compare(boolInt(da.IsZero()), boolInt(db.IsZero())), da.Compare(db),
			cmp.Compare(digests[a].Doc.Path, digests[b].Doc.Path), cmp.Compare(digests[a].Doc.ID, digests[b].Doc.ID))
	})
	return order
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// day is the calendar day of t at midnight UTC; zero for zero.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// weights maps a vector's features to their weights.
func weights(v vector) map[int32]float64 {
	w := make(map[int32]float64, len(v.entries))
	for _, e := range v.entries {
		w[e.feature] = e.weight
	}
	return w
}

// dot is the dot product of a vector given as weights and another.
func dot(w map[int32]float64, v vector) float64 {
	s := 0.0
	for _, e := range v.entries {
		s += e.weight * w[e.feature]
	}
	return s
}
