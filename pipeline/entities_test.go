package pipeline

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"factpipe/tables"
)

// Floors for the people and places tables on seeds/ against the hand-made
// fixture testdata/seeds_entities.json: the entity issue's targets. The measured values are logged
// (go test ./pipeline -run SeedEntities -v).
const (
	minPeoplePrecision = 0.95
	minPeopleRecall    = 0.80
	minPlacesPrecision = 0.95
	minPlacesRecall    = 0.80
)

var seedRun = sync.OnceValues(func() (*Summary, error) {
	st, err := Load(Options{})
	if err != nil {
		return nil, err
	}
	return Run(context.Background(), Config{In: seeds, Out: filepath.Join(os.TempDir(), "factpipe-seed-entities")}, st)
})

type goldEntity struct {
	Names []string `json:"names"`
	Docs  []string `json:"docs"`
}

type goldEntities struct {
	People         []goldEntity `json:"people"`
	PeopleOptional []string     `json:"people_optional"`
	Places         []goldEntity `json:"places"`
	PlacesOptional []string     `json:"places_optional"`
	Groups         [][]string   `json:"groups"`
}

// score matches table rows (each a list of spellings, canonical first) to
// gold entities: a row is right when one of its spellings is a spelling of
// a gold entity no earlier row matched; a second row for the same entity is
// a duplicate and counts as wrong. Rows naming only optional names are left
// out.
func score(rows [][]string, gold []goldEntity, optional []string) (precision, recall float64, wrong []string, missed []string) {
	// Curly and straight apostrophes spell the same name.
	key := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }
	owner := map[string]int{}
	for i, g := range gold {
		for _, n := range g.Names {
			owner[key(n)] = i
		}
	}
	opt := map[string]bool{}
	for _, n := range optional {
		opt[key(n)] = true
	}
	found := make([]bool, len(gold))
	right, counted := 0, 0
	for _, row := range rows {
		match, isOpt := -1, false
		for _, n := range row {
			if i, ok := owner[key(n)]; ok && match < 0 {
				match = i
			}
			isOpt = isOpt || opt[key(n)]
		}
		switch {
		case match >= 0 && !found[match]:
			found[match] = true
			right++
			counted++
		case match >= 0:
			counted++
			wrong = append(wrong, row[0]+" (duplicate)")
		case isOpt:
		default:
			counted++
			wrong = append(wrong, row[0])
		}
	}
	for i, f := range found {
		if !f {
			missed = append(missed, gold[i].Names[0])
		}
	}
	if counted > 0 {
		precision = float64(right) / float64(counted)
	}
	recall = float64(right) / float64(len(gold))
	return precision, recall, wrong, missed
}

func TestSeedEntities(t *testing.T) {
	raw, err := os.ReadFile("testdata/seeds_entities.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold goldEntities
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	sum, err := seedRun()
	if err != nil {
		t.Fatal(err)
	}
	names := func(e tables.Entity) []string { return append([]string{e.Name}, e.Aliases...) }
	var people, places [][]string
	for _, p := range sum.Set.People {
		people = append(people, names(p.Entity))
	}
	for _, p := range sum.Set.Places {
		places = append(places, names(p.Entity))
	}
	for _, c := range []struct {
		table      string
		rows       [][]string
		gold       []goldEntity
		optional   []string
		minP, minR float64
	}{
		{"people", people, gold.People, gold.PeopleOptional, minPeoplePrecision, minPeopleRecall},
		{"places", places, gold.Places, gold.PlacesOptional, minPlacesPrecision, minPlacesRecall},
	} {
		p, r, wrong, missed := score(c.rows, c.gold, c.optional)
		t.Logf("%s: precision %.3f, recall %.3f (%d rows, %d gold)", c.table, p, r, len(c.rows), len(c.gold))
		t.Logf("%s: wrong: %q", c.table, wrong)
		t.Logf("%s: missed: %q", c.table, missed)
		if p < c.minP || r < c.minR {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.2f and %.2f", c.table, p, r, c.minP, c.minR)
		}
	}
	// Each transliteration group must be one row.
	rowOf := map[string]int{}
	for i, row := range append(people, places...) {
		for _, n := range row {
			rowOf[n] = i
		}
	}
	for _, g := range gold.Groups {
		rows := map[int]bool{}
		for _, n := range g {
			if i, ok := rowOf[n]; ok {
				rows[i] = true
			}
		}
		if len(rows) > 1 {
			t.Errorf("spellings %q are in %d rows, want one", g, len(rows))
		}
	}
}

func TestScore(t *testing.T) {
	gold := []goldEntity{{Names: []string{"Kiev", "Kyiv"}}, {Names: []string{"Moscow"}}}
	tests := []struct {
		name      string
		rows      [][]string
		precision float64
		recall    float64
	}{
		{"all right", [][]string{{"Kyiv", "Kiev"}, {"Moscow"}}, 1, 1},
		{"duplicate row", [][]string{{"Kyiv"}, {"Kiev"}, {"Moscow"}}, 2.0 / 3, 1},
		{"junk row", [][]string{{"Kyiv"}, {"Russian"}}, 0.5, 0.5},
		{"optional row ignored", [][]string{{"Kyiv"}, {"Europe"}}, 1, 0.5},
		{"nothing", nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r, _, _ := score(tt.rows, gold, []string{"Europe"})
			if p != tt.precision || r != tt.recall {
				t.Errorf("score = %.3f, %.3f; want %.3f, %.3f", p, r, tt.precision, tt.recall)
			}
		})
	}
}
