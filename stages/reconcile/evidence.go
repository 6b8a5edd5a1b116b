package reconcile

import (
	"math"
	"time"

	"factpipe/doc"
)

// Confidence weights: how much each piece of evidence adds to a row's
// confidence, from a base of ConfidenceBase, the result kept within
// [ConfidenceMin, ConfidenceMax] and rounded to two decimals.
//
//   - each side attributed to a named source, not the outlet's own
//     unattributed statement: +ConfidenceAttributed;
//   - each side an exact value (+ConfidencePrecise), or an approximate one
//     (half that); ranges, bounds and vague words add nothing;
//   - for numbers, values far apart (the smaller at most half the larger):
//     +ConfidenceApart; close (within 10% of the larger): -ConfidenceApart;
//   - both claims dated, so their order is known: +ConfidenceDated; neither:
//     -ConfidenceDated;
//   - both claims in one article, which reports the disagreement itself:
//     +ConfidenceOneArticle.
//
// A name_variant (two spellings that may be one person) has
// ConfidenceNameVariant.
const (
	ConfidenceBase        = 0.5
	ConfidenceAttributed  = 0.1
	ConfidencePrecise     = 0.05
	ConfidenceApart       = 0.1
	ConfidenceDated       = 0.05
	ConfidenceOneArticle  = 0.05
	ConfidenceNameVariant = 0.4
	ConfidenceMin         = 0.05
	ConfidenceMax         = 0.95
)

// side is one claim of a row as the evidence sees it.
type side struct {
	sentence   string
	day        time.Time // when the claim was made: its own date, else its article's; zero when unknown
	attributed bool
	qualifier  doc.Qualifier
	value      *float64
	doc        string
}

// addEvidence fills in each row's sentences, days and confidence from the
// claims and events it compares.
func addEvidence(rows []doc.Contradiction, claims []*claim, events map[string][]*eventClaim) {
	figs := make(map[string]*claim, len(claims))
	for _, c := range claims {
		figs[c.fig.ID] = c
	}
	evs := map[string]*eventClaim{}
	for _, cs := range events {
		for _, c := range cs {
			evs[c.ev.ID] = c
		}
	}
	for i := range rows {
		r := &rows[i]
		a, b, ok := sides(r, figs, evs)
		if !ok {
			r.Confidence = ConfidenceNameVariant
			continue
		}
		// A row that knows its days better (a revision: when the source
		// first gave each value) keeps them.
		if r.DayA.IsZero() && r.DayB.IsZero() {
			r.DayA, r.DayB = a.day, b.day
		}
		a.day, b.day = r.DayA, r.DayB
		r.SentenceA, r.SentenceB = a.sentence, b.sentence
		r.Confidence = confidence(a, b)
	}
}

// sides returns the two claims of r, from its figures or its events;
// false when it compares neither.
func sides(r *doc.Contradiction, figs map[string]*claim, evs map[string]*eventClaim) (side, side, bool) {
	if a, b := figs[r.FigureA], figs[r.FigureB]; a != nil && b != nil {
		return figureSide(a), figureSide(b), true
	}
	if a, b := evs[r.EventA], evs[r.EventB]; a != nil && b != nil {
		return eventSide(a), eventSide(b), true
	}
	return side{}, side{}, false
}

func figureSide(c *claim) side {
	return side{sentence: c.fig.SentenceText, day: c.when, attributed: c.src.attributed,
		qualifier: c.fig.Qualifier, value: c.fig.Value, doc: c.info.ID}
}

func eventSide(c *eventClaim) side {
	return side{sentence: c.ev.SentenceText, day: dayOf(c.info.Published), attributed: c.src.attributed,
		qualifier: doc.Exact, doc: c.info.ID}
}

// confidence weighs the evidence of two sides (see ConfidenceBase).
func confidence(a, b side) float64 {
	c := ConfidenceBase
	for _, s := range []side{a, b} {
		if s.attributed {
			c += ConfidenceAttributed
		}
		switch s.qualifier {
		case doc.Exact:
			c += ConfidencePrecise
		case doc.Approx:
			c += ConfidencePrecise / 2
		}
	}
	if a.value != nil && b.value != nil {
		lo, hi := math.Min(*a.value, *b.value), math.Max(*a.value, *b.value)
		switch {
		case hi > 0 && lo <= hi/2:
			c += ConfidenceApart
		case hi-lo <= hi/10:
			c -= ConfidenceApart
		}
	}
	switch {
	case !a.day.IsZero() && !b.day.IsZero():
		c += ConfidenceDated
	case a.day.IsZero() && b.day.IsZero():
		c -= ConfidenceDated
	}
	if a.doc == b.doc {
		c += ConfidenceOneArticle
	}
	c = math.Min(ConfidenceMax, math.Max(ConfidenceMin, c))
	return math.Round(c*100) / 100
}
