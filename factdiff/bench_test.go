package factdiff

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"factpipe/internal/testenv"
	"factpipe/tables"
)

// bbcSet makes an output-shaped Set from the BBC articles: one document per
// file, one figure per number with its sentence (sentences split at ". "),
// one person per capitalised word pair. It does not run the pipeline, so
// that the benchmark measures Compare alone on tables of a realistic size
// and text.
func bbcSet(b *testing.B) tables.Set {
	root := testenv.DataDir()
	if root == "" {
		b.Skip("shared/data not found")
	}
	var s tables.Set
	people := map[string]int64{}
	err := filepath.WalkDir(filepath.Join(root, "bbc"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		id := fmt.Sprintf("d%05d", len(s.Documents))
		title, _, _ := strings.Cut(string(raw), "\n")
		s.Documents = append(s.Documents, tables.Document{DocID: id, Path: filepath.ToSlash(rel), Title: title, Encoding: "utf-8", Format: "text"})
		for _, sent := range strings.Split(string(raw), ". ") {
			words := strings.Fields(sent)
			for i, w := range words {
				if v, err := strconv.ParseFloat(strings.Trim(w, "£$%,."), 64); err == nil && i+1 < len(words) {
					s.Figures = append(s.Figures, tables.Figure{FigureID: fmt.Sprintf("f%d", len(s.Figures)), DocID: id,
						Text: w + " " + words[i+1], Value: &v, Qualifier: "exact", Unit: words[i+1], SentenceText: sent})
				}
				if i+1 < len(words) && unicode.IsUpper([]rune(w)[0]) && unicode.IsUpper([]rune(words[i+1])[0]) {
					people[w+" "+words[i+1]]++
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for name, n := range people {
		s.People = append(s.People, tables.Person{PersonID: name, Entity: tables.Entity{Name: name, Aliases: []string{strings.ToUpper(name)}, Titles: []string{}, Mentions: n, Documents: 1}})
	}
	slices.SortFunc(s.People, func(a, b tables.Person) int { return strings.Compare(a.Name, b.Name) })
	return s
}

func BenchmarkCompareBBC(b *testing.B) {
	old := bbcSet(b)
	// Every tenth figure revised in its text, every hundredth person's
	// aliases changed.
	new := clone(old)
	for i := 0; i < len(new.Figures); i += 10 {
		f := &new.Figures[i]
		v := *f.Value + 1
		f.Value = &v
		f.Text = "1" + f.Text
		f.SentenceText = strings.Replace(f.SentenceText, old.Figures[i].Text, f.Text, 1)
	}
	for i := 0; i < len(new.People); i += 100 {
		new.People[i].Aliases = []string{"Someone Else"}
	}
	a, r, c := Compare(old, new, Options{Tolerance: 0.01}).Counts()
	b.Logf("%d documents, %d figures, %d people: %d added, %d removed, %d changed",
		len(old.Documents), len(old.Figures), len(old.People), a, r, c)
	b.ResetTimer()
	for b.Loop() {
		rep := Compare(old, new, Options{Tolerance: 0.01})
		if rep.Equal() {
			b.Fatal("no differences found")
		}
	}
}
