package figures

import "strings"

// The grammar of numbers written in words. A phrase is read in two steps:
// gatherWords turns the tokens at the start of the phrase into number words
// (splitting hyphenated tokens: "twenty-one", "two-thirds"), and the small
// recursive-descent functions below read those words:
//
//	phrase   = half | "a" den | cardinal [tail]
//	cardinal = group {scale ["and"] group}
//	group    = sub100 ["hundred" [["and"] sub100]] ["dozen"] | "a" ("hundred" | "dozen")
//	sub100   = unit | teen | tens [["-"] unit]
//	tail     = "point" digits [scale] | "and" fraction [scale] | ["-"] den
//	den      = [group ["and"]] ordinal
//
// Integers are summed exactly in uint64 and converted to float64 once.

// wordKind is the part a word plays in a number written out.
type wordKind uint8

const (
	wNone    wordKind = iota
	wUnit             // "zero" .. "nine"
	wTeen             // "ten" .. "nineteen"
	wTens             // "twenty" .. "ninety"
	wHundred          // "hundred"
	wScale            // "thousand", "million", "billion", "trillion"
	wDozen            // "dozen", "dozens"
	wOrdinal          // a denominator: "third", "fifths", "hundredth", "quarter"
	wOrdLow           // "first", "second": a denominator only after a tens word ("twenty-first")
	wHalf             // "half"
	wAnd              // "and"
	wA                // "a", "an"
	wPoint            // "point"
	wDash             // a hyphen written apart: "fifty - two", "one - fourth"
)

// numWord is one word of the number grammar.
type numWord struct {
	kind   wordKind
	v      uint64 // its value; for an ordinal, the denominator
	plural bool   // "thirds", "dozens"
}

// Word lists of the grammar, in value order. They are read-only.
var (
	unitNames = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen"}
	tensNames     = [...]string{2: "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	ordinalNames  = [...]string{1: "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	tensOrdinals  = [...]string{2: "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	scaleOrdinals = []struct {
		name string
		v    uint64
	}{{"hundredth", 100}, {"thousandth", 1e3}, {"millionth", 1e6}, {"billionth", 1e9}, {"trillionth", 1e12}}
	scaleNames = []struct {
		name string
		v    uint64
	}{{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}}
	// numberWords maps every word of the grammar to its part and value.
	numberWords = buildNumberWords()
	// wordShapes has bit n of entry b set when a word of numberWords
	// starts with byte b and has n bytes: most other words ("the" is an
	// exception) fail this test and skip the map.
	wordShapes = buildWordShapes(numberWords)
)

func buildWordShapes(m map[string]numWord) *[256]uint32 {
	var shapes [256]uint32
	for w := range m {
		if len(w) < 32 {
			shapes[w[0]] |= 1 << len(w)
		}
	}
	return &shapes
}

// lookupWord returns the number word w, if it is one.
func lookupWord(w string) (numWord, bool) {
	if n := len(w); n == 0 || n >= 32 || wordShapes[w[0]]&(1<<n) == 0 {
		return numWord{}, false
	}
	nw, ok := numberWords[w]
	return nw, ok
}

func buildNumberWords() map[string]numWord {
	m := map[string]numWord{
		"hundred": {kind: wHundred, v: 100},
		"dozen":   {kind: wDozen, v: 12}, "dozens": {kind: wDozen, v: 12, plural: true},
		"half":    {kind: wHalf, v: 2},
		"quarter": {kind: wOrdinal, v: 4}, "quarters": {kind: wOrdinal, v: 4, plural: true},
		"and": {kind: wAnd}, "a": {kind: wA}, "an": {kind: wA}, "point": {kind: wPoint}, "-": {kind: wDash},
	}
	for v, w := range unitNames {
		k := wUnit
		if v >= 10 {
			k = wTeen
		}
		m[w] = numWord{kind: k, v: uint64(v)}
	}
	for t, w := range tensNames {
		if w != "" {
			m[w] = numWord{kind: wTens, v: uint64(t * 10)}
		}
	}
	ordinal := func(w string, v uint64) {
		k := wOrdinal
		if v < 3 {
			k = wOrdLow
		}
		m[w] = numWord{kind: k, v: v}
		m[w+"s"] = numWord{kind: k, v: v, plural: true}
	}
	for v, w := range ordinalNames {
		if w != "" {
			ordinal(w, uint64(v))
		}
	}
	for t, w := range tensOrdinals {
		if w != "" {
			ordinal(w, uint64(t*10))
		}
	}
	for _, s := range scaleOrdinals {
		ordinal(s.name, s.v)
	}
	for _, s := range scaleNames {
		m[s.name] = numWord{kind: wScale, v: s.v}
	}
	return m
}

// wordNumber returns the value of one number word: "seven", "sixty-three".
func wordNumber(lo string) (float64, bool) {
	if w, ok := lookupWord(lo); ok && (w.kind == wUnit || w.kind == wTeen || w.kind == wTens) {
		return float64(w.v), true
	}
	if a, b, ok := cutHyphen(lo); ok {
		t, _ := lookupWord(a)
		u, _ := lookupWord(b)
		if t.kind == wTens && u.kind == wUnit && u.v > 0 {
			return float64(t.v + u.v), true
		}
	}
	return 0, false
}

// wordItem is one number word of a phrase: a token, or one part of a
// hyphenated token.
type wordItem struct {
	numWord
	tok  int32 // index of its token
	last bool  // the last part of its token
}

// maxNumberWords bounds the words of one phrase (the longest English
// number below 10^15 has about 40), so that a run of number words costs
// linear time in all.
const maxNumberWords = 48

// gatherWords appends to buf the number words at toks[j:], up to the first
// token that is not made of number words only.
func gatherWords(toks []tok, j int, buf []wordItem) []wordItem {
	for k := j; k < len(toks) && len(buf) < maxNumberWords-4; k++ {
		t := &toks[k]
		if t.kind == tPunct {
			if t.s != "-" || k+1 >= len(toks) || toks[k+1].kind != tWord || len(buf) == 0 {
				break
			}
			buf = append(buf, wordItem{numWord: numWord{kind: wDash}, tok: int32(k), last: true})
			continue
		}
		if t.kind != tWord {
			break
		}
		n := len(buf)
		if buf = appendParts(buf, t.lo, k); len(buf) == n {
			break
		}
	}
	return buf
}

// appendParts appends the parts of the word w of token k, or nothing when
// one of them is not a number word ("thirty-five-year-old").
func appendParts(buf []wordItem, w string, k int) []wordItem {
	n := len(buf)
	for {
		part, rest, more := strings.Cut(w, "-")
		nw, ok := lookupWord(part)
		if !ok || nw.kind == wDash || len(buf) >= maxNumberWords {
			return buf[:n]
		}
		buf = append(buf, wordItem{numWord: nw, tok: int32(k), last: !more})
		if !more {
			return buf
		}
		w = rest
	}
}

// words is the number words of one phrase.
type words []wordItem

func (w words) kind(k int) wordKind {
	if k < len(w) {
		return w[k].kind
	}
	return wNone
}

// sub100 reads "seven", "seventeen", "seventy", "seventy-one", "seventy
// one", "fifty - two" at w[k].
func (w words) sub100(k int) (uint64, int, bool) {
	switch w.kind(k) {
	case wUnit, wTeen:
		return w[k].v, k + 1, true
	case wTens:
		v := w[k].v
		if w.kind(k+1) == wUnit && w[k+1].v > 0 {
			return v + w[k+1].v, k + 2, true
		}
		if w.kind(k+1) == wDash && w.kind(k+2) == wUnit && w[k+2].v > 0 {
			return v + w[k+2].v, k + 3, true
		}
		return v, k + 1, true
	}
	return 0, k, false
}

// group reads a number below a thousand, times a dozen if one follows:
// "three hundred and two", "nineteen hundred", "a hundred", "two dozen".
func (w words) group(k int) (uint64, int, bool) {
	var v uint64
	end := k
	if w.kind(k) == wA {
		switch w.kind(k + 1) {
		case wHundred:
			v, end = w.lowTail(100, k+2)
		case wDozen:
			return 12, k + 2, true
		default:
			return 0, k, false
		}
	} else {
		var ok bool
		if v, end, ok = w.sub100(k); !ok {
			return 0, k, false
		}
		if w.kind(end) == wHundred && v > 0 && v < 100 {
			v, end = w.lowTail(v*100, end+1)
		}
	}
	if w.kind(end) == wDozen {
		low := v % 100
		if low == 0 {
			low = v
		}
		v, end = v-low+12*low, end+1 // "three hundred and two dozen": 300 + 24
	}
	return v, end, true
}

// lowTail adds the "[and] sixteen" after a hundred. "one hundred and two
// hundred" is two numbers.
func (w words) lowTail(v uint64, end int) (uint64, int) {
	k := end
	if w.kind(k) == wAnd {
		k++
	}
	s, e, ok := w.sub100(k)
	if !ok || w.kind(e) == wHundred {
		return v, end
	}
	return v + s, e
}

// cardinal reads a whole number: "twenty-one trillion and three hundred",
// "a thousand", "two hundred and two thousand". lastTens is the value of a
// tens word that ends it right after a hundred or scale word ("one hundred
// thirty"), which a unit ordinal after it may claim ("thirty fifths").
func (w words) cardinal(k int) (v uint64, end int, lastTens uint64, ok bool) {
	var total, last uint64
	g, end := uint64(0), k
	if w.kind(k) == wA && w.kind(k+1) == wScale {
		g, end = 1, k+1
	} else if g, end, ok = w.group(k); !ok {
		return 0, k, 0, false
	}
	for w.kind(end) == wScale && (last == 0 || w[end].v < last) {
		last = w[end].v
		total += g * last
		g, end = 0, end+1
		k2 := end
		if w.kind(k2) == wAnd {
			k2++
		}
		g2, e2, ok2 := w.group(k2)
		if !ok2 || w.kind(e2) == wScale && w[e2].v >= last {
			break // "one thousand and two thousand" is two numbers
		}
		g, end = g2, e2
	}
	if end-k >= 2 && w.kind(end-1) == wTens && (w.kind(end-2) == wHundred || w.kind(end-2) == wScale) {
		lastTens = w[end-1].v
	}
	return total + g, end, lastTens, true
}

// wordValue is the reading of a number written in words.
type wordValue struct {
	v        float64
	end      int  // words read
	fraction bool // a proportion with no whole part: "two thirds", "a half"
	singular bool // a fraction of one with a singular ordinal: "a third", "one fifth"
}

// phrase reads the number at the start of w: "one hundred and sixteen",
// "two thirds", "one and a half million", "two hundred point zero three",
// "half a dozen". ok is false when w does not start with a number, or
// when the number is an ordinal ("twenty fifth", "the third").
func (w words) phrase() (wordValue, bool) {
	switch w.kind(0) {
	case wHalf:
		return w.halfOf()
	case wA:
		if den, e, ok := w.den(1); ok && !w[1].plural {
			return wordValue{v: 1 / float64(den), end: e, fraction: true, singular: true}, true
		}
	}
	n, end, lastTens, ok := w.cardinal(0)
	if !ok {
		return wordValue{}, false
	}
	switch w.kind(end) {
	case wPoint:
		if v, e, ok := w.decimal(n, end+1); ok {
			return w.scaled(v, e), true
		}
	case wAnd:
		if f, ok := w.fraction(end + 1); ok {
			return w.scaled(float64(n)+f.v, f.end), true
		}
	}
	if f, ok := w.over(n, end, lastTens); ok {
		return f, true
	}
	if f, ok := w.andFraction(end); ok {
		return f, true
	}
	if k := w.kind(end); k == wOrdinal || k == wOrdLow || k == wHalf {
		return wordValue{}, false // "twenty fifth", "two hundred first": an ordinal
	}
	return wordValue{v: float64(n), end: end}, true
}

// over reads numerator n, already read up to w[end], over the denominator
// that follows: "two thirds", "one hundred thirty fifths" (100/35).
func (w words) over(n uint64, end int, lastTens uint64) (wordValue, bool) {
	den, e, ok := w.den(end)
	if !ok || n == 0 {
		return wordValue{}, false
	}
	k := end
	if w.kind(k) == wDash {
		k++
	}
	plural := w[e-1].plural
	if lastTens > 0 && den < 10 && k == end {
		n, den = n-lastTens, den+lastTens
	}
	switch {
	case plural && w[e-1].kind == wOrdinal && w[e-1].v == 4 && den == 4 && n > 3:
		return wordValue{}, false // "six quarters": periods of time
	case !plural && n != 1:
		return wordValue{}, false
	}
	return wordValue{v: float64(n) / float64(den), end: e, fraction: true, singular: !plural}, true
}

// den reads a denominator at w[k]: "third", "fifths", "twenty-first",
// "hundred fifth", "one hundred and fifth", "- eighths".
func (w words) den(k int) (uint64, int, bool) {
	if w.kind(k) == wDash {
		k++
	}
	switch w.kind(k) {
	case wOrdinal, wHalf:
		if w[k].kind == wHalf && w[k].plural {
			return 0, k, false
		}
		return w[k].v, k + 1, true
	}
	p, e, ok := w.group(k)
	if !ok && w.kind(k) == wHundred {
		p, e, ok = 100, k+1, true
	}
	if !ok {
		return 0, k, false
	}
	if w.kind(e) == wAnd {
		e++
	}
	if k := w.kind(e); (k == wOrdinal || k == wOrdLow) && w[e].v < 100 && p >= 10 {
		return p + w[e].v, e + 1, true
	}
	return 0, k, false
}

// fraction reads a fraction after "and": "a half", "three quarters".
func (w words) fraction(k int) (wordValue, bool) {
	if w.kind(k) == wA {
		den, e, ok := w.den(k + 1)
		if !ok || w[e-1].plural {
			return wordValue{}, false
		}
		return wordValue{v: 1 / float64(den), end: e}, true
	}
	n, end, lastTens, ok := w.cardinal(k)
	if !ok {
		return wordValue{}, false
	}
	return w.over(n, end, lastTens)
}

// halfOf reads "half a dozen", "half a million".
func (w words) halfOf() (wordValue, bool) {
	if w.kind(1) != wA {
		return wordValue{}, false
	}
	switch w.kind(2) {
	case wDozen, wHundred, wScale:
		if w[2].plural {
			break
		}
		return wordValue{v: float64(w[2].v) / 2, end: 3}, true
	}
	return wordValue{}, false
}

// decimal reads the digits after "point": "zero three", "seventy-one".
func (w words) decimal(n uint64, k int) (float64, int, bool) {
	var frac uint64
	digits := 0
	e := k
	for w.kind(e) == wUnit && digits < 15 {
		frac, digits, e = frac*10+w[e].v, digits+1, e+1
	}
	if digits == 0 {
		v, e2, ok := w.sub100(k)
		if !ok || v < 10 {
			return 0, k, false
		}
		frac, digits, e = v, 2, e2
	}
	d := float64(frac)
	for range digits {
		d /= 10
	}
	return float64(n) + d, e, true
}

// scaled applies a scale word after a number with a fractional part: "one
// and a half million", "two point five billion".
func (w words) scaled(v float64, end int) wordValue {
	if w.kind(end) == wScale {
		return wordValue{v: v * float64(w[end].v), end: end + 1}
	}
	return wordValue{v: v, end: end}
}

// andFraction reads a cardinal whose last "and" starts a fraction, when
// the cardinal read to w[end] took the numerator for its own: "one
// hundred and three quarters" is 100 + 3/4.
func (w words) andFraction(end int) (wordValue, bool) {
	for a := end - 1; a > 0; a-- {
		if w[a].kind != wAnd {
			continue
		}
		n, e, _, ok := w[:a].cardinal(0)
		if !ok || e != a {
			return wordValue{}, false
		}
		f, ok := w.fraction(a + 1)
		if !ok {
			return wordValue{}, false
		}
		return w.scaled(float64(n)+f.v, f.end), true
	}
	return wordValue{}, false
}
