package stories_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"factpipe/doc"
	"factpipe/internal/testenv"
	"factpipe/stages/ingest"
	"factpipe/stages/stories"
	"factpipe/stages/tokenize"
)

// bbcDigests returns the digests, keywords only, of the BBC articles,
// copies times over (each copy a document of its own path).
func bbcDigests(b *testing.B, copies int) []doc.Digest {
	b.Helper()
	data := testenv.DataDir()
	if data == "" {
		b.Skip("shared/data not found")
	}
	root := filepath.Join(data, "bbc")
	var one []doc.Digest
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dd, err := ingest.Decode(path, raw)
		if err != nil {
			return nil
		}
		tokenize.Tokenize(dd)
		one = append(one, doc.Digest{Doc: doc.InfoOf(dd), Keywords: stories.Keywords(dd)})
		return nil
	})
	if err != nil {
		b.Skip(err)
	}
	var all []doc.Digest
	for c := range copies {
		for _, d := range one {
			d.Doc.Path = fmt.Sprintf("%d/%s", c, d.Doc.Path)
			d.Doc.ID = doc.HashID(d.Doc.ID, fmt.Sprint(c))
			all = append(all, d)
		}
	}
	return all
}

// BenchmarkGroupBBC and BenchmarkGroupBBCx10 group the BBC articles and
// ten copies of them: ns/doc stays about the same when the work grows
// with the number of documents.
func BenchmarkGroupBBC(b *testing.B)    { benchGroup(b, 1) }
func BenchmarkGroupBBCx10(b *testing.B) { benchGroup(b, 10) }

func benchGroup(b *testing.B, copies int) {
	ds := bbcDigests(b, copies)
	opts := stories.DefaultOptions
	bg, err := stories.DefaultBackground()
	if err != nil {
		b.Fatal(err)
	}
	opts.Background = bg
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		stories.Group(ds, nil, nil, opts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ds)), "ns/doc")
}
