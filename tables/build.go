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
//
// The mentions and figures tables, which grow with the corpus, may come as
// streams instead: when MentionStream (FigureStream) is not nil, Write
// takes the rows from it and Mentions (Figures) is not used.
type Set struct {
	Documents      []Document
	Mentions       []Mention
	People         []Person
	Places         []Place
	Organizations  []Organization
	Figures        []Figure
	Events         []Event
	Quantities     []Quantity
	Contradictions []Contradiction
	Stories        []Story
	Rejects        []Reject

	MentionStream *Stream[Mention]
	FigureStream  *Stream[Figure]
}

// Stream is the rows of a table too large to hold in memory at once,
// produced a batch at a time.
type Stream[T any] struct {
	// Rows is the number of rows Each yields.
	Rows int
	// Each calls yield with successive batches of rows in table order,
	// until all are given or yield returns an error, which Each returns.
	// yield does not keep a batch past its return.
	Each func(yield func([]T) error) error
}

// Len returns the number of rows of the table of that name in s, streamed
// or not; 0 for an unknown name.
func (s *Set) Len(table string) int {
	for _, t := range Tables() {
		if t.Name == table {
			return t.rows.count(s)
		}
	}
	return 0
}

// Build turns the results of a run held in memory into table rows: rec is
// the reconciliation of their digests (see doc.Digest), so that
// rec.NameEntity[i] and rec.Attributions[i] belong to results[i]. The
// mentions and figures of each document follow in path order, as
// AppendMentions and AppendFigures give them.
func Build(results []doc.Result, rec doc.Reconciled, rejects []doc.Reject) Set {
	infos := make([]doc.Info, len(results))
	n, nf := 0, 0
	for i, r := range results {
		infos[i] = r.Doc
		n += len(r.Mentions)
		nf += len(r.Figures)
	}
	s := BuildRunWide(infos, rec, rejects)
	s.Mentions = make([]Mention, 0, n)
	s.Figures = make([]Figure, 0, nf)
	order := make([]int, len(results))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(results[a].Doc.Path, results[b].Doc.Path) })
	for _, i := range order {
		var names []string
		var attrs []doc.Attribution
		story := ""
		if i < len(rec.DocStory) {
			story = rec.DocStory[i]
		}
		if i < len(rec.NameEntity) {
			names = rec.NameEntity[i]
		}
		if i < len(rec.Attributions) {
			attrs = rec.Attributions[i]
		}
		s.Mentions = AppendMentions(s.Mentions, results[i], names)
		s.Figures = AppendFigures(s.Figures, results[i], attrs, story)
	}
	return s
}

// AppendMentions appends the mention rows of one document's result to dst,
// sorted by start, end and kind. nameEntity[j] is the entity ID of the j-th
// name of doc.NamesOf(r.Mentions) (a row of doc.Reconciled.NameEntity).
func AppendMentions(dst []Mention, r doc.Result, nameEntity []string) []Mention {
	n := len(dst)
	ids := doc.MentionEntities(r.Mentions, nameEntity)
	for j, m := range r.Mentions {
		dst = append(dst, Mention{
			DocID: r.Doc.ID, EntityID: ids[j], Kind: string(m.Kind), Text: m.Text, Title: nullString(m.Title),
			Sentence: int64(m.Sentence), Start: int64(m.Start), End: int64(m.End),
		})
	}
	slices.SortStableFunc(dst[n:], func(a, b Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Kind, b.Kind))
	})
	return dst
}

// AppendFigures appends the figure rows of one document's result to dst,
// sorted by start, end and figure ID, with subject and claimant taken from
// attrs[j] for r.Figures[j] (a row of doc.Reconciled.Attributions; a
// figure without one keeps its own), and story the document's story ID.
func AppendFigures(dst []Figure, r doc.Result, attrs []doc.Attribution, story string) []Figure {
	n := len(dst)
	for j, f := range r.Figures {
		if j < len(attrs) {
			f.Subject, f.Claimant = attrs[j].Subject, attrs[j].Claimant
		}
		dst = append(dst, Figure{
			FigureID: f.ID, DocID: f.DocID, StoryID: story, Sentence: int64(f.Sentence),
			Start: int64(f.Start), End: int64(f.End), Text: f.Text,
			Value: f.Value, Low: f.Low, High: f.High, Qualifier: string(f.Qualifier),
			Unit: f.Unit, UnitClass: f.UnitClass, Measure: nullString(f.Measure), Increment: f.Increment, Background: f.Background, Subject: nullString(f.Subject),
			Claimant: nullString(f.Claimant), ClaimedOn: Date(f.ClaimedOn), SentenceText: f.SentenceText,
		})
	}
	slices.SortStableFunc(dst[n:], func(a, b Figure) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.FigureID, b.FigureID))
	})
	return dst
}

// BuildRunWide turns what a run keeps in memory into the rows of every
// table but mentions and figures: the documents, the entities, quantities
// and contradictions of rec, its stories, and the rejects. docs are
// indexed like rec.DocStory.
func BuildRunWide(docs []doc.Info, rec doc.Reconciled, rejects []doc.Reject) Set {
	var s Set
	s.Documents = make([]Document, 0, len(docs))
	for i, d := range docs {
		story := ""
		if i < len(rec.DocStory) {
			story = rec.DocStory[i]
		}
		s.Documents = append(s.Documents, Document{
			DocID: d.ID, StoryID: story, Path: d.Path, Title: d.Title,
			Outlet: nullString(d.Outlet), Author: nullString(d.Author), Published: Date(d.Published),
			Encoding: d.Encoding, Format: d.Format,
			Sentences: int64(d.Sentences), Tokens: int64(d.Tokens), Bytes: int64(d.Bytes),
		})
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
			s.Places = append(s.Places, placeRow(e, cols))
		case doc.Organization:
			s.Organizations = append(s.Organizations, Organization{OrganizationID: e.ID, Entity: cols})
		}
	}
	for _, q := range rec.Quantities {
		s.Quantities = append(s.Quantities, Quantity{
			QuantityID: q.ID, StoryID: q.Story, Background: q.Background, PartOf: nullString(q.PartOf), Subject: nullString(q.Subject), Measure: nullString(q.Measure), Unit: q.Unit, Side: nullString(q.Side),
			Period: nullString(q.Period),
			Claims: int64(q.Claims), Sources: int64(q.Sources), Low: q.Low, High: q.High,
			FigureIDs: nonNil(q.FigureIDs),
		})
	}
	for _, e := range rec.Events {
		var wd *string
		if e.Weekday != "" {
			wd = &e.Weekday
		}
		s.Events = append(s.Events, Event{
			EventID: e.ID, DocID: e.DocID, Sentence: int64(e.Sentence), Start: int64(e.Start), End: int64(e.End),
			Text: e.Text, Subject: e.Subject, PersonID: nullString(e.PersonID), Action: e.Action, Day: Date(e.On), Precision: e.Precision, Weekday: wd, Place: nullString(e.Place), NearMidnight: e.Edge,
			Claimant: nullString(e.Claimant), SentenceText: e.SentenceText,
		})
	}
	for _, c := range rec.Contradictions {
		s.Contradictions = append(s.Contradictions, Contradiction{
			ContradictionID: c.ID, Kind: string(c.Kind), StoryID: nullString(c.Story), Subject: nullString(c.Subject),
			FigureA: nullString(c.FigureA), FigureB: nullString(c.FigureB),
			EventA: nullString(c.EventA), EventB: nullString(c.EventB),
			ClaimA: c.ClaimA, ClaimB: c.ClaimB, SourceA: nullString(c.SourceA), SourceB: nullString(c.SourceB),
			DocA: c.DocA, DocB: c.DocB, Explanation: c.Explanation,
			SentenceA: c.SentenceA, SentenceB: c.SentenceB, DayA: Date(c.DayA), DayB: Date(c.DayB), Confidence: c.Confidence,
		})
	}
	for _, st := range rec.Stories {
		s.Stories = append(s.Stories, Story{
			StoryID: st.ID, Title: st.Title, Documents: int64(len(st.Documents)), DocIDs: nonNil(st.Documents),
			FirstDay: Date(st.First), LastDay: Date(st.Last),
			Places: nonNil(st.Places), People: nonNil(st.People), Organizations: nonNil(st.Organizations),
		})
	}
	for _, r := range rejects {
		s.Rejects = append(s.Rejects, Reject{Path: r.Path, Reason: r.Reason})
	}
	s.sort()
	return s
}

// placeRow is the places row of entity e, with its gazetteer columns.
func placeRow(e doc.Entity, cols Entity) Place {
	p := Place{PlaceID: e.ID, Entity: cols}
	if g := e.Geo; g != nil {
		lat, lon := g.Lat, g.Lon
		p.CountryCode, p.Latitude, p.Longitude, p.AdminRegion = nullString(g.Country), &lat, &lon, nullString(g.Region)
	}
	return p
}

func (s *Set) sort() {
	slices.SortFunc(s.Documents, func(a, b Document) int { return strings.Compare(a.Path, b.Path) })
	byName := func(a, b Entity, ida, idb string) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(ida, idb))
	}
	slices.SortFunc(s.People, func(a, b Person) int { return byName(a.Entity, b.Entity, a.PersonID, b.PersonID) })
	slices.SortFunc(s.Places, func(a, b Place) int { return byName(a.Entity, b.Entity, a.PlaceID, b.PlaceID) })
	slices.SortFunc(s.Organizations, func(a, b Organization) int {
		return byName(a.Entity, b.Entity, a.OrganizationID, b.OrganizationID)
	})
	slices.SortFunc(s.Quantities, func(a, b Quantity) int {
		return cmp.Or(strings.Compare(deref(a.Subject), deref(b.Subject)), strings.Compare(deref(a.Measure), deref(b.Measure)),
			strings.Compare(a.Unit, b.Unit), strings.Compare(deref(a.Side), deref(b.Side)), strings.Compare(deref(a.Period), deref(b.Period)),
			strings.Compare(a.QuantityID, b.QuantityID))
	})
	slices.SortFunc(s.Contradictions, func(a, b Contradiction) int {
		return cmp.Or(strings.Compare(a.Kind, b.Kind), strings.Compare(deref(a.Subject), deref(b.Subject)),
			strings.Compare(a.ContradictionID, b.ContradictionID))
	})
	slices.SortFunc(s.Stories, func(a, b Story) int {
		return cmp.Or(cmp.Compare(b.Documents, a.Documents), strings.Compare(a.StoryID, b.StoryID))
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
