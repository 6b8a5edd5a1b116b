package figures

import (
	"strings"

	"factpipe/doc"
	"factpipe/lexicon"
)

// SyntaxWanted returns, in order, the content sentences of d whose parse
// the stage reads: those with a count and a word the count's reading
// turns on (see wantsSyntax). Deciding needs only d's tokens; the caller
// parses those sentences before Claims.
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
// whose reading the parse decides: a number, a currency sign or a negative
// count, in a sentence that also holds a measure word or a claim (a verb
// of saying, "according").
func (e *Extractor) wantsSyntax(toks []doc.Token) bool {
	count, reading := false, false
	incident, day := false, false
	for i, t := range toks {
		if t.Text == "" {
			continue
		}
		if c := t.Text[0]; c >= '0' && c <= '9' || currencySymbol(t.Text) != "" {
			count = true
			continue
		}
		lo := lower(t.Text)
		if lexicon.Incident(lo) != "" {
			incident = true
		} else if dayCue(lo, toks, i) || lo == "in" || lo == "at" {
			day = true // a day or a place the incident may have
		}
		switch {
		case numberWord(lo) || lo == "none" || lo == "nobody" ||
			lo == "no" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "one"):
			count = true
		case e.v.claimVerbs[lo] || lo == "according" || e.v.measureCue[lo]:
			reading = true
		}
	}
	return count && reading || incident && day
}

// dayCue reports whether the word lo at toks[i] may start or end a day
// phrase: a weekday, a month, a holiday's name ("Eve", "Christmas", "Day"
// after "Year's").
func dayCue(lo string, toks []doc.Token, i int) bool {
	if _, ok := lexicon.WeekdayName(lo); ok || lexicon.MonthName(lo) != 0 {
		return true
	}
	switch lo {
	case "eve", "christmas", "halloween":
		return true
	case "day":
		return i > 0 && strings.HasSuffix(strings.ReplaceAll(lower(toks[i-1].Text), "’", "'"), "'s")
	}
	return false
}
