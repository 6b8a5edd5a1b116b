package entities

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
)

// gazetteer holds the names seen as entities in the training data, keyed by
// the hash of their lower-cased token sequence, with a bit per type.
type gazetteer struct {
	entries map[uint64]uint8
	maxLen  int
}

const gazMaxLen = 6

func seqStart() uint64 { return 0x6a09e667f3bcc908 }

func seqNext(h, lower uint64) uint64 { return mix(h ^ lower) }

func newGazetteer() *gazetteer { return &gazetteer{entries: map[uint64]uint8{}} }

// add records the name words[0:n] as an entity of type typ.
func (g *gazetteer) add(words []string, typ int) {
	if len(words) == 0 || len(words) > gazMaxLen {
		return
	}
	h := seqStart()
	for _, w := range words {
		h = seqNext(h, hashString(lowerString(normalizeToken(w))))
	}
	g.entries[h] |= 1 << typ
	g.maxLen = max(g.maxLen, len(words))
}

func nameLike(f uint32) bool { return f&(flagCap|flagAllCap|flagDigit) != 0 }

// mark sets the gaz bits of toks for every gazetteer name they contain
// that starts and ends with a capitalised word or a number.
func (g *gazetteer) mark(toks []tokInfo) {
	if g == nil || len(g.entries) == 0 {
		return
	}
	for i := range toks {
		if !nameLike(toks[i].flags) {
			continue
		}
		h := seqStart()
		for j := i; j < len(toks) && j-i < g.maxLen; j++ {
			h = seqNext(h, toks[j].lower)
			m, ok := g.entries[h]
			if !ok || !nameLike(toks[j].flags) {
				continue
			}
			for typ := 0; typ < nTypes; typ++ {
				if m&(1<<typ) == 0 {
					continue
				}
				if i == j {
					toks[i].gaz |= 1 << (typ*4 + posU)
					continue
				}
				toks[i].gaz |= 1 << (typ*4 + posB)
				for k := i + 1; k < j; k++ {
					toks[k].gaz |= 1 << (typ*4 + posI)
				}
				toks[j].gaz |= 1 << (typ*4 + posL)
			}
		}
	}
}

func (g *gazetteer) write(w *bufio.Writer) error {
	keys := make([]uint64, 0, len(g.entries))
	for k := range g.entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := binary.Write(w, binary.LittleEndian, [2]uint32{uint32(len(keys)), uint32(g.maxLen)}); err != nil {
		return err
	}
	for _, k := range keys {
		if err := binary.Write(w, binary.LittleEndian, k); err != nil {
			return err
		}
		if err := w.WriteByte(g.entries[k]); err != nil {
			return err
		}
	}
	return nil
}

func readGazetteer(r io.Reader) (*gazetteer, error) {
	var hdr [2]uint32
	if err := binary.Read(r, binary.LittleEndian, &hdr); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	if hdr[0] > 1<<24 || hdr[1] > gazMaxLen {
		return nil, fmt.Errorf("gazetteer: bad header %v", hdr)
	}
	g := &gazetteer{entries: make(map[uint64]uint8, hdr[0]), maxLen: int(hdr[1])}
	var rec [9]byte
	for i := uint32(0); i < hdr[0]; i++ {
		if _, err := io.ReadFull(r, rec[:]); err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		g.entries[binary.LittleEndian.Uint64(rec[:8])] = rec[8]
	}
	return g, nil
}

// has reports whether words were seen as an entity of type typ in the
// training data.
func (g *gazetteer) has(words []string, typ int) bool {
	if g == nil || len(words) == 0 || len(words) > g.maxLen {
		return false
	}
	h := seqStart()
	for _, w := range words {
		h = seqNext(h, hashString(lowerString(normalizeToken(w))))
	}
	return g.entries[h]&(1<<typ) != 0
}
