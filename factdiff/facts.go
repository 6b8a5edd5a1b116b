package factdiff

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"factpipe/tables"
)

// fact is one row of a table seen as a fact: the cells that say which fact
// it is (key) and the cells that say what is claimed about it (fields).
//
// loose holds looser keys, tried in order for the facts that no exact key
// matched: an old and a new fact are paired when they are the only
// unmatched facts of their table with the same loose key. This is how a
// figure whose number was revised in its sentence ("at least 89" became
// "at least 92") shows as a changed value rather than as one figure removed
// and another added.
type fact struct {
	key    Fields
	fields Fields
	loose  func() []string // nil when the table has no loose keys
	id     string          // keyString(key), set by numbered
}

// tableFacts turns one table of a Set into facts.
type tableFacts struct {
	name  string
	facts func(s tables.Set, r resolver) []fact
}

// tableOrder lists the compared tables in report order. Mentions are left
// out: they are keyed by byte offsets, which any edit of a file moves, and
// their effect on the facts shows in the entities' aliases, titles and
// counts.
func tableOrder() []tableFacts {
	return []tableFacts{
		{"documents", documentFacts},
		{"people", func(s tables.Set, _ resolver) []fact {
			return entityFacts(s.People, func(p tables.Person) tables.Entity { return p.Entity })
		}},
		{"places", placeFacts},
		{"organizations", func(s tables.Set, _ resolver) []fact {
			return entityFacts(s.Organizations, func(o tables.Organization) tables.Entity { return o.Entity })
		}},
		{"figures", figureFacts},
		{"events", eventFacts},
		{"quantities", quantityFacts},
		{"contradictions", contradictionFacts},
		{"stories", storyFacts},
		{"rejects", rejectFacts},
	}
}

// resolver turns content-hash IDs of one Set into names that survive
// unrelated edits: documents into their paths, figures into labels.
type resolver struct {
	path   map[string]string // doc_id -> path
	figure map[string]string // figure_id -> "path: text"
	story  map[string]string // story_id -> path of its first document
}

func newResolver(s tables.Set) resolver {
	r := resolver{path: make(map[string]string, len(s.Documents)), figure: make(map[string]string, len(s.Figures))}
	for _, d := range s.Documents {
		r.path[d.DocID] = d.Path
	}
	for _, f := range s.Figures {
		r.figure[f.FigureID] = r.docPath(f.DocID) + ": " + f.Text
	}
	r.story = make(map[string]string, len(s.Stories))
	for _, st := range s.Stories {
		if len(st.DocIDs) > 0 {
			r.story[st.StoryID] = r.docPath(st.DocIDs[0])
		}
	}
	return r
}

// storyLabel names a story by the path of its first document, or by its
// ID when the stories table does not have it; NULL for none.
func (r resolver) storyLabel(id string) Value {
	if id == "" {
		return Value{}
	}
	if p, ok := r.story[id]; ok {
		return text(p)
	}
	return text(id)
}

// docPath returns the path of a document, or its ID when the documents
// table does not have it.
func (r resolver) docPath(id string) string {
	if p, ok := r.path[id]; ok {
		return p
	}
	return id
}

// figureLabel returns "path: text" for a figure, or its ID when the figures
// table does not have it.
func (r resolver) figureLabel(id *string) Value {
	if id == nil {
		return Value{}
	}
	if l, ok := r.figure[*id]; ok {
		return text(l)
	}
	return text(*id)
}

func documentFacts(s tables.Set, r resolver) []fact {
	facts := make([]fact, 0, len(s.Documents))
	for _, d := range s.Documents {
		facts = append(facts, fact{
			key: Fields{{"path", text(d.Path)}},
			fields: Fields{
				{"story", r.storyLabel(d.StoryID)}, {"title", text(d.Title)}, {"outlet", optText(d.Outlet)}, {"author", optText(d.Author)},
				{"published", date(d.Published)}, {"encoding", text(d.Encoding)}, {"format", text(d.Format)},
			},
		})
	}
	return facts
}

func entityFacts[T any](rows []T, entity func(T) tables.Entity) []fact {
	facts := make([]fact, 0, len(rows))
	for _, row := range rows {
		e := entity(row)
		facts = append(facts, fact{
			key: Fields{{"name", text(e.Name)}},
			fields: Fields{
				{"aliases", list(e.Aliases)}, {"titles", list(e.Titles)},
				{"mentions", count(e.Mentions)}, {"documents", count(e.Documents)},
			},
		})
	}
	return facts
}

// placeFacts are the entity facts of places with where the gazetteer puts
// them.
func placeFacts(s tables.Set, _ resolver) []fact {
	facts := entityFacts(s.Places, func(p tables.Place) tables.Entity { return p.Entity })
	for i, p := range s.Places {
		facts[i].fields = append(facts[i].fields, Fields{
			{"country_code", optText(p.CountryCode)}, {"latitude", number(p.Latitude)},
			{"longitude", number(p.Longitude)}, {"admin_region", optText(p.AdminRegion)},
		}...)
	}
	return facts
}

// figureFacts keys a figure by the path of its document, its sentence and
// its phrase, not by offsets, which an edit elsewhere in the file moves.
// Rows are taken in document order so that repeated phrases in one sentence
// are numbered by position.
func figureFacts(s tables.Set, r resolver) []fact {
	rows := slices.Clone(s.Figures)
	slices.SortStableFunc(rows, func(a, b tables.Figure) int {
		return cmp.Or(strings.Compare(r.docPath(a.DocID), r.docPath(b.DocID)), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	facts := make([]fact, 0, len(rows))
	for _, f := range rows {
		path := r.docPath(f.DocID)
		facts = append(facts, fact{
			key: Fields{{"path", text(path)}, {"text", text(f.Text)}, {"sentence_text", text(f.SentenceText)}},
			// Numbers revised in the phrase; the sentence edited elsewhere;
			// both.
			loose: func() []string {
				return []string{
					join(path, maskNumbers(f.Text), maskNumbers(f.SentenceText)),
					join(path, f.Text),
					join(path, maskNumbers(f.Text)),
				}
			},
			fields: Fields{
				{"value", number(f.Value)}, {"low", number(f.Low)}, {"high", number(f.High)},
				{"qualifier", text(f.Qualifier)}, {"unit", text(f.Unit)}, {"measure", optText(f.Measure)},
				{"increment", text(strconv.FormatBool(f.Increment))}, {"background", text(strconv.FormatBool(f.Background))}, {"subject", optText(f.Subject)}, {"claimant", optText(f.Claimant)}, {"claimed_on", date(f.ClaimedOn)},
			},
		})
	}
	return facts
}

// eventFacts keys an event by the path of its document, its sentence, its
// day phrase, person and action (one phrase may date two people's
// arrest), not by offsets.
func eventFacts(s tables.Set, r resolver) []fact {
	rows := slices.Clone(s.Events)
	slices.SortStableFunc(rows, func(a, b tables.Event) int {
		return cmp.Or(strings.Compare(r.docPath(a.DocID), r.docPath(b.DocID)), cmp.Compare(a.Start, b.Start))
	})
	facts := make([]fact, 0, len(rows))
	for _, e := range rows {
		facts = append(facts, fact{
			key: Fields{{"path", text(r.docPath(e.DocID))}, {"text", text(e.Text)}, {"sentence_text", text(e.SentenceText)},
				{"subject", text(e.Subject)}, {"action", text(e.Action)}},
			fields: Fields{
				{"day", date(e.Day)}, {"precision", text(cmp.Or(e.Precision, "day"))}, {"weekday", optText(e.Weekday)},
				{"near_midnight", text(strconv.FormatBool(e.NearMidnight))}, {"claimant", optText(e.Claimant)},
			},
		})
	}
	return facts
}

// quantityFacts keys a quantity by subject, measure, unit, side and period; its figures
// are listed by label ("path: text") rather than by ID.
func quantityFacts(s tables.Set, r resolver) []fact {
	facts := make([]fact, 0, len(s.Quantities))
	for _, q := range s.Quantities {
		labels := make([]string, len(q.FigureIDs))
		for i, id := range q.FigureIDs {
			labels[i] = r.figureLabel(&id).text
		}
		facts = append(facts, fact{
			key: Fields{{"subject", optText(q.Subject)}, {"measure", optText(q.Measure)}, {"unit", text(q.Unit)},
				{"side", optText(q.Side)}, {"period", optText(q.Period)}},
			fields: Fields{
				{"story", r.storyLabel(q.StoryID)}, {"background", text(strconv.FormatBool(q.Background))},
				{"claims", count(q.Claims)}, {"sources", count(q.Sources)},
				{"low", number(q.Low)}, {"high", number(q.High)}, {"figures", list(labels)},
			},
		})
	}
	return facts
}

// contradictionFacts keys a contradiction by kind, subject and the two
// claims with their sources, taken as an unordered pair: key "claims" lists
// the claim texts and "sources" the matching sources ("" for NULL), sorted
// by claim. Which claim is A and which B is compared as a field, so a
// revision that turns round shows as a change.
func contradictionFacts(s tables.Set, r resolver) []fact {
	facts := make([]fact, 0, len(s.Contradictions))
	for _, c := range s.Contradictions {
		type side struct{ claim, source string }
		sides := []side{{c.ClaimA, deref(c.SourceA)}, {c.ClaimB, deref(c.SourceB)}}
		slices.SortFunc(sides, func(a, b side) int {
			return cmp.Or(strings.Compare(a.claim, b.claim), strings.Compare(a.source, b.source))
		})
		facts = append(facts, fact{
			// The claims with numbers masked, for a revised number in one
			// of them.
			loose: func() []string {
				masked := []side{{maskNumbers(c.ClaimA), deref(c.SourceA)}, {maskNumbers(c.ClaimB), deref(c.SourceB)}}
				slices.SortFunc(masked, func(a, b side) int {
					return cmp.Or(strings.Compare(a.claim, b.claim), strings.Compare(a.source, b.source))
				})
				return []string{join(c.Kind, deref(c.Subject), masked[0].claim, masked[0].source, masked[1].claim, masked[1].source)}
			},
			key: Fields{
				{"kind", text(c.Kind)}, {"subject", optText(c.Subject)},
				{"claims", Value{kind: kindList, list: []string{sides[0].claim, sides[1].claim}}},
				{"sources", Value{kind: kindList, list: []string{sides[0].source, sides[1].source}}},
			},
			fields: Fields{
				{"claim_a", text(c.ClaimA)}, {"source_a", optText(c.SourceA)},
				{"doc_a", text(r.docPath(c.DocA))}, {"figure_a", r.figureLabel(c.FigureA)},
				{"claim_b", text(c.ClaimB)}, {"source_b", optText(c.SourceB)},
				{"doc_b", text(r.docPath(c.DocB))}, {"figure_b", r.figureLabel(c.FigureB)},
				{"explanation", text(c.Explanation)}, {"story", r.storyLabel(deref(c.StoryID))},
				{"day_a", date(c.DayA)}, {"day_b", date(c.DayB)}, {"confidence", number(&c.Confidence)},
			},
		})
	}
	// Contradictions are stored in ID order; put duplicates of one key in
	// content order instead, so that numbering them does not depend on IDs.
	slices.SortStableFunc(facts, func(a, b fact) int {
		return cmp.Or(strings.Compare(keyString(a.key), keyString(b.key)), strings.Compare(keyString(a.fields), keyString(b.fields)))
	})
	return facts
}

// storyFacts keys a story by the path of its first document and lists its
// documents by path.
func storyFacts(s tables.Set, r resolver) []fact {
	facts := make([]fact, 0, len(s.Stories))
	for _, st := range s.Stories {
		paths := make([]string, len(st.DocIDs))
		for i, id := range st.DocIDs {
			paths[i] = r.docPath(id)
		}
		facts = append(facts, fact{
			key: Fields{{"first", r.storyLabel(st.StoryID)}},
			fields: Fields{
				{"title", text(st.Title)}, {"documents", list(paths)},
				{"first_day", date(st.FirstDay)}, {"last_day", date(st.LastDay)},
				{"places", list(st.Places)}, {"people", list(st.People)}, {"organizations", list(st.Organizations)},
			},
		})
	}
	return facts
}

func rejectFacts(s tables.Set, _ resolver) []fact {
	facts := make([]fact, 0, len(s.Rejects))
	for _, rj := range s.Rejects {
		facts = append(facts, fact{key: Fields{{"path", text(rj.Path)}}, fields: Fields{{"reason", text(rj.Reason)}}})
	}
	return facts
}

// maskNumbers replaces every number in s (a run of digits, with the
// separators between them, as in "1,200" or "2.5") by "#".
func maskNumbers(s string) string {
	var b strings.Builder
	in := false // inside a number
	rs := []rune(s)
	for i, c := range rs {
		switch {
		case unicode.IsDigit(c):
			if !in {
				b.WriteByte('#')
				in = true
			}
		case in && (c == ',' || c == '.' || c == '\u00a0' || c == '\u202f' || c == '\'') && i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			// a separator inside the number
		default:
			in = false
			b.WriteRune(c)
		}
	}
	return b.String()
}

// join makes one map key of parts.
func join(parts ...string) string { return strings.Join(parts, "\x00") }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
