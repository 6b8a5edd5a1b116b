package tables

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"factpipe/doc"
)

// Set holds the rows of every table of one run, each sorted by stable keys
// so that the output does not depend on worker count or timing.
type Set struct {
	Documents      []Document
	Mentions       []Mention
	People         []Person
	Places         []Place
	Organizations  []Organization
	Figures        []Figure
	Quantities     []Quantity
	Contradictions []Contradiction
	Rejects        []Reject
}

// Build turns the results of a run into table rows. results[i].Mentions[j]
// belongs to the entity rec.MentionEntity[i][j].
//
// Build consumes its input: it drops each document's mentions and figures,
// and rec's figures and mention IDs, once they are converted, so that a
// run holds one copy of its facts at a time, not two.
func Build(results []doc.Result, rec doc.Reconciled, rejects []doc.Reject) Set {
	var s Set
	n := 0
	for _, r := range results {
		n += len(r.Mentions)
	}
	s.Documents = make([]Document, 0, len(results))
	s.Mentions = make([]Mention, 0, n)
	s.Figures = make([]Figure, 0, len(rec.Figures))
	for i, r := range results {
		d := r.Doc
		s.Documents = append(s.Documents, Document{
			DocID: d.ID, Path: d.Path, Title: d.Title,
			Outlet: nullString(d.Outlet), Author: nullString(d.Author), Published: Date(d.Published),
			Encoding: d.Encoding, Format: d.Format,
			Sentences: int64(d.Sentences), Tokens: int64(d.Tokens), Bytes: int64(d.Bytes),
		})
		for j, m := range r.Mentions {
			var id string
			if i < len(rec.MentionEntity) && j < len(rec.MentionEntity[i]) {
				id = rec.MentionEntity[i][j]
			}
			s.Mentions = append(s.Mentions, Mention{
				DocID: d.ID, EntityID: id, Kind: string(m.Kind), Text: m.Text, Title: nullString(m.Title),
				Sentence: int64(m.Sentence), Start: int64(m.Start), End: int64(m.End),
			})
		}
		results[i].Mentions, results[i].Figures = nil, nil
		if i < len(rec.MentionEntity) {
			rec.MentionEntity[i] = nil
		}
	}
	for _, e := range rec.Entities {
		cols := Entity{
			Name: e.Name, Aliases: nonNil(e.Aliases), Titles: nonNil(e.Titles),
			Mentions: int64(e.Mentions), Documents: int64(e.Documents),
		}
		switch e.Kind {
		case doc.Person:
			s.People = append(s.People, Person{PersonID: e.ID, Entity: cols})
		case doc.Place:
			s.Places = append(s.Places, Place{PlaceID: e.ID, Entity: cols})
		case doc.Organization:
			s.Organizations = append(s.Organizations, Organization{OrganizationID: e.ID, Entity: cols})
		}
	}
	for i, f := range rec.Figures {
		rec.Figures[i] = doc.Figure{}
		s.Figures = append(s.Figures, Figure{
			FigureID: f.ID, DocID: f.DocID, Sentence: int64(f.Sentence),
			Start: int64(f.Start), End: int64(f.End), Text: f.Text,
			Value: f.Value, Low: f.Low, High: f.High, Qualifier: string(f.Qualifier),
			Unit: f.Unit, UnitClass: f.UnitClass, Measure: nullString(f.Measure), Subject: nullString(f.Subject),
			Claimant: nullString(f.Claimant), ClaimedOn: Date(f.ClaimedOn), SentenceText: f.SentenceText,
		})
	}
	for _, q := range rec.Quantities {
		s.Quantities = append(s.Quantities, Quantity{
			QuantityID: q.ID, Subject: nullString(q.Subject), Measure: nullString(q.Measure), Unit: q.Unit, Period: nullString(q.Period),
			Claims: int64(q.Claims), Sources: int64(q.Sources), Low: q.Low, High: q.High,
			FigureIDs: nonNil(q.FigureIDs),
		})
	}
	for _, c := range rec.Contradictions {
		s.Contradictions = append(s.Contradictions, Contradiction{
			ContradictionID: c.ID, Kind: string(c.Kind), Subject: nullString(c.Subject),
			FigureA: nullString(c.FigureA), FigureB: nullString(c.FigureB),
			ClaimA: c.ClaimA, ClaimB: c.ClaimB, SourceA: nullString(c.SourceA), SourceB: nullString(c.SourceB),
			DocA: c.DocA, DocB: c.DocB, Explanation: c.Explanation,
		})
	}
	for _, r := range rejects {
		s.Rejects = append(s.Rejects, Reject{Path: r.Path, Reason: r.Reason})
	}
	s.sort()
	return s
}

func (s *Set) sort() {
	slices.SortFunc(s.Documents, func(a, b Document) int { return strings.Compare(a.Path, b.Path) })
	pathOf := make(map[string]string, len(s.Documents))
	for _, d := range s.Documents {
		pathOf[d.DocID] = d.Path
	}
	slices.SortFunc(s.Mentions, func(a, b Mention) int {
		return cmp.Or(strings.Compare(pathOf[a.DocID], pathOf[b.DocID]), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), strings.Compare(a.Kind, b.Kind))
	})
	byName := func(a, b Entity, ida, idb string) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(ida, idb))
	}
	slices.SortFunc(s.People, func(a, b Person) int { return byName(a.Entity, b.Entity, a.PersonID, b.PersonID) })
	slices.SortFunc(s.Places, func(a, b Place) int { return byName(a.Entity, b.Entity, a.PlaceID, b.PlaceID) })
	slices.SortFunc(s.Organizations, func(a, b Organization) int {
		return byName(a.Entity, b.Entity, a.OrganizationID, b.OrganizationID)
	})
	slices.SortFunc(s.Figures, func(a, b Figure) int {
		return cmp.Or(strings.Compare(pathOf[a.DocID], pathOf[b.DocID]), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.End, b.End), strings.Compare(a.FigureID, b.FigureID))
	})
	slices.SortFunc(s.Quantities, func(a, b Quantity) int {
		return cmp.Or(strings.Compare(deref(a.Subject), deref(b.Subject)), strings.Compare(deref(a.Measure), deref(b.Measure)),
			strings.Compare(a.Unit, b.Unit), strings.Compare(deref(a.Period), deref(b.Period)), strings.Compare(a.QuantityID, b.QuantityID))
	})
	slices.SortFunc(s.Contradictions, func(a, b Contradiction) int {
		return cmp.Or(strings.Compare(a.Kind, b.Kind), strings.Compare(deref(a.Subject), deref(b.Subject)),
			strings.Compare(a.ContradictionID, b.ContradictionID))
	})
	slices.SortFunc(s.Rejects, func(a, b Reject) int { return strings.Compare(a.Path, b.Path) })
}

// Date converts t to a Parquet DATE (days since 1970-01-01); nil for the zero time.
func Date(t time.Time) *int32 {
	if t.IsZero() {
		return nil
	}
	y, m, d := t.Date()
	days := int32(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	return &days
}

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
