package pipeline

import (
	"slices"
	"strings"

	"factpipe/doc"
)

// interner holds one copy of every distinct string and name the digests
// of a run keep, so that a name or unit that a thousand documents mention
// is held once. Its copies share no memory with any document's text, which
// can then be freed. The zero value is not usable: see newInterner. It is
// not safe for concurrent use.
type interner struct {
	strs  map[string]string
	names map[doc.Name]*doc.Name
}

func newInterner() *interner {
	return &interner{strs: map[string]string{}, names: map[doc.Name]*doc.Name{}}
}

// str returns the interned copy of s.
func (in *interner) str(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := in.strs[s]; ok {
		return c
	}
	c := strings.Clone(s)
	in.strs[c] = c
	return c
}

// name returns the interned copy of n.
func (in *interner) name(n *doc.Name) *doc.Name {
	if c, ok := in.names[*n]; ok {
		return c
	}
	c := &doc.Name{Kind: doc.Kind(in.str(string(n.Kind))), Text: in.str(n.Text), Title: in.str(n.Title), Ref: in.str(n.Ref)}
	in.names[*c] = c
	return c
}

// digest interns every string of d in place and trims its slices.
func (in *interner) digest(d *doc.Digest) {
	i := &d.Doc
	i.ID, i.Path = in.str(i.ID), strings.Clone(i.Path)
	i.Encoding, i.Format = in.str(i.Encoding), in.str(i.Format)
	i.Title, i.Outlet, i.Author = in.str(i.Title), in.str(i.Outlet), in.str(i.Author)
	d.Names = slices.Clip(d.Names)
	for j := range d.Names {
		d.Names[j].Name = in.name(d.Names[j].Name)
	}
	d.Keywords = slices.Clip(d.Keywords)
	for j := range d.Keywords {
		d.Keywords[j].Word = in.str(d.Keywords[j].Word)
	}
	d.Figures = slices.Clip(d.Figures)
	for j := range d.Figures {
		f := &d.Figures[j]
		f.ID, f.DocID, f.Text = in.str(f.ID), in.str(f.DocID), in.str(f.Text)
		f.Qualifier = doc.Qualifier(in.str(string(f.Qualifier)))
		f.Unit, f.UnitClass, f.Measure = in.str(f.Unit), in.str(f.UnitClass), in.str(f.Measure)
		f.Subject, f.Claimant, f.SentenceText = in.str(f.Subject), in.str(f.Claimant), in.str(f.SentenceText)
	}
	d.Events = slices.Clip(d.Events)
	for j := range d.Events {
		e := &d.Events[j]
		e.ID, e.DocID, e.Text = in.str(e.ID), in.str(e.DocID), in.str(e.Text)
		e.Subject, e.PersonID, e.Action, e.Weekday = in.str(e.Subject), in.str(e.PersonID), in.str(e.Action), in.str(e.Weekday)
		e.Precision = in.str(e.Precision)
		e.Claimant, e.SentenceText = in.str(e.Claimant), strings.Clone(e.SentenceText)
	}
}
