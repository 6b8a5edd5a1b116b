package figures

import (
	"strings"
	"testing"
)

func TestQuoteSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the quoted texts
	}{
		{"one line", `He said "yes" today.`, []string{`"yes"`}},
		{"curly", "He said “yes” today.", []string{"“yes”"}},
		{"across lines", "\"We will.\nThis is it.\" Police said 20.", []string{"\"We will.\nThis is it.\""}},
		// The first quote is never closed; the third line opens a new one,
		// and the fourth line is outside any quote.
		{"unclosed, then a new one", "He added: \"We will.\nThis is it.\n\"To those who mourn. \"\nPolice said 20.",
			[]string{"\"We will.\nThis is it.", "\"To those who mourn. \""}},
		{"paragraph break ends a quote", "He said \"we will.\n\nPolice said \"20\".", []string{`"20"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range quoteSpans(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quoteSpans(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
