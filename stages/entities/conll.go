package entities

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// conllSent is one sentence of a CoNLL-2003 file.
type conllSent struct {
	words []string // as in the file
	gold  []string // the last column: IOB tags
	spans []span   // gold entities
}

// conllDoc is the sentences between two -DOCSTART- lines.
type conllDoc struct {
	sents []conllSent
}

// readCoNLL reads a CoNLL-2003 file: one token a line with the token first
// and the NER tag last, blank lines between sentences, -DOCSTART- lines
// between documents. Tags may be IOB1 or IOB2.
func readCoNLL(r io.Reader) ([]conllDoc, error) {
	var docs []conllDoc
	var cur conllDoc
	var s conllSent
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	endSent := func() error {
		if len(s.words) == 0 {
			return nil
		}
		sp, err := iobSpans(s.gold)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		s.spans = sp
		cur.sents = append(cur.sents, s)
		s = conllSent{}
		return nil
	}
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			if err := endSent(); err != nil {
				return nil, err
			}
			continue
		}
		if f[0] == "-DOCSTART-" {
			if err := endSent(); err != nil {
				return nil, err
			}
			if len(cur.sents) > 0 {
				docs = append(docs, cur)
			}
			cur = conllDoc{}
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want a token and a tag, got %q", line, sc.Text())
		}
		s.words = append(s.words, f[0])
		s.gold = append(s.gold, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := endSent(); err != nil {
		return nil, err
	}
	if len(cur.sents) > 0 {
		docs = append(docs, cur)
	}
	return docs, nil
}

func typeIndex(name string) (int, error) {
	for i, n := range typeNames {
		if n == name {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown entity type %q", name)
}

// iobSpans reads the entities off IOB1 or IOB2 tags: B-X always starts an
// entity, I-X starts one unless it follows a tag of type X.
func iobSpans(tags []string) ([]span, error) {
	var out []span
	cur := -1 // index into out of the open entity
	for i, t := range tags {
		if t == "O" {
			cur = -1
			continue
		}
		if len(t) < 3 || t[1] != '-' || (t[0] != 'B' && t[0] != 'I') {
			return nil, fmt.Errorf("bad tag %q", t)
		}
		typ, err := typeIndex(t[2:])
		if err != nil {
			return nil, err
		}
		if t[0] == 'I' && cur >= 0 && out[cur].typ == typ {
			out[cur].end = i + 1
			continue
		}
		out = append(out, span{i, i + 1, typ})
		cur = len(out) - 1
	}
	return out, nil
}

// iobTags writes spans over n tokens as IOB tags: IOB2 ("B-" starts every
// entity) or IOB1 ("B-" only for an entity right after one of its type).
func iobTags(spans []span, n int, iob2 bool) []string {
	tags := make([]string, n)
	for i := range tags {
		tags[i] = "O"
	}
	prevEnd, prevTyp := -1, -1
	for _, s := range spans {
		first := "I-"
		if iob2 || (prevEnd == s.start && prevTyp == s.typ) {
			first = "B-"
		}
		tags[s.start] = first + typeNames[s.typ]
		for i := s.start + 1; i < s.end; i++ {
			tags[i] = "I-" + typeNames[s.typ]
		}
		prevEnd, prevTyp = s.end, s.typ
	}
	return tags
}

// isIOB2 reports whether tags use IOB2: some entity after a non-entity
// starts with "B-", and none starts with "I-".
func isIOB2(docs []conllDoc) bool {
	b := false
	for _, d := range docs {
		for _, s := range d.sents {
			for i, t := range s.gold {
				if t == "O" {
					continue
				}
				startsAfterOther := i == 0 || s.gold[i-1] == "O" || s.gold[i-1][2:] != t[2:]
				if !startsAfterOther {
					continue
				}
				if t[0] == 'I' {
					return false
				}
				b = true
			}
		}
	}
	return b
}

// Score is precision, recall and F1 of one entity type, or of all of them.
type Score struct {
	Type      string // "PER", "LOC", "ORG", "MISC" or "overall"
	Gold      int    // entities in the file
	Found     int    // entities predicted
	Correct   int    // predicted with exactly the span and type of a gold entity
	Precision float64
	Recall    float64
	F1        float64
}

func (s *Score) finish() {
	if s.Found > 0 {
		s.Precision = 100 * float64(s.Correct) / float64(s.Found)
	}
	if s.Gold > 0 {
		s.Recall = 100 * float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Report is the entity-level evaluation of a tagger on a CoNLL file, as the
// CoNLL-2003 conlleval script computes it.
type Report struct {
	Tokens, Sentences int
	Accuracy          float64 // per-token tag accuracy, percent
	Overall           Score
	Types             []Score // PER, LOC, ORG, MISC
}

// String formats r like conlleval, types in alphabetical order.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		r.Tokens, r.Overall.Gold, r.Overall.Found, r.Overall.Correct)
	fmt.Fprintf(&b, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		r.Accuracy, r.Overall.Precision, r.Overall.Recall, r.Overall.F1)
	types := slices.Clone(r.Types)
	slices.SortFunc(types, func(a, b Score) int { return strings.Compare(a.Type, b.Type) })
	for _, s := range types {
		fmt.Fprintf(&b, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n",
			s.Type, s.Precision, s.Recall, s.F1, s.Found)
	}
	return b.String()
}

// scorer accumulates a Report.
type scorer struct {
	r       Report
	types   [nTypes]Score
	correct int // tokens with the right tag
}

func (sc *scorer) add(gold, pred []span, goldTags, predTags []string) {
	sc.r.Sentences++
	sc.r.Tokens += len(goldTags)
	for i := range goldTags {
		if goldTags[i] == predTags[i] {
			sc.correct++
		}
	}
	for _, g := range gold {
		sc.types[g.typ].Gold++
	}
	for _, p := range pred {
		sc.types[p.typ].Found++
		for _, g := range gold {
			if g == p {
				sc.types[p.typ].Correct++
				break
			}
		}
	}
}

func (sc *scorer) report() Report {
	r := sc.r
	r.Overall = Score{Type: "overall"}
	r.Types = nil
	for i, s := range sc.types {
		s.Type = typeNames[i]
		s.finish()
		r.Types = append(r.Types, s)
		r.Overall.Gold += s.Gold
		r.Overall.Found += s.Found
		r.Overall.Correct += s.Correct
	}
	r.Overall.finish()
	if r.Tokens > 0 {
		r.Accuracy = 100 * float64(sc.correct) / float64(r.Tokens)
	}
	return r
}

// EvaluateCoNLL tags the sentences of the CoNLL-2003 file r with the
// embedded model (see Load) and scores the entities found against the
// file's. When predictions is not nil it gets "token gold predicted" lines,
// a blank line after each sentence, with tags in the input's IOB scheme, so
// that conlleval can check the scores.
func EvaluateCoNLL(r io.Reader, predictions io.Writer) (Report, error) {
	t, err := Load()
	if err != nil {
		return Report{}, err
	}
	return t.EvaluateCoNLL(r, predictions)
}

// EvaluateCoNLL is like the package function EvaluateCoNLL with tagger t.
func (t *Tagger) EvaluateCoNLL(r io.Reader, predictions io.Writer) (Report, error) {
	return t.EvaluateCoNLLCasing(r, predictions, CaseAsIs)
}

// EvaluateCoNLLCasing is like EvaluateCoNLL with the words of the file
// rewritten in casing c before tagging ("PARIS", "paris"); the gold tags
// are those of the file, and the predictions file shows the words as
// tagged.
func EvaluateCoNLLCasing(r io.Reader, predictions io.Writer, c Casing) (Report, error) {
	t, err := Load()
	if err != nil {
		return Report{}, err
	}
	return t.EvaluateCoNLLCasing(r, predictions, c)
}

// EvaluateCoNLLCasing is like the package function EvaluateCoNLLCasing
// with tagger t.
func (t *Tagger) EvaluateCoNLLCasing(r io.Reader, predictions io.Writer, c Casing) (Report, error) {
	docs, err := readCoNLL(r)
	if err != nil {
		return Report{}, fmt.Errorf("entities: evaluate: %w", err)
	}
	var w *bufio.Writer
	if predictions != nil {
		w = bufio.NewWriter(predictions)
	}
	rep := t.evaluate(docs, w, isIOB2(docs), c)
	if w != nil {
		if err := w.Flush(); err != nil {
			return Report{}, fmt.Errorf("entities: evaluate: %w", err)
		}
	}
	return rep, nil
}

// evaluate tags docs, their words in casing c, and scores the tags
// against their gold ones; when w is not nil it also writes "token gold
// predicted" lines, with IOB2 tags when iob2 is set, else IOB1.
func (t *Tagger) evaluate(docs []conllDoc, w *bufio.Writer, iob2 bool, c Casing) Report {
	var sc scorer
	var scr scratch
	for _, d := range docs {
		words := make([][]string, len(d.sents))
		for i, s := range d.sents {
			words[i] = c.applyWords(normalizeWords(s.words))
		}
		infos := prepareDoc(words, t.m.clus, t.m.gaz)
		hist := history{}
		for i, s := range d.sents {
			tags := t.m.tag(infos[i], &scr, hist)
			hist.add(infos[i], tags)
			pred := bilouSpans(tags, nil)
			predTags := iobTags(pred, len(s.words), iob2)
			sc.add(s.spans, pred, s.gold, predTags)
			if w != nil {
				for j, word := range s.words {
					fmt.Fprintf(w, "%s %s %s\n", c.Apply(word), s.gold[j], predTags[j])
				}
				w.WriteByte('\n')
			}
		}
	}
	return sc.report()
}

func normalizeWords(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = normalizeToken(w)
	}
	return out
}
