package entities

// prepareDoc computes the token information of every sentence of one
// document (words already normalised): per-token hashes, clusters,
// document-wide capitalisation evidence and gazetteer matches. A document
// written without case (caselessDoc) is read as if in capitals, with
// feature keys of its own (flagCaseless).
func prepareDoc(sents [][]string, cl *clusterMap, gz *gazetteer) [][]tokInfo {
	return prepareDocAs(sents, cl, gz, docAuto)
}

// docAuto asks prepareDocAs to choose the document class.
const docAuto = -1

// prepareDocAs is prepareDoc reading the document as of class class
// (docCased, docCaseless), or as its casing tells (docAuto). Training reads
// each copy of a training document in the class of its casing, so that the
// cased weights learn the headlines in capitals of cased text from every
// document written as it was.
func prepareDocAs(sents [][]string, cl *clusterMap, gz *gazetteer, class int) [][]tokInfo {
	out := make([][]tokInfo, len(sents))
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	all := make([]tokInfo, n)
	classes := make([]int, len(sents))
	var words [nSentClasses]int
	for si, s := range sents {
		out[si] = all[:len(s):len(s)]
		all = all[len(s):]
		var letters int
		classes[si], letters = fillSentence(out[si], s, cl)
		words[classes[si]] += letters
	}
	if class == docAuto {
		class = docCased
		if caselessDoc(words) {
			class = docCaseless
		}
	}
	if class == docCaseless {
		for si, s := range sents {
			fillCaseless(out[si], s, classes[si], cl)
		}
	} else {
		markCaseEvidence(out, classes, n)
	}
	for _, infos := range out {
		gz.mark(infos)
	}
	return out
}

// caselessShare is the share of its words that a document written without
// case has in sentences all in capitals or all in lower case. A document
// with less is read as cased, its sentences in capitals as headlines.
const caselessShare = 0.9

// caselessDoc reports whether a document is written without case;
// words[class] counts the words with letters of the sentences of each
// class.
func caselessDoc(words [nSentClasses]int) bool {
	caseless := words[sentUpper] + words[sentLower]
	return caseless > 0 && float64(caseless) >= caselessShare*float64(caseless+words[sentCased])
}

// markCaseEvidence sets the flags that tell a word's capitals apart from
// those of its other occurrences in a document with case: flagSentCaps on
// the sentences all in capitals (headlines), flagLowerSeen on capitalised
// words also seen in lower case, flagCapSeen on words seen capitalised
// inside a sentence.
func markCaseEvidence(out [][]tokInfo, classes []int, n int) {
	lowerSeen := make(map[uint64]struct{}, n/2)
	capSeen := make(map[uint64]struct{}, n/4)
	for si, infos := range out {
		sentCaps := classes[si] == sentUpper
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
	}
}

// fillCaseless completes the infos of a sentence of class class in a
// document without case: every word is read as if in capitals (the tagger
// learnt such text from copies of its training text in capitals), with the
// clusters of its usual written form.
func fillCaseless(infos []tokInfo, ws []string, class int, cl *clusterMap) {
	for i, w := range ws {
		if class != sentUpper {
			w = upperString(w)
			fillInfo(&infos[i], w, cl)
		}
		infos[i].flags |= flagSentCaps | flagCaseless
		fillTitleClusters(&infos[i], w, cl)
	}
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
	class := docCased
	if n > 0 && infos[0].flags&flagCaseless != 0 {
		class = docCaseless
	}
	ws := &m.sets[class]
	for i := range infos {
		sc.keys = observe(infos, i, sc.keys[:0])
		sc.keys = hist.features(infos, i, sc.keys)
		var acc [nTags]int32
		for _, k := range sc.keys {
			w := ws.row(k)
			if w == nil {
				continue
			}
			for t := range acc {
				acc[t] += int32(w[t])
			}
		}
		row := (*[nTags]float32)(sc.em[i*nTags : (i+1)*nTags])
		for t := range acc {
			row[t] = float32(acc[t]) * ws.scale
		}
	}
	viterbi(&m.trans[class], sc.em, n, sc.out, sc.back, sc.delta)
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
	// What a word was called earlier weighs differently in a document
	// without case: the keys depend on it.
	class := 0
	if t.flags&flagCaseless != 0 {
		class = 1
	}
	best, arg := uint16(0), 0
	for typ, n := range c {
		if n == 0 {
			continue
		}
		buf = append(buf, histKey(tHist, typ, class))
		if n > best {
			best, arg = n, typ
		}
	}
	return append(buf, histKey(tHistMajor, arg, class))
}

func histKey(tmpl, typ, class int) uint64 { return feat(tmpl, uint64(typ|class<<8)) }

// historyKeys are all the keys that features can return.
func historyKeys() []uint64 {
	var ks []uint64
	for class := range 2 {
		for typ := 0; typ <= nTypes; typ++ {
			ks = append(ks, histKey(tHist, typ, class), histKey(tHistMajor, typ, class))
		}
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
