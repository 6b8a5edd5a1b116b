package entities

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
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
	// Casings are the casings in which the training documents are learnt,
	// each document once in each. The copies as written train the weights
	// of cased text; the others (CaseUpper; CaseLower copies read the same,
	// as capitals) train apart the weights of documents without case. Each
	// set of weights keeps its best epoch on dev, scored in its casings.
	// Nil: as written only.
	Casings []Casing
	Log     io.Writer
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
	if len(opt.Casings) == 0 {
		opt.Casings = []Casing{CaseAsIs}
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
	var docClass []int // of each document copy
	counts := map[uint64]int32{}
	var buf []uint64
	for _, c := range opt.Casings {
		for di, d := range docs {
			words := make([][]string, len(d.sents))
			for i, s := range d.sents {
				words[i] = c.applyWords(normalizeWords(s.words))
			}
			infos := prepareDocAs(words, clus, folds[di%opt.Folds], c.docClass())
			for i, s := range d.sents {
				k := keyed{gold: bilouTags(s.spans, len(s.words)), offs: []int32{0}, toks: infos[i], doc: len(docClass)}
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
			docClass = append(docClass, c.docClass())
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
	keys := make([]uint64, len(index)) // of each row
	for f := range index {
		index[f]--
		keys[index[f]] = f
	}
	histIndex := map[uint64]int32{}
	for _, f := range historyKeys() {
		histIndex[f] = index[f]
	}
	sents := make([]trainSent, len(ks))
	docSents := make([][]int, len(docClass))
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

	res := &model{clus: clus, gaz: full, demonym: demonym}
	learners := newLearners(opt, docClass, docSents, len(index), histIndex)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		curs := make([]*classModel, len(learners))
		for k, l := range learners {
			errs := l.epoch(sents)
			curs[k] = l.p.averaged(keys)
			logf("epoch %d, %s: %d token errors (%s)", epoch, docClassNames[l.class], errs, time.Since(start).Round(time.Millisecond))
		}
		if devDocs == nil {
			for k, l := range learners {
				l.best = curs[k]
			}
			continue
		}
		t := &Tagger{m: mergeModels(res, curs, learners)}
		for k, l := range learners {
			f1, scores := t.devF1(devDocs, l.casings)
			logf("epoch %d, %s: dev F1 %s", epoch, docClassNames[l.class], scores)
			if f1 > l.bestF1 {
				l.bestF1, l.best = f1, curs[k]
			}
		}
	}
	best := make([]*classModel, len(learners))
	for k, l := range learners {
		best[k] = l.best
	}
	m := mergeModels(res, best, learners)
	for c := range m.sets {
		logf("kept %d features of %s text", len(m.sets[c].keys), docClassNames[c])
	}
	return &Tagger{m: m}, nil
}

// classModel is what a learner learnt for its document class: emission
// and transition weights.
type classModel struct {
	weights weightSet
	trans   [nTags + 1][nTags]float32
}

// mergeModels returns a model with the resources (clusters, gazetteer,
// demonyms) of res and the weights of each learner's class from that
// learner's model (ms[k] of learners[k]). A class without a learner has
// no weights.
func mergeModels(res *model, ms []*classModel, learners []*learner) *model {
	out := &model{clus: res.clus, gaz: res.gaz, demonym: res.demonym}
	for c := range out.sets {
		out.sets[c] = newWeightSet(nil, nil, 1)
	}
	for k, l := range learners {
		out.sets[l.class] = ms[k].weights
		out.trans[l.class] = ms[k].trans
	}
	return out
}

// learner trains the weights of one document class (docCased, docCaseless)
// on the training document copies of that class, with a perceptron and a shuffling
// of its own: the classes' features never meet, so each class learns as
// if alone, and the weights of cased text do not depend on the copies
// without case.
type learner struct {
	class   int
	casings []Casing // the casings in which dev is scored
	p       *perceptron
	docs    [][]int // sentence indices of each document copy
	order   []int   // into docs
	rng     *rand.Rand
	best    *classModel
	bestF1  float64
}

// Seeds of the shuffling of each document class; the cased one is the
// stream that models trained on cased text alone used.
var shuffleStreams = [nDocClasses]uint64{0x13198A2E03707344, 0xA4093822299F31D0}

// newLearners returns a learner per document class found in docClass (the
// class of each document copy; docSents[i] are the sentences of copy i), in
// class order. The cased learner is scored on dev as written, the caseless
// one in the casings of opt.Casings other than CaseAsIs.
func newLearners(opt TrainOptions, docClass []int, docSents [][]int, nFeatures int, histIndex map[uint64]int32) []*learner {
	var out []*learner
	for class := range nDocClasses {
		l := &learner{class: class, p: newPerceptron(nFeatures), bestF1: -1,
			rng: rand.New(rand.NewPCG(opt.Seed, shuffleStreams[class]))}
		l.p.histIndex = histIndex
		for i, c := range docClass {
			if c == class {
				l.docs = append(l.docs, docSents[i])
			}
		}
		if len(l.docs) == 0 {
			continue
		}
		for _, c := range opt.Casings {
			if c.docClass() == class {
				l.casings = append(l.casings, c)
			}
		}
		if len(l.casings) == 0 {
			l.casings = []Casing{CaseAsIs}
		}
		l.order = make([]int, len(l.docs))
		for i := range l.order {
			l.order[i] = i
		}
		out = append(out, l)
	}
	return out
}

// epoch learns every document copy of l once, in a new random order, and
// returns the number of wrong tags.
func (l *learner) epoch(sents []trainSent) int {
	l.rng.Shuffle(len(l.order), func(i, j int) { l.order[i], l.order[j] = l.order[j], l.order[i] })
	errs := 0
	for _, di := range l.order {
		hist := history{}
		for _, i := range l.docs[di] {
			errs += l.p.learn(&sents[i], hist)
		}
	}
	return errs
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

// averaged returns the averaged weights, quantised, of the features keys
// (row r is keys[r]); only the features the perceptron learnt a weight for
// are kept.
func (p *perceptron) averaged(keys []uint64) *classModel {
	out := &classModel{}
	w := make([]float32, len(p.w))
	for i := range p.w {
		w[i] = float32(p.w[i] - p.sum[i]/p.count)
	}
	out.weights = quantize(keys, w)
	for a := range p.trans {
		for b := range p.trans[a] {
			out.trans[a][b] = float32(p.trans[a][b] - p.transSum[a][b]/p.count)
		}
	}
	return out
}

// devF1 returns the mean F1 of t on docs over the casings, and the F1 of
// each casing as text ("as-is 93.03, upper 88.10").
func (t *Tagger) devF1(docs []conllDoc, casings []Casing) (float64, string) {
	sum := 0.0
	var b strings.Builder
	for i, c := range casings {
		f1 := t.evaluate(docs, nil, false, c).Overall.F1
		sum += f1
		if i > 0 {
			b.WriteString(", ")
		}
		if len(casings) > 1 {
			b.WriteString(c.String() + " ")
		}
		fmt.Fprintf(&b, "%.2f", f1)
	}
	return sum / float64(len(casings)), b.String()
}
