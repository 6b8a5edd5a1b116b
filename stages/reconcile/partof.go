package reconcile

import "factpipe/doc"

// linkParts sets the PartOf of each quantity whose subject is a place
// inside the subject of another quantity of its story with the same
// measure, unit, side, period and background: a city's toll is part of
// its region's, a region's of its country's (the gazetteer tells where
// each place lies). The nearest whole is taken: a region before a
// country. Such a part and its whole are never set against each other.
func linkParts(qs []doc.Quantity, entities []doc.Entity) {
	geo := map[string]*doc.Geo{}
	for i := range entities {
		if e := &entities[i]; e.Kind == doc.Place && e.Geo != nil {
			geo[e.Name] = e.Geo
		}
	}
	for i := range qs {
		q := &qs[i]
		best, bestLevel := -1, 0
		for j := range qs {
			w := &qs[j]
			if i == j || !sameKind(q, w) {
				continue
			}
			if level := within(q.Subject, w.Subject, geo); level > 0 && (best < 0 || level < bestLevel) {
				best, bestLevel = j, level
			}
		}
		if best >= 0 {
			q.PartOf = qs[best].ID
		}
	}
}

// sameKind reports whether two quantities of one story count the same
// thing at the same time.
func sameKind(a, b *doc.Quantity) bool {
	return a.Story == b.Story && a.Measure == b.Measure && a.Unit == b.Unit && a.Side == b.Side &&
		a.Period == b.Period && a.Background == b.Background && a.Subject != b.Subject
}

// within tells whether place part lies inside place whole: 1 when whole is
// the region part lies in, 2 when whole is part's country (a country has
// no region; a region names itself as its region); 0 otherwise.
func within(part, whole string, geo map[string]*doc.Geo) int {
	p, w := geo[part], geo[whole]
	switch {
	case p == nil || w == nil || p.Country != w.Country || part == whole:
		return 0
	case w.Region != "" && w.Region == whole && p.Region == whole:
		return 1
	case w.Region == "" && p.Region != "":
		return 2
	}
	return 0
}
