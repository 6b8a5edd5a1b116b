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
// addressing and linear probing, at most two thirds full. Its weights are int16s
// in units of scale. A perceptron changes only the weights of the classes
// it confused, so most of a feature's weights are zero and only the others
// are kept. Most keys looked up are not in the model, and the time of a
// look-up is that of its memory reads, so a table keeps them few. A slot
// is either
//
//   - inline, in a table of maxInline classes (the parser's
//     moves): a fingerprint of the key beside its weights, so that a
//     look-up reads one slot, hit or miss. Two keys of one probe sequence
//     with the same fingerprint share their weights (they are added when
//     the table is built); with 15-bit fingerprints, a key not in the
//     model matches one about once in 30,000 look-ups, which adds the
//     weights of some other feature to one decision; or
//   - the whole key with where its cells start, in a table of more
//     classes: a cell holds the class, a flag on the key's last cell, and
//     the weight. A look-up of a key that is there reads its cells too.
//
// A table is read-only after it is built and safe for concurrent use.
type table struct {
	nClass int
	mask   uint64
	inline bool     // the weights are in the slots
	slots  []uint64 // inline slots, or key<<cellBits | first cell+1; 0: empty
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

// An inline slot holds a fingerprint of the key in its top 16 bits (the
// top bit set, so that no slot in use is 0) and the weights of classes 0,
// 1 and 2 in its other 48. The fingerprint takes key bits above those that
// choose the slot in a table of up to 2^fpShift slots.
const (
	maxInline  = 3
	fpShift    = 24
	fpMask     = 0x7fff
	fpFlag     = 0x8000
	weightBits = 1<<48 - 1
)

func fingerprint(k uint64) uint64 { return (k>>fpShift&fpMask | fpFlag) << 48 }

// find returns the slot of key k, 0 if k is not in the table.
func (t *table) find(k uint64) uint64 {
	fp := fingerprint(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 || (t.inline && s&^weightBits == fp) || (!t.inline && s>>cellBits == k) {
			return s
		}
	}
}

// scoreChunk is how many keys score reads at a time: the reads of their
// slots, which miss the cache, overlap.
const scoreChunk = 128

// score adds the weights of the features keys to scores (in units of
// scale).
func (t *table) score(keys []uint64, scores []int32) {
	switch {
	case len(t.slots) == 0:
		return
	case t.inline:
		t.scoreInline(keys, (*[maxInline]int32)(scores[:maxInline:maxInline]))
		return
	}
	var slots [scoreChunk]uint64
	var firsts [scoreChunk]int32
	var heads [scoreChunk]uint32 // the first cell of each key found, read before any is summed
	for len(keys) > 0 {
		part := keys[:min(len(keys), scoreChunk)]
		keys = keys[len(part):]
		for i, k := range part {
			slots[i] = t.slots[k&t.mask]
		}
		nf := 0
		for i, k := range part {
			s := slots[i]
			if s != 0 && s>>cellBits != k {
				s = t.find(k)
			}
			if s != 0 {
				firsts[nf] = int32(s&(1<<cellBits-1)) - 1
				nf++
			}
		}
		for j, f := range firsts[:nf] {
			heads[j] = t.cells[f]
		}
		for j, f := range firsts[:nf] {
			for c := heads[j]; ; c = t.cells[f] {
				scores[c>>classShift] += int32(int16(c))
				if c&lastCell != 0 {
					break
				}
				f++
			}
		}
	}
}

// scoreInline is score for a table whose weights are in its slots.
func (t *table) scoreInline(keys []uint64, scores *[maxInline]int32) {
	var slots [scoreChunk]uint64
	var s0, s1, s2 int32
	for len(keys) > 0 {
		part := keys[:min(len(keys), scoreChunk)]
		keys = keys[len(part):]
		for i, k := range part {
			slots[i] = t.slots[k&t.mask]
		}
		for i, k := range part {
			s := slots[i]
			if s != 0 && s&^weightBits != fingerprint(k) {
				s = t.find(k)
			}
			s0 += int32(int16(s))
			s1 += int32(int16(s >> 16))
			s2 += int32(int16(s >> 32))
		}
	}
	scores[0] += s0
	scores[1] += s1
	scores[2] += s2
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
	for size < uint64(len(keys))*3/2 {
		size <<= 1
	}
	t.mask = size - 1
	t.slots = make([]uint64, size)
	t.inline = t.nClass == maxInline
	first := 0
	for _, k := range keys {
		last := first
		for t.cells[last]&lastCell == 0 {
			last++
		}
		if t.inline {
			t.putInline(k, t.cells[first:last+1])
		} else {
			t.slots[t.free(k)] = k<<cellBits | uint64(first+1)
		}
		first = last + 1
	}
	return nil
}

// free returns the first free slot of key k.
func (t *table) free(k uint64) uint64 {
	i := k & t.mask
	for t.slots[i] != 0 {
		i = (i + 1) & t.mask
	}
	return i
}

// putInline stores the weights of key k, given as cells, in its slot,
// adding them to those of a key of the same fingerprint that a look-up of
// k would find first.
func (t *table) putInline(k uint64, cells []uint32) {
	fp := fingerprint(k)
	i := k & t.mask
	for t.slots[i] != 0 && t.slots[i]&^weightBits != fp {
		i = (i + 1) & t.mask
	}
	var w [maxInline]int16
	for c := range w {
		w[c] = int16(t.slots[i] >> (16 * c))
	}
	for _, c := range cells {
		cl := c >> classShift
		w[cl] = addSat(w[cl], int16(c))
	}
	t.slots[i] = fp | uint64(uint16(w[0])) | uint64(uint16(w[1]))<<16 | uint64(uint16(w[2]))<<32
}

// addSat adds two int16s, saturating.
func addSat(a, b int16) int16 {
	return int16(max(math.MinInt16, min(math.MaxInt16, int32(a)+int32(b))))
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
// the step it was made at; the average after c steps is w - u/c. updates
// counts the mistakes each key took part in.
type learner struct {
	nClass  int
	index   map[uint64]int32
	w       []float32
	u       []float64
	updates []uint16
	step    int64
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

// update adds d to the weight of class c of every key; an update with d >
// 0 (the right class of a mistake) counts a mistake of each key.
func (l *learner) update(keys []uint64, c int, d float32) {
	n := l.nClass
	for _, k := range keys {
		r, ok := l.index[k]
		if !ok {
			r = int32(len(l.index))
			l.index[k] = r
			l.w = append(l.w, make([]float32, n)...)
			l.u = append(l.u, make([]float64, n)...)
			l.updates = append(l.updates, 0)
		}
		i := int(r)*n + c
		l.w[i] += d
		l.u[i] += float64(l.step) * float64(d)
		if d > 0 && l.updates[r] < math.MaxUint16 {
			l.updates[r]++
		}
	}
}

// tick counts one training instance.
func (l *learner) tick() { l.step++ }

// average returns the averaged weights as a table, leaving out the keys
// that took part in fewer than minUpdates mistakes: most keys are seen in
// one mistake only, and the model is smaller and faster to read without
// them, at no cost in accuracy.
func (l *learner) average(minUpdates int) (table, error) {
	n := l.nClass
	keys := make([]uint64, 0, len(l.index))
	for k, r := range l.index {
		if int(l.updates[r]) >= minUpdates {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	rows := make([]float32, 0, len(keys)*n)
	for _, k := range keys {
		r := int(l.index[k])
		for c := range n {
			rows = append(rows, float32(float64(l.w[r*n+c])-l.u[r*n+c]/float64(l.step)))
		}
	}
	return buildTable(n, keys, rows)
}
