package reconcile

import (
	"testing"

	"factpipe/doc"
	"factpipe/gazetteer"
)

// A place takes the gazetteer entry its mentions were resolved to most
// often; references the gazetteer does not hold are passed over, and no
// entity but a place has a location.
func TestGeo(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	lx := newLexicon(gz)
	tests := []struct {
		name    string
		kind    doc.Kind
		refs    map[string]int
		country string // "" for no location
		region  string
	}{
		{"city with its region", doc.Place, map[string]int{"geonames:2988507": 2}, "FR", "Île-de-France"},
		{"region names itself", doc.Place, map[string]int{"geonames:2951839": 1}, "DE", "Bavaria"},
		{"country has no region", doc.Place, map[string]int{"country:FR": 1}, "FR", ""},
		{"most mentions win", doc.Place, map[string]int{"country:FR": 1, "country:DE": 3}, "DE", ""},
		// equal counts: the first reference in byte order
		{"tie", doc.Place, map[string]int{"country:FR": 2, "country:DE": 2}, "DE", ""},
		{"unknown reference passed over", doc.Place, map[string]int{"country:SU": 5, "country:FR": 1}, "FR", ""},
		{"nothing resolves", doc.Place, map[string]int{"country:SU": 5}, "", ""},
		{"no references", doc.Place, nil, "", ""},
		{"not a place", doc.Organization, map[string]int{"country:FR": 1}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := lx.geo(tt.kind, tt.refs)
			if tt.country == "" {
				if g != nil {
					t.Fatalf("geo = %+v, want none", *g)
				}
				return
			}
			if g == nil || g.Country != tt.country || g.Region != tt.region {
				t.Fatalf("geo = %+v, want %s, %q", g, tt.country, tt.region)
			}
			if g.Lat == 0 && g.Lon == 0 {
				t.Error("located at 0,0")
			}
		})
	}
	if g := newLexicon(nil).geo(doc.Place, map[string]int{"country:FR": 1}); g != nil {
		t.Errorf("without a gazetteer geo = %+v, want none", *g)
	}
}
