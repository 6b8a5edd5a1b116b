package main

import (
	"strings"

	prose2 "github.com/jdkato/prose/v2"
	prose3 "github.com/jdkato/prose/v3"
)

// ptok is a prose token with its byte offset in the text fed to prose, -1
// when it could not be found there.
type ptok struct {
	text, tag, label string
	start            int
}

// pent is a prose entity with its byte range [start, end) in the text fed
// to prose; start is -1 when it could not be placed.
type pent struct {
	label      string
	start, end int
}

// output is what one prose version returned for one text.
type output struct {
	tokens   []ptok
	entities []pent
}

// prose2NewModel returns prose v2's default model (part-of-speech tagger and
// entity classifier), to be shared through prose2.UsingModel: v2 exports no
// constructor for it, but a Document keeps the model it was built with.
func prose2NewModel() (*prose2.Model, error) {
	d, err := prose2.NewDocument("")
	if err != nil {
		return nil, err
	}
	return d.Model, nil
}

// runV2 runs prose v2 on text with the shared model m. Segmentation is
// turned off: it does not feed tagging or extraction in prose, which work on
// the tokens of the whole text.
//
// prose v2 gives neither tokens nor entities an offset, so tokens are found
// in text in order (its tokenizer does not rewrite the CoNLL text, which has
// straight quotes only; a token not found is left unplaced), and an entity,
// whose text is its tokens joined by single spaces, is placed on the first
// run of tokens at or after the previous entity that spells it.
func runV2(text string, m *prose2.Model) (output, error) {
	d, err := prose2.NewDocument(text, prose2.UsingModel(m), prose2.WithSegmentation(false))
	if err != nil {
		return output{}, err
	}
	var out output
	cur := 0
	for _, t := range d.Tokens() {
		start := -1
		if i := strings.Index(text[cur:], t.Text); i >= 0 && t.Text != "" {
			start = cur + i
			cur = start + len(t.Text)
		}
		out.tokens = append(out.tokens, ptok{t.Text, t.Tag, t.Label, start})
	}
	next := 0 // first token an entity may start at
	for _, e := range d.Entities() {
		parts := strings.Split(e.Text, " ")
		ent := pent{label: e.Label, start: -1}
		for k := next; k+len(parts) <= len(out.tokens); k++ {
			if !spells(out.tokens[k:k+len(parts)], parts) {
				continue
			}
			first, last := out.tokens[k], out.tokens[k+len(parts)-1]
			if first.start >= 0 && last.start >= 0 {
				// The source extent of the tokens: prose joins them with
				// single spaces even where the source has none ("U.S" ".").
				ent.start, ent.end = first.start, last.start+len(last.text)
			}
			next = k + len(parts)
			break
		}
		out.entities = append(out.entities, ent)
	}
	return out, nil
}

func spells(toks []ptok, parts []string) bool {
	for i, p := range parts {
		if toks[i].text != p {
			return false
		}
	}
	return true
}

// runV3 runs prose v3 on text; its tokens and entities carry byte offsets.
// Its models are loaded once per process by the library itself.
func runV3(text string) (output, error) {
	d, err := prose3.NewDocument(text, prose3.WithSegmentation(false))
	if err != nil {
		return output{}, err
	}
	var out output
	for _, t := range d.Tokens() {
		out.tokens = append(out.tokens, ptok{t.Text, t.Tag, t.Label, t.Start})
	}
	for _, e := range d.Entities() {
		out.entities = append(out.entities, pent{e.Label, e.Start, e.End()})
	}
	return out, nil
}

// entitySpans places prose's entities (Document.Entities, the library's
// public result) on CoNLL tokens.
func entitySpans(l layout, ents []pent, c *counts) []span {
	var out []span
	for _, e := range ents {
		typ := mapLabel(e.label)
		if typ == "" {
			c.dropped[e.label]++
			continue
		}
		first, end, exact, ok := l.tokens(e.start, e.end)
		if e.start < 0 || !ok {
			c.unaligned++
			continue
		}
		if !exact {
			c.widened++
		}
		out = append(out, span{first, end, typ})
	}
	return out
}

// chunkAll groups labelled tokens into entities as prose's chunker
// (Extracter.Chunk in v3, entityExtracter.chunk in v2, identical) does, with
// one change: an entity still open after the last token is kept, where
// prose drops it. Fed one sentence at a time, prose loses every entity that
// ends a sentence without final punctuation (headlines, sports results,
// datelines); this reading shows what its model finds there.
//
// prose's model labels most tokens of a name B-X ("Benazir/B-PERSON
// Bhutto/B-PERSON"), so its labels cannot be read as IOB tags: the chunker,
// which also runs an entity on over tokens with the part-of-speech tag of
// the one before, is part of its method.
func chunkAll(toks []ptok) []pent {
	var out []pent
	var parts []ptok
	end := ""
	emit := func() {
		if len(parts) == 0 {
			return
		}
		first, last := parts[0], parts[len(parts)-1]
		e := pent{label: chunkLabel(parts), start: -1}
		if first.start >= 0 && last.start >= first.start {
			e.start, e.end = first.start, last.start+len(last.text)
		}
		out = append(out, e)
		parts = parts[:0]
		end = ""
	}
	for _, t := range toks {
		label := t.label
		n := len(parts)
		if (label != "O" && label != end) ||
			(n > 0 && t.tag == parts[n-1].tag) ||
			(n > 0 && t.tag == "CD" && parts[n-1].label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, t)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, t)
			}
			emit()
		}
	}
	emit()
	return out
}

// chunkLabel is prose's parseEntities: PERSON when a two-token entity has a
// B-PERSON, else the type of the first token's label.
func chunkLabel(parts []ptok) string {
	if len(parts) == 2 && (parts[0].label == "B-PERSON" || parts[1].label == "B-PERSON") {
		return "PERSON"
	}
	if i := strings.IndexByte(parts[0].label, '-'); i >= 0 {
		return parts[0].label[i+1:]
	}
	return parts[0].label
}
