package stories

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// digest is a test document: its path, its day ("" when undated) and its
// keywords, each word once per occurrence in words.
func digest(path, day, words string) doc.Digest {
	d := doc.Digest{Doc: doc.Info{ID: doc.DocID(path + words), Path: path}}
	if day != "" {
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			panic(err)
		}
		d.Doc.Published = t
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(words) {
		counts[w]++
	}
	d.Keywords = top(counts, MaxKeywords)
	return d
}

// groups returns the paths of each story of more than one document,
// sorted.
func groups(ds []doc.Digest, sts []doc.Story, docStory []string) [][]string {
	byStory := map[string][]string{}
	for i, id := range docStory {
		byStory[id] = append(byStory[id], ds[i].Doc.Path)
	}
	if len(byStory) != len(sts) {
		panic(fmt.Sprintf("%d story IDs, %d stories", len(byStory), len(sts)))
	}
	var out [][]string
	for _, ps := range byStory {
		if len(ps) > 1 {
			slices.Sort(ps)
			out = append(out, ps)
		}
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

// Words of two events of one kind, and of unrelated news.
const (
	flood  = "flood river bank burst village evacuated rescue boat water levels rain dam valley "
	flood2 = "flood river storm coast surge harbour ferry sunk fishermen cyclone warning port "
	market = "shares index trading investors profit quarter earnings bank stock market "
	match  = "goal striker match league penalty referee keeper season coach "
)

func TestGroup(t *testing.T) {
	tests := []struct {
		name string
		docs []doc.Digest
		want [][]string
	}{
		{"one event told by three outlets, beside unrelated news", []doc.Digest{
			digest("a", "2020-03-01", flood+"valley dam"),
			digest("b", "2020-03-02", flood+"rescue boat"),
			digest("c", "", flood),
			digest("d", "2020-03-01", market),
			digest("e", "2020-03-01", match),
		}, [][]string{{"a", "b", "c"}}},
		{"two events of one kind stay apart", []doc.Digest{
			digest("a", "2020-03-01", flood),
			digest("b", "2020-03-02", flood),
			digest("c", "2020-03-01", flood2),
			digest("d", "2020-03-02", flood2),
		}, [][]string{{"a", "b"}, {"c", "d"}}},
		{"the same words a year apart are two stories", []doc.Digest{
			digest("a", "2020-03-01", flood),
			digest("b", "2020-03-02", flood),
			digest("c", "2021-03-01", flood),
			digest("d", "2021-03-03", flood),
		}, [][]string{{"a", "b"}, {"c", "d"}}},
		{"documents without keywords are stories of their own", []doc.Digest{
			digest("a", "", ""),
			digest("b", "", ""),
		}, nil},
		{"no documents", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts, ids := Group(tt.docs, nil, nil, DefaultOptions)
			if got := groups(tt.docs, sts, ids); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("stories %v, want %v", got, tt.want)
			}
		})
	}
}

// TestGroupAnyOrder: the stories do not depend on the order of the
// digests.
func TestGroupAnyOrder(t *testing.T) {
	var ds []doc.Digest
	for i, words := range []string{flood, flood, flood2, flood2, market, market, match} {
		ds = append(ds, digest(fmt.Sprintf("d%d", i), fmt.Sprintf("2020-03-0%d", 1+i%3), words))
	}
	want, wantIDs := Group(ds, nil, nil, DefaultOptions)
	r := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		perm := slices.Clone(ds)
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		got, ids := Group(perm, nil, nil, DefaultOptions)
		if !slices.EqualFunc(got, want, storyEqual) {
			t.Fatalf("stories differ with another order:\n%v\n%v", got, want)
		}
		for i, d := range perm {
			if j := slices.IndexFunc(ds, func(e doc.Digest) bool { return e.Doc.Path == d.Doc.Path }); ids[i] != wantIDs[j] {
				t.Fatalf("%s: story %s, want %s", d.Doc.Path, ids[i], wantIDs[j])
			}
		}
	}
}

func storyEqual(a, b doc.Story) bool {
	return a.ID == b.ID && a.Title == b.Title && slices.Equal(a.Documents, b.Documents) && a.First.Equal(b.First) && a.Last.Equal(b.Last)
}

// TestGroupCopies: one article copied many times is one story, and its
// ID is that of the first copy by path.
func TestGroupCopies(t *testing.T) {
	var ds []doc.Digest
	for i := range 500 {
		d := digest(fmt.Sprintf("copy%03d", i), "", flood)
		d.Doc.ID = "same"
		ds = append(ds, d)
	}
	sts, _ := Group(ds, nil, nil, DefaultOptions)
	if len(sts) != 1 || len(sts[0].Documents) != 500 || sts[0].ID != doc.HashID("story", "same") {
		t.Fatalf("%d stories, want one of 500 documents", len(sts))
	}
}

// TestStoryFields: title, days and main entities.
func TestStoryFields(t *testing.T) {
	ds := []doc.Digest{
		digest("a", "2020-03-02", flood),
		digest("b", "2020-03-01", flood+"dam"),
	}
	ds[0].Doc.Title = "River bursts its banks"
	place := doc.Name{Kind: doc.Place, Text: "Riverton"}
	person := doc.Name{Kind: doc.Person, Text: "Ann Lee"}
	ds[0].Names = []doc.NameCount{{Name: &place, Count: 2}, {Name: &person, Count: 1}}
	ds[1].Names = []doc.NameCount{{Name: &place, Count: 1}}
	ents := []doc.Entity{{ID: "p1", Kind: doc.Place, Name: "Riverton"}, {ID: "h1", Kind: doc.Person, Name: "Ann Lee"}}
	sts, _ := Group(ds, [][]string{{"p1", "h1"}, {"p1"}}, ents, DefaultOptions)
	if len(sts) != 1 {
		t.Fatalf("%d stories, want 1", len(sts))
	}
	s := sts[0]
	day := func(d string) time.Time { t, _ := time.Parse(time.DateOnly, d); return t }
	want := doc.Story{ID: doc.HashID("story", ds[1].Doc.ID), Title: "River bursts its banks",
		Documents: []string{ds[1].Doc.ID, ds[0].Doc.ID}, First: day("2020-03-01"), Last: day("2020-03-02"),
		Places: []string{"Riverton"}, People: []string{"Ann Lee"}}
	if !storyEqual(s, want) || !slices.Equal(s.Places, want.Places) || !slices.Equal(s.People, want.People) || s.Organizations != nil {
		t.Errorf("story\n%+v, want\n%+v", s, want)
	}
}

func TestKeyword(t *testing.T) {
	tests := []struct{ tok, want string }{
		{"Earthquakes", "earthquake"},
		{"houses", "house"},
		{"the", ""},
		{"said", ""},
		{"Tuesday", ""},
		{"March", ""},
		{"2008", "2008"},
		{"1,200", ""},
		{"42", ""},
		{"ox", ""},
		{"virus", "virus"},
		{"crisis", "crisis"},
		{"glass", "glass"},
		{"rock-and-roll", "rock-and-roll"},
		{"Riverton's", "riverton"}, {"Riverton’s", "riverton"},
	}
	for _, tt := range tests {
		if got := keyword(tt.tok); got != tt.want {
			t.Errorf("keyword(%q) = %q, want %q", tt.tok, got, tt.want)
		}
	}
}

func TestKeywords(t *testing.T) {
	text := "Dam bursts\nThe dam burst and the river rose. Photo: Dam Agency"
	d := &doc.Document{Text: text}
	for i, w := range strings.Fields(strings.NewReplacer(".", " .", ":", " :").Replace(text)) {
		start := strings.Index(text, w)
		d.Tokens = append(d.Tokens, doc.Token{Text: w, Start: start, End: start + len(w)})
		_ = i
	}
	d.Sentences = []doc.Sentence{
		{First: 0, Last: 2, Kind: doc.Headline},
		{First: 2, Last: 10, Kind: doc.Body},
		{First: 10, Last: len(d.Tokens), Kind: doc.Furniture},
	}
	got := Keywords(d)
	want := []doc.Keyword{{Word: "dam", Count: 4}, {Word: "burst", Count: 4}, {Word: "river", Count: 1}, {Word: "rose", Count: 1}}
	slices.SortFunc(want, func(a, b doc.Keyword) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Word, b.Word)
	})
	if !slices.Equal(got, want) {
		t.Errorf("Keywords = %v, want %v", got, want)
	}
}
