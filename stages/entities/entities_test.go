package entities

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/internal/testenv"
	"factpipe/stages/tokenize"
)

func mustLoad(tb testing.TB) *Tagger {
	tb.Helper()
	t, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// newDoc tokenizes text; lines listed in headlines become headlines.
func newDoc(text string, headlines ...int) *doc.Document {
	d := &doc.Document{ID: doc.DocID(text), Text: text}
	tokenize.Tokenize(d)
	for _, h := range headlines {
		d.Sentences[h].Kind = doc.Headline
	}
	return d
}

type want struct {
	kind  doc.Kind
	text  string
	title string
}

func TestTag(t *testing.T) {
	tg := mustLoad(t)
	tests := []struct {
		name      string
		text      string
		headlines []int
		want      []want // every mention, in order
	}{
		{
			name: "title before name",
			text: "Defence Minister Ben Wallace told parliament in London on Tuesday that the army would grow.",
			want: []want{{doc.Person, "Ben Wallace", "Defence Minister"}, {doc.Place, "London", ""}},
		},
		{
			// Abbreviated rank: "Lt General" is the title, not part of the name.
			name: "abbreviated military rank",
			text: "Lt General Mark Carleton-Smith said the troops had withdrawn from Basra.",
			want: []want{{doc.Person, "Mark Carleton-Smith", "Lt General"}, {doc.Place, "Basra", ""}},
		},
		{
			name: "lower-case role",
			text: "A spokesman, John Kirby, declined to comment, but Pentagon spokesman John Kirby later said the talks had failed.",
			want: []want{{doc.Person, "John Kirby", ""}, {doc.Organization, "Pentagon", ""}, {doc.Person, "John Kirby", "spokesman"}},
		},
		{
			// The tokenizer may keep "Germany's" whole; the 's is never part of the name.
			name: "possessive",
			text: "Germany's Chancellor Angela Merkel met Microsoft's chief executive in Berlin.",
			want: []want{{doc.Place, "Germany", ""}, {doc.Person, "Angela Merkel", "Chancellor"}, {doc.Organization, "Microsoft", ""}, {doc.Place, "Berlin", ""}},
		},
		{
			// The last token of the text is a name, with no final punctuation.
			name: "entity at end of text",
			text: "The peace talks will resume next week in Geneva",
			want: []want{{doc.Place, "Geneva", ""}},
		},
		{
			// Curly apostrophe and em dashes around an organisation.
			name: "em dashes and curly apostrophe",
			text: "The alliance — NATO — said Britain’s forces would stay in Estonia.",
			want: []want{{doc.Organization, "NATO", ""}, {doc.Place, "Britain", ""}, {doc.Place, "Estonia", ""}},
		},
		{
			// "Washington" is a place in one sentence and a person in the other:
			// labels depend on context, not on a document-wide vote.
			name: "same word, two labels",
			text: "The delegation flew to Washington on Monday. Denzel Washington won the award for the role.",
			want: []want{{doc.Place, "Washington", ""}, {doc.Person, "Denzel Washington", ""}},
		},
		{
			// A sentence-case headline: capitals still tell names apart.
			name:      "sentence-case headline",
			text:      "Ukraine says hundreds of troops killed in strike near Donetsk\n\nThe strike hit a school.",
			headlines: []int{0},
			want:      []want{{doc.Place, "Ukraine", ""}, {doc.Place, "Donetsk", ""}},
		},
		{
			// The role after the name, in apposition.
			name: "appositive title",
			text: "Ben Wallace, the defence secretary, visited troops in Estonia.",
			want: []want{{doc.Person, "Ben Wallace", "defence secretary"}, {doc.Place, "Estonia", ""}},
		},
		{
			// The name ends at a compound's lower-case tail.
			name: "hyphenated compound",
			text: "The rebels said Ukraine had used United States-supplied HIMARS launchers.",
			want: []want{{doc.Place, "Ukraine", ""}, {doc.Place, "United States", ""}},
		},
		{
			name: "honorific dropped",
			text: "Mr Johnson flew to Kyiv on Saturday.",
			want: []want{{doc.Person, "Johnson", ""}, {doc.Place, "Kyiv", ""}},
		},
		{
			// A plural nationality word is people, not a place, whatever the model says.
			name: "nationality plural",
			text: "Poles and Ukrainians marched through Warsaw on Sunday.",
			want: []want{{doc.Place, "Warsaw", ""}},
		},
		{
			name: "nationality is not emitted",
			text: "Russian officials said the French ambassador had been summoned.",
			want: nil,
		},
		{
			// A title-case headline: only the name that the body supports, not
			// every capitalised word.
			name:      "title-case headline",
			text:      "Ukraine Says Hundreds Of Troops Killed In Overnight Strike\n\nOfficials in Ukraine said on Monday that the strike had hit a school.",
			headlines: []int{0},
			want:      []want{{doc.Place, "Ukraine", ""}, {doc.Place, "Ukraine", ""}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.text, tc.headlines...)
			ms := tg.Tag(d)
			var got []want
			for _, m := range ms {
				if m.Text != d.Text[m.Start:m.End] {
					t.Errorf("mention %q: Text != d.Text[%d:%d] (%q)", m.Text, m.Start, m.End, d.Text[m.Start:m.End])
				}
				if s := d.SentenceAt(m.Start); s != m.Sentence {
					t.Errorf("mention %q: Sentence = %d, want %d", m.Text, m.Sentence, s)
				}
				got = append(got, want{m.Kind, m.Text, m.Title})
			}
			if !equalWants(got, tc.want) {
				t.Errorf("Tag(%q)\n got %v\nwant %v", tc.text, got, tc.want)
			}
		})
	}
}

func equalWants(a, b []want) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTagSkipsFurniture(t *testing.T) {
	tg := mustLoad(t)
	d := newDoc("Photo: John Smith/Reuters\n\nPresident Joe Biden arrived in Warsaw.")
	d.Sentences[0].Kind = doc.Furniture
	for _, m := range tg.Tag(d) {
		if m.Sentence == 0 {
			t.Errorf("mention %q found in furniture", m.Text)
		}
	}
}

func TestTagEmpty(t *testing.T) {
	tg := mustLoad(t)
	if ms := tg.Tag(&doc.Document{}); len(ms) != 0 {
		t.Errorf("Tag(empty) = %v", ms)
	}
}

func TestIOB(t *testing.T) {
	tests := []struct {
		name string
		tags string
		iob2 bool
		want []span
	}{
		{"iob1 single", "I-PER I-PER O I-LOC", false, []span{{0, 2, 0}, {3, 4, 1}}},
		// B- only between two adjacent entities of one type in IOB1.
		{"iob1 adjacent", "I-LOC B-LOC I-LOC O", false, []span{{0, 1, 1}, {1, 3, 1}}},
		{"iob1 type change", "I-ORG I-LOC", false, []span{{0, 1, 2}, {1, 2, 1}}},
		{"iob2", "B-PER I-PER B-PER O B-MISC", true, []span{{0, 2, 0}, {2, 3, 0}, {4, 5, 3}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tags := strings.Fields(tc.tags)
			got, err := iobSpans(tags)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("spans %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("spans %v, want %v", got, tc.want)
				}
			}
			if back := strings.Join(iobTags(got, len(tags), tc.iob2), " "); back != tc.tags {
				t.Errorf("iobTags = %q, want %q", back, tc.tags)
			}
			if back := bilouSpans(bilouTags(got, len(tags)), nil); len(back) != len(got) {
				t.Errorf("BILOU round trip: %v, want %v", back, got)
			}
		})
	}
	if _, err := iobSpans([]string{"X-PER"}); err == nil {
		t.Error("iobSpans accepted X-PER")
	}
}

// TestEvaluateTesta checks that the embedded model keeps its accuracy on
// the CoNLL-2003 development set.
func TestEvaluateTesta(t *testing.T) {
	dir := testenv.DataDir()
	if dir == "" {
		t.Skip("shared/data not found")
	}
	f, err := os.Open(filepath.Join(dir, "conll2003", "eng.testa"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var pred bytes.Buffer
	rep, err := EvaluateCoNLL(f, &pred)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	if rep.Overall.F1 < 90.5 {
		t.Errorf("testa F1 = %.2f, want >= 90.5", rep.Overall.F1)
	}
	if rep.Tokens != 51362 || rep.Sentences != 3250 {
		t.Errorf("read %d tokens, %d sentences; want 51362, 3250", rep.Tokens, rep.Sentences)
	}
	// The predictions file has one line per token and a blank line per sentence.
	lines := strings.Count(pred.String(), "\n")
	if lines != rep.Tokens+rep.Sentences {
		t.Errorf("predictions have %d lines, want %d", lines, rep.Tokens+rep.Sentences)
	}
}

func TestModelRoundTrip(t *testing.T) {
	tg := mustLoad(t)
	var a, b bytes.Buffer
	if err := tg.WriteModel(&a); err != nil {
		t.Fatal(err)
	}
	t2, err := LoadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := t2.WriteModel(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("model changed on a write-read-write round trip")
	}
	if _, err := LoadModel(strings.NewReader("not a model")); err == nil {
		t.Error("LoadModel accepted garbage")
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n-DOCSTART- -X- O O\n")
	f.Add("a I-PER\nb B-PER\n\nc O\n")
	f.Add("x\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := readCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, st := range d.sents {
				tags := iobTags(st.spans, len(st.words), false)
				again, err := iobSpans(tags)
				if err != nil || len(again) != len(st.spans) {
					t.Fatalf("IOB1 round trip of %v: %v, %v", st.spans, again, err)
				}
			}
		}
	})
}

func TestReportString(t *testing.T) {
	var sc scorer
	gold := []span{{0, 2, 0}, {3, 4, 1}}
	pred := []span{{0, 2, 0}, {3, 4, 2}}
	sc.add(gold, pred, []string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"I-PER", "I-PER", "O", "I-ORG"})
	got := sc.report().String()
	want := `processed 4 tokens with 2 phrases; found: 2 phrases; correct: 1.
accuracy:  75.00%; precision:  50.00%; recall:  50.00%; FB1:  50.00
              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
             MISC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
`
	if got != want {
		t.Errorf("Report.String() =\n%s\nwant\n%s", got, want)
	}
}
