package gazetteer

import (
	"bufio"
	"factpipe/internal/testenv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// loadOnce shares one Gazetteer between the tests of this file.
var loadOnce = sync.OnceValues(Load)

func mustLoad(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := loadOnce()
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return g
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii lower", "moscow", "moscow"},
		{"ascii upper", "MOSCOW", "moscow"},
		{"diaeresis", "Makiïvka", "makiivka"},
		{"acute and ogonek", "Łódź", "lodz"},                    // ł does not decompose under NFD
		{"sharp s", "Straße", "strasse"},                        // ß -> ss
		{"curly apostrophe", "Ust’-Donetskiy", "ust donetskiy"}, // apostrophe deleted, hyphen -> space
		{"straight apostrophe", "Kam'yanske", "kamyanske"},
		{"full stops", "Washington, D.C.", "washington dc"},
		{"spaces collapse", "  New \t York  ", "new york"},
		{"en dash", "Guinea–Bissau", "guinea bissau"},
		{"combining mark", "Mako\u0301", "mako"}, // precomposed and decomposed forms fold alike
		{"cyrillic lowercased", "Москва", "москва"},
		{"empty", "", ""},
		{"only punctuation", " - ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLoose(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"yi vs i", "Makiyivka", "Makiivka", true},
		{"iy vs y ending", "Donetskiy", "Donetsky", true},
		{"zhzh", "Zaporizhzhia", "Zaporizhia", true},
		{"saint", "St. Peter Port", "Saint Peter Port", true},
		{"different towns", "Kyiv", "Kiel", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			la, lb := loose(Fold(tc.a)), loose(Fold(tc.b))
			if (la == lb) != tc.same {
				t.Errorf("loose(%q) = %q, loose(%q) = %q; same = %v, want %v", tc.a, la, tc.b, lb, la == lb, tc.same)
			}
		})
	}
}

// TestTableSizes checks that the embedded tables load and hold about what
// the sources publish, so a broken generator run cannot go unnoticed.
func TestTableSizes(t *testing.T) {
	g := mustLoad(t)
	// Places may appear more than once (alternate names): count distinct ids.
	ids := map[int]bool{}
	regions := 0
	for _, p := range g.places {
		if p.Kind == KindCity || p.Kind == KindRegion {
			ids[p.GeoNameID] = true
		}
		if p.Kind == KindRegion {
			regions++
		}
	}
	checks := []struct {
		name     string
		got      int
		min, max int
	}{
		{"cities and regions", len(ids), 133000, 155000},
		{"countries", len(g.countries), 240, 260},
		{"country names", len(g.countryName), 500, 3000},
		{"demonym forms", len(g.demonym), 300, 2000},
		{"capitals", len(g.capitalOf), 200, 600},
		{"first names", len(g.firstName), 18000, 23000},
	}
	for _, c := range checks {
		if c.got < c.min || c.got > c.max {
			t.Errorf("%s: %d, want %d..%d", c.name, c.got, c.min, c.max)
		}
	}
	if regions < 3500 {
		t.Errorf("region entries: %d, want >= 3500", regions)
	}
}

func TestPlaces(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name        string
		in          string
		wantFirst   string // Name of the first (most populous) place; "" for no match
		wantCountry string
		wantKind    Kind
	}{
		{"capital city", "moscow", "Moscow", "RU", KindCity}, // beats Moscow, Idaho on population
		{"lower case", "kyiv", "Kyiv", "UA", KindCity},
		{"diacritics in source", "Lodz", "Łódź", "PL", KindCity},
		{"diacritics in query", "Zürich", "Zürich", "CH", KindCity},
		{"country by common name", "Ukraine", "Ukraine", "UA", KindCountry},
		{"country by official name", "Russian Federation", "Russia", "RU", KindCountry},
		{"region before a same-named city", "Scotland", "Scotland", "GB", KindRegion}, // Scotland, Texas has more people than the region's 0
		{"country before a same-named city", "Luxembourg", "Luxembourg", "LU", KindCountry},
		{"capital alternate name", "Naypyidaw", "Nay Pyi Taw", "MM", KindCity}, // world-countries spelling of a GeoNames PPLC
		{"exonym", "Kiev", "Kyiv", "UA", KindCity},                             // city before the same-named city region
		{"region by type word", "Donetsk Oblast", "Donetsk Oblast", "UA", KindRegion},
		{"region by 'region'", "Donetsk region", "Donetsk Oblast", "UA", KindRegion},
		{"region without prefix", "Crimea", "Autonomous Republic of Crimea", "UA", KindRegion},
		{"US state", "Texas", "Texas", "US", KindRegion},
		{"city over same-named region", "Moscow", "Moscow", "RU", KindCity},                  // Moscow is also a federal subject
		{"region over small same-named towns", "Washington", "Washington", "US", KindRegion}, // the state, not Washington, Tyne and Wear
		{"unknown", "Xqzzyville", "", "", ""},
		{"empty", "", "", "", ""},
		{"longer than the stack buffer", strings.Repeat("Moscow ", 30), "", "", ""}, // takes the allocating path
		{"long non-ASCII", strings.Repeat("Łódź ", 30), "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Places(tc.in)
			if tc.wantFirst == "" {
				if len(got) != 0 {
					t.Fatalf("Places(%q) = %v, want none", tc.in, got)
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("Places(%q) = none, want %s", tc.in, tc.wantFirst)
			}
			p := got[0]
			if p.Name != tc.wantFirst || p.Country != tc.wantCountry || p.Kind != tc.wantKind {
				t.Errorf("Places(%q)[0] = %s/%s/%s, want %s/%s/%s", tc.in, p.Name, p.Country, p.Kind,
					tc.wantFirst, tc.wantCountry, tc.wantKind)
			}
			for i := 1; i < len(got); i++ {
				if got[i].Kind == got[i-1].Kind && got[i].Population > got[i-1].Population {
					t.Errorf("Places(%q) not ordered by population at %d", tc.in, i)
				}
			}
		})
	}
}

func TestPlacesCapitalFlagAndCoordinates(t *testing.T) {
	g := mustLoad(t)
	p := g.Places("Kyiv")[0]
	if !p.Capital || p.GeoNameID == 0 || p.Population < 1000000 {
		t.Errorf("Kyiv = %+v, want a capital with an id and its population", p)
	}
	if p.Lat < 50 || p.Lat > 51 || p.Lon < 30 || p.Lon > 31 {
		t.Errorf("Kyiv at %v,%v, want about 50.45,30.52", p.Lat, p.Lon)
	}
	d := g.Places("Donetsk")
	if len(d) < 2 || d[0].Country != "UA" || d[0].Region != "Donetsk Oblast" {
		t.Errorf("Places(Donetsk) = %+v, want the Ukrainian city in Donetsk Oblast first", d)
	}
	r := g.Places("Donetsk region")[0]
	if r.Population < 1000000 || r.Lat < 47 || r.Lat > 49 || r.Lon < 37 || r.Lon > 39 || r.GeoNameID == 0 {
		t.Errorf("Donetsk region = %+v, want its cities' population and centre", r)
	}
}

func TestPlacesLoose(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, in, wantName, wantCountry string
	}{
		{"yi romanisation", "Makiivka", "Makiyivka", "UA"}, // GeoNames spells it with -yi-
		{"diacritic and romanisation", "Makiïvka", "Makiyivka", "UA"},
		{"exact still found", "Donetsk", "Donetsk", "UA"},
		{"saint abbreviation", "St Peter Port", "Saint Peter Port", "GG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, p := range g.PlacesLoose(tc.in) {
				if p.Name == tc.wantName && p.Country == tc.wantCountry {
					found = true
				}
			}
			if !found {
				t.Errorf("PlacesLoose(%q) = %v, want %s (%s) among them", tc.in, g.PlacesLoose(tc.in), tc.wantName, tc.wantCountry)
			}
		})
	}
	if got := g.PlacesLoose("Xqzzyville"); got != nil {
		t.Errorf("PlacesLoose(unknown) = %v, want nil", got)
	}
}

func TestCountry(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, in, want string // want "" for no match
	}{
		{"common name", "Russia", "RU"},
		{"official name", "Russian Federation", "RU"},
		{"leading the", "the United States", "US"},
		{"leading The", "The Netherlands", "NL"},
		{"short form", "Britain", "GB"},
		{"abbreviation", "US", "US"},
		{"abbreviation with stops", "U.S.", "US"},
		{"UK", "UK", "GB"},
		{"the UK", "the UK", "GB"},
		{"The U.S.", "The U.S.", "US"},
		{"UAE", "UAE", "AE"},
		{"lower-case us is a pronoun", "us", ""}, // abbreviations only match in capitals
		{"diacritics", "Côte d'Ivoire", "CI"},
		{"no diacritics", "Cote dIvoire", "CI"},
		{"former name", "Swaziland", "SZ"},
		{"upper case name", "UKRAINE", "UA"},
		{"bare ISO code is not a name", "IT", ""}, // "IT" in capitals is mostly the pronoun
		{"city is not a country", "Moscow", ""},
		{"unknown", "Atlantis", ""},
		{"empty", "", ""},
		{"only the", "the", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := g.Country(tc.in)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("Country(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestCountryName(t *testing.T) {
	g := mustLoad(t)
	if name, ok := g.CountryName("RU"); !ok || name != "Russia" {
		t.Errorf("CountryName(RU) = %q, %v", name, ok)
	}
	if name, ok := g.CountryName("ru"); ok {
		t.Errorf("CountryName(ru) = %q, want no match (codes are upper case)", name)
	}
}

func TestDemonym(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, in, want string
	}{
		{"adjective", "Russian", "RU"},
		{"plural", "Ukrainians", "UA"},
		{"upper case", "UKRAINIAN", "UA"},
		{"-ese has no s plural", "Chinese", "CN"},
		{"-man noun", "Frenchmen", "FR"},
		{"Briton plural", "Britons", "GB"},
		{"British", "British", "GB"},
		{"American", "Americans", "US"},
		{"multiword", "South Korean", "KR"},
		{"shared demonym goes to the larger country", "Congolese", "CD"},
		{"shared with a territory", "Indian", "IN"}, // also British Indian Ocean Territory
		{"Dutch", "Dutch", "NL"},
		{"Israeli plural", "Israelis", "IL"},
		{"country name is not a demonym", "Russia", ""},
		{"ordinary word", "soldiers", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := g.Demonym(tc.in)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("Demonym(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestCapital(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, code, want string
	}{
		{"Ukraine", "UA", "Kyiv"},
		{"Russia", "RU", "Moscow"},
		{"unknown code", "QQ", ""},
		{"no capital", "AQ", ""}, // Antarctica
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := g.Capital(tc.code)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("Capital(%q) = %q, %v; want %q", tc.code, got, ok, tc.want)
			}
		})
	}
}

func TestCapitalOf(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, in, want string
	}{
		{"Moscow", "Moscow", "RU"},
		{"Kyiv", "Kyiv", "UA"},
		{"Washington DC", "Washington, D.C.", "US"},
		{"capital name before the comma", "Washington", "US"},
		{"exonym of a capital", "Kiev", "UA"},
		{"second capital", "Cape Town", "ZA"},
		{"not a capital", "Donetsk", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := g.CapitalOf(tc.in)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("CapitalOf(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestFirstName(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, in string
		ok       bool
		want     FirstName
	}{
		{"male", "John", true, FirstName{Gender: Male, English: true}},
		{"female", "Mary", true, FirstName{Gender: Female, English: true}},
		{"both", "Leslie", true, FirstName{Gender: Male | Female, English: true}},
		{"lower case", "john", true, FirstName{Gender: Male, English: true}},
		{"also a word", "Will", true, FirstName{Gender: Male, English: true}},
		{"Ukrainian romanised", "Volodymyr", true, FirstName{Gender: Male}}, // from Cyrillic by the 2010 national system
		{"Ukrainian female", "Olena", true, FirstName{Gender: Female}},
		{"loose spelling", "Oleksiy", true, FirstName{Gender: Male}}, // listed as Oleksii (uk); the loose key reads y as i
		{"surname", "Smithson", false, FirstName{}},
		{"empty", "", false, FirstName{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := g.FirstName(tc.in)
			if ok != tc.ok || got != tc.want || g.IsFirstName(tc.in) != ok {
				t.Errorf("FirstName(%q) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestZeroGazetteer(t *testing.T) {
	var g Gazetteer
	if g.Places("Moscow") != nil || g.PlacesLoose("Moscow") != nil || g.IsFirstName("John") {
		t.Error("zero Gazetteer matched")
	}
	if _, ok := g.Country("Russia"); ok {
		t.Error("zero Gazetteer matched a country")
	}
}

// TestConcurrentLookups runs lookups from several goroutines; with -race it
// checks that a loaded Gazetteer is read-only.
func TestConcurrentLookups(t *testing.T) {
	g := mustLoad(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				g.Places("Moscow")
				g.PlacesLoose("Makiivka")
				g.Country("the United States")
				g.Demonym("Ukrainians")
				g.IsFirstName("Anna")
			}
		}()
	}
	wg.Wait()
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Makiïvka", "Washington, D.C.", "Ust’-Donetskiy", "ẞ", "", "\xff", "  a  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if Fold(k) != k {
			t.Errorf("Fold not idempotent: Fold(%q) = %q, Fold(that) = %q", s, k, Fold(k))
		}
		var buf [keyBufSize]byte
		if got := string(appendFold(buf[:0], s)); got != k {
			t.Errorf("appendFold(%q) = %q, Fold = %q", s, got, k)
		}
		_ = loose(k)
	})
}

// FuzzLookups checks that lookups never panic, whatever the input length,
// and that every lookup depends only on the folded form of its argument.
func FuzzLookups(f *testing.F) {
	g := mustLoad(f)
	for _, s := range []string{"Moscow", "MAKIÏVKA", "the United States", "U.S.", "Ukrainians", "", "\xff\xfe",
		strings.Repeat("Donetsk ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		if !slices.Equal(g.Places(s), g.Places(k)) || !slices.Equal(g.PlacesLoose(s), g.PlacesLoose(k)) {
			t.Errorf("Places(%q) differs from Places(Fold) = Places(%q)", s, k)
		}
		d1, ok1 := g.Demonym(s)
		d2, ok2 := g.Demonym(k)
		if d1 != d2 || ok1 != ok2 {
			t.Errorf("Demonym(%q) = %q, Demonym(%q) = %q", s, d1, k, d2)
		}
		g.Country(s)
		g.CapitalOf(s)
		g.IsFirstName(s)
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookups looks up every capitalised word of a real news corpus in
// every table, as the entity tagger does: Places (then PlacesLoose on a
// miss), Demonym, Country and IsFirstName.
func BenchmarkLookups(b *testing.B) {
	words := corpusWords(b)
	g := mustLoad(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			if g.Places(w) == nil {
				g.PlacesLoose(w)
			}
			g.Demonym(w)
			g.Country(w)
			g.IsFirstName(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

// corpusWords returns the capitalised words of the CoNLL-2003 test set in
// the shared data directory, skipping the benchmark when it is absent.
func corpusWords(b *testing.B) []string {
	b.Helper()
	dir := testenv.DataDir()
	if dir == "" {
		b.Skip("shared/data not found")
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "conll2003", "*test*"))
	if len(matches) == 0 {
		b.Skip("no CoNLL-2003 test file in shared/data")
	}
	f, err := os.Open(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	capWord := regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*$`)
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' || line[i] == '\t' {
				line = line[:i]
				break
			}
		}
		if capWord.MatchString(line) {
			words = append(words, line)
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	if len(words) == 0 {
		b.Skip("no words read")
	}
	return words
}

// TestLookupsDoNotAllocate guards the hot path: ASCII lookups fold into a
// stack buffer and index maps with it.
func TestLookupsDoNotAllocate(t *testing.T) {
	g := mustLoad(t)
	lookups := []struct {
		name string
		fn   func()
	}{
		{"Places", func() { g.Places("Donetsk region") }},
		{"PlacesLoose", func() { g.PlacesLoose("Makiivka") }},
		{"Country", func() { g.Country("the United States") }},
		{"Country abbreviation", func() { g.Country("U.S.") }},
		{"Demonym", func() { g.Demonym("Ukrainians") }},
		{"CapitalOf", func() { g.CapitalOf("Moscow") }},
		{"FirstName loose", func() { g.FirstName("Oleksiy") }},
		{"miss", func() { g.Places("Xqzzyville") }},
	}
	for _, l := range lookups {
		if n := testing.AllocsPerRun(100, l.fn); n != 0 {
			t.Errorf("%s: %v allocations per lookup, want 0", l.name, n)
		}
	}
}

func TestByRef(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, ref       string
		want            string // Name of the place; "" for no match
		kind            Kind
		country, region string
		minLat, minLon  float64 // the place lies north-east of this corner
		maxLat, maxLon  float64 // and south-west of this one
	}{
		{"country", "country:FR", "France", KindCountry, "FR", "", 41, -5, 51, 10},
		{"city with its region", "geonames:2988507", "Paris", KindCity, "FR", "Île-de-France", 48, 2, 49, 3},
		{"region", "geonames:2951839", "Bavaria", KindRegion, "DE", "", 47, 10, 51, 14},
		// A withdrawn code names a state the tables do not hold.
		{"withdrawn country code", "country:SU", "", "", "", "", 0, 0, 0, 0},
		{"unknown id", "geonames:1", "", "", "", "", 0, 0, 0, 0},
		{"not a number", "geonames:x", "", "", "", "", 0, 0, 0, 0},
		{"other scheme", "city:2988507", "", "", "", "", 0, 0, 0, 0},
		{"empty", "", "", "", "", "", 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.ByRef(tt.ref)
			if tt.want == "" {
				if ok {
					t.Fatalf("ByRef(%q) = %+v, want no match", tt.ref, p)
				}
				return
			}
			if !ok || p.Name != tt.want || p.Kind != tt.kind || p.Country != tt.country || p.Region != tt.region {
				t.Fatalf("ByRef(%q) = %+v, %v; want %s (%s, %s, %q)", tt.ref, p, ok, tt.want, tt.kind, tt.country, tt.region)
			}
			if p.Lat < tt.minLat || p.Lat > tt.maxLat || p.Lon < tt.minLon || p.Lon > tt.maxLon {
				t.Errorf("ByRef(%q) at %.2f,%.2f, outside %v..%v, %v..%v", tt.ref, p.Lat, p.Lon, tt.minLat, tt.maxLat, tt.minLon, tt.maxLon)
			}
		})
	}
}
