//go:build notagger

package figures

import "factpipe/doc"

// tagMentions is the no-tagger variant: no mentions.
func tagMentions(*doc.Document) []doc.Mention { return nil }
