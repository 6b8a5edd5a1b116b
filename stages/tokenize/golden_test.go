package tokenize_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"factpipe/doc"
	"factpipe/stages/ingest"
	"factpipe/stages/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden is the readable summary of a decoded and tokenized document.
type golden struct {
	Path      string   `json:"path"`
	ID        string   `json:"id"`
	Encoding  string   `json:"encoding"`
	Format    string   `json:"format"`
	Title     string   `json:"title"`
	Author    string   `json:"author"`
	Published string   `json:"published"`
	Outlet    string   `json:"outlet"`
	Furniture []string `json:"furniture"`
	Tokens    int      `json:"tokens"`
	// Sentences are "K| tok tok ...", K being B (body), H (headline) or
	// F (furniture).
	Sentences []string `json:"sentences"`
}

func summarize(d *doc.Document) golden {
	g := golden{
		Path: d.Path, ID: d.ID, Encoding: d.Encoding, Format: d.Format,
		Title: d.Title, Author: d.Author, Outlet: d.Outlet, Tokens: len(d.Tokens),
		Furniture: []string{}, Sentences: []string{},
	}
	if !d.Published.IsZero() {
		g.Published = d.Published.Format("2006-01-02")
	}
	for _, f := range d.Furniture {
		g.Furniture = append(g.Furniture, d.Text[f.Start:f.End])
	}
	for _, s := range d.Sentences {
		var b strings.Builder
		b.WriteByte("BHF"[s.Kind])
		b.WriteByte('|')
		for _, t := range d.Tokens[s.First:s.Last] {
			b.WriteByte(' ')
			b.WriteString(t.Text)
		}
		g.Sentences = append(g.Sentences, b.String())
	}
	return g
}

// TestGoldenSeeds decodes and tokenizes the sample articles in seeds/ and
// compares the result with testdata/<name>.golden. Run with -update to
// rewrite the golden files after an intended change, and review the diff.
func TestGoldenSeeds(t *testing.T) {
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds found: %v", err)
	}
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.Decode(name, raw)
			if err != nil {
				t.Fatal(err)
			}
			tokenize.Tokenize(d)
			if err := tokenize.Check(d); err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(summarize(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			file := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs (run with -update to accept):\n%s", file, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff shows the lines that differ between want and got, with the
// line numbers of want, up to 20 of them.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 20; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + itoa(i+1) + ":\n- " + wl + "\n+ " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// FuzzDecodeTokenize drives arbitrary bytes through ingest.Decode and
// Tokenize: no panic, and every document that Decode accepts comes out
// with tokens and sentences that keep the contract of package doc, offsets
// in range and valid UTF-8 text.
func FuzzDecodeTokenize(f *testing.F) {
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range seeds {
		if raw, err := os.ReadFile(p); err == nil {
			// The head of an article, where the metadata is: whole
			// articles make minimizing slow.
			f.Add("seed.txt", raw[:min(len(raw), 1500)])
		}
	}
	for _, s := range []string{
		"", " \n", "\x00abc", "Title\n\nBody. More body.", "\xef\xbb\xbfA\r\nB.\r\n", "caf\xe9 \xa3 5",
		"<html><body><h1>T</h1><p>A &amp; B.</p><script>x<y</script></body></html>",
		"http://example.com/x\nHeadline\nMay 2, 2013\nBy Jane Doe\nText.", "U.S. Mr. 5,937 £15.8m Russia's don't",
		"’’''..--**", "a\u2028b\u2029c", "Caption\nCaption\nJo Bloggs via Reuters\n",
	} {
		f.Add("a.txt", []byte(s))
		f.Add("a.html", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		d, err := ingest.Decode(name, raw)
		if err != nil {
			if ingest.Reason(err) == "" {
				t.Fatalf("rejection without a reason: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Decode returned invalid UTF-8")
		}
		if d.ID != doc.DocID(d.Text) || d.Path != name {
			t.Fatalf("ID or Path not set: %q %q", d.ID, d.Path)
		}
		if d.Encoding == "utf-8" && d.Format != "html" && d.Text != string(raw) {
			t.Fatalf("valid UTF-8 text was changed")
		}
		if d.Format == "html" && d.Encoding == "utf-8" && len(d.Text) != len(raw) {
			t.Fatalf("HTML blanking changed the length: %d -> %d", len(raw), len(d.Text))
		}
		for i, f := range d.Furniture {
			if i > 0 && f.Start < d.Furniture[i-1].End {
				t.Fatalf("furniture spans overlap or are out of order: %v", d.Furniture)
			}
		}
		tokenize.Tokenize(d)
		if err := tokenize.Check(d); err != nil {
			t.Fatal(err)
		}
	})
}
