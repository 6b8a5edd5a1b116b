package ingest

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factpipe/doc"
)

// headLines is how many non-blank lines from the top are searched for the
// headline, byline and date line.
const headLines = 10

// maxCaption is the longest caption, in bytes, that repeated lines are
// taken for.
const maxCaption = 320

// line is one line of the text: [start, end) is its content without
// surrounding white space, text is that content.
type line struct {
	start, end int
	text       string
}

// splitLines returns the non-blank lines of text.
func splitLines(text string) []line {
	var ls []line
	for pos := 0; pos < len(text); {
		e := strings.IndexByte(text[pos:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += pos
		}
		s, t := pos, text[pos:e]
		trimmed := strings.TrimLeftFunc(t, isSpace)
		s += len(t) - len(trimmed)
		trimmed = strings.TrimRightFunc(trimmed, isSpace)
		if trimmed != "" {
			ls = append(ls, line{s, s + len(trimmed), trimmed})
		}
		pos = e + 1
	}
	return ls
}

// readMeta sets d.Title, d.Author, d.Published, d.Outlet and d.Furniture
// from d.Text; extra are furniture spans known from elsewhere (HTML
// markup).
func readMeta(d *doc.Document, extra []doc.Span) {
	ls := splitLines(d.Text)
	furn := append(make([]doc.Span, 0, 8+len(extra)), extra...)
	add := func(s, e int) { furn = append(furn, doc.Span{Start: s, End: e}) }
	isFurn := make([]bool, len(ls))

	for i, ln := range ls {
		switch {
		case isURLLine(ln.text):
			if i == 0 {
				d.Outlet = hostOf(ln.text)
			}
			isFurn[i] = true
		case isLinkOnly(ln.text), isBoilerplate(ln.text), i > 0 && isCredit(ln.text):
			isFurn[i] = true
		case i+1 < len(ls) && ls[i+1].text == ln.text && adjacent(d.Text, ln, ls[i+1]):
			// A caption repeated on consecutive lines (image alt text and
			// caption): both copies are furniture. A repeated paragraph
			// is too long for a caption: its content is kept once.
			isFurn[i+1] = true
			isFurn[i] = isFurn[i] || len(ln.text) <= maxCaption
		}
		if isFurn[i] {
			add(ln.start, ln.end)
		}
	}

	// Date lines first: a bare name is taken for a byline only next to one.
	type dated struct {
		t       time.Time
		end     int
		upd, ok bool
	}
	dates := make([]dated, min(headLines, len(ls)))
	for i := range dates {
		if !isFurn[i] {
			t, end, upd, ok := dateLine(ls[i].text)
			dates[i] = dated{t, end, upd, ok}
		}
	}
	nearDate := func(i int) bool {
		return (i > 0 && dates[i-1].ok) || (i+1 < len(dates) && dates[i+1].ok)
	}

	titleDone := false
	published := false // a date line that is not an update's was seen
	var anyDate time.Time
	for i, ln := range ls {
		if i >= headLines {
			break
		}
		if isFurn[i] {
			continue
		}
		if dt := dates[i]; dt.ok {
			t, end, upd := dt.t, dt.end, dt.upd
			rest := strings.TrimLeftFunc(ln.text[end:], isSpace)
			if rest != "" && isBoilerplate(rest) {
				end = len(ln.text) // "date 2023-01-04 Disclaimer: ..."
			}
			add(ln.start, ln.start+end)
			isFurn[i] = true
			if !upd && !published {
				d.Published, published = t, true
			}
			if anyDate.IsZero() {
				anyDate = t
			}
			continue
		}
		if d.Author == "" {
			if name, ok := byline(ln.text, (titleDone || d.Title != "") && nearDate(i)); ok {
				d.Author = name
				add(ln.start, ln.end)
				isFurn[i] = true
				continue
			}
		}
		if titleDone {
			continue
		}
		if t, ok := titleOf(ln.text); ok {
			d.Title = t
		}
		titleDone = true
	}
	if !published {
		d.Published = anyDate
	}
	d.Furniture = mergeSpans(furn, d.Text)
}

// adjacent reports whether b is on the line right after a.
func adjacent(text string, a, b line) bool {
	return strings.Count(text[a.end:b.start], "\n") == 1
}

// mergeSpans sorts spans and merges those that overlap or are apart by
// white space within a line of text.
func mergeSpans(sp []doc.Span, text string) []doc.Span {
	if len(sp) == 0 {
		return nil
	}
	slices.SortFunc(sp, func(a, b doc.Span) int { return a.Start - b.Start })
	out := sp[:1]
	for _, s := range sp[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End || strings.TrimLeft(text[last.End:s.Start], " \t") == "" {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// titleOf returns the headline in a line when the line looks like one: a
// short line of words that does not end like a sentence. A markdown heading
// mark and emphasis are stripped.
func titleOf(s string) (string, bool) {
	s = strings.TrimLeft(s, "#")
	s = strings.Trim(strings.TrimSpace(s), "*_")
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 || len(strings.Fields(s)) > 40 {
		return "", false
	}
	if strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case ',', ';', ':':
		return "", false
	case '.':
		// A headline may end with an initial or, written in title case,
		// with a full stop; a sentence or two are no headline.
		short := len(strings.Fields(s)) <= 20
		if !short || innerSentenceEnd(s) || !(endsWithInitial(s) || titleCase(s)) {
			return "", false
		}
	}
	return s, true
}

// innerSentenceEnd reports a full stop after a lower-case word followed by
// a capital inside s: "Fired Jim O'Brien, coach. Named Maurice Cheeks".
func innerSentenceEnd(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' &&
			(i < 2 || s[i-2] != ' ') {
			return true
		}
	}
	return false
}

// endsWithInitial reports text ending with an initial: "win in K. C.".
func endsWithInitial(s string) bool {
	w := s[strings.LastIndexAny(s, " .")+1:]
	if w == "" && len(s) >= 2 {
		// s ends with "."; look at the word before it
		t := s[:len(s)-1]
		w = t[strings.LastIndexAny(t, " .")+1:]
	}
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// titleCase reports a short line in which most words are capitalised, as
// headlines are written: "Swimmer And Actress Dies Aged 91."
func titleCase(s string) bool {
	words := strings.Fields(s)
	caps, n := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'‘“("))
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*7
}

// byline returns the author named in a byline: "By Jane Smith", "By JANE
// SMITH, Reuters", "Written by Jane Smith", "Author: Jane Smith" or, when names may stand alone (after the headline), a
// line of two to four capitalised name words ("Andrea Peters").
func byline(s string, bare bool) (string, bool) {
	s = strings.Trim(s, "*_ \t")
	if len(s) > 100 {
		return "", false
	}
	label := ""
	for _, l := range [...]string{"by ", "written by ", "posted by ", "reported by ", "story by ", "words by ", "author: ", "by: "} {
		if hasPrefixFold(s, l) && len(s) > len(l) {
			label = l
			break
		}
	}
	if label != "" {
		rest := s[len(label):]
		if i := strings.IndexAny(rest, ",|(/;"); i >= 0 {
			rest = rest[:i]
		}
		for _, sep := range []string{" - ", " – ", " — ", " in ", " for "} {
			if i := strings.Index(rest, sep); i >= 0 {
				rest = rest[:i]
			}
		}
		rest = strings.TrimSpace(rest)
		ws := strings.Fields(rest)
		if len(ws) == 0 || len(ws) > 8 {
			return "", false
		}
		for _, w := range ws {
			if !nameWord(w) && !nameJoiner(w) {
				return "", false
			}
		}
		return rest, true
	}
	if !bare {
		return "", false
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return "", false
	}
	for i, w := range ws {
		if nameWord(w) {
			continue
		}
		if i > 0 && i < len(ws)-1 && nameParticle(w) {
			continue
		}
		return "", false
	}
	return strings.Join(ws, " "), true
}

// nameWord reports a capitalised word that can be part of a person's name:
// "Andrea", "O'Brien", "Jean-Luc", "McDonald", an initial "J." or "J".
func nameWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || notName(w) {
		return false
	}
	rest := w[n:]
	if rest == "" || rest == "." {
		return true // an initial
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return len(w) <= 30
}

// nameParticle reports lower-case words inside names ("Ludwig van Beethoven").
func nameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al", "dos", "das", "ter":
		return true
	}
	return false
}

func nameJoiner(w string) bool { return w == "and" || w == "&" || nameParticle(w) }

// notName lists capitalised words that start headlines and page labels but
// are not names, so that "Breaking News" or "Live Updates" is not a byline.
func notName(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".:")) {
	case "the", "a", "an", "in", "on", "of", "and", "or", "for", "to", "by", "at", "with", "from", "as",
		"is", "are", "was", "be", "it", "this", "that", "what", "who", "why", "how", "when", "where",
		"news", "breaking", "live", "latest", "updates", "update", "home", "sport", "sports", "world",
		"business", "politics", "opinion", "analysis", "editorial", "comment", "video", "photo", "photos",
		"share", "close", "menu", "search", "more", "read", "related", "advertisement", "reporter",
		"correspondent", "editor", "staff", "writer", "published", "updated", "posted", "today",
		"yesterday", "new", "top", "stories", "story", "report", "press", "release", "statement",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "war", "attack", "says", "said", "killed", "dead", "dies":
		return true
	}
	return false
}

// isURLLine reports a line that is a bare web address.
func isURLLine(s string) bool {
	s = strings.Trim(s, "<>*_ ")
	if !(hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")) {
		return false
	}
	return strings.IndexFunc(s, unicode.IsSpace) < 0
}

// hostOf returns the host of the web address in a URL line, "www." stripped.
func hostOf(s string) string {
	s = strings.Trim(s, "<>*_ ")
	if strings.HasPrefix(strings.ToLower(s), "www.") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// isLinkOnly reports a line made only of markdown links: "[text](url)",
// possibly emphasised or several separated by bars.
func isLinkOnly(s string) bool {
	s = strings.Trim(s, "*_ ")
	if !strings.HasPrefix(s, "[") {
		return false
	}
	for s != "" {
		s = strings.TrimLeft(s, "*_ |•·")
		if s == "" {
			break
		}
		if s[0] != '[' {
			return false
		}
		i := strings.Index(s, "](")
		if i < 0 {
			return false
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return false
		}
		s = s[i+j+1:]
	}
	return true
}

// isBoilerplate reports common web page boilerplate: widget labels, comment
// form text, sharing prompts, contact footers, disclaimers, copyright lines.
func isBoilerplate(s string) bool {
	s = strings.Trim(s, "*_ \t")
	full := s
	if len(s) > 64 {
		s = s[:64] // enough for every label and prefix
	}
	l := strings.ToLower(s)
	l = strings.ReplaceAll(l, "’", "'")
	k := strings.TrimRight(l, ".!:… ")
	if len(s) == 64 {
		k = "" // a long line is no label
	}
	switch k {
	case "loadingerror loading", "loading", "error loading", "leave a reply", "leave a comment",
		"close", "what's hot", "advertisement", "advertisements", "sponsored", "sponsored content",
		"share this article", "share this story", "share this", "share", "share on facebook",
		"share on twitter", "tweet", "email", "print", "comments", "related", "related articles",
		"related stories", "related content", "read more", "see more", "most read", "most popular",
		"trending", "skip to content", "skip to main content", "menu", "subscribe", "sign up", "log in",
		"sign in", "newsletter", "follow us", "back to top", "top stories", "recommended",
		"you may also like", "cancel reply", "continue reading", "story continues below",
		"story continues below advertisement", "article continues below advertisement",
		"scroll to continue with content", "toggle caption", "hide caption", "enlarge this image",
		"privacy policy", "cookie policy", "terms of use", "all rights reserved",
		"(with inputs from agencies)", "with inputs from agencies", "watch", "listen", "view comments":
		return true
	}
	for p := range strings.SplitSeq(strings.TrimSuffix(boilerplatePrefixes, "\n"), "\n") {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if strings.HasPrefix(l, "to contact ") && len(full) < 200 &&
		(strings.HasSuffix(full, ":") || strings.HasSuffix(strings.TrimRight(full, ". "), "visit")) {
		return true // "To contact the editors visit:"
	}
	return false
}

// boilerplatePrefixes, one a line, start lines that are boilerplate whatever follows.
const boilerplatePrefixes = "" +
	"your email address will not be published\n" +
	"required fields are marked\n" +
	"notify me of \n" +
	"disclaimer:\n" +
	"disclaimer -\n" +
	"copyright ©\n" +
	"copyright (c)\n" +
	"©\n" +
	"(c) 20\n" +
	"(c) 19\n" +
	"all rights reserved\n" +
	"sign up for \n" +
	"subscribe to our\n" +
	"follow us on \n" +
	"click here to \n" +
	"read more:\n" +
	"related:\n" +
	"see also:\n" +
	"(with inputs from\n" +
	"with inputs from \n" +
	"reporting by \n" +
	"additional reporting by \n" +
	"editing by \n" +
	"writing by \n" +
	"image caption\n" +
	"media caption\n" +
	"image copyright\n" +
	"image source\n" +
	"picture caption\n" +
	"photograph:\n" +
	"photo:\n" +
	"photos:\n" +
	"picture:\n" +
	"image:\n" +
	"credit:\n" +
	"photo credit\n" +
	"image credit\n" +
	"photo by \n" +
	"photo courtesy\n" +
	"photograph by \n" +
	"file photo\n" +
	"caption:\n" +
	"this article was originally published\n" +
	"this article first appeared\n" +
	"this story was originally published\n" +
	"click to share\n" +
	"share this:\n" +
	"like this:\n" +
	"filed under\n" +
	"tags:\n" +
	"topics:\n" +
	"we use cookies\n" +
	"download the app\n" +
	"get the latest news\n" +
	"the views expressed in this\n"

// isCredit reports a photo credit: a short line without final punctuation
// naming a picture agency ("Alexander Ermochenko via Reuters", "PA Graphics
// via PA Graphics/Press Association Images", "John Smith/AFP/Getty").
func isCredit(s string) bool {
	if len(s) > 120 || len(strings.Fields(s)) > 14 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == '.' || last == '?' || last == '!' || last == ',' || last == ':' {
		return false
	}
	if i := strings.Index(s, " via "); i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i+5:])
		if unicode.IsUpper(r) {
			return true
		}
	}
	if strings.HasSuffix(s, " Images") || strings.HasSuffix(s, "/Images") {
		return true
	}
	for a := range strings.SplitSeq(strings.TrimSuffix(creditMarks, "\n"), "\n") {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// creditMarks, one a line, are picture agencies as they are written in credits.
const creditMarks = "" +
	"Getty Images\n" +
	"/Getty\n" +
	"/AFP\n" +
	"AFP/\n" +
	"/Reuters\n" +
	"Reuters/\n" +
	"/AP\n" +
	"AP Photo\n" +
	"/EPA\n" +
	"EPA/\n" +
	"/PA\n" +
	"Shutterstock\n" +
	"/Alamy\n" +
	"Alamy Stock\n" +
	"/Bloomberg\n" +
	"/Sipa\n" +
	"/TASS\n" +
	"/Anadolu\n" +
	"(Photo\n" +
	"(Image\n" +
	"/dpa\n" +
	"/Xinhua\n" +
	"/IANS\n" +
	"/PTI\n"

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
