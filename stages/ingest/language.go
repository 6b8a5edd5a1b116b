package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// The pipeline reads English: its number grammar, measure words and
// tagger model are English ones, and on other languages they misread
// ("die" is a German article, not a death). A text is judged by its
// function words: it is taken for another language when that language's
// common function words are at least minForeignShare percent of its words
// and more than twice as frequent as English ones. A text with too few
// words to tell, or with few function words of any language (a table of
// results), is kept.
const (
	// minLanguageWords is how many words a text needs before its language
	// is judged.
	minLanguageWords = 40
	// maxLanguageWords is how many words are read to judge it.
	maxLanguageWords = 500
	// minForeignShare is the least share (percent) of another language's
	// function words for a text to be that language's; English news has
	// 20–40% English ones, German or Spanish news as many of its own.
	minForeignShare = 8
)

// functionWords lists frequent function words by language; a word that is
// common in English too ("in", "an", "to", "was") is in no other list.
var functionWords = map[string]string{
	"English": `the of and to a is for on that with as by at from it he said his are were has have be this which
		not but or had they their who will been after its more than we she her one about would there when what
		all you if can our up out new into them only other could how some these most over just such people
		before while where should because`,
	"German": `der die und den das ist nicht mit sich des auf für eine ein dem zu von im es wird sind auch
		werden bei als nach zum zur über wie oder aber noch nur bis sie wir ich hat haben einer eines`,
	"French": `le la les et est une dans du pour qui que pas sur au aux avec sont ce cette ont été elle il ils
		nous vous mais ou plus leur`,
	"Spanish": `el los las y en del se por con una para su al lo como más pero sus ha fue son está este esta
		entre sobre también`,
	"Italian":    `il di che della per non sono gli delle nel alla è anche dei degli questo ma`,
	"Dutch":      `het een van niet zijn op voor dat ook maar er werd naar bij wordt deze heeft hebben`,
	"Polish":     `się nie że jest jak po co od przez dla są ale tylko już jego oraz lub`,
	"Portuguese": `não uma os para com por mais das dos ao pela pelo foi são também muito`,
}

// englishIndex is English's index in langs: the first.
const englishIndex = 0

// langs are the languages of functionWords in a fixed order (English
// first); languageOf maps each function word to its language's index.
var langs, languageOf = func() ([]string, map[string]int) {
	ls := []string{"English"}
	for l := range functionWords {
		if l != "English" {
			ls = append(ls, l)
		}
	}
	slices.Sort(ls[1:])
	m := map[string]int{}
	for i, l := range ls {
		for _, w := range strings.Fields(functionWords[l]) {
			m[w] = i
		}
	}
	return ls, m
}()

// foreign tells whether text is in a language other than English: the
// language, the shares (percent) of its and of English function words,
// and how many words were read.
func foreign(text string) (lang string, share, english, words int) {
	var hits [16]int // by index in langs
	var buf [16]byte
	count := func(w string, ascii bool) {
		words++
		if l, ok := lookup(w, ascii, &buf); ok {
			hits[l]++
		}
	}
	// Words are runs of letters and apostrophes; ASCII words are lowered
	// in buf without allocating (most words), others with ToLower.
	start, ascii := -1, true
	for i, r := range text {
		if words == maxLanguageWords {
			break
		}
		if unicode.IsLetter(r) || r == '\'' {
			if start < 0 {
				start, ascii = i, true
			}
			if r >= 0x80 {
				ascii = false
			}
			continue
		}
		if start >= 0 {
			count(text[start:i], ascii)
			start = -1
		}
	}
	if start >= 0 && words < maxLanguageWords {
		count(text[start:], ascii)
	}
	if words < minLanguageWords {
		return "", 0, 0, words
	}
	best := -1
	for l := range langs {
		if langs[l] != "English" && (best < 0 || hits[l] > hits[best]) {
			best = l
		}
	}
	share, english = hits[best]*100/words, hits[englishIndex]*100/words
	if share < minForeignShare || share <= 2*english {
		return "", share, english, words
	}
	return langs[best], share, english, words
}

// lookup returns the language index of word w, lowered: an ASCII word in
// buf without allocating (most words), any other with ToLower.
func lookup(w string, ascii bool, buf *[16]byte) (int, bool) {
	if !ascii || len(w) > len(buf) {
		l, ok := languageOf[strings.ToLower(w)]
		return l, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	l, ok := languageOf[string(buf[:len(w)])]
	return l, ok
}
