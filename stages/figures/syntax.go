package figures

import (
	"strings"

	"factpipe/doc"
)

// SyntaxWanted returns, in order, the sentences of d whose parse the stage
// reads: content sentences that hold a number, a currency sign, a
// negative count ("no one", "none") or a verb of saying. Deciding needs
// only d's tokens; the caller parses those sentences before Claims.
func (e *Extractor) SyntaxWanted(d *doc.Document) []int {
	var out []int
	for i, s := range d.Sentences {
		if s.Kind == doc.Furniture || inFurniture(d.Furniture, s.Start, s.End) {
			continue
		}
		if e.wantsSyntax(d.Tokens[s.First:s.Last]) {
			out = append(out, i)
		}
	}
	return out
}

// wantsSyntax reports whether a sentence of toks holds a figure candidate
// or a claim.
func (e *Extractor) wantsSyntax(toks []doc.Token) bool {
	for i, t := range toks {
		if t.Text == "" {
			continue
		}
		if c := t.Text[0]; c >= '0' && c <= '9' || currencySymbol(t.Text) != "" {
			return true
		}
		lo := lower(t.Text)
		if numberWord(lo) || e.v.claimVerbs[lo] || lo == "according" || lo == "none" || lo == "nobody" ||
			lo == "no" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "one") {
			return true
		}
	}
	return false
}
