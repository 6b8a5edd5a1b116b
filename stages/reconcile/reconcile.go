// Package reconcile turns the per-document results of a run into run-wide
// entities, quantities and contradictions.
//
// # Entities
//
// Mentions of one kind (person, place, organisation) are merged when they
// spell one name; a place and a person never merge. Two words spell one
// name when their transliteration keys are equal or close (see
// translitKey and sameWord): diacritics, possessives, case, French and
// German spellings (ou, j, ch, tch, w), y/i/ie/ii/ei/ey variants, g/h,
// kh/h, doubled letters and a final mute e do not matter, so Kiev/Kyiv,
// Makeevka/Makiivka/Makiïvka, Sergey/Sergei/Serhiy, Choigou/Shoigu,
// Rojine/Rozhin, Alexandre/Alexander, Volodimir/Volodymyr and
// Zelensky/Zelenskyy are each one name. No list of particular names is
// used.
//
//   - People: full names merge when given name and surname both match. A
//     surname alone, or with an initial ("V. Putin"), joins the one full
//     name with that surname (and initial) in the same article, else the
//     one in the whole run; when two people share it, it stays apart
//     (ambiguous) and never chains them. Leading titles ("President", "Lt
//     Gen") are not part of the name; they go to Entity.Titles.
//   - Places and organisations merge when their bags of content words are
//     equal (order, "of", "the", possessives, defence/defense and
//     demonym/country do not matter: "Russian Ministry of Defense" =
//     "Russia's defence ministry"), or, for one-word names, when the words
//     spell one name.
//   - The canonical name is the most-mentioned full form (a full given
//     name beats an initial; capitals-only "DOETINCHEM" gives way to
//     "Doetinchem", but "NATO" stays), then the form in more documents,
//     then the longer, then the alphabetically first; an aliases file
//     (LoadAliases) can join names no rule finds and sets the canonical
//     name.
//
// # Quantities
//
// A quantity is what several figures speak of: the same subject (resolved
// to an entity, so Makeevka and Makiivka are one), the same measure
// (killed = dead = died = deaths = fatalities; wounded = injured = hurt),
// the same unit class and the same period. Only figures with a measure and
// a unit are in quantities ("$2 million" or "12 years" alone is nothing an
// analyst charts); a count of people that is not a whole number ("6.4
// people": a magnitude misread) is in none either. Unit classes:
//
//   - soldier: soldier, serviceman, servicewoman, service member, troop,
//     personnel, conscript, recruit, draftee, reservist, paratrooper,
//     marine, fighter, combatant;
//   - civilian: civilian, resident, inhabitant, villager, citizen,
//     non-combatant;
//   - person (who is not said): person, people, victim, individual, human,
//     member, suspect;
//   - child: child, kid, minor;
//   - any other unit is a class of its own, "man", "woman", "worker" and
//     "officer" included (they are often parts of a toll: "two women and
//     one man", "two officers among the wounded").
//
// A person's age (measure "age", unit "year") is a quantity of that
// person: two sources giving one person two ages disagree (when their
// articles are undated, only by more than a year: a birthday may fall
// between them). Ages are never merged across people, and make no
// date_conflict.
//
// Soldiers and civilians, killed and wounded, are kept apart, and so are
// two sides that the figures' own words name ("1,269 Libyan soldiers", "29
// Chadian soldiers"; see adoptSides). A figure dated more than
// EarlierEvent before its article was published is about an earlier event
// and goes to a quantity of its own per month (Quantity.Period),
// apart from the event at hand; a war-wide total and one strike's toll are
// apart when their subjects differ. A subject whose dated figures fall in
// periods more than PastWindow apart has a quantity per period (see
// splitByTime).
//
// A figure without a subject takes its article's one subject for that
// measure and unit when there is one. Subjects are then merged where
// articles name one event by different places (the town, the nearby city,
// the region, the country, or another place of the article): a group's
// claims move to the group of a specific place (not a country) when every
// article of the group names that place and the claims give the same value
// (overlapping ranges, not vague) as a claim of another article there; or,
// for claims without a subject, when two sources each repeat there the
// value they give. Only claims that give such a value move; the rest stay,
// since an article may recall another event ("in February, a quake killed
// 612"). See mergeSubjects.
//
// # Contradictions
//
// Two figures agree when the ranges they assert overlap, with a slack of
// ExactTolerance (1%) of the larger value; an approximate figure spans
// ±ApproxTolerance (10%), "at least v" spans v..v+10% and "at most v"
// v-10%..v, a range its bounds, a vague figure its bounds or v..10v
// (dozens 12..120, hundreds 100..1,000; "at least hundreds" 100..1,000).
// So 5,937 and "nearly 6,000" agree, "about 600" and 600 agree, 400 lies
// inside "between 200 and 600", "dozens" and 89 agree; "hundreds" and 89
// disagree, and "at least 89" disagrees with 400: "at least" is the
// claimant's own toll, not an endorsement of any higher figure. Two lower
// bounds ("at least 2", "at least 70") always agree, as do two upper
// bounds.
//
// Sources (see sourceOf): no claimant, or the article's own outlet, is
// the outlet's own statement ("WSWS (unattributed)"); a known person is
// that person; a claimant naming a country's state (the country, its
// demonym, capital or seat of government, alone or with a word for a state
// body: "Moscow", "the Kremlin", "Russia's defence ministry", "Russian
// Ministry of Defense") is that country's government; a known organisation
// or place is that entity; otherwise its bag of words. Every row names one
// source one way: by the label of the most words its claims use, the most
// used among those (see oneLabel).
//
// The kinds (see contradictions for the exact rules):
//
//   - numeric_dispute: sources whose latest values for one quantity cannot
//     both be true. Sources that agree form a camp ("Moscow's defence
//     ministry (also Sergei Serdyukov, HuffPost)"), led by the value most sources repeat. Camps
//     are built from exact and approximate values first, and a claim joins
//     one only when it agrees with every member, so two such values that
//     disagree are never in one camp; loose claims (one-sided, ranges,
//     vague words: "dozens", "as many as 80") join after them on the same
//     terms, so one that agrees with 50 and with 80 cannot tie them
//     together. Camps are compared with their neighbours in value and the
//     lowest with the highest, so k camps give at most k rows. Not a
//     dispute: a source repeating a value some source has since revised
//     (the revision row shows it); an article's own figure against a
//     source it quotes; a source whose article also gives the other value;
//     a count that grew: for measures that only grow (killed, wounded,
//     arrested, ...), a lower value claimed on an earlier day than the
//     higher one (see rising). Outlets' own figures take part only in
//     quantities with a subject; a quantity without a subject is one
//     article's. A quantity whose subject is a year or a month ("in 1989"),
//     or "war" with no side, is compared with nothing.
//     One source quoted two ways by two outlets on one day, with nothing
//     to order the values, is a dispute between the two reports (see
//     quotedApart), for what does not move within a day (see standing).
//     A claimant written as a surname is the person of that name its own
//     article names ("Obama" after "Barack Obama"), and "the officials"
//     the officials the article named before ("Pakistani officials"), so
//     one speaker is one source.
//   - revision: one attributed source changed its value: one row per
//     change, in time order, when the later value was first claimed on a
//     later day, or later on the same day by an article whose date line
//     gives the time ("1: 41 PM" and "7: 12pm BST"; see laterClock), or one
//     article gives both and says one replaced the other, in the words
//     leading up to the later value ("before revising the number to 89")
//     or the earlier ("initially 63"); in one article without such a word,
//     two values are a whole and its part ("the toll in Teri Mangal rose
//     to 81, 45 died in Lwarai Mandi" revises nothing).
//   - date_conflict: one claim (source, quantity, value) dated differently
//     by two documents: two different explicit days, or an explicit day
//     after another document had already published the claim. Never for
//     an age, which is said of no event. And one person's event (doc.Event:
//     same person, same action) given two days by two documents: two dates
//     within EventWindow of each other, or two weekdays of undated
//     articles; a day apart is no conflict when either is told near
//     midnight (see eventConflicts).
//   - place_conflict: one source's value (at least 20, exact or one-sided)
//     placed at two different places by two documents within a week,
//     neither of which names the other place; one row per pair of places.
//   - name_variant: two people who may be one, spelled two ways: same
//     title (abbreviations expanded) and given name, surnames not
//     transliterations of each other but with the same initial and a
//     similarity of at least 0.7, never in one article, their articles
//     sharing a place.
//
// Quantities with no measure or no unit yield no contradictions. No pair
// is reported twice; IDs are hashes of the kind and the figures or
// entities compared.
package reconcile

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"factpipe/doc"
	"factpipe/gazetteer"
)

// Options configure Reconcile. The zero value is valid: no aliases.
type Options struct {
	// Aliases are the user's declared aliases; nil declares none.
	Aliases *Aliases
	// Gazetteer, when not nil, extends the built-in table of about fifty
	// countries (with demonyms, capitals and seats of government) used to
	// recognise a state as a claimant to every country it lists.
	Gazetteer *gazetteer.Gazetteer
	// Stories groups the documents into stories (stories.Group, bound to
	// its options): the story ID of each digest, given the digests, the
	// entity ID of each of their names and the entities. Nil puts every
	// document in one story.
	Stories func(digests []doc.Digest, nameEntity [][]string, entities []doc.Entity) ([]doc.Story, []string)
}

// Digest returns what Reconcile reads of a document's result: the
// distinct names of its mentions with their counts (doc.NamesOf), and its
// figures with SentenceText kept only where Reconcile reads it: the
// sentence holds a word that tells a revision (see revised), or the figure
// has a measure, so that two undated articles' claims can be tied by what
// their sentences name (see nameInCommon); a few percent of all figures.
// The figures share memory with r.
func Digest(r doc.Result) doc.Digest {
	d := doc.Digest{Doc: r.Doc, Names: doc.NamesOf(r.Mentions), Figures: slices.Clone(r.Figures), Events: r.Events, Keywords: r.Keywords}
	tells := map[string]bool{} // figures of one sentence share it
	for i := range d.Figures {
		f := &d.Figures[i]
		if f.Measure != "" {
			continue
		}
		t, ok := tells[f.SentenceText]
		if !ok {
			t = tellsChange(f.SentenceText)
			tells[f.SentenceText] = t
		}
		if !t {
			f.SentenceText = ""
		}
	}
	return d
}

// Digests returns the Digest of every result, in order.
func Digests(results []doc.Result) []doc.Digest {
	ds := make([]doc.Digest, len(results))
	for i, r := range results {
		ds[i] = Digest(r)
	}
	return ds
}

// Reconcile is ReconcileDigests of the Digests of results, for a run held
// in memory.
func Reconcile(results []doc.Result, opts Options) doc.Reconciled {
	return ReconcileDigests(Digests(results), opts)
}

// ReconcileDigests merges the digests of a run's per-document results into
// run-wide entities, quantities and contradictions. digests should be
// sorted by document path; NameEntity and Attributions are indexed like
// digests and their Names and Figures. Every other output is sorted by
// stable keys and every ID is derived from content with doc.HashID, so the
// output does not depend on the order of names or figures within a digest.
// ReconcileDigests does not modify digests and is safe for concurrent use.
func ReconcileDigests(digests []doc.Digest, opts Options) doc.Reconciled {
	lx := newLexicon(opts.Gazetteer)
	ix := buildEntities(digests, lx, opts.Aliases)

	var out doc.Reconciled
	out.Entities = slices.Clone(ix.entities)
	slices.SortFunc(out.Entities, func(a, b doc.Entity) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	out.NameEntity = make([][]string, len(digests))
	for ri := range digests {
		out.NameEntity[ri] = make([]string, len(ix.names[ri]))
		for ni, e := range ix.names[ri] {
			out.NameEntity[ri][ni] = ix.entities[e].ID
		}
	}

	// Figures, in document then text order, claimant and subject resolved.
	// A claim reads its figure in the digest, whose Subject and Claimant
	// stay as written: the resolved ones are the claim's subject and
	// source, and go to out.Attributions.
	type ref struct{ ri, fi int }
	n := 0
	for _, r := range digests {
		n += len(r.Figures)
	}
	refs := make([]ref, 0, n)
	out.Attributions = make([][]doc.Attribution, len(digests))
	for ri, r := range digests {
		out.Attributions[ri] = make([]doc.Attribution, len(r.Figures))
		for fi := range r.Figures {
			refs = append(refs, ref{ri, fi})
		}
	}
	slices.SortFunc(refs, func(a, b ref) int {
		fa, fb := &digests[a.ri].Figures[a.fi], &digests[b.ri].Figures[b.fi]
		return cmp.Or(cmp.Compare(digests[a.ri].Doc.Path, digests[b.ri].Doc.Path), cmp.Compare(a.ri, b.ri),
			cmp.Compare(fa.Start, fb.Start), cmp.Compare(fa.End, fb.End), cmp.Compare(fa.ID, fb.ID))
	})
	claims := make([]*claim, len(refs))
	for i, rf := range refs {
		info := &digests[rf.ri].Doc
		f := &digests[rf.ri].Figures[rf.fi]
		c := &claim{ri: rf.ri, info: info, fig: f}
		claimant := ix.inArticle(rf.ri, f.Claimant)
		c.src = ix.sourceOf(claimant, *info)
		at := &out.Attributions[rf.ri][rf.fi]
		at.Claimant, at.Subject = ix.claimantName(claimant), f.Subject
		kind := doc.Place
		if f.Measure == "age" {
			kind = doc.Person
		}
		c.subjKey, c.subject = ix.subjectOf(f.Subject, kind)
		if c.subjKey != "" {
			at.Subject = c.subject
		}
		c.measure = lx.measureOf(f.Measure)
		if f.Increment {
			c.measure = "" // a part of a count, never grouped with totals
		}
		c.unit = lx.unitOf(f.Unit)
		if c.measure != "" {
			c.side = lx.sideOf(f.Text) // only claims with a measure are grouped
		}
		c.when, c.dated = claimTime(f, info)
		if !c.dated {
			c.at = clock(info.Published)
		}
		if !f.ClaimedOn.IsZero() && !info.Published.IsZero() && info.Published.Sub(f.ClaimedOn) > EarlierEvent {
			c.period = f.ClaimedOn.Format("2006-01")
		}
		c.lo, c.hi, c.bounded = interval(c.fig)
		// An age in an undated article may be a year off by a birthday:
		// 60 and 61 agree there; 29 and 32 do not.
		if c.measure == "age" && c.when.IsZero() && c.bounded {
			c.lo, c.hi = c.lo-1, c.hi+1
		}
		// A count of people is a whole number: "6.4" with unit person is
		// a magnitude or a rate misread, not a toll.
		if v := c.fig.Value; v != nil && lx.people(c.unit) && *v != math.Trunc(*v) {
			c.measure = ""
		}
		claims[i] = c
	}

	quakeOccasions(claims)

	var events map[string][]*eventClaim
	out.Events, events = resolveEvents(digests, ix)
	srcs := make([]*source, 0, len(claims))
	for _, c := range claims {
		srcs = append(srcs, &c.src)
	}
	for _, cs := range events {
		for _, c := range cs {
			srcs = append(srcs, &c.src)
		}
	}
	oneLabel(srcs)

	pl := places{all: map[string]bool{}, specific: map[string]bool{}, named: make([]map[string]bool, len(digests))}
	person := map[string]bool{} // a person is as specific a subject as a town (an age)
	for _, e := range ix.entities {
		switch {
		case e.Kind == doc.Person:
			person["entity:"+e.ID] = true
		case e.Kind == doc.Place:
			pl.all["entity:"+e.ID] = true
			if !lx.isCountry(e.Name) {
				pl.specific["entity:"+e.ID] = true
			}
		}
	}
	for ri, es := range ix.names {
		pl.named[ri] = map[string]bool{}
		for _, e := range es {
			if ix.entities[e].Kind == doc.Place {
				pl.named[ri]["entity:"+ix.entities[e].ID] = true
			}
		}
	}
	out.Stories, out.DocStory = groupStories(digests, out, opts)
	var rs rowSet
	for _, part := range byStory(claims, events, out.DocStory) {
		groups := buildQuantities(part.claims, pl)
		for _, c := range part.claims {
			c.specific = pl.specific[c.subjKey] || person[c.subjKey]
		}
		for _, g := range groups {
			g.q.Story = part.story
			g.q.ID = doc.HashID("quantity", part.story, g.key)
			out.Quantities = append(out.Quantities, g.q)
		}
		from := len(rs.rows)
		contradictions(groups, part.events, ix, pl, &rs)
		for i := from; i < len(rs.rows); i++ {
			rs.rows[i].Story = part.story
		}
	}
	// A name variant is about a person, whose name may be spelled two
	// ways in two stories: its row belongs to a story only when both
	// documents do.
	storyOf := storyOfDoc(out.DocStory, ix)
	nameVariants(ix, func(c doc.Contradiction, parts ...string) {
		if sa := storyOf[c.DocA]; sa == storyOf[c.DocB] {
			c.Story = sa
		}
		rs.add(c, parts...)
	})
	linkParts(out.Quantities, out.Entities)
	out.Contradictions = rs.sorted()
	addEvidence(out.Contradictions, claims, events)
	return out
}

// oneLabel gives every claim (of a figure or an event) of one attributed
// source the same label: the name of the most words its claims use ("Russia's defence ministry" over
// "Moscow" and "the Kremlin": the body, not the seat), the most used among
// those, so that the rows about one source name it one way. The articles'
// own words stay in the figures table.
func oneLabel(srcs []*source) {
	counts := map[string]map[string]int{}
	for _, src := range srcs {
		if !src.attributed {
			continue
		}
		if counts[src.key] == nil {
			counts[src.key] = map[string]int{}
		}
		counts[src.key][src.label]++
	}
	best := map[string]string{}
	for key, ls := range counts {
		b := ""
		for _, l := range slices.Sorted(maps.Keys(ls)) {
			nl, nb := len(strings.Fields(l)), len(strings.Fields(b))
			if b == "" || nl > nb || nl == nb && ls[l] > ls[b] {
				b = l
			}
		}
		best[key] = b
	}
	for _, src := range srcs {
		if src.attributed {
			src.label = best[src.key]
		}
	}
}

// claimTime is the day a claim was made (midnight UTC): its own date when
// given, else its article's date. dated tells whether the claim carries a
// date of its own that differs from the article's day.
func claimTime(f *doc.Figure, info *doc.Info) (when time.Time, dated bool) {
	pub := dayOf(info.Published)
	switch {
	case f.ClaimedOn.IsZero():
		return pub, false
	case pub.IsZero():
		return dayOf(f.ClaimedOn), true
	}
	on := dayOf(f.ClaimedOn)
	return on, !on.Equal(pub)
}

// dayOf is the calendar day of t, in t's own zone, at midnight UTC.
func dayOf(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// clock returns t when it carries a time of day (date lines that give
// one), else the zero time.
func clock(t time.Time) time.Time {
	if t.IsZero() || t.Hour() == 0 && t.Minute() == 0 {
		return time.Time{}
	}
	return t
}

// ClockGap is how much later in one day a claim must have been published
// to count as later, when a date line names no time zone: times without a
// zone may be hours apart from the instants they mean. Two times whose
// lines both name a zone need only differ.
const ClockGap = 3 * time.Hour

// laterClock reports whether publication time b, of the same day as a, is
// later than a (see ClockGap). Either zero: not known to be later.
func laterClock(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	if a.Location() != time.UTC && b.Location() != time.UTC {
		return b.After(a)
	}
	return b.Sub(a) >= ClockGap
}
