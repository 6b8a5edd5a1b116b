package report

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"factpipe/tables"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// seedsOut is the committed output of the seeds (make golden writes it).
const seedsOut = "../pipeline/testdata/seeds-out"

func render(t testing.TB, in Input, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, in, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// The seeds' report is a golden file: any change of the page shows as a
// diff (go test -update rewrites it).
func TestGoldenSeeds(t *testing.T) {
	in, err := Load(seedsOut)
	if err != nil {
		t.Fatal(err)
	}
	got := render(t, in, Options{})
	golden := filepath.Join("testdata", "seeds.html.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report differs from %s (go test -update rewrites it); first difference near:\n%s", golden, firstDiff(got, want))
	}
	if again := render(t, in, Options{}); !bytes.Equal(got, again) {
		t.Error("two reports of the same tables differ")
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo, hi := max(0, i-80), min(len(a), i+80)
	return string(a[lo:hi])
}

// The seeds' dispute and revision are in the page, drawn and in the
// table, in the one story the seeds tell.
func TestSeedsShowDisputeAndRevision(t *testing.T) {
	in, err := Load(seedsOut)
	if err != nil {
		t.Fatal(err)
	}
	page := string(render(t, in, Options{Sections: 3}))
	for _, want := range []string{
		`class="mark dispute"`, `class="mark revision"`, "400 vs 89", "63 → 89",
		`<tr class="numeric_dispute">`, `<tr class="revision">`, `data-grouping="story"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, `<section class="sec"`); n != 1 {
		t.Errorf("%d sections drawn, want 1", n)
	}
}

// hostile is text an article could hold to break out of every context
// the page writes text in: HTML text and attributes, SVG, and the JSON of
// a script element.
const hostile = `</script><script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)>&amp;</title></style><!--`

func str(s string) *string   { return &s }
func num(v float64) *float64 { return &v }
func day(d int32) *int32     { return &d }
func entity(name string) tables.Entity {
	return tables.Entity{Name: name, Aliases: []string{}, Titles: []string{}, Mentions: 3, Documents: 1}
}

// hostileSet holds two documents of one quantity, a dispute between them,
// and a hostile string in every text column the report shows.
func hostileSet() tables.Set {
	h := func(tag string) string { return tag + hostile }
	return tables.Set{
		Documents: []tables.Document{
			{DocID: "d1", Path: h("a.txt"), Title: h("title"), Outlet: str(h("outlet")), Published: day(19000)},
			{DocID: "d2", Path: h("b.txt"), Title: h("title"), Published: day(19002)},
		},
		Figures: []tables.Figure{
			{FigureID: "f1", DocID: "d1", Text: h("text"), Value: num(10), Low: num(10), High: num(10), Qualifier: "exact",
				Unit: h("unit"), Measure: str(h("measure")), Subject: str(h("subject")), Claimant: str(h("claimant")), SentenceText: h("sentence")},
			{FigureID: "f2", DocID: "d2", Text: h("text"), Low: num(20), High: num(30), Qualifier: "range",
				Unit: h("unit"), Measure: str(h("measure")), Subject: str(h("subject")), SentenceText: h("sentence")},
		},
		Quantities: []tables.Quantity{{QuantityID: "q1", Subject: str(h("subject")), Measure: str(h("measure")), Unit: h("unit"),
			Side: str(h("side")), Claims: 2, Sources: 2, Low: num(10), High: num(30), FigureIDs: []string{"f1", "f2"}}},
		Contradictions: []tables.Contradiction{
			{ContradictionID: "c1", Kind: "numeric_dispute", Subject: str(h("subject")), FigureA: str("f1"), FigureB: str("f2"),
				ClaimA: h("claimA"), ClaimB: h("claimB"), SourceA: str(h("sourceA")), SourceB: str(h("sourceB")), DocA: "d1", DocB: "d2", Explanation: h("explanation")},
			{ContradictionID: "c2", Kind: "name_variant", Subject: str(h("subject")), ClaimA: h("nameA"), ClaimB: h("nameB"),
				DocA: "d1", DocB: "d2", Explanation: h("explanation")},
		},
		People:        []tables.Person{{PersonID: "p1", Entity: entity(h("person"))}},
		Organizations: []tables.Organization{{OrganizationID: "o1", Entity: entity(h("org"))}},
		Places: []tables.Place{
			{PlaceID: "l1", Entity: entity(h("place")), CountryCode: str(h("cc")), Latitude: num(10), Longitude: num(20), AdminRegion: str(h("region"))},
			{PlaceID: "l2", Entity: entity(h("unresolved"))},
		},
		Mentions: []tables.Mention{
			{DocID: "d1", EntityID: "p1", Kind: "person", Text: h("m")},
			{DocID: "d1", EntityID: "o1", Kind: "organization", Text: h("m")},
			{DocID: "d2", EntityID: "l1", Kind: "place", Text: h("m")},
		},
	}
}

// Article text is untrusted: in the page it stays text. Parsed as a
// browser parses it, the page has only its own two scripts, no element
// the text could have made, no event handler attribute, and its JSON
// gives the text back as it was.
func TestHostileTextStaysText(t *testing.T) {
	tests := []struct {
		name string
		in   Input
	}{
		{"per quantity", Input{Set: hostileSet()}},
		{"per story", Input{Set: hostileSet(), Stories: []Story{{StoryID: "s1", Title: "story" + hostile}},
			QuantityStory: map[string]string{"q1": "s1"}, Confidence: map[string]float64{"c1": 0.5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := render(t, tt.in, Options{})
			doc, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var scripts []string
			texts := 0
			for n := range doc.Descendants() {
				if n.Type == html.TextNode && strings.Contains(n.Data, hostile) {
					texts++
				}
				if n.Type != html.ElementNode {
					continue
				}
				switch n.Data {
				case "script":
					if n.FirstChild != nil {
						scripts = append(scripts, n.FirstChild.Data)
					}
				case "img", "iframe", "object", "embed", "b":
					t.Errorf("page has a <%s> element", n.Data)
				}
				for _, a := range n.Attr {
					if strings.HasPrefix(strings.ToLower(a.Key), "on") {
						t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
					}
				}
			}
			if len(scripts) != 2 {
				t.Fatalf("%d scripts, want 2", len(scripts))
			}
			if texts < 10 {
				t.Errorf("the hostile text shows as text %d times, want every column it is in (10 or more)", texts)
			}
			var data pageData
			if err := json.Unmarshal([]byte(scripts[0]), &data); err != nil {
				t.Fatalf("embedded JSON: %v", err)
			}
			if len(data.Sections) != 1 || !strings.Contains(data.Sections[0], hostile) {
				t.Errorf("embedded JSON sections = %q, want the title with the hostile text", data.Sections)
			}
		})
	}
}

func TestGroups(t *testing.T) {
	qs := []tables.Quantity{{QuantityID: "a", Unit: "x"}, {QuantityID: "b", Unit: "y"}, {QuantityID: "c", Unit: "z"}}
	tests := []struct {
		name string
		in   Input
		want []group
	}{
		{"one section per quantity without stories", Input{Set: tables.Set{Quantities: qs}}, []group{
			{id: "q-a", title: "unknown subject: count (x)", kind: "quantity", quantity: []int{0}},
			{id: "q-b", title: "unknown subject: count (y)", kind: "quantity", quantity: []int{1}},
			{id: "q-c", title: "unknown subject: count (z)", kind: "quantity", quantity: []int{2}},
		}},
		// A story without quantities has nothing to draw; a quantity of
		// no story is in no section.
		{"stories gather their quantities", Input{Set: tables.Set{Quantities: qs},
			Stories:       []Story{{StoryID: "s1", Title: "one"}, {StoryID: "s2", Title: "two"}, {StoryID: "s3", Title: "empty"}},
			QuantityStory: map[string]string{"a": "s2", "c": "s2", "b": "s1"}},
			[]group{
				{id: "s-s1", title: "one", kind: "story", quantity: []int{1}},
				{id: "s-s2", title: "two", kind: "story", quantity: []int{0, 2}},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := groups(tt.in)
			if !slices.EqualFunc(got, tt.want, func(a, b group) bool {
				return a.id == b.id && a.title == b.title && a.kind == b.kind && slices.Equal(a.quantity, b.quantity)
			}) {
				t.Errorf("groups = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestQuantityTitle(t *testing.T) {
	tests := []struct {
		name string
		q    tables.Quantity
		want string
	}{
		{"subject, unit and measure", tables.Quantity{Subject: str("Town"), Measure: str("shot_down"), Unit: "drone"}, "Town: shot down (drone)"},
		{"side and period", tables.Quantity{Subject: str("war"), Measure: str("killed"), Unit: "soldier", Side: str("Ruritania"), Period: str("2022-09")},
			"war: killed (soldier, Ruritania, 2022-09)"},
		{"no subject, no measure", tables.Quantity{Unit: "percent"}, "unknown subject: count (percent)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quantityTitle(tt.q); got != tt.want {
				t.Errorf("quantityTitle = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFigureLabel(t *testing.T) {
	tests := []struct {
		name string
		f    tables.Figure
		want string
	}{
		{"exact", tables.Figure{Value: num(89), Low: num(89), High: num(89), Qualifier: "exact"}, "89"},
		{"approximate", tables.Figure{Value: num(600), Low: num(540), High: num(660), Qualifier: "approx"}, "about 600"},
		{"lower bound", tables.Figure{Value: num(89), Low: num(89), Qualifier: "at_least"}, "≥ 89"},
		{"upper bound", tables.Figure{Value: num(80), High: num(80), Qualifier: "at_most"}, "≤ 80"},
		{"range", tables.Figure{Low: num(60), High: num(400), Qualifier: "range"}, "60–400"},
		// a vague amount ("hundreds") has bounds and no value
		{"vague", tables.Figure{Low: num(200), High: num(999), Qualifier: "vague"}, "200–999"},
		{"large", tables.Figure{Value: num(1200000), Low: num(1200000), High: num(1200000), Qualifier: "exact"}, "1,200,000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := figureLabel(&tt.f); got != tt.want {
				t.Errorf("figureLabel = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{0, "0"}, {999, "999"}, {1000, "1,000"}, {5937, "5,937"}, {300000, "300,000"},
		{6.4, "6.4"}, {-1500, "-1,500"}, {1234567.5, "1,234,567.5"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v); got != tt.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// A place without coordinates is listed, never put on the map (at 0,0 or
// anywhere).
func TestUnresolvedPlacesAreListed(t *testing.T) {
	places := []tables.Place{
		{PlaceID: "a", Entity: entity("Located"), Latitude: num(0.5), Longitude: num(1)},
		{PlaceID: "b", Entity: entity("Nowhere")},
	}
	svg, mapped, unresolved := worldMap(places)
	if mapped != 1 || len(unresolved) != 1 || unresolved[0].Name != "Nowhere" {
		t.Fatalf("mapped %d, unresolved %+v", mapped, unresolved)
	}
	if n := strings.Count(string(svg), `class="dot"`); n != 1 {
		t.Errorf("%d dots, want 1", n)
	}
	if strings.Contains(string(svg), "Nowhere") {
		t.Error("the unresolved place is on the map")
	}
}

// An output with a stories table gives a section per story and a
// confidence per contradiction.
func TestLoadStoriesAndConfidence(t *testing.T) {
	dir := t.TempDir()
	s := hostileSet()
	s.Stories = []tables.Story{{StoryID: "s1", Title: "A story", DocIDs: []string{}, Places: []string{}, People: []string{}, Organizations: []string{}}}
	s.Quantities[0].StoryID = "s1"
	s.Contradictions[0].Confidence = 0.75
	if err := tables.Write(context.Background(), dir, s); err != nil {
		t.Fatal(err)
	}
	in, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Stories) != 1 || in.QuantityStory["q1"] != "s1" || in.Confidence["c1"] != 0.75 {
		t.Fatalf("stories %+v, quantity stories %v, confidence %v", in.Stories, in.QuantityStory, in.Confidence)
	}
	page := string(render(t, in, Options{}))
	for _, want := range []string{`<section class="sec" id="s-s1">`, "<h2>A story</h2>", `<td class="n">0.75</td>`, `data-grouping="story"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// An output of an older factpipe, without a stories file, has sections per
// quantity and no confidence.
func TestLoadWithoutStories(t *testing.T) {
	dir := t.TempDir()
	if err := tables.Write(context.Background(), dir, hostileSet()); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "stories.parquet")); err != nil {
		t.Fatal(err)
	}
	in, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if in.Confidence != nil || in.Stories != nil {
		t.Errorf("confidence %v, stories %v; want none", in.Confidence, in.Stories)
	}
}

// An output without rows (no article was usable) still gives a page.
func TestEmptyOutput(t *testing.T) {
	page := string(render(t, Input{}, Options{}))
	for _, want := range []string{"0 documents", "contradictions: none", "0 places located"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// Sections beyond Options.Sections are rows of the rest table.
func TestRestTable(t *testing.T) {
	qs := []tables.Quantity{{QuantityID: "a", Unit: "x"}, {QuantityID: "b", Unit: "y"}, {QuantityID: "c", Unit: "z"}}
	in := Input{Set: tables.Set{Quantities: qs}}
	page := string(render(t, in, Options{Sections: 1}))
	if n := strings.Count(page, `<section class="sec"`); n != 1 {
		t.Errorf("%d sections drawn, want 1", n)
	}
	if !strings.Contains(page, `id="rest-table"`) || !strings.Contains(page, "Other quantities (2)") {
		t.Error("page lacks the rest table of two quantities")
	}
}
