package figures

import (
	"math"
	"strconv"
	"strings"

	"factpipe/doc"
)

// Number is a parsed number phrase: a count, amount, percentage or sum of
// money with the bounds its wording implies.
//
// The reading rules (Value, Low, High by qualifier):
//
//   - exact ("89", "four hundred", "a dozen", "just 63", "exactly 5"):
//     Value = Low = High = n.
//   - approx, around ("about 600", "around 100", "some 30", "approximately",
//     "roughly", "an estimated", "circa", "600 or so", "400-odd"):
//     Value = n, Low = 0.9n, High = 1.1n.
//   - approx, from below ("nearly 6,000", "almost", "close to", "just
//     under"): Value = n, Low = 0.9n, High = n.
//   - approx, from above ("just over 60", "slightly more than"): Value = n,
//     Low = n, High = 1.1n.
//   - at_least ("at least 89", "more than 40", "over 60", "in excess of",
//     "upwards of", "no fewer than", "40 or more", "40-plus", "40+"):
//     Value = Low = n, High = nil.
//   - at_most ("up to 10", "as many as", "at most", "fewer than", "less
//     than", "under", "no more than", "10 or fewer"): Value = High = n,
//     Low = nil.
//   - range ("between 60 and 400", "60-70", "200 to 600", "from 5 to 7",
//     "two or three"): Value = nil, Low and High the two ends (ordered).
//     A scale written once applies to both ends: "between 1 and 2
//     million" is 1,000,000-2,000,000.
//   - vague: Value = nil, never an invented exact value; bounds:
//     "a few" 2-5, "several dozen" 36-108, "a few dozen" 24-60,
//     "dozens" 24-99, "scores" 40-99, "hundreds" 200-999,
//     "several hundred" 300-900, "a few hundred" 200-500,
//     "thousands" 2,000-9,999, "several thousand" 3,000-9,000,
//     "tens of thousands" 20,000-99,999, "hundreds of thousands"
//     200,000-999,999, "millions" 2-9.99 million; in general "Xs" is
//     2X to 10X-1, "several X" 3X-9X, "a few X" 2X-5X.
//     A bound word before a vague amount keeps only that bound: "at least
//     hundreds" is at_least with Low 200 and no Value.
//
// Scales: "30 million", "1.2bn", "15.8m", "2.5 billion", "300k", "10k",
// "300 thousand", "3 dozen", "1e10". Separators: "5,937" and "300,000"
// (groups of three), decimals with '.'. Words, in any casing: "two",
// "seventeen", "sixty-three", "fifty two", "four hundred", "one hundred and
// sixteen", "twenty-one trillion three hundred", "a dozen", "three dozen",
// "half a dozen", "two point five million", "one and a half".
//
// Percent is set by "%", "percent", "per cent" and "pc" after the number;
// Currency (lower-case ISO 4217) by a symbol before it ("£", "$", "US$",
// "€", "¥", "₽", "₴", "₹") or a currency word after it ("dollars",
// "pounds", "euros", "roubles", ...).
//
// Signs and fractions: "-1", "minus five" and "negative ten" are negative
// (a hyphen is a minus sign only when it touches the number and not the
// word before it: "- 10" is a dash, "60-70" a range). A fraction is a
// proportion, not a count: "two thirds", "a third of", "3/4", "a half"
// have Value 0.667, 0.333, 0.75, 0.5 and set Fraction, which the figures
// stage never reads as a count of anything. A whole part or a scale makes
// an amount again: "1 4/5" is 1.8, "one and a half million" 1,500,000,
// "half a dozen" 6, none of them a Fraction. Ordinals are no numbers at
// all: "third", "the 3rd", "twenty-first", "twenty fifth" ("a third" and
// "one fifth" are fractions only before "of", a punctuation mark or the
// end).
//
// Precision: integers are read exactly (accumulated in uint64 and
// converted to float64 once), so every integer up to 2^53
// (9,007,199,254,740,992) keeps all its digits: "123456789101231" is
// 123456789101231. Beyond 2^53 the value is the nearest float64:
// "9007199254740993" reads as 9007199254740992. Numbers above 10^18
// are not read. Decimals and bounds derived by arithmetic ("about 100" is
// 90..110) are rounded to 12 significant digits.
type Number struct {
	Value, Low, High *float64
	Qualifier        doc.Qualifier
	Percent          bool
	Currency         string
	Fraction         bool
}

// ParseNumber parses s as one whole number phrase, as described on Number:
// "at least 89", "between 60 and 400", "£15.8m", "several hundred",
// "sixty-three", "41.2%". It reports false when s is not exactly one number
// phrase. It does not judge whether the number is a count: "2023" parses
// as 2023. It builds its phrase tables on every call; (*Extractor).ParseNumber
// reuses the extractor's.
func ParseNumber(s string) (Number, bool) {
	return newNumTables().parse(s)
}

func (nt *numTables) parse(s string) (Number, bool) {
	toks := lex(nil, s, 0, len(s))
	if len(toks) == 0 {
		return Number{}, false
	}
	p, ok := nt.parsePhrase(toks, 0)
	if !ok || p.last != len(toks) {
		return Number{}, false
	}
	return p.num, true
}

// qualKind is how a qualifier word bounds the number after it.
type qualKind uint8

const (
	qNone qualKind = iota
	qExact
	qAround
	qBelow // nearly
	qAbove // just over
	qAtLeast
	qAtMost
	qBetween
	qFrom
)

// newQualifiers maps a lower-case phrase to its kind.
func newQualifiers() map[string]qualKind {
	m := map[string]qualKind{}
	add := func(k qualKind, ps ...string) {
		for _, p := range ps {
			m[p] = k
		}
	}
	add(qAtLeast, "at least", "more than", "over", "above", "in excess of", "upwards of", "no fewer than",
		"no less than", "not less than", "a minimum of", "at minimum", "well over", "well above", "nearly more than",
		"greater than", "larger than", "bigger than", "higher than", "more than or equal to",
		"greater than or equal to", "greater or equal than", "higher or equal than", "bigger or equal than",
		"larger or equal than", "equal to or more than", "equal to or greater than", "at least or equal to",
		">", "> =", "≥")
	add(qAtMost, "up to", "as many as", "at most", "fewer than", "less than", "under", "no more than",
		"a maximum of", "at maximum", "not more than", "below", "as much as", "as high as", "smaller than",
		"lower than", "less than or equal to", "fewer than or equal to", "less or equal than",
		"smaller or equal than", "lower or equal than", "equal to or less than", "equal to or fewer than",
		"<", "< =", "≤")
	add(qAround, "about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa",
		"c.", "approx", "approx.", "an approximate", "in the region of", "on the order of", "give or take",
		"more or less", "somewhere around")
	add(qBelow, "nearly", "almost", "close to", "just under", "just short of", "nearly all of", "not quite")
	add(qAbove, "just over", "slightly more than", "slightly over", "just above", "a little over",
		"a little more than")
	add(qExact, "just", "only", "exactly", "precisely", "a total of", "totalling", "totaling")
	add(qBetween, "between")
	add(qFrom, "from")
	return m
}

// phrase is a number phrase found at tokens [first, last).
type phrase struct {
	first, last int
	num         Number
	numFirst    int // first token of the number proper (after qualifier and currency)
	quoted      bool
	bare        bool // one plain integer token: "2014", "89" (no separator, decimal or scale)
	word        bool // written in words only
	small       float64
	yearRange   bool // "1943-44", "2014-2015"
	lowRange    float64
}

// core is one number without qualifier: exact or vague.
type core struct {
	v, lo, hi float64
	vague     bool
	scale     float64 // scale word or suffix applied (1 when none)
	bare      bool
	word      bool
	rng       bool // "60-70" in one token
	yearRange bool
	qual      qualKind
	end       int
	// riskySuffix: a scale suffix that is also common in model names.
	riskySuffix bool
	fraction    bool // a proportion: "two thirds", "3/4"
}

// pluralScale returns the base of a vague plural: "hundreds" is 200-999.
func pluralScale(lo string) (float64, bool) {
	switch lo {
	case "tens":
		return 10, true
	case "hundreds":
		return 100, true
	case "thousands":
		return 1e3, true
	case "millions":
		return 1e6, true
	case "billions":
		return 1e9, true
	case "trillions":
		return 1e12, true
	}
	return 0, false
}

func currencySymbol(s string) string {
	switch s {
	case "£":
		return "gbp"
	case "$":
		return "usd"
	case "€":
		return "eur"
	case "¥":
		return "jpy"
	case "₽":
		return "rub"
	case "₴":
		return "uah"
	case "₹":
		return "inr"
	}
	return ""
}

// currencyPrefix is the currency of a letter prefix before "$": "US$".
func currencyPrefix(lo string) string {
	switch lo {
	case "us":
		return "usd"
	case "a":
		return "aud"
	case "c":
		return "cad"
	case "hk":
		return "hkd"
	case "nz":
		return "nzd"
	case "s":
		return "sgd"
	}
	return ""
}

// currencyWord is the currency named by a word after a number.
func currencyWord(lo string) string {
	switch lo {
	case "dollar", "dollars", "usd", "dlr", "dlrs": // "dlrs": wire style
		return "usd"
	case "pound", "pounds", "sterling", "gbp", "stg":
		return "gbp"
	case "euro", "euros", "eur":
		return "eur"
	case "yen":
		return "jpy"
	case "yuan", "renminbi":
		return "cny"
	case "rouble", "roubles", "ruble", "rubles":
		return "rub"
	case "hryvnia", "hryvnias":
		return "uah"
	case "rupee", "rupees":
		return "inr"
	case "franc", "francs":
		return "chf"
	}
	return ""
}

// f64 returns a pointer to v rounded to 12 significant digits, so that
// "8.2bn" is 8,200,000,000 and "about 100" is bounded by 90 and 110, not
// by their nearest binary neighbours. An integer up to 2^53 is kept as it
// is: it was read exactly.
func f64(v float64) *float64 {
	if v == math.Trunc(v) && math.Abs(v) <= 1<<53 {
		return &v
	}
	if r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64); err == nil {
		v = r
	}
	return &v
}

// currencyAt reads a currency sign at toks[j]: "£", "$", "US$", "US $".
func currencyAt(toks []tok, j int) (string, int) {
	if j >= len(toks) {
		return "", j
	}
	if c := currencySymbol(toks[j].s); c != "" {
		return c, j + 1
	}
	if p := currencyPrefix(toks[j].lo); p != "" && j+1 < len(toks) && toks[j+1].s == "$" && toks[j].cap &&
		toks[j].end == toks[j+1].start {
		return p, j + 2
	}
	return "", j
}

// matchPhrase returns the number of tokens at toks[j:] that spell a key of
// m (keys are lower-case words joined by single spaces), longest first.
func matchPhrase[V any](toks []tok, j int, m map[string]V, maxLen int) (V, int) {
	var zero V
	var buf [96]byte
	b := buf[:0]
	best, bestN := zero, 0
	for n := 1; n <= maxLen && j+n <= len(toks); n++ {
		if n > 1 {
			b = append(b, ' ')
		}
		b = append(b, toks[j+n-1].lo...)
		if v, ok := m[string(b)]; ok { // no allocation: the conversion is only a map key
			best, bestN = v, n
		}
	}
	return best, bestN
}

// numTables holds the number parser's phrase tables. It is built once by
// newNumTables and only read afterwards.
type numTables struct {
	quals map[string]qualKind
	first map[string]bool // first words of quals, to skip most lookups
}

func newNumTables() *numTables {
	t := &numTables{quals: newQualifiers(), first: map[string]bool{}}
	for p := range t.quals {
		w, _, _ := strings.Cut(p, " ")
		t.first[w] = true
	}
	return t
}

// maxQualWords is the length of the longest qualifier phrase ("less than
// or equal to").
const maxQualWords = 5

// parsePhrase reads a whole number phrase starting at toks[i]: qualifier,
// currency, number, range, suffixes; and a bound pair ("more than 20 and
// less than 35" is a range).
func (nt *numTables) parsePhrase(toks []tok, i int) (p phrase, ok bool) {
	p, ok = nt.parseSingle(toks, i)
	if !ok {
		return p, false
	}
	p = nt.boundPair(toks, p)
	return p, finite(p.num)
}

// parseSingle reads one number phrase at toks[i], as parsePhrase does.
func (nt *numTables) parseSingle(toks []tok, i int) (p phrase, ok bool) {
	q, j := nt.qualifierAt(toks, i)
	// "over a few blocks away": a preposition, not a bound.
	if n := j - i; n == 1 && j+1 < len(toks) && toks[j].lo == "a" && (toks[j+1].lo == "few" || toks[j+1].lo == "couple") {
		switch toks[i].lo {
		case "over", "under", "above", "below":
			return p, false
		}
	}
	quoted := false
	if q != qNone && j < len(toks) && toks[j].isQuote() {
		quoted = true
		j++
	}
	cur, j := currencyAt(toks, j)
	if j > 0 && j < len(toks) && toks[j-1].s == "%" && glued(toks, j-1) {
		return p, false // "%2D9114": an escape in a web address
	}
	c, ok := parseCore(toks, j)
	if !ok || c.riskySuffix && cur == "" {
		return p, false
	}
	p.numFirst = j
	num := Number{Currency: cur, Fraction: c.fraction}
	r := nt.rangeAfter(toks, j, c, q, cur)
	if r.yearRange || c.yearRange {
		p.yearRange = true
	}
	if q == qBetween || q == qFrom {
		if !r.rng {
			return p, false
		}
		q = qNone
	}
	end := nt.suffixes(toks, r.end, &c, q, &num)
	if q == qNone || q == qAround && c.qual != qNone && c.qual != qAround {
		q = c.qual
	}
	if quoted && end < len(toks) && toks[end].isQuote() {
		end++
	}
	p.first, p.last, p.quoted = i, end, quoted
	p.bare = c.bare && q == qNone && !r.rng && num.Currency == "" && !num.Percent
	p.word = c.word
	p.small = c.v
	p.num = reading(num, c, r, q)
	return p, true
}

// qualifierAt reads the qualifier phrase at toks[i] ("at least", "<") and
// returns its kind and the token after it. A comparison sign glued to
// another sign ("<>30", "=>30") is not a qualifier.
func (nt *numTables) qualifierAt(toks []tok, i int) (qualKind, int) {
	if !nt.first[toks[i].lo] {
		return qNone, i
	}
	if toks[i].kind == tPunct && i > 0 && glued(toks, i-1) && toks[i-1].kind == tPunct {
		return qNone, i
	}
	k, n := matchPhrase(toks, i, nt.quals, maxQualWords)
	return k, i + n
}

// span is the extent of a number, once a range is read: its ends and the
// token after it.
type span struct {
	lo, hi    float64
	rng       bool
	yearRange bool
	end       int
}

// rangeConnectors join the two ends of a range written out: "200 to 600",
// "60 - 70", "20 through 100".
var rangeConnectors = map[string]bool{"-": true, "–": true, "—": true, "to": true, "through": true, "~": true}

// rangeAfter reads the range that number c at toks[j] may start: "between
// 60 and 400", "200 to 600", "60 - 70", "two or three".
func (nt *numTables) rangeAfter(toks []tok, j int, c core, q qualKind, cur string) span {
	s := span{lo: c.lo, hi: c.hi, rng: c.rng, end: c.end}
	if c.vague || c.rng || c.fraction || c.end >= len(toks) {
		return nt.betweenWords(toks, j, c, q, s)
	}
	conn := toks[c.end].lo
	okConn := rangeConnectors[conn] || (conn == "and" && q == qBetween) || (conn == "or" && c.word && c.v < 100)
	if q == qFrom && conn != "to" && conn != "-" && conn != "–" || !okConn {
		return nt.betweenWords(toks, j, c, q, s)
	}
	cc, k := currencyAt(toks, c.end+1)
	yearLike := c.bare && c.v >= 1000 && c.v < 2200
	c2, ok2 := parseCore(toks, k)
	if !ok2 || c2.vague || c2.rng || (c2.word != c.word && c.word) || (cc != "" && cc != cur) ||
		(yearLike && !(c2.bare && c2.v >= 1000 && c2.v < 2200)) {
		return nt.betweenWords(toks, j, c, q, s)
	}
	l2, h2 := c.v, c2.v
	if c2.scale != 1 && c.scale == 1 && l2*c2.scale <= h2 {
		l2 *= c2.scale
	}
	if l2 >= h2 && conn != "and" && conn != "or" {
		return s // "from 157,000 to 133,000" is a change, "3-1" a score
	}
	if l2 > h2 {
		l2, h2 = h2, l2
	}
	yr := c.bare && c2.bare && c.v >= 1000 && c.v < 2200 && c2.v >= 1000 && c2.v < 2200
	return span{lo: l2, hi: h2, rng: true, yearRange: yr, end: c2.end}
}

// betweenWords reads "between one hundred and two hundred", where the
// first end, written in words, swallowed the "and" ("one hundred and
// two" is a number too).
func (nt *numTables) betweenWords(toks []tok, j int, c core, q qualKind, s span) span {
	if q != qBetween || !c.word {
		return s
	}
	for a := j + 1; a < c.end; a++ {
		if toks[a].lo != "and" {
			continue
		}
		c1, ok1 := parseCore(toks[:a], j)
		c2, ok2 := parseCore(toks, a+1)
		if ok1 && ok2 && c1.end == a && !c2.vague && !c2.rng && c1.v < c2.v {
			return span{lo: c1.v, hi: c2.v, rng: true, end: c2.end}
		}
	}
	return s
}

// boundSuffixes are the words after a number that bound it: "40 or more",
// "10 or fewer", "600 or so".
var boundSuffixes = map[string]qualKind{
	"or more": qAtLeast, "and more": qAtLeast, "and above": qAtLeast, "or above": qAtLeast, "and over": qAtLeast,
	"or over": qAtLeast, "or greater": qAtLeast, "or higher": qAtLeast, "or larger": qAtLeast,
	"or fewer": qAtMost, "or less": qAtMost, "and under": qAtMost, "or under": qAtMost, "and below": qAtMost,
	"or lower": qAtMost, "or smaller": qAtMost,
	"or so": qAround,
}

// suffixes reads what follows a number from toks[end]: a percent sign, a
// currency word, a bound ("or more"). It records them in num and c.qual
// and returns the token after them.
func (nt *numTables) suffixes(toks []tok, end int, c *core, q qualKind, num *Number) int {
	if end < len(toks) {
		switch lo1 := toks[end].lo; {
		case lo1 == "%" && !(glued(toks, end) && toks[end+1].kind != tPunct):
			num.Percent = true
			end++
		case lo1 == "percent" || lo1 == "percents" || lo1 == "pc" && !c.word:
			num.Percent = true
			end++
		case lo1 == "percentage" && !(end+1 < len(toks) && strings.HasPrefix(toks[end+1].lo, "point")):
			num.Percent = true // not "5 percentage points"
			end++
		case lo1 == "per" && end+1 < len(toks) && toks[end+1].lo == "cent":
			num.Percent = true
			end += 2
		case lo1 == "+" && !c.word:
			if q == qNone && c.qual == qNone {
				c.qual = qAtLeast
			}
			end++
		}
	}
	if end < len(toks) && num.Currency == "" {
		if cw := currencyWord(toks[end].lo); cw != "" {
			num.Currency = cw
			end++
		} else if end+1 < len(toks) && (toks[end].lo == "us" || toks[end].lo == "u.s.") {
			if cw := currencyWord(toks[end+1].lo); cw == "usd" {
				num.Currency = cw
				end += 2
			}
		}
	}
	if end+1 < len(toks) && (q == qNone || q == qAround) {
		// "200 or greater than 190": the bound belongs to the number after it.
		than := end+2 < len(toks) && toks[end+2].lo == "than" && canStartCore(toks, end+3)
		if k, ok := boundSuffixes[toks[end].lo+" "+toks[end+1].lo]; ok && !than {
			c.qual = k
			end += 2
		}
	}
	return end
}

// canStartCore reports whether a number starts at toks[j].
func canStartCore(toks []tok, j int) bool {
	_, ok := parseCore(toks, j)
	return ok
}

// reading is the Number of core c over span r under qualifier q.
func reading(num Number, c core, r span, q qualKind) Number {
	switch {
	case r.rng:
		num.Qualifier = doc.Range
		num.Low, num.High = f64(r.lo), f64(r.hi)
		if q == qAtLeast {
			num.Qualifier, num.High = doc.AtLeast, nil
		} else if q == qAtMost {
			num.Qualifier, num.Low = doc.AtMost, nil
		}
	case c.vague:
		switch q {
		case qAtLeast:
			num.Qualifier, num.Low = doc.AtLeast, f64(r.lo)
		case qAtMost:
			num.Qualifier, num.High = doc.AtMost, f64(r.hi)
		default:
			num.Qualifier, num.Low, num.High = doc.Vague, f64(r.lo), f64(r.hi)
		}
	default:
		num.Value = f64(c.v)
		num.Qualifier, num.Low, num.High = bound(q, c.v)
	}
	return num
}

// pairJoints join the two bounds of a bound pair: "more than 20 and less
// than 35", "at most 100, at least 20".
var pairJoints = map[string]bool{"and": true, "but": true, ",": true}

// boundPair reads a lower and an upper bound in a row as one range: "more
// than 20 and less than 35", "at most 100 and at least 20". A pair whose
// ends do not enclose a span ("over 60 and under 18") is two phrases.
func (nt *numTables) boundPair(toks []tok, p phrase) phrase {
	a := p.num
	if p.last+1 >= len(toks) || !pairJoints[toks[p.last].lo] || a.Value == nil ||
		a.Qualifier != doc.AtLeast && a.Qualifier != doc.AtMost {
		return p
	}
	p2, ok := nt.parseSingle(toks, p.last+1)
	b := p2.num
	if !ok || b.Value == nil || b.Percent != a.Percent || b.Currency != a.Currency ||
		!(a.Qualifier == doc.AtLeast && b.Qualifier == doc.AtMost || a.Qualifier == doc.AtMost && b.Qualifier == doc.AtLeast) {
		return p
	}
	lo, hi := *a.Value, *b.Value
	if a.Qualifier == doc.AtMost {
		lo, hi = hi, lo
	}
	if lo >= hi {
		return p
	}
	p.num = Number{Low: f64(lo), High: f64(hi), Qualifier: doc.Range, Percent: a.Percent, Currency: a.Currency}
	p.last, p.bare = p2.last, false
	return p
}

// finite reports whether every value of n is a finite number.
func finite(n Number) bool {
	for _, p := range []*float64{n.Value, n.Low, n.High} {
		if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0) || math.Abs(*p) > maxMagnitude*maxMagnitude) {
			return false
		}
	}
	return true
}

// bound reads the value val under qualifier q: its Qualifier and the Low
// and High it asserts ("about 600" = 540..660, "nearly 600" = 540..600,
// "at least 600" = 600.., "600" = 600..600).
func bound(q qualKind, val float64) (doc.Qualifier, *float64, *float64) {
	switch q {
	case qAround:
		return doc.Approx, f64(0.9 * val), f64(1.1 * val)
	case qBelow:
		return doc.Approx, f64(0.9 * val), f64(val)
	case qAbove:
		return doc.Approx, f64(val), f64(1.1 * val)
	case qAtLeast:
		return doc.AtLeast, f64(val), nil
	case qAtMost:
		return doc.AtMost, nil, f64(val)
	}
	return doc.Exact, f64(val), f64(val)
}

// qualifierBefore returns the qualifier phrase of the parser's table that
// ends right before toks[j] ("at least" in "a magnitude of at least 5.9")
// and its first token; qNone and j when there is none.
func (nt *numTables) qualifierBefore(toks []tok, j int) (qualKind, int) {
	for s := max(0, j-4); s < j; s++ {
		if nt.first[toks[s].lo] {
			if k, n := matchPhrase(toks, s, nt.quals, j-s); n == j-s {
				return k, s
			}
		}
	}
	return qNone, j
}
