// Package entities finds the names of people, places and organisations in
// a tokenized document.
//
// The tagger is a linear sequence model over BILOU tags (Begin, Inside,
// Last, Unit, Outside for each of PER, LOC, ORG and MISC), trained with the
// averaged structured perceptron on CoNLL-2003 and decoded with Viterbi
// under the BILOU constraints. Its features are hashed to 64-bit keys:
// word, lower case, shape, prefixes and suffixes, two words of context on
// each side, capitalisation evidence from the rest of the document, the
// labels given to a lone capitalised word earlier in the document, word
// clusters learnt from unlabeled news, and names seen in the training data.
// The trained model is embedded in the package (model/ner.bin.gz) and is
// rebuilt, byte for byte, with cmd/nertrain.
//
// Rules over the model's output (rules.go) add knowledge of the world the
// training data lacks: seats of government ("the Kremlin") and online
// platforms are organisations; holidays, interjections and technical
// abbreviations are no names; names built on a possessive ("King's College
// London") are kept whole; an institution head before "of" joins the name
// after it ("Ministry of Defence"); honorifics, company suffixes, street
// words and lists of names settle a name's kind; and furniture spans of
// the document are skipped. A tagger made with New also consults a
// gazetteer: known places and countries, first names, and a stable
// reference for every place it resolves (doc.Mention.Ref).
package entities

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"factpipe/doc"
	geo "factpipe/gazetteer"
)

//go:embed model
var modelFS embed.FS

// ModelPath is the path of the embedded model inside the package
// directory.
const ModelPath = "model/ner.bin.gz"

// Tagger finds entity mentions. A *Tagger is read-only and safe for
// concurrent use.
type Tagger struct {
	m   *model
	gaz *geo.Gazetteer // nil: no world knowledge beyond the model
}

var loadEmbedded = sync.OnceValues(func() (*Tagger, error) {
	b, err := modelFS.ReadFile(ModelPath)
	if err != nil {
		return nil, fmt.Errorf("entities: embedded model: %w", err)
	}
	return LoadModel(bytes.NewReader(b))
})

// Load returns the tagger of the embedded model. The model is decoded on
// the first call only; every call returns the same *Tagger.
func Load() (*Tagger, error) { return loadEmbedded() }

// New returns a tagger of the embedded model that also consults g: known
// places and countries (to keep "a Patriot missile battery" or a person
// tagged as a place out of the places), first names, and the stable
// reference of each place (Mention.Ref). g must not be nil; the model is
// decoded once and shared with Load.
func New(g *geo.Gazetteer) (*Tagger, error) {
	if g == nil {
		return nil, fmt.Errorf("entities: New: nil gazetteer")
	}
	t, err := loadEmbedded()
	if err != nil {
		return nil, err
	}
	return &Tagger{m: t.m, gaz: g}, nil
}

// LoadModel reads a model written by (*Tagger).WriteModel.
func LoadModel(r io.Reader) (*Tagger, error) {
	m, err := readModel(r)
	if err != nil {
		return nil, fmt.Errorf("entities: load model: %w", err)
	}
	return &Tagger{m: m}, nil
}

// WriteModel writes the tagger's model, gzip-compressed.
func (t *Tagger) WriteModel(w io.Writer) error {
	if err := t.m.write(w); err != nil {
		return fmt.Errorf("entities: write model: %w", err)
	}
	return nil
}

// Features returns the number of weighted features of the model, of all
// document classes.
func (t *Tagger) Features() int { return t.m.features() }

// Tag returns the mentions of people, places and organisations in d, in
// text order. It reads d.Text, d.Tokens and d.Sentences and skips
// sentences of kind doc.Furniture.
//
// The model's MISC entities (nationalities, events) are not returned. A
// person's title or role written before the name ("Defence Minister",
// "Lt Gen", "Dr") is left out of the mention and put in Mention.Title; the
// possessive 's is never part of a mention. Headlines in title case, where
// capitals say little, are read as if written in capitals (as the headlines
// of the training data are), and a name found in one is kept only when a
// mention of the same kind elsewhere in the document supports it. Tokens
// inside d.Furniture are skipped. Place mentions carry Ref when the tagger
// resolves them (countries always; cities and regions only with New).
func (t *Tagger) Tag(d *doc.Document) []doc.Mention {
	var (
		words [][]string   // feature text of the pseudo-tokens of each sentence kept
		toks  [][]doc.Span // byte spans of the pseudo-tokens
		sidx  []int        // sentence index of each kept sentence
		title []bool       // whether each kept sentence is a title-case headline
	)
	for si, s := range d.Sentences {
		if s.Kind == doc.Furniture || s.First >= s.Last || s.Last > len(d.Tokens) {
			continue
		}
		ws, sp := splitSentence(d, s)
		tc := s.Kind == doc.Headline && titleCase(ws)
		if tc {
			for i, w := range ws {
				ws[i] = upperString(w)
			}
		}
		title = append(title, tc)
		words = append(words, ws)
		toks = append(toks, sp)
		sidx = append(sidx, si)
	}
	if len(words) == 0 {
		return nil
	}
	infos := prepareDoc(words, t.m.clus, t.m.gaz)
	caseless := caselessInfos(infos)
	if caseless {
		clear(title) // in a document all in capitals the headline's are no weaker than the body's
	}
	var sc scratch
	var out []doc.Mention
	var spans []span
	headline := make([]bool, 0, 8)
	var weak []bool // one-word places and organisations with no support but the tag
	hist := history{}
	for k := range words {
		tags := t.m.tag(infos[k], &sc, hist)
		hist.add(infos[k], tags)
		spans = joinPossessive(words[k], bilouSpans(tags, spans[:0]), caseless)
		si := sidx[k]
		first := len(out)
		for _, sp := range spans {
			m, ok := t.makeMention(d, words[k], toks[k], sp, caseless)
			if !ok {
				continue
			}
			m.Sentence = si
			if n := len(out); n > first && out[n-1].End > m.Start {
				// A rule widened m over the mention before it
				// ("Ministry" "of" "Defence" tagged apart).
				out, headline, weak = out[:n-1], headline[:n-1], weak[:n-1]
			}
			out = append(out, m)
			headline = append(headline, title[k])
			weak = append(weak, m.Kind != doc.Person && t.weakName(words[k], sp.start, sp.end))
		}
	}
	personSurnames(out, weak)
	t.settleKinds(out)
	t.coordinate(d.Text, out)
	return filterHeadlines(out, headline)
}

// kindOf maps CoNLL types to mention kinds; MISC has none.
var kindOf = [nTypes]doc.Kind{doc.Person, doc.Place, doc.Organization, ""}

// makeMention turns the entity sp over a sentence's pseudo-tokens into a
// mention: titles split off, possessives and edge punctuation dropped, a
// lone nationality word dropped. caseless tells a document without case.
func (t *Tagger) makeMention(d *doc.Document, words []string, toks []doc.Span, sp span, caseless bool) (doc.Mention, bool) {
	kind := kindOf[sp.typ]
	if kind == "" {
		return doc.Mention{}, false
	}
	start, end := sp.start, sp.end
	// The possessive and punctuation at the edges are never part of a name.
	for end > start && (isPossessive(words[end-1]) || isEdgePunct(words[end-1])) {
		end--
	}
	for start < end && isEdgePunct(words[start]) {
		start++
	}
	if start == end {
		return doc.Mention{}, false
	}
	kind, start, end, ok := t.refine(words, caseless, kind, start, end)
	if !ok {
		return doc.Mention{}, false
	}
	if end-start == 1 && (t.m.demonym.has(words[start]) || groupWords[strings.ToLower(words[start])]) {
		return doc.Mention{}, false // "Poles", "Ukrainians": people, not a person or place
	}
	title := ""
	if kind == doc.Person {
		// Title words inside the span ("President Bill Clinton" tagged
		// whole) and right before it ("Defence Minister Sergei ...") form
		// one run [first, last).
		last := start
		for last < end-1 && isTitleWord(words[last]) {
			last++
		}
		first := start
		for first > 0 && isTitleWord(words[first-1]) {
			first--
		}
		run := words[first:last]
		switch {
		case hasRoleHead(run):
			title = d.Text[toks[first].Start:toks[last-1].End]
			start = last
		case last > start && onlyHonorifics(words[start:last]):
			// "Mr", "Mrs": dropped from the name but no title.
			start = last
		}
		if end-start == 1 && isTitleWord(words[start]) {
			return doc.Mention{}, false // a bare title ("General") is no name
		}
		if title == "" {
			// An apposition: "Sergei Ivanov, the defence minister, said".
			if a, b, ok := appositiveTitle(words, end); ok {
				title = d.Text[toks[a].Start:toks[b-1].End]
			}
		}
	}
	m := doc.Mention{
		Kind:  kind,
		Start: toks[start].Start,
		End:   toks[end-1].End,
		Title: title,
	}
	m.Text = d.Text[m.Start:m.End]
	if kind == doc.Place {
		m.Ref = t.ref(m.Text)
		if caseless {
			m.Ref = t.ref(upperString(m.Text)) // "uk" is the country, as "UK" is, not a town "Uk"
		}
	}
	return m, true
}

// filterHeadlines drops the mentions found in title-case headlines
// (headline[i]) that no mention outside them supports: the same kind, and a
// name that contains the headline's or is contained in it, ignoring case.
func filterHeadlines(ms []doc.Mention, headline []bool) []doc.Mention {
	some := false
	for _, h := range headline {
		some = some || h
	}
	if !some {
		return ms
	}
	out := make([]doc.Mention, 0, len(ms))
	for i, m := range ms {
		if !headline[i] {
			out = append(out, m)
			continue
		}
		for j, b := range ms {
			if headline[j] || b.Kind != m.Kind {
				continue
			}
			if containsFold(b.Text, m.Text) || containsFold(m.Text, b.Text) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}
