package syntax

// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013):
// the cost of a move is the number of gold arcs that it makes
// unreachable. Since the parser can reach every projective tree, the
// training trees are made projective first (projectivize). While
// training, the parser follows its own moves, right or wrong, and learns
// from the moves of least cost in the configurations its errors lead to.

// costs sets the cost of each valid move of s for the gold heads gold
// (gold[d] is the head of word d; 0 the root).
func (s *parseState) costs(gold []int32, out *[nActions]int) {
	s0, s1, b0 := s.st(0), s.st(1), s.buf(0)
	for a := range nActions {
		out[a] = -1
	}
	if s.valid(actShift) {
		c := 0
		for _, x := range s.stack {
			if gold[x] == b0 && x != 0 {
				c++
			}
		}
		if h := gold[b0]; h != s0 && s.onStack(h) {
			c++
		}
		out[actShift] = c
	}
	if s.valid(actLeft) {
		c := s.dependentsInBuffer(gold, s0)
		if h := gold[s0]; h == s1 || h > b0 {
			c++
		}
		out[actLeft] = c
	}
	if s.valid(actRight) {
		c := s.dependentsInBuffer(gold, s0)
		if gold[s0] >= s.b {
			c++
		}
		out[actRight] = c
	}
}

// onStack reports whether word x is on the stack.
func (s *parseState) onStack(x int32) bool {
	for _, y := range s.stack {
		if y == x {
			return true
		}
	}
	return false
}

// dependentsInBuffer counts the words in the buffer whose gold head is x.
func (s *parseState) dependentsInBuffer(gold []int32, x int32) int {
	c := 0
	for d := s.b; d <= s.n; d++ {
		if gold[d] == x {
			c++
		}
	}
	return c
}

// projectivize returns heads (heads[d] for words 1..n, heads[0] unused)
// with every non-projective arc lifted to the head's head, the shortest
// arc first, until the tree is projective (Nivre and Nilsson 2005, without
// encoding the lifts in the relations). It returns the number of lifts.
func projectivize(heads []int32) ([]int32, int) {
	h := append([]int32(nil), heads...)
	lifts := 0
	for {
		d := shortestNonProjective(h)
		if d < 0 {
			return h, lifts
		}
		h[d] = h[h[d]]
		lifts++
	}
}

// shortestNonProjective returns the dependent of the shortest
// non-projective arc, -1 if none.
func shortestNonProjective(h []int32) int32 {
	best, bestLen := int32(-1), int32(1<<30)
	for d := int32(1); d < int32(len(h)); d++ {
		hd := h[d]
		if hd == 0 {
			continue
		}
		lo, hi := min(hd, d), max(hd, d)
		if hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(h, hd, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// dominates reports whether a is an ancestor of k.
func dominates(h []int32, a, k int32) bool {
	for steps := 0; k != 0 && steps < len(h); steps++ {
		k = h[k]
		if k == a {
			return true
		}
	}
	return false
}
