package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"factpipe/internal/testenv"
)

// A small CoNLL-2003 file: two sentences, four entities.
const smallCoNLL = `Angela NNP B-NP I-PER
Merkel NNP I-NP I-PER
visited VBD B-VP O
Paris NNP B-NP I-LOC
. . O O

Reuters NNP B-NP I-ORG
reported VBD B-VP O
from IN B-PP O
Berlin NNP B-NP I-LOC
. . O O

-DOCSTART- -X- O O
`

// evaluate ner -case rewrites the words before tagging and keeps the gold
// tags: the predictions file shows the words as tagged, and every entity
// is still counted.
func TestEvaluateNERCase(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "small.conll")
	if err := os.WriteFile(in, []byte(smallCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		casing string
		word   string // the first word of the predictions file
		code   int
		err    string // substring of stderr
	}{
		{"as-written", "Angela", 0, ""},
		{"as-is", "Angela", 0, ""},
		{"upper", "ANGELA", 0, ""},
		{"lower", "angela", 0, ""},
		{"title", "", 2, "-case must be"},
	}
	for _, tc := range tests {
		t.Run(tc.casing, func(t *testing.T) {
			pred := filepath.Join(dir, tc.casing+".pred")
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"evaluate", "ner", "-case", tc.casing, "-predictions", pred, in},
				strings.NewReader(""), &stdout, &stderr)
			if code != tc.code || !strings.Contains(stderr.String(), tc.err) {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if code != 0 {
				return
			}
			if !strings.Contains(stdout.String(), "processed 10 tokens with 4 phrases") {
				t.Errorf("report:\n%s", stdout.String())
			}
			b, err := os.ReadFile(pred)
			if err != nil {
				t.Fatal(err)
			}
			if first := strings.Fields(string(b)); len(first) < 2 || first[0] != tc.word || first[1] != "I-PER" {
				t.Errorf("predictions start %q, want %q I-PER", first[:min(3, len(first))], tc.word)
			}
		})
	}
}

// The three numbers of the README: eng.testa as written, in capitals and
// in lower case.
func TestEvaluateNERTestaCasings(t *testing.T) {
	data := testenv.DataDir()
	if data == "" {
		t.Skip("shared/data not found")
	}
	testa := filepath.Join(data, "conll2003", "eng.testa")
	if _, err := os.Stat(testa); err != nil {
		t.Skip(err)
	}
	fb1 := regexp.MustCompile(`FB1: +([0-9.]+)\n`)
	for _, tc := range []struct {
		casing string
		minF1  float64
	}{{"as-written", 92.5}, {"upper", 88.5}, {"lower", 88.5}} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{"evaluate", "ner", "-case", tc.casing, testa}, strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.casing, code, stderr.String())
		}
		m := fb1.FindStringSubmatch(stdout.String())
		if m == nil {
			t.Fatalf("%s: no overall FB1 in\n%s", tc.casing, stdout.String())
		}
		if f1, _ := strconv.ParseFloat(m[1], 64); f1 < tc.minF1 {
			t.Errorf("%s: F1 %.2f, want >= %.1f", tc.casing, f1, tc.minF1)
		}
	}
}
