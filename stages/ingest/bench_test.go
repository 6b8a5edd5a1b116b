package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDecode decodes the whole BBC corpus (2,225 articles, 5 MB) per
// iteration: validation, decoding, metadata and furniture.
func BenchmarkDecode(b *testing.B) {
	root := filepath.Join(sharedData(b), "bbc")
	var files [][]byte
	var names []string
	var n int64
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, raw)
		names = append(names, p[len(root)+1:])
		n += int64(len(raw))
		return nil
	})
	if err != nil || len(files) == 0 {
		b.Skipf("no BBC corpus: %v", err)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i, raw := range files {
			if _, err := Decode(names[i], raw); err != nil && !strings.Contains(names[i], "README") {
				b.Fatal(err)
			}
		}
	}
}
