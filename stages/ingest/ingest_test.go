package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"factpipe/doc"
	"factpipe/internal/testenv"
)

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name   string
		raw    string
		err    error
		reason string
	}{
		{"empty", "", ErrEmpty, "empty file"},
		{"white space", " \n\t\r\n ", ErrEmpty, "no text (6 bytes of white space only)"},
		// A BOM and a no-break space are white space too.
		{"bom and nbsp", "\uFEFF\u00a0\n", ErrEmpty, "no text (6 bytes of white space only)"},
		{"nul byte", "Title\n\nSome text\x00more", ErrBinary, "binary file (NUL byte at offset 16)"},
		{"control characters", "ab\x01\x02\x03cdefghijklmnopqrstuvwxyz", ErrBinary, "binary file (10% control characters, first at offset 2)"},
		// Not UTF-8 and mostly high bytes: not Windows-1252 prose.
		{"high bytes", "\xff\xfe\xfa\xfb\xfcabc", ErrBinary, "binary file (not UTF-8, 62% non-ASCII bytes)"},
		// The pipeline reads English only.
		{"german", "Unfall in Leipzig\n\n" + strings.Repeat("Die Polizei hat am Montag mitgeteilt, dass bei dem Unfall auf der Autobahn "+
			"zwei Menschen verletzt wurden und die Strecke für Stunden gesperrt war. ", 3),
			ErrNotEnglish, "not English: reads as German (36% of 75 words are common German words, 0% English ones)"},
		{"spanish", strings.Repeat("El gobierno de la provincia dijo que los daños en la ciudad son graves y que las lluvias "+
			"seguirán durante la semana, según el informe oficial del servicio. ", 3),
			ErrNotEnglish, "not English: reads as Spanish (28% of 84 words are common Spanish words, 0% English ones)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode("dir/a.txt", []byte(tc.raw))
			if err == nil {
				t.Fatalf("Decode accepted %q: %+v", tc.raw, d)
			}
			if !errors.Is(err, tc.err) {
				t.Errorf("error %v is not %v", err, tc.err)
			}
			if got := Reason(err); got != tc.reason {
				t.Errorf("reason %q, want %q", got, tc.reason)
			}
			if !strings.HasPrefix(err.Error(), "ingest: dir/a.txt: ") {
				t.Errorf("error %q lacks package and path", err)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, path, raw, format string
	}{
		// BOM and CRLF are kept so that offsets are file offsets.
		{"bom crlf", "a.txt", "\uFEFFHeadline\r\n\r\nBody text.\r\n", "text"},
		{"markdown", "notes/a.md", "# Headline\n\nBody *text*.\n", "markdown"},
		{"few control characters", "a.txt", "Headline\n\nBody text that ends with a DOS end mark.\x1a", "text"},
		{"no extension", "README", "Headline\n\nBody.", "text"},
		// A table of results has few function words of any language: kept.
		{"results table", "a.txt", "RESULTS\n\n" + strings.Repeat("Sandrine Testud (France) beat Ines Gorrochategui (Argentina) 4-6 6-2 6-1\n", 8), "text"},
		// English with a few foreign words is English.
		{"english with names", "a.txt", "Headline\n\n" + strings.Repeat("The mayor of San Juan del Sur said the festival of La Paz "+
			"would go on, and that the police were ready for the crowds. ", 3), "text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode(tc.path, []byte(tc.raw))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tc.raw {
				t.Errorf("text changed: %q", d.Text)
			}
			if d.Encoding != "utf-8" || d.Format != tc.format || d.Path != tc.path || d.ID != doc.DocID(tc.raw) {
				t.Errorf("got encoding %q format %q path %q id %q", d.Encoding, d.Format, d.Path, d.ID)
			}
		})
	}
}

func TestDecodeWindows1252(t *testing.T) {
	// 0xA3 is £, 0x93/0x94 are curly double quotes, 0x92 a curly apostrophe.
	d, err := Decode("a.txt", []byte("Transfer fee\n\nChelsea paid \xa315.8m for the \x93star\x94 who\x92s 25."))
	if err != nil {
		t.Fatal(err)
	}
	want := "Transfer fee\n\nChelsea paid £15.8m for the “star” who’s 25."
	if d.Text != want || d.Encoding != "windows-1252" {
		t.Errorf("got %q (%s), want %q", d.Text, d.Encoding, want)
	}
	if d.ID != doc.DocID(want) {
		t.Errorf("ID is not the hash of the decoded text")
	}
}

// TestDecodeBBCLatin1 decodes the one BBC article that is not UTF-8.
func TestDecodeBBCLatin1(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(sharedData(t), "bbc", "sport", "199.txt"))
	if err != nil {
		t.Skip(err)
	}
	d, err := Decode("sport/199.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != "windows-1252" || !utf8.ValidString(d.Text) || !strings.Contains(d.Text, "£") {
		t.Errorf("encoding %q, valid %v, has £ %v", d.Encoding, utf8.ValidString(d.Text), strings.Contains(d.Text, "£"))
	}
	if d.Title != "Chelsea sack Mutu" {
		t.Errorf("title %q", d.Title)
	}
}

// sharedData returns the shared data directory; the test is skipped when
// there is none.
func sharedData(t testing.TB) string {
	d := testenv.DataDir()
	if d == "" {
		t.Skip("shared/data not found")
	}
	return d
}

func TestHTML(t *testing.T) {
	tests := []struct {
		name, path, raw string
		lines           []string // the non-blank lines of the text, trimmed
		title           string
		furniture       []string // trimmed texts of the furniture spans
	}{
		{
			name: "article",
			path: "a.html",
			raw: "<!DOCTYPE html><html><head><title>Site | Story</title><style>p{color:red}</style></head>" +
				"<body><h1>Strike kills 63</h1><p class=\"x\">The strike&#8217;s toll <b>rose</b>.</p>" +
				"<script>var a = '<p>not text</p>';</script><!-- a comment --><p>A &amp; B said so.<br>Then left.</p></body></html>",
			// A character reference is padded with spaces to keep offsets,
			// which splits a word it stands inside.
			lines: []string{"Strike kills 63", "The strike’ s toll  rose .", "A &  B said so.", "Then left."},
			title: "Strike kills 63",
		},
		{
			// No .html name, but clearly an HTML document.
			name:  "sniffed",
			path:  "a.txt",
			raw:   "\n<html>\n<body>\n<p>Body text only.</p>\n</body>\n</html>\n",
			lines: []string{"Body text only."},
			title: "",
		},
		{
			// The headline comes from <title> when the body has none.
			name:  "title element",
			path:  "a.htm",
			raw:   "<html><head><title>Page  headline &amp; more</title></head><body><p>Body text.</p></body></html>",
			lines: []string{"Body text."},
			title: "Page headline & more",
		},
		{
			// Figure captions and footers are furniture.
			name: "caption and footer",
			path: "a.html",
			raw: "<body><h1>Headline</h1><figure><img src=x.jpg><figcaption>Troops in <i>Kyiv</i></figcaption></figure>" +
				"<p>Body text.</p><footer>© 2023 Example News</footer></body>",
			lines:     []string{"Headline", "Troops in Kyiv", "Body text.", "© 2023 Example News"},
			title:     "Headline",
			furniture: []string{"Troops in Kyiv", "© 2023 Example News"},
		},
		{
			// '>' inside a quoted attribute does not end the tag.
			name:  "attribute with angle bracket",
			path:  "a.html",
			raw:   `<p title="a > b">Text here.</p>`,
			lines: []string{"Text here."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode(tc.path, []byte(tc.raw))
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != "html" {
				t.Errorf("format %q", d.Format)
			}
			if len(d.Text) != len(tc.raw) {
				t.Fatalf("length changed: %d -> %d", len(tc.raw), len(d.Text))
			}
			var got []string
			for _, l := range splitLines(d.Text) {
				got = append(got, strings.Join(strings.Fields(l.text), " "))
			}
			want := make([]string, len(tc.lines))
			for i, l := range tc.lines {
				want[i] = strings.Join(strings.Fields(l), " ")
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
				t.Errorf("lines\n got %q\nwant %q", got, want)
			}
			if d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			var furn []string
			for _, f := range d.Furniture {
				furn = append(furn, strings.Join(strings.Fields(d.Text[f.Start:f.End]), " "))
			}
			if fmt.Sprintf("%q", furn) != fmt.Sprintf("%q", tc.furniture) {
				t.Errorf("furniture %q, want %q", furn, tc.furniture)
			}
			// Offsets are stable: every visible ASCII byte is where it was.
			for i := 0; i < len(d.Text); i++ {
				if c := d.Text[i]; c > ' ' && c < 0x80 && c != tc.raw[i] && tc.raw[i] != '&' {
					t.Fatalf("byte %d moved: %q in text, %q in file", i, c, tc.raw[i])
				}
			}
		})
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestMetadata(t *testing.T) {
	tests := []struct {
		name                  string
		text                  string
		title, author, outlet string
		published             time.Time
	}{
		{
			name:  "markdown heading, byline, date",
			text:  "\n\n# The missile attack and the crisis\n\nJane Peters  \n9 January 2023\n\nIn an effort to deflect blame, the ministry spoke on 3 March 2023.\n",
			title: "The missile attack and the crisis", author: "Jane Peters", published: date(2023, 1, 9),
		},
		{
			name:  "url line, headline, published line",
			text:  "http://www.nydailynews.com/entertainment/story-1.1333220\nActress checks into rehab, hires lawyer\nActress Jane Doe finally checked into rehab late Thursday.\nPUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM\nUPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM\nShe went there in 2010.\n",
			title: "Actress checks into rehab, hires lawyer", outlet: "nydailynews.com", published: time.Date(2013, 5, 2, 13, 32, 0, 0, time.UTC),
		},
		{
			// "Updated" comes first, but the publication date wins.
			name:  "updated before published",
			text:  "http://example.org/a\nHeadline here\nUPDATED 05 / 03 / 2013 at 11: 00 AM EDT\nOriginally published 05 / 02 / 2013 at 10: 20 AM EDT\nBody text.\n",
			title: "Headline here", outlet: "example.org", published: time.Date(2013, 5, 2, 10, 20, 0, 0, time.FixedZone("EDT", -4*3600)),
		},
		{
			name:  "by line with agency",
			text:  "Storm hits coast\nBy JOHN SMITH, Reuters\nJan. 5, 2010\n\nThe storm hit.\n",
			title: "Storm hits coast", author: "JOHN SMITH", published: date(2010, 1, 5),
		},
		{
			name:  "headline ending with an initial",
			text:  "Colts clinch playoff berth with win in K. C.\nPosted on December 23, 2012, 4: 42 PM EDT\nThe Colts won.\n",
			title: "Colts clinch playoff berth with win in K. C.", published: time.Date(2012, 12, 23, 16, 42, 0, 0, time.FixedZone("EDT", -4*3600)),
		},
		{
			name:  "title-case headline with a full stop",
			text:  "Swimmer And Actress Dies Aged 91.\n07 June 2013\nShe died.\n",
			title: "Swimmer And Actress Dies Aged 91.", published: date(2013, 6, 7),
		},
		{
			name:   "lead sentence is no headline",
			text:   "http://example.com/a\nAn Oklahoma man has pleaded not guilty to two murder charges.\nTrial is set for June.\n",
			outlet: "example.com",
		},
		{
			name:   "author label",
			text:   "Storm hits coast\nAuthor: Jane van Dam\n\nThe storm hit.\n",
			title:  "Storm hits coast",
			author: "Jane van Dam",
		},
		{
			name:   "posted by",
			text:   "Storm hits coast\nPosted by Jane Doe | 2 hours ago\n\nThe storm hit.\n",
			title:  "Storm hits coast",
			author: "Jane Doe",
		},
		{
			name:      "date run together with a disclaimer",
			text:      " date 2023-01-04 Disclaimer: A number of claims are being made.\n\n\n\nThe strike hit a school. More text.\n\nWhat happened?\n",
			published: date(2023, 1, 4),
		},
		{
			name:  "sentence that opens with a date",
			text:  "Lawman's Compass\nFelt died yesterday.\nFelt died at his home.\nOn Tuesday, Oct. 10, 1972, Washington awoke to this news:\nMore text.\n",
			title: "Lawman's Compass",
		},
		{
			name: "iso date and weekday",
			text: "Headline\nTuesday, 2023-01-03\nText.\n", title: "Headline", published: date(2023, 1, 3),
		},
		{
			name: "month day year",
			text: "Headline\nMay 5, 2010\nText.\n", title: "Headline", published: date(2010, 5, 5),
		},
		{
			name: "date after the headline line with the time first",
			text: "Headline\n12: 52 p. m. EDT May 2, 2013\nText.\n", title: "Headline", published: time.Date(2013, 5, 2, 12, 52, 0, 0, time.FixedZone("EDT", -4*3600)),
		},
		{
			// Dates inside body sentences are not the article's date.
			name:  "date only in the body",
			text:  "Headline of it\n\nOn January 2, 2023 the attack began.\n\nJanuary 3, 2023 was quiet.\n",
			title: "Headline of it",
		},
		{
			// A first line that is a sentence is not a headline, and a
			// later subheading is not taken for one.
			name: "no headline",
			text: "The strike killed many people.\n\nWhat happened?\n\nMore text.\n",
		},
		{
			// Two capitalised words are a byline only next to a date line.
			name:  "subhead is not a byline",
			text:  "Headline here\n\nBody text.\n\nVladimir Putin\n\nMore text.\n",
			title: "Headline here",
		},
		{
			name:  "question headline",
			text:  "over 60 soldiers killed, what do we know?\n\nWhat happened ?\n\nText.\n",
			title: "over 60 soldiers killed, what do we know?",
		},
		{
			name: "ordinal and two-digit year",
			text: "Headline\n29th February 2012\nText.\n", title: "Headline", published: date(2012, 2, 29),
		},
		{
			name: "impossible date",
			text: "Headline\n31 April 2012\nText.\n", title: "Headline",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode("a.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tc.title || d.Author != tc.author || d.Outlet != tc.outlet || !d.Published.Equal(tc.published) {
				t.Errorf("got title %q author %q outlet %q published %s\nwant title %q author %q outlet %q published %s",
					d.Title, d.Author, d.Outlet, d.Published, tc.title, tc.author, tc.outlet, tc.published)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time // zero: no date
		text string    // the matched text
	}{
		{"9 January 2023", date(2023, 1, 9), "9 January 2023"},
		{"January 2, 2023", date(2023, 1, 2), "January 2, 2023"},
		{"Posted on Thu Jun 13, 2013 08: 45 AM PDT", date(2013, 6, 13), "Jun 13, 2013"},
		{"Jan. 5, 2010", date(2010, 1, 5), "Jan. 5, 2010"},
		{"date 2023-01-04", date(2023, 1, 4), "2023-01-04"},
		{"December 15th, 2008, 7: 35 am", date(2008, 12, 15), "December 15th, 2008"},
		{"Mar 1 2012, 2: 35am CET", date(2012, 3, 1), "Mar 1 2012"},
		// Numeric dates are read month first, as US sites write them.
		{"05 / 02 / 2013", date(2013, 5, 2), "05 / 02 / 2013"},
		{"28/04/2013", date(2013, 4, 28), "28/04/2013"},
		{"06 / 06 / 13 07: 05 PM", date(2013, 6, 6), "06 / 06 / 13"},
		{"Edited on Mon Dec-19-05 03: 49 PM", date(2005, 12, 19), "Dec-19-05"},
		{"Published: 09th June 2013", date(2013, 6, 9), "09th June 2013"},
		{"Wednesday 3.5.2023", date(2023, 5, 3), "3.5.2023"},
		{"WASHINGTON-April 27 -", time.Time{}, ""},
		{"May I go?", time.Time{}, ""},
		{"30 February 2020", time.Time{}, ""},
		{"the 2022 season", time.Time{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			m, ok := findDate(tc.in)
			if !ok {
				if !tc.want.IsZero() {
					t.Errorf("no date, want %s", tc.want.Format(time.DateOnly))
				}
				return
			}
			if !m.t.Equal(tc.want) || tc.in[m.start:m.end] != tc.text {
				t.Errorf("got %s %q, want %s %q", m.t.Format(time.DateOnly), tc.in[m.start:m.end], tc.want.Format(time.DateOnly), tc.text)
			}
		})
	}
}

func TestFurniture(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "captions, credits, boilerplate",
			text: "Headline of the story\n\nIt comes after the strike.\nLOADINGERROR LOADING\n\nBody text here.\n\n" +
				"Soldiers walk past a ruined school\nSoldiers walk past a ruined school\nPA Graphics via PA Graphics/Press Association Images\n\n" +
				"More body.\n\nJohn Smith via Reuters\n\nEven more.\n\nClose\n\nWhat's Hot\n\nAdvertisement\n\nShare this article\n",
			want: []string{"LOADINGERROR LOADING", "Soldiers walk past a ruined school", "Soldiers walk past a ruined school",
				"PA Graphics via PA Graphics/Press Association Images", "John Smith via Reuters", "Close", "What's Hot",
				"Advertisement", "Share this article"},
		},
		{
			name: "comment form and contact footer",
			text: "Headline\n\nBody.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n" +
				"To contact the editors visit:\n\n**[example.org/contact](https://example.org/contact)**\n",
			want: []string{"Leave a Reply", "Your email address will not be published. Required fields are marked *",
				"To contact the editors visit:", "**[example.org/contact](https://example.org/contact)**"},
		},
		{
			name: "url, byline and date lines",
			text: "https://www.example.com/news/1\nHeadline\nBy Jane Doe\nPublished: May 2, 2013\nBody text.\n(With inputs from agencies)\n",
			want: []string{"https://www.example.com/news/1", "By Jane Doe", "Published: May 2, 2013", "(With inputs from agencies)"},
		},
		{
			name: "photo credits",
			text: "Headline\n\nBody.\n\nPhoto: Jane Doe/AFP\n\nJohn Smith/Getty Images\n\nText (AP Photo/Jane Doe)\n\nBody again.\n",
			want: []string{"Photo: Jane Doe/AFP", "John Smith/Getty Images", "Text (AP Photo/Jane Doe)"},
		},
		{
			// A repeated long paragraph is kept once.
			name: "repeated paragraph",
			text: "Headline\n\n" + strings.Repeat("The army said it was in the town. ", 20) + "\n" +
				strings.Repeat("The army said it was in the town. ", 20) + "\n",
			want: []string{strings.TrimSpace(strings.Repeat("The army said it was in the town. ", 20))},
		},
		{
			// Body sentences that merely mention agencies are content.
			name: "not furniture",
			text: "Headline\n\nThe photo was sent via Reuters to editors.\n\nShare prices rose.\n\nClose to 400 died.\n",
			want: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode("a.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for i, f := range d.Furniture {
				if f.Start < 0 || f.End > len(d.Text) || f.Start >= f.End || (i > 0 && f.Start < d.Furniture[i-1].End) {
					t.Fatalf("bad span %v in %v", f, d.Furniture)
				}
				got = append(got, d.Text[f.Start:f.End])
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
				t.Errorf("furniture\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics, keeps valid UTF-8 input
// byte-identical (HTML: the same length) and returns furniture spans that
// are ordered and inside the text.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "x", "Title\n\nBody.", "<html><p>a&amp;b</p></html>", "\xa3\x93x\x94", "May 2, 2013\nBy Jo Doe",
		"http://a.b/c\nT\n9 January 2023\nA B\n\nText.", "A\nA\nX via Reuters\n"} {
		f.Add("a.txt", []byte(s))
		f.Add("a.html", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, raw []byte) {
		d, err := Decode(name, raw)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatal("invalid UTF-8 text")
		}
		if d.Encoding == "utf-8" && d.Format != "html" && d.Text != string(raw) {
			t.Fatal("text changed")
		}
		if d.Encoding == "utf-8" && len(d.Text) != len(raw) {
			t.Fatal("length changed")
		}
		for i, f := range d.Furniture {
			if f.Start < 0 || f.End > len(d.Text) || f.Start >= f.End || (i > 0 && f.Start < d.Furniture[i-1].End) {
				t.Fatalf("bad span %v in %v", f, d.Furniture)
			}
		}
	})
}

func ExampleDecode() {
	raw := []byte("https://www.example.com/story\nStorm hits coast\nBy Jane Doe\nMay 5, 2010\n\nThe storm hit at dawn.\n")
	d, err := Decode("news/storm.txt", raw)
	if err != nil {
		fmt.Println(Reason(err))
		return
	}
	fmt.Println(d.Title, "|", d.Author, "|", d.Published.Format(time.DateOnly), "|", d.Outlet)
	for _, f := range d.Furniture {
		fmt.Printf("%q\n", d.Text[f.Start:f.End])
	}
	_, err = Decode("img.txt", []byte("GIF89a\x00\x01"))
	fmt.Println(Reason(err))
	// Output:
	// Storm hits coast | Jane Doe | 2010-05-05 | example.com
	// "https://www.example.com/story"
	// "By Jane Doe"
	// "May 5, 2010"
	// binary file (NUL byte at offset 6)
}

func TestDateLineTime(t *testing.T) {
	zone := func(name string, hours int) *time.Location { return time.FixedZone(name, hours*3600) }
	tests := []struct {
		name string
		in   string
		want time.Time
	}{
		{"no time", "November 27, 2005", date(2005, 11, 27)},
		{"12-hour, spaced", "Updated 5 / 5 / 2010 1: 41 PM", time.Date(2010, 5, 5, 13, 41, 0, 0, time.UTC)},
		{"zone", "Wed May 5, 2010 7: 12pm BST", time.Date(2010, 5, 5, 19, 12, 0, 0, zone("BST", 1))},
		{"24-hour", "Published time: March 12, 2013 02: 03", time.Date(2013, 3, 12, 2, 3, 0, 0, time.UTC)},
		{"dotted, unknown zone", "TNN Nov 12, 2011, 05.51AM IST MUMBAI:", time.Date(2011, 11, 12, 5, 51, 0, 0, time.UTC)},
		{"a.m.", "Posted: Thursday, May 2, 2013, 12: 32 a.m. EDT", time.Date(2013, 5, 2, 0, 32, 0, 0, zone("EDT", -4))},
		{"time before the date", "7: 00pm UK, Wednesday 05 May 2010", time.Date(2010, 5, 5, 19, 0, 0, 0, time.UTC)},
		// A time that cannot be is no time; the date stands.
		{"impossible time", "May 2, 2013 25:10", date(2013, 5, 2)},
		// Padded to the width of a page, longer than dateLine reads.
		{"trailing blanks", "October 19, 2019" + strings.Repeat(" ", 160), date(2019, 10, 19)},
		{"dotted, trailing blanks", "19.10.2019 12.09" + strings.Repeat(" ", 160), time.Date(2019, 10, 19, 12, 9, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _, ok := dateLine(tc.in)
			if !ok || !got.Equal(tc.want) || got.Location().String() != tc.want.Location().String() {
				t.Errorf("dateLine(%q) = %s %v, want %s", tc.in, got, ok, tc.want)
			}
		})
	}
}

func TestDateLineMisspeltMonth(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want time.Time // zero: not a date line
	}{
		{"dropped letter", "Novemer 27, 2005", date(2005, 11, 27)},
		{"extra letter", "Septembber 3, 2010", date(2010, 9, 3)},
		{"wrong letter, day first", "12 Februery 2013", date(2013, 2, 12)},
		{"with weekday and label", "Published: Monday, Octobr 5, 2009", date(2009, 10, 5)},
		{"spelt right", "November 27, 2005", date(2005, 11, 27)},
		// "Match" is one edit from "March", but its start differs.
		{"ordinary word one edit away", "Match 27, 2005", time.Time{}},
		// Short names must be exact: "Mat" is not May or March.
		{"short name", "Mat 27, 2005", time.Time{}},
		{"two edits", "Novmbr 27, 2005", time.Time{}},
		{"transposed start", "Setpember 3, 2010", time.Time{}},
		// A misspelt month in prose is not a date line.
		{"in prose", "Novemer 27, 2005 was a cold day in the town", time.Time{}},
		{"short line with a name", "TEHRAN Novemer 27, 2005", time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _, _, ok := dateLine(tc.in)
			if ok != !tc.want.IsZero() || !got.Equal(tc.want) {
				t.Errorf("dateLine(%q) = %s %v, want %s", tc.in, got.Format(time.DateOnly), ok, tc.want.Format(time.DateOnly))
			}
		})
	}
	// findDate, used on any line, reads exact month names only.
	if m, ok := findDate("Novemer 27, 2005"); ok {
		t.Errorf("findDate read a misspelt month: %s", m.t.Format(time.DateOnly))
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"novemer", "november", true},
		{"november", "novemer", true},
		{"noxember", "november", true},
		{"novembers", "november", true},
		{"november", "november", false}, // equal: no edit
		{"nvemer", "november", false},
		{"ab", "ba", false},
		{"", "a", true},
	}
	for _, tc := range tests {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			if got := oneEdit(tc.a, tc.b); got != tc.want {
				t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
