package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"factpipe/doc"
	"factpipe/internal/testenv"
)

// loaded is the embedded parser, loaded once for all tests.
var loaded = sync.OnceValues(Load)

func parser(t testing.TB) *Parser {
	t.Helper()
	p, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// arc is an expected arc: the word, its relation and its head's word
// ("" for the root).
type arc struct {
	word, rel, head string
}

// The key words of each sentence must get the right head and relation, as
// written, in upper case and in lower case. Words are as the treebank
// tokenizes them ("n't", "'s" apart).
func TestParseKeyArcs(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		upos     map[string]string
		arcs     []arc
	}{
		{
			name:     "object with a number and a conjunct",
			sentence: "The attack killed six monks and two women .",
			upos:     map[string]string{"killed": "VERB", "six": "NUM", "women": "NOUN", "and": "CCONJ"},
			arcs: []arc{{"killed", "root", ""}, {"attack", "nsubj", "killed"}, {"monks", "obj", "killed"},
				{"women", "conj", "monks"}, {"six", "nummod", "monks"}, {"two", "nummod", "women"}},
		},
		{
			name:     "passive",
			sentence: "89 soldiers were killed .",
			upos:     map[string]string{"89": "NUM", "soldiers": "NOUN", "were": "AUX"},
			arcs: []arc{{"killed", "root", ""}, {"soldiers", "nsubj:pass", "killed"}, {"were", "aux:pass", "killed"},
				{"89", "nummod", "soldiers"}, {".", "punct", "killed"}},
		},
		{
			name:     "reported passive in a clausal complement",
			sentence: "The ministry said that the soldiers were killed in the attack .",
			arcs: []arc{{"said", "root", ""}, {"ministry", "nsubj", "said"}, {"killed", "ccomp", "said"},
				{"soldiers", "nsubj:pass", "killed"}, {"attack", "obl", "killed"}, {"in", "case", "attack"}},
		},
		{
			name:     "two objects",
			sentence: "She gave him a book yesterday .",
			arcs:     []arc{{"gave", "root", ""}, {"She", "nsubj", "gave"}, {"him", "iobj", "gave"}, {"book", "obj", "gave"}},
		},
		{
			// A contraction split as the treebank splits it.
			name:     "negation",
			sentence: "Officials did n't confirm the number of dead .",
			arcs:     []arc{{"confirm", "root", ""}, {"n't", "advmod", "confirm"}, {"did", "aux", "confirm"}, {"number", "obj", "confirm"}},
		},
	}
	p := parser(t)
	for _, tt := range tests {
		for _, c := range []Casing{AsWritten, Upper, Lower} {
			t.Run(tt.name+"/"+c.String(), func(t *testing.T) {
				words := strings.Fields(tt.sentence)
				cased := make([]string, len(words))
				for i, w := range words {
					cased[i] = c.Apply(w)
				}
				got := p.Parse(cased)
				checkTree(t, got)
				index := map[string]int{}
				for i, w := range words {
					index[w] = i
				}
				for w, want := range tt.upos {
					if g := got[index[w]].UPOS; g != want {
						t.Errorf("%s: UPOS %s, want %s", w, g, want)
					}
				}
				for _, a := range tt.arcs {
					g := got[index[a.word]]
					head := ""
					if g.Head >= 0 {
						head = words[g.Head]
					}
					if g.Rel != a.rel || head != a.head {
						t.Errorf("%s: %s of %q, want %s of %q", a.word, g.Rel, head, a.rel, a.head)
					}
				}
			})
		}
	}
}

// timeLimit is d, or ten times d when the race detector slows the tests.
func timeLimit(d time.Duration) time.Duration {
	if raceEnabled {
		return 10 * d
	}
	return d
}

// checkTree fails unless s is a tree over its words with one root.
func checkTree(t *testing.T, s []doc.WordSyntax) {
	t.Helper()
	roots := 0
	for i, w := range s {
		if w.UPOS == "" || w.Rel == "" {
			t.Errorf("word %d: empty UPOS or relation: %+v", i, w)
		}
		if w.Head < -1 || w.Head >= len(s) || w.Head == i {
			t.Fatalf("word %d: head %d", i, w.Head)
		}
		if (w.Head == -1) != (w.Rel == "root") {
			t.Errorf("word %d: head %d, relation %s", i, w.Head, w.Rel)
		}
		if w.Head == -1 {
			roots++
		}
		k := i
		for steps := 0; k >= 0; steps++ {
			if steps > len(s) {
				t.Fatalf("word %d: cycle", i)
			}
			k = s[k].Head
		}
	}
	if len(s) > 0 && roots != 1 {
		t.Errorf("%d roots", roots)
	}
}

// Inputs no treebank has: they parse to a tree, in bounded time.
func TestParseAnyInput(t *testing.T) {
	long := make([]string, 5000)
	for i := range long {
		long[i] = [...]string{"the", "men", "said", "that", "12", ",", "and"}[i%7]
	}
	tests := []struct {
		name  string
		words []string
	}{
		{"no words", nil},
		{"one word", []string{"Yes"}},
		{"empty word", []string{"", ""}},
		{"punctuation only", []string{"!", "?", "..."}},
		{"5000 words", long},
		{"100 KB word", []string{"a", strings.Repeat("x", 100<<10), "b"}},
		{"100 KB of multibyte runes", []string{strings.Repeat("é", 50<<10)}},
		// Invalid UTF-8 and control bytes.
		{"bad bytes", []string{"\xff\xfe", "\x00", "a\x80b"}},
	}
	p := parser(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			got := p.Parse(tt.words)
			if len(got) != len(tt.words) {
				t.Fatalf("%d results for %d words", len(got), len(tt.words))
			}
			checkTree(t, got)
			if d := time.Since(start); d > timeLimit(5*time.Second) {
				t.Errorf("took %s", d)
			}
		})
	}
}

func TestParseSentences(t *testing.T) {
	text := "Five people died. Rescuers were searching."
	d := &doc.Document{Text: text}
	for _, w := range strings.Fields(strings.ReplaceAll(strings.ReplaceAll(text, ".", " ."), "  ", " ")) {
		d.Tokens = append(d.Tokens, doc.Token{Text: w})
	}
	d.Sentences = []doc.Sentence{{First: 0, Last: 4}, {First: 4, Last: 8}, {First: 7, Last: 99}}
	got := parser(t).ParseSentences(d, []int{1, 5, 2, 0})
	if len(got) != 2 || got[0].Sentence != 1 || got[1].Sentence != 0 {
		t.Fatalf("got %+v, want sentences 1 and 0", got)
	}
	if r := got[1].Root(); r != 2 || got[1].Words[1].Rel != "nsubj" {
		t.Errorf("sentence 0: root %d, %+v", r, got[1].Words)
	}
	if kids := got[0].Children(got[0].Root()); len(kids) != 3 {
		t.Errorf("sentence 1: root has children %v, want Rescuers, were and .", kids)
	}
	var zero doc.Syntax
	if zero.Root() != -1 {
		t.Error("the zero Syntax has a root")
	}
}

// The parser is safe for concurrent use (run with -race).
func TestParseConcurrent(t *testing.T) {
	p := parser(t)
	words := strings.Fields("The attack killed six monks and two women .")
	want := p.Parse(words)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got := p.Parse(words)
				for i := range got {
					if got[i] != want[i] {
						t.Errorf("word %d: %+v, want %+v", i, got[i], want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// The model is written and read back the same.
func TestModelRoundTrip(t *testing.T) {
	raw, err := modelFS.ReadFile(ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	p := parser(t)
	var buf strings.Builder
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(raw) {
		t.Error("writing the embedded model gives other bytes")
	}
	if _, err := Read(strings.NewReader("not a model")); err == nil {
		t.Error("no error reading garbage")
	}
}

// The accuracy on the English Web Treebank's dev set stays where the
// README says, in each casing.
func TestDevScores(t *testing.T) {
	dir := testenv.DataDir()
	path := filepath.Join(dir, "ud-ewt", "en_ewt-ud-dev.conllu")
	if _, err := os.Stat(path); dir == "" || err != nil {
		t.Skip("shared data not found: set FACTPIPE_DATA")
	}
	if testing.Short() || raceEnabled {
		t.Skip("short or -race: the scores are checked without -race")
	}
	p := parser(t)
	for _, c := range []Casing{AsWritten, Upper, Lower} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := p.Evaluate(f, c, nil)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", c, sc)
		if sc.UPOSAccuracy() < minDev.upos || sc.UAS() < minDev.uas || sc.LAS() < minDev.las {
			t.Errorf("%s: %s, below %+v", c, sc, minDev)
		}
	}
}

// minDev are the lowest dev scores TestDevScores accepts in any casing.
var minDev = struct{ upos, uas, las float64 }{93.2, 83.2, 79.7}
