package entities

// featTable maps feature keys to weight rows with open addressing and
// linear probing, at most two thirds full. A slot packs the high 32 bits of
// the key (a fingerprint; the low bits chose the slot) with the row number,
// so the table is small enough to stay in cache: most keys looked up while
// tagging are not in the model, and a miss usually costs one memory read.
// Two keys that agree on both the slot bits and the fingerprint would share
// a row; with 64-bit mixed keys that happens about once in 2^32 look-ups,
// and only adds a small weight.
type featTable struct {
	mask  uint64
	slots []uint64 // fingerprint<<32 | row+1; 0: empty
}

// newFeatTable returns the table of keys, row r being keys[r].
func newFeatTable(keys []uint64) featTable {
	size := uint64(16)
	for size < uint64(len(keys))*3/2 {
		size <<= 1
	}
	t := featTable{mask: size - 1, slots: make([]uint64, size)}
	for r, k := range keys {
		v := k&^0xFFFFFFFF | uint64(r+1)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i] == 0 {
				t.slots[i] = v
				break
			}
		}
	}
	return t
}

func (t *featTable) get(k uint64) (int32, bool) {
	fp := k &^ 0xFFFFFFFF
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if s&^0xFFFFFFFF == fp {
			return int32(s&0xFFFFFFFF) - 1, true
		}
	}
}
