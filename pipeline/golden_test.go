package pipeline

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"factpipe/tables"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const seeds = "../seeds"

// TestGoldenSeeds runs the standard stages over seeds/ with one and with
// eight workers: the two outputs must be byte-identical, every mention and
// figure written must be traced to the exact bytes of its file, and the
// facts must match testdata/seeds.golden.json (go test ./pipeline -run Golden -update
// rewrites it after an intended change).
func TestGoldenSeeds(t *testing.T) {
	st, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	var outs []map[string][]byte
	for _, workers := range []int{1, 8} {
		out := filepath.Join(t.TempDir(), "out")
		if _, err := Run(context.Background(), Config{In: seeds, Out: out, Workers: workers}, st); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, out)
		outs = append(outs, readDir(t, out))
	}
	for name, b := range outs[0] {
		if !bytes.Equal(outs[1][name], b) {
			t.Errorf("%s differs between -workers 1 and -workers 8", name)
		}
	}
	// The tables as written: a run streams mentions and figures to the
	// files without holding them.
	set, err := tables.Read(dirs[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Rejects) > 0 {
		t.Errorf("seeds rejected: %+v", set.Rejects)
	}

	files := map[string][]byte{}
	for _, d := range set.Documents {
		b, err := os.ReadFile(filepath.Join(seeds, d.Path))
		if err != nil {
			t.Fatal(err)
		}
		files[d.DocID] = b
	}
	for _, m := range set.Mentions {
		if got := string(files[m.DocID][m.Start:m.End]); got != m.Text {
			t.Errorf("mention %q at %d:%d of %s reads %q in the file", m.Text, m.Start, m.End, m.DocID, got)
		}
		if m.EntityID == "" {
			t.Errorf("mention %q has no entity", m.Text)
		}
	}
	for _, f := range set.Figures {
		if got := string(files[f.DocID][f.Start:f.End]); got != f.Text {
			t.Errorf("figure %q at %d:%d of %s reads %q in the file", f.Text, f.Start, f.End, f.DocID, got)
		}
	}

	got := renderSet(t, set)
	golden := filepath.Join("testdata", "seeds.golden.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("facts differ from %s (run go test ./pipeline -run Golden -update after an intended change):\n%s",
			golden, lineDiff(string(want), string(got)))
	}
}

// renderSet writes every table as a JSON object of arrays, one row per line.
func renderSet(t *testing.T, s tables.Set) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("{\n")
	section := func(name string, n int, row func(i int) any, last bool) {
		b.WriteString(`"` + name + `": [`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n  ")
			line, err := tables.AppendJSON(nil, row(i))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
		}
		b.WriteString("\n]")
		if !last {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	section("documents", len(s.Documents), func(i int) any { return s.Documents[i] }, false)
	section("people", len(s.People), func(i int) any { return s.People[i] }, false)
	section("places", len(s.Places), func(i int) any { return s.Places[i] }, false)
	section("organizations", len(s.Organizations), func(i int) any { return s.Organizations[i] }, false)
	section("mentions", len(s.Mentions), func(i int) any { return s.Mentions[i] }, false)
	section("figures", len(s.Figures), func(i int) any { return s.Figures[i] }, false)
	section("quantities", len(s.Quantities), func(i int) any { return s.Quantities[i] }, false)
	section("contradictions", len(s.Contradictions), func(i int) any { return s.Contradictions[i] }, false)
	section("rejects", len(s.Rejects), func(i int) any { return s.Rejects[i] }, true)
	b.WriteString("}\n")
	return b.Bytes()
}

// lineDiff lists the lines only in want (-) and only in got (+), at most 40.
func lineDiff(want, got string) string {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range bytes.Split([]byte(s), []byte("\n")) {
			m[string(l)]++
		}
		return m
	}
	w, g := count(want), count(got)
	var out bytes.Buffer
	n := 0
	emit := func(prefix string, s string, a, b map[string]int) {
		for _, l := range bytes.Split([]byte(s), []byte("\n")) {
			if a[string(l)] > b[string(l)] && n < 40 {
				out.WriteString(prefix + string(l) + "\n")
				a[string(l)]--
				n++
			}
		}
	}
	emit("- ", want, w, g)
	w, g = count(want), count(got)
	emit("+ ", got, g, w)
	return out.String()
}
