package entities

import (
	"bufio"
	"cmp"
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
// and tag for each document class, tag transition weights, and the
// resources its features read. The weights of each class are kept in a
// table of their own: a document reads only those of its class, and the
// smaller table stays in cache. It is read-only after loading.
type model struct {
	sets    [nDocClasses]weightSet                 // emission weights of each document class
	trans   [nDocClasses][nTags + 1][nTags]float32 // of each document class
	clus    *clusterMap
	gaz     *gazetteer
	demonym hashSet // lower-cased nationality words ("poles", "russian")
}

// weightSet holds the emission weights of one document class.
type weightSet struct {
	keys    []uint64  // feature keys, sorted; row r is keys[r]
	table   featTable // keys -> row, for fast look-up
	weights []int16   // row*nTags + tag, in units of scale
	scale   float32
}

// newWeightSet returns the weight set of keys (sorted) and weights, with
// its look-up table built.
func newWeightSet(keys []uint64, weights []int16, scale float32) weightSet {
	return weightSet{keys: keys, table: newFeatTable(keys), weights: weights, scale: scale}
}

// row returns the weights of key k, or nil when k has none.
func (s *weightSet) row(k uint64) *[nTags]int16 {
	r, ok := s.table.get(k)
	if !ok {
		return nil
	}
	return (*[nTags]int16)(s.weights[int(r)*nTags : int(r)*nTags+nTags])
}

// features returns the number of weighted features of all classes.
func (m *model) features() int {
	n := 0
	for c := range m.sets {
		n += len(m.sets[c].keys)
	}
	return n
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

const modelMagic = "factpipe-ner-4\n"

// maxModelFeatures bounds the number of features of a class that
// readModel accepts.
const maxModelFeatures = 1 << 26

// write writes m gzip-compressed: for each document class, its keys
// sorted, its scale and its weights quantised to int16; then the
// transitions of each class, the clusters, the gazetteer and the
// demonyms.
func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	bw.WriteString(modelMagic)
	for c := range m.sets {
		s := &m.sets[c]
		put(uint32(len(s.keys)))
		put(s.keys)
		put(s.scale)
		put(s.weights)
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
	m := &model{}
	for c := range m.sets {
		if m.sets[c], err = readWeightSet(br); err != nil {
			return nil, fmt.Errorf("%s weights: %w", docClassNames[c], err)
		}
	}
	if err := binary.Read(br, binary.LittleEndian, &m.trans); err != nil {
		return nil, err
	}
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

// readWeightSet reads the weights of one document class as write wrote
// them.
func readWeightSet(r io.Reader) (weightSet, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return weightSet{}, err
	}
	if n > maxModelFeatures {
		return weightSet{}, fmt.Errorf("%d features", n)
	}
	keys := make([]uint64, n)
	var scale float32
	weights := make([]int16, int(n)*nTags)
	for _, v := range []any{keys, &scale, weights} {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return weightSet{}, err
		}
	}
	if !slices.IsSorted(keys) {
		return weightSet{}, errors.New("keys out of order")
	}
	return newWeightSet(keys, weights, scale), nil
}

// quantize returns the weight set of float weights w (row*nTags + tag) of
// the features keys (row r is keys[r]): the weights as int16 in units of
// one scale for all of them, and only the rows with a weight not zero once
// quantised, in key order.
func quantize(keys []uint64, w []float32) weightSet {
	var maxAbs float64
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(w))
	for i, v := range w {
		q[i] = int16(math.Round(float64(v / scale)))
	}
	rows := make([]int, 0, len(keys))
	for r := range keys {
		if slices.ContainsFunc(q[r*nTags:r*nTags+nTags], func(v int16) bool { return v != 0 }) {
			rows = append(rows, r)
		}
	}
	slices.SortFunc(rows, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	kept := make([]uint64, len(rows))
	weights := make([]int16, 0, len(rows)*nTags)
	for i, r := range rows {
		kept[i] = keys[r]
		weights = append(weights, q[r*nTags:r*nTags+nTags]...)
	}
	return newWeightSet(kept, weights, scale)
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
