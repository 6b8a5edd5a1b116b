package syntax

// The parser is transition-based, in the arc-hybrid system (Kuhlmann,
// Gómez-Rodríguez and Satta 2011): a stack with the root at its bottom, a
// buffer of the words still to read, and three moves:
//
//	shift  moves the first word of the buffer onto the stack;
//	left   makes the first word of the buffer the head of the stack's top,
//	       which it pops;
//	right  makes the word below the stack's top its head, and pops it.
//
// Each word is shifted once and popped once, so a sentence of n words
// takes 2n moves: time is linear in its length. The root takes a dependent
// only when the buffer is empty, so every sentence gets exactly one root.
// A perceptron picks the move from features of the words on and near the
// stack top and buffer front (Zhang and Nivre 2011: words, tags,
// distance, valency, the outermost children and their relations); a second
// one names the relation when a move makes an arc.

const (
	actShift = iota
	actLeft
	actRight
	nActions
)

const noWord = -1

// node is what the parser knows of a word while parsing.
type node struct {
	head       int32
	label      int32 // -1 until attached
	lc1, lc2   int32 // leftmost and second leftmost dependents, noWord when none
	rc1, rc2   int32 // rightmost and second rightmost
	nl, nr     uint8 // number of left and right dependents, at most 255
	lset, rset uint64
}

// parseState is a configuration: words are 1..n, 0 is the root.
type parseState struct {
	n     int32
	stack []int32
	b     int32 // the buffer is the words b..n
	nodes []node
}

func (s *parseState) reset(n int) {
	s.n = int32(n)
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	if n == 0 {
		s.b = 2
	}
	s.nodes = s.nodes[:0]
	for range n + 1 {
		s.nodes = append(s.nodes, node{head: noWord, label: -1, lc1: noWord, lc2: noWord, rc1: noWord, rc2: noWord})
	}
}

func (s *parseState) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// st returns the word i places below the stack top, noWord if none.
func (s *parseState) st(i int) int32 {
	if i >= len(s.stack) {
		return noWord
	}
	return s.stack[len(s.stack)-1-i]
}

// buf returns the word i places after the buffer front, noWord if none.
func (s *parseState) buf(i int32) int32 {
	if s.b+i > s.n {
		return noWord
	}
	return s.b + i
}

func (s *parseState) valid(a int) bool {
	switch a {
	case actShift:
		return s.b <= s.n
	case actLeft:
		return s.b <= s.n && len(s.stack) >= 2
	case actRight:
		return len(s.stack) >= 3 || (len(s.stack) == 2 && s.b > s.n)
	}
	return false
}

// arc returns the head and dependent of the arc move a makes.
func (s *parseState) arc(a int) (h, d int32) {
	d = s.st(0)
	if a == actLeft {
		return s.b, d
	}
	return s.st(1), d
}

// apply makes move a, labelling its arc with label.
func (s *parseState) apply(a int, label int32) {
	switch a {
	case actShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case actLeft, actRight:
		h, d := s.arc(a)
		s.attach(h, d, label)
		s.stack = s.stack[:len(s.stack)-1]
	}
}

func (s *parseState) attach(h, d, label int32) {
	dn := &s.nodes[d]
	dn.head, dn.label = h, label
	hn := &s.nodes[h]
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		hn.nl = min(hn.nl+1, 255)
		hn.lset |= bit
		switch {
		case hn.lc1 == noWord || d < hn.lc1:
			hn.lc2, hn.lc1 = hn.lc1, d
		case hn.lc2 == noWord || d < hn.lc2:
			hn.lc2 = d
		}
		return
	}
	hn.nr = min(hn.nr+1, 255)
	hn.rset |= bit
	switch {
	case hn.rc1 == noWord || d > hn.rc1:
		hn.rc2, hn.rc1 = hn.rc1, d
	case hn.rc2 == noWord || d > hn.rc2:
		hn.rc2 = d
	}
}

// parseWords holds the parser's view of a sentence's words: index 0 is the
// root, then words 1..n.
type parseWords struct {
	w   []uint64 // lower-cased word, digits as 0
	p   []uint64 // tag number
	wp  []uint64 // word and tag together
	suf []uint64 // three-letter suffix
}

// Values of the features of a missing word and of the root.
const (
	hashNone = 0x6e6f6e65_6e6f6e65
	hashRoot = 0x726f6f74_726f6f74
)

func (pw *parseWords) reset(nTags int, infos []wordInfo, tags []int) {
	n := len(infos) + 1
	pw.w, pw.p, pw.wp, pw.suf = pw.w[:0], pw.p[:0], pw.wp[:0], pw.suf[:0]
	pw.w = append(pw.w, hashRoot)
	pw.p = append(pw.p, uint64(nTags+1))
	pw.suf = append(pw.suf, hashRoot)
	for i := range infos {
		pw.w = append(pw.w, infos[i].norm)
		pw.p = append(pw.p, uint64(tags[i]))
		pw.suf = append(pw.suf, infos[i].suf[2])
	}
	for i := range n {
		pw.wp = append(pw.wp, mix(pw.w[i]+pw.p[i]*golden))
	}
}

// view reads feature values of a configuration; noWord reads as none.
type view struct {
	s      *parseState
	pw     *parseWords
	pNone  uint64
	lNone  uint64
	labels int
}

func (v *view) W(i int32) uint64 {
	if i < 0 {
		return hashNone
	}
	return v.pw.w[i]
}

func (v *view) P(i int32) uint64 {
	if i < 0 {
		return v.pNone
	}
	return v.pw.p[i]
}

func (v *view) WP(i int32) uint64 {
	if i < 0 {
		return hashNone
	}
	return v.pw.wp[i]
}

func (v *view) L(i int32) uint64 {
	if i < 0 || v.s.nodes[i].label < 0 {
		return v.lNone
	}
	return uint64(v.s.nodes[i].label)
}

// N returns the node of word i, or an empty node for noWord.
func (v *view) N(i int32) node {
	if i < 0 {
		return node{head: noWord, label: -1, lc1: noWord, lc2: noWord, rc1: noWord, rc2: noWord}
	}
	return v.s.nodes[i]
}

// tags3 packs three tag numbers into one value.
func tags3(a, b, c uint64) uint64 { return a | b<<10 | c<<20 }

// distance buckets |a-b|: 1..5, 6-7, 8-10, 11-15, more.
func distance(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := a - b
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 7:
		return 6
	case d <= 10:
		return 7
	case d <= 15:
		return 8
	}
	return 9
}
