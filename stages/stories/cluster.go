package stories

import (
	"cmp"
	"container/heap"
	"maps"
	"slices"
	"time"
)

// neighbours is how many of its most similar earlier documents each
// document is linked to; candidates is how many documents sharing its
// probe features are compared with it.
// recent is how many of the latest documents probing a feature are
// looked at: a feature of many documents (one story told a thousand
// times, or a common word) finds its neighbours among them.
const (
	neighbours = 20
	candidates = 60
	recent     = 200
)

// edgeFloor is the least similarity worth keeping as a link: a fraction
// of the threshold, since the average link of two stories counts every
// pair of their documents.
const edgeFloor = 0.5

// cluster is a story while documents are grouped.
type cluster struct {
	members     []int           // digest indexes
	first, last time.Time       // its dated documents' first and last days
	sum         []entry         // the sum of its documents' vectors, by feature
	links       map[int]float64 // the clusters holding a document linked to one of its own; for two documents, their similarity
	gone        bool            // merged into another
	version     int
}

// clusterer groups documents by average-link agglomeration over the
// links between similar documents.
type clusterer struct {
	vs       []vector
	rank     []int // reading rank of each document, which breaks ties
	days     []time.Time
	opts     Options
	clusters []*cluster
	queue    pairQueue
}

// group clusters the documents; order is the reading order.
func (cl *clusterer) group(order []int) {
	cl.rank = make([]int, len(cl.vs))
	for r, i := range order {
		cl.rank[i] = r
	}
	cl.clusters = make([]*cluster, len(cl.vs))
	for i := range cl.vs {
		cl.clusters[i] = &cluster{members: []int{i}, first: cl.days[i], last: cl.days[i], sum: byFeature(cl.vs[i]), links: map[int]float64{}}
	}
	cl.link(order)
	for i, c := range cl.clusters {
		for _, j := range slices.Sorted(maps.Keys(c.links)) {
			if i < j {
				cl.pushAverage(i, j, c.links[j])
			}
		}
	}
	for cl.queue.Len() > 0 {
		p := heap.Pop(&cl.queue).(pair)
		a, b := cl.clusters[p.a], cl.clusters[p.b]
		if a.gone || b.gone || p.va != a.version || p.vb != b.version || !cl.compatible(a, b) {
			continue
		}
		if cl.rank[p.a] < cl.rank[p.b] { // the earlier cluster holds the merge
			cl.merge(p.a, p.b)
		} else {
			cl.merge(p.b, p.a)
		}
	}
}

// link finds each document's most similar earlier documents and records
// the similarity of each pair that reaches edgeFloor of the threshold and
// whose days are within the window.
func (cl *clusterer) link(order []int) {
	postings := map[int32][]int{}
	shared := make([]int, len(cl.vs)) // probe features shared with the document at hand
	dense := make([]float64, cl.features())
	var touched []int
	for _, i := range order {
		touched = touched[:0]
		for _, f := range cl.vs[i].probe {
			ps := postings[f]
			for _, j := range ps[max(0, len(ps)-recent):] {
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
			postings[f] = append(postings[f], i)
		}
		cands := topShared(touched, shared, candidates)
		for _, j := range touched {
			shared[j] = 0
		}
		for _, e := range cl.vs[i].entries {
			dense[e.feature] = e.weight
		}
		for _, j := range cl.nearest(i, cands, dense) {
			cl.clusters[i].links[j.doc] = j.sim
			cl.clusters[j.doc].links[i] = j.sim
		}
		for _, e := range cl.vs[i].entries {
			dense[e.feature] = 0
		}
	}
}

// features is one more than the highest feature of any vector.
func (cl *clusterer) features() int {
	n := int32(-1)
	for _, v := range cl.vs {
		for _, e := range v.entries {
			n = max(n, e.feature)
		}
	}
	return int(n) + 1
}

// scored is a document and its similarity to another.
type scored struct {
	doc int
	sim float64
}

// nearest returns the neighbours most similar to document i among cands
// that reach edgeFloor of the threshold and lie within the window; dense
// holds i's weights by feature.
func (cl *clusterer) nearest(i int, cands []int, dense []float64) []scored {
	var out []scored
	for _, j := range cands {
		if !cl.near(cl.days[i], cl.days[j]) {
			continue
		}
		s := 0.0
		for _, e := range cl.vs[j].entries {
			s += e.weight * dense[e.feature]
		}
		if s >= edgeFloor*cl.opts.Threshold {
			out = append(out, scored{j, s})
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		return cmp.Or(cmp.Compare(b.sim, a.sim), cmp.Compare(cl.rank[a.doc], cl.rank[b.doc]))
	})
	if len(out) > neighbours {
		out = out[:neighbours]
	}
	return out
}

// topShared returns at most n of the touched documents, those sharing the
// most probe features first, ties in the order they were touched.
func topShared(touched, shared []int, n int) []int {
	var out []int
	for k := probes; k > 0 && len(out) < n; k-- {
		for _, d := range touched {
			if shared[d] == k {
				out = append(out, d)
				if len(out) == n {
					break
				}
			}
		}
	}
	return out
}

// near reports whether two days are within the window; an unknown day is
// near any.
func (cl *clusterer) near(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	return d <= cl.opts.Window && d >= -cl.opts.Window
}

// compatible reports whether two clusters' days overlap within the
// window.
func (cl *clusterer) compatible(a, b *cluster) bool {
	if a.first.IsZero() || b.first.IsZero() {
		return true
	}
	return !a.first.After(b.last.Add(cl.opts.Window)) && !b.first.After(a.last.Add(cl.opts.Window))
}

// average is the average link of clusters i and j: the mean similarity
// of every pair of their documents. The vectors being normalised, the sum
// of those similarities is the dot product of the clusters' sums.
func (cl *clusterer) average(i, j int) float64 {
	a, b := cl.clusters[i].sum, cl.clusters[j].sum
	if len(a) > len(b) {
		a, b = b, a
	}
	dot := 0.0
	if len(b) > 8*len(a) {
		for _, e := range a {
			if k, ok := slices.BinarySearchFunc(b, e.feature, func(x entry, f int32) int { return cmp.Compare(x.feature, f) }); ok {
				dot += e.weight * b[k].weight
			}
		}
	} else {
		for x, y := 0, 0; x < len(a) && y < len(b); {
			switch fa, fb := a[x].feature, b[y].feature; {
			case fa < fb:
				x++
			case fa > fb:
				y++
			default:
				dot += a[x].weight * b[y].weight
				x++
				y++
			}
		}
	}
	return dot / float64(len(cl.clusters[i].members)*len(cl.clusters[j].members))
}

// push queues the pair i, j when its average link reaches the threshold.
func (cl *clusterer) push(i, j int) { cl.pushAverage(i, j, cl.average(i, j)) }

// pushAverage queues the pair i, j of average link avg when it reaches the
// threshold.
func (cl *clusterer) pushAverage(i, j int, avg float64) {
	if avg >= cl.opts.Threshold {
		a, b := min(i, j), max(i, j)
		heap.Push(&cl.queue, pair{avg: avg, a: a, b: b, va: cl.clusters[a].version, vb: cl.clusters[b].version,
			ra: min(cl.rank[a], cl.rank[b]), rb: max(cl.rank[a], cl.rank[b])})
	}
}

// merge joins cluster b into cluster a and requeues a's links.
func (cl *clusterer) merge(ai, bi int) {
	a, b := cl.clusters[ai], cl.clusters[bi]
	a.members = append(a.members, b.members...)
	if !b.first.IsZero() && (a.first.IsZero() || b.first.Before(a.first)) {
		a.first = b.first
	}
	if b.last.After(a.last) {
		a.last = b.last
	}
	a.sum = addSums(a.sum, b.sum)
	for k := range b.links {
		c := cl.clusters[k]
		delete(c.links, bi)
		if k != ai {
			a.links[k] = 0 // the similarity is kept for two documents only
			c.links[ai] = 0
		}
	}
	for k := range a.links {
		a.links[k], cl.clusters[k].links[ai] = 0, 0
	}
	delete(a.links, bi)
	b.gone, b.links, b.sum = true, nil, nil
	a.version++ // every queued pair of a is stale: its average changed
	for _, k := range slices.Sorted(maps.Keys(a.links)) {
		cl.push(ai, k)
	}
}

// byFeature returns the entries of v sorted by feature.
func byFeature(v vector) []entry {
	es := slices.Clone(v.entries)
	slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.feature, b.feature) })
	return es
}

// addSums returns the sum of two vectors sorted by feature, likewise
// sorted.
func addSums(a, b []entry) []entry {
	out := make([]entry, 0, max(len(a), len(b)))
	x, y := 0, 0
	for x < len(a) || y < len(b) {
		switch {
		case y == len(b) || x < len(a) && a[x].feature < b[y].feature:
			out = append(out, a[x])
			x++
		case x == len(a) || b[y].feature < a[x].feature:
			out = append(out, b[y])
			y++
		default:
			out = append(out, entry{a[x].feature, a[x].weight + b[y].weight})
			x++
			y++
		}
	}
	return out
}
