package entities

import (
	"os"
	"path/filepath"
	"testing"

	"factpipe/doc"
	"factpipe/internal/testenv"
)

// Text all in capitals or all in lower case: the people, places and
// organisations of its cased form are found, whole, with their titles.
func TestTagCaseless(t *testing.T) {
	tg := mustNew(t)
	type m struct {
		kind        doc.Kind
		text, title string
	}
	tests := []struct {
		name string
		text string
		want []m // must be among the mentions
	}{
		{name: "capitals: people with titles, a place",
			text: "PRESIDENT VLADIMIR PUTIN MET GERMAN CHANCELLOR ANGELA MERKEL IN MOSCOW ON TUESDAY.",
			want: []m{{doc.Person, "VLADIMIR PUTIN", "PRESIDENT"}, {doc.Person, "ANGELA MERKEL", "CHANCELLOR"}, {doc.Place, "MOSCOW", ""}}},
		{name: "lower case: people with titles, a place",
			text: "president vladimir putin met german chancellor angela merkel in moscow on tuesday.",
			want: []m{{doc.Person, "vladimir putin", "president"}, {doc.Person, "angela merkel", "chancellor"}, {doc.Place, "moscow", ""}}},
		// The rule that cuts lower-case words off the end of a name, and the
		// one that joins "Ministry of" to "Defence", read no capitals here.
		{name: "lower case: institution and places",
			text: "the ministry of defence said 89 soldiers were killed in manchester. officials in britain said the united nations would act.",
			want: []m{{doc.Organization, "ministry of defence", ""}, {doc.Place, "manchester", ""}, {doc.Place, "britain", ""}, {doc.Organization, "united nations", ""}}},
		{name: "capitals: institution and places",
			text: "THE MINISTRY OF DEFENCE SAID 89 SOLDIERS WERE KILLED IN MANCHESTER. OFFICIALS IN BRITAIN SAID THE UNITED NATIONS WOULD ACT.",
			want: []m{{doc.Organization, "MINISTRY OF DEFENCE", ""}, {doc.Place, "MANCHESTER", ""}, {doc.Place, "BRITAIN", ""}, {doc.Organization, "UNITED NATIONS", ""}}},
		{name: "lower case: companies and a seat of government",
			text: "i think boris johnson said the kremlin lied. microsoft shares fell on wall street after the european commission fined it in brussels.",
			want: []m{{doc.Person, "boris johnson", ""}, {doc.Organization, "kremlin", ""}, {doc.Organization, "microsoft", ""},
				{doc.Organization, "european commission", ""}, {doc.Place, "brussels", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text)
			var got []m
			for _, x := range tg.Tag(d) {
				got = append(got, m{x.Kind, x.Text, x.Title})
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("Tag(%q): no %v among %v", tc.text, w, got)
				}
			}
		})
	}
}

// A lower-case country abbreviation tagged as a place gets the country's
// reference.
func TestCaselessRef(t *testing.T) {
	tg := mustNew(t)
	d := newDoc("troops from the uk and france arrived in kabul on monday. the uk said so.")
	for _, x := range tg.Tag(d) {
		if x.Text == "uk" && x.Ref != "country:GB" {
			t.Errorf("uk: Ref %q, want country:GB", x.Ref)
		}
	}
}

func TestSentenceClass(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  int
	}{
		{"cased", []string{"Putin", "met", "Merkel", "."}, sentCased},
		{"capitals", []string{"PUTIN", "MET", "MERKEL", "."}, sentUpper},
		{"lower case", []string{"putin", "met", "merkel", "."}, sentLower},
		// The pronoun "I" is capitalised in text in lower case too.
		{"lower case with I", []string{"I", "met", "merkel", "."}, sentLower},
		{"acronym in lower case", []string{"the", "UN", "met", "."}, sentCased},
		{"no letters", []string{"12", "-", "3"}, sentCased},
	}
	for _, tc := range tests {
		infos := make([]tokInfo, len(tc.words))
		if got, _ := fillSentence(infos, tc.words, nil); got != tc.want {
			t.Errorf("%s: fillSentence(%q) = %d, want %d", tc.name, tc.words, got, tc.want)
		}
	}
}

func TestCaselessDoc(t *testing.T) {
	tests := []struct {
		name  string
		words [nSentClasses]int // words with letters of the sentences of each class
		want  bool
	}{
		{"all capitals", [nSentClasses]int{0, 200, 0}, true},
		{"all lower case", [nSentClasses]int{0, 0, 200}, true},
		// A cased text with a headline in capitals keeps its case.
		{"cased with a headline in capitals", [nSentClasses]int{190, 10, 0}, false},
		{"capitals with a cased line", [nSentClasses]int{10, 190, 0}, true},
		{"half and half", [nSentClasses]int{100, 50, 50}, false},
		{"empty", [nSentClasses]int{}, false},
	}
	for _, tc := range tests {
		if got := caselessDoc(tc.words); got != tc.want {
			t.Errorf("%s: caselessDoc(%v) = %v, want %v", tc.name, tc.words, got, tc.want)
		}
	}
}

func TestTitleForm(t *testing.T) {
	for in, want := range map[string]string{"PARIS": "Paris", "paris": "Paris", "Paris": "Paris", "ÉCOLE": "École", "": "", "1990S": "1990s"} {
		if got := titleForm(in); got != want {
			t.Errorf("titleForm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseCasing(t *testing.T) {
	for _, c := range []Casing{CaseAsIs, CaseUpper, CaseLower} {
		if got, err := ParseCasing(c.String()); err != nil || got != c {
			t.Errorf("ParseCasing(%q) = %v, %v; want %v", c.String(), got, err, c)
		}
	}
	if got, err := ParseCasing("as-is"); err != nil || got != CaseAsIs {
		t.Errorf("ParseCasing(as-is) = %v, %v", got, err)
	}
	if _, err := ParseCasing("title"); err == nil {
		t.Error("ParseCasing(title): no error")
	}
}

// The tagger finds entities in eng.testa with every word in capitals or
// in lower case almost as well as as written (before it was trained on
// copies in capitals: F1 77.7 and 0.1).
func TestEvaluateTestaCasings(t *testing.T) {
	dir := testenv.DataDir()
	if dir == "" {
		t.Skip("shared/data not found")
	}
	path := filepath.Join(dir, "conll2003", "eng.testa")
	for _, tc := range []struct {
		casing Casing
		minF1  float64
	}{{CaseAsIs, 92.5}, {CaseUpper, 88.5}, {CaseLower, 88.5}} {
		f, err := os.Open(path)
		if err != nil {
			t.Skip(err)
		}
		rep, err := EvaluateCoNLLCasing(f, nil, tc.casing)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if rep.Overall.F1 < tc.minF1 {
			t.Errorf("testa %s: F1 %.2f, want >= %.1f", tc.casing, rep.Overall.F1, tc.minF1)
		}
	}
}
