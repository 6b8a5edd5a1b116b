package figures

// This file reads one number without qualifier: a sign, then a vague
// amount, digits or words.

// negativeAdjectives are the words after which "negative" describes a
// result, not a sign: "tested negative two days later".
var negativeAdjectives = map[string]bool{
	"tested": true, "test": true, "tests": true, "testing": true, "came": true, "come": true, "comes": true,
	"proved": true, "proven": true, "returned": true, "turned": true, "remained": true, "stayed": true,
}

// fractionFollowers are the words that may follow a fraction of one
// written with a singular ordinal: "a third of", "one fifth and". Before
// any other word ("a third time", "a fifth victim") it is an ordinal.
var fractionFollowers = map[string]bool{"of": true, "and": true, "or": true, "to": true, "than": true, "percent": true}

// scoresVerbs are the words before "scores" that make it a verb or a
// noun of results, not the vague amount of "scores of people".
var scoresVerbs = map[string]bool{
	"he": true, "she": true, "it": true, "who": true, "that": true, "which": true, "team": true, "side": true,
	"the": true, "his": true, "her": true, "their": true, "its": true, "test": true, "high": true, "low": true,
	"final": true, "top": true, "exam": true, "credit": true, "average": true,
}

// isMinus reports whether s is a sign that makes the number it touches
// negative: a hyphen or the minus sign U+2212.
func isMinus(s string) bool { return s == "-" || s == "−" }

// signAt reads a minus sign at toks[j] and returns the token of the
// number it negates: "-1" (touching the number, not the word before it),
// "minus five", "negative ten".
func signAt(toks []tok, j int) (int, bool) {
	if j+1 >= len(toks) {
		return j, false
	}
	t := &toks[j]
	switch {
	case isMinus(t.s):
		if !glued(toks, j) || toks[j+1].kind != tNum || j > 0 && glued(toks, j-1) && toks[j-1].kind != tPunct {
			return j, false
		}
	case t.lo == "minus":
	case t.lo == "negative":
		if j > 0 && negativeAdjectives[toks[j-1].lo] {
			return j, false
		}
	default:
		return j, false
	}
	return j + 1, toks[j+1].kind != tPunct
}

// startsPhrase reports whether the punctuation token toks[i] may start a
// number phrase: a currency sign ("£15.8m"), a minus sign ("-1") or a
// comparison sign ("> 30").
func (nt *numTables) startsPhrase(toks []tok, i int) bool {
	s := toks[i].s
	if currencySymbol(s) != "" {
		return true
	}
	if isMinus(s) {
		_, ok := signAt(toks, i)
		return ok
	}
	return s != "" && (s[0] == '<' || s[0] == '>' || s[0] >= 0x80) && nt.first[s]
}

// parseCore reads one number without qualifier at toks[j].
func parseCore(toks []tok, j int) (core, bool) {
	if j >= len(toks) {
		return core{}, false
	}
	k, neg := signAt(toks, j)
	if !neg {
		return parseUnsigned(toks, j)
	}
	c, ok := parseUnsigned(toks, k)
	if !ok || c.vague || c.rng || c.qual != qNone {
		return core{}, false
	}
	c.v, c.lo, c.hi = -c.v, -c.hi, -c.lo
	c.bare = false
	return c, true
}

// parseUnsigned reads one number without sign or qualifier at toks[j].
func parseUnsigned(toks []tok, j int) (core, bool) {
	if c, ok, done := vagueAt(toks, j); done {
		return c, ok
	}
	switch toks[j].kind {
	case tNum:
		return digitCore(toks, j)
	case tWord:
		return wordCore(toks, j)
	}
	return core{}, false
}

// vagueAt reads a vague amount at toks[j]: "dozens", "several hundred", "a
// few", "tens of thousands". done is false when toks[j] cannot start one.
func vagueAt(toks []tok, j int) (c core, ok, done bool) {
	next := func(k int) string { return lowAt(toks, k) }
	switch toks[j].lo {
	case "dozens":
		return core{lo: 24, hi: 99, vague: true, scale: 1, end: j + 1}, true, true
	case "scores":
		if j > 0 && scoresVerbs[toks[j-1].lo] {
			return c, false, true // "he scores", "test scores"
		}
		return core{lo: 40, hi: 99, vague: true, scale: 1, end: j + 1}, true, true
	case "few":
		return c, false, true
	case "several":
		if sc, ok := scaleWord(next(j + 1)); ok && sc >= 100 && next(j+1) != "m" && next(j+1) != "mn" && next(j+1) != "bn" {
			return core{lo: 3 * sc, hi: 9 * sc, vague: true, scale: sc, end: j + 2}, true, true
		}
		if sc, ok := pluralScale(next(j + 1)); ok && sc >= 100 {
			return core{lo: 3 * sc, hi: 9 * sc, vague: true, scale: sc, end: j + 2}, true, true
		}
		if next(j+1) == "dozen" {
			return core{lo: 36, hi: 108, vague: true, scale: 12, end: j + 2}, true, true
		}
		return c, false, true
	case "a":
		switch next(j + 1) {
		case "few":
			if sc, ok := scaleWord(next(j + 2)); ok && sc >= 100 && next(j+2) != "m" {
				return core{lo: 2 * sc, hi: 5 * sc, vague: true, scale: sc, end: j + 3}, true, true
			}
			if next(j+2) == "dozen" {
				return core{lo: 24, hi: 60, vague: true, scale: 12, end: j + 3}, true, true
			}
			return core{lo: 2, hi: 5, vague: true, scale: 1, end: j + 2}, true, true
		case "handful":
			return core{lo: 2, hi: 5, vague: true, scale: 1, end: j + 2}, true, true
		}
		return c, false, false
	}
	base, isPlural := pluralScale(toks[j].lo)
	if !isPlural {
		return c, false, false
	}
	lo, hi := 2*base, 10*base-1
	end := j + 1
	if next(j+1) == "of" {
		if sc, ok := pluralScale(next(j + 2)); ok && sc > base {
			lo, hi = lo*sc, (hi+1)*sc-1
			end = j + 3
		}
	}
	if base == 10 && end == j+1 {
		return c, false, true // "tens" alone is not an amount
	}
	return core{lo: lo, hi: hi, vague: true, scale: base, end: end}, true, true
}

// digitCore reads a number written in digits at toks[j]: "5,937", "60-70
// million", "3/4", "1 4/5", "3 dozen", "4 thousand 3 hundred and 21".
func digitCore(toks []tok, j int) (core, bool) {
	c, ok := parseDigits(toks[j].s)
	if !ok {
		return c, false
	}
	c.end = j + 1
	if c.rng {
		if sc, ok := scaleWord(lowAt(toks, j+1)); ok && lowAt(toks, j+1) != "m" {
			c.lo *= sc
			c.hi *= sc
			c.scale = sc
			c.end = j + 2
		}
		return c, true
	}
	if c.bare {
		if n, d, e, ok := digitFraction(toks, j); ok {
			v := n / d
			return core{v: v, lo: v, hi: v, scale: 1, fraction: true, end: e}, true
		}
		if c.v < 1000 && j+1 < len(toks) && toks[j+1].kind == tNum && !glued(toks, j) {
			if n, d, e, ok := digitFraction(toks, j+1); ok { // "1 4/5"
				c.v += n / d
				c.lo, c.hi, c.bare, c.end = c.v, c.v, false, e
				return c, true
			}
		}
	}
	if c.scale == 1 {
		c = extendScale(toks, c)
		c = mixedTail(toks, c)
	}
	return c, true
}

// mixedTail reads the lower part of a number written in digits and scale
// words: "4 thousand 3 hundred", "3 hundred and 21", "3 hundred and one".
func mixedTail(toks []tok, c core) core {
	unit := c.scale // the scale of the last part read
	for unit >= 100 && c.end < len(toks) {
		k, and := c.end, toks[c.end].lo == "and"
		if and {
			k++
		}
		low, ok := lowPart(toks, k)
		if !ok || low.vague || low.rng || low.fraction || low.v <= 0 || low.v >= unit ||
			low.scale == 1 && (!and || unit != 100) || low.scale != 1 && and {
			return c
		}
		c.v += low.v
		c.lo, c.hi, c.end, unit = c.v, c.v, low.end, low.scale
	}
	return c
}

// lowPart reads the next part of a mixed number at toks[k]: digits with
// their scale word ("3 hundred") or a number in words ("one"). It does not
// read further parts, which mixedTail's loop does, so that a long run of
// parts costs linear time.
func lowPart(toks []tok, k int) (core, bool) {
	if k >= len(toks) {
		return core{}, false
	}
	if toks[k].kind == tWord {
		return wordCore(toks, k)
	}
	if toks[k].kind != tNum {
		return core{}, false
	}
	c, ok := parseDigits(toks[k].s)
	if !ok || !c.bare {
		return core{}, false
	}
	c.end = k + 1
	return extendScale(toks, c), true
}

// wordCore reads a number written in words at toks[j]: "one hundred and
// sixteen", "two thirds", "half a dozen". A phrase ends at a token
// boundary ("twenty-first" is no "twenty").
func wordCore(toks []tok, j int) (core, bool) {
	if !mayStartWords(toks, j) {
		return core{}, false
	}
	var buf [maxNumberWords]wordItem
	w := words(gatherWords(toks, j, buf[:0]))
	wv, ok := w.phrase()
	if !ok || wv.end == 0 || !w[wv.end-1].last {
		return core{}, false
	}
	end := int(w[wv.end-1].tok) + 1
	if wv.singular && end < len(toks) && toks[end].kind == tWord && !fractionFollowers[toks[end].lo] {
		return core{}, false // "a third time", "one fifth victim"
	}
	return core{v: wv.v, lo: wv.v, hi: wv.v, scale: 1, word: true, fraction: wv.fraction, end: end}, true
}

// mayStartWords reports whether toks[j] may start a number in words: a
// number word, "half", or "a" before a scale, dozen or ordinal. It keeps
// the common words ("a", "and") from the grammar's work.
func mayStartWords(toks []tok, j int) bool {
	w, _, _ := cutHyphen(toks[j].lo)
	first, _ := lookupWord(w)
	switch first.kind {
	case wUnit, wTeen, wTens, wHalf:
		return true
	case wA:
		if j+1 >= len(toks) {
			return false
		}
		n, _, _ := cutHyphen(toks[j+1].lo)
		next, _ := lookupWord(n)
		switch next.kind {
		case wHundred, wScale, wDozen, wOrdinal, wTens, wHalf:
			return true
		}
	}
	return false
}

// cutHyphen splits w at its first hyphen.
func cutHyphen(w string) (before, after string, found bool) {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return w[:i], w[i+1:], true
		}
	}
	return w, "", false
}

// lowAt returns the lower-case text of toks[k], or "" past the end.
func lowAt(toks []tok, k int) string {
	if k < len(toks) {
		return toks[k].lo
	}
	return ""
}
