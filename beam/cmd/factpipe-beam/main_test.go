package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain runs main instead of the tests when the test binary is started
// by runCommand: flags are parsed on the process' one command line flag
// set, where Beam's runners register theirs, so each run needs a process.
func TestMain(m *testing.M) {
	if os.Getenv("FACTPIPE_BEAM_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// runCommand runs factpipe-beam with args and returns its exit status and
// standard error.
func runCommand(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "FACTPIPE_BEAM_MAIN=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, stderr.String()
	case errors.As(err, &exit):
		return exit.ExitCode(), stderr.String()
	}
	t.Fatal(err)
	return 0, ""
}

func TestCommand(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "foreign")
	if err := os.MkdirAll(foreign, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(foreign, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	badAliases := filepath.Join(dir, "aliases.txt")
	if err := os.WriteFile(badAliases, []byte("= no canonical name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string // a part of standard error
	}{
		{"help", []string{"-h"}, 0, "-in"},
		{"no output", []string{"-in", "../../../seeds"}, 2, "-in and -out are needed"},
		{"unknown flag", []string{"-frobnicate"}, 2, "flag provided but not defined"},
		{"missing input", []string{"-in", filepath.Join(dir, "missing"), "-out", out}, 1, "no such file or directory"},
		{"missing alias file", []string{"-in", "../../../seeds", "-out", out, "-aliases", filepath.Join(dir, "none")}, 2, "-aliases"},
		{"broken alias file", []string{"-in", "../../../seeds", "-out", out, "-aliases", badAliases}, 2, "aliases"},
		// A folder that holds what factpipe did not write is never replaced.
		{"foreign output", []string{"-in", "../../../seeds", "-out", foreign}, 1, "refusing output folder"},
		{"prism", []string{"-in", "../../../seeds", "-out", out}, 0, "wrote " + out},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stderr := runCommand(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, want %d; stderr %q, want it to hold %q", code, tc.code, stderr, tc.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(out, "figures", "part-00000.parquet")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(foreign, "notes.txt")); err != nil {
		t.Error(err)
	}
}
