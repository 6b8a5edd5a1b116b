package reconcile

import (
	"slices"
	"testing"

	"factpipe/doc"
)

func withRef(m doc.Mention, ref string) doc.Mention { m.Ref = ref; return m }

// Mentions the tagger resolved to one gazetteer entry are one entity
// whatever the spelling, and names keep the punctuation they are written
// with.
func TestRefsAndWrittenNames(t *testing.T) {
	tests := []struct {
		name    string
		results []doc.Result
		want    [][]string // each entity: canonical name, then aliases
	}{
		{
			name: "country abbreviations",
			results: []doc.Result{
				res("a.txt", "", "", []doc.Mention{withRef(loc("US"), "country:US"), withRef(loc("United States"), "country:US")}),
				res("b.txt", "", "", []doc.Mention{withRef(loc("United States"), "country:US"), withRef(loc("Britain"), "country:GB")}),
				res("c.txt", "", "", []doc.Mention{withRef(loc("UK"), "country:GB")}),
			},
			want: [][]string{{"Britain", "UK"}, {"United States", "US"}},
		},
		{
			// The same spelling with different references stays one entity
			// only through spelling; different kinds never merge.
			name: "kinds apart",
			results: []doc.Result{
				res("a.txt", "", "", []doc.Mention{withRef(loc("Georgia"), "country:GE"), per("Georgia Smith")}),
			},
			want: [][]string{{"Georgia"}, {"Georgia Smith"}},
		},
		{
			name: "written punctuation kept",
			results: []doc.Result{
				res("a.txt", "", "", []doc.Mention{loc("Donetsk People’s Republic"), per("Kacper P?a?y?ski"), org("the Institute for the Study of War")}),
			},
			want: [][]string{{"Donetsk People’s Republic"}, {"Institute for the Study of War"}, {"Kacper P?a?y?ski"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := Reconcile(tt.results, Options{})
			var got [][]string
			for _, e := range rec.Entities {
				got = append(got, append([]string{e.Name}, e.Aliases...))
			}
			slices.SortFunc(got, func(a, b []string) int { return slices.Compare(a, b) })
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("entities %q, want %q", got, tt.want)
			}
		})
	}
}
