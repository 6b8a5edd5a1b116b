package figures

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

var (
	update   = flag.Bool("update", false, "rewrite golden files")
	dump     = flag.String("dump", "", "print the figures of these files (comma-separated paths)")
	noTagger = flag.Bool("notagger", false, "run without entity mentions")
)

// loadDoc reads a file through the real ingest and tokenize stages.
func loadDoc(tb testing.TB, path string) *doc.Document {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := ingest.Decode(filepath.Base(path), raw)
	if err != nil {
		tb.Skipf("ingest: %v", err)
	}
	tokenize.Tokenize(d)
	return d
}

// mentionsOf returns d's entity mentions, or nil without a tagger.
func mentionsOf(d *doc.Document) []doc.Mention {
	if *noTagger {
		return nil
	}
	return tagMentions(d)
}

func fmtFloat(p *float64) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%g", *p)
}

func describe(f doc.Figure) string {
	date := ""
	if !f.ClaimedOn.IsZero() {
		date = f.ClaimedOn.Format("2006-01-02")
	}
	return fmt.Sprintf("%-34q v=%s [%s,%s] %-8s unit=%q meas=%q subj=%q by=%q on=%s",
		f.Text, fmtFloat(f.Value), fmtFloat(f.Low), fmtFloat(f.High), f.Qualifier, f.Unit, f.Measure, f.Subject,
		f.Claimant, date)
}

func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range strings.Split(*dump, ",") {
		d := loadDoc(t, path)
		fmt.Printf("=== %s\n", path)
		for _, f := range x.Extract(d, mentionsOf(d)) {
			fmt.Println(describe(f))
			fmt.Printf("      | %s\n", strings.ReplaceAll(f.SentenceText, "\n", " "))
		}
	}
}

func itoa(i int) string { return fmt.Sprint(i) }

// extractN returns the figures x finds in d with mentions ms, those keep
// accepts (all when keep is nil), and stops the test, listing them, unless
// there are n.
func extractN(t *testing.T, x *Extractor, d *doc.Document, ms []doc.Mention, n int, keep func(doc.Figure) bool) []doc.Figure {
	t.Helper()
	var got []doc.Figure
	for _, f := range x.Extract(d, ms) {
		if keep == nil || keep(f) {
			got = append(got, f)
		}
	}
	if len(got) != n {
		s := make([]string, len(got))
		for i, f := range got {
			s[i] = describe(f)
		}
		t.Fatalf("%d figures, want %d:\n%s", len(got), n, strings.Join(s, "\n"))
	}
	return got
}
