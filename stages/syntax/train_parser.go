package syntax

import (
	"fmt"
	"math"
	"time"

	"factpipe/stages/syntax/conllu"
)

// parseLearners are the weights of moves and relations while training.
type parseLearners struct {
	moves, rels *learner
}

// trainParser trains the parser on the jack-knifed tags and keeps the
// pass whose labelled attachment score on dev is best.
func (t *trainer) trainParser() error {
	pl := parseLearners{moves: newLearner(nActions), rels: newLearner(len(t.m.labels))}
	order := make([]int, len(t.train))
	for i := range order {
		order[i] = i
	}
	devTags := t.devTags()
	best := -1.0
	for epoch := 1; epoch <= t.opt.ParseEpochs; epoch++ {
		start := time.Now()
		t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch > 1
		for _, i := range order {
			ex := t.train[i]
			t.parseLearn(pl, ex, ex.jack[t.casing()], explore)
		}
		m := *t.m
		var err error
		if m.moves, err = pl.moves.average(t.opt.MinUpdates); err != nil {
			return fmt.Errorf("syntax: moves: %w", err)
		}
		if m.rels, err = pl.rels.average(t.opt.MinUpdates); err != nil {
			return fmt.Errorf("syntax: relations: %w", err)
		}
		sc := scoreDev(&m, t.dev, t.devEx, devTags)
		t.logf("parser pass %d: dev %s (%d+%d features, %s)", epoch, sc, len(m.moves.keys), len(m.rels.keys),
			time.Since(start).Round(time.Millisecond))
		if las := sc.LAS(); las > best {
			best, t.m.moves, t.m.rels = las, m.moves, m.rels
		}
	}
	return nil
}

// devTags tags the dev sentences with the final tagger.
func (t *trainer) devTags() [][]int {
	out := make([][]int, len(t.devEx))
	scores := make([]int32, t.m.tagger.nClass)
	for i, ex := range t.devEx {
		out[i] = make([]int, len(ex.infos))
		t.keys = tagSentence(&t.m.tagger, ex.infos, out[i], t.keys, scores)
	}
	return out
}

// scoreDev parses the dev examples with m on the tags given.
func scoreDev(m *model, dev []*conllu.Sentence, exs []*example, tags [][]int) Score {
	var w work
	var sc Score
	for i, ex := range exs {
		w.infos = append(w.infos[:0], ex.infos...)
		w.tags = append(w.tags[:0], tags[i]...)
		m.parse(&w)
		sc.add(m, dev[i], w.tags, w.heads, w.labels)
	}
	return sc
}

// parseLearn parses one training sentence with the dynamic oracle,
// updating the weights at each move that costs more than the best.
func (t *trainer) parseLearn(pl parseLearners, ex *example, tags []int, explore bool) {
	var pw parseWords
	var st parseState
	pw.reset(len(t.m.upos), ex.infos, tags)
	st.reset(len(ex.infos))
	v := t.m.view(&st, &pw)
	var costs [nActions]int
	for !st.terminal() {
		t.keys = moveKeys(&v, t.keys[:0])
		var scores [nActions]float32
		pl.moves.score(t.keys, scores[:])
		st.costs(ex.heads, &costs)
		guess := bestValid(&st, scores[:])
		gold := bestOfLeastCost(&costs, scores[:])
		if costs[guess] > costs[gold] {
			pl.moves.update(t.keys, gold, 1)
			pl.moves.update(t.keys, guess, -1)
		}
		pl.moves.tick()
		next := gold
		if explore && t.rng.Float64() < t.opt.Explore {
			next = guess
		}
		label := int32(-1)
		if next != actShift {
			h, d := st.arc(next)
			label = t.labelLearn(pl.rels, &v, next, h, d, ex)
		}
		st.apply(next, label)
	}
}

// bestOfLeastCost returns the best-scoring move of least cost.
func bestOfLeastCost(costs *[nActions]int, scores []float32) int {
	best := -1
	for a := range nActions {
		c := costs[a]
		if c < 0 {
			continue
		}
		if best < 0 || c < costs[best] || (c == costs[best] && scores[a] > scores[best]) {
			best = a
		}
	}
	return best
}

// labelLearn names the arc h -> d, learning from the gold relation when
// the arc is a gold arc, and returns the relation it gave.
func (t *trainer) labelLearn(l *learner, v *view, a int, h, d int32, ex *example) int32 {
	if h == 0 {
		return t.m.root
	}
	t.keys = relKeys(v, a, h, d, t.keys[:0])
	t.scores = resize(t.scores, l.nClass)
	clear(t.scores)
	l.score(t.keys, t.scores)
	t.scores[t.m.root] = -math.MaxFloat32
	guess := int32(argmax(t.scores))
	if gold := ex.labels[d]; ex.heads[d] == h && gold >= 0 {
		if guess != gold {
			l.update(t.keys, int(gold), 1)
			l.update(t.keys, int(guess), -1)
		}
		l.tick()
	}
	return guess
}
