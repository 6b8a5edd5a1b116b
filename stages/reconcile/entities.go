package reconcile

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"factpipe/doc"
)

// form is one distinct spelling of a name of one kind, as seen in the run.
type form struct {
	kind     doc.Kind
	display  string   // cleaned name as written: "Vladimir Putin"
	keys     []string // translitKey of each word
	bag      string   // sorted content-word keys, for places and organisations
	given    string   // a person's first word, folded, without a full stop
	mentions int
	docs     []int // indexes of the digests it is in, ascending
	titles   map[string]bool
	refs     map[string]bool // gazetteer references of its mentions (doc.Mention.Ref)
}

// first and last are the given-name and surname keys of a person form.
func (f *form) first() string { return f.keys[0] }
func (f *form) last() string  { return f.keys[len(f.keys)-1] }
func (f *form) full() bool    { return len(f.keys) >= 2 }

// initial tells a name whose given name is an initial ("V. Putin").
func (f *form) initial() bool { return f.full() && utf8.RuneCountInString(f.given) == 1 }

// complete tells a person's name with a given name in full and a surname.
func (f *form) complete() bool { return f.kind == doc.Person && f.full() && !f.initial() }

// partial tells a person's name that may stand for several people: a
// surname alone or with an initial.
func (f *form) partial() bool { return f.kind == doc.Person && len(f.keys) > 0 && !f.complete() }

// allCaps tells a form written in capitals only (a headline or dateline).
func (f *form) allCaps() bool {
	return strings.ToUpper(f.display) == f.display && strings.ToLower(f.display) != f.display
}

// entityIndex is the result of clustering: the entities, the entity of every
// mention, and indexes to resolve claimant and subject strings to entities.
type entityIndex struct {
	lx       *lexicon
	entities []doc.Entity
	forms    []*form
	// formsOf[e] are the forms that make up entities[e].
	formsOf [][]*form
	// byKey maps kind and phraseKey or bag of a form to entity indexes.
	byKey map[doc.Kind]map[string][]int
	// surname maps the skeleton of a surname key to person entities having
	// a full form with that surname.
	surname map[string][]int
	// digests are the documents indexed; names[i][j] is the entity index
	// of digests[i].Names[j].
	digests []doc.Digest
	names   [][]int
	// docsOf[e] are the result indexes entity e is mentioned in.
	docsOf []map[int]bool
}

// related reports whether results ri and rj tell one story: both name a
// person, an organisation or a place smaller than a country besides the
// entity subjKey. Two undated reviews that both name New York do not; two
// reports of one quake that both name the island, the agency and the
// governor do.
func (ix *entityIndex) related(ri, rj int, subjKey string) bool {
	if ri == rj {
		return true
	}
	if ri >= len(ix.names) || rj >= len(ix.names) {
		return false
	}
	in := make(map[int]bool, len(ix.names[ri]))
	for _, e := range ix.names[ri] {
		in[e] = true
	}
	for _, e := range ix.names[rj] {
		if !in[e] {
			continue
		}
		ent := &ix.entities[e]
		if "entity:"+ent.ID == subjKey {
			continue
		}
		switch ent.Kind {
		case doc.Person, doc.Organization:
			return true
		case doc.Place:
			if !ix.lx.isCountry(ent.Name) {
				return true
			}
		}
	}
	return false
}

// unionFind is a disjoint-set forest over form indexes.
type unionFind []int

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// union joins the sets of a and b; the smaller index becomes the root, so
// the outcome does not depend on the order of calls.
func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}

// unionBuckets joins, within each bucket (in key order), every pair of
// forms for which same holds.
func (u unionFind) unionBuckets(buckets map[string][]int, same func(a, b int, key string) bool) {
	for _, k := range slices.Sorted(maps.Keys(buckets)) {
		b := buckets[k]
		for x := 0; x < len(b); x++ {
			for y := x + 1; y < len(b); y++ {
				if same(b[x], b[y], k) {
					u.union(b[x], b[y])
				}
			}
		}
	}
}

// personWords strips leading title words ("President", "Lt Gen") from a
// person's name and returns the name words and the stripped title.
func (lx *lexicon) personWords(name string) (ws []string, title string) {
	ws = words(name)
	i := 0
	for i < len(ws)-1 && (lx.titles[strings.TrimSuffix(fold(ws[i]), ".")] || isArticle(fold(ws[i]))) {
		i++
	}
	title = strings.Join(ws[:i], " ")
	ws = ws[i:]
	// Generational suffixes are not the surname.
	for len(ws) > 2 {
		switch strings.TrimSuffix(fold(ws[len(ws)-1]), ".") {
		case "jr", "sr", "ii", "iii", "iv":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return ws, title
}

// bagKey is the sorted translitKeys of the content words of a place or
// organisation name; demonyms become their country ("Russian Ministry of
// Defense" and "Russia's defence ministry" share a bag), defence = defense.
// A capital is not its country here: Moscow the city is not Russia.
func (lx *lexicon) bagKey(ws []string) string {
	var ks []string
	for _, w := range ws {
		fw := fold(w)
		if lx.stop[fw] {
			continue
		}
		k := lx.key(w)
		if fw == "defence" {
			k = lx.key("defense")
		}
		if c, ok := lx.demonym[k]; ok && !strings.Contains(c, " ") {
			k = lx.key(c)
		}
		if k != "" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

// buildEntities clusters all mentions of the run into entities.
func buildEntities(digests []doc.Digest, lx *lexicon, aliases *Aliases) *entityIndex {
	ix := &entityIndex{lx: lx, byKey: map[doc.Kind]map[string][]int{}, surname: map[string][]int{}, digests: digests}

	// 1. Distinct forms.
	type fkey struct {
		kind    doc.Kind
		display string
	}
	formID := map[fkey]int{}
	nameForm := make([][]int, len(digests))
	for ri, r := range digests {
		nameForm[ri] = make([]int, len(r.Names))
		for ni, m := range r.Names {
			var ws []string
			title := strings.TrimSpace(m.Title)
			if m.Kind == doc.Person {
				var t string
				ws, t = lx.personWords(m.Text)
				if t != "" && title == "" {
					title = t
				}
			} else {
				ws = words(m.Text)
				for len(ws) > 1 && isArticle(fold(ws[0])) {
					ws = ws[1:]
				}
			}
			display := written(m.Text, ws)
			k := fkey{m.Kind, display}
			id, ok := formID[k]
			if !ok {
				id = len(ix.forms)
				formID[k] = id
				f := &form{kind: m.Kind, display: display, titles: map[string]bool{}, refs: map[string]bool{}}
				for _, w := range ws {
					if t := lx.key(w); t != "" {
						f.keys = append(f.keys, t)
					}
				}
				f.bag = lx.bagKey(ws)
				if len(ws) > 0 {
					f.given = strings.TrimSuffix(fold(ws[0]), ".")
				}
				ix.forms = append(ix.forms, f)
			}
			f := ix.forms[id]
			f.mentions += m.Count
			if len(f.docs) == 0 || f.docs[len(f.docs)-1] != ri {
				f.docs = append(f.docs, ri)
			}
			if title != "" {
				f.titles[strings.Join(strings.Fields(title), " ")] = true
			}
			if m.Ref != "" {
				f.refs[m.Ref] = true
			}
			nameForm[ri][ni] = id
		}
	}
	// Forms are numbered in order of first appearance, which depends on the
	// order of mentions; renumber them by content so every later choice
	// (union roots, tie breaks) is order-independent.
	order := make([]int, len(ix.forms))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		fa, fb := ix.forms[a], ix.forms[b]
		return cmp.Or(cmp.Compare(fa.kind, fb.kind), cmp.Compare(fa.display, fb.display))
	})
	renum := make([]int, len(order))
	sorted := make([]*form, len(order))
	for newID, old := range order {
		renum[old] = newID
		sorted[newID] = ix.forms[old]
	}
	ix.forms = sorted
	for ri := range nameForm {
		for ni := range nameForm[ri] {
			nameForm[ri][ni] = renum[nameForm[ri][ni]]
		}
	}

	// 2. Union forms that spell one name.
	uf := make(unionFind, len(ix.forms))
	for i := range uf {
		uf[i] = i
	}
	buckets := map[string][]int{}
	for i, f := range ix.forms {
		if len(f.keys) == 0 {
			continue
		}
		switch {
		case f.complete():
			k := "pf\x00" + skeleton(f.last())
			buckets[k] = append(buckets[k], i)
		case f.kind == doc.Person:
			// a surname alone or with an initial is attached in step 4
		default:
			k := "b\x00" + string(f.kind) + "\x00" + f.bag
			buckets[k] = append(buckets[k], i)
			if len(f.keys) == 1 {
				k := "s\x00" + string(f.kind) + "\x00" + skeleton(f.keys[0])
				buckets[k] = append(buckets[k], i)
			}
		}
	}
	uf.unionBuckets(buckets, func(a, b int, k string) bool { return samePlaceOrPerson(ix.forms[a], ix.forms[b], k[0]) })

	// 2b. Forms of one kind that the tagger resolved to the same gazetteer
	// entry are one entity whatever their spelling: US, U.S. and the United
	// States; Kiev and Kyiv.
	byRef := map[string]int{}
	for i, f := range ix.forms {
		for _, ref := range slices.Sorted(maps.Keys(f.refs)) {
			k := string(f.kind) + "\x00" + ref
			if j, ok := byRef[k]; ok {
				uf.union(j, i)
			} else {
				byRef[k] = i
			}
		}
	}

	// 3. User aliases: union every form that matches a name of a group,
	// within each kind, and force the group's canonical name.
	type forcedName struct {
		form int
		name string
	}
	var forced []forcedName // a form of each group and its canonical name, in file order
	aliased := map[int]bool{}
	for _, g := range aliases.Groups() {
		byKind := map[doc.Kind][]int{}
		for _, name := range g {
			for i, f := range ix.forms {
				if matchesName(lx, f, name) {
					byKind[f.kind] = append(byKind[f.kind], i)
					aliased[i] = true
				}
			}
		}
		for _, ids := range byKind {
			for _, id := range ids[1:] {
				uf.union(ids[0], id)
			}
		}
		for _, ids := range byKind {
			forced = append(forced, forcedName{ids[0], g[0]})
		}
	}

	// 4. A surname alone or with an initial: attach to the one full-name
	// cluster with that surname (and initial) mentioned in the same
	// document, else to the one such cluster in the whole run; otherwise
	// it is ambiguous (or unknown) and stands alone. Attaching rather than
	// joining keeps "C. White" from chaining Curtis White to Kim White.
	surnameRoots := map[string][]int{} // skeleton -> complete person forms
	for i, f := range ix.forms {
		if f.complete() {
			k := skeleton(f.last())
			surnameRoots[k] = append(surnameRoots[k], i)
		}
	}
	// The full names of an alias line stand for the people it joined:
	// "Strelkov" alone joins "Igor Girkin = Igor Strelkov" even when only
	// "Igor Girkin" is written in full.
	type aliasSurname struct {
		key  string
		form int
	}
	var aliasSurnames []aliasSurname
	for _, fn := range forced {
		if ix.forms[fn.form].kind != doc.Person {
			continue
		}
		for _, g := range aliases.Groups() {
			if g[0] != fn.name {
				continue
			}
			for _, name := range g {
				if ws, _ := lx.personWords(name); len(ws) >= 2 {
					aliasSurnames = append(aliasSurnames, aliasSurname{lx.key(ws[len(ws)-1]), fn.form})
				}
			}
		}
	}
	rootDocs := map[int]map[int]bool{}
	for i, f := range ix.forms {
		r := uf.find(i)
		if rootDocs[r] == nil {
			rootDocs[r] = map[int]bool{}
		}
		for _, d := range f.docs {
			rootDocs[r][d] = true
		}
	}
	type docForm struct{ doc, form int }
	attach := map[docForm]int{}
	var lone []int // partial person forms not attached in some document
	for i, f := range ix.forms {
		if !f.partial() || aliased[i] {
			continue
		}
		var cands []int
		for _, j := range surnameRoots[skeleton(f.last())] {
			if sameKey(f.last(), ix.forms[j].last()) && (!f.initial() || ix.forms[j].given[0] == f.given[0]) {
				r := uf.find(j)
				if !slices.Contains(cands, r) {
					cands = append(cands, r)
				}
			}
		}
		for _, as := range aliasSurnames {
			if r := uf.find(as.form); sameKey(f.last(), as.key) && !slices.Contains(cands, r) {
				cands = append(cands, r)
			}
		}
		isLone := false
		for _, d := range f.docs {
			var inDoc []int
			for _, r := range cands {
				if rootDocs[r][d] {
					inDoc = append(inDoc, r)
				}
			}
			switch {
			case len(inDoc) == 1:
				attach[docForm{d, i}] = inDoc[0]
			case len(inDoc) == 0 && len(cands) == 1:
				attach[docForm{d, i}] = cands[0]
			default:
				isLone = true
			}
		}
		if isLone {
			lone = append(lone, i)
		}
	}
	// Lone surnames that spell one name are one entity; so are lone
	// surnames with the same initial.
	loneBySkeleton := map[string][]int{}
	for _, i := range lone {
		k := skeleton(ix.forms[i].last())
		loneBySkeleton[k] = append(loneBySkeleton[k], i)
	}
	uf.unionBuckets(loneBySkeleton, func(a, b int, _ string) bool {
		fx, fy := ix.forms[a], ix.forms[b]
		return fx.initial() == fy.initial() && sameKey(fx.last(), fy.last()) && (!fx.initial() || fx.given == fy.given)
	})

	// 5. Entities from clusters.
	clusterOf := func(ri, fid int) int {
		f := ix.forms[fid]
		if f.partial() {
			if r, ok := attach[docForm{ri, fid}]; ok {
				return uf.find(r)
			}
		}
		return uf.find(fid)
	}
	// Roots may have moved after later unions; re-key forced names.
	forcedRoot := map[int]string{}
	for _, fn := range forced {
		if r := uf.find(fn.form); forcedRoot[r] == "" {
			forcedRoot[r] = fn.name
		}
	}
	type cstat struct {
		forms    map[int]int // form -> mentions in this cluster
		docs     map[int]bool
		mentions int
		titles   map[string]bool
		refs     map[string]int // gazetteer reference -> mentions
	}
	stats := map[int]*cstat{}
	for ri, r := range digests {
		for ni, n := range r.Names {
			fid := nameForm[ri][ni]
			c := clusterOf(ri, fid)
			s := stats[c]
			if s == nil {
				s = &cstat{forms: map[int]int{}, docs: map[int]bool{}, titles: map[string]bool{}, refs: map[string]int{}}
				stats[c] = s
			}
			s.forms[fid] += n.Count
			s.docs[ri] = true
			s.mentions += n.Count
			if n.Ref != "" {
				s.refs[n.Ref] += n.Count
			}
			for t := range ix.forms[fid].titles {
				s.titles[t] = true
			}
		}
	}
	roots := make([]int, 0, len(stats))
	for r := range stats {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	entityOf := map[int]int{}
	usedID := map[string]bool{}
	for _, r := range roots {
		s := stats[r]
		kind := ix.forms[r].kind
		name := forcedRoot[r]
		if name == "" {
			name = canonical(ix.forms, s.forms, kind)
		}
		var aliasList []string
		var fs []*form
		for fid := range s.forms {
			fs = append(fs, ix.forms[fid])
			if d := ix.forms[fid].display; d != name {
				aliasList = append(aliasList, d)
			}
		}
		sort.Strings(aliasList)
		aliasList = slices.Compact(aliasList)
		slices.SortFunc(fs, func(a, b *form) int { return cmp.Compare(a.display, b.display) })
		titles := make([]string, 0, len(s.titles))
		for t := range s.titles {
			titles = append(titles, t)
		}
		sort.Strings(titles)
		id := doc.HashID("entity", string(kind), name)
		if usedID[id] {
			id = doc.HashID("entity", string(kind), name, strings.Join(aliasList, "\x00"))
		}
		usedID[id] = true
		entityOf[r] = len(ix.entities)
		ix.entities = append(ix.entities, doc.Entity{
			ID: id, Kind: kind, Name: name, Aliases: aliasList, Titles: titles,
			Mentions: s.mentions, Documents: len(s.docs), Geo: lx.geo(kind, s.refs),
		})
		ix.formsOf = append(ix.formsOf, fs)
		ix.docsOf = append(ix.docsOf, s.docs)
	}
	ix.names = make([][]int, len(digests))
	for ri, r := range digests {
		ix.names[ri] = make([]int, len(r.Names))
		for ni := range r.Names {
			ix.names[ri][ni] = entityOf[clusterOf(ri, nameForm[ri][ni])]
		}
	}

	// 6. Indexes for resolution.
	for e, fs := range ix.formsOf {
		kind := ix.entities[e].Kind
		if ix.byKey[kind] == nil {
			ix.byKey[kind] = map[string][]int{}
		}
		add := func(k string) {
			if k != "" && !slices.Contains(ix.byKey[kind][k], e) {
				ix.byKey[kind][k] = append(ix.byKey[kind][k], e)
			}
		}
		for _, f := range fs {
			add(strings.Join(f.keys, " "))
			if kind != doc.Person {
				add(f.bag)
			}
			if kind == doc.Person && f.full() {
				k := skeleton(f.last())
				if !slices.Contains(ix.surname[k], e) {
					ix.surname[k] = append(ix.surname[k], e)
				}
			}
		}
		add(lx.phrase(ix.entities[e].Name))
	}
	return ix
}

// samePlaceOrPerson tells whether two forms of one bucket spell one name.
// Bucket kinds: 'p' full person names (same first name or initial, same
// surname), 'b' equal bags of words, 's' one-word names spelled alike.
func samePlaceOrPerson(a, b *form, bucket byte) bool {
	if a.kind != b.kind {
		return false
	}
	// The gazetteer told them apart: Colombia (the country) and Columbia
	// (a city) are spelled alike but are two places.
	if len(a.refs) > 0 && len(b.refs) > 0 && !sharesRef(a.refs, b.refs) {
		return false
	}
	switch bucket {
	case 'p':
		return sameKey(a.last(), b.last()) && sameGiven(a.first(), b.first())
	case 'b':
		return a.bag == b.bag && a.bag != ""
	default:
		return sameKey(a.keys[0], b.keys[0])
	}
}

// sharesRef reports whether two sets of gazetteer references meet.
func sharesRef(a, b map[string]bool) bool {
	for r := range a {
		if b[r] {
			return true
		}
	}
	return false
}

// sameGiven tells whether two given-name keys are one name: spelled alike,
// or one is the initial of the other.
func sameGiven(a, b string) bool {
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	return sameKey(a, b)
}

// matchesName tells whether form f is a spelling of name (from an aliases
// file): same number of words, each spelled alike.
func matchesName(lx *lexicon, f *form, name string) bool {
	ws := words(name)
	if f.kind == doc.Person {
		ws, _ = lx.personWords(name)
	}
	if len(ws) != len(f.keys) {
		return false
	}
	for i, w := range ws {
		if !sameKey(lx.key(w), f.keys[i]) {
			return false
		}
	}
	return true
}

// canonical picks an entity's name: the most-mentioned full form (for a
// person, a full given name and surname beat an initial and surname,
// which beat a lone surname; a form in capitals only loses to the same
// name in mixed case when it is longer than four letters, so "NATO"
// stays but "DOETINCHEM" gives way to "Doetinchem"), then the form in
// more documents, then the longer, then the alphabetically first.
func canonical(forms []*form, counts map[int]int, kind doc.Kind) string {
	best := -1
	better := func(a, b int) bool { // is form a better than form b?
		fa, fb := forms[a], forms[b]
		if kind == doc.Person && fa.full() != fb.full() {
			return fa.full()
		}
		if kind == doc.Person && fa.initial() != fb.initial() {
			return !fa.initial()
		}
		if ca, cb := shouting(fa, counts, forms), shouting(fb, counts, forms); ca != cb {
			return !ca
		}
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		if len(fa.docs) != len(fb.docs) {
			return len(fa.docs) > len(fb.docs)
		}
		if la, lb := utf8.RuneCountInString(fa.display), utf8.RuneCountInString(fb.display); la != lb {
			return la > lb
		}
		return fa.display < fb.display
	}
	for fid := range counts {
		if best < 0 || better(fid, best) {
			best = fid
		}
	}
	return forms[best].display
}

// shouting tells a form in capitals only, longer than four letters, whose
// cluster also has it in mixed case.
func shouting(f *form, counts map[int]int, forms []*form) bool {
	if !f.allCaps() || len(f.display) <= 4 {
		return false
	}
	for g := range counts {
		if o := forms[g]; o != f && !o.allCaps() && strings.EqualFold(o.display, f.display) {
			return true
		}
	}
	return false
}

// resolve finds the entity a name as written (a claimant or subject)
// refers to, trying kinds in the given order. It returns -1 when no entity
// matches or the name is ambiguous.
func (ix *entityIndex) resolve(name string, kinds ...doc.Kind) int {
	ws := words(name)
	for len(ws) > 1 && isArticle(fold(ws[0])) {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return -1
	}
	for _, kind := range kinds {
		cand := ws
		if kind == doc.Person {
			cand, _ = ix.lx.personWords(strings.Join(ws, " "))
		}
		var keys []string
		for _, w := range cand {
			if k := ix.lx.key(w); k != "" {
				keys = append(keys, k)
			}
		}
		if len(keys) == 0 {
			continue
		}
		if es := ix.byKey[kind][strings.Join(keys, " ")]; len(es) == 1 {
			return es[0]
		}
		if kind != doc.Person {
			if es := ix.byKey[kind][ix.lx.bagKey(cand)]; len(es) == 1 {
				return es[0]
			}
			continue
		}
		// A person by surname, or by a spelling variant of a full name.
		last := keys[len(keys)-1]
		var found []int
		for _, e := range ix.surname[skeleton(last)] {
			for _, f := range ix.formsOf[e] {
				if !f.full() || !sameKey(f.last(), last) {
					continue
				}
				if len(keys) == 1 || sameGiven(f.first(), keys[0]) {
					if !slices.Contains(found, e) {
						found = append(found, e)
					}
				}
			}
		}
		if len(found) == 1 {
			return found[0]
		}
	}
	return -1
}

// written returns the display form of a mention: the name as the article
// writes it, spaces collapsed and a leading article dropped, when ws (the
// words the name is matched by) are all its words; otherwise (a title was
// split off a person's name) ws joined by spaces. Punctuation inside a name
// stays: "Donetsk People's Republic", "O'Brien".
func written(text string, ws []string) string {
	all := words(text)
	for len(all) > 1 && isArticle(fold(all[0])) {
		all = all[1:]
	}
	if !slices.Equal(all, ws) || len(ws) == 0 {
		if d := strings.Join(ws, " "); d != "" {
			return d
		}
		return strings.Join(strings.Fields(text), " ")
	}
	fs := strings.Fields(text)
	if len(fs) > 1 && isArticle(fold(fs[0])) {
		fs = fs[1:]
	}
	d := strings.Join(fs, " ")
	for _, suf := range []string{"'s", "’s"} {
		d = strings.TrimSuffix(d, suf)
	}
	return strings.Trim(d, " ,;:\"“”'‘’()[]")
}
