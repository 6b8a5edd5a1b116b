package syntax

// Feature templates of the parser's moves and relations. A template's
// number is part of its keys: the numbers of a trained model must not
// change, so new templates go at the end.

// Move templates.
const (
	aS0W = iota
	aS0P
	aS0WP
	aS1W
	aS1P
	aS1WP
	aB0W
	aB0P
	aB0WP
	aB1W
	aB1P
	aB1WP
	aS2W
	aS2P
	aB2W
	aB2P
	aS0WPB0WP
	aS0WPB0W
	aS0WB0WP
	aS0WPB0P
	aS0PB0WP
	aS0WB0W
	aS0PB0P
	aS1WPS0WP
	aS1WPS0W
	aS1WS0WP
	aS1WPS0P
	aS1PS0WP
	aS1WS0W
	aS1PS0P
	aB0PB1P
	aS1WB0W
	aS1PB0P
	aB0WB1W
	aB0PB1PB2P
	aS0PB0PB1P
	aS1PS0PB0P
	aS2PS1PS0P
	aS0PS0L1PB0P
	aS0PS0R1PB0P
	aS0PB0PB0L1P
	aS1PS1L1PS0P
	aS1PS1R1PS0P
	aS1PS0PS0L1P
	aS1PS0PS0R1P
	aS0WDist
	aS0PDist
	aB0WDist
	aB0PDist
	aS0WB0WDist
	aS0PB0PDist
	aS1WDist1
	aS1PDist1
	aS0WDist1
	aS0PDist1
	aS1PS0PDist1
	aS1WS0WDist1
	aS0WVL
	aS0PVL
	aS0WVR
	aS0PVR
	aB0WVL
	aB0PVL
	aS1PVL
	aS1PVR
	aS1WVR
	aChildW // + 3*slot, +1, +2: word, tag and relation of each child slot
)

// More move templates, after the child slots.
const (
	aChild3P = aChildW + 3*nChildSlots + iota
	aS0PS0R12P
	aB0PB0L12P
	aS1PS1R12P
	aS1PS1L12P
	aS0PS0L1LS0R1L
	aB0PB0L1L
	aS1PS1L1LS1R1L
	aS0WLset
	aS0PLset
	aS0WRset
	aS0PRset
	aB0WLset
	aB0PLset
	aS1PLset
	aS1PRset
	aS1WRset
	nMoveTemplates
)

// The children whose word, tag and relation are features.
const nChildSlots = 10

// moveKeys appends the keys of the configuration v.s.
func moveKeys(v *view, out []uint64) []uint64 {
	s := v.s
	s0, s1, s2 := s.st(0), s.st(1), s.st(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	n0, n1, nb := v.N(s0), v.N(s1), v.N(b0)
	s0w, s0p, s0wp := v.W(s0), v.P(s0), v.WP(s0)
	s1w, s1p, s1wp := v.W(s1), v.P(s1), v.WP(s1)
	b0w, b0p, b0wp := v.W(b0), v.P(b0), v.WP(b0)
	b1p, b2p, s2p := v.P(b1), v.P(b2), v.P(s2)
	d0, d1 := distance(s0, b0), distance(s1, s0)
	out = append(out,
		key1(aS0W, s0w), key1(aS0P, s0p), key1(aS0WP, s0wp),
		key1(aS1W, s1w), key1(aS1P, s1p), key1(aS1WP, s1wp),
		key1(aB0W, b0w), key1(aB0P, b0p), key1(aB0WP, b0wp),
		key1(aB1W, v.W(b1)), key1(aB1P, b1p), key1(aB1WP, v.WP(b1)),
		key1(aS2W, v.W(s2)), key1(aS2P, s2p),
		key1(aB2W, v.W(b2)), key1(aB2P, b2p),
		key2(aS0WPB0WP, s0wp, b0wp), key2(aS0WPB0W, s0wp, b0w), key2(aS0WB0WP, s0w, b0wp),
		key2(aS0WPB0P, s0wp, b0p), key2(aS0PB0WP, s0p, b0wp), key2(aS0WB0W, s0w, b0w),
		key1(aS0PB0P, tags3(s0p, b0p, 0)),
		key2(aS1WPS0WP, s1wp, s0wp), key2(aS1WPS0W, s1wp, s0w), key2(aS1WS0WP, s1w, s0wp),
		key2(aS1WPS0P, s1wp, s0p), key2(aS1PS0WP, s1p, s0wp), key2(aS1WS0W, s1w, s0w),
		key1(aS1PS0P, tags3(s1p, s0p, 0)),
		key1(aB0PB1P, tags3(b0p, b1p, 0)), key2(aS1WB0W, s1w, b0w), key1(aS1PB0P, tags3(s1p, b0p, 0)),
		key2(aB0WB1W, b0w, v.W(b1)),
		key1(aB0PB1PB2P, tags3(b0p, b1p, b2p)),
		key1(aS0PB0PB1P, tags3(s0p, b0p, b1p)),
		key1(aS1PS0PB0P, tags3(s1p, s0p, b0p)),
		key1(aS2PS1PS0P, tags3(s2p, s1p, s0p)),
		key1(aS0PS0L1PB0P, tags3(s0p, v.P(n0.lc1), b0p)),
		key1(aS0PS0R1PB0P, tags3(s0p, v.P(n0.rc1), b0p)),
		key1(aS0PB0PB0L1P, tags3(s0p, b0p, v.P(nb.lc1))),
		key1(aS1PS1L1PS0P, tags3(s1p, v.P(n1.lc1), s0p)),
		key1(aS1PS1R1PS0P, tags3(s1p, v.P(n1.rc1), s0p)),
		key1(aS1PS0PS0L1P, tags3(s1p, s0p, v.P(n0.lc1))),
		key1(aS1PS0PS0R1P, tags3(s1p, s0p, v.P(n0.rc1))),
		key2(aS0WDist, s0w, d0), key1(aS0PDist, tags3(s0p, d0, 0)),
		key2(aB0WDist, b0w, d0), key1(aB0PDist, tags3(b0p, d0, 0)),
		key3(aS0WB0WDist, s0w, b0w, d0), key1(aS0PB0PDist, tags3(s0p, b0p, d0)),
		key2(aS1WDist1, s1w, d1), key1(aS1PDist1, tags3(s1p, d1, 0)),
		key2(aS0WDist1, s0w, d1), key1(aS0PDist1, tags3(s0p, d1, 0)),
		key1(aS1PS0PDist1, tags3(s1p, s0p, d1)), key3(aS1WS0WDist1, s1w, s0w, d1),
		key2(aS0WVL, s0w, uint64(n0.nl)), key1(aS0PVL, tags3(s0p, uint64(n0.nl), 0)),
		key2(aS0WVR, s0w, uint64(n0.nr)), key1(aS0PVR, tags3(s0p, uint64(n0.nr), 0)),
		key2(aB0WVL, b0w, uint64(nb.nl)), key1(aB0PVL, tags3(b0p, uint64(nb.nl), 0)),
		key1(aS1PVL, tags3(s1p, uint64(n1.nl), 0)), key1(aS1PVR, tags3(s1p, uint64(n1.nr), 0)),
		key2(aS1WVR, s1w, uint64(n1.nr)),
	)
	children := [nChildSlots]int32{n0.lc1, n0.rc1, nb.lc1, n1.lc1, n1.rc1, n0.lc2, n0.rc2, nb.lc2, n1.rc2, n1.lc2}
	for k, c := range children {
		t := aChildW + 3*k
		out = append(out, key1(t, v.W(c)), key1(t+1, v.P(c)), key1(t+2, v.L(c)))
	}
	return append(out,
		key1(aChild3P, tags3(s0p, v.P(n0.lc1), v.P(n0.lc2))),
		key1(aS0PS0R12P, tags3(s0p, v.P(n0.rc1), v.P(n0.rc2))),
		key1(aB0PB0L12P, tags3(b0p, v.P(nb.lc1), v.P(nb.lc2))),
		key1(aS1PS1R12P, tags3(s1p, v.P(n1.rc1), v.P(n1.rc2))),
		key1(aS1PS1L12P, tags3(s1p, v.P(n1.lc1), v.P(n1.lc2))),
		key1(aS0PS0L1LS0R1L, tags3(s0p, v.L(n0.lc1), v.L(n0.rc1))),
		key1(aB0PB0L1L, tags3(b0p, v.L(nb.lc1), 0)),
		key1(aS1PS1L1LS1R1L, tags3(s1p, v.L(n1.lc1), v.L(n1.rc1))),
		key2(aS0WLset, s0w, n0.lset), key2(aS0PLset, s0p, n0.lset),
		key2(aS0WRset, s0w, n0.rset), key2(aS0PRset, s0p, n0.rset),
		key2(aB0WLset, b0w, nb.lset), key2(aB0PLset, b0p, nb.lset),
		key2(aS1PLset, s1p, n1.lset), key2(aS1PRset, s1p, n1.rset),
		key2(aS1WRset, s1w, n1.rset),
	)
}

// Relation templates: features of an arc from head h to dependent d.
const (
	rHW = iota
	rHP
	rHWP
	rDW
	rDP
	rDWP
	rHPDP
	rHWDP
	rHPDW
	rHWDW
	rHPDPDist
	rDWDist
	rDSufDP
	rDL1L
	rDR1L
	rDPLset
	rDPRset
	rDL1W
	rDPDL1W
	rDR1W
	rDPValency
	rHPHLset
	rHPHRset
	rHNearL
	rHPHNearL
	rHNearW
	rDPBeforeAfter
	rHPBeforeAfter
	rHPDPContext
	rDWHW1
	rDPDR1W
	nRelTemplates
)

// relKeys appends the keys of an arc from h to d made by move a.
func relKeys(v *view, a int, h, d int32, out []uint64) []uint64 {
	tk := func(t int) int { return 2*t + a - actLeft }
	hn, dn := v.N(h), v.N(d)
	hw, hp, dw, dp := v.W(h), v.P(h), v.W(d), v.P(d)
	dist := distance(h, d)
	near, ctx := hn.lc1, v.s.st(1) // the head's dependent nearest d; the word beyond the arc
	if a == actRight {
		near, ctx = hn.rc1, v.s.buf(0)
	}
	return append(out,
		key1(tk(rHW), hw), key1(tk(rHP), hp), key1(tk(rHWP), v.WP(h)),
		key1(tk(rDW), dw), key1(tk(rDP), dp), key1(tk(rDWP), v.WP(d)),
		key1(tk(rHPDP), tags3(hp, dp, 0)),
		key2(tk(rHWDP), hw, dp), key2(tk(rHPDW), hp, dw), key2(tk(rHWDW), hw, dw),
		key1(tk(rHPDPDist), tags3(hp, dp, dist)), key2(tk(rDWDist), dw, dist),
		key2(tk(rDSufDP), v.pw.suf[d], dp),
		key1(tk(rDL1L), tags3(v.L(dn.lc1), dp, 0)), key1(tk(rDR1L), tags3(v.L(dn.rc1), dp, 0)),
		key2(tk(rDPLset), dp, dn.lset), key2(tk(rDPRset), dp, dn.rset),
		key1(tk(rDL1W), v.W(dn.lc1)), key2(tk(rDPDL1W), dp, v.W(dn.lc1)), key1(tk(rDR1W), v.W(dn.rc1)),
		key1(tk(rDPValency), tags3(dp, uint64(dn.nl), uint64(dn.nr))),
		key2(tk(rHPHLset), hp, hn.lset), key2(tk(rHPHRset), hp, hn.rset),
		key1(tk(rHNearL), v.L(near)), key1(tk(rHPHNearL), tags3(hp, v.L(near), 0)),
		key2(tk(rHNearW), v.W(near), dp),
		key1(tk(rDPBeforeAfter), tags3(dp, v.P(v.word(d-1)), v.P(v.word(d+1)))),
		key1(tk(rHPBeforeAfter), tags3(hp, v.P(v.word(h-1)), v.P(v.word(h+1)))),
		key1(tk(rHPDPContext), tags3(hp, dp, v.P(ctx))),
		key2(tk(rDWHW1), dw, v.W(v.word(h+1))),
		key2(tk(rDPDR1W), dp, v.W(dn.rc1)),
	)
}

// word returns i if it is a word of the sentence (not the root), else
// noWord.
func (v *view) word(i int32) int32 {
	if i < 1 || i > v.s.n {
		return noWord
	}
	return i
}
