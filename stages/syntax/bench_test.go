package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factpipe/internal/testenv"
	"factpipe/stages/syntax/conllu"
)

// BenchmarkParse tags and parses the sentences of the English Web
// Treebank's dev set on one goroutine, and reports words per second of
// wall-clock time and, since the machine may be shared, per second of the
// process's CPU time (run it with -cpu 1 so that the garbage collector
// shares the one core).
func BenchmarkParse(b *testing.B) {
	dir := testenv.DataDir()
	f, err := os.Open(filepath.Join(dir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if dir == "" || err != nil {
		b.Skip("shared data not found: set FACTPIPE_DATA")
	}
	sents, err := conllu.ReadAll(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	var words [][]string
	tokens := 0
	for _, s := range sents {
		var ws []string
		for _, w := range s.Words {
			ws = append(ws, w.Form)
		}
		words = append(words, ws)
		tokens += len(ws)
	}
	p := parser(b)
	b.ResetTimer()
	cpu0, start := testenv.CPUTime(), time.Now()
	for range b.N {
		for _, ws := range words {
			p.Parse(ws)
		}
	}
	wall, cpu := time.Since(start), testenv.CPUTime()-cpu0
	b.ReportMetric(float64(tokens*b.N)/wall.Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(tokens*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// Any sequence of words parses to a tree without panic, in bounded time.
func FuzzParse(f *testing.F) {
	f.Add("The attack killed six monks and two women .")
	f.Add("89 SOLDIERS WERE KILLED")
	f.Add("")
	f.Add("\xff \x00 , , , ( ) ''")
	f.Add(strings.Repeat("and ", 300))
	p := parser(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if len(words) == 0 && s != "" {
			words = []string{s}
		}
		start := time.Now()
		got := p.Parse(words)
		if len(got) != len(words) {
			t.Fatalf("%d results for %d words", len(got), len(words))
		}
		checkTree(t, got)
		if d := time.Since(start); d > timeLimit(time.Duration(len(s)+100)*time.Millisecond) {
			t.Errorf("took %s for %d bytes", d, len(s))
		}
	})
}
