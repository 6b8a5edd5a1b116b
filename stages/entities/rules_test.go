package entities

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"factpipe/doc"
	geo "factpipe/gazetteer"
	"factpipe/internal/testenv"
)

var loadGaz = sync.OnceValues(geo.Load)

// mustNew returns the tagger with the gazetteer.
func mustNew(tb testing.TB) *Tagger {
	tb.Helper()
	g, err := loadGaz()
	if err != nil {
		tb.Fatal(err)
	}
	t, err := New(g)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

func TestNewNil(t *testing.T) {
	if _, err := New(nil); err == nil {
		t.Error("New(nil) succeeded, want an error")
	}
}

// TestRefine drives each correction rule on a hand-made entity, so that the
// rules are tested apart from what the model tags.
func TestRefine(t *testing.T) {
	tg := mustNew(t)
	tests := []struct {
		name       string
		text       string // words separated by spaces
		kind       doc.Kind
		start, end int
		want       doc.Kind // "" when the entity is dropped
		wantStart  int
		wantEnd    int
	}{
		{"seat of government", "the Kremlin said", doc.Place, 1, 2, doc.Organization, 1, 2},
		{"seat of government, two words", "the White House said", doc.Place, 1, 3, doc.Organization, 1, 3},
		{"messaging platform", "he wrote on Telegram .", doc.Place, 3, 4, doc.Organization, 3, 4},
		{"holiday", "before the New Year ,", doc.Place, 2, 4, "", 0, 0},
		{"interjection", "Oh , my God", doc.Place, 0, 1, "", 0, 0},
		{"technical abbreviation", "a new DVR recorder", doc.Organization, 2, 3, "", 0, 0},
		// One capitalised word between "a" and a common noun is a make.
		{"article, word, noun", "with a Patriot missile battery", doc.Place, 2, 3, "", 0, 0},
		// ... unless the word is a well-known place.
		{"article, major city, noun", "a Moscow court ruled", doc.Place, 1, 2, doc.Place, 1, 2},
		{"head of institution before of", "the Russian Ministry of Defense announced", doc.Place, 4, 5, doc.Organization, 2, 5},
		{"head before for the", "the Institute for the Study of War said", doc.Organization, 4, 7, doc.Organization, 1, 7},
		{"historical state", "the USSR collapsed", doc.Organization, 1, 2, doc.Place, 1, 2},
		{"world region after compass word", "in Eastern Europe .", doc.Organization, 1, 3, doc.Place, 1, 3},
		{"country by abbreviation", "the U.K. said", doc.Organization, 1, 2, doc.Place, 1, 2},
		// A first name leading an unknown place is a person.
		{"first name makes a person", "quoting Stepan Bandera ,", doc.Place, 1, 3, doc.Person, 1, 3},
		// ... but not when the place is known.
		{"first name in a known place", "in San Antonio ,", doc.Place, 1, 3, doc.Place, 1, 3},
		{"company suffix", "Arbor Networks said", doc.Person, 0, 2, doc.Organization, 0, 2},
		{"agency head", "the Highway Patrol said", doc.Person, 1, 3, doc.Organization, 1, 3},
		{"street is a place", "her First Street home", doc.Organization, 1, 3, doc.Place, 1, 3},
		{"royal title and first name", "full Queen Elizabeth outfit", doc.Place, 2, 3, doc.Person, 2, 3},
		{"title words alone", "General Manager A. J. Smith", doc.Organization, 0, 2, "", 0, 0},
		{"city after locative", "the capital of Palermo .", doc.Organization, 3, 4, doc.Place, 3, 4},
		{"capital as actor", "the conflict with Kyiv began", doc.Organization, 3, 4, doc.Place, 3, 4},
		{"unknown word with no support", "Mortifying .", doc.Place, 0, 1, "", 0, 0},
		{"unknown word after locative", "they drove to Qwertyville .", doc.Place, 3, 4, doc.Place, 3, 4},
		{"trailing lower-case word", "the Communist Party bureaucracy said", doc.Organization, 1, 4, doc.Organization, 1, 3},
		{"plain person untouched", "said John Smith ,", doc.Person, 1, 3, doc.Person, 1, 3},
		// An honorific inside or before the entity makes it a person.
		{"honorific inside", "Mr. LaRue said", doc.Organization, 0, 2, doc.Person, 1, 2},
		{"honorific before", "said Ms Cooper .", doc.Place, 2, 3, doc.Person, 2, 3},
		{"agency suffix", "fired from Gordon Advisors on", doc.Person, 2, 4, doc.Organization, 2, 4},
		{"title words alone as a person", "said Lisa Su , Senior Vice President", doc.Person, 5, 7, "", 0, 0},
		// A role head and a first name inside an organisation start a person.
		{"role and name inside organisation", "sentenced by Justice Vincent Del Giudice .", doc.Organization, 2, 6, doc.Person, 3, 6},
		{"nationality adjective starts a company", "flew British Airways to", doc.Person, 1, 3, doc.Organization, 1, 3},
		{"compass word and region", "has struck Northern California ,", doc.Organization, 2, 4, doc.Place, 2, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(tc.text)
			kind, start, end, ok := tg.refine(words, false, tc.kind, tc.start, tc.end)
			if !ok {
				kind, start, end = "", 0, 0
			}
			if kind != tc.want || start != tc.wantStart || end != tc.wantEnd {
				t.Errorf("refine(%q [%d,%d) %s) = %s [%d,%d), want %s [%d,%d)", tc.text, tc.start, tc.end, tc.kind,
					kind, start, end, tc.want, tc.wantStart, tc.wantEnd)
			}
		})
	}
}

func TestJoinPossessive(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []span
		want  []span
	}{
		// "King" is untagged; the institution head makes it an organisation.
		{"untagged head word", "at King 's College London ,", []span{{3, 5, typeLOC}}, []span{{1, 5, typeORG}}},
		// Both halves tagged, with different types: one state.
		{"tagged halves", "the Donetsk People 's Republic said", []span{{1, 3, typePER}, {4, 5, typeLOC}}, []span{{1, 5, typeLOC}}},
		// A country's possession is two names.
		{"possessive of a place", "Russia 's Defence Ministry said", []span{{0, 1, typeLOC}, {2, 4, typeORG}}, []span{{0, 1, typeLOC}, {2, 4, typeORG}}},
		{"possessive of a person", "Putin 's New Year speech", []span{{0, 1, typePER}}, []span{{0, 1, typePER}}},
		{"nothing after the 's", "the People 's choice", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := joinPossessive(strings.Fields(tc.text), slices.Clone(tc.spans), false)
			if !slices.Equal(got, tc.want) {
				t.Errorf("joinPossessive(%q, %v) = %v, want %v", tc.text, tc.spans, got, tc.want)
			}
		})
	}
}

func TestRef(t *testing.T) {
	tg := mustNew(t)
	g, _ := loadGaz()
	kyiv := tg.ref("Kyiv")
	tests := []struct {
		name, text, want string
	}{
		{"short form", "US", "country:US"},
		{"abbreviation with stops", "U.S.", "country:US"},
		{"full name", "United States", "country:US"},
		{"Britain and UK are one", "Britain", "country:GB"},
		{"UK", "UK", "country:GB"},
		{"historical state", "USSR", "country:SU"},
		{"historical state, long form", "Soviet Union", "country:SU"},
		// The exonym resolves to the same GeoNames id.
		{"exonym", "Kiev", kyiv},
		{"diacritics", "Makiïvka", tg.ref("Makiivka")},
		{"world region", "Asia", ""},
		{"unknown", "Qwertyville", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tg.ref(tc.text); got != tc.want {
				t.Errorf("ref(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	if !strings.HasPrefix(kyiv, "geonames:") {
		t.Errorf("ref(Kyiv) = %q, want a GeoNames id", kyiv)
	}
	// "Washington" alone is the capital, not the state.
	if c, ok := g.CapitalOf("Washington"); !ok || c != "US" {
		t.Fatalf("gazetteer: CapitalOf(Washington) = %q, %v", c, ok)
	}
	for _, p := range g.Places("Washington") {
		if p.Capital && p.Country == "US" {
			if want := "geonames:" + itoa(p.GeoNameID); tg.ref("Washington") != want {
				t.Errorf("ref(Washington) = %q, want the capital %q", tg.ref("Washington"), want)
			}
		}
	}
	// Without a gazetteer only the built-in historical states resolve.
	plain := mustLoad(t)
	if got := plain.ref("US"); got != "" {
		t.Errorf("Load().ref(US) = %q, want \"\"", got)
	}
	if got := plain.ref("USSR"); got != "country:SU" {
		t.Errorf("Load().ref(USSR) = %q, want country:SU", got)
	}
}

func itoa(n int) string {
	var b []byte
	for n >= 10 {
		b = append(b, byte('0'+n%10))
		n /= 10
	}
	b = append(b, byte('0'+n))
	slices.Reverse(b)
	return string(b)
}

func TestPersonSurnames(t *testing.T) {
	ms := []doc.Mention{
		{Kind: doc.Place, Text: "Morrison", Ref: "geonames:1"},
		{Kind: doc.Place, Text: "Washington", Ref: "geonames:2"},
		{Kind: doc.Person, Text: "James Morrison"},
		{Kind: doc.Person, Text: "Denzel Washington"},
	}
	// Only the first place lacks support; the second followed "to".
	personSurnames(ms, []bool{true, false, false, false})
	if ms[0].Kind != doc.Person || ms[0].Ref != "" {
		t.Errorf("weak place %+v, want a person without Ref", ms[0])
	}
	if ms[1].Kind != doc.Place {
		t.Errorf("supported place %+v became %s", ms[1], ms[1].Kind)
	}
}

func TestCoordinate(t *testing.T) {
	tg := mustNew(t)
	type m struct {
		kind doc.Kind
		text string
	}
	tests := []struct {
		name string
		text string
		in   []m // mentions in text order; each text must occur once
		want []doc.Kind
	}{
		// The odd one out of a list takes the kind the others agree on.
		{"odd one out", "as Google, AOL, Yahoo and Apple did",
			[]m{{doc.Organization, "Google"}, {doc.Organization, "AOL"}, {doc.Person, "Yahoo"}, {doc.Organization, "Apple"}},
			[]doc.Kind{doc.Organization, doc.Organization, doc.Organization, doc.Organization}},
		// Well-known towns listed with a place are places.
		{"towns with a place", "rotated between Blackpool, Bournemouth and Brighton.",
			[]m{{doc.Place, "Blackpool"}, {doc.Organization, "Bournemouth"}, {doc.Organization, "Brighton"}},
			[]doc.Kind{doc.Place, doc.Place, doc.Place}},
		// Two kinds among the others: no agreement, nothing changes.
		{"no agreement", "Paris, Sony and Bill Gates and Apple",
			[]m{{doc.Place, "Paris"}, {doc.Organization, "Sony"}, {doc.Person, "Bill Gates"}, {doc.Organization, "Apple"}},
			[]doc.Kind{doc.Place, doc.Organization, doc.Person, doc.Organization}},
		// A known place keeps its kind whatever the list.
		{"known place kept", "Smith, Jones, France and Brown",
			[]m{{doc.Person, "Smith"}, {doc.Person, "Jones"}, {doc.Place, "France"}, {doc.Person, "Brown"}},
			[]doc.Kind{doc.Person, doc.Person, doc.Place, doc.Person}},
		// Words other than separators between names break the list.
		{"not a list", "Google sued AOL while Yahoo waited",
			[]m{{doc.Organization, "Google"}, {doc.Organization, "AOL"}, {doc.Person, "Yahoo"}},
			[]doc.Kind{doc.Organization, doc.Organization, doc.Person}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []doc.Mention
			for _, x := range tc.in {
				i := strings.Index(tc.text, x.text)
				ms = append(ms, doc.Mention{Kind: x.kind, Text: x.text, Start: i, End: i + len(x.text)})
			}
			tg.coordinate(tc.text, ms)
			for i, m := range ms {
				if m.Kind != tc.want[i] {
					t.Errorf("%q: %s, want %s", m.Text, m.Kind, tc.want[i])
				}
			}
		})
	}
}

func TestSettleKinds(t *testing.T) {
	tg := mustNew(t)
	ms := []doc.Mention{
		{Kind: doc.Person, Text: "SeaMicro"},
		{Kind: doc.Organization, Text: "SeaMicro"},
		{Kind: doc.Person, Text: "Brooklyn"},
		{Kind: doc.Place, Text: "Brooklyn"},
		{Kind: doc.Person, Text: "Jordan"},         // the surname of a full name below
		{Kind: doc.Place, Text: "Jordan"},          // a country, but also a person here
		{Kind: doc.Person, Text: "Michael Jordan"}, // makes "Jordan" a person's name
		{Kind: doc.Person, Text: "Ford", Title: "President"},
		{Kind: doc.Organization, Text: "Ford"},
	}
	tg.settleKinds(ms)
	want := []doc.Kind{doc.Organization, doc.Organization, doc.Place, doc.Place, doc.Person, doc.Place,
		doc.Person, doc.Person, doc.Organization}
	for i, m := range ms {
		if m.Kind != want[i] {
			t.Errorf("mention %d %q: %s, want %s", i, m.Text, m.Kind, want[i])
		}
	}
	if ms[2].Ref == "" {
		t.Errorf("Brooklyn as a place has no Ref")
	}
}

func TestJoinGarbled(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Non-ASCII letters lost to "?" by an encoding step.
		{"question marks inside a name", "tweeted Jan Jab?o?ski, the chair", []string{"tweeted", "Jan", "Jab?o?ski", ",", "the", "chair"}},
		{"replacement character", "Micha\uFFFD Dworczyk said", []string{"Micha\uFFFD", "Dworczyk", "said"}},
		{"real question", "Who? Nobody knows?", []string{"Who", "?", "Nobody", "knows", "?"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text)
			var got []string
			for _, s := range d.Sentences {
				ws, sp := splitSentence(d, s)
				for i, w := range ws {
					if w != normalizeToken(d.Text[sp[i].Start:sp[i].End]) {
						t.Errorf("word %q has span text %q", w, d.Text[sp[i].Start:sp[i].End])
					}
				}
				got = append(got, ws...)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("words %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTagWithGazetteer runs whole sentences through New's tagger.
func TestTagWithGazetteer(t *testing.T) {
	tg := mustNew(t)
	type m struct {
		kind      doc.Kind
		text, ref string
	}
	tests := []struct {
		name string
		text string
		want []m // must be among the mentions
		not  []string
	}{
		{
			name: "seats of government",
			text: "The Kremlin said on Monday that the White House had rejected the offer.",
			want: []m{{doc.Organization, "Kremlin", ""}, {doc.Organization, "White House", ""}},
		},
		{
			name: "country references",
			text: "Officials in the U.S. and Britain said the United States would act.",
			want: []m{{doc.Place, "U.S.", "country:US"}, {doc.Place, "Britain", "country:GB"}, {doc.Place, "United States", "country:US"}},
		},
		{
			name: "possessive institution",
			text: "Professor Anna Berg of King's College London said the data were sound.",
			want: []m{{doc.Person, "Anna Berg", ""}, {doc.Organization, "King's College London", ""}},
			not:  []string{"College London"},
		},
		{
			name: "make of weapon",
			text: "Germany will send Poland a Patriot missile battery next month.",
			want: []m{{doc.Place, "Germany", "country:DE"}, {doc.Place, "Poland", "country:PL"}},
			not:  []string{"Patriot"},
		},
		{
			// Scripts, languages and peoples are no organisations or places.
			name: "script and people words",
			text: "Councils must find Gypsy sites, and addresses in Cyrillic may fool users.",
			not:  []string{"Gypsy", "Cyrillic"},
		},
		{
			name: "platform and holiday",
			text: "The governor wrote on Telegram that the town of Kherson was shelled on Christmas Day.",
			want: []m{{doc.Organization, "Telegram", ""}},
			not:  []string{"Christmas", "Christmas Day"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []m
			for _, x := range tg.Tag(newDoc(tc.text)) {
				got = append(got, m{x.Kind, x.Text, x.Ref})
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %+v in %+v", w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if g.text == n {
						t.Errorf("unwanted mention %+v", g)
					}
				}
			}
		})
	}
}

// TestTagFurniture: a credit run into a sentence yields no mention and is
// no context for the name after it.
func TestTagFurniture(t *testing.T) {
	tg := mustNew(t)
	text := "Photo: Alexander Petrov via Reuters LOADINGERROR LOADING Moscow's losses grew."
	d := newDoc(text)
	end := strings.Index(text, "Moscow")
	d.Furniture = []doc.Span{{Start: 0, End: end - 1}}
	ms := tg.Tag(d)
	if len(ms) != 1 || ms[0].Text != "Moscow" || ms[0].Kind != doc.Place {
		t.Errorf("mentions %+v, want only the place Moscow", ms)
	}
}

// FuzzTagRules: on any text, the tagger with the gazetteer returns
// mentions in order, within the text, whose Text is the text they span.
func FuzzTagRules(f *testing.F) {
	tg := mustNew(f)
	for _, s := range []string{
		"The Kremlin's Donetsk People's Republic said on Telegram.",
		"tweeted Jan Jab?o?ski, the chair of King's College London",
		"Micha\uFFFD? ?\uFFFD a Patriot missile battery in the USSR",
		"Ministry of of the Institute for the",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(text)
		prev := 0
		for _, m := range tg.Tag(d) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) || m.Text != text[m.Start:m.End] {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
			prev = m.End
		}
	})
}

// TestTagTesta scores Tag itself, correction rules included, on CoNLL-2003
// eng.testa rebuilt as text (tokens joined by spaces, a sentence a line):
// exact-span precision, recall and F1 of people, places and organisations
// (MISC is not a mention kind), with and without the gazetteer.
func TestTagTesta(t *testing.T) {
	dir := testenv.DataDir()
	if dir == "" {
		t.Skip("shared/data not found")
	}
	f, err := os.Open(filepath.Join(dir, "conll2003", "eng.testa"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	docs, err := readCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		start, end int
		kind       doc.Kind
	}
	for _, c := range []struct {
		name  string
		tg    *Tagger
		minF1 float64
	}{{"model rules", mustLoad(t), 90}, {"gazetteer rules", mustNew(t), 90}} {
		var found, gold, correct [3]int
		for _, cd := range docs {
			var b strings.Builder
			d := &doc.Document{}
			var want []key
			for _, s := range cd.sents {
				first := len(d.Tokens)
				start := b.Len()
				for i, w := range s.words {
					if i > 0 {
						b.WriteByte(' ')
					}
					d.Tokens = append(d.Tokens, doc.Token{Text: w, Start: b.Len(), End: b.Len() + len(w)})
					b.WriteString(w)
				}
				d.Sentences = append(d.Sentences, doc.Sentence{Start: start, End: b.Len(), First: first, Last: len(d.Tokens)})
				b.WriteByte('\n')
				for _, sp := range s.spans {
					if k := kindOf[sp.typ]; k != "" {
						want = append(want, key{d.Tokens[first+sp.start].Start, d.Tokens[first+sp.end-1].End, k})
					}
				}
			}
			d.Text = b.String()
			idx := map[doc.Kind]int{doc.Person: 0, doc.Place: 1, doc.Organization: 2}
			set := map[key]bool{}
			for _, k := range want {
				set[k] = true
				gold[idx[k.kind]]++
			}
			for _, m := range c.tg.Tag(d) {
				found[idx[m.Kind]]++
				if set[key{m.Start, m.End, m.Kind}] {
					correct[idx[m.Kind]]++
				}
			}
		}
		var all [3]int
		for i, name := range []string{"PER", "LOC", "ORG"} {
			p, r := float64(correct[i])/float64(found[i]), float64(correct[i])/float64(gold[i])
			t.Logf("%s: %s precision %.2f recall %.2f F1 %.2f", c.name, name, 100*p, 100*r, 200*p*r/(p+r))
			all[0] += found[i]
			all[1] += gold[i]
			all[2] += correct[i]
		}
		p, r := float64(all[2])/float64(all[0]), float64(all[2])/float64(all[1])
		f1 := 200 * p * r / (p + r)
		t.Logf("%s: PER+LOC+ORG precision %.2f recall %.2f F1 %.2f", c.name, 100*p, 100*r, f1)
		if f1 < c.minF1 {
			t.Errorf("%s: F1 %.2f, want >= %.0f", c.name, f1, c.minF1)
		}
	}
}
