// Command storydf counts in how many documents of a corpus each keyword
// occurs, and writes the background table that the stories stage weighs
// words by (stages/stories/data/background.tsv.gz):
//
//	go run ./cmd/storydf -in ../shared/data/bbc -out stages/stories/data/background.tsv.gz
//
// Every regular file under -in is read as an article, as factpipe run reads
// it; files that cannot be read are reported and skipped. The output is
// the same bytes for the same input.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"factpipe/stages/ingest"
	"factpipe/stages/stories"
	"factpipe/stages/tokenize"
)

func main() {
	in := flag.String("in", "", "corpus `folder`")
	out := flag.String("out", "", "background `file` to write")
	min := flag.Int("min", 2, "least number of documents a word is kept for")
	flag.Parse()
	if *in == "" || *out == "" || *min < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, *out, *min); err != nil {
		fmt.Fprintln(os.Stderr, "storydf:", err)
		os.Exit(1)
	}
}

func run(in, out string, min int) error {
	b := &stories.Background{DF: map[string]int{}}
	err := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(in, path)
		doc, err := ingest.Decode(filepath.ToSlash(rel), raw)
		if err != nil {
			fmt.Fprintf(os.Stderr, "storydf: %s: %s (skipped)\n", path, ingest.Reason(err))
			return nil
		}
		tokenize.Tokenize(doc)
		b.Add(doc)
		return nil
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := b.Write(&buf, min); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
