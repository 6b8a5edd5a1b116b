package entities

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Casing is a rewriting of the letters of a text: as written, every word
// in capitals, or every word in lower case. Wire archives are often all in
// capitals, transcripts and chat all in lower case; the tagger is trained
// on copies of its training text in each casing (TrainOptions.Casings) and
// measured in each (EvaluateCoNLLCasing).
type Casing int

const (
	CaseAsIs  Casing = iota // the words as written
	CaseUpper               // every word in capitals
	CaseLower               // every word in lower case
)

var casingNames = [...]string{CaseAsIs: "as-written", CaseUpper: "upper", CaseLower: "lower"}

// String returns the casing's name: "as-written", "upper" or "lower".
func (c Casing) String() string {
	if c < 0 || int(c) >= len(casingNames) {
		return fmt.Sprintf("Casing(%d)", int(c))
	}
	return casingNames[c]
}

// ParseCasing reads a casing name as String writes it; "as-is" is
// CaseAsIs too.
func ParseCasing(s string) (Casing, error) {
	if s == "as-is" {
		return CaseAsIs, nil
	}
	for c, n := range casingNames {
		if s == n {
			return Casing(c), nil
		}
	}
	return 0, fmt.Errorf("entities: unknown casing %q (want as-written, upper or lower)", s)
}

// Apply returns w rewritten in casing c.
func (c Casing) Apply(w string) string {
	switch c {
	case CaseUpper:
		return upperString(w)
	case CaseLower:
		return lowerString(w)
	}
	return w
}

// applyWords returns ws rewritten in casing c; ws itself when c is CaseAsIs.
func (c Casing) applyWords(ws []string) []string {
	if c == CaseAsIs {
		return ws
	}
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = c.Apply(w)
	}
	return out
}

// Document classes: a document with case, and one written without case
// (mostly in sentences all in capitals or all in lower case), which the
// tagger reads as capitals. Each class has weights of its own in a table
// of its own (a weightSet: a document probes only its class's table), a
// scale and transitions of its own, and is trained on its own copies of the
// training text. The keys of the caseless class are salted (caselessSalt)
// so that training can number the features of both classes in one index.
const (
	docCased = iota
	docCaseless
	nDocClasses
)

var docClassNames = [nDocClasses]string{"cased", "caseless"}

// docClass returns the document class of text in casing c.
func (c Casing) docClass() int {
	if c == CaseAsIs {
		return docCased
	}
	return docCaseless
}

// caselessInfos reports whether prepareDoc read a document as written
// without case.
func caselessInfos(infos [][]tokInfo) bool {
	for _, s := range infos {
		if len(s) > 0 {
			return s[0].flags&flagCaseless != 0
		}
	}
	return false
}

// Sentence classes by their casing: a sentence whose words are all in
// capitals, or all in lower case (the pronoun "I" aside), tells nothing by
// its capitals.
const (
	sentCased = iota
	sentUpper
	sentLower
	nSentClasses
)

// fillSentence fills the infos of the words ws of a sentence (fillInfo)
// and returns the sentence's class and its number of words with letters:
// sentUpper when every such word is in capitals, sentLower when none but
// "I" starts with a capital, else sentCased.
func fillSentence(infos []tokInfo, ws []string, cl *clusterMap) (class, letters int) {
	caps, capitalised := 0, 0
	for i, w := range ws {
		fillInfo(&infos[i], w, cl)
		f := infos[i].flags
		if f&(flagPunct|flagAllDigit) != 0 || f&(flagCap|flagAllCap|flagLower) == 0 {
			continue
		}
		letters++
		if f&flagAllCap != 0 {
			caps++
		}
		if f&flagCap != 0 && w != "I" {
			capitalised++
		}
	}
	switch {
	case letters > 0 && caps == letters:
		return sentUpper, letters
	case letters > 0 && capitalised == 0:
		return sentLower, letters
	}
	return sentCased, letters
}

// titleForm returns w with its first letter in capitals and the rest in
// lower case ("PARIS", "paris" -> "Paris").
func titleForm(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	rest := lowerString(w[n:])
	u := unicode.ToUpper(r)
	if u == r && rest == w[n:] {
		return w
	}
	var b strings.Builder
	b.Grow(len(w) + 2)
	b.WriteRune(u)
	b.WriteString(rest)
	return b.String()
}
