package pipeline

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"

	"factpipe/doc"
)

// Extract runs the per-document stages of st on one file's bytes, in the
// order Run runs them (decode and tokenize, parse, entities, figures), and
// returns the document's result. It is the whole per-document part of a
// run as one call, for runners that schedule documents themselves (the
// Apache Beam runner of beam/). An error rejects the file: its text is the
// reason, as the rejects table gives it; a panic in a stage is such an
// error too. Extract is safe for concurrent use, as the stages are.
func (st Stages) Extract(path string, raw []byte) (res doc.Result, err error) {
	it := &item{path: path, raw: raw}
	for _, s := range []struct {
		name string
		fn   func(*item)
	}{
		{"prepare", st.prepare},
		{"syntax", st.parse},
		{"entities", func(it *item) { it.mentions = st.Entities(it.doc) }},
		{"figures", st.figures},
	} {
		if guarded(it, s.name, s.fn); it.reject != "" {
			return doc.Result{}, errors.New(it.reject)
		}
	}
	return it.result, nil
}

// prepare decodes and tokenizes the item's document.
func (st Stages) prepare(it *item) {
	d, err := st.Decode(it.path, it.raw)
	it.raw = nil
	if err != nil {
		it.reject = err.Error()
		return
	}
	st.Tokenize(d)
	it.doc = d
}

// parse sets the syntax of the item's document, when st parses.
// figures runs the figures stage and reads the keywords, making the
// document's result.
func (st Stages) figures(it *item) {
	figs, evs := st.Figures(it.doc, it.mentions)
	it.result = doc.Result{Doc: doc.InfoOf(it.doc), Mentions: it.mentions, Figures: figs, Events: evs}
	if st.Keywords != nil {
		it.result.Keywords = st.Keywords(it.doc)
	}
}

func (st Stages) parse(it *item) {
	if st.Parse != nil {
		it.doc.Syntax = st.Parse(it.doc)
	}
}

// EncodeResult encodes a result as the cache and the spill store it: gob,
// with the figures' set numbers kept even when they are 0.
func EncodeResult(r doc.Result) ([]byte, error) {
	b, err := encodeResult(r)
	if err != nil {
		return nil, fmt.Errorf("pipeline: encoding the result of %s: %w", r.Doc.Path, err)
	}
	return b, nil
}

// DecodeResult decodes what EncodeResult encoded.
func DecodeResult(b []byte) (doc.Result, error) {
	r, err := decodeResult(b)
	if err != nil {
		return doc.Result{}, fmt.Errorf("pipeline: decoding a result: %w", err)
	}
	return r, nil
}

// EncodeDigest encodes a digest like EncodeResult a result. The names'
// counts travel with them, as mentions of the name.
func EncodeDigest(d doc.Digest) ([]byte, error) {
	w := wireDigest{Doc: d.Doc, Events: d.Events, Figures: toWire(doc.Result{Figures: d.Figures}), Keywords: d.Keywords}
	w.Names = make([]wireName, len(d.Names))
	for i, n := range d.Names {
		w.Names[i] = wireName{Name: *n.Name, Count: n.Count}
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(w); err != nil {
		return nil, fmt.Errorf("pipeline: encoding the digest of %s: %w", d.Doc.Path, err)
	}
	return b.Bytes(), nil
}

// DecodeDigest decodes what EncodeDigest encoded.
func DecodeDigest(b []byte) (doc.Digest, error) {
	var w wireDigest
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return doc.Digest{}, fmt.Errorf("pipeline: decoding a digest: %w", err)
	}
	figs, err := w.Figures.result()
	if err != nil {
		return doc.Digest{}, fmt.Errorf("pipeline: decoding a digest: %w", err)
	}
	d := doc.Digest{Doc: w.Doc, Figures: figs.Figures, Events: w.Events, Keywords: w.Keywords}
	if len(w.Names) > 0 {
		d.Names = make([]doc.NameCount, len(w.Names))
		for i := range w.Names {
			d.Names[i] = doc.NameCount{Name: &w.Names[i].Name, Count: w.Names[i].Count}
		}
	}
	return d, nil
}

// wireDigest is a doc.Digest as gob carries it; Figures holds only the
// digest's figures.
type wireDigest struct {
	Doc      doc.Info
	Names    []wireName
	Figures  wireResult
	Events   []doc.Event
	Keywords []doc.Keyword
}

type wireName struct {
	Name  doc.Name
	Count int
}

// ReadInput reads the input file at path as Run does: a regular file of at
// most maxBytes bytes. Its error is the reject reason.
func ReadInput(path string, maxBytes int64) ([]byte, error) {
	return readFile(path, maxBytes)
}
