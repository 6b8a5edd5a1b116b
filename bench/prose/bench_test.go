package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	prose2 "github.com/jdkato/prose/v2"
	prose3 "github.com/jdkato/prose/v3"

	"factpipe/internal/testenv"
	"factpipe/stages/entities"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

// Run on one core, so that no system gains from parallel work the others
// cannot do (prose's pipeline is sequential, factpipe's stages are too):
//
//	go test -run XXX -bench . -cpu 1
//
// Each benchmark reads the same BBC articles from memory and reports, per
// wall-clock second and per second of CPU time (user + system, from
// getrusage; the machine is shared, so CPU time is the steadier figure),
// tokens and megabytes of text. Tokens are counted once, with factpipe's
// tokenizer, so that every system is measured in the same unit.

// benchArticles is how many BBC articles the benchmarks use: every eleventh
// file in sorted order, so all five sections are in, and a run of all the
// benchmarks takes about a minute.
const benchArticles = 200

// article is one BBC file: its path relative to the corpus and its bytes.
type article struct {
	path string
	raw  []byte
	text string
}

// corpus is the benchmark text and its size.
type corpus struct {
	articles []article
	tokens   int // factpipe tokens
	bytes    int
}

func loadCorpus(b *testing.B) corpus {
	b.Helper()
	dir := testenv.DataDir()
	if dir == "" {
		b.Skip("shared/data not found: set FACTPIPE_DATA")
	}
	root := filepath.Join(dir, "bbc")
	paths, err := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no BBC articles in " + root)
	}
	slices.Sort(paths)
	var c corpus
	for i := 0; i < len(paths) && len(c.articles) < benchArticles; i += 11 {
		raw, err := os.ReadFile(paths[i])
		if err != nil {
			b.Fatal(err)
		}
		if !utf8.Valid(raw) { // prose takes text as it is: keep to UTF-8 files
			continue
		}
		rel, err := filepath.Rel(root, paths[i])
		if err != nil {
			b.Fatal(err)
		}
		d, err := ingest.Decode(filepath.ToSlash(rel), raw)
		if err != nil {
			b.Fatal(err)
		}
		tokenize.Tokenize(d)
		c.tokens += len(d.Tokens)
		c.bytes += len(raw)
		c.articles = append(c.articles, article{filepath.ToSlash(rel), raw, string(raw)})
	}
	return c
}

// measure runs pass over the corpus b.N times and reports throughput.
func measure(b *testing.B, c corpus, pass func() int) {
	b.Helper()
	var cpu time.Duration
	found := 0
	b.ResetTimer()
	for b.Loop() {
		c0 := testenv.CPUTime()
		found = pass()
		cpu += testenv.CPUTime() - c0
	}
	n := float64(b.N)
	wall := b.Elapsed().Seconds()
	b.ReportMetric(float64(c.tokens)*n/wall, "tokens/s")
	b.ReportMetric(float64(c.bytes)*n/wall/1e6, "MB/s")
	if cpu > 0 {
		b.ReportMetric(float64(c.tokens)*n/cpu.Seconds(), "tokens/cpu-s")
		b.ReportMetric(float64(c.bytes)*n/cpu.Seconds()/1e6, "MB/cpu-s")
	}
	b.ReportMetric(float64(found), "entities")
}

// BenchmarkProseV2 runs prose v2's whole pipeline (segmentation,
// tokenization, part-of-speech tagging, entity extraction) with one model
// shared by all documents: without UsingModel, NewDocument decodes the model
// again for every document. "no-segmentation" leaves out the Punkt sentence
// splitter, which prose v2 builds anew for every document and which its
// tagging and extraction do not use.
func BenchmarkProseV2(b *testing.B) {
	c := loadCorpus(b)
	m, err := prose2NewModel()
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		opts []prose2.DocOpt
	}{
		{"full", []prose2.DocOpt{prose2.UsingModel(m)}},
		{"no-segmentation", []prose2.DocOpt{prose2.UsingModel(m), prose2.WithSegmentation(false)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			measure(b, c, func() int {
				n := 0
				for _, a := range c.articles {
					d, err := prose2.NewDocument(a.text, bc.opts...)
					if err != nil {
						b.Fatal(err)
					}
					n += len(d.Entities())
				}
				return n
			})
		})
	}
}

// BenchmarkProseV3 runs prose v3's whole pipeline; v3 loads its models once
// per process by itself, and the first document, outside the timing, loads
// them.
func BenchmarkProseV3(b *testing.B) {
	c := loadCorpus(b)
	if _, err := prose3.NewDocument("Warm up."); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		opts []prose3.Option
	}{
		{"full", nil},
		{"no-segmentation", []prose3.Option{prose3.WithSegmentation(false)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			measure(b, c, func() int {
				n := 0
				for _, a := range c.articles {
					d, err := prose3.NewDocument(a.text, bc.opts...)
					if err != nil {
						b.Fatal(err)
					}
					n += len(d.Entities())
				}
				return n
			})
		})
	}
}

// BenchmarkFactpipe runs factpipe's stages up to entities on the same
// articles: ingest.Decode (validation, metadata, furniture), tokenize
// (sentences and tokens) and the entity tagger, loaded once.
func BenchmarkFactpipe(b *testing.B) {
	c := loadCorpus(b)
	tg, err := entities.Load()
	if err != nil {
		b.Fatal(err)
	}
	measure(b, c, func() int {
		n := 0
		for _, a := range c.articles {
			d, err := ingest.Decode(a.path, a.raw)
			if err != nil {
				b.Fatal(err)
			}
			tokenize.Tokenize(d)
			n += len(tg.Tag(d))
		}
		return n
	})
}
