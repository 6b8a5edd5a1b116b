package tokenize

import (
	"slices"
	"strings"
	"testing"

	"factpipe/doc"
)

// Text written all in capitals (wire copy) or all in lower case
// (transcripts, chat) is split as its cased form would be.
func TestSentencesCaseless(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// In lower case a sentence starts with a lower-case word.
		{name: "lower case sentences", in: "he left on monday. she stayed in paris. nobody knew why!",
			want: []string{"B:he left on monday .", "B:she stayed in paris .", "B:nobody knew why !"}},
		// Abbreviations keep their full stop in any case and end no sentence.
		{name: "lower case abbreviations", in: "mr. smith met dr. jones in the u.s. on jan. 5. they talked.",
			want: []string{"B:mr. smith met dr. jones in the u.s. on jan. 5 .", "B:they talked ."}},
		{name: "capital abbreviations", in: "MR. SMITH MET DR. JONES IN THE U.S. ON JAN. 5. THEY TALKED.",
			want: []string{"B:MR. SMITH MET DR. JONES IN THE U.S. ON JAN. 5 .", "B:THEY TALKED ."}},
		// A lone letter before a full stop is an initial, in lower case too.
		{name: "lower case initial", in: "george w. bush spoke. then he left.",
			want: []string{"B:george w . bush spoke .", "B:then he left ."}},
		// "no." is a word at the end of a sentence, not "No." the abbreviation.
		{name: "lower case no", in: "she said no. he left.",
			want: []string{"B:she said no .", "B:he left ."}},
		// A hard-wrapped text in capitals runs on across its line breaks;
		// a blank line still ends the headline.
		{name: "wrapped capitals", in: "RUSSIA SAYS 89 SOLDIERS KILLED\n\nTHE DEFENCE MINISTRY SAID THAT 89\nSOLDIERS WERE KILLED IN THE\nTOWN OF MANCHESTER. IT BLAMED PHONES.",
			want: []string{"H:RUSSIA SAYS 89 SOLDIERS KILLED", "B:THE DEFENCE MINISTRY SAID THAT 89 SOLDIERS WERE KILLED IN THE TOWN OF MANCHESTER .", "B:IT BLAMED PHONES ."}},
		// In lower case a blank line ends a headline before a lower-case
		// word, unless the line ends with a function word or a comma.
		{name: "lower case headline", in: "russia says 89 soldiers killed\n\nthe ministry said so, and the\n\narmy agreed.",
			want: []string{"H:russia says 89 soldiers killed", "B:the ministry said so , and the army agreed ."}},
		// The pronoun "I" does not make a text in lower case cased.
		{name: "lower case with I", in: "i think so. I know paris well. we left.",
			want: []string{"B:i think so .", "B:I know paris well .", "B:we left ."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc.Document{Text: tc.in}
			Tokenize(d)
			if got := sentences(d); !slices.Equal(got, tc.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTextCasing(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"cased", "Russia's defence ministry said 89 soldiers were killed.", textCased},
		{"capitals", "RUSSIA'S DEFENCE MINISTRY SAID 89 SOLDIERS WERE KILLED.", textUpper},
		{"lower case", "russia's defence ministry said 89 soldiers were killed.", textLower},
		{"lower case with I", "i said I would go to the shop and I went there today.", textLower},
		// One acronym in a long lower-case text leaves it in lower case.
		{"lower case with an acronym", strings.Repeat("the soldiers were killed in the strike on the town. ", 10) + "the UN said so.", textLower},
		{"no letters", "12 34 -- 56.", textCased},
	}
	for _, tc := range tests {
		if got := textCasing(tc.in); got != tc.want {
			t.Errorf("%s: textCasing(%q) = %d, want %d", tc.name, tc.in, got, tc.want)
		}
	}
}
