//go:build !notagger

package figures

import (
	"sync"

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
