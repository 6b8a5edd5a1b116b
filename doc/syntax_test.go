package doc

import "testing"

func TestSyntaxOf(t *testing.T) {
	d := &Document{Syntax: []Syntax{
		{Sentence: 1, Words: []WordSyntax{{UPOS: "NUM", Head: -1, Rel: "root"}}},
		{Sentence: 4, Words: []WordSyntax{{UPOS: "VERB", Head: -1, Rel: "root"}}},
	}}
	for _, tt := range []struct {
		sentence int
		upos     string // "" for not parsed
	}{{0, ""}, {1, "NUM"}, {2, ""}, {4, "VERB"}, {9, ""}, {-1, ""}} {
		got := d.SyntaxOf(tt.sentence)
		if tt.upos == "" {
			if len(got.Words) != 0 {
				t.Errorf("sentence %d: got %+v, want none", tt.sentence, got)
			}
			continue
		}
		if len(got.Words) != 1 || got.Words[0].UPOS != tt.upos || got.Sentence != tt.sentence {
			t.Errorf("sentence %d: got %+v", tt.sentence, got)
		}
	}
}
