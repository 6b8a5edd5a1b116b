package tokenize_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/internal/testenv"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

// loadCorpus decodes every .txt file under shared/data/<name>.
func loadCorpus(tb testing.TB, name string) []*doc.Document {
	tb.Helper()
	root := testenv.DataDir()
	if root == "" {
		tb.Skip("shared/data not found")
	}
	root = filepath.Join(root, name)
	var docs []*doc.Document
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d, err := ingest.Decode(filepath.ToSlash(rel), raw); err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		tb.Skipf("reading %s: %v", root, err)
	}
	if len(docs) == 0 {
		tb.Skipf("no documents in %s", root)
	}
	return docs
}

// BenchmarkTokenize tokenizes the whole BBC corpus (2,225 articles, 5 MB)
// per iteration and reports MB/s of wall time and, as MB/cpu-s, of the CPU
// time the process used (garbage collection included), which holds when
// other jobs share the machine.
func BenchmarkTokenize(b *testing.B) {
	docs := loadCorpus(b, "bbc")
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu0 := testenv.CPUTime()
	iters := 0
	for b.Loop() {
		for _, d := range docs {
			tokenize.Tokenize(d)
			// Drop the results as the pipeline does once a document is
			// done, so that the collector does not rescan 2,225 token
			// arrays that a real run would not keep.
			d.Tokens, d.Sentences = nil, nil
		}
		iters++
	}
	if cpu := testenv.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)*float64(iters)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
