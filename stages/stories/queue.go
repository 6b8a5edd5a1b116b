package stories

// pair is two clusters that may merge, with their average link when
// queued and their versions then: a pair whose cluster changed since is
// stale.
type pair struct {
	avg    float64
	a, b   int
	va, vb int
	ra, rb int // the reading ranks of the clusters' first documents, lower first
}

// pairQueue is a max-heap of pairs by average link, ties by the reading
// ranks of the clusters' first documents, so that merges happen in one
// order whatever the order of the digests.
type pairQueue []pair

func (q pairQueue) Len() int { return len(q) }
func (q pairQueue) Less(i, j int) bool {
	if q[i].avg != q[j].avg {
		return q[i].avg > q[j].avg
	}
	if q[i].ra != q[j].ra {
		return q[i].ra < q[j].ra
	}
	return q[i].rb < q[j].rb
}
func (q pairQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pairQueue) Push(x any)   { *q = append(*q, x.(pair)) }
func (q *pairQueue) Pop() any {
	old := *q
	p := old[len(old)-1]
	*q = old[:len(old)-1]
	return p
}
