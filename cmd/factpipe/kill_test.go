package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"factpipe/tables"
)

// These tests run the real binary and kill or signal it at random moments.
// They take a while, so they run only with FACTPIPE_KILLTEST=1 (make killtest).

func killTestSetup(t *testing.T) (bin, in string) {
	t.Helper()
	if os.Getenv("FACTPIPE_KILLTEST") == "" {
		t.Skip("set FACTPIPE_KILLTEST=1 to run (make killtest)")
	}
	dir := t.TempDir()
	bin = filepath.Join(dir, "factpipe")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in = filepath.Join(dir, "in")
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	// Copies of the seeds, each made distinct, give a run long enough to
	// be interrupted.
	for i := range 60 {
		for _, s := range seeds {
			raw, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			raw = fmt.Appendf(raw, "\nCopy %d.\n", i)
			p := filepath.Join(in, fmt.Sprintf("c%02d", i), filepath.Base(s))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return bin, in
}

// readOutput reads a complete output directory, or fails the test.
func readOutput(t *testing.T, out string) tables.Set {
	t.Helper()
	s, err := tables.Read(out)
	if err != nil {
		t.Fatalf("output not readable: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "_manifest.json")); err != nil {
		t.Fatalf("output has no manifest: %v", err)
	}
	return s
}

// kill -9 at any moment leaves the previous output intact and readable, and
// the next run completes.
func TestKillAnyMoment(t *testing.T) {
	bin, in := killTestSetup(t)
	out := filepath.Join(t.TempDir(), "out")
	run := func() *exec.Cmd {
		return exec.Command(bin, "run", "-quiet", "-in", in, "-out", out, "-workers", "2")
	}
	start := time.Now()
	if b, err := run().CombinedOutput(); err != nil {
		t.Fatalf("first run: %v\n%s", err, b)
	}
	full := time.Since(start)
	want := readOutput(t, out)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 12 {
		cmd := run()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill anywhere from start-up to just past the end of a run.
		time.Sleep(time.Duration(rng.Int64N(int64(full) * 11 / 10)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		got := readOutput(t, out)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("kill %d: output differs from the complete output of the same input", i)
		}
	}
	if b, err := run().CombinedOutput(); err != nil {
		t.Fatalf("run after kills: %v\n%s", err, b)
	}
	readOutput(t, out)
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".factpipe-tmp-") || strings.HasPrefix(e.Name(), ".factpipe-spill-") {
			t.Errorf("temporary directory %s left after a complete run", e.Name())
		}
	}
}

// SIGINT and SIGTERM stop a run within a second with 130 or 143, and leave
// the previous output as it was.
func TestSignalStops(t *testing.T) {
	bin, in := killTestSetup(t)
	out := filepath.Join(t.TempDir(), "out")
	if b, err := exec.Command(bin, "run", "-quiet", "-in", "../../seeds", "-out", out).CombinedOutput(); err != nil {
		t.Fatalf("first run: %v\n%s", err, b)
	}
	want := readOutput(t, out)
	for _, tt := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tt.sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "run", "-quiet", "-in", in, "-out", out, "-workers", "1")
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond)
			sent := time.Now()
			cmd.Process.Signal(tt.sig)
			err := cmd.Wait()
			took := time.Since(sent)
			code := cmd.ProcessState.ExitCode()
			if code != tt.code {
				t.Errorf("exit code %d (%v), want %d", code, err, tt.code)
			}
			if took > time.Second {
				t.Errorf("stopped %v after the signal, want within 1s", took)
			}
			if got := readOutput(t, out); !reflect.DeepEqual(got, want) {
				t.Error("output changed by an interrupted run")
			}
		})
	}
}
