package entities

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes: a template number mixed with the hash of the
// strings or numbers it looks at. No strings are built per feature; the
// per-token hashes are computed once per sentence.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9E3779B97F4A7C15
)

// mix is the splitmix64 finaliser: a cheap bijection with good avalanche.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// feat is the key of template t over value h.
func feat(t int, h uint64) uint64 { return mix(h + uint64(t+1)*golden) }

// feat2 is the key of template t over the pair (a, b).
func feat2(t int, a, b uint64) uint64 { return mix(mix(a+uint64(t+1)*golden) ^ b) }

// Token flags.
const (
	flagCap       = 1 << iota // first letter upper case
	flagAllCap                // all letters upper case, at least one letter
	flagLower                 // all letters lower case, at least one letter
	flagDigit                 // has a digit
	flagAllDigit              // only digits and , . punctuation
	flagPunct                 // no letter nor digit
	flagHyphen                // has a '-'
	flagLowerSeen             // capitalised, and its lower-case form occurs in the document
	flagCapSeen               // its capitalised form occurs mid-sentence elsewhere in the document
	flagSentCaps              // the sentence is written in capitals
	flagCaseless              // the document is written without case, read as capitals (prepareDoc)
)

// tokInfo is everything the feature templates read from one token.
type tokInfo struct {
	word, lower, shape, short uint64
	pre, suf                  [4]uint64 // hashes of the first/last 1..4 runes of the lower-case form; 0 when shorter
	clusters                  [nClusterLevels]uint32
	titleClusters             [nClusterLevels]uint32 // in a document without case: the clusters of the word as usually written
	gaz                       uint32                 // gazetteer bits: 1 << (type*4 + position)
	flags                     uint32
	nrunes                    int
}

// normalizeToken maps typographic variants onto the forms the CoNLL-2003
// training text uses, so that the model sees “quotes”, ’ and — as it saw
// ", ' and --.
func normalizeToken(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	switch s {
	case "—", "―":
		return "--"
	case "–", "‒", "−":
		return "-"
	case "“", "”", "„", "«", "»", "″":
		return "\""
	case "‘", "’", "‚", "′":
		return "'"
	case "…":
		return "..."
	}
	if strings.ContainsAny(s, "’‘") {
		s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	}
	return s
}

// lowerString is strings.ToLower without allocation for ASCII text that is
// already lower case.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

func shapeRune(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// shapes returns the hashes of the word shape with runs capped at 4
// ("Xxxx", "dd,ddd") and of the short shape with runs collapsed ("Xx",
// "d,d"), and the token flags.
func shapes(s string) (long, short uint64, flags uint32, nrunes int) {
	long, short = fnvOffset, fnvOffset
	var prev rune = -1
	run := 0
	letters, upper, lower, digits, others := 0, 0, 0, 0, 0
	first := true
	for _, r := range s {
		nrunes++
		c := shapeRune(r)
		switch c {
		case 'X':
			letters++
			upper++
			if first {
				flags |= flagCap
			}
		case 'x':
			letters++
			lower++
		case 'd':
			digits++
		default:
			if r == '-' {
				flags |= flagHyphen
			}
			if r != ',' && r != '.' {
				others++
			}
		}
		first = false
		if c == prev {
			run++
		} else {
			run = 1
			short ^= uint64(c)
			short *= fnvPrime
		}
		if run <= 4 {
			long ^= uint64(c)
			long *= fnvPrime
		}
		prev = c
	}
	if letters > 0 && upper == letters {
		flags |= flagAllCap
	}
	if letters > 0 && lower == letters {
		flags |= flagLower
	}
	if digits > 0 {
		flags |= flagDigit
		if letters == 0 && others == 0 {
			flags |= flagAllDigit
		}
	}
	if letters == 0 && digits == 0 {
		flags |= flagPunct
	}
	return long, short, flags, nrunes
}

// fillInfo computes the per-token hashes of s (already normalised).
func fillInfo(ti *tokInfo, s string, cl *clusterMap) {
	ti.word = hashString(s)
	low := lowerString(s)
	ti.lower = hashString(low)
	ti.shape, ti.short, ti.flags, ti.nrunes = shapes(s)
	ti.pre = [4]uint64{}
	ti.suf = [4]uint64{}
	h := uint64(fnvOffset)
	n := 0
	for i := 0; i < len(low) && n < 4; {
		_, sz := utf8.DecodeRuneInString(low[i:])
		for j := i; j < i+sz; j++ {
			h ^= uint64(low[j])
			h *= fnvPrime
		}
		i += sz
		ti.pre[n] = h
		n++
	}
	end := len(low)
	n = 0
	for i := len(low); i > 0 && n < 4; {
		_, sz := utf8.DecodeLastRuneInString(low[:i])
		i -= sz
		ti.suf[n] = hashString(low[i:end]) ^ 0x5bd1e995
		n++
	}
	ti.clusters = [nClusterLevels]uint32{}
	if cl != nil {
		if c, ok := cl.words[s]; ok {
			ti.clusters = c
		} else if c, ok := cl.words[low]; ok {
			ti.clusters = c
		}
	}
	ti.gaz = 0
}

// Template numbers. Changing them invalidates trained models. The blank
// entries reserve room for the templates that take an index (prefix length,
// cluster level).
const (
	tBias = iota
	tWord
	tLower
	tShape
	tShort
	tPre
	_
	_
	_
	tSuf
	_
	_
	_
	tPrevLower
	tNextLower
	tPrev2Lower
	tNext2Lower
	tPrevWord
	tNextWord
	tPrevShape
	tNextShape
	tPrev2Shape
	tNext2Shape
	tBigramPrev
	tBigramNext
	tShapeTri
	tFlags
	tFirstCap
	tLowerSeen
	tCapSeen
	tSentCapsLower
	tGaz
	tGazPrev
	tGazNext
	tPrevLowerShape
	tNextLowerShape
	tLen
	tSuffixShape
	tHist
	tHistMajor
	tCluster
	tPrevCluster  = tCluster + nClusterLevels
	tNextCluster  = tPrevCluster + nClusterLevels
	tTitleCluster = tNextCluster + nClusterLevels
)

// observe appends the feature keys of token i of toks to buf.
func observe(toks []tokInfo, i int, buf []uint64) []uint64 {
	t := &toks[i]
	const none = 0x2545F4914F6CDD1D // hash of a position outside the sentence
	var prev, next, prev2, next2 uint64 = none, none, none, none
	var pt, nt *tokInfo
	prevShape, nextShape, prev2Shape, next2Shape := uint64(none), uint64(none), uint64(none), uint64(none)
	var prevWord, nextWord uint64 = none, none
	if i > 0 {
		pt = &toks[i-1]
		prev, prevShape, prevWord = pt.lower, pt.short, pt.word
	}
	if i > 1 {
		prev2, prev2Shape = toks[i-2].lower, toks[i-2].short
	}
	if i+1 < len(toks) {
		nt = &toks[i+1]
		next, nextShape, nextWord = nt.lower, nt.short, nt.word
	}
	if i+2 < len(toks) {
		next2, next2Shape = toks[i+2].lower, toks[i+2].short
	}
	start := len(buf)
	buf = append(buf,
		feat(tBias, 0),
		feat(tWord, t.word),
		feat(tLower, t.lower),
		feat(tShape, t.shape),
		feat(tShort, t.short),
	)
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			buf = append(buf, feat(tPre+k, t.pre[k]))
		}
		if t.suf[k] != 0 {
			buf = append(buf, feat(tSuf+k, t.suf[k]))
		}
	}
	buf = append(buf,
		feat(tPrevLower, prev),
		feat(tNextLower, next),
		feat(tPrev2Lower, prev2),
		feat(tNext2Lower, next2),
		feat(tPrevWord, prevWord),
		feat(tNextWord, nextWord),
		feat(tPrevShape, prevShape),
		feat(tNextShape, nextShape),
		feat(tPrev2Shape, prev2Shape),
		feat(tNext2Shape, next2Shape),
		feat2(tBigramPrev, prev, t.lower),
		feat2(tBigramNext, t.lower, next),
		feat2(tShapeTri, prevShape, t.short*31+nextShape),
		feat(tFlags, uint64(t.flags&^(flagLowerSeen|flagCapSeen|flagCaseless))),
		feat2(tPrevLowerShape, prev, t.short),
		feat2(tNextLowerShape, t.short, next),
		feat2(tSuffixShape, t.suf[2], t.short),
	)
	if i == 0 && t.flags&flagCap != 0 {
		buf = append(buf, feat(tFirstCap, t.lower))
	}
	if t.flags&flagLowerSeen != 0 {
		buf = append(buf, feat(tLowerSeen, uint64(t.flags&(flagAllCap|flagSentCaps))), feat2(tLowerSeen, t.lower, 1))
	}
	if t.flags&flagCapSeen != 0 {
		buf = append(buf, feat(tCapSeen, uint64(t.flags&(flagAllCap|flagSentCaps))+uint64(boolInt(i == 0))<<32))
	}
	if t.flags&flagSentCaps != 0 {
		buf = append(buf, feat(tSentCapsLower, t.lower))
	}
	n := t.nrunes
	if n > 12 {
		n = 12
	}
	buf = append(buf, feat(tLen, uint64(n)))
	for k := 0; k < nClusterLevels; k++ {
		if c := t.clusters[k]; c != 0 {
			buf = append(buf, feat(tCluster+k, uint64(c)))
		}
		if pt != nil && pt.clusters[k] != 0 {
			buf = append(buf, feat(tPrevCluster+k, uint64(pt.clusters[k])))
		}
		if nt != nil && nt.clusters[k] != 0 {
			buf = append(buf, feat(tNextCluster+k, uint64(nt.clusters[k])))
		}
		if c := t.titleClusters[k]; c != 0 {
			buf = append(buf, feat(tTitleCluster+k, uint64(c)))
		}
	}
	for g := t.gaz; g != 0; g &= g - 1 {
		bit := uint64(bits.TrailingZeros32(g))
		buf = append(buf, feat(tGaz, bit))
	}
	if pt != nil {
		for g := pt.gaz; g != 0; g &= g - 1 {
			buf = append(buf, feat(tGazPrev, uint64(bits.TrailingZeros32(g))))
		}
	}
	if nt != nil {
		for g := nt.gaz; g != 0; g &= g - 1 {
			buf = append(buf, feat(tGazNext, uint64(bits.TrailingZeros32(g))))
		}
	}
	if t.flags&flagCaseless != 0 {
		caselessKeys(buf[start:])
	}
	return buf
}

// caselessSalt sets the keys of the features of a document written without
// case (read as capitals) apart from those of documents with case: the
// weights that read cased text are learnt from cased text only, so that the
// copies of the training text without case leave them as they were.
const caselessSalt = 0x7C3A1F5E9B2D4680

func caselessKeys(keys []uint64) {
	for i, k := range keys {
		keys[i] = mix(k ^ caselessSalt)
	}
}

// fillTitleClusters sets the title clusters of ti, the token s of a
// document without case, from the word as names are usually written: an
// acronym in capitals as it stands ("NATO"), else capitalised ("paris",
// "PARIS" -> "Paris"), else in capitals ("nato" -> "NATO"). A lower-case
// word keeps the clusters of its own form too ("bush" the plant), which the
// tagger weighs apart; a word with no cluster of its own takes these.
func fillTitleClusters(ti *tokInfo, s string, cl *clusterMap) {
	ti.titleClusters = [nClusterLevels]uint32{}
	if cl == nil || ti.flags&(flagCap|flagLower) == 0 {
		return
	}
	if c, ok := cl.words[s]; ok && ti.flags&flagAllCap != 0 && ti.nrunes > 1 {
		ti.titleClusters = c
	} else if c, ok := cl.words[titleForm(s)]; ok {
		ti.titleClusters = c
	} else if c, ok := cl.words[upperString(s)]; ok {
		ti.titleClusters = c
	}
	if ti.clusters == ([nClusterLevels]uint32{}) {
		ti.clusters = ti.titleClusters
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
