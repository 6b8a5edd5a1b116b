package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"factpipe/internal/testenv"
)

// dataDir returns the shared data directory, or skips the benchmark.
func dataDir(tb testing.TB) string {
	d := testenv.DataDir()
	if d == "" {
		tb.Skip("shared data not found: set FACTPIPE_DATA")
	}
	return d
}

// corpus lays out copies of the BBC corpus under a temporary directory:
// symbolic links when link is true, else copies of the files (which a
// benchmark may then change). It returns the directory, the words and the
// bytes of all copies, and the files.
func corpus(b *testing.B, copies int, link bool) (dir string, words, size int, files []string) {
	b.Helper()
	src := filepath.Join(dataDir(b), "bbc")
	dir = b.TempDir()
	err := filepath.WalkDir(src, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		for c := range copies {
			dst := filepath.Join(dir, fmt.Sprintf("copy%02d", c), rel)
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return err
			}
			if link {
				err = os.Symlink(p, dst)
			} else {
				err = os.WriteFile(dst, raw, 0o644)
			}
			if err != nil {
				return err
			}
			files = append(files, dst)
			size += len(raw)
			words += len(strings.Fields(string(raw)))
		}
		return nil
	})
	if err != nil {
		b.Skip(err)
	}
	return dir, words, size, files
}

// heapPeak samples the live heap (what the last garbage collection found
// reachable) until stopped, and keeps the largest value: the peak of what
// a run holds, whatever the garbage collector lets the heap grow to
// around it.
type heapPeak struct {
	stop chan struct{}
	done chan uint64
}

func watchHeap() *heapPeak {
	h := &heapPeak{stop: make(chan struct{}), done: make(chan uint64)}
	go func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var peak uint64
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-h.stop:
				h.done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return h
}

// peak stops the sampling and returns the peak live heap in bytes.
func (h *heapPeak) peak() uint64 {
	close(h.stop)
	return <-h.done
}

func report(b *testing.B, words int, sum *Summary, heap *heapPeak) {
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(words)/sec, "words/s")
	b.ReportMetric(float64(sum.Documents), "docs")
	if rss := testenv.PeakRSS(); rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	}
	b.ReportMetric(float64(heap.peak())/(1<<20), "peak-live-heap-MB")
	for name, d := range sum.Stages {
		b.ReportMetric(d.Seconds(), name+"-s")
	}
	// What stays live after a run: the models and gazetteer, and the
	// run-wide rows (documents, entities, quantities, contradictions) that
	// sum holds; mentions and figures went from the spill to the files.
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-heap-MB")
	runtime.KeepAlive(sum)
}

func benchRun(b *testing.B, copies int) {
	in, words, size, _ := corpus(b, copies, true)
	st, err := Load(Options{})
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "out")
	b.SetBytes(int64(size))
	heap := watchHeap()
	b.ResetTimer()
	var sum *Summary
	for b.Loop() {
		if sum, err = Run(context.Background(), Config{In: in, Out: out}, st); err != nil {
			b.Fatal(err)
		}
	}
	report(b, words, sum, heap)
}

// BenchmarkPipelineBBC runs the whole pipeline, reading to writing, over the
// BBC News corpus (2,225 articles, 854k words) and reports words/s, MB/s,
// the peak resident memory of the process, the peak live heap, the heap
// still live after the run and each stage's summed worker seconds. Run it with `make bench`, which runs each benchmark in its own
// process so that peak memory is the benchmark's own.
func BenchmarkPipelineBBC(b *testing.B) { benchRun(b, 1) }

// BenchmarkPipelineBBCx10 is BenchmarkPipelineBBC over ten copies of the
// corpus (22,250 documents): peak memory must stay well under ten times
// that of one copy, because neither texts nor mentions are kept for
// reconciliation, only digests whose strings and names the copies share,
// and the mentions and figures tables are streamed from the spill.
func BenchmarkPipelineBBCx10(b *testing.B) { benchRun(b, 10) }

// BenchmarkPipelineBBCCached re-runs the pipeline with -cache after 1% of
// the files changed: only those are processed again.
func BenchmarkPipelineBBCCached(b *testing.B) {
	in, words, size, files := corpus(b, 1, false)
	st, err := Load(Options{})
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "out")
	cache := filepath.Join(b.TempDir(), "cache")
	cfg := Config{In: in, Out: out, CacheDir: cache}
	if _, err := Run(context.Background(), cfg, st); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	heap := watchHeap()
	b.ResetTimer()
	var sum *Summary
	round := 0
	for b.Loop() {
		b.StopTimer()
		round++
		for i := 0; i < len(files); i += 100 { // 1% of the files change
			f, err := os.OpenFile(files[(i+round)%len(files)], os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				b.Fatal(err)
			}
			fmt.Fprintf(f, "\nUpdated %d.\n", round)
			if err := f.Close(); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		if sum, err = Run(context.Background(), cfg, st); err != nil {
			b.Fatal(err)
		}
	}
	report(b, words, sum, heap)
	b.ReportMetric(float64(sum.Documents-sum.Cached), "reprocessed")
}
