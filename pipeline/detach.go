package pipeline

import (
	"strings"

	"factpipe/doc"
)

// detach copies every string of r that may share memory with its
// document's text, so that the text can be freed once the document leaves
// the stages: a Go substring keeps its whole backing array alive, and the
// run keeps every result until reconciliation.
func detach(r *doc.Result) {
	c := strings.Clone
	r.Doc.Title, r.Doc.Outlet, r.Doc.Author = c(r.Doc.Title), c(r.Doc.Outlet), c(r.Doc.Author)
	for i := range r.Mentions {
		m := &r.Mentions[i]
		m.Text, m.Title = c(m.Text), c(m.Title)
	}
	// Figures of one sentence share one copy of it.
	sentences := map[int]string{}
	for i := range r.Figures {
		f := &r.Figures[i]
		f.Text, f.Unit, f.UnitClass, f.Measure = c(f.Text), c(f.Unit), c(f.UnitClass), c(f.Measure)
		f.Subject, f.Claimant = c(f.Subject), c(f.Claimant)
		s, ok := sentences[f.Sentence]
		if !ok || s != f.SentenceText {
			s = c(f.SentenceText)
			sentences[f.Sentence] = s
		}
		f.SentenceText = s
	}
}
