package stories

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"factpipe/doc"
)

// Background is how many documents of a reference corpus of news use
// each keyword. A small run's own counts say little of how telling a
// word is (in five reports of one event, the event's words are in every
// report); the background tells it, and weighs less as the run grows.
type Background struct {
	Documents int
	DF        map[string]int
}

//go:embed data/background.tsv.gz
var backgroundData []byte

var loadBackground = sync.OnceValues(func() (*Background, error) {
	return ReadBackground(bytes.NewReader(backgroundData))
})

// DefaultBackground returns the embedded background: keyword document
// counts of the BBC News 2004-2005 articles (see data/README.md).
func DefaultBackground() (*Background, error) { return loadBackground() }

// ReadBackground reads a background table: a gzip-compressed text whose
// first line is "documents N" and each further line "word<TAB>count".
func ReadBackground(r io.Reader) (*Background, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("stories: background: %w", err)
	}
	sc := bufio.NewScanner(zr)
	b := &Background{DF: map[string]int{}}
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			n, err := strconv.Atoi(strings.TrimPrefix(text, "documents "))
			if err != nil || !strings.HasPrefix(text, "documents ") || n <= 0 {
				return nil, fmt.Errorf("stories: background: line 1: want \"documents N\", got %q", text)
			}
			b.Documents = n
			continue
		}
		w, c, ok := strings.Cut(text, "\t")
		n, err := strconv.Atoi(c)
		if !ok || err != nil || n <= 0 || n > b.Documents {
			return nil, fmt.Errorf("stories: background: line %d: want \"word<TAB>count\" with 0 < count <= %d, got %q", line, b.Documents, text)
		}
		b.DF[w] = n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("stories: background: %w", err)
	}
	if line == 0 {
		return nil, fmt.Errorf("stories: background: empty")
	}
	return b, nil
}

// Write writes b as ReadBackground reads it, words sorted, keeping only
// those in at least min documents.
func (b *Background) Write(w io.Writer, min int) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "documents %d\n", b.Documents)
	for _, word := range slices.Sorted(maps.Keys(b.DF)) {
		if n := b.DF[word]; n >= min {
			fmt.Fprintf(bw, "%s\t%d\n", word, n)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Add counts the distinct keywords of d as one more document.
func (b *Background) Add(d *doc.Document) {
	b.Documents++
	seen := map[string]bool{}
	for _, s := range d.Sentences {
		if s.Kind == doc.Furniture {
			continue
		}
		for _, t := range d.Tokens[s.First:s.Last] {
			if k := keyword(t.Text); k != "" && !seen[k] {
				seen[k] = true
				b.DF[k]++
			}
		}
	}
}
