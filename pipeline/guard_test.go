package pipeline

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// snapshot returns every file and folder under dir with its contents, to
// tell that a refused run touched nothing.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if e.IsDir() {
			files[rel+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(p)
		files[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func mkfile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A run refuses, touching nothing, every output or cache directory it could
// not replace or fill without destroying what is not its own.
func TestRunRefusesPaths(t *testing.T) {
	tests := []struct {
		name   string
		setup  func(t *testing.T, root string)
		in     string // relative to the test's root
		out    string
		cache  string
		reason string // substring of the refusal; "" for a run that goes ahead
	}{
		{"a folder of the user's", func(t *testing.T, root string) { mkfile(t, root+"/mydocs/thesis.txt", "mine") },
			"in", "mydocs", "", "did not write (thesis.txt)"},
		{"the input itself", nil, "in", "in", "", "is the input directory"},
		{"a folder holding the input", nil, "in", ".", "", "contains the input directory"},
		{"a regular file", func(t *testing.T, root string) { mkfile(t, root+"/afile", "x") },
			"in", "afile", "", "is a file"},
		// A manifest alone does not make a folder factpipe's: the other
		// files are the user's.
		{"an output with a file added", func(t *testing.T, root string) {
			mkfile(t, root+"/old/_manifest.json", `{"run_id":"r","version":"0.1.0","rows":{}}`)
			mkfile(t, root+"/old/notes.txt", "mine")
		}, "in", "old", "", "did not write (_manifest.json, notes.txt)"},
		{"table files without a manifest", func(t *testing.T, root string) { mkfile(t, root+"/old/figures.parquet", "x") },
			"in", "old", "", "did not write"},
		{"a new folder", nil, "in", "new/out", "", ""},
		{"an empty folder", func(t *testing.T, root string) { os.Mkdir(root+"/empty", 0o755) }, "in", "empty", "", ""},
		// The scan skips an output inside the input.
		{"a folder inside the input", nil, "in", "in/out", "", ""},
		{"cache is the output", nil, "in", "out", "out", "is the output directory"},
		{"cache inside the output", nil, "in", "out", "out/cache", "inside the output directory"},
		{"cache holds the output", nil, "in", "c/out", "c", "contains the output directory"},
		{"cache is the input", nil, "in", "out", "in", "is the input directory"},
		{"cache of the user's", func(t *testing.T, root string) { mkfile(t, root+"/mydocs/thesis.txt", "mine") },
			"in", "out", "mydocs", "did not write (thesis.txt)"},
		{"cache, new", nil, "in", "out", "cache", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeCorpus(t, filepath.Join(root, "in"), 3)
			if tt.setup != nil {
				tt.setup(t, root)
			}
			before := snapshot(t, root)
			cfg := Config{In: filepath.Join(root, tt.in), Out: filepath.Join(root, tt.out)}
			if tt.cache != "" {
				cfg.CacheDir = filepath.Join(root, tt.cache)
			}
			_, err := Run(context.Background(), cfg, fakeStages())
			if tt.reason == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var pe *PathError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.reason) {
				t.Fatalf("err = %v, want a refusal saying %q", err, tt.reason)
			}
			if after := snapshot(t, root); len(after) != len(before) {
				t.Errorf("refused run changed the tree: %d entries before, %d after", len(before), len(after))
			}
			for name, b := range before {
				if after := snapshot(t, root); after[name] != b {
					t.Errorf("%s changed by a refused run", name)
				}
			}
		})
	}
}

// The root, the home and the working directory are never an output, even
// when empty.
func TestRunRefusesSpecialDirs(t *testing.T) {
	root := t.TempDir()
	writeCorpus(t, filepath.Join(root, "in"), 1)
	home := filepath.Join(root, "home")
	os.Mkdir(home, 0o755)
	t.Setenv("HOME", home)
	wd := filepath.Join(root, "wd")
	os.Mkdir(wd, 0o755)
	t.Chdir(wd)
	for _, tt := range []struct{ out, reason string }{
		{"/", "root of the file system"},
		{home, "home directory"},
		{".", "working directory"},
		{wd + "/../wd", "working directory"},
	} {
		_, err := Run(context.Background(), Config{In: filepath.Join(root, "in"), Out: tt.out}, fakeStages())
		if err == nil || !strings.Contains(err.Error(), tt.reason) {
			t.Errorf("-out %s: err = %v, want %q", tt.out, err, tt.reason)
		}
	}
}

// A previous output, flat or partitioned, is replaced; the run reads no
// input from an output inside its input.
func TestRunReplacesOwnOutput(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	writeCorpus(t, in, 4)
	for _, part := range []bool{false, true} {
		out := filepath.Join(in, "out")
		if part {
			out = filepath.Join(root, "part")
		}
		for range 2 {
			sum, err := Run(context.Background(), Config{In: in, Out: out, Partition: part}, fakeStages())
			if err != nil {
				t.Fatalf("partition=%v: %v", part, err)
			}
			if sum.Documents != 4 {
				t.Errorf("partition=%v: %d documents, want 4", part, sum.Documents)
			}
		}
	}
}

// A run whose output another run holds fails at once, or with Wait waits
// until the other is done.
func TestRunLockedOutput(t *testing.T) {
	root := t.TempDir()
	in, out := filepath.Join(root, "in"), filepath.Join(root, "out")
	writeCorpus(t, in, 2)
	lock, err := lockOutput(context.Background(), out, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Run(context.Background(), Config{In: in, Out: out}, fakeStages())
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "-wait") {
		t.Fatalf("err = %v, want ErrBusy", err)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the refused run wrote %s", out)
	}
	released := make(chan struct{})
	go func(held *outputLock) {
		time.Sleep(300 * time.Millisecond)
		held.release()
		close(released)
	}(lock)
	if _, err := Run(context.Background(), Config{In: in, Out: out, Wait: true}, fakeStages()); err != nil {
		t.Fatalf("waiting run: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, ManifestName)); err != nil {
		t.Errorf("waiting run wrote no output: %v", err)
	}
	<-released
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	second, err := lockOutput(context.Background(), out, false)
	if err != nil {
		t.Fatal(err)
	}
	defer second.release()
	if _, err := Run(ctx, Config{In: in, Out: out, Wait: true}, fakeStages()); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting run with a deadline: err = %v", err)
	}
}

func TestResolve(t *testing.T) {
	root := t.TempDir()
	real := filepath.Join(root, "real")
	os.Mkdir(real, 0o755)
	link := filepath.Join(root, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	r, _ := filepath.EvalSymlinks(real)
	for _, tt := range []struct{ in, want string }{
		{link, r},
		{link + "/new/dir", r + "/new/dir"},
		{real + "/../real", r},
	} {
		if got, err := resolve(tt.in); err != nil || got != tt.want {
			t.Errorf("resolve(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
