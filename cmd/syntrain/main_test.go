package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A tiny treebank of sentences written for the test.
const treebank = `1	The	the	DET	DT	_	2	det	_	_
2	storm	storm	NOUN	NN	_	3	nsubj	_	_
3	destroyed	destroy	VERB	VBD	_	0	root	_	_
4	ten	ten	NUM	CD	_	5	nummod	_	_
5	houses	house	NOUN	NNS	_	3	obj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

1	Four	four	NUM	CD	_	2	nummod	_	_
2	people	people	NOUN	NNS	_	4	nsubj:pass	_	_
3	were	be	AUX	VBD	_	4	aux:pass	_	_
4	injured	injure	VERB	VBN	_	0	root	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

1	She	she	PRON	PRP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	that	that	SCONJ	IN	_	5	mark	_	_
4	police	police	NOUN	NNS	_	5	nsubj	_	_
5	arrived	arrive	VERB	VBD	_	2	ccomp	_	_
6	late	late	ADV	RB	_	5	advmod	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

1	Rescuers	rescuer	NOUN	NNS	_	3	nsubj	_	_
2	are	be	AUX	VBP	_	3	aux	_	_
3	searching	search	VERB	VBG	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	rubble	rubble	NOUN	NN	_	3	obj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

`

func TestTrainDeterministic(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "tb.conllu")
	if err := os.WriteFile(data, []byte(treebank), 0o644); err != nil {
		t.Fatal(err)
	}
	var models [2][]byte
	for i := range models {
		out := filepath.Join(dir, "model"+string(rune('a'+i))+".bin.gz")
		var stdout, stderr bytes.Buffer
		args := []string{"-train", data, "-dev", data, "-out", out, "-tag-epochs", "2", "-parse-epochs", "2", "-folds", "2"}
		if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "dev, upper case") {
			t.Errorf("no scores in stdout:\n%s", stdout.String())
		}
		raw, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models[i] = raw
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings on the same data gave different models")
	}
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.conllu")
	if err := os.WriteFile(bad, []byte("1\tA\ta\tX\tX\t_\t9\troot\t_\t_\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no flags", nil, 2, "usage"},
		{"no out", []string{"-train", bad, "-dev", bad}, 2, "usage"},
		{"bad flag", []string{"-nope"}, 2, "not defined"},
		{"bad file", []string{"-train", bad, "-dev", bad, "-out", filepath.Join(dir, "m")}, 1, "bad.conllu: conllu: line 1: HEAD 9 out of range"},
		{"missing file", []string{"-train", filepath.Join(dir, "nope"), "-dev", bad, "-out", filepath.Join(dir, "m")}, 1, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), tt.args, &stdout, &stderr); code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.err) {
				t.Errorf("stderr does not contain %q:\n%s", tt.err, stderr.String())
			}
		})
	}
}
