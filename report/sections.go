package report

import (
	"cmp"
	"slices"
	"strings"

	"factpipe/tables"
)

// group is what one section of the report is about: some quantities,
// under one title.
type group struct {
	id, title string
	kind      string // "story" or "quantity"
	quantity  []int  // indexes into Set.Quantities
}

// groups is the one place that decides what a section is: a story of the
// stories table, each with the quantities whose story_id names it (those
// in the most contradiction rows first, then with the most sources and
// claims; stories without quantities are left out), or, when the
// output has no stories, one quantity each.
func groups(in Input) []group {
	qs := in.Set.Quantities
	if in.Stories == nil {
		gs := make([]group, len(qs))
		for i, q := range qs {
			gs[i] = group{id: "q-" + q.QuantityID, title: quantityTitle(q), kind: "quantity", quantity: []int{i}}
		}
		return gs
	}
	at := map[string]int{}
	var gs []group
	for _, st := range in.Stories {
		if _, ok := at[st.StoryID]; ok {
			continue
		}
		at[st.StoryID] = len(gs)
		gs = append(gs, group{id: "s-" + st.StoryID, title: st.Title, kind: "story"})
	}
	for i, q := range qs {
		if j, ok := at[in.QuantityStory[q.QuantityID]]; ok {
			gs[j].quantity = append(gs[j].quantity, i)
		}
	}
	rows := disputedFigures(in.Set.Contradictions)
	for _, g := range gs {
		slices.SortStableFunc(g.quantity, func(a, b int) int {
			return cmp.Or(cmp.Compare(rowsOf(qs[b], rows), rowsOf(qs[a], rows)),
				cmp.Compare(qs[b].Sources, qs[a].Sources), cmp.Compare(qs[b].Claims, qs[a].Claims))
		})
	}
	return slices.DeleteFunc(gs, func(g group) bool { return len(g.quantity) == 0 })
}

// disputedFigures counts the contradiction rows each figure is in.
func disputedFigures(cs []tables.Contradiction) map[string]int {
	n := map[string]int{}
	for _, c := range cs {
		for _, f := range []*string{c.FigureA, c.FigureB} {
			if f != nil {
				n[*f]++
			}
		}
	}
	return n
}

// rowsOf is how many contradiction rows the figures of q are in.
func rowsOf(q tables.Quantity, rows map[string]int) int {
	n := 0
	for _, f := range q.FigureIDs {
		n += rows[f]
	}
	return n
}

// quantityTitle names a quantity: "Town: killed (soldier, Ruritania,
// 2022-09)", "Jane Doe: age (year)".
func quantityTitle(q tables.Quantity) string {
	measure := "count"
	if q.Measure != nil {
		measure = strings.ReplaceAll(*q.Measure, "_", " ")
	}
	detail := []string{q.Unit}
	if q.Side != nil {
		detail = append(detail, *q.Side)
	}
	if q.Period != nil {
		detail = append(detail, *q.Period)
	}
	return orDefault(q.Subject, "unknown subject") + ": " + measure + " (" + strings.Join(detail, ", ") + ")"
}

// rank orders sections for drawing: most disputes and revisions first,
// then most sources, most claims, then by title and ID.
func rank(ss []section) {
	slices.SortStableFunc(ss, func(a, b section) int {
		return cmp.Or(cmp.Compare(b.numericRows, a.numericRows), cmp.Compare(b.Sources, a.Sources),
			cmp.Compare(b.Claims, a.Claims), strings.Compare(a.Title, b.Title), strings.Compare(a.ID, b.ID))
	})
}

func orDefault(s *string, def string) string {
	if s == nil || *s == "" {
		return def
	}
	return *s
}
