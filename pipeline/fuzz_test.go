package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"factpipe/doc"
)

var fuzzStages = sync.OnceValues(func() (Stages, error) { return Load(Options{}) })

// FuzzStages drives arbitrary bytes through every per-document stage: no
// panic, and every mention and figure points at its own text inside the
// document.
func FuzzStages(f *testing.F) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, s := range seeds {
		raw, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw[:min(len(raw), 2000)])
	}
	for _, s := range []string{
		"", "\x00", "\xff\xfe", "<html><p>At least 89 soldiers died in Kyiv.</p></html>",
		"\ufeffPresident Putin said 1.2bn — or 60-70 — were \"killed\".\r\n",
		"between 60 and", "up to", "Lt. Gen. ", "hundreds of", "5,937,,,", "$", "£15.8m",
		"<html><h1>Title</h1><p>October 19, 2019<span class=\"" + strings.Repeat("x", 170) + "\"></span></p>" +
			"<p>Sharron Smith, 61, and 5 - Ian Jones, 4 - Robin Brooke.</p></html>",
	} {
		f.Add([]byte(s))
	}
	st, err := fuzzStages()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := st.Decode("fuzz.txt", raw)
		if err != nil {
			return
		}
		st.Tokenize(d)
		ms := st.Entities(d)
		for _, m := range ms {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v does not match the text", m)
			}
		}
		figs, evs := st.Figures(d, ms)
		for _, ev := range evs {
			if ev.Start < 0 || ev.End > len(d.Text) || ev.Start >= ev.End || d.Text[ev.Start:ev.End] != ev.Text {
				t.Fatalf("event %+v does not match the text", ev)
			}
		}
		for _, fg := range figs {
			if fg.Start < 0 || fg.End > len(d.Text) || fg.Start >= fg.End || d.Text[fg.Start:fg.End] != fg.Text {
				t.Fatalf("figure %+v does not match the text", fg)
			}
			if fg.Low != nil && fg.High != nil && *fg.Low > *fg.High {
				t.Fatalf("figure %q: low %v > high %v", fg.Text, *fg.Low, *fg.High)
			}
		}
		st.Reconcile([]doc.Digest{st.Digest(doc.Result{Doc: doc.InfoOf(d), Mentions: ms, Figures: figs, Events: evs})})
	})
}
