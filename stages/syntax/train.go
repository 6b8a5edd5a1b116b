package syntax

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"factpipe/stages/syntax/conllu"
)

// TrainOptions controls Train. The zero value trains with the defaults.
type TrainOptions struct {
	TagEpochs   int     // most passes of the tagger; the best on dev is kept; default 12
	ParseEpochs int     // most passes of the parser; the best on dev is kept; default 20
	Folds       int     // the parser trains on tags from taggers that did not see the sentence; default 5
	Lower       float64 // share of training sentences seen in lower case in each pass; default 0.1
	Upper       float64 // share seen in upper case; default 0.1
	Explore     float64 // from the second pass, the parser follows its own move with this probability; default 0.9
	MinTagCount int     // fine tags seen fewer times fall back to their universal tag's most frequent; default 10
	MinUpdates  int     // features that took part in fewer mistakes are left out of the model; default 2
	Seed        uint64
	Log         io.Writer
}

func (o *TrainOptions) defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.TagEpochs, 12)
	def(&o.ParseEpochs, 20)
	def(&o.Folds, 5)
	def(&o.MinTagCount, 10)
	def(&o.MinUpdates, 2)
	if o.Lower == 0 {
		o.Lower = 0.1
	}
	if o.Upper == 0 {
		o.Upper = 0.1
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
}

// Casing is a way of writing a sentence's words.
type Casing int

const (
	AsWritten Casing = iota
	Upper
	Lower
	nCasings
)

func (c Casing) String() string { return [...]string{"as written", "upper case", "lower case"}[c] }

// Apply returns w in casing c.
func (c Casing) Apply(w string) string {
	switch c {
	case Upper:
		return strings.ToUpper(w)
	case Lower:
		return strings.ToLower(w)
	}
	return w
}

// example is a training sentence.
type example struct {
	forms  []string
	tags   []int   // gold tag numbers
	heads  []int32 // projective gold heads, index 0 unused (-1)
	labels []int32 // gold relation numbers, index 0 unused
	infos  []wordInfo
	jack   [nCasings][]int // tags of taggers that did not see the sentence
}

type trainer struct {
	opt    TrainOptions
	m      *model // names, and the tables trained so far
	tagOf  map[string]int
	relOf  map[string]int32
	train  []*example
	dev    []*conllu.Sentence
	devEx  []*example // dev sentences as examples (no projectivizing)
	rng    *rand.Rand
	logf   func(format string, args ...any)
	sc     wordScratch
	cased  []wordInfo
	keys   []uint64
	scores []float32
}

// Train trains a tagger and parser on the sentences of train, keeping the
// passes that score best on dev. It is deterministic: the same sentences
// and options give the same model.
func Train(train, dev []*conllu.Sentence, opt TrainOptions) (*Parser, error) {
	opt.defaults()
	if len(train) == 0 || len(dev) == 0 {
		return nil, errors.New("syntax: train: no training or no dev sentences")
	}
	t := &trainer{opt: opt, dev: dev, rng: rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed))}
	t.logf = func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	start := time.Now()
	t.names(train)
	lifts := 0
	for _, s := range train {
		ex, n := t.example(s, true)
		t.train = append(t.train, ex)
		lifts += n
	}
	for _, s := range dev {
		ex, _ := t.example(s, false)
		t.devEx = append(t.devEx, ex)
	}
	t.logf("%d training sentences, %d tags, %d relations, %d arcs lifted to make trees projective",
		len(train), len(t.m.upos), len(t.m.labels), lifts)
	epochs, err := t.trainTagger()
	if err != nil {
		return nil, err
	}
	if err := t.jackknife(epochs); err != nil {
		return nil, err
	}
	t.logf("tags of the training sentences by %d-fold jack-knifing (%s)", opt.Folds, time.Since(start).Round(time.Second))
	if err := t.trainParser(); err != nil {
		return nil, err
	}
	t.logf("trained in %s", time.Since(start).Round(time.Second))
	return newParser(t.m), nil
}

// names sets the tag and relation names from the training sentences.
func (t *trainer) names(train []*conllu.Sentence) {
	pairs := map[[2]string]int{}
	rels := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			pairs[[2]string{w.UPOS, w.XPOS}]++
			rels[w.Deprel] = true
		}
	}
	keys := make([][2]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int {
		if c := pairs[b] - pairs[a]; c != 0 {
			return c
		}
		return strings.Compare(a[0]+"\t"+a[1], b[0]+"\t"+b[1])
	})
	t.m = &model{}
	t.tagOf = map[string]int{}
	for _, k := range keys { // most frequent first: a rare pair falls back to its UPOS's first
		name := k[0] + "\t" + k[1]
		if first, ok := t.tagOf[k[0]]; ok && pairs[k] < t.opt.MinTagCount {
			t.tagOf[name] = first
			continue
		}
		t.tagOf[name] = len(t.m.upos)
		if _, ok := t.tagOf[k[0]]; !ok {
			t.tagOf[k[0]] = len(t.m.upos)
		}
		t.m.upos = append(t.m.upos, k[0])
		t.m.xpos = append(t.m.xpos, k[1])
	}
	t.m.labels = make([]string, 0, len(rels))
	for r := range rels {
		t.m.labels = append(t.m.labels, r)
	}
	slices.Sort(t.m.labels)
	t.relOf = map[string]int32{}
	for i, r := range t.m.labels {
		t.relOf[r] = int32(i)
	}
	t.m.root = t.relOf["root"]
}

// example converts s; proj makes its tree projective.
func (t *trainer) example(s *conllu.Sentence, proj bool) (*example, int) {
	n := len(s.Words)
	ex := &example{forms: make([]string, n), tags: make([]int, n), heads: make([]int32, n+1),
		labels: make([]int32, n+1), infos: make([]wordInfo, n)}
	ex.heads[0], ex.labels[0] = -1, -1
	for i, w := range s.Words {
		ex.forms[i] = w.Form
		tag, ok := t.tagOf[w.UPOS+"\t"+w.XPOS]
		if !ok {
			tag, ok = t.tagOf[w.UPOS]
		}
		if !ok {
			tag = -1
		}
		ex.tags[i] = tag
		ex.heads[i+1] = int32(w.Head)
		rel, ok := t.relOf[w.Deprel]
		if !ok {
			rel = -1
		}
		ex.labels[i+1] = rel
		describe(w.Form, &t.sc, &ex.infos[i])
	}
	lifts := 0
	if proj {
		ex.heads, lifts = projectivize(ex.heads)
	}
	return ex, lifts
}

// casing picks the casing of a training sentence for one pass.
func (t *trainer) casing() Casing {
	switch r := t.rng.Float64(); {
	case r < t.opt.Lower:
		return Lower
	case r < t.opt.Lower+t.opt.Upper:
		return Upper
	}
	return AsWritten
}

// describeAs returns the descriptions of the forms of ex in casing c,
// valid until the next call.
func (t *trainer) describeAs(ex *example, c Casing) []wordInfo {
	if c == AsWritten {
		return ex.infos
	}
	t.cased = resize(t.cased, len(ex.forms))
	for i, f := range ex.forms {
		describe(c.Apply(f), &t.sc, &t.cased[i])
	}
	return t.cased
}
