package figures

import (
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
// Scales: "30 million", "1.2bn", "15.8m", "2.5 billion", "300k", "300
// thousand". Separators: "5,937" and "300,000" (groups of three), decimals
// with '.'. Words: "two", "seventeen", "sixty-three", "four hundred", "one
// hundred and twenty", "a dozen", "two dozen".
//
// Percent is set by "%", "percent", "per cent" and "pc" after the number;
// Currency (lower-case ISO 4217) by a symbol before it ("£", "$", "US$",
// "€", "¥", "₽", "₴", "₹") or a currency word after it ("dollars",
// "pounds", "euros", "roubles", ...).
type Number struct {
	Value, Low, High *float64
	Qualifier        doc.Qualifier
	Percent          bool
	Currency         string
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
		"no less than", "not less than", "a minimum of", "at minimum", "well over", "well above", "nearly more than")
	add(qAtMost, "up to", "as many as", "at most", "fewer than", "less than", "under", "no more than",
		"a maximum of", "at maximum", "not more than", "below", "as much as", "as high as")
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
}

func unitWord(lo string) (float64, bool) {
	switch lo {
	case "zero":
		return 0, true
	case "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "thirteen":
		return 13, true
	case "fourteen":
		return 14, true
	case "fifteen":
		return 15, true
	case "sixteen":
		return 16, true
	case "seventeen":
		return 17, true
	case "eighteen":
		return 18, true
	case "nineteen":
		return 19, true
	}
	return 0, false
}

func tensWord(lo string) (float64, bool) {
	switch lo {
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	case "sixty":
		return 60, true
	case "seventy":
		return 70, true
	case "eighty":
		return 80, true
	case "ninety":
		return 90, true
	}
	return 0, false
}

// scaleWord returns the value of a scale word or abbreviation.
func scaleWord(lo string) (float64, bool) {
	switch lo {
	case "hundred":
		return 100, true
	case "thousand":
		return 1e3, true
	case "million", "mn", "m", "mln":
		return 1e6, true
	case "billion", "bn", "bln":
		return 1e9, true
	case "trillion", "tn":
		return 1e12, true
	}
	return 0, false
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
// by their nearest binary neighbours.
func f64(v float64) *float64 {
	if r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64); err == nil {
		v = r
	}
	return &v
}

// wordNumber returns the value of one number word: "seven", "sixty-three".
func wordNumber(lo string) (float64, bool) {
	if v, ok := unitWord(lo); ok {
		return v, true
	}
	if v, ok := tensWord(lo); ok {
		return v, true
	}
	if a, b, ok := strings.Cut(lo, "-"); ok {
		t, ok1 := tensWord(a)
		u, ok2 := unitWord(b)
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// parseDigits reads a token that starts with a digit: "5,937", "41.2",
// "1.2bn", "15.8m", "60-70", "400-odd". ok is false for ordinals ("31st"),
// decades ("1990s"), ages ("35-year-old"), times ("10pm") and measures
// glued to the number ("9mm").
func parseDigits(s string) (c core, ok bool) {
	c.scale = 1
	if a, b, found := strings.Cut(s, "-"); found {
		switch b {
		case "odd":
			c, ok = parseDigits(a)
			c.qual = qAround
			c.bare = false
			return c, ok
		case "plus":
			c, ok = parseDigits(a)
			c.qual = qAtLeast
			c.bare = false
			return c, ok
		}
		ca, ok1 := parseDigits(a)
		cb, ok2 := parseDigits(b)
		if !ok1 || !ok2 || ca.rng || cb.rng || ca.qual != qNone || cb.qual != qNone {
			return c, false
		}
		lo, hi := ca.v, cb.v
		// "1943-44": the second end abbreviates a year.
		if ca.bare && cb.bare && len(a) == 4 && len(b) == 2 && lo >= 1000 && lo < 2200 {
			hi = float64(int(lo)/100*100) + hi
			c.yearRange = true
		} else if ca.bare && cb.bare && len(a) == 4 && len(b) == 4 && lo >= 1000 && lo < 2200 && hi >= lo && hi < 2200 {
			c.yearRange = true
		}
		if cb.scale != 1 && ca.scale == 1 && lo*cb.scale <= hi {
			lo *= cb.scale
		}
		if lo >= hi {
			return c, false // "3-1" is a score, "2-2" a draw: not a range
		}
		c.lo, c.hi, c.rng = lo, hi, true
		c.scale = cb.scale
		return c, true
	}
	i := 0
	sawDot, sawComma := false, false
	var b strings.Builder
	group := -1 // digits since the last comma
	for i < len(s) {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			b.WriteByte(ch)
			if group >= 0 {
				group++
			}
		case ch == ',':
			if sawDot || (group >= 0 && group != 3) || i == 0 {
				return c, false
			}
			sawComma = true
			group = 0
		case ch == '.':
			if sawDot || (group >= 0 && group != 3) {
				return c, false
			}
			sawDot = true
			group = -1
			b.WriteByte('.')
		default:
			goto suffix
		}
		i++
	}
suffix:
	if group >= 0 && group != 3 {
		return c, false
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return c, false
	}
	// "9600M", "802.11b", "2B": an upper-case or single-letter suffix is a
	// model name unless a currency sign stands before it (see parsePhrase).
	switch s[i:] {
	case "M", "B", "K", "b", "k", "BN", "Bn":
		c.riskySuffix = true
	}
	switch rest := strings.ToLower(s[i:]); rest {
	case "":
		c.bare = !sawDot && !sawComma
	case "m", "mn", "mln":
		c.scale = 1e6
	case "bn", "b", "bln":
		c.scale = 1e9
	case "k":
		c.scale = 1e3
	case "tn", "trn":
		c.scale = 1e12
	default:
		return c, false
	}
	c.v = v * c.scale
	c.lo, c.hi = c.v, c.v
	return c, true
}

// parseCore reads one number without qualifier at toks[j].
func parseCore(toks []tok, j int) (c core, ok bool) {
	if j >= len(toks) {
		return c, false
	}
	t := &toks[j]
	c.scale = 1
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].lo
		}
		return ""
	}
	// Vague amounts.
	switch t.lo {
	case "dozens":
		return core{lo: 24, hi: 99, vague: true, scale: 1, end: j + 1}, true
	case "scores":
		return core{lo: 40, hi: 99, vague: true, scale: 1, end: j + 1}, true
	case "several", "few":
		if t.lo == "few" {
			return c, false
		}
		if sc, ok := scaleWord(next(j + 1)); ok && sc >= 100 && next(j+1) != "m" && next(j+1) != "mn" && next(j+1) != "bn" {
			return core{lo: 3 * sc, hi: 9 * sc, vague: true, scale: sc, end: j + 2}, true
		}
		if sc, ok := pluralScale(next(j + 1)); ok && sc >= 100 {
			return core{lo: 3 * sc, hi: 9 * sc, vague: true, scale: sc, end: j + 2}, true
		}
		if next(j+1) == "dozen" {
			return core{lo: 36, hi: 108, vague: true, scale: 12, end: j + 2}, true
		}
		return c, false
	case "a":
		switch next(j + 1) {
		case "few":
			if sc, ok := scaleWord(next(j + 2)); ok && sc >= 100 && next(j+2) != "m" {
				return core{lo: 2 * sc, hi: 5 * sc, vague: true, scale: sc, end: j + 3}, true
			}
			if next(j+2) == "dozen" {
				return core{lo: 24, hi: 60, vague: true, scale: 12, end: j + 3}, true
			}
			return core{lo: 2, hi: 5, vague: true, scale: 1, end: j + 2}, true
		case "handful":
			return core{lo: 2, hi: 5, vague: true, scale: 1, end: j + 2}, true
		case "dozen":
			return core{v: 12, lo: 12, hi: 12, scale: 1, word: true, end: j + 2}, true
		case "hundred", "thousand", "million", "billion", "trillion":
			sc, _ := scaleWord(next(j + 1))
			c = core{v: sc, lo: sc, hi: sc, scale: sc, word: true, end: j + 2}
			return extendScale(toks, c), true
		}
		return c, false
	}
	if base, ok := pluralScale(t.lo); ok {
		lo, hi := 2*base, 10*base-1
		end := j + 1
		if next(j+1) == "of" {
			if sc, ok := pluralScale(next(j + 2)); ok && sc > base {
				lo, hi = lo*sc, (hi+1)*sc-1
				end = j + 3
			}
		}
		if base == 10 && end == j+1 {
			return c, false // "tens" alone is not an amount
		}
		return core{lo: lo, hi: hi, vague: true, scale: base, end: end}, true
	}
	if t.kind == tNum {
		c, ok = parseDigits(t.s)
		if !ok {
			return c, false
		}
		c.end = j + 1
		if c.rng {
			if sc, ok := scaleWord(next(j + 1)); ok && next(j+1) != "m" {
				c.lo *= sc
				c.hi *= sc
				c.scale = sc
				c.end = j + 2
			}
			return c, true
		}
		if c.scale == 1 {
			c = extendScale(toks, c)
		}
		return c, true
	}
	if t.kind != tWord {
		return c, false
	}
	// Number words: "four hundred", "two thousand five hundred and twenty".
	total, cur := 0.0, 0.0
	k := j
	seen := false
	for k < len(toks) {
		lo := toks[k].lo
		if v, ok := wordNumber(lo); ok {
			if seen && cur > 0 && int(cur)%100 != 0 && cur < 100 {
				break // "two three" is two numbers
			}
			cur += v
			seen = true
			k++
			continue
		}
		if !seen {
			break
		}
		if lo == "hundred" {
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			k++
			continue
		}
		if sc, ok := scaleWord(lo); ok && sc >= 1000 && lo != "mn" && lo != "bn" && lo != "tn" && lo != "m" {
			if cur == 0 {
				cur = 1
			}
			total += cur * sc
			cur = 0
			k++
			continue
		}
		if lo == "dozen" {
			cur *= 12
			k++
			continue
		}
		if lo == "and" && k+1 < len(toks) && (total+cur) >= 100 {
			if _, ok := wordNumber(toks[k+1].lo); ok {
				k++
				continue
			}
		}
		break
	}
	if !seen {
		return c, false
	}
	v := total + cur
	c = core{v: v, lo: v, hi: v, scale: 1, word: true, end: k}
	return c, true
}

// extendScale applies scale words after a number: "30 million", "2.5 bn".
func extendScale(toks []tok, c core) core {
	for c.end < len(toks) {
		lo := toks[c.end].lo
		sc, ok := scaleWord(lo)
		if !ok || (lo == "m" && toks[c.end-1].end != toks[c.end].start) {
			break
		}
		if sc == 100 && c.scale >= 1000 {
			break
		}
		c.v *= sc
		c.lo, c.hi = c.v, c.v
		c.scale *= sc
		c.bare = false
		c.end++
	}
	return c
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

// parsePhrase reads a whole number phrase starting at toks[i]: qualifier,
// currency, number, range, suffixes.
func (nt *numTables) parsePhrase(toks []tok, i int) (p phrase, ok bool) {
	j := i
	q := qNone
	if nt.first[toks[j].lo] {
		if k, n := matchPhrase(toks, j, nt.quals, 4); n > 0 {
			q = k
			j += n
		}
	}
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
	cur, j2 := currencyAt(toks, j)
	j = j2
	c, ok := parseCore(toks, j)
	if !ok {
		return p, false
	}
	if c.riskySuffix && cur == "" {
		return p, false
	}
	p.numFirst = j
	end := c.end
	num := Number{Currency: cur}
	lo, hi, val := c.lo, c.hi, c.v
	rng := c.rng
	// Ranges written out: "between 60 and 400", "200 to 600", "60 - 70",
	// "two or three".
	if !c.vague && !c.rng && end < len(toks) {
		conn := toks[end].lo
		okConn := conn == "-" || conn == "–" || conn == "—" || conn == "to" ||
			(conn == "and" && q == qBetween) || (conn == "or" && c.word && c.v < 100)
		if q == qFrom && conn != "to" && conn != "-" && conn != "–" {
			okConn = false
		}
		if okConn {
			k := end + 1
			cc, k2 := currencyAt(toks, k)
			k = k2
			yearLike := c.bare && c.v >= 1000 && c.v < 2200
			if c2, ok2 := parseCore(toks, k); ok2 && !c2.vague && !c2.rng && (c2.word == c.word || !c.word) &&
				(cc == "" || cc == cur) && (!yearLike || c2.bare && c2.v >= 1000 && c2.v < 2200) {
				l2, h2 := c.v, c2.v
				if c2.scale != 1 && c.scale == 1 && l2*c2.scale <= h2 {
					l2 *= c2.scale
				}
				if l2 >= h2 && conn != "and" && conn != "or" {
					goto noRange // "from 157,000 to 133,000" is a change, "3-1" a score
				}
				if l2 > h2 {
					l2, h2 = h2, l2
				}
				lo, hi, rng = l2, h2, true
				end = c2.end
				p.yearRange = c.bare && c2.bare && c.v >= 1000 && c.v < 2200 && c2.v >= 1000 && c2.v < 2200
			}
		}
	}
noRange:
	if c.yearRange {
		p.yearRange = true
	}
	if q == qBetween || q == qFrom {
		if !rng {
			return p, false
		}
		q = qNone
	}
	// Suffixes.
	if end < len(toks) {
		lo1 := toks[end].lo
		switch {
		case lo1 == "%" || lo1 == "percent" || lo1 == "pc" && !c.word:
			num.Percent = true
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
	if end+1 < len(toks) {
		switch toks[end].lo + " " + toks[end+1].lo {
		case "or more", "and more", "and above", "or above", "and over", "or over":
			if q == qNone {
				c.qual = qAtLeast
				end += 2
			}
		case "or fewer", "or less", "and under", "or under", "and below":
			if q == qNone {
				c.qual = qAtMost
				end += 2
			}
		case "or so":
			if q == qNone {
				c.qual = qAround
				end += 2
			}
		}
	}
	if q == qNone {
		q = c.qual
	}
	if quoted && end < len(toks) && toks[end].isQuote() {
		end++
	}
	p.first, p.last, p.quoted = i, end, quoted
	p.bare = c.bare && q == qNone && !rng && num.Currency == "" && !num.Percent
	p.word = c.word
	p.small = c.v
	switch {
	case rng:
		num.Qualifier = doc.Range
		num.Low, num.High = f64(lo), f64(hi)
		if q == qAtLeast {
			num.Qualifier, num.High = doc.AtLeast, nil
		} else if q == qAtMost {
			num.Qualifier, num.Low = doc.AtMost, nil
		}
	case c.vague:
		switch q {
		case qAtLeast:
			num.Qualifier, num.Low = doc.AtLeast, f64(lo)
		case qAtMost:
			num.Qualifier, num.High = doc.AtMost, f64(hi)
		default:
			num.Qualifier, num.Low, num.High = doc.Vague, f64(lo), f64(hi)
		}
	default:
		num.Value = f64(val)
		num.Qualifier, num.Low, num.High = bound(q, val)
	}
	p.num = num
	return p, true
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
