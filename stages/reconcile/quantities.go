package reconcile

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"time"

	"factpipe/doc"
)

// Tolerances used to decide whether two figures agree (see agree).
const (
	// ExactTolerance is the slack, relative to the larger value, allowed
	// between two figures: 1%, so 5,937 and 5,940 agree, 63 and 64 do not.
	ExactTolerance = 0.01
	// ApproxTolerance is the spread around an approximate figure with no
	// bounds of its own ("about 600" = 540..660, "nearly 6,000" =
	// 5,400..6,600), and how far an "at least"/"at most" figure may be
	// exceeded in its direction ("over 60" = 60..66).
	ApproxTolerance = 0.10
	// PastWindow is how far apart in time two articles' claims may be to
	// make a numeric_dispute or a revision (see sameTime).
	PastWindow = 30 * 24 * time.Hour
	// EarlierEvent: a figure its sentence dates more than this long before
	// its article was published speaks of an earlier event ("two people
	// were killed in an explosion at the refinery on March 13", in an
	// article of March 23 about a second accident there); it is kept apart
	// from the figures of the event at hand, in a quantity of its own per
	// month.
	EarlierEvent = 7 * 24 * time.Hour
)

// claim is a figure with what reconciliation derives from it.
type claim struct {
	fig     *doc.Figure // in the output slice; Claimant and Subject resolved
	ri      int         // index of the result it came from
	info    *doc.Info
	src     source
	subjKey string // "" when unknown
	subject string
	// specific: the subject is a place smaller than a country or a person
	// (set once subjects are merged).
	specific bool
	measure  string
	unit     string // unit class
	side     string // the country the figure's own words give the counted ("Libyan soldiers"); "" when none
	period   string // "YYYY-MM" when the figure speaks of the past, else ""
	// occasion tells one earthquake's magnitudes from another's (see
	// quakeOccasions): the day the claim gives, else its article; ""
	// for every other measure.
	occasion string
	when     time.Time // the day of the claim, midnight UTC; zero when unknown
	dated    bool      // when is the claim's own date, not the article's
	// at is the article's publication time when its date line gives a
	// time of day and the claim has no date of its own; zero otherwise.
	at      time.Time
	lo, hi  float64
	bounded bool // lo, hi are known
}

// groupKey is the identity of the quantity a claim speaks of.
func (c *claim) groupKey() string {
	k := c.subjKey + "\x00" + c.measure + "\x00" + c.unit + "\x00" + c.side + "\x00" + c.period
	if c.fig.Background {
		k += "\x00background"
	}
	if c.occasion != "" {
		k += "\x00" + c.occasion
	}
	return k
}

// interval returns the range of values a figure asserts, for comparison:
//
//   - exact: the value itself;
//   - approx: its Low..High when given, else value ± ApproxTolerance;
//   - at_least v: v .. v×(1+ApproxTolerance); at_most v: v×(1-ApproxTolerance) .. v.
//     The bound is the claimant's own count, not a statement that any higher
//     (lower) figure is right: "at least 89" and 400 disagree. A bound with
//     no value of its own is a vague word ("at least hundreds"): Low..10×Low
//     (High/10..High for "at most");
//   - range: Low..High;
//   - vague ("dozens", "hundreds"): Low..High when given; with only a value
//     v, v..10v (hundreds = 100..1,000; dozens = 12..120).
//
// ok is false when the figure has no number at all.
func interval(f *doc.Figure) (lo, hi float64, ok bool) {
	v, hasV := 0.0, f.Value != nil
	if hasV {
		v = *f.Value
	}
	switch f.Qualifier {
	case doc.Approx:
		if f.Low != nil && f.High != nil {
			return *f.Low, *f.High, true
		}
		if hasV {
			return v * (1 - ApproxTolerance), v * (1 + ApproxTolerance), true
		}
	case doc.AtLeast:
		if hasV {
			return v, v * (1 + ApproxTolerance), true
		}
		if f.Low != nil {
			return *f.Low, *f.Low * 10, true
		}
	case doc.AtMost:
		if hasV {
			return v * (1 - ApproxTolerance), v, true
		}
		if f.High != nil {
			return *f.High / 10, *f.High, true
		}
	case doc.Range, doc.Vague:
		switch {
		case f.Low != nil && f.High != nil:
			return *f.Low, *f.High, true
		case f.Low != nil:
			return *f.Low, *f.Low * 10, true
		case f.High != nil:
			if hasV {
				return v, *f.High, true
			}
			return *f.High / 10, *f.High, true
		case hasV && f.Qualifier == doc.Vague:
			return v, v * 10, true
		case hasV:
			return v, v, true
		}
	default: // exact or unknown qualifier
		if hasV {
			return v, v, true
		}
		if f.Low != nil && f.High != nil {
			return *f.Low, *f.High, true
		}
	}
	return 0, 0, false
}

// agree reports whether two claims can both be true: their intervals
// overlap, with a slack of ExactTolerance of the larger magnitude.
// "about 600" and 600 agree; 400 and "between 200 and 600" agree; 5,937 and
// "nearly 6,000" agree; "dozens" and 89 agree; "hundreds" and 89 do not;
// "at least 89" and 400 do not.
//
// Two lower bounds ("at least 2", "at least 70") always agree, as do two
// upper bounds: both are true of any total beyond the larger (smaller).
// A bound is the claimant's own count only against a definite figure.
func agree(a, b *claim) bool {
	if !a.bounded || !b.bounded {
		return true
	}
	if a.fig.Qualifier == b.fig.Qualifier && (a.fig.Qualifier == doc.AtLeast || a.fig.Qualifier == doc.AtMost) {
		return true
	}
	return overlap(a, b)
}

// overlap reports whether the ranges two claims assert overlap, with a
// slack of ExactTolerance of the larger magnitude.
func overlap(a, b *claim) bool {
	if !a.bounded || !b.bounded {
		return true
	}
	slack := ExactTolerance * max(math.Abs(a.lo), math.Abs(a.hi), math.Abs(b.lo), math.Abs(b.hi))
	return a.lo <= b.hi+slack && b.lo <= a.hi+slack
}

// specificity ranks qualifiers from most to least precise.
func specificity(q doc.Qualifier) int {
	switch q {
	case doc.Exact, "":
		return 0
	case doc.AtLeast, doc.AtMost:
		return 1
	case doc.Approx:
		return 2
	case doc.Range:
		return 3
	}
	return 4
}

// point is the single value shown for a figure: its value, else the middle
// of its bounds.
func point(f *doc.Figure) (float64, bool) {
	switch {
	case f.Value != nil:
		return *f.Value, true
	case f.Low != nil && f.High != nil:
		return (*f.Low + *f.High) / 2, true
	case f.Low != nil:
		return *f.Low, true
	case f.High != nil:
		return *f.High, true
	}
	return 0, false
}

// claimOrder sorts claims by time (undated claims last), then document
// path, then position.
func claimOrder(a, b *claim) int {
	return cmp.Or(cmp.Compare(btoi(a.when.IsZero()), btoi(b.when.IsZero())), a.when.Compare(b.when), a.at.Compare(b.at), cmp.Compare(a.info.Path, b.info.Path),
		cmp.Compare(a.fig.Start, b.fig.Start), cmp.Compare(a.fig.End, b.fig.End),
		cmp.Compare(a.fig.ID, b.fig.ID))
}

// perArticle returns the groups that have a subject as they are, and
// splits each group without one into a group per article (same key and
// quantity): figures of two articles without a subject may speak of two
// events.
func perArticle(groups []*group) []*group {
	var out []*group
	for _, g := range groups {
		if g.claims[0].subjKey != "" {
			out = append(out, g)
			continue
		}
		byDoc := map[int]*group{}
		for _, c := range g.claims {
			if byDoc[c.ri] == nil {
				byDoc[c.ri] = &group{key: g.key, q: g.q}
				out = append(out, byDoc[c.ri])
			}
			byDoc[c.ri].claims = append(byDoc[c.ri].claims, c)
		}
	}
	return out
}

// group is the claims about one quantity.
type group struct {
	key    string
	q      doc.Quantity
	claims []*claim // in claimOrder
	// span is the month ("YYYY-MM") the group's claims begin in, when
	// splitByTime cut its subject's claims into periods; "" otherwise.
	span string
}

// splitByTime cuts a group with a subject whose dated claims fall in
// periods more than PastWindow apart into one group per period (a march
// in Athens in December 2008 and another in May 2010, in a corpus that
// holds both), each with the month it begins in as its span; the undated
// claims of such a group, which could belong to any period, make a group
// of their own. A group whose dated claims form one period is left whole,
// its undated claims with them.
func splitByTime(groups []*group) []*group {
	var out []*group
	for _, g := range groups {
		var dated, undated []*claim
		for _, c := range g.claims {
			if c.when.IsZero() {
				undated = append(undated, c)
			} else {
				dated = append(dated, c)
			}
		}
		if g.claims[0].subjKey == "" || g.claims[0].period != "" || len(dated) < 2 {
			out = append(out, g)
			continue
		}
		slices.SortStableFunc(dated, func(a, b *claim) int { return a.when.Compare(b.when) })
		var periods [][]*claim
		for i, c := range dated {
			if i == 0 || c.when.Sub(dated[i-1].when) > PastWindow {
				periods = append(periods, nil)
			}
			periods[len(periods)-1] = append(periods[len(periods)-1], c)
		}
		if len(periods) == 1 {
			out = append(out, g)
			continue
		}
		for _, p := range periods {
			span := p[0].when.Format("2006-01")
			out = append(out, &group{key: g.key + "\x00" + span, claims: p, span: span})
		}
		if len(undated) > 0 {
			out = append(out, &group{key: g.key, claims: undated})
		}
	}
	return out
}

// MagnitudeSpread is how far apart two magnitudes given for one place and
// occasion may be and still be one earthquake read by two agencies (5.9
// and 6.1, 5.2 and 5.4); further apart they are two quakes (a 4.6 and an
// earlier 2.0 near The Geysers on one morning).
const MagnitudeSpread = 0.5

// quakeOccasions gives each magnitude claim its occasion: the day its
// sentence gives (the claim's own date), else its article. An undated
// claim of an article whose dated magnitude claims all give one day takes
// that day. Magnitudes of two articles are compared only when both give
// the same day: two quakes strike one place on consecutive days (a
// quake and its largest aftershock), and an undated report cannot say
// which it speaks of.
func quakeOccasions(claims []*claim) {
	days := map[int]map[string]bool{}
	for _, c := range claims {
		if c.measure != "magnitude" {
			continue
		}
		if !c.dated {
			c.occasion = "article " + c.info.ID
			continue
		}
		c.occasion = c.when.Format("2006-01-02")
		if days[c.ri] == nil {
			days[c.ri] = map[string]bool{}
		}
		days[c.ri][c.occasion] = true
	}
	for _, c := range claims {
		if c.measure == "magnitude" && !c.dated && len(days[c.ri]) == 1 {
			for d := range days[c.ri] {
				c.occasion = d
			}
		}
	}
}

// splitQuakes cuts a group of magnitudes where two values in a row (in
// value order) lie more than MagnitudeSpread apart: each part is a quake
// of its own, keyed by its lowest value.
func splitQuakes(groups []*group) []*group {
	var out []*group
	for _, g := range groups {
		if g.claims[0].measure != "magnitude" {
			out = append(out, g)
			continue
		}
		cs := slices.Clone(g.claims)
		slices.SortStableFunc(cs, func(a, b *claim) int { return cmp.Compare(a.lo, b.lo) })
		var parts [][]*claim
		top := math.Inf(-1)
		for _, c := range cs {
			if len(parts) == 0 || c.lo-top > MagnitudeSpread {
				parts = append(parts, nil)
			}
			parts[len(parts)-1] = append(parts[len(parts)-1], c)
			top = max(top, c.hi)
		}
		if len(parts) == 1 {
			out = append(out, g)
			continue
		}
		for _, p := range parts {
			out = append(out, &group{key: g.key + "\x00" + strconv.FormatFloat(p[0].lo, 'f', -1, 64), claims: p, span: g.span})
		}
	}
	return out
}

// places tells which subjects are places, which are specific places and
// which places each result names, for merging subjects (see
// mergeSubjects) and for place conflicts (see placeConflicts).
type places struct {
	// all holds the subject keys of every place entity.
	all map[string]bool
	// specific holds the subject keys of place entities that are not
	// countries (nor their capitals or seats of government).
	specific map[string]bool
	// named[ri] holds the subject keys of the place entities result ri
	// mentions.
	named []map[string]bool
}

// buildQuantities groups claims into quantities. A quantity is one subject
// (after entity resolution), one measure (after synonyms: dead = killed),
// one unit class and one period (the event at hand, or a past month).
// Claims with no measure or no unit are in no quantity: "$2 million" or
// "12 years" alone says nothing an analyst can chart or compare; nor is a
// count of people that is not a whole number ("6.4 people": a magnitude
// misread).
//
// A figure with no subject takes the subject of the other figures of its
// article with the same measure and unit class when they all have one and
// the same subject (an article about one strike rarely repeats the place in
// every sentence); otherwise it stays without a subject. Subjects are then
// merged where articles name one event by different places (see
// mergeSubjects). Claims still without a subject make one quantity per
// article: two articles' figures without a subject may be about two events.
func buildQuantities(claims []*claim, pl places) []*group {
	claims = slices.DeleteFunc(slices.Clone(claims), func(c *claim) bool { return c.measure == "" || c.unit == "" })
	type dmu struct {
		ri            int
		measure, unit string
	}
	subjects := map[dmu]map[string]string{}
	for _, c := range claims {
		if c.subjKey == "" || c.period != "" {
			continue
		}
		k := dmu{c.ri, c.measure, c.unit}
		if subjects[k] == nil {
			subjects[k] = map[string]string{}
		}
		subjects[k][c.subjKey] = c.subject
	}
	for _, c := range claims {
		if c.subjKey != "" || c.period != "" {
			continue
		}
		if s := subjects[dmu{c.ri, c.measure, c.unit}]; len(s) == 1 {
			for k, name := range s {
				c.subjKey, c.subject = k, name
			}
		}
	}

	adoptSides(claims)

	byKey := map[string]*group{}
	for _, c := range claims {
		k := c.groupKey()
		g := byKey[k]
		if g == nil {
			g = &group{key: k}
			byKey[k] = g
		}
		g.claims = append(g.claims, c)
	}
	// Claims without a subject are offered for merging article by article:
	// each article may name the place its figures are about.
	parts := perArticle(slices.Collect(maps.Values(byKey)))
	// What stays without a subject is a quantity of its article: two
	// articles' figures without a subject may be about two events.
	groups := splitQuakes(splitByTime(mergeSubjects(parts, pl)))
	for _, g := range groups {
		if c0 := g.claims[0]; c0.subjKey == "" {
			g.key += "\x00" + c0.info.ID
		}
	}
	for _, g := range groups {
		slices.SortFunc(g.claims, claimOrder)
		g.q = quantityOf(g)
	}
	slices.SortFunc(groups, func(a, b *group) int {
		return cmp.Or(cmp.Compare(a.q.Subject, b.q.Subject), cmp.Compare(a.q.Measure, b.q.Measure),
			cmp.Compare(a.q.Unit, b.q.Unit), cmp.Compare(a.q.Period, b.q.Period), cmp.Compare(a.q.ID, b.q.ID))
	})
	return groups
}

// adoptSides gives a claim whose words name no side ("89 of its
// servicemen") the one side the other claims of its subject, measure and
// unit name ("400 Russian troops"), when they name exactly one; with two
// sides ("1,269 Libyan soldiers", "29 Chadian soldiers") it stays without.
// Claims without a subject look only at their own article's. A claim
// without a side may still join a sided quantity of another subject (see
// mergeSubjects), and takes its side.
func adoptSides(claims []*claim) {
	type smu struct {
		subj, measure, unit, period string
		ri                          int // for claims without a subject: their article's
	}
	key := func(c *claim) smu {
		k := smu{c.subjKey, c.measure, c.unit, c.period, -1}
		if c.subjKey == "" {
			k.ri = c.ri
		}
		return k
	}
	sides := map[smu]map[string]bool{}
	for _, c := range claims {
		if c.side == "" {
			continue
		}
		k := key(c)
		if sides[k] == nil {
			sides[k] = map[string]bool{}
		}
		sides[k][c.side] = true
	}
	for _, c := range claims {
		if c.side != "" {
			continue
		}
		if s := sides[key(c)]; len(s) == 1 {
			for side := range s {
				c.side = side
			}
		}
	}
}

// mergeSubjects joins quantities that are one quantity told under two
// subjects: articles name one event by the town, the nearby city, the
// region or the country, or the figures stage picked another place of the
// article. A group G (subject X) joins a group H (subject Y) of the same
// measure, unit class, side (a claim without one may join any) and period when
//
//   - Y is a specific place (a place entity, not a country, capital or
//     seat of government), and X is not (or is none: claims without a
//     subject are offered article by article); or X is too and H is larger;
//   - every article of G names Y, H has claims from articles outside G,
//     and a claim of G gives the value of a claim of H from another
//     article, neither of them vague (their ranges overlap, see overlap):
//     the same toll, so the same event;
//     or, for claims without a subject, two sources of G each give the
//     value they give in H in another article (see sameVoices), which
//     ties them to that event even when the article does not name it.
//
// A war-wide total and one strike's toll do not agree, so they stay
// apart; two strikes in one article keep their own places when their
// figures differ. Groups are taken from the smallest (fewest articles) up;
// G joins the largest H that qualifies. Only G's claims that agree with a
// claim of H from another article move (see joins); the rest stay under X,
// as they may be about another event the article tells of. The merged
// group keeps Y's key.
func mergeSubjects(groups []*group, pl places) []*group {
	docs := func(g *group) map[int]bool {
		m := map[int]bool{}
		for _, c := range g.claims {
			m[c.ri] = true
		}
		return m
	}
	size := func(g *group) (int, int) { return len(docs(g)), len(g.claims) }
	bySize := func(a, b *group) int {
		da, ca := size(a)
		db, cb := size(b)
		return cmp.Or(cmp.Compare(da, db), cmp.Compare(ca, cb), cmp.Compare(a.key, b.key), cmp.Compare(a.claims[0].ri, b.claims[0].ri))
	}
	slices.SortFunc(groups, bySize)
	gone := map[*group]bool{}
	for _, g := range groups {
		c0 := g.claims[0]
		gd := docs(g)
		var best *group
		for _, h := range groups {
			if h == g || gone[h] {
				continue
			}
			h0 := h.claims[0]
			if h0.subjKey == c0.subjKey || !pl.specific[h0.subjKey] ||
				h0.measure != c0.measure || h0.unit != c0.unit || c0.side != "" && h0.side != c0.side || h0.period != c0.period ||
				h0.occasion != c0.occasion {
				continue
			}
			if pl.specific[c0.subjKey] && bySize(h, g) < 0 {
				continue
			}
			if !(namesAll(gd, h0.subjKey, pl) && sameToll(g, h)) && !(c0.subjKey == "" && sameVoices(g, h)) {
				continue
			}
			if best == nil || bySize(h, best) > 0 {
				best = h
			}
		}
		if best == nil {
			continue
		}
		// Only the claims that give one of H's values move: the others may
		// be about another event the article tells of ("in February, a
		// quake killed 612").
		b0 := best.claims[0]
		hs := slices.Clone(best.claims)
		var stay []*claim
		for _, c := range g.claims {
			if !joins(c, hs) {
				stay = append(stay, c)
				continue
			}
			c.subjKey, c.subject, c.side = b0.subjKey, b0.subject, b0.side
			best.claims = append(best.claims, c)
		}
		g.claims = stay
		gone[g] = len(stay) == 0
	}
	return slices.DeleteFunc(groups, func(g *group) bool { return gone[g] })
}

// namesAll reports whether every result in rs names the place key.
func namesAll(rs map[int]bool, key string, pl places) bool {
	for ri := range rs {
		if ri >= len(pl.named) || !pl.named[ri][key] {
			return false
		}
	}
	return true
}

// joins reports whether claim c gives a value of group h (its claims
// hs): its range overlaps that of a claim of h from another article (see overlap: two lower bounds
// are compatible but are not the same toll), neither of them vague. A
// claim whose own article has its source give h's place another value
// does not join: the article tells the two places apart ("officials said
// 81 died in Teri Mangal, 23 in Angur Adar").
func joins(c *claim, hs []*claim) bool {
	if !c.bounded || c.fig.Qualifier == doc.Vague {
		return false
	}
	for _, y := range hs {
		if y.ri == c.ri && y.src.key == c.src.key && !agree(c, y) {
			return false
		}
	}
	for _, y := range hs {
		if y.ri != c.ri && y.bounded && y.fig.Qualifier != doc.Vague && overlap(c, y) {
			return true
		}
	}
	return false
}

// sameVoices reports whether at least two different attributed sources
// of g each agree with their own claim of h in another article (neither
// claim vague).
func sameVoices(g, h *group) bool {
	voices := map[string]bool{}
	for _, x := range g.claims {
		if !x.src.attributed || !x.bounded || x.fig.Qualifier == doc.Vague {
			continue
		}
		for _, y := range h.claims {
			if y.src.key == x.src.key && y.ri != x.ri && y.bounded && y.fig.Qualifier != doc.Vague && overlap(x, y) {
				voices[x.src.key] = true
			}
		}
	}
	return len(voices) >= 2
}

// sameToll reports whether a claim of g agrees with a claim of h from
// another article, neither vague, and h has claims from articles g has
// none from.
func sameToll(g, h *group) bool {
	gd := map[int]bool{}
	for _, c := range g.claims {
		gd[c.ri] = true
	}
	outside := false
	for _, y := range h.claims {
		if !gd[y.ri] {
			outside = true
		}
	}
	if !outside {
		return false
	}
	for _, x := range g.claims {
		for _, y := range h.claims {
			if x.ri != y.ri && x.bounded && y.bounded && x.fig.Qualifier != doc.Vague && y.fig.Qualifier != doc.Vague && overlap(x, y) {
				return true
			}
		}
	}
	return false
}

func quantityOf(g *group) doc.Quantity {
	c0 := g.claims[0]
	q := doc.Quantity{
		ID:         doc.HashID("quantity", g.key),
		Background: c0.fig.Background,
		Measure:    c0.measure,
		Unit:       c0.unit,
		Side:       c0.side,
		Period:     cmp.Or(c0.period, g.span),
		Claims:     len(g.claims),
	}
	names := map[string]int{}
	srcs := map[string]bool{}
	// Vague words ("hundreds") claim no value: they count towards Low and
	// High only when nothing else does.
	precise := false
	for _, c := range g.claims {
		if _, ok := point(c.fig); ok && c.fig.Qualifier != doc.Vague {
			precise = true
		}
	}
	var lo, hi float64
	has := false
	for _, c := range g.claims {
		names[c.subject]++
		srcs[c.src.key] = true
		q.FigureIDs = append(q.FigureIDs, c.fig.ID)
		if precise && c.fig.Qualifier == doc.Vague {
			continue
		}
		l, lok := lowOf(c.fig)
		h, hok := highOf(c.fig)
		if !lok || !hok {
			continue
		}
		if !has || l < lo {
			lo = l
		}
		if !has || h > hi {
			hi = h
		}
		has = true
	}
	if has {
		q.Low, q.High = &lo, &hi
	}
	q.Sources = len(srcs)
	sort.Strings(q.FigureIDs)
	q.FigureIDs = slices.Compact(q.FigureIDs)
	best := ""
	for _, n := range slices.Sorted(maps.Keys(names)) {
		if names[n] > names[best] {
			best = n
		}
	}
	q.Subject = best
	return q
}

// lowOf and highOf are the lowest and highest values a figure claims: the
// bounds of a range or vague figure, else its value, else its bounds.
func lowOf(f *doc.Figure) (float64, bool) {
	if f.Low != nil && (f.Value == nil || f.Qualifier == doc.Range || f.Qualifier == doc.Vague) {
		return *f.Low, true
	}
	return point(f)
}

func highOf(f *doc.Figure) (float64, bool) {
	if f.High != nil && (f.Value == nil || f.Qualifier == doc.Range || f.Qualifier == doc.Vague) {
		return *f.High, true
	}
	return point(f)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
