package syntax

import (
	"fmt"
	"time"
)

// trainTagger trains the tagger on all training sentences, keeps the pass
// that tags dev best, and returns the number of passes it took.
func (t *trainer) trainTagger() (int, error) {
	l := newLearner(len(t.m.upos))
	all := make([]int, len(t.train))
	for i := range all {
		all[i] = i
	}
	bestAcc, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= t.opt.TagEpochs; epoch++ {
		start := time.Now()
		t.tagEpoch(l, all)
		tab, err := l.average(t.opt.MinUpdates)
		if err != nil {
			return 0, fmt.Errorf("syntax: tagger: %w", err)
		}
		acc := t.tagAccuracy(&tab)
		t.logf("tagger pass %d: dev UPOS %.2f%% (%d features, %s)", epoch, 100*acc, len(tab.keys), time.Since(start).Round(time.Millisecond))
		if acc > bestAcc {
			bestAcc, bestEpoch, t.m.tagger = acc, epoch, tab
		}
	}
	t.logf("tagger: pass %d kept", bestEpoch)
	return bestEpoch, nil
}

// tagEpoch makes one pass of the tagger over the training sentences
// numbered in which, in a shuffled order.
func (t *trainer) tagEpoch(l *learner, which []int) {
	order := append([]int(nil), which...)
	t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	t.scores = resize(t.scores, l.nClass)
	for _, i := range order {
		ex := t.train[i]
		t.tagLearn(l, ex, t.describeAs(ex, t.casing()))
	}
}

// tagLearn tags one sentence greedily and updates the weights at each
// wrong tag.
func (t *trainer) tagLearn(l *learner, ex *example, infos []wordInfo) {
	c := tagContext{infos: infos, sc: sentenceCase(infos)}
	none := uint64(l.nClass)
	p1, p2 := none, none
	for i := range infos {
		t.keys = c.staticKeys(i, t.keys[:0])
		t.keys = c.tagKeys(i, p1, p2, t.keys)
		clear(t.scores)
		l.score(t.keys, t.scores)
		guess, gold := argmax(t.scores), ex.tags[i]
		if gold >= 0 && guess != gold {
			l.update(t.keys, gold, 1)
			l.update(t.keys, guess, -1)
		}
		l.tick()
		p2, p1 = p1, uint64(guess)
	}
}

// tagAccuracy returns the share of dev words whose universal tag tab gets
// right.
func (t *trainer) tagAccuracy(tab *table) float64 {
	right, total := 0, 0
	var tags []int
	scores := make([]int32, tab.nClass)
	for si, ex := range t.devEx {
		tags = resize(tags, len(ex.infos))
		t.keys = tagSentence(tab, ex.infos, tags, t.keys, scores)
		for i, w := range t.dev[si].Words {
			if t.m.upos[tags[i]] == w.UPOS {
				right++
			}
			total++
		}
	}
	return float64(right) / float64(max(total, 1))
}

// jackknife tags each training sentence, in each casing, with a tagger
// trained for epochs passes on the other folds, so that the parser learns
// from tags as wrong as the ones it will be given.
func (t *trainer) jackknife(epochs int) error {
	k := t.opt.Folds
	for fold := range k {
		var rest []int
		for i := range t.train {
			if i%k != fold {
				rest = append(rest, i)
			}
		}
		l := newLearner(len(t.m.upos))
		for range epochs {
			t.tagEpoch(l, rest)
		}
		tab, err := l.average(t.opt.MinUpdates)
		if err != nil {
			return fmt.Errorf("syntax: tagger: %w", err)
		}
		scores := make([]int32, tab.nClass)
		for i := fold; i < len(t.train); i += k {
			ex := t.train[i]
			for c := range nCasings {
				ex.jack[c] = make([]int, len(ex.forms))
				t.keys = tagSentence(&tab, t.describeAs(ex, c), ex.jack[c], t.keys, scores)
			}
		}
		t.logf("fold %d of %d tagged", fold+1, k)
	}
	return nil
}
