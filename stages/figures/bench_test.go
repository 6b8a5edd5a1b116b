package figures

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"factpipe/doc"
	"factpipe/internal/testenv"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

// benchDocs loads up to n BBC articles, tokenized, for benchmarks.
func benchDocs(b *testing.B, n int) ([]*doc.Document, int) {
	root := testenv.DataDir()
	if root == "" {
		b.Skip("shared/data not found")
	}
	var paths []string
	for _, dir := range []string{"business", "entertainment", "politics", "sport", "tech"} {
		m, _ := filepath.Glob(filepath.Join(root, "bbc", dir, "*.txt"))
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		b.Skip("no BBC articles")
	}
	sort.Strings(paths)
	var docs []*doc.Document
	bytes := 0
	for _, p := range paths {
		if len(docs) == n {
			break
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := ingest.Decode(filepath.Base(p), raw)
		if err != nil {
			continue
		}
		tokenize.Tokenize(d)
		docs = append(docs, d)
		bytes += len(d.Text)
	}
	return docs, bytes
}

// reportCPU adds CPU-time metrics, which hold up better than wall time on
// a shared machine: cpu-ms/op and cpu-MB/s.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	cpu := testenv.CPUTime() - start
	if cpu <= 0 || b.N == 0 {
		return
	}
	perOp := cpu / time.Duration(b.N)
	b.ReportMetric(float64(perOp)/1e6, "cpu-ms/op")
	b.ReportMetric(float64(bytes)/perOp.Seconds()/1e6, "cpu-MB/s")
}

// BenchmarkExtract measures the figures stage alone over BBC articles
// (already decoded and tokenized), reporting MB/s of article text.
func BenchmarkExtract(b *testing.B) {
	docs, n := benchDocs(b, 500)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	benchEach(b, docs, n, func(d *doc.Document) { x.Extract(d, nil) })
}

// benchEach runs fn over every document per iteration and reports MB/s of
// article text, in wall and in CPU time.
func benchEach(b *testing.B, docs []*doc.Document, n int, fn func(*doc.Document)) {
	b.SetBytes(int64(n))
	b.ResetTimer()
	start := testenv.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			fn(d)
		}
	}
	reportCPU(b, start, n)
}

// BenchmarkTokenize is the tokenizer on the same articles, for comparison:
// the figures stage should cost at most a fifth of tokenizing and tagging.
func BenchmarkTokenize(b *testing.B) {
	docs, n := benchDocs(b, 500)
	benchEach(b, docs, n, tokenize.Tokenize)
}
