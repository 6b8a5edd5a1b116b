package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
)

// splitSentence returns the feature text and byte spans of the tokens of
// sentence s outside the document's furniture spans, with a possessive 's split off its word ("Russia's" ->
// "Russia" "'s") whatever the tokenizer did with it, and a capitalised
// word split off a lower-case compound tail ("US-led" -> "US" "-" "led"),
// so that the name can be a mention of its own.
func splitSentence(d *doc.Document, s doc.Sentence) ([]string, []doc.Span) {
	n := s.Last - s.First
	ws := make([]string, 0, n+2)
	sp := make([]doc.Span, 0, n+2)
	fi := 0 // the first furniture span that may hold a token from here on
	for _, t := range d.Tokens[s.First:s.Last] {
		for fi < len(d.Furniture) && d.Furniture[fi].End <= t.Start {
			fi++
		}
		if fi < len(d.Furniture) && d.Furniture[fi].Start < t.End {
			continue // a credit or "LOADING" run into a sentence is no context
		}
		w := normalizeToken(t.Text)
		if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
			_, last := utf8.DecodeLastRuneInString(t.Text)
			_, apos := utf8.DecodeLastRuneInString(t.Text[:len(t.Text)-last])
			cut := t.End - last - apos
			ws = append(ws, w[:len(w)-2], w[len(w)-2:])
			sp = append(sp, doc.Span{Start: t.Start, End: cut}, doc.Span{Start: cut, End: t.End})
			continue
		}
		if cut := compoundCut(w); cut > 0 && w == t.Text {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				ws = append(ws, w[:cut], "-", w[cut+1:])
				sp = append(sp, doc.Span{Start: t.Start, End: t.Start + cut},
					doc.Span{Start: t.Start + cut, End: t.Start + cut + 1},
					doc.Span{Start: t.Start + cut + 1, End: t.End})
				continue
			}
		}
		ws = append(ws, w)
		sp = append(sp, doc.Span{Start: t.Start, End: t.End})
	}
	return joinGarbled(d.Text, ws, sp)
}

// joinGarbled rejoins a word that a lost character split: letters on both
// sides of a "?" or U+FFFD with no space between ("P?a?y?ski", a name
// whose non-ASCII letters an encoding step replaced) are one word, and so
// is a U+FFFD right after letters ("Micha\uFFFD").
func joinGarbled(text string, ws []string, sp []doc.Span) ([]string, []doc.Span) {
	out := 0
	for i := 0; i < len(ws); i++ {
		lost := ws[i] == "?" || ws[i] == "\uFFFD"
		if lost && out >= 1 && sp[out-1].End == sp[i].Start && endsWithLetter(ws[out-1]) {
			switch {
			case i+1 < len(ws) && sp[i].End == sp[i+1].Start && startsWithLetter(ws[i+1]):
				sp[out-1].End = sp[i+1].End // "Jab?o?ski"
				i++
			case ws[i] == "\uFFFD":
				sp[out-1].End = sp[i].End // "Micha\uFFFD": never punctuation
			default:
				ws[out], sp[out] = ws[i], sp[i] // "Who?": a question
				out++
				continue
			}
			ws[out-1] = normalizeToken(text[sp[out-1].Start:sp[out-1].End])
			continue
		}
		ws[out], sp[out] = ws[i], sp[i]
		out++
	}
	return ws[:out], sp[:out]
}

func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

func endsWithLetter(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsLetter(r)
}

// titleCase reports whether most words of a line start with a capital, as
// in "Ukraine Says Hundreds Killed In Strike".
func titleCase(ws []string) bool {
	words, caps := 0, 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 {
			continue // short function words are often lower case in title case
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}

func upperString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('a' <= c && c <= 'z') {
			return strings.ToUpper(s)
		}
	}
	return s
}

// compoundCut returns the offset of the first hyphen in w when all after it
// is lower case ("States-supplied", "US-led"), or 0. Names whose later
// parts are capitalised ("Stratford-upon-Avon", "Coca-Cola") are not cut.
func compoundCut(w string) int {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return 0
	}
	for _, r := range w[i+1:] {
		if !unicode.IsLower(r) {
			return 0
		}
	}
	// The whole token after the first hyphen must be lower case too.
	first := strings.IndexByte(w, '-')
	for _, r := range w[first+1:] {
		if unicode.IsUpper(r) {
			return 0
		}
	}
	return first
}

func isPossessive(w string) bool { return w == "'s" || w == "'S" || w == "'" }

// isEdgePunct reports whether w has no letter or digit.
func isEdgePunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func containsFold(a, b string) bool {
	return strings.Contains(strings.ToLower(a), strings.ToLower(b))
}

// Title vocabulary: role heads name an office or rank; modifiers only
// qualify one ("Defence Minister", "Lieutenant General", "former
// President"); honorifics are dropped from names but are no role.
var (
	roleHeads = wordSet(`president vice-president president-elect premier minister chancellor secretary
		general gen gen. lieutenant-general major-general brigadier-general colonel col col. lieutenant lt lt.
		major maj maj. captain capt capt. sergeant sgt sgt. admiral adm adm. commander cmdr marshal brigadier
		corporal cpl private pte governor gov gov. mayor senator sen sen. congressman congresswoman
		representative rep rep. ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman
		director chief ceo judge justice prosecutor king queen prince princess pope bishop archbishop cardinal
		rabbi imam sheikh ayatollah patriarch emperor sultan emir dr dr. doctor professor prof prof. coach
		manager leader commissioner adviser advisor inspector detective sheriff reverend rev rev. pastor mp
		head analyst economist correspondent presenter striker midfielder defender goalkeeper deputy
		undersheriff`)
	roleModifiers = wordSet(`prime deputy vice foreign defence defense interior home finance health
		education justice trade economy energy agriculture culture transport acting former retired senior
		top first lieutenant major general attorney state assistant executive military army navy air
		regional district opposition party national supreme commanding police fire ministry
		government white house chief`)
	honorifics = wordSet(`mr mr. mrs mrs. ms ms. miss mx mme mme. madam monsieur herr`)

	// groupWords name peoples and faiths: nouns for members of a nation,
	// ethnic group or religion that the nationality list built from
	// adjectives misses. Alone, such a word is never a person or a place.
	groupWords = wordSet(`pole poles swede swedes finn finns dane danes turk turks scot scots brit brits
		serb serbs croat croats czechs slovaks slovene slovenes kurd kurds arab arabs jew jews basque basques
		catalan catalans fleming flemings walloon walloons uzbek uzbeks kazakh kazakhs tajik tajiks turkmen
		chechen chechens tatar tatars pashtun pashtuns baloch hazara hazaras yazidi yazidis druze
		sikh sikhs hindu hindus muslim muslims christians catholic catholics protestant protestants
		orthodox sunni sunnis shia shias shiite shiites jewish islamic buddhist buddhists maori inuit berber
		berbers bedouin bedouins kiwi kiwis aussie aussies yank yanks latino latinos hispanic hispanics
		cossack cossacks slav slavs gypsy gypsies roma romani traveller travellers
		cyrillic latin arabic hebrew sanskrit`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isTitleWord(w string) bool {
	l := strings.ToLower(w)
	return roleHeads[l] || roleModifiers[l] || honorifics[l]
}

func hasRoleHead(ws []string) bool {
	for _, w := range ws {
		if roleHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func onlyHonorifics(ws []string) bool {
	for _, w := range ws {
		if !honorifics[strings.ToLower(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// appositiveTitle finds a role right after a name that ends at token end:
// a comma, an optional article, then title words of which the last is a
// role head, closed by punctuation or the end of the sentence ("..., the
// defence minister, said"). It returns the token range of the role.
func appositiveTitle(words []string, end int) (int, int, bool) {
	i := end
	if i >= len(words) || words[i] != "," {
		return 0, 0, false
	}
	i++
	if i < len(words) {
		switch strings.ToLower(words[i]) {
		case "the", "a", "an":
			i++
		}
	}
	a := i
	for i < len(words) && i-a < 5 && isTitleWord(words[i]) {
		i++
	}
	if i == a || !roleHeads[strings.ToLower(words[i-1])] {
		return 0, 0, false
	}
	if i < len(words) && !isEdgePunct(words[i]) {
		return 0, 0, false // "the defence minister's ..." or a longer phrase
	}
	return a, i, true
}
