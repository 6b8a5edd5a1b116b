package figures

import (
	"math/bits"
	"strconv"
	"strings"
)

// digitSuffixes are the scales written right after digits ("1.2bn",
// "15.8m", "300k"), as powers of ten.
var digitSuffixes = map[string]int{"m": 6, "mn": 6, "mln": 6, "bn": 9, "b": 9, "bln": 9, "k": 3, "tn": 12, "trn": 12}

// riskySuffixes are the suffixes that also end model names ("9600M",
// "802.11b", "2B", "10-K"): such a number needs a currency sign before it.
var riskySuffixes = map[string]bool{"M": true, "B": true, "K": true, "b": true, "BN": true, "Bn": true}

// fractionDenominators are the denominators read in "3/4" and "1 4/5";
// other pairs ("9/11", "5/17") are dates or labels.
var fractionDenominators = map[string]bool{"2": true, "3": true, "4": true, "5": true, "8": true, "16": true}

// maxMagnitude bounds the numbers read: larger ones are not amounts, and
// bounding them keeps every bound derived from them finite.
const maxMagnitude = 1e18

// maxExponent bounds the exponent of "1e10": larger ones are not amounts.
const maxExponent = 30

// parseDigits reads a token that starts with a digit: "5,937", "41.2",
// "1.2bn", "15.8m", "60-70", "400-odd", "1e10". ok is false for ordinals
// ("31st"), decades ("1990s"), ages ("35-year-old"), times ("10pm") and
// measures glued to the number ("9mm").
func parseDigits(s string) (c core, ok bool) {
	c.scale = 1
	if a, b, found := strings.Cut(s, "-"); found && !strings.HasSuffix(a, "e") {
		return parseDigitRange(a, b)
	}
	mant, frac, i, ok := scanDigits(s)
	if !ok {
		return c, false
	}
	suffix := s[i:]
	c.riskySuffix = riskySuffixes[suffix]
	exp := 0
	switch rest := strings.ToLower(suffix); {
	case rest == "":
		c.bare = frac < 0 && !strings.Contains(s, ",")
	case digitSuffixes[rest] > 0:
		exp = digitSuffixes[rest]
		c.scale = pow10(exp)
	default:
		e, ok := exponent(rest)
		if !ok {
			return c, false
		}
		exp = e
	}
	v, ok := decimalValue(mant, max(frac, 0), exp)
	if !ok {
		return c, false
	}
	c.v, c.lo, c.hi = v, v, v
	return c, true
}

// parseDigitRange reads a token with a hyphen: "60-70", "400-odd",
// "40-plus", "1943-44".
func parseDigitRange(a, b string) (c core, ok bool) {
	switch b {
	case "odd", "plus":
		c, ok = parseDigits(a)
		c.qual = qAround
		if b == "plus" {
			c.qual = qAtLeast
		}
		c.bare = false
		return c, ok
	}
	c.scale = 1
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

// scanDigits reads the digits of s up to its first letter: "5,937" (groups
// of three after a comma), "41.2". It returns the digits without
// separators, the number of digits after the decimal point (-1 when there
// is no point) and the index of the first byte after the number.
func scanDigits(s string) (mant string, frac, i int, ok bool) {
	var b strings.Builder
	b.Grow(len(s))
	frac = -1
	group := -1 // digits since the last comma
	for ; i < len(s); i++ {
		switch ch := s[i]; {
		case ch >= '0' && ch <= '9':
			b.WriteByte(ch)
			if group >= 0 {
				group++
			}
			if frac >= 0 {
				frac++
			}
		case ch == ',':
			if frac >= 0 || (group >= 0 && group != 3) || i == 0 {
				return "", 0, 0, false
			}
			group = 0
		case ch == '.':
			if frac >= 0 || (group >= 0 && group != 3) {
				return "", 0, 0, false
			}
			frac, group = 0, -1
		default:
			return b.String(), frac, i, group < 0 || group == 3
		}
	}
	return b.String(), frac, i, group < 0 || group == 3
}

// exponent reads the "e10", "e-1" of "1e10", "-12e-1".
func exponent(s string) (int, bool) {
	if len(s) < 2 || s[0] != 'e' {
		return 0, false
	}
	e, err := strconv.Atoi(s[1:])
	if err != nil || e > maxExponent || e < -maxExponent || s[1] == '+' {
		return 0, false
	}
	return e, true
}

// decimalValue returns the number digits × 10^(exp-frac) that has the
// digits mant with frac of them after the decimal point. An integer below
// 2^64 is computed exactly and converted once, so every integer up to 2^53
// keeps all its digits; others are rounded once, to the nearest float64.
// ok is false when the number overflows float64.
func decimalValue(mant string, frac, exp int) (float64, bool) {
	e := exp - frac
	if len(mant) <= 19 && e >= 0 {
		if u, err := strconv.ParseUint(mant, 10, 64); err == nil {
			if p, ok := pow10Uint(e); ok {
				if hi, lo := bits.Mul64(u, p); hi == 0 {
					v := float64(lo)
					return v, v <= maxMagnitude
				}
			}
		}
	}
	v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(e), 64)
	return v, err == nil && v <= maxMagnitude
}

// pow10Uint returns 10^e when it fits in a uint64.
func pow10Uint(e int) (uint64, bool) {
	if e > 19 {
		return 0, false
	}
	p := uint64(1)
	for range e {
		p *= 10
	}
	return p, true
}

func pow10(e int) float64 {
	p := 1.0
	for range e {
		p *= 10
	}
	return p
}

// digitFraction reads "3/4" at toks[j]: a bare integer, a slash and a
// denominator of fractionDenominators, glued, with no further slash ("9/11",
// "5/17/2018" are dates).
func digitFraction(toks []tok, j int) (num, den float64, end int, ok bool) {
	if j+2 >= len(toks) || toks[j+1].s != "/" || !glued(toks, j) || !glued(toks, j+1) ||
		!fractionDenominators[toks[j+2].s] || glued(toks, j+2) && (toks[j+3].s == "/" || toks[j+3].kind != tPunct) {
		return 0, 0, j, false
	}
	if j > 0 && glued(toks, j-1) && (toks[j-1].s == "/" || toks[j-1].kind != tPunct) {
		return 0, 0, j, false
	}
	n, okN := strconv.Atoi(toks[j].s)
	d, _ := strconv.Atoi(toks[j+2].s)
	if okN != nil || n <= 0 || n >= d {
		return 0, 0, j, false
	}
	return float64(n), float64(d), j + 3, true
}

// glued reports whether toks[k] and toks[k+1] touch.
func glued(toks []tok, k int) bool {
	return k+1 < len(toks) && toks[k].end == toks[k+1].start
}

// extendScale applies scale words after a number: "30 million", "2.5 bn",
// "3 dozen".
func extendScale(toks []tok, c core) core {
	for c.end < len(toks) {
		lo := toks[c.end].lo
		sc, ok := scaleWord(lo)
		if !ok || (lo == "m" && toks[c.end-1].end != toks[c.end].start) {
			break
		}
		if sc == 100 && c.scale >= 1000 || sc == 12 && c.scale != 1 || c.v*sc > maxMagnitude {
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

// scaleWord returns the value of a scale word or abbreviation written
// apart from digits: "30 million", "2.5 bn", "3 dozen".
func scaleWord(lo string) (float64, bool) {
	switch lo {
	case "m", "mn", "mln":
		return 1e6, true
	case "bn", "bln":
		return 1e9, true
	case "tn":
		return 1e12, true
	case "dozen", "dozens":
		return 12, true
	}
	if w, ok := numberWords[lo]; ok && (w.kind == wHundred || w.kind == wScale) {
		return float64(w.v), true
	}
	return 0, false
}
