package entities

// featTable maps feature keys to weight rows with open addressing and
// linear probing, at most half full. Most keys looked up while tagging are
// not in the model, and a miss here usually costs one cache line.
type featTable struct {
	mask  uint64
	slots []featSlot
}

type featSlot struct {
	key uint64 // 0: empty
	row int32
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func newFeatTable(index map[uint64]int32) featTable {
	size := uint64(16)
	for size < uint64(2*len(index)) {
		size <<= 1
	}
	t := featTable{mask: size - 1, slots: make([]featSlot, size)}
	for k, r := range index {
		k = fixKey(k)
		for i := k & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].key == 0 {
				t.slots[i] = featSlot{k, r}
				break
			}
		}
	}
	return t
}

func (t *featTable) get(k uint64) (int32, bool) {
	k = fixKey(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == k {
			return s.row, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}
