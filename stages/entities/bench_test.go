package entities

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"factpipe/doc"
	geo "factpipe/gazetteer"
	"factpipe/internal/testenv"
	"factpipe/stages/tokenize"
)

// BenchmarkTag tags BBC News articles run through the tokenizer, on one
// goroutine, and reports tokens per second of wall-clock time and, since
// the machine may be shared, per second of the process's CPU time (run it
// with -cpu 1 so that the garbage collector shares the one core).
func BenchmarkTag(b *testing.B) {
	dir := testenv.DataDir()
	if dir == "" {
		b.Skip("shared/data not found")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "bbc", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no BBC articles")
	}
	slices.Sort(paths)
	var docs []*doc.Document
	tokens := 0
	for i, p := range paths {
		if i%4 != 0 { // a quarter of the corpus, all five sections
			continue
		}
		text, err := os.ReadFile(p)
		if err != nil || !utf8.Valid(text) {
			continue
		}
		d := &doc.Document{Text: string(text)}
		tokenize.Tokenize(d)
		if len(d.Sentences) > 0 {
			d.Sentences[0].Kind = doc.Headline
		}
		docs = append(docs, d)
		tokens += len(d.Tokens)
	}
	g, err := geo.Load()
	if err != nil {
		b.Fatal(err)
	}
	withGaz, err := New(g)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		tg   *Tagger
	}{{"model", mustLoad(b)}, {"gazetteer", withGaz}} {
		b.Run(c.name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				c0 := testenv.CPUTime()
				for _, d := range docs {
					c.tg.Tag(d)
				}
				cpu += testenv.CPUTime() - c0
			}
			b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
			if cpu > 0 {
				b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
			}
		})
	}
}
