package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"factpipe/stages/entities"
)

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no flags", nil, 2},
		{"no output", []string{"-train", "x"}, 2},
		{"unknown flag", []string{"-bogus"}, 2},
		{"missing training file", []string{"-train", "/nonexistent/eng.train", "-out", "/dev/null"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if got := run(context.Background(), tc.args, &out, &errb); got != tc.want {
				t.Errorf("run(%q) = %d, want %d (stderr %q)", tc.args, got, tc.want, errb.String())
			}
		})
	}
}

// TestRunTrains trains on a tiny file and loads the model it writes.
func TestRunTrains(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train")
	text := "Anna NNP I-NP I-PER\nBerg NNP I-NP I-PER\nvisited VBD I-VP O\nOslo NNP I-NP I-LOC\n. . O O\n\n-DOCSTART- -X- O O\n"
	if err := os.WriteFile(train, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Anna Berg lives in Oslo.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "m.bin.gz")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"-train", train, "-dev", train, "-unlabeled", dir, "-epochs", "3", "-out", model}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	f, err := os.Open(model)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := entities.LoadModel(f); err != nil {
		t.Fatal(err)
	}
}
