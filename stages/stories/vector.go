package stories

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"factpipe/doc"
)

// entry is one feature of a vector and its weight.
type entry struct {
	feature int32
	weight  float64
}

// vector is a document's normalised TF-IDF vector, by feature; probe
// holds the features that find candidate stories.
type vector struct {
	entries []entry
	probe   []int32
}

// vocabulary numbers the features (keywords and entity IDs) of a run.
type vocabulary struct {
	words, entities map[string]int32
	names           []string // "w:" + keyword or "e:" + entity ID, by feature
	df              []int
}

func (v *vocabulary) id(m map[string]int32, prefix, f string) int32 {
	if id, ok := m[f]; ok {
		return id
	}
	id := int32(len(v.names))
	m[f] = id
	v.names = append(v.names, prefix+f)
	v.df = append(v.df, 0)
	return id
}

// counts is a document's raw feature counts.
type counts map[int32]int

// vectorize returns the vector of every digest. Features are numbered in
// reading order, so that the vectors do not depend on the order of the
// digests.
func vectorize(digests []doc.Digest, nameEntity [][]string, bg *Background, order []int) []vector {
	voc := vocabulary{words: map[string]int32{}, entities: map[string]int32{}}
	raw := make([]counts, len(digests))
	for _, i := range order {
		raw[i] = featureCounts(&voc, digests[i], row(nameEntity, i))
		for f := range raw[i] {
			voc.df[f]++
		}
	}
	n := len(digests)
	idf := make([]float64, len(voc.names))
	for f, w := range voc.names {
		idf[f] = inverse(w, voc.df[f], n, bg)
	}
	vs := make([]vector, n)
	for i, c := range raw {
		vs[i] = weigh(c, voc.df, idf)
	}
	return vs
}

func row(rows [][]string, i int) []string {
	if i < len(rows) {
		return rows[i]
	}
	return nil
}

// featureCounts counts a digest's keywords ("w:" features) and the
// mentions of its resolved entities ("e:" features).
func featureCounts(voc *vocabulary, d doc.Digest, ents []string) counts {
	c := counts{}
	for _, k := range d.Keywords {
		c[voc.id(voc.words, "w:", k.Word)] += k.Count
	}
	for j, n := range d.Names {
		if j < len(ents) && ents[j] != "" {
			c[voc.id(voc.entities, "e:", ents[j])] += 2 * n.Count
		}
	}
	return c
}

// inverse is the inverse document frequency of feature f, in df of the
// run's n documents: log(1 + N/DF), where N and DF count the background's
// documents too (a keyword's, not an entity's: an entity is as rare as
// its name).
func inverse(f string, df, n int, bg *Background) float64 {
	if bg != nil {
		n += bg.Documents
		if w, ok := strings.CutPrefix(f, "w:"); ok {
			df += bg.DF[w]
		}
	}
	return math.Log(1 + float64(n)/float64(df))
}

// weigh turns counts into a normalised TF-IDF vector, and picks its probe
// features: the heaviest that are in another document of the run too.
func weigh(c counts, df []int, idf []float64) vector {
	v := vector{entries: make([]entry, 0, len(c))}
	norm := 0.0
	for f, k := range c {
		w := (1 + math.Log(float64(k))) * idf[f]
		v.entries = append(v.entries, entry{f, w})
		norm += w * w
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for i := range v.entries {
			v.entries[i].weight /= norm
		}
	}
	slices.SortFunc(v.entries, func(a, b entry) int {
		return cmp.Or(cmp.Compare(b.weight, a.weight), cmp.Compare(a.feature, b.feature))
	})
	for _, e := range v.entries {
		if len(v.probe) == probes {
			break
		}
		if df[e.feature] > 1 {
			v.probe = append(v.probe, e.feature)
		}
	}
	return v
}
