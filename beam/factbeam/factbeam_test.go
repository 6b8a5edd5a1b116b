package factbeam

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"factpipe/factdiff"
	"factpipe/pipeline"
	"factpipe/tables"
)

const seeds = "../../seeds"

// TestMain initialises Beam, as main does: Prism runs the jobs' workers in
// this process.
func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// runJob runs the job of cfg on Prism, in this process.
func runJob(t *testing.T, cfg Config) error {
	t.Helper()
	p := beam.NewPipeline()
	tmp, err := Build(p, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(context.Background(), "prism", p); err != nil {
		if cerr := Cleanup(context.Background(), tmp); cerr != nil {
			t.Errorf("cleanup: %v", cerr)
		}
		return err
	}
	return nil
}

// runLocal runs `factpipe run` on in and reads its tables.
func runLocal(t *testing.T, in string) tables.Set {
	t.Helper()
	return runLocalWith(t, in, pipeline.Options{})
}

func runLocalWith(t *testing.T, in string, opts pipeline.Options) tables.Set {
	t.Helper()
	st, err := pipeline.Load(opts)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "local")
	if _, err := pipeline.Run(context.Background(), pipeline.Config{In: in, Out: out}, st); err != nil {
		t.Fatal(err)
	}
	return readSet(t, out)
}

func readSet(t *testing.T, dir string) tables.Set {
	t.Helper()
	s, err := tables.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// assertSameTables fails unless got holds the rows of want, every table,
// mentions too (which factpipe diff leaves out), in the same order.
func assertSameTables(t *testing.T, got, want tables.Set) {
	t.Helper()
	if rep := factdiff.Compare(want, got, factdiff.Options{}); !rep.Equal() {
		var b bytes.Buffer
		rep.WriteText(&b)
		t.Errorf("facts differ:\n%s", b.String())
	}
	for _, tc := range []struct {
		table     string
		got, want any
	}{
		{"documents", got.Documents, want.Documents}, {"mentions", got.Mentions, want.Mentions},
		{"people", got.People, want.People}, {"places", got.Places, want.Places},
		{"organizations", got.Organizations, want.Organizations}, {"figures", got.Figures, want.Figures},
		{"events", got.Events, want.Events}, {"quantities", got.Quantities, want.Quantities},
		{"contradictions", got.Contradictions, want.Contradictions}, {"rejects", got.Rejects, want.Rejects},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s: rows differ from those of factpipe run", tc.table)
		}
	}
}

// The Beam job states the facts of `factpipe run`, row for row, whatever
// the number of shards.
func TestSeedsEqualLocal(t *testing.T) {
	want := runLocal(t, seeds)
	for _, tc := range []struct {
		name   string
		shards int
		parts  int // part files of mentions
	}{
		{"default shards", 0, 1},
		{"one shard per document", 5, 5},
		{"more shards than documents", 9, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			if err := runJob(t, Config{In: seeds, Out: out, Shards: tc.shards}); err != nil {
				t.Fatal(err)
			}
			assertSameTables(t, readSet(t, out), want)
			if parts, _ := filepath.Glob(filepath.Join(out, "mentions", "part-*.parquet")); len(parts) != tc.parts {
				t.Errorf("%d parts of mentions, want %d", len(parts), tc.parts)
			}
		})
	}
}

// An input without files gives every table, empty, as `factpipe run` does.
func TestEmptyInput(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "out")
	if err := runJob(t, Config{In: in, Out: out}); err != nil {
		t.Fatal(err)
	}
	assertSameTables(t, readSet(t, out), runLocal(t, in))
	for _, table := range tables.Tables() {
		if _, err := os.Stat(filepath.Join(out, table.Name, "part-00000.parquet")); err != nil {
			t.Errorf("%s: %v", table.Name, err)
		}
	}
}

// Files that cannot be used are rows of rejects, with the reasons of
// `factpipe run`, and the job goes on.
func TestRejects(t *testing.T) {
	in := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(filepath.Join(seeds, "000_a08813d0dacdf086.txt"))
	must(err)
	must(os.WriteFile(filepath.Join(in, "good.txt"), raw, 0o644))
	must(os.WriteFile(filepath.Join(in, "binary.txt"), []byte("a\x00b\x00c"), 0o644))
	must(os.WriteFile(filepath.Join(in, "big.txt"), bytes.Repeat([]byte("word "), 5000), 0o644))
	must(os.Symlink("nowhere.txt", filepath.Join(in, "broken.txt")))
	// A named pipe: no file to read (root reads past any permission bits).
	must(syscall.Mkfifo(filepath.Join(in, "pipe.txt"), 0o644))

	out := filepath.Join(t.TempDir(), "out")
	must(runJob(t, Config{In: in, Out: out, MaxBytes: 20000}))
	got := readSet(t, out)
	var rejects []string
	for _, r := range got.Rejects {
		rejects = append(rejects, r.Path+": "+r.Reason)
	}
	want := []string{
		"big.txt: file too large: 25000 bytes, the limit is 20000 (-max-bytes)",
		"binary.txt: binary file (NUL byte at offset 1)",
		"broken.txt: broken or looping symbolic link",
		"pipe.txt: not a regular file",
	}
	if !slices.Equal(rejects, want) {
		t.Errorf("rejects:\n got %q\nwant %q", rejects, want)
	}
	if len(got.Documents) != 1 {
		t.Errorf("%d documents, want 1", len(got.Documents))
	}
}

// A job that fails leaves the previous output as it was, and no
// temporary folder.
func TestFailedJobKeepsOutput(t *testing.T) {
	if raceEnabled {
		// The SDK harness closes a channel that another of its goroutines
		// may still send on when a bundle fails (harness.go:197 and :215 of
		// v2.78.0): a race in Beam, not here. make test-beam runs this test
		// without the detector.
		t.Skip("a failing job races inside the Beam SDK harness")
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	if err := runJob(t, Config{In: seeds, Out: out}); err != nil {
		t.Fatal(err)
	}
	before := readSet(t, out)
	if err := runJob(t, Config{In: filepath.Join(parent, "missing"), Out: out}); err == nil {
		t.Fatal("a job on a missing input folder succeeded")
	}
	assertSameTables(t, readSet(t, out), before)
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("beside the output: %v, want nothing", entries)
	}
}

// The same input gives the same part files, byte for byte: a retried
// bundle rewrites a part as it was, and a second job replaces the first.
func TestIdempotent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var runs []map[string][]byte
	for range 2 {
		if err := runJob(t, Config{In: seeds, Out: out, Shards: 2}); err != nil {
			t.Fatal(err)
		}
		runs = append(runs, readFiles(t, out))
	}
	if !reflect.DeepEqual(runs[0], runs[1]) {
		t.Error("two jobs on the same input wrote different files")
	}
	// Two parts of mentions and figures, one of each other table.
	if want := 2*2 + len(tables.Tables()) - 2; len(runs[0]) != want {
		t.Errorf("%d files, want %d", len(runs[0]), want)
	}
}

func readFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		files[strings.TrimPrefix(p, dir)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// -partition writes the hive layout and keeps the partitions of other
// dates; the partition of the job's date is replaced.
func TestPartition(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	for _, date := range []string{"2026-01-01", "2026-01-02", "2026-01-02"} {
		if err := runJob(t, Config{In: seeds, Out: out, RunDate: date}); err != nil {
			t.Fatal(err)
		}
	}
	for _, table := range tables.Tables() {
		got, err := filepath.Glob(filepath.Join(out, table.Name, "*", "*.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			got[i], _ = filepath.Rel(out, got[i])
		}
		want := []string{
			filepath.Join(table.Name, "run_date=2026-01-01", "part-00000.parquet"),
			filepath.Join(table.Name, "run_date=2026-01-02", "part-00000.parquet"),
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", table.Name, got, want)
		}
	}
}

// Input and output on a Beam file system (memfs here, as gs:// or s3://
// on a cluster): the same facts.
func TestFileSystemURL(t *testing.T) {
	ctx := context.Background()
	fs := memfs.New(ctx)
	entries, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	// The same files on the local disk and on memfs, some in a folder.
	in := t.TempDir()
	for i, e := range entries {
		raw, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		rel := e.Name()
		if i%2 == 1 {
			rel = "sub/" + e.Name()
		}
		if err := os.MkdirAll(filepath.Join(in, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, rel), raw, 0o644); err != nil {
			t.Fatal(err)
		}
		memfs.Write("memfs://data/seeds/"+rel, raw)
	}
	// A part of an earlier output that the job does not write goes.
	memfs.Write("memfs://data/out/mentions/part-00007.parquet", []byte("old"))
	if err := runJob(t, Config{In: "memfs://data/seeds", Out: "memfs://data/out", Shards: 2}); err != nil {
		t.Fatal(err)
	}
	local := t.TempDir()
	names, err := fs.List(ctx, "memfs://data/out/*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		dst := filepath.Join(local, strings.TrimPrefix(n, "memfs://data/out/"))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, readMem(t, fs, n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	assertSameTables(t, readSet(t, local), runLocal(t, in))
	if left, _ := fs.List(ctx, "memfs://data/out/.factpipe-tmp-*/*/*"); len(left) != 0 {
		t.Errorf("temporary parts left: %q", left)
	}
}

func readMem(t *testing.T, fs filesystem.Interface, name string) []byte {
	t.Helper()
	r, err := fs.OpenRead(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file string
		ok         bool
	}{
		{"missing", "", true},
		{"a table file of factpipe run", "people.parquet", true},
		{"a table folder", "people/part-00000.parquet", true},
		{"something else", "notes.txt", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-"))
			if tc.file != "" {
				p := filepath.Join(out, tc.file)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := CheckOutput(out); (err == nil) != tc.ok {
				t.Errorf("CheckOutput: %v, want ok %v", err, tc.ok)
			}
		})
	}
}

// -aliases reaches the worker that reconciles: two spellings that no rule
// joins become one person, as in `factpipe run -aliases`.
func TestAliases(t *testing.T) {
	in := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Police said John Smithers was arrested on Monday in the city. John Smithers denied the charges.\n",
		"b.txt": "Jack Smithers was charged on Tuesday, police said. Jack Smithers will appear in court.\n",
	} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	aliases := "# canonical = other spellings\nJohn Smithers = Jack Smithers\n"
	file := filepath.Join(t.TempDir(), "aliases.txt")
	if err := os.WriteFile(file, []byte(aliases), 0o644); err != nil {
		t.Fatal(err)
	}
	want := runLocalWith(t, in, pipeline.Options{AliasFile: file})
	without := runLocal(t, in)
	if len(want.People) >= len(without.People) {
		t.Fatalf("the aliases join no people: %d with them, %d without", len(want.People), len(without.People))
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := runJob(t, Config{In: in, Out: out, Aliases: aliases}); err != nil {
		t.Fatal(err)
	}
	assertSameTables(t, readSet(t, out), want)

	p := beam.NewPipeline()
	if _, err := Build(p, Config{In: in, Out: out, Aliases: "= no canonical name\n"}); err == nil {
		t.Error("Build with a broken alias file: no error")
	}
}

// Files on a Beam file system are read, or rejected with the reasons of
// `factpipe run`.
func TestReadInputURL(t *testing.T) {
	memfs.Write("memfs://read/small.txt", []byte("A short text."))
	memfs.Write("memfs://read/large.txt", bytes.Repeat([]byte("x"), 101))
	for _, tc := range []struct {
		name, file string
		reason     string // "" when the file is read
	}{
		{"read", "memfs://read/small.txt", ""},
		{"too large", "memfs://read/large.txt", "file too large: 101 bytes, the limit is 100 (-max-bytes)"},
		// Listed, then gone before a worker reads it.
		{"gone", "memfs://read/gone.txt", "cannot read: file does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := readInput(context.Background(), tc.file, 100)
			switch {
			case tc.reason == "" && err != nil:
				t.Fatal(err)
			case tc.reason == "" && string(raw) != "A short text.":
				t.Errorf("read %q", raw)
			case tc.reason != "" && (err == nil || err.Error() != tc.reason):
				t.Errorf("error %v, want %q", err, tc.reason)
			}
		})
	}
}

func TestWanted(t *testing.T) {
	for _, tc := range []struct {
		rel  string
		want bool
	}{
		{"a.txt", true},
		{"sub/b.HTML", true}, // extensions in any case, as pipeline.List
		{"notes.md", true},
		{"data.json", false},
		{".git/c.txt", false}, // folders whose names start with a dot are skipped
		{"sub/.cache/d.txt", false},
		{".hidden.txt", true}, // a dotted file is read; only dotted folders are skipped
	} {
		if got := wanted(tc.rel); got != tc.want {
			t.Errorf("wanted(%q) = %v, want %v", tc.rel, got, tc.want)
		}
	}
}
