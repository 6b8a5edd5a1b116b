// Package conllu reads and writes CoNLL-U files, the format of the
// Universal Dependencies treebanks: one word a line with ten tab-separated
// columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), comment
// lines starting with '#', and a blank line after each sentence.
//
// The reader checks what a parser's training and scoring rely on: ten
// columns, word IDs 1, 2, 3, ... in order, every HEAD a word of the
// sentence or 0, exactly one root, no cycle. Each error names the line.
// Multiword token lines ("3-4") are kept for writing back; empty nodes
// ("5.1", enhanced graphs only) are skipped.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxLine is the longest line the reader accepts, in bytes.
const MaxLine = 1 << 22

// Word is one word line. Head is 0 for the root, else the ID of the head
// word; IDs count from 1.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
	Line   int // line number in the file, from 1
}

// Range is a multiword token: the surface form of words First..Last
// (IDs, inclusive), such as "don't" over "do" and "n't".
type Range struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence: its comment lines (with their '#'), its
// multiword tokens and its words, Words[i] having ID i+1.
type Sentence struct {
	Line     int // line number of the sentence's first line
	Comments []string
	Ranges   []Range
	Words    []Word
}

// Universal returns the universal part of a relation: "nsubj" of
// "nsubj:pass".
func Universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
	done bool
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxLine)
	return &Reader{sc: sc}
}

// Error is an error of the input at a line.
type Error struct {
	Line   int
	Reason string
}

func (e *Error) Error() string { return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Reason) }

func (r *Reader) errorf(line int, format string, a ...any) error {
	return &Error{Line: line, Reason: fmt.Sprintf(format, a...)}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	if r.done {
		return nil, io.EOF
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		text := strings.TrimSuffix(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			if s != nil {
				return s, r.check(s)
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if strings.HasPrefix(text, "#") {
			if len(s.Words) > 0 || len(s.Ranges) > 0 {
				return nil, r.errorf(r.line, "comment line inside a sentence")
			}
			s.Comments = append(s.Comments, text)
			continue
		}
		if err := r.addLine(s, text); err != nil {
			return nil, err
		}
	}
	r.done = true
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, r.errorf(r.line+1, "line longer than %d bytes", MaxLine)
		}
		return nil, fmt.Errorf("conllu: line %d: %w", r.line+1, err)
	}
	if s == nil {
		return nil, io.EOF
	}
	return s, r.check(s)
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
}

// addLine adds a word, multiword or empty node line to s.
func (r *Reader) addLine(s *Sentence, text string) error {
	cols := strings.Split(text, "\t")
	if len(cols) != 10 {
		return r.errorf(r.line, "%d tab-separated columns, want 10 (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC)", len(cols))
	}
	id := cols[0]
	if strings.IndexByte(id, '.') >= 0 {
		return nil // an empty node of the enhanced graph
	}
	if i := strings.IndexByte(id, '-'); i >= 0 {
		return r.addRange(s, id[:i], id[i+1:], cols)
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return r.errorf(r.line, "word ID %q, want %d", id, len(s.Words)+1)
	}
	if cols[1] == "" {
		return r.errorf(r.line, "empty FORM")
	}
	head, err := strconv.Atoi(cols[6])
	if err != nil || head < 0 {
		return r.errorf(r.line, "HEAD %q is not a word ID or 0", cols[6])
	}
	if cols[7] == "" || cols[7] == "_" {
		return r.errorf(r.line, "no DEPREL")
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9], Line: r.line,
	})
	return nil
}

func (r *Reader) addRange(s *Sentence, a, b string, cols []string) error {
	first, err1 := strconv.Atoi(a)
	last, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || first != len(s.Words)+1 || last < first {
		return r.errorf(r.line, "multiword token ID %q does not start at word %d", cols[0], len(s.Words)+1)
	}
	s.Ranges = append(s.Ranges, Range{First: first, Last: last, Form: cols[1], Misc: cols[9]})
	return nil
}

// check validates the tree of s: heads in range, one root, no cycle.
func (r *Reader) check(s *Sentence) error {
	if len(s.Words) == 0 {
		return r.errorf(s.Line, "sentence without words")
	}
	for _, g := range s.Ranges {
		if g.Last > len(s.Words) {
			return r.errorf(s.Line, "multiword token %d-%d ends after the last word %d", g.First, g.Last, len(s.Words))
		}
	}
	roots := 0
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return r.errorf(w.Line, "HEAD %d out of range: the sentence has %d words", w.Head, len(s.Words))
		}
		if w.Head == w.ID {
			return r.errorf(w.Line, "word %d is its own head", w.ID)
		}
		if w.Head == 0 {
			roots++
			if roots > 1 {
				return r.errorf(w.Line, "second root (word %d): a sentence has one", w.ID)
			}
		}
	}
	if roots == 0 {
		return r.errorf(s.Line, "no root: no word has HEAD 0")
	}
	return checkCycles(r, s)
}

// checkCycles reports a word whose chain of heads does not reach the root.
func checkCycles(r *Reader, s *Sentence) error {
	// state: 0 unknown, 1 on the current path, 2 reaches the root.
	state := make([]uint8, len(s.Words)+1)
	state[0] = 2
	for i := range s.Words {
		path := i + 1
		for state[path] == 0 {
			state[path] = 1
			path = s.Words[path-1].Head
		}
		if state[path] == 1 {
			w := s.Words[path-1]
			return r.errorf(w.Line, "cycle: word %d is its own ancestor", w.ID)
		}
		for j := i + 1; state[j] == 1; j = s.Words[j-1].Head {
			state[j] = 2
		}
	}
	return nil
}

// Write writes s in CoNLL-U: comments, multiword token lines before their
// first word, word lines, and a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	next := 0
	for _, wd := range s.Words {
		for next < len(s.Ranges) && s.Ranges[next].First == wd.ID {
			g := s.Ranges[next]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", g.First, g.Last, g.Form, orBlank(g.Misc))
			next++
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", wd.ID, wd.Form, orBlank(wd.Lemma),
			orBlank(wd.UPOS), orBlank(wd.XPOS), orBlank(wd.Feats), wd.Head, orBlank(wd.Deprel),
			orBlank(wd.Deps), orBlank(wd.Misc))
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func orBlank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
