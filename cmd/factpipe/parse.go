package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"factpipe/doc"
	"factpipe/stages/ingest"
	"factpipe/stages/syntax"
	"factpipe/stages/syntax/conllu"
	"factpipe/stages/tokenize"
)

// cmdParse prints the parse of every content sentence of the named files,
// or of standard input, as CoNLL-U: the words as the tokenizer splits
// them, with their part of speech, head and relation.
func cmdParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("parse", "factpipe parse [FILE...]", stderr)
	if err := parse(fs, args); err != nil {
		return err
	}
	p, err := syntax.Load()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	for _, name := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := readInput(name, stdin)
		if err != nil {
			return err
		}
		d, err := ingest.Decode(filepath.ToSlash(name), raw)
		if err != nil {
			return fmt.Errorf("%s: %s", name, ingest.Reason(err))
		}
		tokenize.Tokenize(d)
		if err := writeParses(w, p, d); err != nil {
			return err
		}
	}
	return w.Flush()
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		raw, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("stdin: %w", err)
		}
		return raw, nil
	}
	return os.ReadFile(name)
}

// writeParses writes the parse of each content sentence of d, with the
// document's path, the sentence's number and its text as comments.
func writeParses(w io.Writer, p *syntax.Parser, d *doc.Document) error {
	for i, s := range d.Sentences {
		if s.Kind == doc.Furniture || s.First == s.Last {
			continue
		}
		syn := p.ParseSentences(d, []int{i})[0]
		out := &conllu.Sentence{Comments: []string{
			"# doc = " + d.Path, fmt.Sprintf("# sent_id = %d", i), "# text = " + oneLine(d.SentenceText(i)),
		}}
		for k, t := range d.Tokens[s.First:s.Last] {
			ws := syn.Words[k]
			out.Words = append(out.Words, conllu.Word{ID: k + 1, Form: t.Text, UPOS: ws.UPOS, Head: ws.Head + 1, Deprel: ws.Rel})
		}
		if err := conllu.Write(w, out); err != nil {
			return err
		}
	}
	return nil
}

// oneLine replaces line breaks, which a CoNLL-U comment cannot hold.
func oneLine(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}
