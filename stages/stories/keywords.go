package stories

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
	"factpipe/lexicon"
)

// MaxKeywords is how many keywords a document keeps: enough to tell its
// event from others, few enough that a run holds them for every document.
const MaxKeywords = 64

// headlineWeight is how much more a headline's word counts than a body
// sentence's: the headline names the event.
const headlineWeight = 3

// Keywords returns the content words of d, lower-cased and with a plural's
// final s removed, with how often d uses them (a headline's word counts
// headlineWeight times), most used first and then alphabetically, at most
// MaxKeywords. Function words, speech verbs, months, weekdays, numbers other
// than years and words under three letters are left out, and so is page furniture.
func Keywords(d *doc.Document) []doc.Keyword {
	counts := map[string]int{}
	for _, s := range d.Sentences {
		if s.Kind == doc.Furniture {
			continue
		}
		w := 1
		if s.Kind == doc.Headline {
			w = headlineWeight
		}
		for _, t := range d.Tokens[s.First:s.Last] {
			if k := keyword(t.Text); k != "" {
				counts[k] += w
			}
		}
	}
	return top(counts, MaxKeywords)
}

// keyword is the keyword form of a token, or "" when it is no keyword.
// A year from 1900 to 2099 is one: two events of one kind in one place
// are often told apart by nothing else.
func keyword(tok string) string {
	if year(tok) {
		return tok
	}
	if len(tok) < 3 || len(tok) > 40 || !letters(tok) {
		return ""
	}
	w := strings.ToLower(tok)
	if utf8.RuneCountInString(w) < 3 || lexicon.FunctionWord(w) || lexicon.SpeechVerb(w) ||
		lexicon.Month(w) != 0 {
		return ""
	}
	if _, ok := lexicon.Weekday(w); ok {
		return ""
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return singular(w)
}

// year reports whether tok is a year from 1900 to 2099.
func year(tok string) bool {
	return len(tok) == 4 && (tok[:2] == "19" || tok[:2] == "20") && tok[2] >= '0' && tok[2] <= '9' && tok[3] >= '0' && tok[3] <= '9'
}

// letters reports whether s is letters, with hyphens or apostrophes
// after the first.
func letters(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// singular strips a plural's final s ("quakes", "houses"), leaving
// "-ss", "-us" and "-is" words and short words alone.
func singular(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return w[:len(w)-1]
	}
	return w
}

// top returns the n words of counts with the highest counts, ties
// alphabetically.
func top(counts map[string]int, n int) []doc.Keyword {
	ks := make([]doc.Keyword, 0, len(counts))
	for w, c := range counts {
		ks = append(ks, doc.Keyword{Word: w, Count: c})
	}
	slices.SortFunc(ks, func(a, b doc.Keyword) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word))
	})
	if len(ks) > n {
		ks = ks[:n]
	}
	return slices.Clip(ks)
}
