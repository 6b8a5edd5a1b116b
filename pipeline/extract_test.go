package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/tables"
)

func TestExtract(t *testing.T) {
	st := fakeStages()
	figures := st.Figures
	st.Figures = func(d *doc.Document, ms []doc.Mention) ([]doc.Figure, []doc.Event) {
		if strings.HasPrefix(d.Text, "Boom") {
			var fs []doc.Figure
			_ = fs[len(d.Text)] // index out of range
		}
		return figures(d, ms)
	}
	for _, tc := range []struct {
		name, text string
		mentions   int
		figures    int
		reject     string // prefix of the reason; "" for none
	}{
		{name: "names and numbers", text: "Ann saw 3 boats and Bob 0.", mentions: 2, figures: 2},
		{name: "binary", text: "a\x00b", reject: "binary file"},
		// A panic in a stage rejects the document, naming the stage.
		{name: "stage panic", text: "Boom 3", reject: "internal error in the figures stage: runtime error: index out of range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := st.Extract("a.txt", []byte(tc.text))
			switch {
			case tc.reject != "":
				if err == nil || !strings.HasPrefix(err.Error(), tc.reject) {
					t.Fatalf("error %v, want one starting %q", err, tc.reject)
				}
			case err != nil:
				t.Fatal(err)
			case len(res.Mentions) != tc.mentions || len(res.Figures) != tc.figures || res.Doc.Path != "a.txt":
				t.Errorf("%s: %d mentions, %d figures; want %d and %d", res.Doc.Path, len(res.Mentions), len(res.Figures), tc.mentions, tc.figures)
			}
		})
	}
}

// Extract over every file, then reconcile and build, gives the tables Run
// writes.
func TestExtractEqualsRun(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 12)
	st := fakeStages()
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Run(context.Background(), Config{In: in, Out: out, Workers: 3}, st); err != nil {
		t.Fatal(err)
	}
	want, err := tables.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	paths, _, err := List(in)
	if err != nil {
		t.Fatal(err)
	}
	var results []doc.Result
	var digests []doc.Digest
	for _, p := range paths {
		raw, err := os.ReadFile(filepath.Join(in, p))
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.Extract(p, raw)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, res)
		digests = append(digests, st.Digest(res))
	}
	got := tables.Build(results, st.Reconcile(digests), nil)
	if !reflect.DeepEqual(got.Mentions, want.Mentions) || !reflect.DeepEqual(got.Figures, want.Figures) ||
		!reflect.DeepEqual(got.People, want.People) || !reflect.DeepEqual(got.Stories, want.Stories) {
		t.Errorf("tables of Extract differ from those of Run")
	}
}

func TestDigestRoundTrip(t *testing.T) {
	zero, two := 0.0, 2.0
	name := doc.Name{Kind: doc.Person, Text: "Ann", Title: "Dr"}
	for _, tc := range []struct {
		name string
		d    doc.Digest
	}{
		{name: "empty", d: doc.Digest{Doc: doc.Info{Path: "e.txt"}}},
		// Gob drops zero values, even behind a pointer: a value of 0 must
		// come back as a pointer to 0, not as nil.
		{name: "zero value", d: doc.Digest{Doc: doc.Info{Path: "z.txt"},
			Names:    []doc.NameCount{{Name: &name, Count: 2}},
			Figures:  []doc.Figure{{ID: "f1", Value: &zero, High: &two}, {ID: "f2"}},
			Events:   []doc.Event{{ID: "e1", Subject: "Ann"}},
			Keywords: []doc.Keyword{{Word: "quake", Count: 3}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EncodeDigest(tc.d)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeDigest(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.d) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, tc.d)
			}
		})
	}
	if _, err := DecodeDigest([]byte("not gob")); err == nil {
		t.Error("DecodeDigest of garbage: no error")
	}
}
