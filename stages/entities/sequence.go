package entities

// prepareDoc computes the token information of every sentence of one
// document (words already normalised): per-token hashes, clusters,
// document-wide capitalisation evidence and gazetteer matches.
func prepareDoc(sents [][]string, cl *clusterMap, gz *gazetteer) [][]tokInfo {
	out := make([][]tokInfo, len(sents))
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	all := make([]tokInfo, n)
	lowerSeen := make(map[uint64]struct{}, n/2)
	capSeen := make(map[uint64]struct{}, n/4)
	for si, s := range sents {
		infos := all[:len(s):len(s)]
		all = all[len(s):]
		letters, caps := 0, 0
		for i, w := range s {
			fillInfo(&infos[i], w, cl)
			f := infos[i].flags
			if f&(flagPunct|flagAllDigit) == 0 && f&(flagCap|flagAllCap|flagLower) != 0 {
				letters++
				if f&flagAllCap != 0 {
					caps++
				}
			}
		}
		sentCaps := letters > 0 && caps == letters
		for i := range infos {
			f := infos[i].flags
			if sentCaps {
				infos[i].flags |= flagSentCaps
			}
			switch {
			case f&flagLower != 0:
				lowerSeen[infos[i].lower] = struct{}{}
			case i > 0 && !sentCaps && f&flagCap != 0 && f&flagAllCap == 0:
				capSeen[infos[i].lower] = struct{}{}
			}
		}
		out[si] = infos
	}
	for _, infos := range out {
		for i := range infos {
			t := &infos[i]
			if t.flags&(flagCap|flagAllCap) != 0 {
				if _, ok := lowerSeen[t.lower]; ok {
					t.flags |= flagLowerSeen
				}
			}
			if t.flags&flagLower == 0 {
				if _, ok := capSeen[t.lower]; ok {
					t.flags |= flagCapSeen
				}
			}
		}
		gz.mark(infos)
	}
	return out
}

// scratch holds the buffers of one decoding; it is not shared between
// goroutines.
type scratch struct {
	keys  []uint64
	em    []float32
	delta []float32
	back  []uint8
	out   []int
}

func (s *scratch) grow(n int) {
	if cap(s.em) < n*nTags {
		s.em = make([]float32, n*nTags)
		s.delta = make([]float32, n*nTags)
		s.back = make([]uint8, n*nTags)
		s.out = make([]int, n)
	}
	s.em = s.em[:n*nTags]
	s.out = s.out[:n]
}

// tag returns the best BILOU tag sequence of one sentence. The result is
// valid until the next call with the same scratch.
func (m *model) tag(infos []tokInfo, sc *scratch, hist history) []int {
	n := len(infos)
	sc.grow(n)
	for i := range infos {
		sc.keys = observe(infos, i, sc.keys[:0])
		sc.keys = hist.features(infos, i, sc.keys)
		var acc [nTags]int32
		for _, k := range sc.keys {
			r, ok := m.table.get(k)
			if !ok {
				continue
			}
			w := (*[nTags]int16)(m.weights[int(r)*nTags : int(r)*nTags+nTags])
			for t := range acc {
				acc[t] += int32(w[t])
			}
		}
		row := (*[nTags]float32)(sc.em[i*nTags : (i+1)*nTags])
		for t := range acc {
			row[t] = float32(acc[t]) * m.scale
		}
	}
	viterbi(&m.trans, sc.em, n, sc.out, sc.back, sc.delta)
	return sc.out
}

// span is an entity over tokens [start, end) of a sentence.
type span struct {
	start, end, typ int
}

// bilouSpans reads the entities off a valid BILOU sequence.
func bilouSpans(tags []int, out []span) []span {
	start := -1
	for i, t := range tags {
		if t == tagO {
			start = -1
			continue
		}
		switch tagPos(t) {
		case posU:
			out = append(out, span{i, i + 1, tagType(t)})
			start = -1
		case posB:
			start = i
		case posL:
			if start >= 0 {
				out = append(out, span{start, i + 1, tagType(t)})
			}
			start = -1
		}
	}
	return out
}

// bilouTags writes the BILOU tags of spans over n tokens.
func bilouTags(spans []span, n int) []int {
	tags := make([]int, n)
	for _, s := range spans {
		if s.end-s.start == 1 {
			tags[s.start] = tagOf(s.typ, posU)
			continue
		}
		tags[s.start] = tagOf(s.typ, posB)
		for i := s.start + 1; i < s.end-1; i++ {
			tags[i] = tagOf(s.typ, posI)
		}
		tags[s.end-1] = tagOf(s.typ, posL)
	}
	return tags
}

// history counts the labels the tagger gave to each capitalised word in the
// earlier sentences of a document (the "extended prediction history" of
// Ratinov and Roth, 2009). Its features let a name's other occurrences
// inform the label without forcing it: the label still comes from the
// word's own context.
type history map[uint64][nTypes + 1]uint16

func tracked(t *tokInfo) bool { return t.flags&(flagCap|flagAllCap) != 0 }

// features appends the history features of token i. Only a capitalised
// word standing alone gets them ("Putin", "Stalin"): in "Denzel
// Washington" the neighbouring name settles the label whatever
// "Washington" was earlier in the document.
func (h history) features(toks []tokInfo, i int, buf []uint64) []uint64 {
	t := &toks[i]
	if len(h) == 0 || !tracked(t) {
		return buf
	}
	if t.flags&flagSentCaps == 0 &&
		((i > 0 && tracked(&toks[i-1])) || (i+1 < len(toks) && tracked(&toks[i+1]))) {
		return buf
	}
	c, ok := h[t.lower]
	if !ok {
		return buf
	}
	best, arg := uint16(0), 0
	for typ, n := range c {
		if n == 0 {
			continue
		}
		buf = append(buf, feat(tHist, uint64(typ)))
		if n > best {
			best, arg = n, typ
		}
	}
	return append(buf, feat(tHistMajor, uint64(arg)))
}

// historyKeys are all the keys that features can return.
func historyKeys() []uint64 {
	var ks []uint64
	for typ := 0; typ <= nTypes; typ++ {
		ks = append(ks, feat(tHist, uint64(typ)), feat(tHistMajor, uint64(typ)))
	}
	return ks
}

// add records the tags of one sentence.
func (h history) add(infos []tokInfo, tags []int) {
	for i := range infos {
		if !tracked(&infos[i]) {
			continue
		}
		typ := nTypes
		if tags[i] != tagO {
			typ = tagType(tags[i])
		}
		c := h[infos[i].lower]
		if c[typ] < 1<<15 {
			c[typ]++
		}
		h[infos[i].lower] = c
	}
}
