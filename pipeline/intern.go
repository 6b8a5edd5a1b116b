package pipeline

import (
	"slices"
	"strings"

	"factpipe/doc"
)

// interner holds one copy of every distinct string the digests of a run
// keep, so that a name or unit that a thousand documents mention is held
// once. Its copies share no memory with any document's text, which can
// then be freed. It is not safe for concurrent use.
type interner map[string]string

// str returns the interned copy of s.
func (in interner) str(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := in[s]; ok {
		return c
	}
	c := strings.Clone(s)
	in[c] = c
	return c
}

// digest interns every string of d in place and trims its slices.
func (in interner) digest(d *doc.Digest) {
	i := &d.Doc
	i.ID, i.Path = in.str(i.ID), strings.Clone(i.Path)
	i.Encoding, i.Format = in.str(i.Encoding), in.str(i.Format)
	i.Title, i.Outlet, i.Author = in.str(i.Title), in.str(i.Outlet), in.str(i.Author)
	d.Names = slices.Clip(d.Names)
	for j := range d.Names {
		n := &d.Names[j]
		n.Kind = doc.Kind(in.str(string(n.Kind)))
		n.Text, n.Title, n.Ref = in.str(n.Text), in.str(n.Title), in.str(n.Ref)
	}
	d.Figures = slices.Clip(d.Figures)
	for j := range d.Figures {
		f := &d.Figures[j]
		f.ID, f.DocID, f.Text = in.str(f.ID), in.str(f.DocID), in.str(f.Text)
		f.Qualifier = doc.Qualifier(in.str(string(f.Qualifier)))
		f.Unit, f.UnitClass, f.Measure = in.str(f.Unit), in.str(f.UnitClass), in.str(f.Measure)
		f.Subject, f.Claimant, f.SentenceText = in.str(f.Subject), in.str(f.Claimant), in.str(f.SentenceText)
	}
}
