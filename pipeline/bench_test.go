package pipeline

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// dataDir finds the shared data directory: $FACTPIPE_DATA, or shared/data
// in a parent of the working directory.
func dataDir(tb testing.TB) string {
	if d := os.Getenv("FACTPIPE_DATA"); d != "" {
		return d
	}
	dir, _ := os.Getwd()
	for {
		for _, c := range []string{filepath.Join(dir, "shared", "data"), filepath.Join(dir, "..", "shared", "data")} {
			if fi, err := os.Stat(c); err == nil && fi.IsDir() {
				return c
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("shared data not found: set FACTPIPE_DATA")
		}
		dir = parent
	}
}

// BenchmarkPipelineBBC runs the whole pipeline, reading to writing, over the
// BBC News corpus (2,225 articles, 854k words) and reports words/s, MB/s,
// the peak resident memory of the process and each stage's share of the
// worker time. Run it with `make bench`.
func BenchmarkPipelineBBC(b *testing.B) {
	in := filepath.Join(dataDir(b), "bbc")
	var words, size int
	err := filepath.WalkDir(in, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		raw, err := os.ReadFile(p)
		size += len(raw)
		words += len(strings.Fields(string(raw)))
		return err
	})
	if err != nil {
		b.Skip(err)
	}
	st, err := Load(Options{})
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "out")
	b.SetBytes(int64(size))
	b.ResetTimer()
	var sum *Summary
	for b.Loop() {
		sum, err = Run(context.Background(), Config{In: in, Out: out}, st)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(words)/sec, "words/s")
	b.ReportMetric(float64(sum.Documents), "docs")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
	for name, d := range sum.Stages {
		b.ReportMetric(d.Seconds(), name+"-s")
	}
}
