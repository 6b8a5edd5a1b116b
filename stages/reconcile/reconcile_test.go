package reconcile

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"factpipe/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// storyRun is a hand-built run of five articles from five outlets on one
// strike, with the kinds of disagreement the stage looks for: two death
// tolls, a revision, a vague toll, one official spelled two ways,
// transliterated place and person names, a past war-wide figure and an
// unattributed headline figure.
func storyRun() []doc.Result {
	const (
		place = "Makiivka"
	)
	return []doc.Result{
		res("000.txt", "WSWS", "2023-01-09",
			[]doc.Mention{loc("Makeevka"), m(doc.Person, "Sergei Serdyukov", "Lieutenant General"), org("Kremlin"),
				loc("Kiev"), loc("Samara"), per("John Kirby"), per("Kirby"), org("Ministry of Defense")},
			killed(89, doc.AtLeast, "Makeevka", "Lieutenant General Sergei Serdyukov").on("2023-01-04"),
			fg{text: "about 600 men", v: f64(600), q: doc.Approx, unit: "man", measure: "stationed", subject: "Makeevka"},
			fg{text: "just 63", v: f64(63), unit: "soldier", measure: "killed", subject: "Makeevka", claimant: "Ministry of Defense"},
			killed(400, doc.Exact, "Makeevka", "Kiev"),
			fg{text: "300", v: f64(300), unit: "troop", measure: "wounded", subject: "Makeevka", claimant: "Kiev"},
			fg{text: "60-70 wounded", lo: f64(60), hi: f64(70), q: doc.Range, unit: "soldier", measure: "wounded", subject: "Samara", claimant: "Samara"},
			fg{text: "hundreds of Russian servicemen", lo: f64(100), hi: f64(999), q: doc.Vague, unit: "serviceman", measure: "killed", subject: "Makeevka"},
		),
		res("001.txt", "WSWS", "2023-01-02",
			[]doc.Mention{org("Russian Ministry of Defense"), org("Ukrainian Ministry of defense"), per("Daniil Bezsonov"), loc("Donetsk")},
			fg{text: "between 60 and 400", lo: f64(60), hi: f64(400), q: doc.Range, unit: "troop", measure: "killed"},
			killed(63, doc.Exact, "", "The Russian Ministry of Defense"),
			fg{text: "four hundred", v: f64(400), unit: "soldier", measure: "killed", claimant: "the Ukrainian Ministry of defense"},
			fg{text: "between 200 and 600 people", lo: f64(200), hi: f64(600), q: doc.Range, unit: "people", measure: "casualties", claimant: "Some Russian journalists"},
		),
		res("002.txt", "WION", "2023-01-04",
			[]doc.Mention{loc("Makiivka"), m(doc.Person, "Sergei Sevryukov", "Lt General"), per("Daniil Bezsonov"), org("Kremlin")},
			fg{text: "at least 89 of its military personnel", v: f64(89), q: doc.AtLeast, unit: "personnel", measure: "killed", subject: place, claimant: "the Kremlin"},
			fg{text: "at least 63 of its soldiers", v: f64(63), q: doc.AtLeast, unit: "soldier", measure: "killed", subject: place, claimant: "the Russian defence ministry", claimedOn: "2023-01-02"},
		),
		res("003.txt", "Le Monde", "2023-01-03",
			[]doc.Mention{loc("Makiïvka’s"), loc("Makiïvka"), per("Igor Konashenkov"), m(doc.Person, "Sergei Choigou", "Defense Minister"), loc("Kyiv")},
			fg{text: "over 60 Russian soldiers", v: f64(60), q: doc.AtLeast, unit: "soldier", measure: "killed", subject: "Makiïvka"},
			fg{text: "63 of its soldiers", v: f64(63), unit: "soldier", measure: "died", subject: "Makiïvka", claimant: "the Russian Ministry of Defense", claimedOn: "2023-01-02"},
			fg{text: "5,937 dead", v: f64(5937), unit: "soldier", measure: "dead", subject: "Makiïvka", claimant: "Defense Minister Sergei Choigou", claimedOn: "2022-09-21"},
			fg{text: "about 400 killed", v: f64(400), q: doc.Approx, unit: "soldier", measure: "killed", subject: "Makiïvka", claimant: "The strategic communications department of the Ukrainian army"},
		),
		res("004.txt", "HuffPost", "2023-01-05",
			[]doc.Mention{per("Vladimir Putin"), per("Putin"), loc("Donetsk"), loc("Makiivka"), per("Igor Girkin"), per("Strelkov")},
			killed(89, doc.Exact, place, ""),
			fg{text: "Dozens of Russian military personnel", lo: f64(24), hi: f64(99), q: doc.Vague, unit: "personnel", measure: "killed", subject: "Donetsk"},
			killed(63, doc.Exact, place, "Moscow"),
			killed(89, doc.Exact, place, "Moscow"),
			fg{text: "up to 400", v: f64(400), q: doc.AtMost, unit: "soldier", measure: "killed", subject: place, claimant: "Ukraine"},
		),
	}
}

func TestGolden(t *testing.T) {
	aliases, err := LoadAliases(strings.NewReader("Igor Girkin = Igor Strelkov\n"))
	if err != nil {
		t.Fatal(err)
	}
	out := Reconcile(storyRun(), Options{Aliases: aliases})
	got, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "story.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows a line diff of two texts (longest common subsequence),
// with "-" for lines only in want and "+" for lines only in got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	// lcs[i][j] is the LCS length of w[i:] and g[j:].
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i, j = i+1, j+1
		case j < len(g) && (i == len(w) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&b, "+%d: %s\n", j+1, g[j])
			j++
		default:
			fmt.Fprintf(&b, "-%d: %s\n", i+1, w[i])
			i++
		}
	}
	return b.String()
}

// TestDeterminism shuffles the mentions and figures within each result:
// every output must stay the same, and every mention keep its entity.
func TestDeterminism(t *testing.T) {
	base := storyRun()
	want := Reconcile(base, Options{})
	entityAt := func(rs []doc.Result, out doc.Reconciled) map[string]string {
		m := map[string]string{}
		for ri, r := range rs {
			ids := doc.MentionEntities(r.Mentions, out.NameEntity[ri])
			for mi, x := range r.Mentions {
				m[fmt.Sprint(r.Doc.Path, x.Start)] = ids[mi]
			}
		}
		return m
	}
	attributionAt := func(rs []doc.Result, out doc.Reconciled) map[string]doc.Attribution {
		m := map[string]doc.Attribution{}
		for ri, r := range rs {
			for fi, f := range r.Figures {
				m[fmt.Sprint(r.Doc.Path, f.ID)] = out.Attributions[ri][fi]
			}
		}
		return m
	}
	wantAt, wantAttr := entityAt(base, want), attributionAt(base, want)
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 1))
		rs := storyRun()
		for i := range rs {
			rng.Shuffle(len(rs[i].Mentions), func(a, b int) { rs[i].Mentions[a], rs[i].Mentions[b] = rs[i].Mentions[b], rs[i].Mentions[a] })
			rng.Shuffle(len(rs[i].Figures), func(a, b int) { rs[i].Figures[a], rs[i].Figures[b] = rs[i].Figures[b], rs[i].Figures[a] })
		}
		got := Reconcile(rs, Options{})
		if !reflect.DeepEqual(got.Entities, want.Entities) {
			t.Errorf("seed %d: entities differ", seed)
		}
		if !reflect.DeepEqual(attributionAt(rs, got), wantAttr) {
			t.Errorf("seed %d: figure attributions differ", seed)
		}
		if !reflect.DeepEqual(got.Quantities, want.Quantities) {
			t.Errorf("seed %d: quantities differ", seed)
		}
		if !reflect.DeepEqual(got.Contradictions, want.Contradictions) {
			t.Errorf("seed %d: contradictions differ", seed)
		}
		if !reflect.DeepEqual(entityAt(rs, got), wantAt) {
			t.Errorf("seed %d: mention entities differ", seed)
		}
	}
}

// TestEveryMentionHasAnEntity checks the shape of NameEntity and the
// mention and document counts.
func TestEveryMentionHasAnEntity(t *testing.T) {
	rs := storyRun()
	out := Reconcile(rs, Options{})
	ids := map[string]*doc.Entity{}
	for i := range out.Entities {
		ids[out.Entities[i].ID] = &out.Entities[i]
	}
	if len(ids) != len(out.Entities) {
		t.Fatalf("duplicate entity IDs")
	}
	count := map[string]int{}
	docs := map[string]map[int]bool{}
	for ri, r := range rs {
		if names := doc.NamesOf(r.Mentions); len(out.NameEntity[ri]) != len(names) {
			t.Fatalf("result %d: %d entity IDs for %d names", ri, len(out.NameEntity[ri]), len(names))
		}
		for mi, id := range doc.MentionEntities(r.Mentions, out.NameEntity[ri]) {
			e := ids[id]
			if e == nil {
				t.Fatalf("mention %q: unknown entity %q", r.Mentions[mi].Text, id)
			}
			if e.Kind != r.Mentions[mi].Kind {
				t.Errorf("mention %q of kind %s in entity %q of kind %s", r.Mentions[mi].Text, r.Mentions[mi].Kind, e.Name, e.Kind)
			}
			count[id]++
			if docs[id] == nil {
				docs[id] = map[int]bool{}
			}
			docs[id][ri] = true
		}
	}
	for _, e := range out.Entities {
		if e.Mentions != count[e.ID] || e.Documents != len(docs[e.ID]) {
			t.Errorf("%s: counts %d/%d, want %d/%d", e.Name, e.Mentions, e.Documents, count[e.ID], len(docs[e.ID]))
		}
	}
}

func TestEmptyRun(t *testing.T) {
	out := Reconcile(nil, Options{})
	if len(out.Entities)+len(out.Attributions)+len(out.Quantities)+len(out.Contradictions)+len(out.NameEntity) != 0 {
		t.Errorf("empty run gave %+v", out)
	}
}

// TestConcurrentUse runs Reconcile from several goroutines on one input
// (under -race): it shares no state and does not modify its input.
func TestConcurrentUse(t *testing.T) {
	rs := storyRun()
	want := Reconcile(rs, Options{})
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			if got := Reconcile(rs, Options{}); !reflect.DeepEqual(got, want) {
				errs <- fmt.Errorf("concurrent run differs")
				return
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if !reflect.DeepEqual(rs, storyRun()) {
		t.Error("Reconcile modified its input")
	}
}

// A digest keeps the sentence of a figure with a measure (for
// nameInCommon) and of one that tells a revision, and drops the others.
func TestDigestSentences(t *testing.T) {
	r := doc.Result{Figures: []doc.Figure{
		{Text: "89", Measure: "killed", SentenceText: "Moscow said 89 soldiers died."},
		{Text: "63", SentenceText: "It first said 63."},
		{Text: "12", SentenceText: "The town has 12 schools."},
	}}
	d := Digest(r)
	for i, want := range []string{"Moscow said 89 soldiers died.", "It first said 63.", ""} {
		if got := d.Figures[i].SentenceText; got != want {
			t.Errorf("figure %d: sentence %q, want %q", i, got, want)
		}
	}
	if r.Figures[2].SentenceText == "" {
		t.Errorf("Digest changed its result's figures")
	}
}
