package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Entity types of CoNLL-2003, in the order conlleval prints them.
var conllTypes = []string{"LOC", "MISC", "ORG", "PER"}

// span is an entity over the token range [start, end) of one sentence.
type span struct {
	start, end int
	typ        string
}

// sentence is one sentence of a CoNLL file with its gold entities.
type sentence struct {
	words []string
	gold  []span
}

// readCoNLL reads a CoNLL-2003 file: one token a line, token first and NER
// tag last, blank lines between sentences, -DOCSTART- lines between
// documents (ignored here: prose is fed one sentence at a time).
func readCoNLL(r io.Reader) ([]sentence, error) {
	var out []sentence
	var words, tags []string
	flush := func(line int) error {
		if len(words) == 0 {
			return nil
		}
		g, err := iobSpans(tags)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, sentence{words: words, gold: g})
		words, tags = nil, nil
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] == "-DOCSTART-" {
			if err := flush(line); err != nil {
				return nil, err
			}
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want a token and a tag, got %q", line, sc.Text())
		}
		words = append(words, f[0])
		tags = append(tags, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(line); err != nil {
		return nil, err
	}
	return out, nil
}

// iobSpans reads IOB1 or IOB2 tags as conlleval does: B-X always starts an
// entity, I-X starts one unless the previous tag was of type X.
func iobSpans(tags []string) ([]span, error) {
	var out []span
	prev := "" // type of the previous tag, "" after O
	for i, t := range tags {
		if t == "O" {
			prev = ""
			continue
		}
		if len(t) < 3 || t[1] != '-' || (t[0] != 'B' && t[0] != 'I') {
			return nil, fmt.Errorf("bad tag %q", t)
		}
		typ := t[2:]
		if t[0] == 'I' && prev == typ {
			out[len(out)-1].end = i + 1
		} else {
			out = append(out, span{i, i + 1, typ})
		}
		prev = typ
	}
	return out, nil
}

// mapLabel maps a prose entity label (the ACE labels of NLTK's maxent
// chunker, which prose was trained on) to a CoNLL type, "" to drop it.
//
// PERSON is PER; GPE, GSP (geo-socio-political, the older ACE name of GPE)
// and LOCATION are LOC; ORGANIZATION is ORG. FACILITY (buildings, airports,
// roads) has no CoNLL counterpart, where such names are LOC, ORG or MISC by
// context, and is dropped rather than counted as MISC: counting it as MISC
// would only add wrong MISC predictions. prose has no label for MISC
// (nationalities, events, works), so its MISC recall is 0 by construction;
// the "PER+LOC+ORG" line of the report leaves MISC out on both sides.
func mapLabel(l string) string {
	switch l {
	case "PERSON":
		return "PER"
	case "GPE", "GSP", "LOCATION":
		return "LOC"
	case "ORGANIZATION":
		return "ORG"
	}
	return ""
}

// layout is a sentence written as its tokens joined by single spaces, with
// the byte range of each token.
type layout struct {
	text       string
	start, end []int
}

func newLayout(words []string) layout {
	var b strings.Builder
	l := layout{start: make([]int, len(words)), end: make([]int, len(words))}
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		l.start[i] = b.Len()
		b.WriteString(w)
		l.end[i] = b.Len()
	}
	l.text = b.String()
	return l
}

// tokenAt returns the index of the token holding byte off, or -1 when off
// falls on a space or outside the text.
func (l layout) tokenAt(off int) int {
	lo, hi := 0, len(l.start)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case off < l.start[m]:
			hi = m
		case off >= l.end[m]:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// tokens maps the byte range [start, end) to the CoNLL tokens it touches.
// ok is false when the range is empty or starts or ends on a space; exact is
// false when it cuts a CoNLL token (the span is then widened to whole
// tokens, which can only help the system being scored).
func (l layout) tokens(start, end int) (first, last int, exact, ok bool) {
	if start < 0 || end <= start {
		return 0, 0, false, false
	}
	first, last = l.tokenAt(start), l.tokenAt(end-1)
	if first < 0 || last < 0 {
		return 0, 0, false, false
	}
	return first, last + 1, l.start[first] == start && l.end[last] == end, true
}

// counts is what one system found against the gold standard, per type.
type counts struct {
	gold, found, correct map[string]int
	dropped              map[string]int // prose labels with no CoNLL type
	unaligned            int            // predictions that could not be placed on CoNLL tokens
	widened              int            // predictions that cut a CoNLL token and were widened

	// spanCorrect counts predictions whose token range is a gold entity's,
	// whatever the types: it shows how much of the gap is the label set
	// (prose calls "German" GPE, CoNLL calls it MISC) rather than the spans.
	spanCorrect int
}

func newCounts() *counts {
	return &counts{
		gold: map[string]int{}, found: map[string]int{}, correct: map[string]int{},
		dropped: map[string]int{},
	}
}

// add scores one sentence: a predicted entity is correct when a gold entity
// has exactly its token range and type.
func (c *counts) add(gold, pred []span) {
	g := make(map[span]bool, len(gold))
	r := make(map[[2]int]bool, len(gold))
	for _, s := range gold {
		g[s] = true
		r[[2]int{s.start, s.end}] = true
		c.gold[s.typ]++
	}
	seen := make(map[span]bool, len(pred))
	for _, s := range pred {
		if seen[s] { // two prose entities widened onto the same tokens count once
			continue
		}
		seen[s] = true
		c.found[s.typ]++
		if g[s] {
			c.correct[s.typ]++
		}
		if r[[2]int{s.start, s.end}] {
			c.spanCorrect++
		}
	}
}

// score is precision, recall and F1 in percent.
type score struct {
	gold, found, correct int
	p, r, f              float64
}

func newScore(gold, found, correct int) score {
	s := score{gold: gold, found: found, correct: correct}
	if found > 0 {
		s.p = 100 * float64(correct) / float64(found)
	}
	if gold > 0 {
		s.r = 100 * float64(correct) / float64(gold)
	}
	if s.p+s.r > 0 {
		s.f = 2 * s.p * s.r / (s.p + s.r)
	}
	return s
}

// sum is the micro-averaged score over types.
func (c *counts) sum(types ...string) score {
	var g, f, k int
	for _, t := range types {
		g += c.gold[t]
		f += c.found[t]
		k += c.correct[t]
	}
	return newScore(g, f, k)
}

// scorePredictions scores "token gold predicted" lines, a blank line after
// each sentence (the predictions entities.EvaluateCoNLL writes).
func scorePredictions(r io.Reader) (*counts, error) {
	c := newCounts()
	var gold, pred []string
	flush := func(line int) error {
		if len(gold) == 0 {
			return nil
		}
		g, err := iobSpans(gold)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		p, err := iobSpans(pred)
		if err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		c.add(g, p)
		gold, pred = gold[:0], pred[:0]
		return nil
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			if err := flush(line); err != nil {
				return nil, err
			}
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want token, gold and predicted tag, got %q", line, sc.Text())
		}
		gold = append(gold, f[1])
		pred = append(pred, f[2])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(line); err != nil {
		return nil, err
	}
	return c, nil
}
