package tables

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func ptr[T any](v T) *T { return &v }

// sampleSet is a small hand-built Set that exercises NULLs, dates, empty and
// non-empty lists and every table.
func sampleSet() Set {
	day := Date(time.Date(2023, 1, 2, 15, 4, 0, 0, time.UTC))
	return Set{
		Documents: []Document{
			{DocID: "aaaa", Path: "a.txt", Title: "First", Outlet: ptr("example.com"), Published: day,
				Encoding: "utf-8", Format: "text", Sentences: 3, Tokens: 40, Bytes: 200},
			// NULL outlet, author and date.
			{DocID: "bbbb", Path: "sub/b.html", Encoding: "windows-1252", Format: "html", Sentences: 1, Tokens: 5, Bytes: 30},
		},
		Mentions: []Mention{
			{DocID: "aaaa", EntityID: "p1", Kind: "person", Text: "Ada Lovelace", Title: ptr("Countess"), Sentence: 0, Start: 10, End: 22},
			{DocID: "bbbb", EntityID: "l1", Kind: "place", Text: "Zürich", Start: 0, End: 7},
		},
		People: []Person{
			{PersonID: "p1", Entity: Entity{Name: "Ada Lovelace", Aliases: []string{"Lovelace"}, Titles: []string{"Countess"}, Mentions: 2, Documents: 1}},
			{PersonID: "p2", Entity: Entity{Name: "Nobody", Aliases: []string{}, Titles: []string{}, Mentions: 1, Documents: 1}},
		},
		Places:        []Place{{PlaceID: "l1", Entity: Entity{Name: "Zürich", Aliases: []string{"Zurich", "Zuerich"}, Titles: []string{}, Mentions: 1, Documents: 1}}},
		Organizations: []Organization{{OrganizationID: "o1", Entity: Entity{Name: "Acme", Aliases: []string{}, Titles: []string{}, Mentions: 1, Documents: 1}}},
		Figures: []Figure{
			{FigureID: "f1", DocID: "aaaa", Sentence: 1, Start: 50, End: 60, Text: "63 soldiers", Value: ptr(63.0), Low: ptr(63.0), High: ptr(63.0),
				Qualifier: "exact", Unit: "soldier", Measure: ptr("killed"), Subject: ptr("the strike"), Claimant: ptr("the ministry"),
				ClaimedOn: day, SentenceText: "The ministry said 63 soldiers were killed."},
			// A vague figure: NULL value, bounds, measure, subject, claimant and date.
			{FigureID: "f2", DocID: "bbbb", Start: 0, End: 8, Text: "hundreds", Qualifier: "vague", Unit: "person", SentenceText: "Hundreds came."},
		},
		Quantities: []Quantity{
			{QuantityID: "q1", Subject: ptr("the strike"), Measure: ptr("killed"), Unit: "soldier", Claims: 1, Sources: 1,
				Low: ptr(63.0), High: ptr(63.0), FigureIDs: []string{"f1"}},
			{QuantityID: "q2", Unit: "person", Claims: 0, FigureIDs: []string{}},
		},
		Contradictions: []Contradiction{
			{ContradictionID: "c1", Kind: "numeric_dispute", Subject: ptr("the strike"), FigureA: ptr("f1"), FigureB: ptr("f2"),
				ClaimA: "63 killed", ClaimB: "hundreds", SourceA: ptr("the ministry"), DocA: "aaaa", DocB: "bbbb", Explanation: "They differ."},
			{ContradictionID: "c2", Kind: "name_variant", ClaimA: "Zurich", ClaimB: "Zürich", DocA: "aaaa", DocB: "bbbb", Explanation: "Two spellings."},
		},
		Rejects: []Reject{{Path: "c.pdf", Reason: "unsupported format"}},
	}
}

func TestReadRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		set  Set
	}{
		{"sample", sampleSet()},
		// Every table empty: Read gives nil slices, as the zero Set has.
		{"empty", Set{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := Write(context.Background(), dir, tt.set); err != nil {
				t.Fatal(err)
			}
			got, err := Read(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.set) {
				t.Errorf("Read after Write:\n got %+v\nwant %+v", got, tt.set)
			}
		})
	}
}

func TestReadMissing(t *testing.T) {
	tests := []struct {
		name    string
		remove  []string
		wantErr string // "" when Read must succeed
	}{
		{"all present", nil, ""},
		// Outputs made before these tables existed lack them.
		{"no rejects", []string{"rejects.parquet"}, ""},
		{"no quantities or rejects", []string{"quantities.parquet", "rejects.parquet"}, ""},
		{"no figures", []string{"figures.parquet"}, "figures.parquet"},
		{"no documents", []string{"documents.parquet"}, "documents.parquet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			want := sampleSet()
			if err := Write(context.Background(), dir, want); err != nil {
				t.Fatal(err)
			}
			for _, name := range tt.remove {
				if err := os.Remove(filepath.Join(dir, name)); err != nil {
					t.Fatal(err)
				}
				switch name {
				case "rejects.parquet":
					want.Rejects = nil
				case "quantities.parquet":
					want.Quantities = nil
				}
			}
			got, err := Read(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, fs.ErrNotExist) {
					t.Fatalf("Read: err = %v, want a not-exist error naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Read:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestReadCorrupt(t *testing.T) {
	dir := t.TempDir()
	if err := Write(context.Background(), dir, sampleSet()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "people.parquet"), []byte("not parquet"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Read(dir)
	if err == nil || !strings.Contains(err.Error(), "people.parquet") {
		t.Fatalf("Read: err = %v, want an error naming people.parquet", err)
	}
}

func TestReadNoDir(t *testing.T) {
	_, err := Read(filepath.Join(t.TempDir(), "absent"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Read: err = %v, want not exist", err)
	}
}

// A table may be a folder of part files, flat or in hive partitions: Read
// concatenates the parts in lexical order of their paths.
func TestReadParts(t *testing.T) {
	s := sampleSet()
	for _, tc := range []struct {
		name string
		part func(table string, i int) string // path of part i of a table
	}{
		{"flat parts", func(table string, i int) string {
			return filepath.Join(table, "part-0000"+string(rune('0'+i))+".parquet")
		}},
		{"hive parts", func(table string, i int) string {
			return filepath.Join(table, "run_date=2026-01-0"+string(rune('1'+i)), "part-00000.parquet")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			// Two parts of the mentions and figures tables, one of every other.
			err := WriteLayout(context.Background(), s, func(table string) string { return filepath.Join(dir, tc.part(table, 0)) })
			if err != nil {
				t.Fatal(err)
			}
			write := func(table string, i int, rows func(path string) error) {
				path := filepath.Join(dir, tc.part(table, i))
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := rows(path); err != nil {
					t.Fatalf("%s: %v", path, err)
				}
			}
			write("mentions", 0, func(p string) error { return WriteFile(p, s.Mentions[:1]) })
			write("mentions", 1, func(p string) error { return WriteFile(p, s.Mentions[1:]) })
			write("figures", 0, func(p string) error { return WriteFile(p, s.Figures[:1]) })
			write("figures", 1, func(p string) error { return WriteFile(p, s.Figures[1:]) })
			got, err := Read(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, s) {
				t.Errorf("Read of parts:\n got %+v\nwant %+v", got, s)
			}
		})
	}
}

// A table folder without part files is an error that names the folder.
func TestReadEmptyTableFolder(t *testing.T) {
	dir := t.TempDir()
	if err := Write(context.Background(), dir, sampleSet()); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "people.parquet")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "people"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Read(dir)
	if err == nil || !strings.Contains(err.Error(), "people: a folder without .parquet files") {
		t.Errorf("error %v, want one naming the people folder", err)
	}
}
