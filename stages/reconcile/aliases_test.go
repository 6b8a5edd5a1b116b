package reconcile

import (
	"reflect"
	"strings"
	"testing"
)

func TestLoadAliases(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    [][]string
		wantErr string // substring of the error; "" for none
	}{
		{"empty", "", nil, ""},
		{"comments and blank lines", "# header\n\n   \n# more\n", nil, ""},
		{"one pair", "Igor Girkin = Igor Strelkov\n", [][]string{{"Igor Girkin", "Igor Strelkov"}}, ""},
		{"three names, spaces collapsed", "  Kyiv =Kiev=   Kyjiw  \n", [][]string{{"Kyiv", "Kiev", "Kyjiw"}}, ""},
		{"trailing comment", "A B = C D # same man\n", [][]string{{"A B", "C D"}}, ""},
		// A byte order mark and CRLF line ends, as editors on Windows write.
		{"BOM and CRLF", "\uFEFFIgor Girkin = Igor Strelkov\r\nA = B\r\n", [][]string{{"Igor Girkin", "Igor Strelkov"}, {"A", "B"}}, ""},
		{"missing =", "# c\nIgor Girkin\n", nil, "line 2: want"},
		{"empty name", "\n\nIgor Girkin = \n", nil, "line 3: empty name"},
		{"no letters", "Igor = 123\n", nil, "line 1: \"123\" has no letters"},
		{"name twice", "A = B\nC = b\n", nil, "line 2: \"b\" already listed on line 1"},
		{"same name twice on a line", "A = B = a\n", [][]string{{"A", "B"}}, ""},
		{"only one distinct name", "A = a\n", nil, "line 1: a name needs at least one alias"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := LoadAliases(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "reconcile: aliases line ") {
					t.Errorf("err %q lacks the package and line prefix", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Groups(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("groups = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNilAliases(t *testing.T) {
	var a *Aliases
	if a.Groups() != nil || a.String() != "" {
		t.Error("a nil *Aliases should declare nothing")
	}
}

// FuzzLoadAliases checks that LoadAliases never panics and that what it
// accepts formats back to a file it reads the same way.
func FuzzLoadAliases(f *testing.F) {
	for _, s := range []string{
		"Igor Girkin = Igor Strelkov\n",
		"# c\n\nKyiv = Kiev = Kyjiw # x\n",
		"A=B\r\nC = D = E\n",
		"=\n", "a = a\n", "\uFEFFé = e\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := LoadAliases(strings.NewReader(in))
		if err != nil {
			return
		}
		b, err := LoadAliases(strings.NewReader(a.String()))
		if err != nil {
			t.Fatalf("re-reading %q: %v", a.String(), err)
		}
		if !reflect.DeepEqual(a.Groups(), b.Groups()) {
			t.Fatalf("round trip changed %q to %q", a.Groups(), b.Groups())
		}
	})
}
