package reconcile

import (
	"slices"
	"strings"
	"testing"

	"factpipe/doc"
)

// pos names a mention: result r, mention m.
type pos struct{ r, m int }

func TestEntityMerging(t *testing.T) {
	tests := []struct {
		name    string
		docs    [][]doc.Mention
		aliases string
		same    [][2]pos         // mentions that must share an entity
		apart   [][2]pos         // mentions that must not
		names   map[pos]string   // canonical name of a mention's entity
		aliasOf map[pos][]string // aliases of a mention's entity
		titles  map[pos][]string // titles of a mention's entity
		counts  map[pos][2]int   // Mentions, Documents of a mention's entity
		kinds   map[pos]doc.Kind // kind of a mention's entity
		extra   func(*testing.T, doc.Reconciled)
	}{
		{
			name:   "surname alone with the full name in one article",
			docs:   [][]doc.Mention{{per("Vladimir Putin"), per("Putin"), per("Putin's")}},
			same:   [][2]pos{{{0, 0}, {0, 1}}, {{0, 0}, {0, 2}}},
			names:  map[pos]string{{0, 1}: "Vladimir Putin"},
			counts: map[pos][2]int{{0, 0}: {3, 1}},
		},
		{
			name:   "surname alone across articles",
			docs:   [][]doc.Mention{{per("Vladimir Putin")}, {per("Putin")}},
			same:   [][2]pos{{{0, 0}, {1, 0}}},
			counts: map[pos][2]int{{1, 0}: {2, 2}},
		},
		{
			// Kiev/Kyiv, Makeevka/Makiivka/Makiïvka are places; the pairs
			// of people are transliterations, some through French.
			name: "transliterations merge",
			docs: [][]doc.Mention{
				{loc("Kiev"), loc("Makeevka"), per("Sergey Shoigu"), per("Rozhin"), per("Alexander Lapin"), per("Volodymyr Zelenskyy")},
				{loc("Kyiv"), loc("Makiivka"), per("Sergei Shoigu"), per("Rojine"), per("Alexandre Lapine"), per("Volodimir Zelensky")},
				{loc("Makiïvka’s"), per("Sergueï Choïgou"), per("Choigou"), per("Zelensky")},
			},
			same: [][2]pos{
				{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}, {{0, 1}, {2, 0}},
				{{0, 2}, {1, 2}}, {{0, 2}, {2, 1}}, {{0, 2}, {2, 2}},
				{{0, 3}, {1, 3}}, {{0, 4}, {1, 4}}, {{0, 5}, {1, 5}}, {{0, 5}, {2, 3}},
			},
			apart: [][2]pos{{{0, 2}, {0, 4}}, {{0, 0}, {0, 1}}},
			extra: func(t *testing.T, out doc.Reconciled) {
				// One entity each: 2 places and 4 people.
				if len(out.Entities) != 6 {
					t.Errorf("got %d entities, want 6: %+v", len(out.Entities), out.Entities)
				}
			},
		},
		{
			// Spelled alike, but the gazetteer resolved them to two places;
			// a form it did not resolve still joins by spelling.
			name: "gazetteer tells spellings apart",
			docs: [][]doc.Mention{
				{withRef(loc("Colombia"), "country:CO")},
				{withRef(loc("Columbia"), "city:4575352")},
				{loc("Colombia")},
			},
			same:  [][2]pos{{{0, 0}, {2, 0}}},
			apart: [][2]pos{{{0, 0}, {1, 0}}},
		},
		{
			name:  "two Sergeis with different surnames stay apart",
			docs:  [][]doc.Mention{{per("Sergei Shoigu"), per("Sergei Serdyukov")}, {per("Sergei Serdyukov"), per("Shoigu")}},
			same:  [][2]pos{{{0, 0}, {1, 1}}, {{0, 1}, {1, 0}}},
			apart: [][2]pos{{{0, 0}, {0, 1}}},
		},
		{
			// Two people share a surname: a lone surname goes to the one
			// named in its own article, and stays apart where both or
			// neither are.
			name: "shared surname",
			docs: [][]doc.Mention{
				{per("Anna Smith"), per("Smith")},
				{per("John Smith"), per("Smith")},
				{per("Smith")},
				{per("Anna Smith"), per("John Smith"), per("Smith")},
			},
			same:  [][2]pos{{{0, 0}, {0, 1}}, {{1, 0}, {1, 1}}, {{2, 0}, {3, 2}}},
			apart: [][2]pos{{{0, 0}, {1, 0}}, {{0, 1}, {1, 1}}, {{2, 0}, {0, 0}}, {{2, 0}, {1, 0}}},
			names: map[pos]string{{2, 0}: "Smith"},
		},
		{
			name:  "a place and a person never merge",
			docs:  [][]doc.Mention{{loc("Georgia"), per("Georgia")}, {loc("Georgia"), per("Georgia Harrison")}},
			same:  [][2]pos{{{0, 0}, {1, 0}}},
			apart: [][2]pos{{{0, 0}, {0, 1}}, {{1, 0}, {1, 1}}},
			kinds: map[pos]doc.Kind{{0, 0}: doc.Place, {0, 1}: doc.Person},
		},
		{
			name: "canonical name is the most common full form; titles collected",
			docs: [][]doc.Mention{
				{m(doc.Person, "Sergei Shoigu", "Defence Minister"), per("Sergei Shoigu")},
				{m(doc.Person, "Sergey Shoigu", "defence minister"), per("Shoigu")},
				{m(doc.Person, "Sergueï Choïgou", "ministre de la Défense")},
			},
			names:   map[pos]string{{1, 0}: "Sergei Shoigu"},
			aliasOf: map[pos][]string{{0, 0}: {"Sergey Shoigu", "Sergueï Choïgou", "Shoigu"}},
			titles:  map[pos][]string{{0, 0}: {"Defence Minister", "defence minister", "ministre de la Défense"}},
			counts:  map[pos][2]int{{2, 0}: {5, 3}},
		},
		{
			name:   "leading titles are not part of the name",
			docs:   [][]doc.Mention{{per("President Vladimir Putin"), per("Vladimir Putin")}},
			same:   [][2]pos{{{0, 0}, {0, 1}}},
			names:  map[pos]string{{0, 0}: "Vladimir Putin"},
			titles: map[pos][]string{{0, 0}: {"President"}},
		},
		{
			name:  "organisations: word order, possessive, defence/defense, demonym",
			docs:  [][]doc.Mention{{org("Russian Ministry of Defense"), org("Russia's defence ministry"), org("the Russian Defense Ministry"), org("Ukrainian Ministry of Defense")}},
			same:  [][2]pos{{{0, 0}, {0, 1}}, {{0, 0}, {0, 2}}},
			apart: [][2]pos{{{0, 0}, {0, 3}}},
		},
		{
			name:    "aliases file joins a nom de guerre and a real name",
			docs:    [][]doc.Mention{{per("Igor Strelkov"), per("Strelkov")}, {per("Igor Girkin")}},
			aliases: "# noms de guerre\nIgor Girkin = Igor Strelkov\n",
			same:    [][2]pos{{{0, 0}, {1, 0}}, {{0, 1}, {1, 0}}},
			names:   map[pos]string{{0, 0}: "Igor Girkin"},
		},
		{
			name:  "without the aliases file they stay apart",
			docs:  [][]doc.Mention{{per("Igor Strelkov")}, {per("Igor Girkin")}},
			apart: [][2]pos{{{0, 0}, {1, 0}}},
		},
		{
			// An initial that fits two people attaches to neither and
			// never joins them.
			name: "an initial does not chain two people",
			docs: [][]doc.Mention{
				{per("Curtis White"), per("C. White")},
				{per("Kim White")},
				{per("C White")},
			},
			same:  [][2]pos{{{0, 0}, {0, 1}}, {{0, 0}, {2, 0}}},
			apart: [][2]pos{{{0, 0}, {1, 0}}, {{2, 0}, {1, 0}}},
			names: map[pos]string{{2, 0}: "Curtis White"},
		},
		{
			name:  "capitals-only forms give way to mixed case",
			docs:  [][]doc.Mention{{loc("DOETINCHEM"), org("NATO")}, {loc("DOETINCHEM"), loc("Doetinchem"), org("Nato"), org("NATO")}},
			names: map[pos]string{{0, 0}: "Doetinchem", {0, 1}: "NATO"},
		},
		{
			name:  "an initial matches the given name",
			docs:  [][]doc.Mention{{per("V. Putin"), per("Vladimir Putin")}},
			same:  [][2]pos{{{0, 0}, {0, 1}}},
			names: map[pos]string{{0, 0}: "Vladimir Putin"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var results []doc.Result
			for i, ms := range tt.docs {
				results = append(results, res("doc"+string(rune('a'+i)), "", "", ms))
			}
			var opts Options
			if tt.aliases != "" {
				a, err := LoadAliases(strings.NewReader(tt.aliases))
				if err != nil {
					t.Fatal(err)
				}
				opts.Aliases = a
			}
			out := Reconcile(results, opts)
			show := func(p pos) string { return results[p.r].Mentions[p.m].Text }
			for _, pr := range tt.same {
				a, b := entityOfMention(t, results, out, pr[0].r, pr[0].m), entityOfMention(t, results, out, pr[1].r, pr[1].m)
				if a.ID != b.ID {
					t.Errorf("%q and %q: entities %q and %q, want one", show(pr[0]), show(pr[1]), a.Name, b.Name)
				}
			}
			for _, pr := range tt.apart {
				a, b := entityOfMention(t, results, out, pr[0].r, pr[0].m), entityOfMention(t, results, out, pr[1].r, pr[1].m)
				if a.ID == b.ID {
					t.Errorf("%q and %q: both entity %q, want two", show(pr[0]), show(pr[1]), a.Name)
				}
			}
			for p, want := range tt.names {
				if e := entityOfMention(t, results, out, p.r, p.m); e.Name != want {
					t.Errorf("%q: name %q, want %q", show(p), e.Name, want)
				}
			}
			for p, want := range tt.aliasOf {
				if e := entityOfMention(t, results, out, p.r, p.m); !slices.Equal(e.Aliases, want) {
					t.Errorf("%q: aliases %q, want %q", show(p), e.Aliases, want)
				}
			}
			for p, want := range tt.titles {
				if e := entityOfMention(t, results, out, p.r, p.m); !slices.Equal(e.Titles, want) {
					t.Errorf("%q: titles %q, want %q", show(p), e.Titles, want)
				}
			}
			for p, want := range tt.counts {
				if e := entityOfMention(t, results, out, p.r, p.m); e.Mentions != want[0] || e.Documents != want[1] {
					t.Errorf("%q: %d mentions in %d documents, want %d in %d", show(p), e.Mentions, e.Documents, want[0], want[1])
				}
			}
			for p, want := range tt.kinds {
				if e := entityOfMention(t, results, out, p.r, p.m); e.Kind != want {
					t.Errorf("%q: kind %q, want %q", show(p), e.Kind, want)
				}
			}
			if tt.extra != nil {
				tt.extra(t, out)
			}
		})
	}
}
