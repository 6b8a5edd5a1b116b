package reconcile

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
	lex "factpipe/lexicon"
)

// Limits of place_conflict and name_variant (see their rules below).
const (
	// PlaceConflictMin is the smallest value that can tie two claims to
	// one event: the same claimant giving the same small number about two
	// places is likely to be two events.
	PlaceConflictMin = 20
	// PlaceConflictWindow is how close in time the two claims must be.
	PlaceConflictWindow = 7 * 24 * time.Hour
	// NameVariantSimilarity is the least similarity (1 - edit distance /
	// length, on transliteration keys) of two surnames read as variants.
	NameVariantSimilarity = 0.7
)

// valueCluster is one value a source gave for a quantity: its claims that
// agree with each other.
type valueCluster struct {
	rep    *claim // the most precise claim, the earliest among equals
	first  *claim // the earliest claim with a date, else the earliest claim
	claims []*claim
}

// clustersOf splits one source's claims (in claimOrder) into values, in
// order of first appearance.
func clustersOf(claims []*claim) []*valueCluster {
	var out []*valueCluster
	for _, c := range claims {
		var home *valueCluster
		for _, v := range out {
			if agree(v.rep, c) {
				home = v
				break
			}
		}
		if home == nil {
			out = append(out, &valueCluster{rep: c, first: c, claims: []*claim{c}})
			continue
		}
		home.claims = append(home.claims, c)
		if home.first.when.IsZero() && !c.when.IsZero() || c.when.Equal(home.first.when) && laterClock(c.at, home.first.at) {
			home.first = c
		}
		if specificity(c.fig.Qualifier) < specificity(home.rep.fig.Qualifier) {
			home.rep = c
		}
	}
	return out
}

// contradictions finds the disagreements within and across quantities.
//
//   - numeric_dispute: two different sources whose latest values for one
//     quantity cannot both be true (see agree). Sources whose latest values
//     agree are one camp; camps are compared with their neighbours in value
//     and the lowest with the highest, one row per disagreeing pair, on the
//     leaders' latest values (see disputes). A value that repeats one the
//     other source has since revised is not a dispute with it (it relays
//     the old figure; the revision row shows it). An article's unattributed
//     figure is its outlet's claim: it takes part in disputes of quantities
//     with a subject (mostly by joining a camp: "Kyiv (also WSWS)") but
//     makes no revision, date or place conflict. A quantity without a
//     subject holds one article's figures (two articles' figures without
//     a subject may be about two events). Claims of two articles
//     are compared only when both are dated and within PastWindow of each
//     other (see sameTime): an undated claim, or one made months apart,
//     may be about an earlier event of the same place and kind.
//   - revision: one attributed source gave different values for one
//     quantity over time. Its values are ordered by when each was first
//     claimed (the claim's own date, else the article's); one row per
//     change, from the earlier value to the later, when the later was first
//     claimed on a later day, at most PastWindow later, or on the same day
//     by a later article (both date lines give the time of day), or one
//     article gives both (see revised).
//   - date_conflict: the same claim (one source, one quantity, agreeing
//     values) dated differently by two documents: both give explicit,
//     different days, or one dates it after the other had already
//     published it. A claim date equal to the article's own date, or none,
//     only says "on or before the publication day". A person's age is
//     claimed of no event and makes none. Events of people given two days
//     are date_conflicts too (see eventConflicts).
//   - place_conflict: the same attributed source's same value (at least
//     PlaceConflictMin, exact or bounded on one side), for the same measure
//     and unit, placed at two different place entities by two documents
//     within PlaceConflictWindow, when neither article names the other's
//     place (an article naming both knows of both: one place is likely
//     within the other). One row per pair of places.
func contradictions(groups []*group, events map[string][]*eventClaim, ix *entityIndex, pl places, rs *rowSet) {
	add := rs.add

	// A quantity without a subject holds one article's figures (see
	// buildQuantities): figures of two articles may speak of two events.
	for _, g := range groups {
		// A year or a month as subject ("in 1989") groups every event of
		// that time, and "war" with no side every war: no row compares
		// them.
		if g.q.Measure == "" || g.q.Unit == "" || timeLabel(g.q.Subject) || g.q.Subject == "war" && g.q.Side == "" {
			continue
		}
		// Without a subject the grouping is weak: only attributed claims
		// are compared there, and only within one article.
		bySrc := map[string][]*claim{}
		for _, c := range g.claims {
			if c.bounded && (c.src.attributed || c.subjKey != "") {
				bySrc[c.src.key] = append(bySrc[c.src.key], c)
			}
		}
		keys := slices.Sorted(maps.Keys(bySrc))
		latest := map[string]*valueCluster{}
		earlier := map[string][]*valueCluster{}
		for _, k := range keys {
			vs := clustersOf(bySrc[k])
			slices.SortStableFunc(vs, valueOrder)
			latest[k] = vs[len(vs)-1]
			earlier[k] = vs[:len(vs)-1]
			for i := 1; i < len(vs); i++ {
				a, b := vs[i-1], vs[i]
				if !a.rep.src.attributed {
					continue
				}
				if !revised(a, b) {
					if x, y, ok := quotedApart(a, b); ok && standing(g.q.Measure) {
						ids := []string{x.fig.ID, y.fig.ID}
						sort.Strings(ids)
						la, lb := asReported(x.src.label, x.info), asReported(y.src.label, y.info)
						add(doc.Contradiction{
							Kind: doc.NumericDispute, Subject: g.q.Subject,
							FigureA: x.fig.ID, FigureB: y.fig.ID,
							ClaimA: claimText(x, g), ClaimB: claimText(y, g),
							SourceA: la, SourceB: lb,
							DocA: x.info.ID, DocB: y.info.ID,
							Explanation: fmt.Sprintf("%s said %s (%s); %s said %s (%s).",
								la, phrase(x, g, true), day(x), lb, phrase(y, g, false), day(y)),
						}, ids...)
					}
					continue
				}
				add(doc.Contradiction{
					Kind: doc.Revision, Subject: g.q.Subject,
					FigureA: a.rep.fig.ID, FigureB: b.rep.fig.ID,
					ClaimA: claimText(a.rep, g), ClaimB: claimText(b.rep, g),
					SourceA: a.rep.src.label, SourceB: b.rep.src.label,
					DocA: a.rep.info.ID, DocB: b.rep.info.ID,
					DayA: a.first.when, DayB: b.first.when, // when the source first gave each value
					Explanation: fmt.Sprintf("%s first said %s (%s), later %s (%s).",
						a.rep.src.label, phrase(a.rep, g, true), moment(a.first, b.first), phrase(b.rep, g, false), moment(b.first, a.first)),
				}, a.rep.fig.ID, b.rep.fig.ID)
			}
			for _, v := range vs {
				// A person's age and a place's population are said of no
				// event: the dates around them are not the claim's.
				if v.rep.src.attributed && g.q.Measure != "age" && g.q.Measure != "population" {
					dateConflict(v, g, add)
				}
			}
		}
		for _, d := range disputes(keys, bySrc, latest, earlier, ix) {
			a, b := d.a, d.b
			ids := []string{a.fig.ID, b.fig.ID}
			sort.Strings(ids)
			add(doc.Contradiction{
				Kind: doc.NumericDispute, Subject: g.q.Subject,
				FigureA: a.fig.ID, FigureB: b.fig.ID,
				ClaimA: claimText(a, g), ClaimB: claimText(b, g),
				SourceA: d.labelA, SourceB: d.labelB,
				DocA: a.info.ID, DocB: b.info.ID,
				Explanation: fmt.Sprintf("%s said %s (%s); %s said %s (%s).",
					d.labelA, phrase(a, g, true), day(a), d.labelB, phrase(b, g, false), day(b)),
			}, ids...)
		}
	}
	eventConflicts(events, add)
	placeConflicts(groups, pl, add)
	incidentPlaces(events, ix, add)
}

// rowSet collects contradiction rows: each gets its ID, derived from its
// kind and the parts given, and a row whose ID is already in is left out.
type rowSet struct {
	rows []doc.Contradiction
	seen map[string]bool
}

func (rs *rowSet) add(c doc.Contradiction, parts ...string) {
	c.Explanation = capitalize(c.Explanation)
	c.ID = doc.HashID(append([]string{"contradiction", string(c.Kind)}, parts...)...)
	if rs.seen == nil {
		rs.seen = map[string]bool{}
	}
	if rs.seen[c.ID] {
		return
	}
	rs.seen[c.ID] = true
	rs.rows = append(rs.rows, c)
}

// sorted returns the rows by kind, subject, sources and ID.
func (rs *rowSet) sorted() []doc.Contradiction {
	rank := map[doc.ContradictionKind]int{doc.NumericDispute: 0, doc.Revision: 1, doc.DateConflict: 2,
		doc.PlaceConflict: 3, doc.NameVariant: 4}
	slices.SortFunc(rs.rows, func(a, b doc.Contradiction) int {
		return cmp.Or(cmp.Compare(rank[a.Kind], rank[b.Kind]), cmp.Compare(a.Subject, b.Subject),
			cmp.Compare(a.SourceA, b.SourceA), cmp.Compare(a.SourceB, b.SourceB), cmp.Compare(a.ID, b.ID))
	})
	return rs.rows
}

// dispute is one numeric_dispute row: the leading claims of two camps.
type dispute struct {
	a, b           *claim
	labelA, labelB string
}

// disputes finds the numeric disputes of one quantity. Sources whose latest
// values agree form a camp, led by an attributed source when there is one,
// then by the source whose value most other sources repeat, then by the
// source with the most claims, then by key. Exact and approximate values
// form the camps; loose ones (see loose) join afterwards; a source joins a
// camp only when its value agrees with every member's. Camps are ordered by
// value and compared with their neighbours and the lowest with the highest,
// so k camps give at most k rows. A row is made for each such pair whose
// leaders disagree, naming the leader and, in parentheses, the other members
// that give the leader's value and disagree with the other camp's leader:
// "Moscow's defence ministry (also Sergei Serdyukov)". A pair where one leader's value repeats a value that
// any attributed source has since revised is left out (see superseded), and
// so is a pair from one article when one side is the article's own figure:
// an article does not dispute the source it quotes.
func disputes(keys []string, bySrc map[string][]*claim, latest map[string]*valueCluster, earlier map[string][]*valueCluster,
	ix *entityIndex) []dispute {
	order := slices.Clone(keys)
	attributed := func(k string) bool { return latest[k].rep.src.attributed }
	// support[k]: how many other sources give the same value as k (their
	// ranges overlap, bounds not stretched): the value a camp is led by is
	// the one most repeated, not an outlier that happens to agree.
	support := map[string]int{}
	for _, k := range keys {
		for _, k2 := range keys {
			if k2 != k && overlap(latest[k].rep, latest[k2].rep) {
				support[k]++
			}
		}
	}
	slices.SortStableFunc(order, func(a, b string) int {
		if attributed(a) != attributed(b) {
			if attributed(a) {
				return -1
			}
			return 1
		}
		return cmp.Or(-cmp.Compare(support[a], support[b]), -cmp.Compare(len(bySrc[a]), len(bySrc[b])), cmp.Compare(a, b))
	})
	type camp struct {
		leader  string
		members []string
	}
	// Camps are built from exact and approximate values first, then the
	// loose ones (bounded on one side, ranges, vague words) join: a claim
	// joins a camp only when it agrees with every member, so neither a
	// loose claim ("dozens" agrees with 50 and with 80) nor a chain of
	// values can put two disagreeing values in one camp.
	var camps []*camp
	agreesAll := func(c *camp, k string) bool {
		if !agree(latest[c.leader].rep, latest[k].rep) {
			return false
		}
		for _, m := range c.members {
			if !agree(latest[m].rep, latest[k].rep) {
				return false
			}
		}
		return true
	}
	for _, pass := range []bool{false, true} {
		for _, k := range order {
			if loose(latest[k].rep) != pass {
				continue
			}
			var home *camp
			for _, c := range camps {
				if agreesAll(c, k) {
					home = c
					break
				}
			}
			if home == nil {
				camps = append(camps, &camp{leader: k})
				continue
			}
			home.members = append(home.members, k)
		}
	}
	rankOf := map[string]int{}
	for i, k := range order {
		rankOf[k] = i
	}
	for _, c := range camps {
		slices.SortFunc(c.members, func(a, b string) int { return cmp.Compare(rankOf[a], rankOf[b]) })
	}
	label := func(c *camp, against *claim) string {
		l := latest[c.leader].rep.src.label
		var also []string
		for _, m := range c.members {
			rep := latest[m].rep
			name := strings.TrimSuffix(rep.src.label, unattributedTag) // an outlet alone is its own claim
			if overlap(rep, latest[c.leader].rep) && !agree(rep, against) &&
				rep.src.label != l && !slices.Contains(also, name) {
				also = append(also, name)
			}
		}
		switch {
		case len(also) == 0:
		case strings.HasSuffix(l, unattributedTag):
			l = strings.TrimSuffix(l, ")") + "; also " + strings.Join(also, ", ") + ")"
		default:
			l += " (also " + strings.Join(also, ", ") + ")"
		}
		return l
	}
	// Camps in order of value; rows for neighbours and for the extremes,
	// so k camps give at most k rows, not k(k-1)/2.
	mid := func(c *camp) float64 { r := latest[c.leader].rep; return (r.lo + r.hi) / 2 }
	slices.SortStableFunc(camps, func(a, b *camp) int {
		return cmp.Or(cmp.Compare(mid(a), mid(b)), cmp.Compare(a.leader, b.leader))
	})
	var pairs [][2]*camp
	for i := 1; i < len(camps); i++ {
		pairs = append(pairs, [2]*camp{camps[i-1], camps[i]})
	}
	if len(camps) > 2 {
		pairs = append(pairs, [2]*camp{camps[0], camps[len(camps)-1]})
	}
	// Values some attributed source has since revised: a claim repeating
	// one relays an old figure (the revision row shows it), whoever
	// repeats it.
	var stale []*valueCluster
	for _, k := range keys {
		if latest[k].rep.src.attributed {
			stale = append(stale, earlier[k]...)
		}
	}
	var out []dispute
	for _, p := range pairs {
		x, y := p[0], p[1]
		a, b := latest[x.leader].rep, latest[y.leader].rep
		if agree(a, b) || superseded(a, stale) || superseded(b, stale) || !sameTime(a, b, ix) || rising(a, b) {
			continue
		}
		// An article does not dispute the source it quotes: its own
		// different figure is about something else (a part, a subset).
		if a.info.ID == b.info.ID && (!a.src.attributed || !b.src.attributed) {
			continue
		}
		// Nor does a source dispute a value it gives itself in the same
		// article: its other figure is about something else (an earlier
		// quake, a part of the toll).
		if gives(bySrc[x.leader], a.ri, b) || gives(bySrc[y.leader], b.ri, a) {
			continue
		}
		cx, cy := x, y
		if claimOrder(b, a) < 0 {
			a, b, cx, cy = b, a, y, x
		}
		out = append(out, dispute{a: a, b: b, labelA: label(cx, b), labelB: label(cy, a)})
	}
	return out
}

// timeLabel reports whether a subject names a time rather than an
// event or a place: a year ("1989"), a span of years ("1943-44"), a
// decade ("1990s") or a month ("September").
func timeLabel(s string) bool {
	y, rest := s, ""
	if i := strings.IndexAny(s, "-–s"); i >= 0 {
		y, rest = s[:i], s[i:]
	}
	if len(y) == 4 && strings.Trim(y, "0123456789") == "" {
		if rest == "" || rest == "s" {
			return true
		}
		span := strings.TrimLeft(rest, "-–")
		return span != rest && span != "" && strings.Trim(span, "0123456789") == ""
	}
	return lex.MonthName(strings.ToLower(s)) != 0
}

// loose reports whether a claim gives a value only loosely: bounded on one
// side ("at least 50", "as many as 80"), a range, or a vague word
// ("dozens"). Such a claim agrees with many values and must not tie them
// together.
func loose(c *claim) bool {
	q := c.fig.Qualifier
	return q != doc.Exact && q != "" && q != doc.Approx
}

// sameTime reports whether two claims can be tied to one event in time:
// both come from one article, or both are dated (their own date, else
// their article's) and lie within PastWindow of each other, or neither is
// dated and both are about one place smaller than a country (one town's
// arrests in two undated reports) or one person (an age), in two
// articles that name someone or something else in common, or whose two
// sentences do (see nameInCommon). A claim with no
// date, against a dated one, may speak of an earlier event of the same
// place and kind (last year's quake on the same island, a toll recalled
// from "September" in an undated article), and so may a claim dated months
// apart from the other: such a pair is left out of disputes and revisions,
// and the quantity's Low and High still show the spread.
func sameTime(a, b *claim, ix *entityIndex) bool {
	if a.ri == b.ri {
		return true
	}
	// Two undated claims about one town or city: nothing dates either
	// apart from the other, and the place ties them to one event when the
	// two articles tell one story (see related).
	if a.when.IsZero() && b.when.IsZero() {
		return a.specific && a.subjKey == b.subjKey &&
			(ix.related(a.ri, b.ri, a.subjKey) || nameInCommon(a.fig.SentenceText, b.fig.SentenceText, a.subject))
	}
	if a.when.IsZero() || b.when.IsZero() {
		return false
	}
	d := a.when.Sub(b.when)
	return d <= PastWindow && d >= -PastWindow
}

// nameInCommon reports whether two sentences share a capitalised word
// that is not their first nor a word of subject: a name or a day ("... 99
// alleged Sicilian Mafia members seized on Tuesday", "... other Mafia
// bosses helped lead to the police sweep on Tuesday").
func nameInCommon(a, b, subject string) bool {
	skip := map[string]bool{}
	for _, w := range words(subject) {
		skip[w] = true
	}
	caps := func(s string) map[string]bool {
		m := map[string]bool{}
		for i, w := range words(s) {
			if r, _ := utf8.DecodeRuneInString(w); i > 0 && unicode.IsUpper(r) && len(w) >= 3 && !skip[w] {
				m[w] = true
			}
		}
		return m
	}
	ca := caps(a)
	for w := range caps(b) {
		if ca[w] {
			return true
		}
	}
	return false
}

// gives reports whether one of claims, from result ri, agrees with c.
func gives(claims []*claim, ri int, c *claim) bool {
	for _, x := range claims {
		if x.ri == ri && agree(x, c) {
			return true
		}
	}
	return false
}

// revised tells whether value b of a source followed value a in time:
//
//   - b was first claimed on a later day than a, at most PastWindow later,
//     in another article (both dated);
//   - one day, two articles whose date lines give the time of day, b's
//     later (see laterClock);
//   - one article gives both and says that one replaced the other: a word
//     of change in the words leading up to the later figure ("before
//     revising the number to 89"; see tellsChange and lead), or a word that
//     puts the earlier one first ("initially 63").
//
// Without such a word two values of one article are parts and wholes
// ("seven bullets, including three from the rear"), not a revision, and
// the dates one article gives its values may be the events', so they do
// not order them. Two values from different articles of one day without
// times are not ordered; two claimed more than PastWindow apart may be
// about two events of one place and kind (see sameTime).
func revised(a, b *valueCluster) bool {
	// Days order values of two articles; one article's are ordered by its
	// words (a date it gives one of them may be the event's, not the claim's).
	if a.first.ri != b.first.ri && !a.first.when.IsZero() && !b.first.when.IsZero() &&
		b.first.when.Sub(a.first.when) >= 24*time.Hour && b.first.when.Sub(a.first.when) <= PastWindow {
		return true
	}
	// One day, two articles whose date lines give the time: the later one
	// carries the update ("police said 12 injured" at 1:41 PM, "18" at
	// 7:12 PM).
	if a.first.when.Equal(b.first.when) && a.first.info.ID != b.first.info.ID && laterClock(a.first.at, b.first.at) {
		return true
	}
	for _, x := range a.claims {
		for _, y := range b.claims {
			if x.ri == y.ri && (tellsChange(lead(y.fig)) || tellsFirst(lead(x.fig))) {
				return true
			}
		}
	}
	return false
}

// standing reports whether a measure counts what stays the same through a
// day (a crowd's size, the troops in a building, a person's age, a quake's
// magnitude, a town's population), so that
// two values of one source on one day are not the count moving (the dead
// and the missing, as they are found) but two readings of one figure.
func standing(measure string) bool { return lex.MeasureOf(measure).Standing }

// quotedApart reports whether two values of one source are that source
// quoted two ways by two outlets on one day, with nothing to order them
// (see revised): "as many as 20,000", police said, in one report, "roughly
// 30,000" in another of the same day. The reports disagree, whichever the
// source said last. It returns a claim of each, from articles of two
// outlets that each give only one of the values. (For a count that moves
// through a day, the dead or the missing, two values of one day are more
// likely the count moving: the caller makes a row only for standing
// measures.)
func quotedApart(a, b *valueCluster) (x, y *claim, ok bool) {
	for _, c := range a.claims {
		for _, d := range b.claims {
			if c.ri == d.ri || outlet(c.info) == outlet(d.info) || c.when.IsZero() || !c.when.Equal(d.when) ||
				gives(b.claims, c.ri, d) || gives(a.claims, d.ri, c) {
				continue
			}
			return c, d, true
		}
	}
	return nil, nil, false
}

// tellsFirst reports whether words say that a figure came first
// ("initially", "originally", "earlier").
func tellsFirst(s string) bool {
	for _, w := range words(s) {
		switch fold(w) {
		case "initially", "originally", "initial", "earlier", "previously", "previous", "first":
			return true
		}
	}
	return false
}

// lead returns the words of a figure's sentence that lead up to it: from
// the previous number of the sentence (or its start) to the figure. A word
// of change there is about this figure ("It later raised the toll to 89";
// "the toll rose to 81, 45 died in ..." says nothing of the 45). "" when
// the sentence text is not kept.
func lead(f *doc.Figure) string {
	s := f.SentenceText
	i := strings.Index(s, f.Text)
	if i < 0 {
		return ""
	}
	if start := f.Start - i; start >= 0 && f.Start-start <= len(s) {
		i = f.Start - start // the figure's own occurrence, when its offsets fit
	}
	before := s[:i]
	if k := strings.LastIndexFunc(before, unicode.IsDigit); k >= 0 {
		before = before[k+1:]
	}
	return before
}

// tellsChange reports whether a sentence holds a word by which an article
// tells that a figure replaced an earlier one (initially, revised, raised,
// later, now, ...).
func tellsChange(sentence string) bool {
	for _, w := range words(sentence) {
		switch fold(w) {
		case "initially", "originally", "initial", "earlier", "previously", "previous",
			"revise", "revised", "revising", "revision", "raised", "lowered", "updated", "update",
			"corrected", "rose", "risen", "climbed", "increased", "decreased", "later", "first", "now":
			return true
		}
	}
	return false
}

// valueOrder orders two values of one source in time: by the days they
// were first claimed when both are dated and the days differ; else, when
// one article gives both, by their order in its text ("initially 63,
// before revising the number to 89"), unless the words leading up to the
// later one say it came first ("4.2, ..., which originally had rated the
// quake as 4.4"); else by claimOrder.
func valueOrder(a, b *valueCluster) int {
	if !a.first.when.IsZero() && !b.first.when.IsZero() {
		if d := b.first.when.Sub(a.first.when); d >= 24*time.Hour || d <= -24*time.Hour {
			return a.first.when.Compare(b.first.when)
		}
		switch {
		case laterClock(a.first.at, b.first.at):
			return -1
		case laterClock(b.first.at, a.first.at):
			return 1
		}
	}
	for _, x := range a.claims {
		for _, y := range b.claims {
			if x.ri != y.ri {
				continue
			}
			// "..., according to the Geological Survey, which originally
			// had rated the quake as 4.4": the later words tell the
			// earlier value.
			fx, fy := tellsFirst(lead(x.fig)), tellsFirst(lead(y.fig))
			switch {
			case fy && !fx && y.fig.Start > x.fig.Start:
				return 1
			case fx && !fy && x.fig.Start > y.fig.Start:
				return -1
			}
			return cmp.Compare(x.fig.Start, y.fig.Start)
		}
	}
	return claimOrder(a.first, b.first)
}

// capitalize upper-cases the first letter of a sentence, unless its first
// word is a domain name or holds digits ("foxnews.com", "3M").
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	first, _, _ := strings.Cut(s, " ")
	if n == 0 || unicode.IsUpper(r) || strings.ContainsAny(first, ".0123456789") {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// cumulative reports whether the counts of a measure only grow as an
// event unfolds: bodies are found, the wounded are counted, arrests go on.
func cumulative(measure string) bool { return lex.MeasureOf(measure).Cumulative }

// rising reports whether two claims of different sources are a count that
// grew over time rather than a dispute: a cumulative measure, the lower
// value claimed on an earlier day than the higher ("one person arrested"
// on the 12th, "46 arrested" by police on the 13th). A lower value claimed
// later is still a dispute: Moscow's 89 on the 4th against Kyiv's 400 on
// the 1st.
func rising(a, b *claim) bool {
	if !cumulative(a.measure) || a.when.IsZero() || b.when.IsZero() {
		return false
	}
	if b.when.Before(a.when) {
		a, b = b, a
	}
	return b.when.Sub(a.when) >= 24*time.Hour && a.hi < b.lo
}

// superseded reports whether claim c repeats one of another source's
// earlier, since revised values: c relays an old figure of that source
// rather than disputing it, and the revision row already shows it.
func superseded(c *claim, earlier []*valueCluster) bool {
	for _, v := range earlier {
		if agree(c, v.rep) {
			return true
		}
	}
	return false
}

// dateConflict adds a date_conflict row for one value of one source when
// two documents date it incompatibly.
func dateConflict(v *valueCluster, g *group, add func(doc.Contradiction, ...string)) {
	var explicit, bound []*claim
	for _, c := range v.claims {
		if c.when.IsZero() {
			continue
		}
		if c.dated {
			explicit = append(explicit, c)
		} else {
			bound = append(bound, c)
		}
	}
	if len(explicit) == 0 {
		return
	}
	var a, b *claim
	// Two explicit dates of different days, from different documents.
	for _, x := range explicit {
		for _, y := range explicit {
			if x.info.ID != y.info.ID && y.when.Sub(x.when) >= 24*time.Hour && (a == nil || y.when.Sub(x.when) > b.when.Sub(a.when)) {
				a, b = x, y
			}
		}
	}
	// An explicit date after another document had already published the claim.
	if a == nil {
		for _, y := range explicit {
			for _, x := range bound {
				if x.info.ID != y.info.ID && y.when.Sub(x.when) >= 24*time.Hour && (a == nil || y.when.Sub(x.when) > b.when.Sub(a.when)) {
					a, b = x, y
				}
			}
		}
	}
	if a == nil {
		return
	}
	how := "dates it"
	if !a.dated {
		how = "published it on"
	}
	add(doc.Contradiction{
		Kind: doc.DateConflict, Subject: g.q.Subject,
		FigureA: a.fig.ID, FigureB: b.fig.ID,
		ClaimA: claimText(a, g), ClaimB: claimText(b, g),
		SourceA: a.src.label, SourceB: b.src.label,
		DocA: a.info.ID, DocB: b.info.ID,
		Explanation: fmt.Sprintf("%s's claim of %s: %s %s %s; %s dates it %s.",
			a.src.label, phrase(a, g, true), outlet(a.info), how, day(a), outlet(b.info), day(b)),
	}, a.fig.ID, b.fig.ID)
}

// placeConflicts adds place_conflict rows: see contradictions.
func placeConflicts(groups []*group, pl places, add func(doc.Contradiction, ...string)) {
	type bucket struct{ src, measure, unit, period string }
	byBucket := map[bucket][]*claim{}
	for _, g := range groups {
		if g.q.Measure == "" || g.q.Unit == "" {
			continue
		}
		for _, c := range g.claims {
			if !c.src.attributed || !c.bounded || !pl.all[c.subjKey] || specificity(c.fig.Qualifier) > 1 || c.lo < PlaceConflictMin {
				continue
			}
			k := bucket{c.src.key, c.measure, c.unit, c.period}
			byBucket[k] = append(byBucket[k], c)
		}
	}
	// One row per pair of places: the earliest pair of claims that ties
	// them, from any source; further sources are counted.
	type cand struct {
		a, b *claim
		srcs map[string]bool
	}
	best := map[[2]string]*cand{}
	for _, cs := range byBucket {
		slices.SortFunc(cs, claimOrder)
		for i, a := range cs {
			for _, b := range cs[i+1:] {
				if a.subjKey == b.subjKey || a.info.ID == b.info.ID || !agree(a, b) {
					continue
				}
				// An article that names both places knows of both: one is
				// likely within the other, or the figure's place is unsure.
				if pl.named[a.ri][b.subjKey] || pl.named[b.ri][a.subjKey] {
					continue
				}
				// "Gulf of Aden" and "Aden", "Qeshm island" and "Qeshm":
				// one name holds the other; the place is one, or one is
				// within the other.
				if containsName(a.subject, b.subject) || containsName(b.subject, a.subject) {
					continue
				}
				if d := b.when.Sub(a.when); !a.when.IsZero() && !b.when.IsZero() && (d > PlaceConflictWindow || d < -PlaceConflictWindow) {
					continue
				}
				pair := [2]string{a.subjKey, b.subjKey}
				x, y := a, b // in claim order
				if pair[1] < pair[0] {
					pair[0], pair[1] = pair[1], pair[0]
				}
				c := best[pair]
				if c == nil {
					c = &cand{a: x, b: y, srcs: map[string]bool{}}
					best[pair] = c
				}
				c.srcs[x.src.key] = true
				if cmp.Or(claimOrder(x, c.a), claimOrder(y, c.b)) < 0 {
					c.a, c.b = x, y
				}
			}
		}
	}
	for pair, c := range best {
		a, b := c.a, c.b
		g := &group{q: doc.Quantity{Measure: a.measure, Unit: a.unit}}
		more := ""
		if n := len(c.srcs); n > 1 {
			more = fmt.Sprintf(" (the same split holds for %d sources)", n)
		}
		add(doc.Contradiction{
			Kind: doc.PlaceConflict, Subject: a.subject + " / " + b.subject,
			FigureA: a.fig.ID, FigureB: b.fig.ID,
			ClaimA: claimText(a, g), ClaimB: claimText(b, g),
			SourceA: a.src.label, SourceB: b.src.label,
			DocA: a.info.ID, DocB: b.info.ID,
			Explanation: fmt.Sprintf("%s's %s is placed in %s by %s and in %s by %s%s.",
				a.src.label, phrase(a, g, true), a.subject, outlet(a.info), b.subject, outlet(b.info), more),
		}, pair[0], pair[1])
	}
}

// containsName reports whether the words of name b appear, in order and
// together, among the words of name a (compared by transliteration key).
func containsName(a, b string) bool {
	kb := phraseKey(b)
	return kb != "" && strings.Contains(" "+phraseKey(a)+" ", " "+kb+" ")
}

// nameVariants adds name_variant rows: two person entities that may be one
// person spelled two ways. Both have a full name with the same given name
// (by the spelling rules) and a title in common (abbreviations expanded:
// "Lt General" = "Lieutenant General"), their surnames are not spellings of
// one name but have the same initial and a similarity of at least
// NameVariantSimilarity, they are never mentioned in the same document (one
// article naming both means two people), and their documents share a
// place: same role, same context. The row's subject is the shared place
// most mentioned in their articles, countries and capitals last.
func nameVariants(ix *entityIndex, add func(doc.Contradiction, ...string)) {
	results := ix.digests
	type person struct {
		e       int
		first   string
		last    string
		titles  map[string]string // normalised -> as written
		places  map[int]int       // place entity -> mentions in this person's documents
		firstRI int
	}
	placesOf := make([]map[int]int, len(results))
	for ri, r := range results {
		placesOf[ri] = map[int]int{}
		for ni, e := range ix.names[ri] {
			if ix.entities[e].Kind == doc.Place {
				placesOf[ri][e] += r.Names[ni].Count
			}
		}
	}
	var ps []person
	for e, ent := range ix.entities {
		if ent.Kind != doc.Person {
			continue
		}
		ws, _ := ix.lx.personWords(ent.Name)
		if len(ws) < 2 || len(ent.Titles) == 0 {
			continue
		}
		p := person{e: e, first: ix.lx.key(ws[0]), last: ix.lx.key(ws[len(ws)-1]),
			titles: map[string]string{}, places: map[int]int{}, firstRI: -1}
		for _, t := range ent.Titles {
			p.titles[normTitle(t)] = t
		}
		for ri := range ix.docsOf[e] {
			if p.firstRI < 0 || ri < p.firstRI {
				p.firstRI = ri
			}
			for pl, n := range placesOf[ri] {
				p.places[pl] += n
			}
		}
		if p.first == "" || p.last == "" || p.firstRI < 0 {
			continue
		}
		ps = append(ps, p)
	}
	for i, a := range ps {
		for _, b := range ps[i+1:] {
			if !sameGiven(a.first, b.first) || sameKey(a.last, b.last) || a.last[0] != b.last[0] ||
				similarity(a.last, b.last) < NameVariantSimilarity {
				continue
			}
			together := false
			for ri := range ix.docsOf[a.e] {
				if ix.docsOf[b.e][ri] {
					together = true
				}
			}
			if together {
				continue
			}
			title := ""
			for _, t := range slices.Sorted(maps.Keys(a.titles)) {
				if _, ok := b.titles[t]; ok && t != "" {
					title = t
					break
				}
			}
			if title == "" {
				continue
			}
			// The context: the shared place most mentioned in their articles.
			// Countries, capitals and seats of government come last: they are
			// the context of everything.
			place, score := "", 0
			for pl, n := range a.places {
				if b.places[pl] == 0 {
					continue
				}
				n += b.places[pl]
				if _, country := ix.lx.country[ix.lx.phrase(ix.entities[pl].Name)]; !country {
					n += 1 << 20
				}
				if name := ix.entities[pl].Name; n > score || n == score && name < place {
					place, score = name, n
				}
			}
			if place == "" {
				continue
			}
			ea, eb := ix.entities[a.e], ix.entities[b.e]
			ia, ib := &results[a.firstRI].Doc, &results[b.firstRI].Doc
			ca := a.titles[title] + " " + ea.Name
			cb := b.titles[title] + " " + eb.Name
			ids := []string{ea.ID, eb.ID}
			sort.Strings(ids)
			add(doc.Contradiction{
				Kind: doc.NameVariant, Subject: place,
				ClaimA: ca, ClaimB: cb,
				SourceA: outlet(ia), SourceB: outlet(ib),
				DocA: ia.ID, DocB: ib.ID,
				Explanation: fmt.Sprintf("%s names %s and %s names %s: same title and given name, similar surnames, never in one article, both about %s; possibly one person.",
					outlet(ia), ca, outlet(ib), cb, place),
			}, ids...)
		}
	}
}

// normTitle lowercases a title, strips diacritics and expands common
// abbreviations of ranks.
func normTitle(t string) string {
	var out []string
	for _, w := range words(t) {
		w = strings.TrimSuffix(fold(w), ".")
		switch w {
		case "lt", "lieut":
			w = "lieutenant"
		case "gen":
			w = "general"
		case "col":
			w = "colonel"
		case "maj":
			w = "major"
		case "capt", "cpt":
			w = "captain"
		case "sgt":
			w = "sergeant"
		case "adm":
			w = "admiral"
		case "cmdr":
			w = "commander"
		case "defence":
			w = "defense"
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// asReported labels a source by the outlet that quotes it, for rows that
// set one source against itself: "Police (as news.sky.com reports)".
func asReported(label string, info *doc.Info) string {
	return label + " (as " + outlet(info) + " reports)"
}

// outlet names a document's publisher, or its path when unknown.
func outlet(info *doc.Info) string {
	if info.Outlet != "" {
		return info.Outlet
	}
	return info.Path
}

// day formats the date of a claim, or "undated".
func day(c *claim) string {
	if c.when.IsZero() {
		return "undated"
	}
	return c.when.Format("2006-01-02")
}

// moment is day(c), with the time of day when other is of the same day
// and both times are known: "2010-05-05 13:41", "2010-05-05 19:12
// UTC+01:00" (a time whose date line named no zone has no suffix).
func moment(c, other *claim) string {
	if c.at.IsZero() || other.at.IsZero() || !c.when.Equal(other.when) {
		return day(c)
	}
	s := day(c) + " " + c.at.Format("15:04")
	if c.at.Location() != time.UTC {
		s += " UTC" + c.at.Format("-07:00")
	}
	return s
}

// claimText is a claim as a readable line: the normalised phrase and the
// words of the article.
func claimText(c *claim, g *group) string {
	p := phrase(c, g, true)
	if t := strings.Join(strings.Fields(c.fig.Text), " "); t != "" && t != p {
		return fmt.Sprintf("%s (%q)", p, t)
	}
	return p
}

// phrase renders a claim: "at least 89 soldiers were killed" (full) or
// "at least 89" (short, when the unit and measure were already said).
func phrase(c *claim, g *group, full bool) string {
	f := c.fig
	var n string
	v, ok := point(f)
	switch {
	case f.Qualifier == doc.Vague && strings.TrimSpace(f.Text) != "":
		n = fmt.Sprintf("%q", strings.Join(strings.Fields(f.Text), " "))
		if full && g.q.Measure != "" {
			return n + " " + verb(g.q.Measure, false)
		}
		return n
	case f.Qualifier == doc.Range && f.Low != nil && f.High != nil:
		n = "between " + number(*f.Low) + " and " + number(*f.High)
	case !ok:
		n = strings.Join(strings.Fields(f.Text), " ")
	default:
		n = number(v)
		switch f.Qualifier {
		case doc.Approx:
			n = "about " + n
		case doc.AtLeast:
			n = "at least " + n
		case doc.AtMost:
			n = "at most " + n
		}
	}
	if !full {
		return n
	}
	if g.q.Measure == "age" && g.q.Subject != "" {
		return g.q.Subject + " was " + n
	}
	if g.q.Measure == "population" && g.q.Subject != "" {
		return g.q.Subject + " had " + n + " people"
	}
	if g.q.Measure == "magnitude" {
		if g.q.Subject != "" {
			return "the quake at " + g.q.Subject + " was magnitude " + n
		}
		return "magnitude " + n
	}
	if g.q.Unit != "" {
		n += " " + plural(g.q.Unit, v)
	}
	if g.q.Measure != "" {
		n += " " + verb(g.q.Measure, ok && v == 1 && f.Qualifier != doc.Range && f.Qualifier != doc.Vague)
	}
	return n
}

// verb turns a measure into a predicate: "killed" -> "were killed" ("was
// killed" for one).
func verb(m string, one bool) string {
	if strings.HasSuffix(m, "ed") || strings.HasSuffix(m, "en") || m == "missing" || m == "dead" {
		if one {
			return "was " + m
		}
		return "were " + m
	}
	return "(" + m + ")"
}

// plural spells a unit for a count.
func plural(unit string, v float64) string {
	if v == 1 {
		return unit
	}
	switch unit {
	case "person":
		return "people"
	case "child":
		return "children"
	case "man":
		return "men"
	case "woman":
		return "women"
	case "percent", "personnel", "usd", "eur", "gbp", "rub", "uah":
		return unit
	}
	switch {
	case strings.HasSuffix(unit, "s") || strings.HasSuffix(unit, "x") || strings.HasSuffix(unit, "ch") || strings.HasSuffix(unit, "sh"):
		return unit + "es"
	case strings.HasSuffix(unit, "y") && len(unit) > 1 && !isVowel(unit[len(unit)-2]):
		return unit[:len(unit)-1] + "ies"
	}
	return unit + "s"
}

// number formats a value with thousands separators: 5937 -> "5,937".
func number(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
