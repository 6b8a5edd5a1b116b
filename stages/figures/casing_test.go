package figures

import (
	"strings"
	"testing"

	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

// A text written all in capitals or all in lower case gives the figures of
// the same text written as usual: value, unit and measure.
func TestFiguresAnyCasing(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Police said two women and one man died at a branch of the bank. " +
		"The fire damaged 42 government buildings and injured dozens of people."
	read := func(text string) []string {
		d, err := ingest.Decode("t.txt", []byte(text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		tokenize.Tokenize(d)
		var out []string
		for _, f := range x.Extract(d, nil) {
			out = append(out, strings.ToLower(f.Text)+" "+f.Unit+" "+f.Measure)
		}
		return out
	}
	want := read(text)
	if len(want) < 4 {
		t.Fatalf("as written: %q", want)
	}
	for _, c := range []string{strings.ToUpper(text), strings.ToLower(text)} {
		if got := read(c); strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("%.20s...: %q\nas written: %q", c, got, want)
		}
	}
}

// A locative reads the same in any casing.
func TestLocativeBeforeCasing(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Three died in Riverton", true},
		{"THREE DIED IN RIVERTON", true},
		{"three died in riverton", true},
		{"THREE DIED AT THE BANK IN RIVERTON", true},
		{"RIVERTON SAID THREE DIED", false},
	} {
		off := strings.LastIndex(strings.ToLower(tt.text), "riverton")
		if tt.want == false {
			off = 0
		}
		if got := locativeBefore(tt.text, 0, off); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
