package reconcile

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold lowercases s, strips diacritics (NFD, then drops combining marks) and
// maps the few Latin letters that have no decomposition (ø, ł, ß, æ, œ, đ,
// ı) to their usual ASCII spelling.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		switch r {
		case 'ø':
			b.WriteByte('o')
		case 'ł':
			b.WriteByte('l')
		case 'ß':
			b.WriteString("ss")
		case 'æ':
			b.WriteString("ae")
		case 'œ':
			b.WriteString("oe")
		case 'đ':
			b.WriteByte('d')
		case 'ı':
			b.WriteByte('i')
		case '’', '‘', 'ʼ', '`', '´':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// words splits a name as written into words: letters, digits, apostrophes
// and hyphens inside a word are kept; a possessive ending ('s, ’s, or a
// bare trailing apostrophe) is removed from every word. Case is kept.
func words(s string) []string {
	var out []string
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
			r == '\'' || r == '’' || r == '-' || r == '.')
	})
	for _, w := range f {
		w = strings.Trim(w, "-.'’")
		for _, suf := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				w = strings.TrimSuffix(w, suf)
			}
		}
		w = strings.Trim(w, "-'’")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// cleanName returns the display form of a name as written: words joined
// by single spaces, possessives and surrounding punctuation removed, a
// leading article ("the") dropped.
func cleanName(s string) string {
	w := words(s)
	for len(w) > 1 && isArticle(fold(w[0])) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }

// translitKey is the phonetic key of one word, used to find spellings of
// the same Russian or Ukrainian name written through English, French or
// German transliteration. The rules, applied in order:
//
//  1. fold: lowercase, strip diacritics (Makiïvka -> makiivka);
//  2. keep Latin letters only (apostrophes for the soft sign go);
//     Russian and Ukrainian Cyrillic is romanised first (Шойгу -> shoigu,
//     Київ -> kiiv);
//  3. x -> ks, ph -> f, w -> v, q -> k, ck -> k, c before e/i/y -> s, other c -> k
//     after the sibilant digraphs below are read;
//  4. French gu before e/i is a hard g (Sergueï = Sergei);
//     all sibilant spellings are one class S: shch, sch, tsch, tch, ch, sh,
//     zh, dzh, dj, j (French Choigou = Shoigu, Rojine = Rozhin);
//  5. kh, gh, g -> h (Russian g = Ukrainian h: Sergei = Serhiy);
//  6. French ou -> u (Choigou -> Shoigu);
//  7. y -> i; a word-initial ie -> e (Yevgeny = Evgeny); then the vowel
//     pairs ie, ei, ii, ee -> i (Kiev = Kyiv, Makeevka = Makiivka,
//     Sergey = Sergei, Zelenskyy = Zelensky);
//  8. doubled letters collapse; a final mute e after a consonant goes
//     (Alexandre -> aleksandr, Rojine -> rozhin).
func translitKey(word string) string {
	s := fold(word)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r >= 'а' && r <= 'я' || r == 'і' || r == 'є' || r == 'ґ':
			b.WriteString(cyrillic(r))
		}
	}
	s = b.String()
	s = softG.Replace(s)
	s = sibilants.Replace(s)
	s = consonants.Replace(s)
	// c is read after the digraphs that contain it.
	var c strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch == 'c' {
			if i+1 < len(s) && (s[i+1] == 'e' || s[i+1] == 'i' || s[i+1] == 'y') {
				c.WriteByte('s')
			} else {
				c.WriteByte('k')
			}
			continue
		}
		c.WriteByte(ch)
	}
	s = c.String()
	s = strings.ReplaceAll(s, "ou", "u")
	s = strings.ReplaceAll(s, "y", "i")
	if strings.HasPrefix(s, "ie") {
		s = s[1:]
	}
	s = vowels.Replace(s)
	s = collapse(s)
	if n := len(s); n > 3 && s[n-1] == 'e' && !isVowel(s[n-2]) {
		s = s[:n-1]
	}
	return s
}

var (
	// Replacers are safe for concurrent use and never modified.
	softG     = strings.NewReplacer("gue", "ge", "gui", "gi")
	sibilants = strings.NewReplacer(
		"shch", "S", "tsch", "S", "sch", "S", "tch", "S", "dzh", "S",
		"ch", "S", "sh", "S", "zh", "S", "dj", "S", "j", "S")
	consonants = strings.NewReplacer("kh", "h", "gh", "h", "g", "h",
		"x", "ks", "ph", "f", "w", "v", "q", "k", "ck", "k")
	vowels = strings.NewReplacer("iii", "i", "ie", "i", "ei", "i", "ii", "i", "ee", "i")
)

// cyrillic romanises one lower-case Russian or Ukrainian letter (after
// fold, й is и and ї is і); the rules below then treat it as any Latin
// spelling.
func cyrillic(r rune) string {
	switch r {
	case 'а':
		return "a"
	case 'б':
		return "b"
	case 'в':
		return "v"
	case 'г':
		return "g"
	case 'ґ':
		return "g"
	case 'д':
		return "d"
	case 'е':
		return "e"
	case 'є':
		return "ie"
	case 'ж':
		return "zh"
	case 'з':
		return "z"
	case 'и', 'і', 'ы':
		return "i"
	case 'к':
		return "k"
	case 'л':
		return "l"
	case 'м':
		return "m"
	case 'н':
		return "n"
	case 'о':
		return "o"
	case 'п':
		return "p"
	case 'р':
		return "r"
	case 'с':
		return "s"
	case 'т':
		return "t"
	case 'у':
		return "u"
	case 'ф':
		return "f"
	case 'х':
		return "kh"
	case 'ц':
		return "ts"
	case 'ч':
		return "ch"
	case 'ш':
		return "sh"
	case 'щ':
		return "shch"
	case 'э':
		return "e"
	case 'ю':
		return "iu"
	case 'я':
		return "ia"
	}
	return "" // ъ, ь
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func collapse(s string) string {
	b := []byte(s)
	out := b[:0]
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// skeleton is a key with its vowels removed.
func skeleton(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		if !isVowel(key[i]) {
			b.WriteByte(key[i])
		}
	}
	return b.String()
}

// sameWord reports whether two words are spellings of one name: their
// translitKeys are equal, or they have the same consonant skeleton and an
// edit distance of at most 1 (longer key of 7 or 8 letters) or 2 (9 or
// more); keys of 6 letters or fewer must be equal (Indore and Indre are two
// places). A feminine form ending in a (Ivanova, Petrova) never matches the
// masculine one.
func sameWord(a, b string) bool {
	return sameKey(translitKey(a), translitKey(b))
}

func sameKey(ka, kb string) bool {
	if ka == kb {
		return ka != ""
	}
	if ka == "" || kb == "" {
		return false
	}
	if (ka[len(ka)-1] == 'a') != (kb[len(kb)-1] == 'a') {
		return false
	}
	n := max(len(ka), len(kb))
	if n <= 6 || skeleton(ka) != skeleton(kb) {
		return false
	}
	bound := 1
	if n > 8 {
		bound = 2
	}
	return levenshtein(ka, kb) <= bound
}

// levenshtein is the edit distance between two byte strings.
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// similarity is 1 - edit distance / longer length, in [0, 1].
func similarity(a, b string) float64 {
	n := max(len(a), len(b))
	if n == 0 {
		return 1
	}
	return 1 - float64(levenshtein(a, b))/float64(n)
}
