package syntax

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
)

// table maps feature keys to rows of class weights, with open addressing
// and linear probing, at most two thirds full. A slot packs the high 32
// bits of the key (a fingerprint; the low bits chose the slot) with the
// row number, so that most keys looked up and not in the model cost one
// memory read. Two keys agreeing on both would share a row: with 64-bit
// mixed keys about once in 2^32 look-ups, adding a small weight.
//
// Weights are int16 in units of scale. A table is read-only after it is
// built and safe for concurrent use.
type table struct {
	nClass int
	mask   uint64
	slots  []uint64 // fingerprint<<32 | row+1; 0: empty
	w      []int16  // row*nClass + class
	scale  float32
	keys   []uint64 // the keys of the rows, in order, for writing
}

func (t *table) find(k uint64) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	fp := k &^ 0xFFFFFFFF
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s&^0xFFFFFFFF == fp {
			return int(s&0xFFFFFFFF) - 1, true
		}
	}
}

// score adds the weights of the features keys to scores (in units of
// scale).
func (t *table) score(keys []uint64, scores []int32) {
	n := t.nClass
	for _, k := range keys {
		r, ok := t.find(k)
		if !ok {
			continue
		}
		row := t.w[r*n : r*n+n]
		for c, v := range row {
			scores[c] += int32(v)
		}
	}
}

// buildTable builds a table from keys (sorted, distinct) and their float
// rows, quantised to int16 with one scale.
func buildTable(nClass int, keys []uint64, rows []float32) table {
	t := table{nClass: nClass}
	var maxAbs float64
	for _, v := range rows {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	t.scale = float32(maxAbs / 32767)
	if t.scale == 0 {
		t.scale = 1
	}
	t.w = make([]int16, len(rows))
	for i, v := range rows {
		t.w[i] = int16(math.Round(float64(v / t.scale)))
	}
	t.index(keys)
	return t
}

func (t *table) index(keys []uint64) {
	t.keys = keys
	size := uint64(16)
	for size < uint64(len(keys))*3/2 {
		size <<= 1
	}
	t.mask = size - 1
	t.slots = make([]uint64, size)
	for r, k := range keys {
		v := k&^0xFFFFFFFF | uint64(r+1)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = v
				break
			}
		}
	}
}

// write writes the table: class count, row count, scale, keys, weights.
func (t *table) write(w io.Writer) error {
	keys := t.keys
	hdr := []uint32{uint32(t.nClass), uint32(len(keys))}
	if err := binary.Write(w, binary.LittleEndian, hdr); err != nil {
		return err
	}
	if err := binary.Write(w, binary.LittleEndian, t.scale); err != nil {
		return err
	}
	if err := binary.Write(w, binary.LittleEndian, keys); err != nil {
		return err
	}
	return binary.Write(w, binary.LittleEndian, t.w)
}

func readTable(r io.Reader) (table, error) {
	var hdr [2]uint32
	if err := binary.Read(r, binary.LittleEndian, &hdr); err != nil {
		return table{}, err
	}
	nClass, n := int(hdr[0]), int(hdr[1])
	if nClass <= 0 || nClass > 1024 || n > 1<<26 {
		return table{}, fmt.Errorf("table of %d rows of %d classes", n, nClass)
	}
	t := table{nClass: nClass}
	if err := binary.Read(r, binary.LittleEndian, &t.scale); err != nil {
		return table{}, err
	}
	keys := make([]uint64, n)
	if err := binary.Read(r, binary.LittleEndian, keys); err != nil {
		return table{}, err
	}
	t.w = make([]int16, n*nClass)
	if err := binary.Read(r, binary.LittleEndian, t.w); err != nil {
		return table{}, err
	}
	t.index(keys)
	return t, nil
}

// learner holds the weights of an averaged perceptron while training:
// current weights w and, for averaging, u, the sum of each update times
// the step it was made at; the average after c steps is w - u/c.
type learner struct {
	nClass int
	index  map[uint64]int32
	w      []float32
	u      []float64
	step   int64
}

func newLearner(nClass int) *learner {
	return &learner{nClass: nClass, index: map[uint64]int32{}, step: 1}
}

// score adds the current weights of keys to scores.
func (l *learner) score(keys []uint64, scores []float32) {
	n := l.nClass
	for _, k := range keys {
		r, ok := l.index[k]
		if !ok {
			continue
		}
		row := l.w[int(r)*n : int(r)*n+n]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// update adds d to the weight of class c of every key.
func (l *learner) update(keys []uint64, c int, d float32) {
	n := l.nClass
	for _, k := range keys {
		r, ok := l.index[k]
		if !ok {
			r = int32(len(l.index))
			l.index[k] = r
			l.w = append(l.w, make([]float32, n)...)
			l.u = append(l.u, make([]float64, n)...)
		}
		i := int(r)*n + c
		l.w[i] += d
		l.u[i] += float64(l.step) * float64(d)
	}
}

// tick counts one training instance.
func (l *learner) tick() { l.step++ }

// average returns the averaged weights as a table,
// leaving out rows whose weights are all below minWeight in magnitude.
func (l *learner) average(minWeight float64) table {
	n := l.nClass
	keys := make([]uint64, 0, len(l.index))
	for k := range l.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	kept := keys[:0]
	var rows []float32
	row := make([]float32, n)
	for _, k := range keys {
		r := int(l.index[k])
		big := false
		for c := range n {
			v := float64(l.w[r*n+c]) - l.u[r*n+c]/float64(l.step)
			row[c] = float32(v)
			big = big || math.Abs(v) >= minWeight
		}
		if big {
			kept = append(kept, k)
			rows = append(rows, row...)
		}
	}
	return buildTable(n, kept, rows)
}
