package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// A table gives back the weights it was built from, one key at a time and
// many at once, in both of its layouts.
func TestTableScore(t *testing.T) {
	for _, tt := range []struct {
		name   string
		nClass int
	}{
		{"inline (moves)", 3},
		{"one class", 1},
		{"cells (tags, relations)", 51},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			keys := make([]uint64, 5000)
			for i := range keys {
				keys[i] = rng.Uint64() >> (64 - keyBits)
			}
			slices.Sort(keys)
			keys = slices.Compact(keys)
			rows := make([]float32, len(keys)*tt.nClass)
			for i := range rows {
				if rng.IntN(3) == 0 { // most weights are zero
					rows[i] = float32(rng.IntN(2001) - 1000)
				}
			}
			tab, err := buildTable(tt.nClass, keys, rows)
			if err != nil {
				t.Fatal(err)
			}
			// Keys of one probe sequence with the same fingerprint share
			// their weights in an inline table: a few in 5,000.
			maxWrong := 0
			if tab.inline {
				maxWrong = 5
			}
			wrong := 0
			for i, k := range keys {
				got := make([]int32, tt.nClass)
				tab.score([]uint64{k}, got)
				for c := range tt.nClass {
					w := int32(rows[i*tt.nClass+c]/tab.scale + 0.5*sign(rows[i*tt.nClass+c]))
					if d := got[c] - w; d < -1 || d > 1 {
						wrong++
						t.Logf("key %d class %d: %d, want %d", i, c, got[c], w)
					}
				}
			}
			if wrong > maxWrong {
				t.Errorf("%d wrong weights, at most %d", wrong, maxWrong)
			}
			one, all := make([]int32, tt.nClass), make([]int32, tt.nClass)
			for _, k := range keys {
				tab.score([]uint64{k}, one)
			}
			tab.score(keys, all)
			if !slices.Equal(one, all) {
				t.Errorf("all keys at once: %v, one at a time: %v", all, one)
			}
			// A key not in the table (its top bit is never set in the
			// keys above) adds nothing, but for a rare fingerprint match.
			missing := make([]int32, tt.nClass)
			tab.score([]uint64{1<<(keyBits-1) | 12345}, missing)
			if tt.nClass > maxInline && slices.ContainsFunc(missing, func(v int32) bool { return v != 0 }) {
				t.Errorf("missing key scored %v", missing)
			}
		})
	}
}

func sign(v float32) float32 {
	if v < 0 {
		return -1
	}
	return 1
}
