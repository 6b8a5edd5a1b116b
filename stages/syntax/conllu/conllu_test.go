package conllu

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

const good = `# sent_id = 1
# text = They don't know.
1	They	they	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	knows	know	VERB	VB	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	_	_

1	Yes	yes	INTJ	UH	_	0	root	_	_
`

// Fixes the head of "They" (2, not 3) and ID-renumbers nothing else.
func fixed(s string) string {
	return strings.Replace(s, "1\tThey\tthey\tPRON\tPRP\t_\t3\t", "1\tThey\tthey\tPRON\tPRP\t_\t4\t", 1)
}

func TestReadGood(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(fixed(good)))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(sents))
	}
	s := sents[0]
	if len(s.Words) != 5 || len(s.Ranges) != 1 || len(s.Comments) != 2 {
		t.Fatalf("got %d words, %d ranges, %d comments", len(s.Words), len(s.Ranges), len(s.Comments))
	}
	if w := s.Words[3]; w.Form != "know" || w.Head != 0 || w.Line != 7 {
		t.Errorf("word 4 = %+v", w)
	}
	if sents[1].Line != 11 {
		t.Errorf("second sentence at line %d, want 11", sents[1].Line)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		reason   string
	}{
		{"missing column", "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\n", 1, "9 tab-separated columns"},
		{"head not a number", "1\tYes\tyes\tINTJ\tUH\t_\tx\troot\t_\t_\n", 1, `HEAD "x"`},
		{"head out of range", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n", 2, "HEAD 7 out of range"},
		{"negative head", "1\tA\ta\tX\tX\t_\t-1\troot\t_\t_\n", 1, `HEAD "-1"`},
		{"no root", "# c\n1\tA\ta\tX\tX\t_\t2\tdep\t_\t_\n2\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 1, "no root"},
		// A cycle beside a root: 2 -> 3 -> 2.
		{"cycle", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t3\tdep\t_\t_\n3\tC\tc\tX\tX\t_\t2\tdep\t_\t_\n", 2, "cycle"},
		{"self head", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t2\tdep\t_\t_\n", 2, "its own head"},
		{"two roots", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t0\troot\t_\t_\n", 2, "second root"},
		{"ID out of order", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2, `word ID "3", want 2`},
		{"no deprel", "1\tA\ta\tX\tX\t_\t0\t_\t_\t_\n", 1, "no DEPREL"},
		{"range past the end", "1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", 1, "ends after"},
		{"comment inside", "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n# late\n", 2, "comment line inside"},
		{"second sentence", fixed(good) + "\n1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", 13, "HEAD 5 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want a *conllu.Error", err)
			}
			if e.Line != tt.line || !strings.Contains(e.Reason, tt.reason) {
				t.Errorf("got %q, want line %d and %q", err, tt.line, tt.reason)
			}
		})
	}
}

func TestLongLine(t *testing.T) {
	in := "1\t" + strings.Repeat("a", MaxLine) + "\ta\tX\tX\t_\t0\troot\t_\t_\n"
	_, err := ReadAll(strings.NewReader(in))
	if err == nil || !strings.Contains(err.Error(), "line 1: line longer") {
		t.Errorf("got %v", err)
	}
}

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(fixed(good)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, s := range sents {
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
	}
	want := strings.Replace(fixed(good), "4.1\tknows\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n", "", 1)
	if buf.String() != want+"\n" {
		t.Errorf("wrote\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestUniversal(t *testing.T) {
	for in, want := range map[string]string{"nsubj:pass": "nsubj", "obj": "obj", "": ""} {
		if got := Universal(in); got != want {
			t.Errorf("Universal(%q) = %q, want %q", in, got, want)
		}
	}
}

// Any input reads without panic, and what is read writes and reads back
// the same.
func FuzzRead(f *testing.F) {
	f.Add(fixed(good))
	f.Add(good)
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t3\tdep\t_\t_\n3\tC\tc\tX\tX\t_\t2\tdep\t_\t_\n")
	f.Add("1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		r := NewReader(strings.NewReader(in))
		var first bytes.Buffer
		for {
			s, err := r.Next()
			if err != nil {
				break
			}
			if err := Write(&first, s); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadAll(bytes.NewReader(first.Bytes()))
		if err != nil {
			t.Fatalf("re-reading what was written: %v\n%s", err, first.String())
		}
		var second bytes.Buffer
		for _, s := range again {
			Write(&second, s)
		}
		if first.String() != second.String() {
			t.Errorf("not stable:\n%q\n%q", first.String(), second.String())
		}
	})
}
