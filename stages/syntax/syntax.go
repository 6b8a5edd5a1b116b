// Package syntax tags words with their universal part of speech and parses
// sentences into Universal Dependencies trees: which word is the head of
// which, and how (nsubj, obj, nummod, ...).
//
// The tagger and the parser are averaged perceptrons trained on the
// English Web Treebank (see model/README.md): the tagger reads a sentence
// left to right; the parser is transition-based (arc-hybrid), greedy, and
// linear in the length of the sentence. Both read the words lower-cased
// besides their casing, and were trained on sentences in lower and upper
// case too, so text written all in capitals or without capitals parses
// about as well as text written as usual.
//
// A *Parser is built once (Load) and is safe for concurrent use; its
// methods start no goroutines.
package syntax

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"sync"

	"factpipe/doc"
)

//go:embed model
var modelFS embed.FS

// ModelPath is the path of the embedded model inside the package
// directory.
const ModelPath = "model/syntax.bin.gz"

// Parser tags and parses sentences. It is read-only, safe for concurrent
// use, and must not be copied.
type Parser struct {
	m    *model
	pool sync.Pool // of *work
}

func newParser(m *model) *Parser {
	return &Parser{m: m, pool: sync.Pool{New: func() any { return new(work) }}}
}

// Load returns the parser of the embedded model.
func Load() (*Parser, error) {
	raw, err := modelFS.ReadFile(ModelPath)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	return Read(bytes.NewReader(raw))
}

// Read reads a model written by Write.
func Read(r io.Reader) (*Parser, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	return newParser(m), nil
}

// Write writes the model, gzip-compressed. The same model gives the same
// bytes.
func (p *Parser) Write(w io.Writer) error {
	if err := p.m.write(w); err != nil {
		return fmt.Errorf("syntax: %w", err)
	}
	return nil
}

func (p *Parser) get() *work  { return p.pool.Get().(*work) }
func (p *Parser) put(w *work) { p.pool.Put(w) }

// Parse tags and parses one sentence given its words, and returns for each
// word its part of speech, head (an index into words, -1 for the root)
// and relation. Any words parse, in time linear in their number and total
// length; no words give nil.
func (p *Parser) Parse(words []string) []doc.WordSyntax {
	if len(words) == 0 {
		return nil
	}
	w := p.get()
	defer p.put(w)
	p.m.run(words, w)
	out := make([]doc.WordSyntax, len(words))
	for i := range out {
		out[i] = doc.WordSyntax{
			UPOS: p.m.upos[w.tags[i]],
			Head: int(w.heads[i+1]) - 1,
			Rel:  p.m.labels[w.labels[i+1]],
		}
	}
	return out
}

// ParseSentences parses the sentences of d numbered in which (indices
// into d.Sentences; those out of range, or whose token range is not in
// d.Tokens, are skipped) from their tokens, and returns their syntax in
// the order of which.
func (p *Parser) ParseSentences(d *doc.Document, which []int) []doc.Syntax {
	out := make([]doc.Syntax, 0, len(which))
	var words []string
	for _, i := range which {
		if i < 0 || i >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[i]
		if s.First < 0 || s.First > s.Last || s.Last > len(d.Tokens) {
			continue
		}
		words = words[:0]
		for _, t := range d.Tokens[s.First:s.Last] {
			words = append(words, t.Text)
		}
		out = append(out, doc.Syntax{Sentence: i, Words: p.Parse(words)})
	}
	return out
}
