package factdiff

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"factpipe/tables"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func ptr[T any](v T) *T { return &v }

// baseSet is a small output: two documents, entities of every kind,
// figures (one phrase twice in a sentence), a quantity, a contradiction and
// a reject.
func baseSet() tables.Set {
	const sent = "The ministry said 63 soldiers were killed, and 63 soldiers wounded."
	return tables.Set{
		Documents: []tables.Document{
			{DocID: "d1", Path: "a.txt", Title: "Strike", Outlet: ptr("example.com"), Published: ptr(int32(19359)),
				Encoding: "utf-8", Format: "text", Sentences: 2, Tokens: 30, Bytes: 200},
			{DocID: "d2", Path: "b.txt", Title: "Toll rises", Encoding: "utf-8", Format: "text", Sentences: 1, Tokens: 10, Bytes: 80},
		},
		People: []tables.Person{
			{PersonID: "p1", Entity: tables.Entity{Name: "Ada Lovelace", Aliases: []string{"A. Lovelace", "Lovelace"}, Titles: []string{"Countess"}, Mentions: 3, Documents: 2}},
		},
		Places: []tables.Place{
			{PlaceID: "l1", Entity: tables.Entity{Name: "Zürich", Aliases: []string{"Zurich"}, Titles: []string{}, Mentions: 2, Documents: 1}},
		},
		Organizations: []tables.Organization{
			{OrganizationID: "o1", Entity: tables.Entity{Name: "Acme", Aliases: []string{}, Titles: []string{}, Mentions: 1, Documents: 1}},
		},
		Figures: []tables.Figure{
			{FigureID: "f1", DocID: "d1", Sentence: 1, Start: 50, End: 61, Text: "63 soldiers", Value: ptr(63.0), Low: ptr(63.0), High: ptr(63.0),
				Qualifier: "exact", Unit: "soldier", Measure: ptr("killed"), Subject: ptr("the strike"), Claimant: ptr("the ministry"),
				ClaimedOn: ptr(int32(19359)), SentenceText: sent},
			{FigureID: "f2", DocID: "d1", Sentence: 1, Start: 80, End: 91, Text: "63 soldiers", Value: ptr(63.0), Low: ptr(63.0), High: ptr(63.0),
				Qualifier: "exact", Unit: "soldier", Measure: ptr("wounded"), Subject: ptr("the strike"), Claimant: ptr("the ministry"),
				ClaimedOn: ptr(int32(19359)), SentenceText: sent},
			{FigureID: "f3", DocID: "d2", Sentence: 0, Start: 10, End: 20, Text: "89 troops", Value: ptr(89.0), Low: ptr(89.0), High: ptr(89.0),
				Qualifier: "exact", Unit: "soldier", Measure: ptr("killed"), Subject: ptr("the strike"), SentenceText: "Now 89 troops are dead."},
		},
		Quantities: []tables.Quantity{
			{QuantityID: "q1", Subject: ptr("the strike"), Measure: ptr("killed"), Unit: "soldier", Claims: 2, Sources: 2,
				Low: ptr(63.0), High: ptr(89.0), FigureIDs: []string{"f1", "f3"}},
		},
		Contradictions: []tables.Contradiction{
			{ContradictionID: "c1", Kind: "numeric_dispute", Subject: ptr("the strike"), FigureA: ptr("f1"), FigureB: ptr("f3"),
				ClaimA: "63 killed", ClaimB: "89 killed", SourceA: ptr("the ministry"), SourceB: ptr("b.txt"),
				DocA: "d1", DocB: "d2", Explanation: "The ministry says 63 were killed; b.txt says 89."},
		},
		Rejects: []tables.Reject{{Path: "c.pdf", Reason: "binary file"}},
	}
}

// clone copies the row slices of s, so that a case may assign to rows of
// the copy; values behind pointers and lists are shared and must be
// replaced, not written through.
func clone(s tables.Set) tables.Set {
	return tables.Set{
		Documents: slices.Clone(s.Documents), Mentions: slices.Clone(s.Mentions),
		People: slices.Clone(s.People), Places: slices.Clone(s.Places), Organizations: slices.Clone(s.Organizations),
		Figures: slices.Clone(s.Figures), Quantities: slices.Clone(s.Quantities),
		Contradictions: slices.Clone(s.Contradictions), Rejects: slices.Clone(s.Rejects),
	}
}

// lines renders a report as one line per difference, for comparing in
// tests: "table + KEY", "table - KEY" or "table ~ KEY: field old -> new; ...".
func lines(r Report) []string {
	var out []string
	for _, t := range r.Tables {
		for _, f := range t.Added {
			out = append(out, t.Table+" + "+keyText(f.Key))
		}
		for _, f := range t.Removed {
			out = append(out, t.Table+" - "+keyText(f.Key))
		}
		for _, c := range t.Changed {
			var ch []string
			for _, fc := range c.Changes {
				ch = append(ch, fmt.Sprintf("%s %s -> %s", fc.Field, fc.Old, fc.New))
			}
			out = append(out, t.Table+" ~ "+keyText(c.Key)+": "+strings.Join(ch, "; "))
		}
	}
	return out
}

const f1Key = `path="a.txt" text="63 soldiers" sentence_text="The ministry said 63 soldiers were killed, and 63 soldiers wounded."`

func TestCompare(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *tables.Set)
		tol    float64
		want   []string // nil: the sets are equal
	}{
		{name: "identical", change: func(s *tables.Set) {}},
		{
			// Row order is not a fact.
			name: "rows reordered",
			change: func(s *tables.Set) {
				slices.Reverse(s.Documents)
				slices.Reverse(s.Figures)
			},
		},
		{
			// An unrelated edit of a file changes its doc_id (a hash of the
			// text), moves every offset and so changes every figure ID; the
			// facts are the same.
			name: "ids and offsets changed",
			change: func(s *tables.Set) {
				s.Documents[0].DocID, s.Documents[0].Bytes = "d1-edited", 260
				for i := range s.Figures {
					if s.Figures[i].DocID == "d1" {
						s.Figures[i].DocID = "d1-edited"
						s.Figures[i].Start += 60
						s.Figures[i].End += 60
						s.Figures[i].FigureID += "-moved"
					}
				}
				s.Quantities[0].FigureIDs = []string{"f1-moved", "f3"}
				s.Contradictions[0].ContradictionID, s.Contradictions[0].DocA, s.Contradictions[0].FigureA = "c1-new", "d1-edited", ptr("f1-moved")
			},
		},
		{
			name: "person added",
			change: func(s *tables.Set) {
				s.People = append(s.People, tables.Person{PersonID: "p2", Entity: tables.Entity{Name: "Bob Smith", Aliases: []string{}, Titles: []string{}, Mentions: 1, Documents: 1}})
			},
			want: []string{"people + Bob Smith"},
		},
		{
			name:   "figure removed",
			change: func(s *tables.Set) { s.Figures = s.Figures[2:] },
			// The quantity and contradiction still name f1, which now
			// resolves to no figure and shows as its ID.
			want: []string{
				"figures - " + f1Key,
				"figures - " + f1Key + " occurrence=2",
				`quantities ~ subject="the strike" measure="killed" unit="soldier" side=null period=null: figures ["a.txt: 63 soldiers", "b.txt: 89 troops"] -> ["b.txt: 89 troops", "f1"]`,
				`contradictions ~ kind="numeric_dispute" subject="the strike" claims=["63 killed", "89 killed"] sources=["the ministry", "b.txt"]: figure_a "a.txt: 63 soldiers" -> "f1"`,
			},
		},
		{
			// The same phrase twice in one sentence: removing the second
			// removes occurrence 2, and the first still matches.
			name:   "second occurrence removed",
			change: func(s *tables.Set) { s.Figures = slices.Delete(s.Figures, 1, 2) },
			want:   []string{"figures - " + f1Key + " occurrence=2"},
		},
		{
			// 89 -> 89.5 is 0.56% of 89.5.
			name:   "value within tolerance",
			change: func(s *tables.Set) { s.Figures[2].Value = ptr(89.5) },
			tol:    0.01,
		},
		{
			name:   "value outside tolerance",
			change: func(s *tables.Set) { s.Figures[2].Value, s.Figures[2].High = ptr(93.0), ptr(93.0) },
			tol:    0.01,
			want:   []string{`figures ~ path="b.txt" text="89 troops" sentence_text="Now 89 troops are dead.": value 89 -> 93; high 89 -> 93`},
		},
		{
			// Tolerance 0 is exact: the smallest change is seen.
			name:   "value exact",
			change: func(s *tables.Set) { s.Figures[2].Low = ptr(89.000001) },
			want:   []string{`figures ~ path="b.txt" text="89 troops" sentence_text="Now 89 troops are dead.": low 89 -> 89.000001`},
		},
		{
			name:   "value becomes NULL",
			change: func(s *tables.Set) { s.Figures[2].Value = nil },
			tol:    0.5,
			want:   []string{`figures ~ path="b.txt" text="89 troops" sentence_text="Now 89 troops are dead.": value 89 -> null`},
		},
		{
			// The article revised its number: the phrase and sentence
			// differ only in digits, so the figure is matched by its loose
			// key and shows as changed.
			name: "number revised in the text",
			change: func(s *tables.Set) {
				f := &s.Figures[2]
				f.Text, f.SentenceText, f.End = "92 troops", "Now 92 troops are dead.", 21
				f.Value, f.Low, f.High = ptr(92.0), ptr(92.0), ptr(92.0)
			},
			tol: 0.01,
			want: []string{`figures ~ path="b.txt" text="92 troops" sentence_text="Now 92 troops are dead.": ` +
				`text "89 troops" -> "92 troops"; sentence_text "Now 89 troops are dead." -> "Now 92 troops are dead."; value 89 -> 92; low 89 -> 92; high 89 -> 92`,
				`quantities ~ subject="the strike" measure="killed" unit="soldier" side=null period=null: figures ["a.txt: 63 soldiers", "b.txt: 89 troops"] -> ["a.txt: 63 soldiers", "b.txt: 92 troops"]`,
				`contradictions ~ kind="numeric_dispute" subject="the strike" claims=["63 killed", "89 killed"] sources=["the ministry", "b.txt"]: figure_b "b.txt: 89 troops" -> "b.txt: 92 troops"`},
		},
		{
			// Within the tolerance only the wording is reported.
			name: "number revised within tolerance",
			change: func(s *tables.Set) {
				f := &s.Figures[2]
				f.Text, f.SentenceText = "90 troops", "Now 90 troops are dead."
				f.Value, f.Low, f.High = ptr(90.0), ptr(90.0), ptr(90.0)
				s.Quantities[0].FigureIDs = []string{"f1"}
				s.Contradictions = nil
			},
			tol: 0.02,
			want: []string{`figures ~ path="b.txt" text="90 troops" sentence_text="Now 90 troops are dead.": ` +
				`text "89 troops" -> "90 troops"; sentence_text "Now 89 troops are dead." -> "Now 90 troops are dead."`,
				`quantities ~ subject="the strike" measure="killed" unit="soldier" side=null period=null: figures ["a.txt: 63 soldiers", "b.txt: 89 troops"] -> ["a.txt: 63 soldiers"]`,
				`contradictions - kind="numeric_dispute" subject="the strike" claims=["63 killed", "89 killed"] sources=["the ministry", "b.txt"]`},
		},
		{
			// The sentence was edited around an unchanged phrase.
			name:   "sentence edited",
			change: func(s *tables.Set) { s.Figures[2].SentenceText = "By Monday 89 troops were dead." },
			want: []string{`figures ~ path="b.txt" text="89 troops" sentence_text="By Monday 89 troops were dead.": ` +
				`sentence_text "Now 89 troops are dead." -> "By Monday 89 troops were dead."`},
		},
		{
			// Two figures of a.txt become "64 soldiers": the loose key
			// "# soldiers" is not unique, so nothing is paired.
			name: "ambiguous revision",
			change: func(s *tables.Set) {
				for i := range 2 {
					s.Figures[i].Text = "64 soldiers"
					s.Figures[i].SentenceText = "The ministry said 64 soldiers were killed, and 64 soldiers wounded."
				}
			},
			want: []string{
				`figures + path="a.txt" text="64 soldiers" sentence_text="The ministry said 64 soldiers were killed, and 64 soldiers wounded."`,
				`figures + path="a.txt" text="64 soldiers" sentence_text="The ministry said 64 soldiers were killed, and 64 soldiers wounded." occurrence=2`,
				"figures - " + f1Key,
				"figures - " + f1Key + " occurrence=2",
				`quantities ~ subject="the strike" measure="killed" unit="soldier" side=null period=null: figures ["a.txt: 63 soldiers", "b.txt: 89 troops"] -> ["a.txt: 64 soldiers", "b.txt: 89 troops"]`,
				`contradictions ~ kind="numeric_dispute" subject="the strike" claims=["63 killed", "89 killed"] sources=["the ministry", "b.txt"]: figure_a "a.txt: 63 soldiers" -> "a.txt: 64 soldiers"`,
			},
		},
		{
			// A revised number inside a claim: matched by the claims with
			// numbers masked.
			name: "contradiction claim revised",
			change: func(s *tables.Set) {
				s.Contradictions[0].ClaimB = "92 killed"
				s.Contradictions[0].Explanation = "The ministry says 63 were killed; b.txt says 92."
			},
			want: []string{`contradictions ~ kind="numeric_dispute" subject="the strike" claims=["63 killed", "92 killed"] sources=["the ministry", "b.txt"]: ` +
				`claims ["63 killed", "89 killed"] -> ["63 killed", "92 killed"]; claim_b "89 killed" -> "92 killed"; ` +
				`explanation "The ministry says 63 were killed; b.txt says 89." -> "The ministry says 63 were killed; b.txt says 92."`},
		},
		{
			name: "claimant changed",
			change: func(s *tables.Set) {
				s.Figures[0].Claimant = ptr("the governor")
				s.Figures[2].Claimant = ptr("officials")
			},
			want: []string{
				"figures ~ " + f1Key + `: claimant "the ministry" -> "the governor"`,
				`figures ~ path="b.txt" text="89 troops" sentence_text="Now 89 troops are dead.": claimant null -> "officials"`,
			},
		},
		{
			name:   "claimed_on changed",
			change: func(s *tables.Set) { s.Figures[2].ClaimedOn = ptr(int32(19360)) },
			want:   []string{`figures ~ path="b.txt" text="89 troops" sentence_text="Now 89 troops are dead.": claimed_on null -> 2023-01-03`},
		},
		{
			name:   "alias list renamed",
			change: func(s *tables.Set) { s.People[0].Aliases = []string{"Augusta Ada King", "Lovelace"} },
			want:   []string{`people ~ Ada Lovelace: aliases ["A. Lovelace", "Lovelace"] -> ["Augusta Ada King", "Lovelace"]`},
		},
		{
			// Lists are sets: the same members in another order are equal.
			name:   "alias list reordered",
			change: func(s *tables.Set) { s.People[0].Aliases = []string{"Lovelace", "A. Lovelace"} },
		},
		{
			name:   "place mentions counted again",
			change: func(s *tables.Set) { s.Places[0].Mentions = 3 },
			tol:    0.9, // counts ignore the tolerance
			want:   []string{"places ~ Zürich: mentions 2 -> 3"},
		},
		{
			name: "contradiction appears",
			change: func(s *tables.Set) {
				s.Contradictions = append(s.Contradictions, tables.Contradiction{
					ContradictionID: "c2", Kind: "name_variant", ClaimA: "Zurich", ClaimB: "Zürich", DocA: "d1", DocB: "d2",
					Explanation: "Two spellings of one place."})
			},
			want: []string{`contradictions + kind="name_variant" subject=null claims=["Zurich", "Zürich"] sources=["", ""]`},
		},
		{
			// A and B swapped is the same pair of claims: a change of
			// fields, not a removal and an addition.
			name: "contradiction sides swapped",
			change: func(s *tables.Set) {
				c := &s.Contradictions[0]
				c.ClaimA, c.ClaimB, c.SourceA, c.SourceB = c.ClaimB, c.ClaimA, c.SourceB, c.SourceA
				c.DocA, c.DocB, c.FigureA, c.FigureB = c.DocB, c.DocA, c.FigureB, c.FigureA
			},
			want: []string{`contradictions ~ kind="numeric_dispute" subject="the strike" claims=["63 killed", "89 killed"] sources=["the ministry", "b.txt"]: ` +
				`claim_a "63 killed" -> "89 killed"; source_a "the ministry" -> "b.txt"; doc_a "a.txt" -> "b.txt"; figure_a "a.txt: 63 soldiers" -> "b.txt: 89 troops"; ` +
				`claim_b "89 killed" -> "63 killed"; source_b "b.txt" -> "the ministry"; doc_b "b.txt" -> "a.txt"; figure_b "b.txt: 89 troops" -> "a.txt: 63 soldiers"`},
		},
		{
			name: "document metadata",
			change: func(s *tables.Set) {
				s.Documents[1].Title = "Toll rises again"
				s.Documents[1].Published = ptr(int32(19360))
				s.Documents[0].Outlet = nil
			},
			want: []string{
				`documents ~ a.txt: outlet "example.com" -> null`,
				`documents ~ b.txt: title "Toll rises" -> "Toll rises again"; published null -> 2023-01-03`,
			},
		},
		{
			name: "quantity bounds and subject",
			change: func(s *tables.Set) {
				s.Quantities[0].High = ptr(90.0)
				s.Quantities = append(s.Quantities, tables.Quantity{QuantityID: "q2", Unit: "rocket", Claims: 1, Sources: 1, FigureIDs: []string{}})
			},
			want: []string{
				`quantities + subject=null measure=null unit="rocket" side=null period=null`,
				`quantities ~ subject="the strike" measure="killed" unit="soldier" side=null period=null: high 89 -> 90`,
			},
		},
		{
			name:   "reject fixed",
			change: func(s *tables.Set) { s.Rejects = nil },
			want:   []string{"rejects - c.pdf"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := baseSet()
			new := clone(old)
			tt.change(&new)
			rep := Compare(old, new, Options{Tolerance: tt.tol})
			got := lines(rep)
			if !slices.Equal(got, tt.want) {
				t.Errorf("differences:\n got %q\nwant %q", got, tt.want)
			}
			if rep.Equal() != (len(tt.want) == 0) {
				t.Errorf("Equal() = %v with %d differences", rep.Equal(), len(got))
			}
			// The reverse comparison finds as many differences.
			back := Compare(new, old, Options{Tolerance: tt.tol})
			a, r, c := rep.Counts()
			ba, br, bc := back.Counts()
			if a != br || r != ba || c != bc {
				t.Errorf("reverse counts %d/%d/%d, want %d/%d/%d", ba, br, bc, r, a, c)
			}
		})
	}
}

// TestCompareDoesNotModify checks that Compare leaves its inputs alone.
func TestCompareDoesNotModify(t *testing.T) {
	old, new := baseSet(), baseSet()
	slices.Reverse(new.Figures)
	newCopy := clone(new)
	Compare(old, new, Options{})
	if !reflect.DeepEqual(new, newCopy) || !reflect.DeepEqual(old, baseSet()) {
		t.Error("Compare modified its arguments")
	}
}

// changedSet differs from baseSet in every table, for the golden files.
func changedSet() tables.Set {
	s := clone(baseSet())
	s.Documents[1].Title = "Toll rises again"
	s.People = append(s.People, tables.Person{PersonID: "p2", Entity: tables.Entity{Name: "Bob Smith", Aliases: []string{}, Titles: []string{"General"}, Mentions: 1, Documents: 1}})
	s.Places = nil
	s.Organizations[0].Aliases = []string{"Acme Corp."}
	s.Figures[2].Value, s.Figures[2].Claimant = ptr(93.0), ptr("officials")
	s.Figures = slices.Delete(s.Figures, 1, 2)
	s.Quantities[0].High = ptr(93.0)
	s.Contradictions = append(s.Contradictions, tables.Contradiction{
		ContradictionID: "c2", Kind: "name_variant", Subject: ptr("Zürich"), ClaimA: "Zurich", ClaimB: "Zürich",
		DocA: "d1", DocB: "d2", Explanation: "Two spellings of one place."})
	s.Rejects = append(s.Rejects, tables.Reject{Path: "d.html", Reason: "empty after removing markup"})
	return s
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		old   tables.Set
		new   tables.Set
		write func(Report, *bytes.Buffer) error
	}{
		{"changed.txt", baseSet(), changedSet(), func(r Report, b *bytes.Buffer) error { return r.WriteText(b) }},
		{"changed.json", baseSet(), changedSet(), func(r Report, b *bytes.Buffer) error { return r.WriteJSON(b) }},
		{"equal.txt", baseSet(), baseSet(), func(r Report, b *bytes.Buffer) error { return r.WriteText(b) }},
		{"equal.json", baseSet(), baseSet(), func(r Report, b *bytes.Buffer) error { return r.WriteJSON(b) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(Compare(tt.old, tt.new, Options{Tolerance: 0.01}), &b); err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(tt.name, ".json") && !json.Valid(b.Bytes()) {
				t.Fatalf("invalid JSON:\n%s", b.String())
			}
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("output differs from %s (run with -update to accept):\n--- got\n%s\n--- want\n%s", golden, got, want)
			}
		})
	}
}

// TestDeterministic checks that the order of rows in the inputs does not
// change a byte of either report.
func TestDeterministic(t *testing.T) {
	old, new := baseSet(), changedSet()
	var first [2]bytes.Buffer
	if err := Compare(old, new, Options{}).WriteJSON(&first[0]); err != nil {
		t.Fatal(err)
	}
	if err := Compare(old, new, Options{}).WriteText(&first[1]); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		o, n := clone(old), clone(new)
		rotate := func(s *tables.Set) {
			for range i + 1 {
				s.Figures = append(s.Figures[1:], s.Figures[0])
				s.Documents = append(s.Documents[1:], s.Documents[0])
				s.People = append(s.People[1:], s.People[0])
				s.Contradictions = append(s.Contradictions[1:], s.Contradictions[0])
			}
		}
		rotate(&o)
		rotate(&n)
		var js, txt bytes.Buffer
		rep := Compare(o, n, Options{})
		if err := rep.WriteJSON(&js); err != nil {
			t.Fatal(err)
		}
		if err := rep.WriteText(&txt); err != nil {
			t.Fatal(err)
		}
		if js.String() != first[0].String() || txt.String() != first[1].String() {
			t.Fatalf("rotation %d changed the report", i+1)
		}
	}
}

func ExampleCompare() {
	old := tables.Set{People: []tables.Person{
		{PersonID: "p1", Entity: tables.Entity{Name: "Ada Lovelace", Aliases: []string{"Lovelace"}, Mentions: 2, Documents: 1}},
	}}
	new := tables.Set{People: []tables.Person{
		{PersonID: "p1", Entity: tables.Entity{Name: "Ada Lovelace", Aliases: []string{"Ada King", "Lovelace"}, Mentions: 3, Documents: 1}},
		{PersonID: "p2", Entity: tables.Entity{Name: "Charles Babbage", Mentions: 1, Documents: 1}},
	}}
	rep := Compare(old, new, Options{})
	if err := rep.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// people: 1 added, 0 removed, 1 changed
	// + Charles Babbage
	//     aliases=[] titles=[] mentions=1 documents=1
	// ~ Ada Lovelace
	//     aliases: ["Lovelace"] -> ["Ada King", "Lovelace"]
	//     mentions: 2 -> 3
	//
	// summary: 1 added, 0 removed, 1 changed in 1 of 10 tables
}

func TestKeyString(t *testing.T) {
	// Pairs of keys that must not collide.
	tests := []struct {
		name string
		a, b Fields
	}{
		{"text split differently", Fields{{"a", text("x:y")}, {"b", text("z")}}, Fields{{"a", text("x")}, {"b", text("y:z")}}},
		{"null and empty text", Fields{{"subject", Value{}}}, Fields{{"subject", text("")}}},
		{"text and number", Fields{{"v", text("1")}}, Fields{{"v", count(1)}}},
		{"list and joined text", Fields{{"l", list([]string{"a", "b"})}}, Fields{{"l", list([]string{"ab"})}}},
		{"empty list and null", Fields{{"l", list(nil)}}, Fields{{"l", Value{}}}},
		{"name and value", Fields{{"ab", text("c")}}, Fields{{"a", text("bc")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if keyString(tt.a) == keyString(tt.b) {
				t.Errorf("keyString(%v) == keyString(%v)", tt.a, tt.b)
			}
			if keyString(tt.a) != keyString(slices.Clone(tt.a)) {
				t.Error("keyString not deterministic")
			}
		})
	}
}
