package reconcile

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factpipe/doc"
	"factpipe/internal/testenv"
)

// conllResults reads a CoNLL-2003 file and returns one result per
// document, with the gold PER, LOC and ORG spans as mentions: real names
// from real news, as the entity stage would give them.
func conllResults(tb testing.TB, name string) []doc.Result {
	tb.Helper()
	data := testenv.DataDir()
	if data == "" {
		tb.Skip("shared/data not found")
	}
	f, err := os.Open(filepath.Join(data, "conll2003", name))
	if err != nil {
		tb.Skip(err)
	}
	defer f.Close()
	kinds := map[string]doc.Kind{"PER": doc.Person, "LOC": doc.Place, "ORG": doc.Organization}
	var out []doc.Result
	var cur doc.Result
	var text strings.Builder
	var span []string
	spanKind, spanStart, sentence := "", 0, 0
	flushSpan := func() {
		if len(span) > 0 && kinds[spanKind] != "" {
			t := strings.Join(span, " ")
			cur.Mentions = append(cur.Mentions, doc.Mention{Kind: kinds[spanKind], Text: t, Start: spanStart, End: spanStart + len(t), Sentence: sentence})
		}
		span, spanKind = nil, ""
	}
	flushDoc := func() {
		flushSpan()
		if len(cur.Mentions) > 0 {
			cur.Doc.Path = fmt.Sprintf("%s/%04d", name, len(out))
			cur.Doc.ID = doc.DocID(text.String())
			cur.Doc.Bytes = text.Len()
			out = append(out, cur)
		}
		cur, sentence = doc.Result{}, 0
		text.Reset()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-DOCSTART-") {
			flushDoc()
			continue
		}
		fs := strings.Fields(line)
		if len(fs) < 4 {
			flushSpan()
			sentence++
			continue
		}
		tag := fs[3]
		kind, begin := "", false
		if tag != "O" {
			kind, begin = tag[2:], tag[0] == 'B'
		}
		if kind != spanKind || begin {
			flushSpan()
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		if kind != "" {
			if len(span) == 0 {
				spanStart = text.Len()
			}
			span, spanKind = append(span, fs[0]), kind
		}
		text.WriteString(fs[0])
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	flushDoc()
	return out
}

// TestRealNames runs entity reconciliation on the names of CoNLL-2003's
// development set and checks the invariants that hold on any input.
func TestRealNames(t *testing.T) {
	rs := conllResults(t, "eng.testa")
	out := Reconcile(rs, Options{})
	mentions := 0
	byID := map[string]doc.Entity{}
	for _, e := range out.Entities {
		byID[e.ID] = e
	}
	if len(byID) != len(out.Entities) {
		t.Fatal("duplicate entity IDs")
	}
	merged := 0
	for ri, r := range rs {
		ids := doc.MentionEntities(r.Mentions, out.NameEntity[ri])
		for mi, m := range r.Mentions {
			mentions++
			e, ok := byID[ids[mi]]
			if !ok {
				t.Fatalf("%s: mention %q has no entity", r.Doc.Path, m.Text)
			}
			if e.Kind != m.Kind {
				t.Fatalf("%s: %s mention %q in %s entity %q", r.Doc.Path, m.Kind, m.Text, e.Kind, e.Name)
			}
		}
	}
	for _, e := range out.Entities {
		if len(e.Aliases) > 0 {
			merged++
		}
	}
	t.Logf("%d documents, %d mentions -> %d entities, %d with more than one spelling", len(rs), mentions, len(out.Entities), merged)
}

// BenchmarkReconcileCoNLL reconciles the names of CoNLL-2003's development
// set (216 Reuters articles, about 5,900 names).
func BenchmarkReconcileCoNLL(b *testing.B) {
	rs := conllResults(b, "eng.testa")
	mentions := 0
	for _, r := range rs {
		mentions += len(r.Mentions)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Reconcile(rs, Options{})
	}
	b.ReportMetric(float64(mentions)*float64(b.N)/b.Elapsed().Seconds(), "mentions/s")
}

// BenchmarkReconcileCoNLLTrain reconciles the names of the CoNLL-2003
// training set (946 articles, about 23,500 names): the cost of a large run.
func BenchmarkReconcileCoNLLTrain(b *testing.B) {
	rs := conllResults(b, "eng.train")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Reconcile(rs, Options{})
	}
}

// BenchmarkReconcileStory reconciles the hand-built five-article run with
// figures, quantities and contradictions.
func BenchmarkReconcileStory(b *testing.B) {
	rs := storyRun()
	b.ReportAllocs()
	for b.Loop() {
		Reconcile(rs, Options{})
	}
}
