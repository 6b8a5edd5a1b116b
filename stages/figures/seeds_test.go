package figures

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factpipe/doc"
)

// seedFixture is testdata/seeds_figures.json: the figures a careful reader
// finds in the seed articles.
type seedFixture struct {
	Articles []struct {
		File       string       `json:"file"`
		Published  string       `json:"published"`
		Figures    []seedFigure `json:"figures"`
		NotFigures []string     `json:"not_figures"`
	} `json:"articles"`
}

type seedFigure struct {
	Text        string   `json:"text"`
	Nth         int      `json:"nth"`
	Value       *float64 `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Qualifier   string   `json:"qualifier"`
	UnitClass   string   `json:"unit_class"`
	Measure     string   `json:"measure"`
	Claimant    string   `json:"claimant"`
	ClaimantAlt []string `json:"claimant_alt"`
	ClaimedOn   *string  `json:"claimed_on"`
	Subject     *string  `json:"subject"`
	Casualty    bool     `json:"casualty"`
}

// score counts right answers for one field.
type score struct{ right, total int }

func (s *score) add(ok bool) {
	s.total++
	if ok {
		s.right++
	}
}

func (s score) rate() float64 {
	if s.total == 0 {
		return 1
	}
	return float64(s.right) / float64(s.total)
}

// normName makes claimant names comparable: lower case, no quotes,
// articles or punctuation.
func normName(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("“", "", "”", "", "\"", "", "’", "'", ",", "", ".", "").Replace(s)
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

func sameFloat(want, got *float64) bool {
	if want == nil {
		return true // not specified
	}
	return got != nil && math.Abs(*want-*got) <= 1e-6*math.Max(1, math.Abs(*want))
}

// nthIndex returns the byte offset of the nth (1-based) occurrence of sub.
func nthIndex(s, sub string, n int) int {
	off := 0
	for i := 1; ; i++ {
		j := strings.Index(s[off:], sub)
		if j < 0 {
			return -1
		}
		if i >= n {
			return off + j
		}
		off += j + len(sub)
	}
}

// TestSeeds measures the extractor against the hand-written fixture:
// recall, and per-field accuracy of the figures found.
func TestSeeds(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "seeds_figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fx seedFixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var recall, casualty, value, qual, measure, unit, claimant, date, subject, notFig score
	for _, a := range fx.Articles {
		path := filepath.Join("..", "..", "seeds", a.File)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("seeds absent: %v", err)
		}
		d := loadDoc(t, path)
		if d.Published.IsZero() && a.Published != "" {
			d.Published, _ = time.Parse("2006-01-02", a.Published)
		}
		figs := x.Extract(d, mentionsOf(d))
		for _, w := range a.Figures {
			nth := max(w.Nth, 1)
			at := nthIndex(d.Text, w.Text, nth)
			if at < 0 {
				t.Fatalf("%s: anchor %q (#%d) not in the text", a.File, w.Text, nth)
			}
			var got *doc.Figure
			for i := range figs {
				if figs[i].Start < at+len(w.Text) && at < figs[i].End {
					got = &figs[i]
					break
				}
			}
			name := fmt.Sprintf("%s %q", a.File[:3], w.Text)
			recall.add(got != nil)
			if w.Casualty {
				casualty.add(got != nil)
			}
			if got == nil {
				t.Logf("MISSED %s", name)
				continue
			}
			check := func(s *score, field string, ok bool, want, have any) {
				s.add(ok)
				if !ok {
					t.Logf("WRONG %-8s %s: want %v, got %v", field, name, want, have)
				}
			}
			vOK := sameFloat(w.Value, got.Value) && sameFloat(w.Low, got.Low) && sameFloat(w.High, got.High) &&
				(w.Value != nil || got.Value == nil)
			check(&value, "value", vOK, fmt.Sprintf("%s [%s,%s]", fmtFloat(w.Value), fmtFloat(w.Low), fmtFloat(w.High)),
				fmt.Sprintf("%s [%s,%s]", fmtFloat(got.Value), fmtFloat(got.Low), fmtFloat(got.High)))
			check(&qual, "qualifier", string(got.Qualifier) == w.Qualifier, w.Qualifier, got.Qualifier)
			check(&measure, "measure", got.Measure == w.Measure, w.Measure, got.Measure)
			check(&unit, "unit", got.UnitClass == w.UnitClass, w.UnitClass, got.UnitClass)
			ok := normName(got.Claimant) == normName(w.Claimant) || w.Claimant == "" && got.Claimant == d.Outlet
			for _, alt := range w.ClaimantAlt {
				ok = ok || normName(got.Claimant) == normName(alt)
			}
			check(&claimant, "claimant", ok, w.Claimant, got.Claimant)
			if w.ClaimedOn != nil {
				have := ""
				if !got.ClaimedOn.IsZero() {
					have = got.ClaimedOn.Format("2006-01-02")
				}
				check(&date, "date", have == *w.ClaimedOn, *w.ClaimedOn, have)
			}
			if w.Subject != nil {
				check(&subject, "subject", got.Subject == *w.Subject, *w.Subject, got.Subject)
			}
		}
		for _, nf := range a.NotFigures {
			at := strings.Index(d.Text, nf)
			if at < 0 {
				t.Fatalf("%s: not-figure %q not in the text", a.File, nf)
			}
			ok := true
			for _, f := range figs {
				if f.Start < at+len(nf) && at < f.End {
					ok = false
					t.Logf("NOT A COUNT %s %q taken as %q", a.File[:3], nf, f.Text)
				}
			}
			notFig.add(ok)
		}
	}
	t.Logf("recall %d/%d (casualty %d/%d); value %.2f qualifier %.2f measure %.2f unit %.2f claimant %.2f date %.2f subject %.2f; not-counts kept out %d/%d",
		recall.right, recall.total, casualty.right, casualty.total, value.rate(), qual.rate(), measure.rate(),
		unit.rate(), claimant.rate(), date.rate(), subject.rate(), notFig.right, notFig.total)
	floors := []struct {
		name  string
		s     score
		floor float64
	}{
		{"casualty recall", casualty, 1},
		{"recall", recall, 0.95},
		{"value", value, 0.95},
		{"qualifier", qual, 0.95},
		{"measure", measure, 0.95},
		{"unit", unit, 0.85},
		{"claimant", claimant, 0.90},
		{"not-counts", notFig, 1},
	}
	for _, f := range floors {
		if f.s.rate() < f.floor {
			t.Errorf("%s %.3f below the floor %.2f", f.name, f.s.rate(), f.floor)
		}
	}
}

// TestConcurrent checks that one Extractor gives the same figures when
// shared by several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if len(paths) == 0 {
		t.Skip("seeds absent")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Document
	var want [][]doc.Figure
	for _, p := range paths {
		d := loadDoc(t, p)
		docs = append(docs, d)
		want = append(want, x.Extract(d, nil))
	}
	errs := make(chan string, 4*len(docs))
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i, d := range docs {
				got := x.Extract(d, nil)
				if describeAll(got) != describeAll(want[i]) {
					errs <- d.Path
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for p := range errs {
		t.Errorf("%s: concurrent result differs", p)
	}
}

func describeAll(fs []doc.Figure) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.ID + " " + describe(f) + "\n")
	}
	return b.String()
}
