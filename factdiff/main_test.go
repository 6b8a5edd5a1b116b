package factdiff

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factpipe/tables"
)

func TestMainCommand(t *testing.T) {
	root := t.TempDir()
	write := func(name string, s tables.Set) string {
		dir := filepath.Join(root, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := tables.Write(context.Background(), dir, s); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	base := write("base", baseSet())
	same := write("same", baseSet())
	changed := write("changed", changedSet())
	near := clone(baseSet())
	near.Figures[2].Value = ptr(89.5) // 0.56% off
	nearDir := write("near", near)
	broken := write("broken", baseSet())
	if err := os.Remove(filepath.Join(broken, "figures.parquet")); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // a substring stdout must have; "" for empty stdout
		stderr     string // a substring stderr must have; "" for empty stderr
		jsonOutput bool   // stdout must be a JSON document
	}{
		{name: "equal", args: []string{base, same}, code: 0, stdout: "summary: 0 added, 0 removed, 0 changed"},
		{name: "different", args: []string{base, changed}, code: 1, stdout: "summary: 3 added, 2 removed, 4 changed"},
		{name: "json", args: []string{"-json", base, changed}, code: 1, stdout: `"equal": false`, jsonOutput: true},
		{name: "json equal", args: []string{"-json", base, same}, code: 0, stdout: `"equal": true`, jsonOutput: true},
		{name: "outside default tolerance", args: []string{base, nearDir}, code: 1, stdout: "value: 89 -> 89.5"},
		{name: "within tolerance", args: []string{"-tolerance", "0.01", base, nearDir}, code: 0, stdout: "0 changed"},
		{name: "one directory", args: []string{base}, code: 2, stderr: "usage: factpipe diff"},
		{name: "three directories", args: []string{base, same, changed}, code: 2, stderr: "got 3 arguments"},
		{name: "negative tolerance", args: []string{"-tolerance", "-1", base, same}, code: 2, stderr: "-tolerance must be"},
		{name: "bad tolerance", args: []string{"-tolerance", "much", base, same}, code: 2, stderr: "invalid value"},
		{name: "unknown flag", args: []string{"-x", base, same}, code: 2, stderr: "flag provided but not defined"},
		{name: "help", args: []string{"-h"}, code: 0, stderr: "Exit status: 0 equal, 1 different, 2 error."},
		// A missing table is an error naming it, not an empty table.
		{name: "missing table", args: []string{base, broken}, code: 2, stderr: "figures.parquet"},
		{name: "missing directory", args: []string{filepath.Join(root, "absent"), base}, code: 2, stderr: "absent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Main(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout.String(), stderr.String())
			}
			check := func(name string, got *bytes.Buffer, want string) {
				if want == "" && got.Len() > 0 {
					t.Errorf("%s not empty:\n%s", name, got.String())
				}
				if !strings.Contains(got.String(), want) {
					t.Errorf("%s lacks %q:\n%s", name, want, got.String())
				}
			}
			check("stdout", &stdout, tt.stdout)
			check("stderr", &stderr, tt.stderr)
			if tt.jsonOutput && !json.Valid(stdout.Bytes()) {
				t.Errorf("stdout is not JSON:\n%s", stdout.String())
			}
		})
	}
}
