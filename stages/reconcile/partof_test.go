package reconcile

import (
	"testing"

	"factpipe/doc"
)

// A town's quantity is part of its region's, a region's of its country's,
// the nearest whole first; quantities of another story, measure or unit,
// and places of another country, are not linked.
func TestLinkParts(t *testing.T) {
	ents := []doc.Entity{
		{Kind: doc.Place, Name: "Riverton", Geo: &doc.Geo{Country: "AA", Region: "Hill Province"}},
		{Kind: doc.Place, Name: "Hill Province", Geo: &doc.Geo{Country: "AA", Region: "Hill Province"}},
		{Kind: doc.Place, Name: "Aland", Geo: &doc.Geo{Country: "AA"}},
		{Kind: doc.Place, Name: "Bland", Geo: &doc.Geo{Country: "BB"}},
		{Kind: doc.Place, Name: "Nowhere"},
	}
	q := func(id, story, subject, measure string) doc.Quantity {
		return doc.Quantity{ID: id, Story: story, Subject: subject, Measure: measure, Unit: "person"}
	}
	qs := []doc.Quantity{
		q("town", "s", "Riverton", "killed"),
		q("region", "s", "Hill Province", "killed"),
		q("country", "s", "Aland", "killed"),
		q("other country", "s", "Bland", "killed"),
		q("town wounded", "s", "Riverton", "wounded"),
		q("region elsewhere", "t", "Hill Province", "wounded"),
		q("unknown", "s", "Nowhere", "killed"),
	}
	linkParts(qs, ents)
	want := map[string]string{"town": "region", "region": "country"}
	for _, x := range qs {
		if x.PartOf != want[x.ID] {
			t.Errorf("%s: part of %q, want %q", x.ID, x.PartOf, want[x.ID])
		}
	}
}
