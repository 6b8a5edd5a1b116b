package tokenize

import (
	"fmt"
	"strings"
	"testing"

	"factpipe/doc"
)

// tokens returns the token texts of text.
func tokens(text string) []string {
	d := &doc.Document{Text: text}
	Tokenize(d)
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in, want string // want: tokens separated by single spaces
	}{
		{"possessive", "Russia's army", "Russia 's army"},
		{"curly possessive", "Russia’s army", "Russia ’s army"},
		{"capital possessive", "RUSSIA'S ARMY", "RUSSIA 'S ARMY"},
		// A plural possessive is a lone apostrophe, as in CoNLL-2003.
		{"plural possessive", "the soldiers' phones", "the soldiers ' phones"},
		{"curly plural possessive", "the soldiers’ phones", "the soldiers ’ phones"},
		{"negation", "don't", "do n't"},
		// Penn Treebank splits "can't" as "ca n't".
		{"negation can't", "can't won’t isn’t", "ca n't wo n’t is n’t"},
		{"contractions", "I'm sure they're here, we've seen", "I 'm sure they 're here , we 've seen"},
		{"contractions ll d", "I'll go, he'd go", "I 'll go , he 'd go"},
		{"name with apostrophe", "O'Brien and O'Donnell", "O'Brien and O'Donnell"},
		{"em dash", "vehicle—a tracked", "vehicle — a tracked"},
		{"en dash spaced", "strike – launched", "strike – launched"},
		// En dashes split even between numbers; hyphens keep them together.
		{"en dash in range", "1943–44", "1943 – 44"},
		{"hyphenated", "pro-Russian Su-34 sixty-three 60-70 co-ordinates", "pro-Russian Su-34 sixty-three 60-70 co-ordinates"},
		{"double hyphen", "wait--no", "wait -- no"},
		{"spaced hyphen", "use - contrary to", "use - contrary to"},
		{"numbers with separators", "5,937 dead, 41.2 percent, 300,000 troops", "5,937 dead , 41.2 percent , 300,000 troops"},
		// Only groups of three digits are thousands.
		{"comma list", "1,2,3", "1 , 2 , 3"},
		{"number then comma", "In 2022, 89 died", "In 2022 , 89 died"},
		{"sentence end after number", "in 2022.", "in 2022 ."},
		{"decimal then period", "rose 41.2.", "rose 41.2 ."},
		{"time and fraction", "at 10:30 with 1/2", "at 10:30 with 1/2"},
		{"percent", "76% rise", "76 % rise"},
		{"currency", "£15.8m and $1.13bn and €5", "£ 15.8m and $ 1.13bn and € 5"},
		{"abbreviations", "U.S. Lt. Dr. Gen. Jan. 5", "U.S. Lt. Dr. Gen. Jan. 5"},
		{"acronyms", "the U.K. and e.g. a.m.", "the U.K. and e.g. a.m."},
		{"acronym with hyphen", "U.S.-backed", "U.S. - backed"},
		{"initial", "J. Smith", "J. Smith"},
		{"lower-case word then period", "he left.", "he left ."},
		{"straight quotes", `"meat," he said`, `" meat , " he said`},
		{"curly quotes", "“hundreds” of", "“ hundreds ” of"},
		{"single curly quotes", "‘women will’ not", "‘ women will ’ not"},
		{"markdown emphasis", "*New York Times*, **bold**", "* New York Times * , ** bold **"},
		{"markdown heading", "# Title", "# Title"},
		{"brackets", "(bribes) [in Bakhmut]", "( bribes ) [ in Bakhmut ]"},
		{"url", "see https://wsws.org/contact.", "see https://wsws.org/contact ."},
		{"url in brackets", "(https://example.com/a_(b))", "( https://example.com/a_(b) )"},
		{"www url", "at www.bbc.co.uk/news, today", "at www.bbc.co.uk/news , today"},
		{"markdown link", "[wsws.org/contact](https://wsws.org/contact)", "[ wsws.org/contact ] ( https://wsws.org/contact )"},
		{"email", "write to news@example.co.uk.", "write to news@example.co.uk ."},
		{"email with dots", "jane.doe+x@mail.example.org", "jane.doe+x@mail.example.org"},
		{"ellipsis", "wait... what…", "wait ... what …"},
		{"question exclamation", "What?! No!", "What ?! No !"},
		{"ampersand", "AT&T and S&P, you & me", "AT&T and S&P , you & me"},
		{"domain", "visit wsws.org today", "visit wsws.org today"},
		{"diacritics", "Makiïvka’s Płażyński", "Makiïvka ’s Płażyński"},
		{"ordinal and units", "the 26-year-old 2nd 5km", "the 26-year-old 2nd 5km"},
		// BOM, CR and no-break space are white space; offsets stay file offsets.
		{"bom crlf nbsp", "\uFEFFHello\r\nWorld\u00a0now", "Hello World now"},
		{"zero width space", "a\u200bb", "a b"},
		{"lone apostrophe", "'", "'"},
		{"leading apostrophe", "'Knows Everyone'", "' Knows Everyone '"},
		{"empty", "", ""},
		{"white space only", " \n\t\r\n ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(tokens(tc.in), " ")
			if got != tc.want {
				t.Errorf("tokens(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// sentences returns the sentences of d as "K:token token ..." with K one
// of B (body), H (headline), F (furniture).
func sentences(d *doc.Document) []string {
	Tokenize(d)
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		var b strings.Builder
		b.WriteByte("BHF"[s.Kind])
		b.WriteByte(':')
		for j, t := range d.Tokens[s.First:s.Last] {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
		out[i] = b.String()
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string     // Document.Title
		furn  []doc.Span // Document.Furniture
		want  []string
	}{
		{name: "two sentences", in: "He left. She stayed.",
			want: []string{"B:He left .", "B:She stayed ."}},
		{name: "abbreviations do not end sentences", in: "Mr. Smith met Dr. Jones and Lt. Gen. Sergei Petrov on Jan. 5. They talked.",
			want: []string{"B:Mr. Smith met Dr. Jones and Lt. Gen. Sergei Petrov on Jan. 5 .", "B:They talked ."}},
		{name: "acronym before a capital", in: "aid to the U.S. Army grew. It did.",
			want: []string{"B:aid to the U.S. Army grew .", "B:It did ."}},
		{name: "initials", in: "J. R. Smith arrived. Then he left.",
			want: []string{"B:J. R. Smith arrived .", "B:Then he left ."}},
		{name: "no. and vs.", in: "No. 5 seed vs. Drake won. Fans cheered.",
			want: []string{"B:No. 5 seed vs. Drake won .", "B:Fans cheered ."}},
		// The sentence ends after the closing quote, not before it.
		{name: "closing quote", in: `surrounded by "meat, meat and blood." Already the toll rose.`,
			want: []string{`B:surrounded by " meat , meat and blood . "`, "B:Already the toll rose ."}},
		{name: "curly closing quote", in: "for “national defense.” The problem",
			want: []string{"B:for “ national defense . ”", "B:The problem"}},
		{name: "closing bracket", in: "It fell (again.) Then it rose.",
			want: []string{"B:It fell ( again . )", "B:Then it rose ."}},
		// A question inside a quote followed by a lower-case word runs on.
		{name: "question then lower case", in: `"Why?" she asked. Nobody knew.`,
			want: []string{`B:" Why ? " she asked .`, "B:Nobody knew ."}},
		{name: "digit start", in: "The toll rose. 63 died.",
			want: []string{"B:The toll rose .", "B:63 died ."}},
		{name: "opening quote start", in: `He left. "I stayed," she said.`,
			want: []string{"B:He left .", `B:" I stayed , " she said .`}},
		{name: "lower case after period", in: "a war against Moscow. and which made it.",
			want: []string{"B:a war against Moscow . and which made it ."}},
		{name: "ellipsis mid-sentence", in: "demanded “More... offensive arms”.",
			want: []string{"B:demanded “ More ... offensive arms ” ."}},
		{name: "blank line ends a sentence", in: "First part of it\n\nSecond part.",
			want: []string{"H:First part of it", "B:Second part ."}},
		// seeds/000: a paragraph break inside a sentence.
		{name: "blank line inside a sentence", in: "Those who lived through the\n\nattack are witnesses.",
			want: []string{"B:Those who lived through the attack are witnesses ."}},
		{name: "blank line after comma", in: "now find themselves in a blind alley,\n\ndiscovering that it is real.",
			want: []string{"B:now find themselves in a blind alley , discovering that it is real ."}},
		{name: "blank line before capital", in: "allows forces, at the\n\nDirection of them.",
			want: []string{"H:allows forces , at the", "B:Direction of them ."}},
		{name: "headline line", in: "Russian invasion of Ukraine\nThe war goes on.",
			want: []string{"H:Russian invasion of Ukraine", "B:The war goes on ."}},
		{name: "headline never glued", in: "Kiev kills hundreds in strike\nAndre Damon\n2 January 2023\n\nIn a strike at midnight, troops died.",
			want: []string{"H:Kiev kills hundreds in strike", "H:Andre Damon", "H:2 January 2023", "B:In a strike at midnight , troops died ."}},
		{name: "question subhead", in: "What happened?\n\nThe strike hit.",
			want: []string{"B:What happened ?", "B:The strike hit ."}},
		{name: "title ending with a question mark", in: "What now?\n\nThe strike hit.", title: "What now?",
			want: []string{"H:What now ?", "B:The strike hit ."}},
		// An unknown abbreviation cuts the headline; both parts are headline.
		{name: "title cut by a full stop", in: "Shooting at NE Phila. Kraft Plant\nPolice say two died. Then it rained.",
			title: "Shooting at NE Phila. Kraft Plant",
			want:  []string{"H:Shooting at NE Phila .", "H:Kraft Plant", "B:Police say two died .", "B:Then it rained ."}},
		{name: "markdown title", in: "# The attack\n\nIt hit.", title: "The attack",
			want: []string{"H:# The attack", "B:It hit ."}},
		{name: "colon at line end", in: "He said:\n“Every house is a fortress.”",
			want: []string{"B:He said :", "B:“ Every house is a fortress . ”"}},
		{name: "line ending in abbreviation", in: "He moved to the U.S.\nThen he left.",
			want: []string{"B:He moved to the U.S.", "B:Then he left ."}},
		// A line that ends with a function word runs on: hard-wrapped text.
		{name: "hard wrap", in: "He went to the\nRussian border and\nback.",
			want: []string{"B:He went to the Russian border and back ."}},
		{name: "line ending with a comma", in: "A quake struck on Thursday morning,\nCalifornia officials said.",
			want: []string{"B:A quake struck on Thursday morning , California officials said ."}},
		// Split, but too long for a headline: a sentence without its stop.
		{name: "long line without punctuation", in: strings.Repeat("word ", 31) + "\nNext one.",
			want: []string{"B:" + strings.TrimSpace(strings.Repeat("word ", 31)), "B:Next one ."}},
		{name: "hard wrap lower case", in: "He went home early\nbecause of rain.",
			want: []string{"B:He went home early because of rain ."}},
		{name: "crlf", in: "Title line\r\n\r\nBody text.\r\n",
			want: []string{"H:Title line", "B:Body text ."}},
		{name: "lone cr", in: "Title line\rBody text.",
			want: []string{"H:Title line", "B:Body text ."}},
		{name: "headline at end", in: "Body text.\n\nClose",
			want: []string{"B:Body text .", "H:Close"}},
		{name: "one line without punctuation", in: "just words",
			want: []string{"H:just words"}},
		{name: "furniture lines", in: "Caption of it\nAlexander Smith via Reuters\nThe war goes on.",
			furn: []doc.Span{{Start: 14, End: 42}},
			want: []string{"H:Caption of it", "F:Alexander Smith via Reuters", "B:The war goes on ."}},
		// A furniture span that starts mid-line still splits the sentence.
		{name: "furniture mid-line", in: "date 2023-01-04 The war goes on.",
			furn: []doc.Span{{Start: 0, End: 15}},
			want: []string{"F:date 2023-01-04", "B:The war goes on ."}},
		{name: "furniture out of order and out of range", in: "One. Two. Three.",
			furn: []doc.Span{{Start: 10, End: 99}, {Start: -5, End: 4}},
			want: []string{"F:One .", "B:Two .", "F:Three ."}},
		{name: "empty", in: "", want: []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc.Document{Text: tc.in, Title: tc.title, Furniture: tc.furn}
			got := sentences(d)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			d.Furniture = nil // may be out of range on purpose
			if err := Check(d); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestOffsets checks that offsets are byte offsets into the text, across
// multi-byte characters, a BOM and CRLF line ends.
func TestOffsets(t *testing.T) {
	text := "\uFEFF# Title\r\n\r\nMakiïvka’s toll—89.\r\n"
	d := &doc.Document{Text: text}
	Tokenize(d)
	if err := Check(d); err != nil {
		t.Fatal(err)
	}
	want := []doc.Token{
		{Text: "#", Start: 3, End: 4}, {Text: "Title", Start: 5, End: 10},
		{Text: "Makiïvka", Start: 14, End: 23}, {Text: "’s", Start: 23, End: 27},
		{Text: "toll", Start: 28, End: 32}, {Text: "—", Start: 32, End: 35},
		{Text: "89", Start: 35, End: 37}, {Text: ".", Start: 37, End: 38},
	}
	if fmt.Sprint(d.Tokens) != fmt.Sprint(want) {
		t.Errorf("tokens\n got %v\nwant %v", d.Tokens, want)
	}
	wantS := []doc.Sentence{{Start: 3, End: 10, First: 0, Last: 2, Kind: doc.Headline}, {Start: 14, End: 38, First: 2, Last: 8, Kind: doc.Body}}
	if fmt.Sprint(d.Sentences) != fmt.Sprint(wantS) {
		t.Errorf("sentences\n got %v\nwant %v", d.Sentences, wantS)
	}
}

// TestRetokenize checks that a second call replaces the first's results.
func TestRetokenize(t *testing.T) {
	d := &doc.Document{Text: "One. Two."}
	Tokenize(d)
	d.Text = "Three."
	Tokenize(d)
	if len(d.Tokens) != 2 || len(d.Sentences) != 1 {
		t.Errorf("got %d tokens, %d sentences; want 2, 1", len(d.Tokens), len(d.Sentences))
	}
}
