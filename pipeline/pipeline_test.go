package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"unicode"
	"unsafe"

	"factpipe/doc"
)

// fakeStages are simple, deterministic stages that exercise the pipeline's
// plumbing without models: capitalised words are people, digit runs figures.
func fakeStages() Stages {
	return Stages{
		Decode: func(path string, raw []byte) (*doc.Document, error) {
			if bytes.IndexByte(raw, 0) >= 0 {
				return nil, errors.New("binary file")
			}
			t := string(raw)
			return &doc.Document{ID: doc.DocID(t), Path: path, Text: t, Encoding: "utf-8", Format: "text"}, nil
		},
		Tokenize: func(d *doc.Document) {
			start := -1
			for i, r := range d.Text + " " {
				if unicode.IsSpace(r) {
					if start >= 0 {
						d.Tokens = append(d.Tokens, doc.Token{Text: d.Text[start:i], Start: start, End: i})
					}
					start = -1
				} else if start < 0 {
					start = i
				}
			}
			d.Sentences = []doc.Sentence{{Start: 0, End: len(d.Text), First: 0, Last: len(d.Tokens)}}
		},
		Entities: func(d *doc.Document) []doc.Mention {
			var ms []doc.Mention
			for _, t := range d.Tokens {
				if unicode.IsUpper([]rune(t.Text)[0]) {
					ms = append(ms, doc.Mention{Kind: doc.Person, Text: t.Text, Start: t.Start, End: t.End})
				}
			}
			return ms
		},
		Figures: func(d *doc.Document, _ []doc.Mention) ([]doc.Figure, []doc.Event) {
			var fs []doc.Figure
			for _, t := range d.Tokens {
				if v, err := strconv.ParseFloat(t.Text, 64); err == nil {
					fs = append(fs, doc.Figure{
						ID: doc.HashID(d.ID, strconv.Itoa(t.Start)), DocID: d.ID, Start: t.Start, End: t.End,
						Text: t.Text, Value: &v, Qualifier: doc.Exact, Unit: "thing",
					})
				}
			}
			return fs, nil
		},
		Digest: func(r doc.Result) doc.Digest {
			return doc.Digest{Doc: r.Doc, Names: doc.NamesOf(r.Mentions), Figures: r.Figures}
		},
		Reconcile: func(ds []doc.Digest) doc.Reconciled {
			var rec doc.Reconciled
			seen := map[string]bool{}
			for _, d := range ds {
				ids := make([]string, len(d.Names))
				for j, n := range d.Names {
					ids[j] = doc.HashID(string(n.Kind), n.Text)
					if !seen[ids[j]] {
						seen[ids[j]] = true
						rec.Entities = append(rec.Entities, doc.Entity{ID: ids[j], Kind: n.Kind, Name: n.Text})
					}
				}
				rec.NameEntity = append(rec.NameEntity, ids)
				var as []doc.Attribution
				for _, f := range d.Figures {
					as = append(as, doc.Attribution{Subject: f.Subject, Claimant: f.Claimant})
				}
				rec.Attributions = append(rec.Attributions, as)
			}
			return rec
		},
	}
}

func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%7))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Alice met Bob %d times in Paris and %d in Rome.\n", i, i*3)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() == ManifestName {
			continue // it holds the run's times
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files
}

// The output must be byte-identical whatever the worker count.
func TestRunDeterministic(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 60)
	var first map[string][]byte
	for _, workers := range []int{1, 3, 8} {
		out := filepath.Join(t.TempDir(), "out")
		sum, err := Run(context.Background(), Config{In: in, Out: out, Workers: workers}, fakeStages())
		if err != nil {
			t.Fatal(err)
		}
		if sum.Documents != 60 {
			t.Fatalf("workers=%d: %d documents, want 60", workers, sum.Documents)
		}
		raw, err := os.ReadFile(filepath.Join(out, ManifestName))
		if err != nil {
			t.Fatal(err)
		}
		var m Manifest
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("manifest: %v", err)
		}
		if m.Documents != 60 || m.Rows["documents"] != 60 || m.Workers != workers || m.Version != Version || m.End.Before(m.Start) {
			t.Errorf("manifest: %+v", m)
		}
		files := readDir(t, out)
		if first == nil {
			first = files
			continue
		}
		for name, b := range first {
			if !bytes.Equal(files[name], b) {
				t.Errorf("workers=%d: %s differs from workers=1", workers, name)
			}
		}
	}
	if len(first) != 11 {
		t.Errorf("%d tables written, want 11", len(first))
	}
}

// Bad files are listed as rejects and the rest of the run goes on.
// TestRunStagePanic: a bug that one document reaches in a stage rejects
// that document with the stage named, and the run goes on.
func TestRunStagePanic(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 3)
	if err := os.WriteFile(filepath.Join(in, "boom.txt"), []byte("Boom goes the figures stage."), 0o644); err != nil {
		t.Fatal(err)
	}
	st := fakeStages()
	figures := st.Figures
	st.Figures = func(d *doc.Document, ms []doc.Mention) ([]doc.Figure, []doc.Event) {
		if strings.HasPrefix(d.Text, "Boom") {
			var fs []doc.Figure
			_ = fs[len(d.Text)] // index out of range
		}
		return figures(d, ms)
	}
	for _, workers := range []int{1, 4} {
		sum, err := Run(context.Background(), Config{In: in, Out: filepath.Join(t.TempDir(), "out"), Workers: workers}, st)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Documents != 3 || len(sum.Rejects) != 1 {
			t.Fatalf("workers %d: %d documents, %d rejects; want 3 and 1", workers, sum.Documents, len(sum.Rejects))
		}
		r := sum.Rejects[0]
		if r.Path != "boom.txt" || !strings.HasPrefix(r.Reason, "internal error in the figures stage: runtime error: index out of range") {
			t.Errorf("workers %d: reject %q: %q", workers, r.Path, r.Reason)
		}
	}
}

func TestRunRejects(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 3)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(in, "bin.txt"), []byte("a\x00b"), 0o644))
	must(os.WriteFile(filepath.Join(in, "big.txt"), bytes.Repeat([]byte("x "), 600), 0o644))
	must(os.WriteFile(filepath.Join(in, "skip.json"), []byte("{}"), 0o644))
	must(os.Symlink("nowhere.txt", filepath.Join(in, "broken.txt")))
	must(os.Symlink(".", filepath.Join(in, "loop.txt")))
	must(os.Symlink(in, filepath.Join(in, "d00", "up")))

	sum, err := Run(context.Background(), Config{In: in, Out: filepath.Join(t.TempDir(), "out"), MaxBytes: 1000}, fakeStages())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 3 {
		t.Errorf("%d documents, want 3", sum.Documents)
	}
	var got []string
	for _, r := range sum.Rejects {
		got = append(got, r.Path+": "+r.Reason)
	}
	slices.Sort(got)
	want := []string{
		"big.txt: file too large: 1200 bytes, the limit is 1000 (-max-bytes)",
		"bin.txt: binary file",
		"broken.txt: broken or looping symbolic link",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rejects:\n got %q\nwant %q", got, want)
	}
	if len(sum.Set.Rejects) != len(want) {
		t.Errorf("rejects table has %d rows, want %d", len(sum.Set.Rejects), len(want))
	}
}

// A cancelled run fails and leaves the previous output as it was.
func TestRunCancelledKeepsOutput(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 20)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Run(context.Background(), Config{In: in, Out: out}, fakeStages()); err != nil {
		t.Fatal(err)
	}
	before := readDir(t, out)

	writeCorpus(t, in, 40)
	ctx, cancel := context.WithCancel(context.Background())
	st := fakeStages()
	tag := st.Entities
	st.Entities = func(d *doc.Document) []doc.Mention {
		if strings.Contains(d.Text, "Bob 30 ") {
			cancel()
		}
		return tag(d)
	}
	_, err := Run(ctx, Config{In: in, Out: out, Workers: 2}, st)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	after := readDir(t, out)
	if len(after) != len(before) {
		t.Fatalf("%d files after the cancelled run, %d before", len(after), len(before))
	}
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s changed by a cancelled run", name)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix) || strings.HasPrefix(e.Name(), spillPrefix) {
			t.Errorf("temporary directory %s left behind", e.Name())
		}
	}
}

func TestRunBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"missing": filepath.Join(t.TempDir(), "nope"),
		"not a dir": func() string {
			p := filepath.Join(t.TempDir(), "f.txt")
			os.WriteFile(p, []byte("x"), 0o644)
			return p
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Run(context.Background(), Config{In: in, Out: filepath.Join(t.TempDir(), "out")}, fakeStages())
			if err == nil || !strings.Contains(err.Error(), "pipeline: input") {
				t.Errorf("err = %v, want an input error", err)
			}
		})
	}
}

// A re-run with a cache re-processes only the files that changed, and
// writes the same tables as a run without it.
func TestRunCache(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 30)
	cache := filepath.Join(t.TempDir(), "cache")
	st := fakeStages()
	var tagged atomic.Int64
	tag := st.Entities
	st.Entities = func(d *doc.Document) []doc.Mention {
		tagged.Add(1)
		return tag(d)
	}
	run := func(cacheDir string) (*Summary, map[string][]byte) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "out")
		sum, err := Run(context.Background(), Config{In: in, Out: out, CacheDir: cacheDir}, st)
		if err != nil {
			t.Fatal(err)
		}
		return sum, readDir(t, out)
	}
	if sum, _ := run(cache); sum.Cached != 0 || tagged.Load() != 30 {
		t.Fatalf("first run: %d cached, %d tagged; want 0 and 30", sum.Cached, tagged.Load())
	}
	if err := os.WriteFile(filepath.Join(in, "d00", "a000.txt"), []byte("Carol counted 7 boats.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tagged.Store(0)
	sum, cached := run(cache)
	if sum.Cached != 29 || tagged.Load() != 1 {
		t.Errorf("second run: %d cached, %d tagged; want 29 and 1", sum.Cached, tagged.Load())
	}
	_, fresh := run("")
	for name, b := range fresh {
		if !bytes.Equal(cached[name], b) {
			t.Errorf("%s differs between a cached and an uncached run", name)
		}
	}
}

// The partitioned layout adds the run's date and keeps earlier dates.
func TestRunPartition(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 5)
	out := filepath.Join(t.TempDir(), "out")
	old := filepath.Join(out, "figures", "run_date=2000-01-01", "part-00000.parquet")
	if err := os.MkdirAll(filepath.Dir(old), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte("earlier run"), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := `{"run_id":"20000101T000000Z-0","version":"0.1.0","rows":{}}`
	if err := os.WriteFile(filepath.Join(out, ManifestName), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		sum, err := Run(context.Background(), Config{In: in, Out: out, Partition: true}, fakeStages())
		if err != nil {
			t.Fatal(err)
		}
		day := sum.Start.Format("2006-01-02")
		for _, table := range []string{"documents", "figures", "people", "rejects"} {
			p := filepath.Join(out, table, "run_date="+day, "part-00000.parquet")
			if _, err := os.Stat(p); err != nil {
				t.Errorf("%v", err)
			}
		}
	}
	if b, err := os.ReadFile(old); err != nil || string(b) != "earlier run" {
		t.Errorf("earlier partition: %q, %v", b, err)
	}
	parts, _ := filepath.Glob(filepath.Join(out, "figures", "run_date=*"))
	if len(parts) != 2 {
		t.Errorf("figures partitions %q, want 2", parts)
	}
}

// The digests a run keeps hold no string pointing into a document's text,
// and one copy of each distinct string.
func TestInternDigest(t *testing.T) {
	text := "Alice said 7 boats sank and 3 ships were lost in Nice."
	in := func(s string) bool {
		if s == "" {
			return false
		}
		p := unsafe.StringData(s)
		base := unsafe.StringData(text)
		return uintptr(unsafe.Pointer(p)) >= uintptr(unsafe.Pointer(base)) &&
			uintptr(unsafe.Pointer(p)) < uintptr(unsafe.Pointer(base))+uintptr(len(text))
	}
	r := doc.Digest{
		Doc:   doc.Info{Title: text[:5], Path: text[6:10]},
		Names: []doc.NameCount{{Name: &doc.Name{Kind: doc.Person, Text: text[:5], Title: text[6:10], Ref: text[49:53]}, Count: 2}},
		Figures: []doc.Figure{
			{Text: text[11:18], Sentence: 0, SentenceText: text, Claimant: text[:5], Subject: text[49:53], Unit: text[13:17]},
			{Text: text[28:35], Sentence: 0, SentenceText: text, Unit: "boat"},
		},
	}
	in2 := newInterner()
	in2.digest(&r)
	for _, s := range []string{r.Doc.Title, r.Doc.Path, r.Names[0].Text, r.Names[0].Title, r.Names[0].Ref, r.Figures[0].Text,
		r.Figures[0].SentenceText, r.Figures[0].Claimant, r.Figures[0].Subject, r.Figures[0].Unit, r.Figures[1].SentenceText} {
		if in(s) {
			t.Errorf("%q still points into the text", s)
		}
	}
	same := func(what, a, b string) {
		if unsafe.StringData(a) != unsafe.StringData(b) {
			t.Errorf("%s: two copies of %q", what, a)
		}
	}
	same("sentence of two figures", r.Figures[0].SentenceText, r.Figures[1].SentenceText)
	same("unit of two figures", r.Figures[0].Unit, r.Figures[1].Unit)
	same("name and claimant", r.Names[0].Text, r.Figures[0].Claimant)
	// A second document with the same strings shares the first one's.
	r2 := doc.Digest{Names: []doc.NameCount{
		{Name: &doc.Name{Kind: doc.Person, Text: strings.Clone(text[:5])}, Count: 1},
		{Name: &doc.Name{Kind: doc.Person, Text: strings.Clone(text[:5]), Title: strings.Clone(text[6:10]), Ref: strings.Clone(text[49:53])}, Count: 1},
	}}
	in2.digest(&r2)
	same("name in two documents", r.Names[0].Text, r2.Names[0].Text)
	if r2.Names[1].Name != r.Names[0].Name {
		t.Error("two documents hold two copies of one name")
	}
}
