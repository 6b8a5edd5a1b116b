package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
)

func TestRunUsage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none.conll")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no file", nil, 2},
		{"unknown flag", []string{"-x"}, 2},
		{"extra argument", []string{"-conll", missing, "more"}, 2},
		{"file not found", []string{"-conll", missing}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errw bytes.Buffer
			if got := run(context.Background(), tc.args, &out, &errw); got != tc.want {
				t.Errorf("run(%q) = %d, want %d; stderr %q", tc.args, got, tc.want, errw.String())
			}
		})
	}
}
