package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Feature keys are 64-bit hashes of a template number and its values,
// mixed with splitmix64's finaliser: no strings are built while tagging or
// parsing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9e3779b97f4a7c15
)

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// keyBits is the width of a feature key: 40 bits tell apart the few
// million features of a model with rare collisions, and store in fewer
// bytes than 64.
const keyBits = 40

// key1 is the key of template t over the value a.
func key1(t int, a uint64) uint64 { return mix(a+uint64(t+1)*golden) >> (64 - keyBits) }

// key2 is the key of template t over the values a and b.
func key2(t int, a, b uint64) uint64 { return mix(mix(a+uint64(t+1)*golden)^b) >> (64 - keyBits) }

// key3 is the key of template t over the values a, b and c.
func key3(t int, a, b, c uint64) uint64 {
	return mix(mix(mix(a+uint64(t+1)*golden)^b)+c) >> (64 - keyBits)
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// maxFeatureBytes bounds the bytes of a word that its features read: the
// start and the end of a longer word (a URL, a run of characters without
// a space) are enough to tell its part of speech, and a word of any length
// costs no more.
const maxFeatureBytes = 256

// Word flags.
const (
	flagDigit   = 1 << iota // has a digit
	flagHyphen              // has a hyphen
	flagUpper               // starts with an upper-case letter
	flagAllCaps             // has letters, none lower-case
	flagPunct               // has no letter or digit
	flagLetter              // has a letter
	flagLower               // has a lower-case letter
)

// wordInfo holds the hashes a word's features use, computed once per word.
type wordInfo struct {
	form  uint64    // as written
	lower uint64    // lower-cased
	norm  uint64    // lower-cased, digits as 0: the parser's word
	pre   [3]uint64 // lower-cased prefixes of 1..3 runes
	suf   [4]uint64 // lower-cased suffixes of 1..4 runes
	shape uint64    // letter classes with runs collapsed: "Xx", "d.d", "x-x"
	flags uint8
}

// wordScratch is the reusable buffer of describe.
type wordScratch struct {
	low, norm, shape []byte
}

// describe fills wi for the word w.
func describe(w string, sc *wordScratch, wi *wordInfo) {
	if len(w) > maxFeatureBytes {
		w = clip(w)
	}
	wi.form = hashBytes([]byte(w))
	sc.low, sc.norm, sc.shape = sc.low[:0], sc.norm[:0], sc.shape[:0]
	var flags uint8
	last := byte(0)
	for i, r := range w {
		flags |= runeFlags(r, i == 0)
		lr := unicode.ToLower(r)
		sc.low = utf8.AppendRune(sc.low, lr)
		if unicode.IsDigit(r) {
			sc.norm = append(sc.norm, '0')
		} else {
			sc.norm = utf8.AppendRune(sc.norm, lr)
		}
		if c := shapeClass(r); c != last && len(sc.shape) < 8 {
			sc.shape = append(sc.shape, c)
			last = c
		}
	}
	if flags&flagLetter != 0 && flags&flagLower == 0 {
		flags |= flagAllCaps
	}
	if flags&(flagLetter|flagDigit) == 0 {
		flags |= flagPunct
	}
	wi.flags = flags
	wi.lower = hashBytes(sc.low)
	wi.norm = hashBytes(sc.norm)
	wi.shape = hashBytes(sc.shape)
	affixes(sc.low, wi)
}

// clip keeps the first and last bytes of a long word, cut at rune starts.
func clip(w string) string {
	half := maxFeatureBytes / 2
	a, b := half, len(w)-half
	for a > 0 && !utf8.RuneStart(w[a]) {
		a--
	}
	for b < len(w) && !utf8.RuneStart(w[b]) {
		b++
	}
	return w[:a] + w[b:]
}

func runeFlags(r rune, first bool) uint8 {
	var f uint8
	switch {
	case unicode.IsUpper(r):
		f = flagLetter
		if first {
			f |= flagUpper
		}
	case unicode.IsLower(r):
		f = flagLetter | flagLower
	case unicode.IsLetter(r):
		f = flagLetter
	case unicode.IsDigit(r):
		f = flagDigit
	case r == '-':
		f = flagHyphen
	}
	return f
}

func shapeClass(r rune) byte {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r < utf8.RuneSelf:
		return byte(r)
	}
	return '*'
}

// affixes sets the prefix and suffix hashes from the lower-cased word.
func affixes(low []byte, wi *wordInfo) {
	end := 0
	for k := range wi.pre {
		if end < len(low) {
			_, size := utf8.DecodeRune(low[end:])
			end += size
		}
		wi.pre[k] = hashBytes(low[:end]) + uint64(k)
	}
	start := len(low)
	for k := range wi.suf {
		if start > 0 {
			_, size := utf8.DecodeLastRune(low[:start])
			start -= size
		}
		wi.suf[k] = hashBytes(low[start:]) + uint64(k)
	}
}

// Sentence casing, a feature of every word: in a sentence written all in
// capitals or all in lower case, the case of a word tells little.
const (
	caseMixed = iota
	caseUpper
	caseLower
)

// sentenceCase returns the casing class of a sentence from its words'
// flags.
func sentenceCase(infos []wordInfo) uint64 {
	upper, lower := 0, 0
	for i := range infos {
		f := infos[i].flags
		if f&flagLetter == 0 {
			continue
		}
		switch {
		case f&flagAllCaps != 0:
			upper++
		case f&flagUpper == 0:
			lower++
		}
	}
	switch {
	case upper > 0 && lower == 0 && upper >= 2:
		return caseUpper
	case lower > 0 && upper == 0 && !anyCapitalised(infos):
		return caseLower
	}
	return caseMixed
}

func anyCapitalised(infos []wordInfo) bool {
	for i := range infos {
		if infos[i].flags&flagUpper != 0 {
			return true
		}
	}
	return false
}
