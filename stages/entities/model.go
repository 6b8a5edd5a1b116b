package entities

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Entity types of CoNLL-2003, in the order of the tag set.
var typeNames = [nTypes]string{"PER", "LOC", "ORG", "MISC"}

const (
	nTypes = 4
	nTags  = 1 + 4*nTypes // O, then B I L U for each type
	tagO   = 0
	posB   = 0
	posI   = 1
	posL   = 2
	posU   = 3
)

func tagOf(typ, pos int) int { return 1 + typ*4 + pos }
func tagType(t int) int      { return (t - 1) / 4 }
func tagPos(t int) int       { return (t - 1) % 4 }

// allowed reports whether tag cur may follow tag prev in BILOU; prev == -1
// is the sentence start.
func allowed(prev, cur int) bool {
	open := prev > 0 && (tagPos(prev) == posB || tagPos(prev) == posI)
	if open {
		return cur > 0 && tagType(cur) == tagType(prev) && (tagPos(cur) == posI || tagPos(cur) == posL)
	}
	return cur == tagO || tagPos(cur) == posB || tagPos(cur) == posU
}

// canEnd reports whether a sentence may end with tag t.
func canEnd(t int) bool { return t == tagO || tagPos(t) == posL || tagPos(t) == posU }

// model is a trained linear sequence model: emission weights per feature
// and tag, tag transition weights, and the resources its features read.
// It is read-only after loading.
type model struct {
	index   map[uint64]int32 // feature key -> row of weights
	table   featTable        // the same, for fast look-up
	weights []int16          // row*nTags + tag, in units of the scale of the row's document class
	scale   [nDocClasses]float32
	trans   [nDocClasses][nTags + 1][nTags]float32 // of each document class
	clus    *clusterMap
	gaz     *gazetteer
	demonym hashSet // lower-cased nationality words ("poles", "russian")
}

const negInf = float32(-1e30)

// viterbi returns the best tag sequence for the emission scores em
// (n*nTags) under the BILOU constraints, writing it to out.
func viterbi(trans *[nTags + 1][nTags]float32, em []float32, n int, out []int, back []uint8, delta []float32) {
	if n == 0 {
		return
	}
	// delta[i*nTags+t]: best score of a path ending in t at i.
	for t := 0; t < nTags; t++ {
		if allowed(-1, t) {
			delta[t] = em[t] + trans[nTags][t]
		} else {
			delta[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*nTags : i*nTags]
		cur := delta[i*nTags : (i+1)*nTags]
		for t := 0; t < nTags; t++ {
			best, arg := negInf, 0
			for _, p := range predecessors[t] {
				if s := prev[p] + trans[p][t]; s > best {
					best, arg = s, int(p)
				}
			}
			cur[t] = best + em[i*nTags+t]
			back[i*nTags+t] = uint8(arg)
		}
	}
	best, arg := negInf, 0
	last := delta[(n-1)*nTags : n*nTags]
	for t := 0; t < nTags; t++ {
		if canEnd(t) && last[t] > best {
			best, arg = last[t], t
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nTags+out[i]])
	}
}

// predecessors lists, for each tag, the tags that may come before it.
var predecessors = func() (a [nTags][]uint8) {
	for t := 0; t < nTags; t++ {
		for p := 0; p < nTags; p++ {
			if allowed(p, t) {
				a[t] = append(a[t], uint8(p))
			}
		}
	}
	return a
}()

const modelMagic = "factpipe-ner-3\n"

// writeModel writes m gzip-compressed: keys sorted, weights quantised to
// int16 with a scale per document class, the transitions of each class,
// then clusters and gazetteer.
func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	keys := make([]uint64, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	bw.WriteString(modelMagic)
	put(uint32(len(keys)))
	put(keys)
	put(m.scale)
	for _, k := range keys {
		r := int(m.index[k])
		put(m.weights[r*nTags : r*nTags+nTags])
	}
	put(m.trans)
	if err != nil {
		return err
	}
	if err := m.clus.write(bw); err != nil {
		return err
	}
	if err := m.gaz.write(bw); err != nil {
		return err
	}
	if err := m.demonym.write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func readModel(r io.Reader) (*model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a factpipe NER model")
	}
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, binary.LittleEndian, v)
		}
	}
	var n uint32
	get(&n)
	if err != nil {
		return nil, err
	}
	if n > 1<<26 {
		return nil, fmt.Errorf("model has %d features", n)
	}
	keys := make([]uint64, n)
	get(keys)
	var scale [nDocClasses]float32
	get(&scale)
	q := make([]int16, int(n)*nTags)
	get(q)
	m := &model{index: make(map[uint64]int32, n), weights: q, scale: scale}
	get(&m.trans)
	if err != nil {
		return nil, err
	}
	for i, k := range keys {
		m.index[k] = int32(i)
	}
	m.table = newFeatTable(m.index)
	if m.clus, err = readClusters(br); err != nil {
		return nil, err
	}
	if m.gaz, err = readGazetteer(br); err != nil {
		return nil, err
	}
	if m.demonym, err = readHashSet(br); err != nil {
		return nil, err
	}
	return m, nil
}

// quantize sets m.weights and the scale of document class class from
// float weights w, all of that class.
func (m *model) quantize(w []float32, class int) {
	var maxAbs float64
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	for c := range m.scale {
		m.scale[c] = 1
	}
	m.scale[class] = scale
	m.weights = make([]int16, len(w))
	for i, v := range w {
		m.weights[i] = int16(math.Round(float64(v / scale)))
	}
}

// hashSet is a set of string hashes (hashString of the lower-cased word).
type hashSet map[uint64]struct{}

func (h hashSet) has(word string) bool {
	_, ok := h[hashString(lowerString(word))]
	return ok
}

func (h hashSet) write(w io.Writer) error {
	keys := make([]uint64, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := binary.Write(w, binary.LittleEndian, uint32(len(keys))); err != nil {
		return err
	}
	return binary.Write(w, binary.LittleEndian, keys)
}

func readHashSet(r io.Reader) (hashSet, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("word set: %w", err)
	}
	if n > 1<<20 {
		return nil, fmt.Errorf("word set: %d words", n)
	}
	keys := make([]uint64, n)
	if err := binary.Read(r, binary.LittleEndian, keys); err != nil {
		return nil, fmt.Errorf("word set: %w", err)
	}
	h := make(hashSet, n)
	for _, k := range keys {
		h[k] = struct{}{}
	}
	return h, nil
}
