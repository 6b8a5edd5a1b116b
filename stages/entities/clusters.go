package entities

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// Word clusters: words that occur in similar contexts in unlabeled text
// share a cluster, so a name never seen in the training data still gets the
// features of the names it is distributed like. The clusters form a tree
// (a top-level k-means, each cluster split again by k-means), read at each
// of its levels like the bit-string prefixes of Brown clusters.

const nClusterLevels = 3

// clusterBranching is the number of children of a cluster at each level.
var clusterBranching = [nClusterLevels]int{48, 8, 4}

type clusterMap struct {
	words map[string][nClusterLevels]uint32
}

// clusterOptions controls the building of word clusters.
type clusterOptions struct {
	MinCount   int    // words seen fewer times get no cluster; default 3
	Contexts   int    // number of most frequent words used as context; default 2000
	Iterations int    // k-means iterations per level; default 12
	Seed       uint64 // seed of the k-means initialisation
}

// buildClusters clusters the words of sents (each a token sequence) by
// their left and right neighbours.
func buildClusters(sents [][]string, opt clusterOptions) *clusterMap {
	if opt.MinCount == 0 {
		opt.MinCount = 3
	}
	if opt.Contexts == 0 {
		opt.Contexts = 2000
	}
	if opt.Iterations == 0 {
		opt.Iterations = 12
	}
	counts := map[string]int{}
	lowCounts := map[string]int{}
	total := 0
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
			lowCounts[strings.ToLower(w)]++
			total++
		}
	}
	// Context vocabulary: the most frequent lower-cased words; any other
	// neighbour is replaced by its short shape class.
	lows := make([]string, 0, len(lowCounts))
	for w := range lowCounts {
		lows = append(lows, w)
	}
	slices.SortFunc(lows, func(a, b string) int {
		if c := lowCounts[b] - lowCounts[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	ctxID := map[string]int{}
	for i, w := range lows {
		if i >= opt.Contexts {
			break
		}
		ctxID[w] = len(ctxID)
	}
	shapeID := map[string]int{}
	ctxOf := func(w string) int {
		if id, ok := ctxID[strings.ToLower(w)]; ok {
			return id
		}
		sh := shortShape(w)
		id, ok := shapeID[sh]
		if !ok {
			id = len(shapeID)
			shapeID[sh] = id
		}
		return opt.Contexts + 1 + id
	}
	// Target vocabulary.
	vocab := make([]string, 0)
	for w, c := range counts {
		if c >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if c := counts[b] - counts[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	wid := make(map[string]int, len(vocab))
	for i, w := range vocab {
		wid[w] = i
	}
	// Co-occurrence counts, left contexts even dims, right contexts odd.
	co := make([]map[int32]float32, len(vocab))
	for i := range co {
		co[i] = map[int32]float32{}
	}
	ctxCount := map[int32]float32{}
	const boundary = -1
	for _, s := range sents {
		for i, w := range s {
			id, ok := wid[w]
			if !ok {
				continue
			}
			l, r := boundary, boundary
			if i > 0 {
				l = ctxOf(s[i-1])
			}
			if i+1 < len(s) {
				r = ctxOf(s[i+1])
			}
			ld, rd := int32(2*(l+1)), int32(2*(r+1)+1)
			co[id][ld]++
			co[id][rd]++
			ctxCount[ld]++
			ctxCount[rd]++
		}
	}
	dims := int32(0)
	for d := range ctxCount {
		dims = max(dims, d+1)
	}
	// Positive PMI vectors, L2-normalised.
	vecs := make([]sparseVec, len(vocab))
	for i, m := range co {
		var v sparseVec
		cw := float64(2 * counts[vocab[i]])
		for d, c := range m {
			pmi := math.Log(float64(c) * float64(2*total) / (cw * float64(ctxCount[d])))
			if pmi > 0 {
				v.idx = append(v.idx, d)
				v.val = append(v.val, float32(pmi))
			}
		}
		v.sortAndNormalise()
		vecs[i] = v
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x243F6A8885A308D3))
	assign := make([][nClusterLevels]uint32, len(vocab))
	members := make([]int, len(vocab))
	for i := range members {
		members[i] = i
	}
	var split func(level int, members []int, prefix uint32)
	split = func(level int, members []int, prefix uint32) {
		if level == nClusterLevels || len(members) == 0 {
			return
		}
		k := clusterBranching[level]
		lab := kmeans(vecs, members, k, int(dims), opt.Iterations, rng)
		groups := make([][]int, k)
		for j, m := range members {
			groups[lab[j]] = append(groups[lab[j]], m)
		}
		for c, g := range groups {
			id := prefix*uint32(k+1) + uint32(c) + 1
			for _, m := range g {
				assign[m][level] = id
			}
			split(level+1, g, id)
		}
	}
	split(0, members, 0)
	cm := &clusterMap{words: make(map[string][nClusterLevels]uint32, len(vocab))}
	for i, w := range vocab {
		cm.words[w] = assign[i]
	}
	return cm
}

type sparseVec struct {
	idx []int32
	val []float32
}

func (v *sparseVec) sortAndNormalise() {
	order := make([]int, len(v.idx))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return int(v.idx[a] - v.idx[b]) })
	idx := make([]int32, len(order))
	val := make([]float32, len(order))
	var n float64
	for i, o := range order {
		idx[i], val[i] = v.idx[o], v.val[o]
		n += float64(val[i]) * float64(val[i])
	}
	if n > 0 {
		inv := float32(1 / math.Sqrt(n))
		for i := range val {
			val[i] *= inv
		}
	}
	v.idx, v.val = idx, val
}

// kmeans runs spherical k-means over vecs[members] and returns a label in
// [0,k) for each member.
func kmeans(vecs []sparseVec, members []int, k, dims, iters int, rng *rand.Rand) []int {
	lab := make([]int, len(members))
	if len(members) <= k {
		for i := range lab {
			lab[i] = i
		}
		return lab
	}
	cent := make([][]float32, k)
	// Initialise with k distinct members chosen at random.
	perm := rng.Perm(len(members))
	for c := 0; c < k; c++ {
		cent[c] = make([]float32, dims)
		v := vecs[members[perm[c]]]
		for j, d := range v.idx {
			cent[c][d] = v.val[j]
		}
	}
	for it := 0; it < iters; it++ {
		changed := 0
		for i, m := range members {
			v := vecs[m]
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				var s float32
				cc := cent[c]
				for j, d := range v.idx {
					s += cc[d] * v.val[j]
				}
				if s > best {
					best, arg = s, c
				}
			}
			if lab[i] != arg || it == 0 {
				changed++
			}
			lab[i] = arg
		}
		if changed == 0 {
			break
		}
		for c := range cent {
			clear(cent[c])
		}
		size := make([]int, k)
		for i, m := range members {
			v := vecs[m]
			cc := cent[lab[i]]
			size[lab[i]]++
			for j, d := range v.idx {
				cc[d] += v.val[j]
			}
		}
		for c := range cent {
			if size[c] == 0 {
				// Reseed an empty cluster with a random member.
				v := vecs[members[rng.IntN(len(members))]]
				for j, d := range v.idx {
					cent[c][d] = v.val[j]
				}
				continue
			}
			var n float64
			for _, x := range cent[c] {
				n += float64(x) * float64(x)
			}
			inv := float32(1 / math.Sqrt(n))
			for d := range cent[c] {
				cent[c][d] *= inv
			}
		}
	}
	return lab
}

func shortShape(w string) string {
	var b strings.Builder
	var prev rune = -1
	for _, r := range w {
		c := shapeRune(r)
		if c != prev {
			b.WriteRune(c)
		}
		prev = c
	}
	return b.String()
}

// splitWords splits plain text into CoNLL-like tokens: punctuation apart,
// the possessive 's and n't apart.
func splitWords(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		// Leading punctuation.
		for f != "" {
			r := []rune(f)[0]
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			n := len(string(r))
			out = append(out, normalizeToken(f[:n]))
			f = f[n:]
		}
		var tail []string
		for f != "" {
			rs := []rune(f)
			r := rs[len(rs)-1]
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			n := len(string(r))
			// Keep the final period of abbreviations such as "U.S.".
			if r == '.' && strings.Contains(f[:len(f)-1], ".") {
				break
			}
			tail = append(tail, normalizeToken(f[len(f)-n:]))
			f = f[:len(f)-n]
		}
		if f != "" {
			f = normalizeToken(f)
			if len(f) > 2 && (strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "'S")) {
				out = append(out, f[:len(f)-2], f[len(f)-2:])
			} else {
				out = append(out, f)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func (c *clusterMap) write(w *bufio.Writer) error {
	words := make([]string, 0, len(c.words))
	for k := range c.words {
		words = append(words, k)
	}
	slices.Sort(words)
	var buf [binary.MaxVarintLen64]byte
	putU := func(x uint64) error {
		n := binary.PutUvarint(buf[:], x)
		_, err := w.Write(buf[:n])
		return err
	}
	if err := putU(uint64(len(words))); err != nil {
		return err
	}
	for _, s := range words {
		if err := putU(uint64(len(s))); err != nil {
			return err
		}
		if _, err := w.WriteString(s); err != nil {
			return err
		}
		for _, id := range c.words[s] {
			if err := putU(uint64(id)); err != nil {
				return err
			}
		}
	}
	return nil
}

func readClusters(r *bufio.Reader) (*clusterMap, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	if n > 1<<24 {
		return nil, fmt.Errorf("clusters: %d words", n)
	}
	c := &clusterMap{words: make(map[string][nClusterLevels]uint32, n)}
	for i := uint64(0); i < n; i++ {
		l, err := binary.ReadUvarint(r)
		if err != nil || l > 1<<16 {
			return nil, fmt.Errorf("clusters: bad word length")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("clusters: %w", err)
		}
		var ids [nClusterLevels]uint32
		for j := range ids {
			x, err := binary.ReadUvarint(r)
			if err != nil {
				return nil, fmt.Errorf("clusters: %w", err)
			}
			ids[j] = uint32(x)
		}
		c.words[string(b)] = ids
	}
	return c, nil
}
