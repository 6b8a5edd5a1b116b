package syntax

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
)

// table maps feature keys to their non-zero class weights, with open
// addressing and linear probing, at most half full. A slot packs the key
// (keyBits wide; its low bits chose the slot) with where the key's weights
// start, so that a key not in the model, as most keys looked up are, costs
// one memory read. A perceptron changes only the weights of the classes it
// confused, so most of a feature's weights are zero and only the others are
// kept: a cell holds the class, a flag on the feature's last cell, and the
// weight, an int16 in units of scale.
//
// A table is read-only after it is built and safe for concurrent use.
type table struct {
	nClass int
	mask   uint64
	slots  []uint64 // key<<cellBits | first cell+1; 0: empty
	cells  []uint32 // class<<17 | last<<16 | uint16(weight)
	scale  float32
	keys   []uint64 // the keys in the order of their cells, for writing
}

// cellBits is the width of a cell number in a slot.
const cellBits = 64 - keyBits

const (
	lastCell   = 1 << 16
	classShift = 17
	maxClasses = 1 << (32 - classShift)
)

func (t *table) find(k uint64) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s>>cellBits == k {
			return int(s&(1<<cellBits-1)) - 1, true
		}
	}
}

// score adds the weights of the features keys to scores (in units of
// scale). It reads the table in passes so that the memory reads of many
// keys overlap: the first slot of every key, then the keys' cells.
func (t *table) score(keys []uint64, scores []int32) {
	if len(t.slots) == 0 {
		return
	}
	const chunk = 128
	var slots [chunk]uint64
	var firsts [chunk]int32
	for len(keys) > 0 {
		part := keys[:min(len(keys), chunk)]
		keys = keys[len(part):]
		for i, k := range part {
			slots[i] = t.slots[k&t.mask]
		}
		nf := 0
		for i, k := range part {
			s := slots[i]
			switch {
			case s == 0:
				continue
			case s>>cellBits == k:
				firsts[nf] = int32(s&(1<<cellBits-1)) - 1
				nf++
			default:
				if f, ok := t.find(k); ok {
					firsts[nf] = int32(f)
					nf++
				}
			}
		}
		t.touch(firsts[:nf])
		for _, f := range firsts[:nf] {
			for _, c := range t.cells[f:] {
				scores[c>>classShift] += int32(int16(c))
				if c&lastCell != 0 {
					break
				}
			}
		}
	}
}

// touch reads the first cell of each feature, so that the reads overlap
// before the cells are summed.
func (t *table) touch(firsts []int32) uint32 {
	var sink uint32
	for _, f := range firsts {
		sink |= t.cells[f]
	}
	return sink
}

// buildTable builds a table from keys (sorted, distinct) and their dense
// float rows, quantised to int16 with one scale; weights that round to 0
// are left out, and keys with no weight left.
func buildTable(nClass int, keys []uint64, rows []float32) (table, error) {
	if nClass > maxClasses {
		return table{}, fmt.Errorf("%d classes, at most %d", nClass, maxClasses)
	}
	t := table{nClass: nClass}
	var maxAbs float64
	for _, v := range rows {
		maxAbs = max(maxAbs, math.Abs(float64(v)))
	}
	t.scale = float32(maxAbs / 32767)
	if t.scale == 0 {
		t.scale = 1
	}
	var kept []uint64
	for r, k := range keys {
		n := len(t.cells)
		for c, v := range rows[r*nClass : (r+1)*nClass] {
			if q := int16(math.Round(float64(v / t.scale))); q != 0 {
				t.cells = append(t.cells, uint32(c)<<classShift|uint32(uint16(q)))
			}
		}
		if len(t.cells) > n {
			t.cells[len(t.cells)-1] |= lastCell
			kept = append(kept, k)
		}
	}
	return t, t.index(kept)
}

// index builds the slots of the keys, whose cells are t.cells in order.
func (t *table) index(keys []uint64) error {
	if len(t.cells) >= 1<<cellBits-1 {
		return fmt.Errorf("%d weights, at most %d", len(t.cells), 1<<cellBits-2)
	}
	t.keys = keys
	size := uint64(16)
	for size < uint64(len(keys))*2 {
		size <<= 1
	}
	t.mask = size - 1
	t.slots = make([]uint64, size)
	first := 0
	for _, k := range keys {
		v := k<<cellBits | uint64(first+1)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = v
				break
			}
		}
		for t.cells[first]&lastCell == 0 {
			first++
		}
		first++
	}
	return nil
}

// write writes the table: class count, key count, scale, the keys
// (sorted, as varint deltas), then each key's cells: their number, then
// class and weight of each.
func (t *table) write(w io.Writer) error {
	hdr := []uint32{uint32(t.nClass), uint32(len(t.keys))}
	if err := binary.Write(w, binary.LittleEndian, hdr); err != nil {
		return err
	}
	if err := binary.Write(w, binary.LittleEndian, t.scale); err != nil {
		return err
	}
	buf := make([]byte, 0, 6*len(t.keys)+3*len(t.cells)+len(t.keys))
	prev := uint64(0)
	for _, k := range t.keys {
		buf = binary.AppendUvarint(buf, k-prev)
		prev = k
	}
	for i := 0; i < len(t.cells); {
		n := 1
		for t.cells[i+n-1]&lastCell == 0 {
			n++
		}
		buf = binary.AppendUvarint(buf, uint64(n))
		for _, c := range t.cells[i : i+n] {
			buf = binary.AppendUvarint(buf, uint64(c>>classShift))
			buf = binary.LittleEndian.AppendUint16(buf, uint16(c))
		}
		i += n
	}
	_, err := w.Write(buf)
	return err
}

func readTable(r *bufio.Reader) (table, error) {
	var hdr [2]uint32
	if err := binary.Read(r, binary.LittleEndian, &hdr); err != nil {
		return table{}, err
	}
	nClass, n := int(hdr[0]), int(hdr[1])
	if nClass <= 0 || nClass > maxClasses || n >= 1<<cellBits-1 {
		return table{}, fmt.Errorf("table of %d keys of %d classes", n, nClass)
	}
	t := table{nClass: nClass}
	if err := binary.Read(r, binary.LittleEndian, &t.scale); err != nil {
		return table{}, err
	}
	keys := make([]uint64, n)
	prev := uint64(0)
	for i := range keys {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return table{}, err
		}
		prev += d
		if prev >= 1<<keyBits || (i > 0 && d == 0) {
			return table{}, fmt.Errorf("table key %d out of order", i)
		}
		keys[i] = prev
	}
	for range keys {
		if err := t.readCells(r); err != nil {
			return table{}, err
		}
	}
	return t, t.index(keys)
}

// readCells reads the cells of one key.
func (t *table) readCells(r *bufio.Reader) error {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return err
	}
	if n == 0 || n > uint64(t.nClass) || len(t.cells) >= 1<<cellBits-1 {
		return fmt.Errorf("table: %d weights for a key", n)
	}
	var w [2]byte
	for j := range n {
		c, err := binary.ReadUvarint(r)
		if err != nil {
			return err
		}
		if _, err := io.ReadFull(r, w[:]); err != nil {
			return err
		}
		if c >= uint64(t.nClass) {
			return fmt.Errorf("table: class %d of %d", c, t.nClass)
		}
		cell := uint32(c)<<classShift | uint32(binary.LittleEndian.Uint16(w[:]))
		if j == n-1 {
			cell |= lastCell
		}
		t.cells = append(t.cells, cell)
	}
	return nil
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

// average returns the averaged weights as a table, leaving out rows whose
// weights are all below minWeight in magnitude.
func (l *learner) average(minWeight float64) (table, error) {
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
