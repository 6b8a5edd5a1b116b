//go:build !notagger

package figures

import (
	"sync"
	"testing"

	"factpipe/doc"
	"factpipe/stages/entities"
)

// tagger loads the entity tagger once per test binary; nil when it cannot
// be loaded (the figures stage then works without mentions). Build with
// -tags notagger to test without the entities package.
var tagger = sync.OnceValue(func() *entities.Tagger {
	t, err := entities.Load()
	if err != nil {
		return nil
	}
	return t
})

// tagMentions returns the tagger's mentions of d, or nil.
func tagMentions(d *doc.Document) []doc.Mention {
	if t := tagger(); t != nil {
		return t.Tag(d)
	}
	return nil
}

// BenchmarkTag is the entity tagger on the same BBC articles, for the
// budget: the figures stage should cost at most a fifth of tokenizing and
// tagging.
func BenchmarkTag(b *testing.B) {
	t := tagger()
	if t == nil {
		b.Skip("no tagger")
	}
	docs, n := benchDocs(b, 500)
	benchEach(b, docs, n, func(d *doc.Document) { t.Tag(d) })
}

// BenchmarkExtractTagged is the figures stage as the pipeline runs it, with
// the tagger's mentions (tagged before the timer starts): figures, and the
// events of named people, which need person mentions.
func BenchmarkExtractTagged(b *testing.B) {
	t := tagger()
	if t == nil {
		b.Skip("no tagger")
	}
	docs, n := benchDocs(b, 500)
	ms := make(map[*doc.Document][]doc.Mention, len(docs))
	for _, d := range docs {
		ms[d] = t.Tag(d)
	}
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchEach(b, docs, n, func(d *doc.Document) { x.Extract(d, ms[d]) })
}
