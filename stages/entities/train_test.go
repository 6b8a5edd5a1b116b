package entities

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"testing"

	"factpipe/doc"
)

// smallCoNLL is a made-up training file in the CoNLL-2003 layout (IOB1,
// -DOCSTART- between documents).
const smallCoNLL = `Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
visited VBD I-VP O
Oslo NNP I-NP I-LOC
. . O O

Acme NNP I-NP I-ORG
hired VBD I-VP O
Anna NNP I-NP I-PER
Berg NNP I-NP I-PER
in IN I-PP O
Oslo NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Carl NNP I-NP I-PER
Lund NNP I-NP I-PER
left VBD I-VP O
Acme NNP I-NP I-ORG
for IN I-PP O
Bergen NNP I-NP I-LOC
. . O O

`

func TestTrainSmall(t *testing.T) {
	train := func() (*Tagger, []byte) {
		tg, err := Train(strings.NewReader(smallCoNLL), strings.NewReader(smallCoNLL),
			TrainOptions{Epochs: 5, Seed: 7, Folds: 2, Unlabeled: []string{"Anna Berg met Carl Lund in Oslo.\nAcme's office in Bergen."}})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := tg.WriteModel(&b); err != nil {
			t.Fatal(err)
		}
		return tg, b.Bytes()
	}
	tg, a := train()
	_, b := train()
	if !bytes.Equal(a, b) {
		t.Error("two trainings with the same seed gave different models")
	}
	rep, err := tg.EvaluateCoNLL(strings.NewReader(smallCoNLL), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.F1 < 99 {
		t.Errorf("F1 on the training data = %.1f, want 100\n%s", rep.Overall.F1, rep)
	}
	if _, err := Train(strings.NewReader("a B-XYZ\n"), nil, TrainOptions{}); err == nil {
		t.Error("Train accepted an unknown entity type")
	}
}

// TestTagConcurrent runs one Tagger from several goroutines (run with -race).
func TestTagConcurrent(t *testing.T) {
	tg := mustLoad(t)
	text := "Chancellor Olaf Scholz met President Joe Biden in Washington on Friday, the White House said."
	want := tg.Tag(newDoc(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got := tg.Tag(newDoc(text))
				if !equalMentions(got, want) {
					t.Errorf("concurrent Tag = %v, want %v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func equalMentions(a, b []doc.Mention) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestWeightSetsApart trains both document classes and checks that each
// keeps its weights in a table of its own, through writing and reading.
func TestWeightSetsApart(t *testing.T) {
	tg, err := Train(strings.NewReader(smallCoNLL), nil,
		TrainOptions{Epochs: 3, Seed: 7, Folds: 2, Casings: []Casing{CaseAsIs, CaseUpper}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := tg.WriteModel(&b); err != nil {
		t.Fatal(err)
	}
	got, err := LoadModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	cased, caseless := &got.m.sets[docCased], &got.m.sets[docCaseless]
	if len(cased.keys) == 0 || len(caseless.keys) == 0 {
		t.Fatalf("features: %d cased, %d caseless; want both", len(cased.keys), len(caseless.keys))
	}
	if n := got.Features(); n != tg.Features() || n != len(cased.keys)+len(caseless.keys) {
		t.Errorf("read back %d features, trained %d", n, tg.Features())
	}
	for c := range got.m.sets {
		want, read := &tg.m.sets[c], &got.m.sets[c]
		if !slices.Equal(want.keys, read.keys) || !slices.Equal(want.weights, read.weights) || want.scale != read.scale {
			t.Errorf("%s weights differ after writing and reading", docClassNames[c])
		}
	}
	for _, k := range cased.keys {
		if caseless.row(k) != nil {
			t.Errorf("key %x has weights of both classes", k)
		}
	}
}
