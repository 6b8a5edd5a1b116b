package entities

import (
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs    int      // passes over the training data; default 15
	Seed      uint64   // seed of the shuffling and of the clustering
	MinCount  int      // features seen fewer times in training are dropped; default 1
	Folds     int      // the training data's gazetteer features come from the other folds; default 5
	Unlabeled []string // plain texts whose word clusters feed the model, besides the training tokens
	// IsDemonym tells nationality words ("Poles", "Russian"); the words of
	// the training and unlabeled text for which it is true are stored with
	// the model, and Tag never makes a place or person of one alone. Nil:
	// none.
	IsDemonym func(word string) bool
	Log       io.Writer
}

// trainSent is a training sentence as rows of feature indices.
type trainSent struct {
	feats []int32 // feature indices of all tokens, token i at offs[i]:offs[i+1]
	offs  []int32
	gold  []int
	toks  []tokInfo // for the history features
}

// Train fits a tagger on the CoNLL-2003 file train with the averaged
// structured perceptron. When dev is not nil, the averaged weights after
// each epoch are scored on it and those of the best epoch are kept. Train
// is deterministic for a given input and options.
func Train(train, dev io.Reader, opt TrainOptions) (*Tagger, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 15
	}
	if opt.MinCount == 0 {
		opt.MinCount = 1
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	start := time.Now()
	docs, err := readCoNLL(train)
	if err != nil {
		return nil, fmt.Errorf("entities: train: %w", err)
	}
	var devDocs []conllDoc
	if dev != nil {
		if devDocs, err = readCoNLL(dev); err != nil {
			return nil, fmt.Errorf("entities: dev: %w", err)
		}
	}
	// Word clusters from the unlabeled text and the training tokens.
	var clus *clusterMap
	demonym := hashSet{}
	{
		var sents [][]string
		for _, d := range docs {
			for _, s := range d.sents {
				sents = append(sents, normalizeWords(s.words))
			}
		}
		for _, text := range opt.Unlabeled {
			for _, line := range splitLines(text) {
				if ws := splitWords(line); len(ws) > 0 {
					sents = append(sents, ws)
				}
			}
		}
		clus = buildClusters(sents, clusterOptions{Seed: opt.Seed})
		if opt.IsDemonym != nil {
			seen := map[string]bool{}
			for _, s := range sents {
				for _, w := range s {
					l := lowerString(w)
					if seen[l] {
						continue
					}
					seen[l] = true
					if opt.IsDemonym(w) {
						demonym[hashString(l)] = struct{}{}
					}
				}
			}
			logf("demonyms: %d words", len(demonym))
		}
		logf("clusters: %d words from %d sentences (%s)", len(clus.words), len(sents), time.Since(start).Round(time.Millisecond))
	}
	// Gazetteers: the full one for tagging, one per fold without that
	// fold's names for the training features, so that the weights learnt
	// for gazetteer matches hold for names not in the training data.
	full := newGazetteer()
	folds := make([]*gazetteer, opt.Folds)
	for i := range folds {
		folds[i] = newGazetteer()
	}
	for di, d := range docs {
		for _, s := range d.sents {
			for _, sp := range s.spans {
				full.add(s.words[sp.start:sp.end], sp.typ)
				for f := range folds {
					if f != di%opt.Folds {
						folds[f].add(s.words[sp.start:sp.end], sp.typ)
					}
				}
			}
		}
	}
	// Feature dictionary.
	type keyed struct {
		keys []uint64
		offs []int32
		gold []int
		toks []tokInfo
		doc  int
	}
	var ks []keyed
	counts := map[uint64]int32{}
	var buf []uint64
	for di, d := range docs {
		words := make([][]string, len(d.sents))
		for i, s := range d.sents {
			words[i] = normalizeWords(s.words)
		}
		infos := prepareDoc(words, clus, folds[di%opt.Folds])
		for i, s := range d.sents {
			k := keyed{gold: bilouTags(s.spans, len(s.words)), offs: []int32{0}, toks: infos[i], doc: di}
			for j := range infos[i] {
				buf = observe(infos[i], j, buf[:0])
				for _, f := range buf {
					counts[f]++
				}
				k.keys = append(k.keys, buf...)
				k.offs = append(k.offs, int32(len(k.keys)))
			}
			ks = append(ks, k)
		}
	}
	index := map[uint64]int32{}
	for f, c := range counts {
		if int(c) >= opt.MinCount {
			index[f] = 0
		}
	}
	// Number the features in a fixed order so that training is
	// deterministic whatever the map iteration order.
	nf := int32(0)
	for _, k := range ks {
		for _, f := range k.keys {
			if id, ok := index[f]; ok && id == 0 {
				nf++
				index[f] = nf
			}
		}
	}
	for _, f := range historyKeys() {
		if _, ok := index[f]; !ok {
			nf++
			index[f] = nf
		}
	}
	for f := range index {
		index[f]--
	}
	histIndex := map[uint64]int32{}
	for _, f := range historyKeys() {
		histIndex[f] = index[f]
	}
	sents := make([]trainSent, len(ks))
	docSents := make([][]int, len(docs))
	for i, k := range ks {
		ts := trainSent{gold: k.gold, offs: make([]int32, 1, len(k.offs)), toks: k.toks}
		for j := 0; j+1 < len(k.offs); j++ {
			for _, f := range k.keys[k.offs[j]:k.offs[j+1]] {
				if id, ok := index[f]; ok {
					ts.feats = append(ts.feats, id)
				}
			}
			ts.offs = append(ts.offs, int32(len(ts.feats)))
		}
		sents[i] = ts
		docSents[k.doc] = append(docSents[k.doc], i)
	}
	ks = nil
	logf("features: %d of %d seen, %d sentences (%s)", len(index), len(counts), len(sents), time.Since(start).Round(time.Millisecond))

	p := newPerceptron(len(index))
	p.histIndex = histIndex
	m := &model{index: index, clus: clus, gaz: full, demonym: demonym}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x13198A2E03707344))
	order := make([]int, len(docSents))
	for i := range order {
		order[i] = i
	}
	var best *model
	bestF1 := -1.0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, di := range order {
			hist := history{}
			for _, i := range docSents[di] {
				errs += p.learn(&sents[i], hist)
			}
		}
		cur := p.averaged(m)
		if devDocs == nil {
			best = cur
			logf("epoch %d: %d token errors (%s)", epoch, errs, time.Since(start).Round(time.Millisecond))
			continue
		}
		t := &Tagger{m: cur}
		rep, err := t.evaluateDocs(devDocs)
		if err != nil {
			return nil, err
		}
		logf("epoch %d: %d token errors, dev F1 %.2f (%s)", epoch, errs, rep.Overall.F1, time.Since(start).Round(time.Millisecond))
		if rep.Overall.F1 > bestF1 {
			bestF1, best = rep.Overall.F1, cur
		}
	}
	best.prune()
	logf("kept %d features", len(best.index))
	return &Tagger{m: best}, nil
}

func splitLines(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, text[start:i])
			start = i + 1
		}
	}
	return append(out, text[start:])
}

// perceptron holds the weights and the running sums of the averaged
// perceptron (the weights minus sum/count are the averaged weights).
type perceptron struct {
	w, sum     []float64
	trans      [nTags + 1][nTags]float64
	transSum   [nTags + 1][nTags]float64
	count      float64
	em         []float32
	delta      []float32
	back       []uint8
	out        []int
	trans32    [nTags + 1][nTags]float32
	transDirty bool
	histIndex  map[uint64]int32
	dyn        [][]int32 // history feature indices of each token
	keys       []uint64
}

func newPerceptron(nf int) *perceptron {
	return &perceptron{w: make([]float64, nf*nTags), sum: make([]float64, nf*nTags), count: 1, transDirty: true}
}

func (p *perceptron) update(f int32, tag int, d float64) {
	i := int(f)*nTags + tag
	p.w[i] += d
	p.sum[i] += d * p.count
}

// learn decodes s with the current weights and updates them towards the
// gold tags; it returns the number of wrong tags.
func (p *perceptron) learn(s *trainSent, hist history) int {
	n := len(s.gold)
	if cap(p.em) < n*nTags {
		p.em = make([]float32, n*nTags)
		p.delta = make([]float32, n*nTags)
		p.back = make([]uint8, n*nTags)
		p.out = make([]int, n)
	}
	em := p.em[:n*nTags]
	clear(em)
	for len(p.dyn) < n {
		p.dyn = append(p.dyn, nil)
	}
	for i := 0; i < n; i++ {
		p.keys = hist.features(s.toks, i, p.keys[:0])
		p.dyn[i] = p.dyn[i][:0]
		for _, k := range p.keys {
			p.dyn[i] = append(p.dyn[i], p.histIndex[k])
		}
		for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
			w := p.w[int(f)*nTags : int(f)*nTags+nTags]
			for t := range nTags {
				em[i*nTags+t] += float32(w[t])
			}
		}
		for _, f := range p.dyn[i] {
			w := p.w[int(f)*nTags : int(f)*nTags+nTags]
			for t := range nTags {
				em[i*nTags+t] += float32(w[t])
			}
		}
	}
	if p.transDirty {
		for a := range p.trans {
			for b := range p.trans[a] {
				p.trans32[a][b] = float32(p.trans[a][b])
			}
		}
		p.transDirty = false
	}
	pred := p.out[:n]
	viterbi(&p.trans32, em, n, pred, p.back, p.delta)
	errs := 0
	for i := 0; i < n; i++ {
		g, q := s.gold[i], pred[i]
		gp, qp := nTags, nTags
		if i > 0 {
			gp, qp = s.gold[i-1], pred[i-1]
		}
		if g != q {
			errs++
			for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
				p.update(f, g, 1)
				p.update(f, q, -1)
			}
			for _, f := range p.dyn[i] {
				p.update(f, g, 1)
				p.update(f, q, -1)
			}
		}
		if g != q || gp != qp {
			p.trans[gp][g]++
			p.transSum[gp][g] += p.count
			p.trans[qp][q]--
			p.transSum[qp][q] -= p.count
			p.transDirty = true
		}
	}
	p.count++
	hist.add(s.toks, pred)
	return errs
}

// averaged returns a model with the averaged weights, sharing m's index
// and resources.
func (p *perceptron) averaged(m *model) *model {
	out := &model{index: m.index, clus: m.clus, gaz: m.gaz, demonym: m.demonym}
	w := make([]float32, len(p.w))
	for i := range p.w {
		w[i] = float32(p.w[i] - p.sum[i]/p.count)
	}
	out.quantize(w)
	for a := range p.trans {
		for b := range p.trans[a] {
			out.trans[a][b] = float32(p.trans[a][b] - p.transSum[a][b]/p.count)
		}
	}
	out.table = newFeatTable(out.index)
	return out
}

// prune drops the features whose quantised weights are all zero.
func (m *model) prune() {
	index := make(map[uint64]int32, len(m.index)/2)
	var weights []int16
	for k, r := range m.index {
		w := m.weights[int(r)*nTags : int(r)*nTags+nTags]
		keep := false
		for _, v := range w {
			if v != 0 {
				keep = true
				break
			}
		}
		if keep {
			index[k] = int32(len(weights) / nTags)
			weights = append(weights, w...)
		}
	}
	m.index, m.weights = index, weights
	m.table = newFeatTable(index)
}

func (t *Tagger) evaluateDocs(docs []conllDoc) (Report, error) {
	return t.evaluate(docs, nil, false), nil
}
