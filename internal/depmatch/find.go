package depmatch

// Find returns the matches in s of every pattern, in pattern order, whose
// first node is word anchor (any word when anchor < 0). Words whose
// syntax is malformed (a head out of range) link to nothing.
func (m *Matcher) Find(s *Sentence, anchor int) []Match {
	var out []Match
	for i := range m.patterns {
		out = m.findPattern(&m.patterns[i], s, anchor, out)
	}
	return out
}

// First returns the first match in s whose first node is word anchor, in
// pattern order, and whether there is one.
func (m *Matcher) First(s *Sentence, anchor int) (Match, bool) {
	for i := range m.patterns {
		if ms := m.findPattern(&m.patterns[i], s, anchor, nil); len(ms) > 0 {
			return ms[0], true
		}
	}
	return Match{}, false
}

func (m *Matcher) findPattern(c *compiled, s *Sentence, anchor int, out []Match) []Match {
	if len(s.Words) == 0 || len(s.Lower) != len(s.Words) || anchor >= len(s.Words) {
		return out
	}
	bound := make([]int, len(c.p.Nodes))
	var try func(k int)
	try = func(k int) {
		if k == len(bound) {
			out = append(out, Match{Pattern: c.p, Words: append([]int(nil), bound...)})
			return
		}
		n := &c.p.Nodes[k]
		for _, j := range candidates(s, n.Link, from(bound, c.from[k]), anchor, k) {
			if m.pass(&n.Test, s, j) && !taken(bound[:k], j) {
				bound[k] = j
				try(k + 1)
			}
		}
	}
	try(0)
	return out
}

func from(bound []int, f int) int {
	if f < 0 {
		return -1
	}
	return bound[f]
}

func taken(bound []int, j int) bool {
	for _, b := range bound {
		if b == j {
			return true
		}
	}
	return false
}

// candidates returns the words linked to word f by l; for the first node
// (k == 0) with an anchor, the anchor alone.
func candidates(s *Sentence, l Link, f, anchor, k int) []int {
	n := len(s.Words)
	if k == 0 && anchor >= 0 {
		return []int{anchor}
	}
	var out []int
	switch l {
	case Any:
		out = span(0, n)
	case Child:
		for j, w := range s.Words {
			if w.Head == f && j != f {
				out = append(out, j)
			}
		}
	case Head:
		if h := head(s, f); h >= 0 {
			out = []int{h}
		}
	case Conjunct:
		out = conjuncts(s, f)
	case Sibling:
		if h := head(s, f); h >= 0 {
			for j, w := range s.Words {
				if w.Head == h && j != f {
					out = append(out, j)
				}
			}
		}
	case Ancestor:
		for h, steps := head(s, f), 0; h >= 0 && steps < n; h, steps = head(s, h), steps+1 {
			out = append(out, h)
		}
	case Descendant:
		for j := range s.Words {
			if j != f && below(s, j, f) {
				out = append(out, j)
			}
		}
	case Before:
		out = span(0, f)
	case After:
		out = span(f+1, n)
	}
	return out
}

func span(from, to int) []int {
	out := make([]int, 0, max(to-from, 0))
	for j := from; j < to; j++ {
		out = append(out, j)
	}
	return out
}

// head returns the head of word i, or -1 for the root or a head out of
// range.
func head(s *Sentence, i int) int {
	if i < 0 || i >= len(s.Words) {
		return -1
	}
	h := s.Words[i].Head
	if h < 0 || h >= len(s.Words) || h == i {
		return -1
	}
	return h
}

// below reports whether f is an ancestor of j, in at most len(words) steps.
func below(s *Sentence, j, f int) bool {
	for h, steps := head(s, j), 0; h >= 0 && steps < len(s.Words); h, steps = head(s, h), steps+1 {
		if h == f {
			return true
		}
	}
	return false
}

// conjuncts returns the words coordinated with f: the first conjunct of
// its chain of conj relations and every conj below it, f left out.
func conjuncts(s *Sentence, f int) []int {
	first := f
	for steps := 0; steps < len(s.Words) && isConj(s, first); steps++ {
		first = head(s, first)
	}
	var out []int
	if first != f {
		out = append(out, first)
	}
	for j := range s.Words {
		if j != f && j != first && isConj(s, j) && conjOf(s, j, first) {
			out = append(out, j)
		}
	}
	return out
}

func isConj(s *Sentence, i int) bool {
	return head(s, i) >= 0 && RelIn(s.Words[i].Rel, "conj")
}

// conjOf reports whether j hangs below first by conj relations only.
func conjOf(s *Sentence, j, first int) bool {
	for steps := 0; steps < len(s.Words) && isConj(s, j); steps++ {
		j = head(s, j)
		if j == first {
			return true
		}
	}
	return false
}
