package syntax

import (
	"fmt"
	"io"

	"factpipe/stages/syntax/conllu"
)

// Score counts the words of a treebank that a parse gets right, as the
// CoNLL 2018 shared task does on gold tokens: the universal tag (UPOS),
// the head (UAS), and the head with the universal part of the relation
// (LAS, "nsubj" of "nsubj:pass"); punctuation counts.
type Score struct {
	Words, UPOS, Heads, Labelled int
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// UPOSAccuracy, UAS and LAS are percentages of the words.
func (s Score) UPOSAccuracy() float64 { return pct(s.UPOS, s.Words) }
func (s Score) UAS() float64          { return pct(s.Heads, s.Words) }
func (s Score) LAS() float64          { return pct(s.Labelled, s.Words) }

func (s Score) String() string {
	return fmt.Sprintf("UPOS %.2f  UAS %.2f  LAS %.2f  (%d words)", s.UPOSAccuracy(), s.UAS(), s.LAS(), s.Words)
}

// add counts the parse of gold by m: tag numbers, heads and relations of
// words 1..n at index 1..n.
func (s *Score) add(m *model, gold *conllu.Sentence, tags []int, heads, labels []int32) {
	for i, w := range gold.Words {
		s.Words++
		if m.upos[tags[i]] == w.UPOS {
			s.UPOS++
		}
		if int(heads[i+1]) == w.Head {
			s.Heads++
			if conllu.Universal(m.labels[labels[i+1]]) == conllu.Universal(w.Deprel) {
				s.Labelled++
			}
		}
	}
}

// Evaluate parses every sentence of the CoNLL-U input r from its words
// (the FORM column, each word of a multiword token as given) written in
// casing c, and scores the parse against the file's annotation. When pred
// is not nil, it also writes the sentences there in CoNLL-U with their
// comments, IDs, forms, multiword tokens and MISC column, the predicted
// UPOS, XPOS, HEAD and DEPREL, and "_" in the other columns.
func (p *Parser) Evaluate(r io.Reader, c Casing, pred io.Writer) (Score, error) {
	var sc Score
	cr := conllu.NewReader(r)
	w := p.get()
	defer p.put(w)
	var words []string
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return sc, nil
		}
		if err != nil {
			return sc, fmt.Errorf("syntax: %w", err)
		}
		words = words[:0]
		for _, wd := range s.Words {
			words = append(words, c.Apply(wd.Form))
		}
		p.m.run(words, w)
		sc.add(p.m, s, w.tags, w.heads, w.labels)
		if pred != nil {
			if err := conllu.Write(pred, p.predicted(s, w)); err != nil {
				return sc, fmt.Errorf("syntax: %w", err)
			}
		}
	}
}

// predicted returns s with the parse in w in place of its annotation.
func (p *Parser) predicted(s *conllu.Sentence, w *work) *conllu.Sentence {
	out := &conllu.Sentence{Comments: s.Comments, Ranges: s.Ranges, Words: make([]conllu.Word, len(s.Words))}
	for i, wd := range s.Words {
		out.Words[i] = conllu.Word{
			ID: wd.ID, Form: wd.Form, UPOS: p.m.upos[w.tags[i]], XPOS: p.m.xpos[w.tags[i]],
			Head: int(w.heads[i+1]), Deprel: p.m.labels[w.labels[i+1]], Misc: wd.Misc,
		}
	}
	return out
}
