package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"factpipe/doc"
)

func f64(v float64) *float64 { return &v }

// encodeResult and decodeResult carry every field of a result, as the cache
// and the spill need.
func TestEncodeResult(t *testing.T) {
	info := doc.Info{ID: "44ca923e62e27071", Path: "a/b.txt", Encoding: "utf-8", Format: "text", Title: "T",
		Published: time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC), Sentences: 3, Tokens: 40, Bytes: 200}
	tests := []struct {
		name string
		r    doc.Result
	}{
		{"empty", doc.Result{Doc: info}},
		{"mentions", doc.Result{Doc: info, Mentions: []doc.Mention{
			{Kind: doc.Person, Text: "Putin", Start: 3, End: 8, Sentence: 1, Title: "President"},
			{Kind: doc.Place, Text: "U.S.", Start: 0, End: 4, Ref: "country:US"},
		}}},
		// Gob drops zero values, even behind a pointer: "zero growth" and
		// "0-2" must not come back as unknown values.
		{"zero values", doc.Result{Doc: info, Figures: []doc.Figure{
			{ID: "1", Text: "zero", Value: f64(0), Low: f64(0), High: f64(0), Qualifier: doc.Exact},
			{ID: "2", Text: "0-2", Low: f64(0), High: f64(2), Qualifier: doc.Range},
			{ID: "3", Text: "dozens", Low: f64(12), Qualifier: doc.Vague},
		}}},
		{"no bounds", doc.Result{Doc: info, Figures: []doc.Figure{
			{ID: "1", Text: "89", Value: f64(89), Unit: "soldier", Subject: "Makiivka", Claimant: "Moscow",
				ClaimedOn: time.Date(2023, 1, 3, 0, 0, 0, 0, time.UTC), SentenceText: "Moscow said 89 soldiers died."},
			{ID: "2", Text: "hundreds", Qualifier: doc.Vague},
		}}},
		{"events", doc.Result{Doc: info, Events: []doc.Event{
			{ID: "1", DocID: "d", Sentence: 2, Start: 10, End: 18, Text: "Thursday", Subject: "Mark Felt", Action: "died",
				Weekday: "Thursday", Claimant: "Rob Jones", SentenceText: "Felt died Thursday, said Rob Jones."},
			{ID: "2", Start: 0, End: 5, Text: "today", Subject: "Jo Ann", Action: "arrested",
				On: time.Date(2023, 1, 3, 0, 0, 0, 0, time.UTC), Weekday: "Tuesday", Edge: true},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := encodeResult(tt.r)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decodeResult(enc)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.r) {
				t.Errorf("got %+v, want %+v", got, tt.r)
			}
		})
	}
}

// A spill gives back every result in the order put, and leaves nothing
// behind.
func TestSpill(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	sp, err := newSpill(out)
	if err != nil {
		t.Fatal(err)
	}
	want := []doc.Result{
		{Doc: doc.Info{Path: "a"}, Mentions: []doc.Mention{{Kind: doc.Place, Text: "Nice", Start: 4, Ref: "geonames:2990440"}}},
		// Fields of the previous result must not leak into one without them.
		{Doc: doc.Info{Path: "b"}},
		{Doc: doc.Info{Path: "c"}, Figures: []doc.Figure{{ID: "1", Text: "zero", Value: f64(0), Qualifier: doc.Exact}}},
		{Doc: doc.Info{Path: "d"}, Figures: []doc.Figure{{ID: "2", Text: "none"}}},
	}
	for _, r := range want {
		if err := sp.put(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := sp.finish(); err != nil {
		t.Fatal(err)
	}
	for range 2 { // any number of readers
		var got []doc.Result
		err := sp.each(context.Background(), func(r doc.Result, k int) error {
			if k != len(got) {
				t.Errorf("result %d given as %d", len(got), k)
			}
			got = append(got, r)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %+v, want %+v", got, want)
		}
	}
	if err := sp.remove(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("%d entries left beside the output", len(entries))
	}
}

// spillRows hands every result's rows in order, in batches of batchRows
// rows but the last, and stops at the first error of yield.
func TestSpillRows(t *testing.T) {
	const n = 3000 // results of 3 rows: 9000 rows, two full batches
	sp, err := newSpill(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer sp.remove()
	for i := range n {
		if err := sp.put(doc.Result{Mentions: []doc.Mention{{Start: i}, {Start: i}, {Start: i}}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sp.finish(); err != nil {
		t.Fatal(err)
	}
	add := func(dst []int, r doc.Result, k int) []int {
		for _, m := range r.Mentions {
			if m.Start != k {
				t.Fatalf("result %d has start %d", k, m.Start)
			}
			dst = append(dst, k)
		}
		return dst
	}
	tests := []struct {
		name      string
		failAfter int // batches yield accepts before failing; -1 never
		want      []int
		wantErr   bool
	}{
		{"all", -1, []int{batchRows, batchRows, 3*n - 2*batchRows}, false},
		{"yield fails", 1, []int{batchRows, batchRows}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			next := 0
			err := spillRows(context.Background(), sp, add)(func(rows []int) error {
				got = append(got, len(rows))
				for _, k := range rows {
					if k != next/3 {
						t.Fatalf("row %d from result %d", next, k)
					}
					next++
				}
				if tt.failAfter >= 0 && len(got) > tt.failAfter {
					return errors.New("full disk")
				}
				return nil
			})
			if (err != nil) != tt.wantErr {
				t.Errorf("err = %v", err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("batches %v, want %v", got, tt.want)
			}
		})
	}
}
