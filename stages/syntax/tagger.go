package syntax

// The tagger is an averaged perceptron that reads a sentence left to right
// and gives each word one tag of the treebank's pairs of universal and
// English-specific parts of speech ("VERB VBN"): the universal part is the
// answer, the finer part tells the parser a participle from a past tense.

// Tagger feature templates. A template's number is part of its keys, so
// the numbers of a trained model must not change.
const (
	tBias = iota
	tForm
	tLower
	tPre1
	tPre2
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tShape
	tFlags
	tPrevWord
	tNextWord
	tPrev2Word
	tNext2Word
	tPrevSuf
	tNextSuf
	tPrevShape
	tNextShape
	tWordNext
	tPrevWordWord
	tSufNextShape
	tPrevNextWord
	tNext2Suf
	tPreSuf
	tPrevTag
	tPrevTags
	tPrevTagWord
	tPrevTagSuf
	tPrevTagNext
	tPrev2TagWord
	tPrevTagNextSuf
)

// nStaticTag is the number of keys of a word that do not depend on the
// tags before it.
const nStaticTag = tPrevTag

// sentence boundary values of the neighbour features.
const (
	hashStart = 0x5a17c0ffee5a17c0
	hashEnd   = 0x3e7d5eaf00d3e7d5
)

// tagContext reads neighbours of word i, with boundary values.
type tagContext struct {
	infos []wordInfo
	sc    uint64
}

func (c *tagContext) lower(i int) uint64 {
	switch {
	case i < 0:
		return hashStart
	case i >= len(c.infos):
		return hashEnd
	}
	return c.infos[i].lower
}

func (c *tagContext) suf3(i int) uint64 {
	if i < 0 || i >= len(c.infos) {
		return c.lower(i)
	}
	return c.infos[i].suf[2]
}

func (c *tagContext) shape(i int) uint64 {
	if i < 0 || i >= len(c.infos) {
		return c.lower(i)
	}
	return c.infos[i].shape
}

// staticKeys appends the keys of word i that do not depend on tags.
func (c *tagContext) staticKeys(i int, out []uint64) []uint64 {
	w := &c.infos[i]
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	sc := c.sc
	return append(out,
		key1(tBias, 0),
		key2(tForm, w.form, sc),
		key1(tLower, w.lower),
		key1(tPre1, w.pre[0]), key1(tPre2, w.pre[1]), key1(tPre3, w.pre[2]),
		key1(tSuf1, w.suf[0]), key1(tSuf2, w.suf[1]), key1(tSuf3, w.suf[2]), key1(tSuf4, w.suf[3]),
		key2(tShape, w.shape, sc),
		key2(tFlags, uint64(w.flags), sc|first<<8),
		key1(tPrevWord, c.lower(i-1)), key1(tNextWord, c.lower(i+1)),
		key1(tPrev2Word, c.lower(i-2)), key1(tNext2Word, c.lower(i+2)),
		key1(tPrevSuf, c.suf3(i-1)), key1(tNextSuf, c.suf3(i+1)),
		key2(tPrevShape, c.shape(i-1), sc), key2(tNextShape, c.shape(i+1), sc),
		key2(tWordNext, w.lower, c.lower(i+1)),
		key2(tPrevWordWord, c.lower(i-1), w.lower),
		key2(tSufNextShape, w.suf[2], c.shape(i+1)),
		key2(tPrevNextWord, c.lower(i-1), c.lower(i+1)),
		key1(tNext2Suf, c.suf3(i+2)),
		key2(tPreSuf, w.pre[1], w.suf[1]),
	)
}

// tagKeys appends the keys that read the tags p1 and p2 before word i
// (nTags for none).
func (c *tagContext) tagKeys(i int, p1, p2 uint64, out []uint64) []uint64 {
	w := &c.infos[i]
	return append(out,
		key1(tPrevTag, p1),
		key2(tPrevTags, p1, p2),
		key2(tPrevTagWord, p1, w.lower),
		key2(tPrevTagSuf, p1, w.suf[2]),
		key2(tPrevTagNext, p1, c.lower(i+1)),
		key2(tPrev2TagWord, p2, w.lower),
		key2(tPrevTagNextSuf, p1, c.suf3(i+1)),
	)
}

// tagSentence tags the words described by infos with the weights t,
// writing tag numbers to tags. keys and scores are scratch space; it
// returns keys, grown as needed.
func tagSentence(t *table, infos []wordInfo, tags []int, keys []uint64, scores []int32) []uint64 {
	c := tagContext{infos: infos, sc: sentenceCase(infos)}
	none := uint64(t.nClass)
	p1, p2 := none, none
	for i := range infos {
		keys = c.staticKeys(i, keys[:0])
		keys = c.tagKeys(i, p1, p2, keys)
		clear(scores)
		t.score(keys, scores)
		best := argmax(scores)
		tags[i] = best
		p2, p1 = p1, uint64(best)
	}
	return keys
}

func argmax[T int32 | float32](s []T) int {
	best := 0
	for c := 1; c < len(s); c++ {
		if s[c] > s[best] {
			best = c
		}
	}
	return best
}
