package gazetteer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// keyBufSize is the size of the stack buffer lookups fold into; longer
// names still work but allocate.
const keyBufSize = 96

// Places returns the places whose name or alternate name folds to the same
// key as name (case, diacritics and punctuation are ignored: "Makiïvka",
// "MAKIIVKA" and "makiivka" are one key), nil when there is none.
//
// Countries come first; then regions and cities, most populous first
// ("Moscow, Russia" before "Moscow, Idaho"; the state of Washington before
// the towns), except that a region named after a city holding a good part
// of its people comes after it ("Moscow" the city before the federal
// subject). Countries match by any of their names ("Russian Federation")
// but not by abbreviations; regions also by "X region" for "X Oblast" (or
// Province, Krai, ...); cities by the part of their name before a comma and
// a few well-known exonyms ("Kiev").
//
// The result is shared: callers must not modify it. Lookups of ASCII names
// up to 96 bytes do not allocate.
func (g *Gazetteer) Places(name string) []Place {
	var buf [keyBufSize]byte
	s, ok := g.exact[string(appendFold(buf[:0], name))]
	if !ok {
		return nil
	}
	return g.places[s.lo:s.hi:s.hi]
}

// PlacesLoose is Places under a looser key that also ignores common
// differences of romanisation: y read as i, doubled letters read as one,
// "zhzh" as "zh", and st/mt/ft as saint/mount/fort. "Makiivka" finds
// GeoNames' "Makiyivka", "Donetsky" finds "Donetskiy", "St Peter Port"
// finds "Saint Peter Port". Use it after Places finds nothing: it matches
// more names wrongly. The result groups places by exact spelling, each group
// ordered as by Places; it is shared and must not be modified.
func (g *Gazetteer) PlacesLoose(name string) []Place {
	var buf, lbuf [keyBufSize]byte
	s, ok := g.approx[string(appendLoose(lbuf[:0], appendFold(buf[:0], name)))]
	if !ok {
		return nil
	}
	return g.places[s.lo:s.hi:s.hi]
}

// Country returns the ISO 3166-1 alpha-2 code of the country a name refers
// to. It accepts official, common and short names in any case, with or
// without a leading "the" ("Russia", "Russian Federation", "the United
// States", "Britain", "Côte d'Ivoire"), and well-known abbreviations when
// written in capitals, with or without full stops or "the" ("US", "U.S.",
// "the UK", "UAE", "DRC"; "us" is not a country). Bare ISO codes other than those
// abbreviations are not accepted: use CountryName to check a code.
func (g *Gazetteer) Country(name string) (code string, ok bool) {
	var buf [keyBufSize]byte
	if a, isAbbrev := upperAbbrev(buf[:0], trimThe(name)); isAbbrev {
		if code, ok = g.abbrev[string(a)]; ok {
			return code, true
		}
	}
	k := appendFold(buf[:0], name)
	if len(k) > 4 && string(k[:4]) == "the " {
		k = k[4:]
	}
	code, ok = g.countryName[string(k)]
	return code, ok
}

// trimThe removes a leading "the " in any case and surrounding spaces.
func trimThe(name string) string {
	name = strings.TrimSpace(name)
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return strings.TrimSpace(name[4:])
	}
	return name
}

// upperAbbrev appends name without full stops to dst and reports whether
// the result is 2 to 5 capital ASCII letters.
func upperAbbrev(dst []byte, name string) ([]byte, bool) {
	name = strings.TrimSpace(name)
	if len(name) > 10 {
		return dst, false
	}
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '.':
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c)
		default:
			return dst, false
		}
	}
	return dst, len(dst) >= 2 && len(dst) <= 5
}

// CountryName returns the common English name of the country with ISO
// 3166-1 alpha-2 code code ("RU" -> "Russia"); ok is false for an unknown
// code. Codes are upper case.
func (g *Gazetteer) CountryName(code string) (name string, ok bool) {
	c, ok := g.countries[code]
	return c.name, ok
}

// Demonym returns the country of a nationality word: an adjective or noun,
// singular or plural, in any case ("Russian" -> "RU", "Ukrainians" -> "UA",
// "Frenchmen" -> "FR", "Britons" -> "GB"). A word shared by several
// countries goes to the one most likely meant in news: UN members before
// other territories, then the more populous ("Congolese" -> "CD",
// "Dominican" -> "DO", "Korean" -> "KR", "Indian" -> "IN").
func (g *Gazetteer) Demonym(s string) (country string, ok bool) {
	var buf [keyBufSize]byte
	country, ok = g.demonym[string(appendFold(buf[:0], s))]
	return country, ok
}

// Capital returns the capital city of the country with ISO 3166-1 alpha-2
// code code ("UA" -> "Kyiv"); where a country has several capitals, the
// first listed by world-countries (the seat of government, usually).
func (g *Gazetteer) Capital(code string) (city string, ok bool) {
	c, ok := g.countries[code]
	if !ok || len(c.capitals) == 0 {
		return "", false
	}
	return c.capitals[0], true
}

// CapitalOf returns the country whose national capital is named name, in
// any case and with or without diacritics ("Moscow" -> "RU", "Kyiv" ->
// "UA", "Washington" -> "US"), so that "Moscow said" can be read as
// Russia's government. Every
// capital of a country with several counts ("Pretoria", "Cape Town" ->
// "ZA").
func (g *Gazetteer) CapitalOf(name string) (country string, ok bool) {
	var buf [keyBufSize]byte
	country, ok = g.capitalOf[string(appendFold(buf[:0], name))]
	return country, ok
}

// FirstName describes s if it is a listed first name, ignoring case and
// diacritics ("Mary" -> Female, English; "Leslie" -> Male|Female;
// "Volodymyr" -> Male). A spelling that is not listed matches a listed one
// under the loose key of PlacesLoose ("Dmitry" -> "Dmitriy", "Yuri" ->
// "Yuriy"). ok is false when neither matches.
func (g *Gazetteer) FirstName(s string) (name FirstName, ok bool) {
	var buf, lbuf [keyBufSize]byte
	k := appendFold(buf[:0], s)
	if name, ok = g.firstName[string(k)]; ok {
		return name, true
	}
	name, ok = g.firstLoose[string(appendLoose(lbuf[:0], k))]
	return name, ok
}

// IsFirstName reports whether FirstName(s) finds a name.
func (g *Gazetteer) IsFirstName(s string) bool {
	_, ok := g.FirstName(s)
	return ok
}

// ByRef returns the place a stable reference names: "country:XX" (an ISO
// 3166-1 alpha-2 code) or "geonames:ID" (a city or region), the forms of
// doc.Mention.Ref. ok is false for any other reference and for one the
// tables do not hold (a withdrawn code such as "country:SU").
func (g *Gazetteer) ByRef(ref string) (p Place, ok bool) {
	kind, key, _ := strings.Cut(ref, ":")
	switch kind {
	case "country":
		i, ok := g.nation[key]
		if !ok {
			return Place{}, false
		}
		return g.places[i], true
	case "geonames":
		id, err := strconv.ParseInt(key, 10, 32)
		if err != nil {
			return Place{}, false
		}
		j, found := slices.BinarySearchFunc(g.byID, int32(id), func(e idEntry, id int32) int { return cmp.Compare(e.id, id) })
		if !found {
			return Place{}, false
		}
		return g.places[g.byID[j].at], true
	}
	return Place{}, false
}
