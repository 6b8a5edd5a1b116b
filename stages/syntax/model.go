package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// model is a trained tagger and parser. It is read-only once built.
type model struct {
	upos, xpos []string // per tag number
	labels     []string // per relation number
	root       int32    // the relation number of "root"
	tagger     table    // tag scores of a word
	moves      table    // move scores of a configuration
	rels       table    // relation scores of an arc
}

// work is the scratch space of one sentence, reused across sentences.
type work struct {
	sc        wordScratch
	infos     []wordInfo
	tags      []int
	heads     []int32
	labels    []int32
	keys      []uint64
	tagScores []int32
	relScores []int32
	pw        parseWords
	st        parseState
}

// run tags and parses words, leaving the tags, heads (0 for the root,
// else a word number from 1) and relations in w.tags, w.heads[1:] and
// w.labels[1:].
func (m *model) run(words []string, w *work) {
	n := len(words)
	w.infos = resize(w.infos, n)
	for i, wd := range words {
		describe(wd, &w.sc, &w.infos[i])
	}
	w.tags = resize(w.tags, n)
	w.tagScores = resize(w.tagScores, m.tagger.nClass)
	w.keys = tagSentence(&m.tagger, w.infos, w.tags, w.keys, w.tagScores)
	m.parse(w)
}

// parse parses the described and tagged words of w.
func (m *model) parse(w *work) {
	n := len(w.infos)
	w.pw.reset(len(m.upos), w.infos, w.tags)
	w.st.reset(n)
	w.relScores = resize(w.relScores, m.rels.nClass)
	v := m.view(&w.st, &w.pw)
	var scores [nActions]int32
	for !w.st.terminal() {
		w.keys = moveKeys(&v, w.keys[:0])
		scores = [nActions]int32{}
		m.moves.score(w.keys, scores[:])
		a := bestValid(&w.st, scores[:])
		label := int32(-1)
		if a != actShift {
			h, d := w.st.arc(a)
			label = m.label(&v, a, h, d, w)
		}
		w.st.apply(a, label)
	}
	w.heads = resize(w.heads, n+1)
	w.labels = resize(w.labels, n+1)
	for i := 1; i <= n; i++ {
		w.heads[i], w.labels[i] = w.st.nodes[i].head, w.st.nodes[i].label
	}
}

func (m *model) view(s *parseState, pw *parseWords) view {
	return view{s: s, pw: pw, pNone: uint64(len(m.upos) + 2), lNone: uint64(len(m.labels)), labels: len(m.labels)}
}

// label names the arc from h to d made by move a.
func (m *model) label(v *view, a int, h, d int32, w *work) int32 {
	if h == 0 {
		return m.root
	}
	w.keys = relKeys(v, a, h, d, w.keys[:0])
	clear(w.relScores)
	m.rels.score(w.keys, w.relScores)
	w.relScores[m.root] = math.MinInt32
	return int32(argmax(w.relScores))
}

// bestValid returns the best-scoring move that s allows.
func bestValid[T int32 | float32](s *parseState, scores []T) int {
	best := -1
	for a := range nActions {
		if s.valid(a) && (best < 0 || scores[a] > scores[best]) {
			best = a
		}
	}
	return best
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

const modelMagic = "factpipe-syntax-1\n"

// write writes m gzip-compressed.
func (m *model) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	for _, list := range [][]string{m.upos, m.xpos, m.labels} {
		if err := writeStrings(bw, list); err != nil {
			return err
		}
	}
	if err := binary.Write(bw, binary.LittleEndian, m.root); err != nil {
		return err
	}
	for _, t := range []*table{&m.tagger, &m.moves, &m.rels} {
		if err := t.write(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func readModel(r io.Reader) (*model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	br := bufio.NewReader(zr)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a factpipe syntax model")
	}
	m := &model{}
	for _, list := range []*[]string{&m.upos, &m.xpos, &m.labels} {
		if *list, err = readStrings(br); err != nil {
			return nil, err
		}
	}
	if err := binary.Read(br, binary.LittleEndian, &m.root); err != nil {
		return nil, err
	}
	for _, t := range []*table{&m.tagger, &m.moves, &m.rels} {
		if *t, err = readTable(br); err != nil {
			return nil, err
		}
	}
	return m, m.check()
}

// check verifies that the parts of m agree.
func (m *model) check() error {
	switch {
	case len(m.upos) == 0 || len(m.upos) != len(m.xpos) || m.tagger.nClass != len(m.upos) || len(m.upos) > 250:
		return fmt.Errorf("model: %d tags, %d fine tags, %d tagger classes", len(m.upos), len(m.xpos), m.tagger.nClass)
	case len(m.labels) > 64 || m.rels.nClass != len(m.labels):
		return fmt.Errorf("model: %d relations, %d relation classes", len(m.labels), m.rels.nClass)
	case m.root < 0 || int(m.root) >= len(m.labels):
		return fmt.Errorf("model: root relation %d", m.root)
	case m.moves.nClass != nActions:
		return fmt.Errorf("model: %d moves", m.moves.nClass)
	}
	return nil
}

func writeStrings(w io.Writer, list []string) error {
	if err := binary.Write(w, binary.LittleEndian, uint32(len(list))); err != nil {
		return err
	}
	for _, s := range list {
		if err := binary.Write(w, binary.LittleEndian, uint32(len(s))); err != nil {
			return err
		}
		if _, err := io.WriteString(w, s); err != nil {
			return err
		}
	}
	return nil
}

func readStrings(r io.Reader) ([]string, error) {
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	if n > 1024 {
		return nil, fmt.Errorf("model: list of %d names", n)
	}
	out := make([]string, n)
	for i := range out {
		var k uint32
		if err := binary.Read(r, binary.LittleEndian, &k); err != nil {
			return nil, err
		}
		if k > 256 {
			return nil, fmt.Errorf("model: name of %d bytes", k)
		}
		b := make([]byte, k)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, err
		}
		out[i] = string(b)
	}
	return out, nil
}
