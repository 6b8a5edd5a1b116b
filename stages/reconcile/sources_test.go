package reconcile

import (
	"strings"
	"testing"

	"factpipe/doc"
)

func TestSourceOf(t *testing.T) {
	results := []doc.Result{res("a", "Daily A", "", []doc.Mention{
		m(doc.Person, "Sergei Serdyukov", "Lieutenant General"), per("Denzel Washington"), per("Georgia Harrison"),
	})}
	ix := buildEntities(Digests(results), newLexicon(nil), nil)
	info := results[0].Doc
	groups := []struct {
		name      string
		claimants []string // all one source
	}{
		{"Russian government", []string{"Russian Ministry of Defense", "Russia's defence ministry", "the Russian defence ministry",
			"Moscow's defence ministry", "Moscow", "Kremlin", "the Kremlin", "Russia", "Ministry of Defence of Russia",
			"Russian Defense Ministry spokesman Igor Konashenkov", "Moscow’s defence ministry"}},
		{"Ukrainian government", []string{"Ukraine's military", "Kyiv", "Kiev", "The strategic communications department of the Ukrainian army",
			"Ukrainian Ministry of defense", "general staff of Kyiv’s armed forces", "Ukraine"}},
		// A capital stands for its government even when a person has its name.
		{"United States government", []string{"Washington", "the White House", "US officials", "the Pentagon"}},
		{"Russian journalists", []string{"Russian journalists", "some Russian journalists", "journalists, Russian"}},
		{"a person", []string{"Lieutenant General Sergei Serdyukov", "Sergei Serdyukov", "Serdyukov", "Lt Gen Sergei Serdyukov"}},
		// A person whose name holds a country is the person.
		{"a person named after a country", []string{"Georgia Harrison", "Harrison"}},
		{"Georgia", []string{"Georgia", "Tbilisi"}},
		{"unattributed", []string{"", "  "}},
	}
	keys := map[string]string{}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			first := ix.sourceOf(g.claimants[0], info)
			if prev, ok := keys[first.key]; ok {
				t.Errorf("%q has the key %q of group %q", g.claimants[0], first.key, prev)
			}
			keys[first.key] = g.name
			for _, c := range g.claimants[1:] {
				if got := ix.sourceOf(c, info); got.key != first.key {
					t.Errorf("%q: key %q, want %q (as %q)", c, got.key, first.key, g.claimants[0])
				}
			}
			if first.attributed != (g.name != "unattributed") {
				t.Errorf("attributed = %v", first.attributed)
			}
		})
	}
	for claimant, want := range map[string]string{
		"Lt Gen Sergei Serdyukov": "Sergei Serdyukov",
		"Serdyukov":               "Sergei Serdyukov",
		"Washington":              "Washington",
		"the Kremlin":             "the Kremlin",
	} {
		if got := ix.claimantName(claimant); got != want {
			t.Errorf("claimantName(%q) = %q, want %q", claimant, got, want)
		}
	}
}

func TestSubjectOf(t *testing.T) {
	results := []doc.Result{res("a", "", "", []doc.Mention{loc("Makiivka"), loc("Kharkiv"), loc("Russia"), loc("Ukraine"), org("NATO"),
		org("Radio Pakistan"), per("Teri Mangal"), per("Robert Buckley")})}
	ix := buildEntities(Digests(results), newLexicon(nil), nil)
	tests := []struct {
		subject, want string
		entity        bool
		kind          doc.Kind // doc.Place when ""
	}{
		{"Makeevka", "Makiivka", true, ""},
		{"the Makiïvka strike", "Makiivka", true, ""},
		{"Russian strike on Kharkiv", "Kharkiv", true, ""}, // the city, not the demonym's country
		{"war in Ukraine", "Ukraine", true, ""},
		{"NATO summit", "NATO summit", false, ""},
		{"New Year's Eve", "New Year's Eve", false, ""},
		{"", "", false, ""},
		// A toll's subject is a place: a name tagged as a person or an
		// organisation stays words.
		{"Teri Mangal", "Teri Mangal", false, ""},
		{"Pakistani", "Pakistani", false, ""},
		// An age's subject is a person.
		{"Robert Buckley", "Robert Buckley", true, doc.Person},
	}
	for _, tt := range tests {
		kind := tt.kind
		if kind == "" {
			kind = doc.Place
		}
		key, name := ix.subjectOf(tt.subject, kind)
		if name != tt.want || strings.HasPrefix(key, "entity:") != tt.entity {
			t.Errorf("subjectOf(%q) = %q, %q; want %q (entity %v)", tt.subject, key, name, tt.want, tt.entity)
		}
	}
}
