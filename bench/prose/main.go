// Command prose compares the entity tagging of github.com/jdkato/prose (v2
// and v3) with factpipe's own tagger (factpipe/stages/entities) on a
// CoNLL-2003 file, at entity level as the conlleval script scores it: an
// entity is correct when its token span and type both match a gold entity.
//
// Usage:
//
//	go run . -conll ../../../shared/data/conll2003/eng.testa
//
// prose is given each sentence on its own, as its tokens joined by single
// spaces, with segmentation off (it does not feed prose's tagging); its
// entities are placed back on the CoNLL tokens by byte offset (v3 gives
// offsets; for v2 they are recovered by finding its tokens in the text in
// order). An entity that cuts a CoNLL token is widened to whole tokens,
// which can only raise prose's score; the report counts such cases. prose's
// labels map to CoNLL types as mapLabel documents: PERSON is PER; GPE, GSP
// and LOCATION are LOC; ORGANIZATION is ORG; FACILITY is dropped. prose has
// no MISC, so the report adds a PER+LOC+ORG line that leaves MISC out of
// both the gold and the predictions.
//
// Each prose version is scored twice: "entities" is Document.Entities, the
// library's public result; "labels" reads the per-token IOB labels
// (Token.Label) directly, without prose's chunker, which groups following
// tokens of the same part of speech into an entity and drops an entity
// still open at the end of the text (at the end of a sentence without final
// punctuation, when sentences are fed one at a time). The better of the two
// is the fair figure for prose.
//
// factpipe's numbers come from entities.EvaluateCoNLL, which tags each
// -DOCSTART- document as a whole (its features use the rest of the document),
// whereas prose sees one sentence at a time; prose's features do not look
// beyond the text it is given either way, except that a whole document fed
// at once would let its chunker run entities across sentence ends.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"factpipe/internal/testenv"
	"factpipe/stages/entities"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("prose", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("conll", "", "CoNLL-2003 file to score on (e.g. shared/data/conll2003/eng.testa)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *path == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: prose -conll FILE")
		return 2
	}
	if err := compare(ctx, *path, stdout); err != nil {
		fmt.Fprintln(stderr, "prose:", err)
		return 1
	}
	return 0
}

// system is one scored tagger.
type system struct {
	name string
	c    *counts
	cpu  time.Duration // CPU time spent tagging, 0 when unknown
}

func compare(ctx context.Context, path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	sents, err := readCoNLL(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}

	// factpipe, through its own scorer; its predictions are scored again
	// here, with the scorer used for prose, as a check on both.
	fp, fpCPU, err := factpipe(path)
	if err != nil {
		return err
	}
	systems := []system{{name: "factpipe", c: fp, cpu: fpCPU}}

	// One prose v2 model for all sentences: NewDocument without UsingModel
	// would decode the model from its embedded files for every call.
	m, err := prose2NewModel()
	if err != nil {
		return fmt.Errorf("prose v2: %w", err)
	}
	// prose v3 loads its models on first use: load them before timing.
	if _, err := runV3("Warm up ."); err != nil {
		return fmt.Errorf("prose v3: %w", err)
	}

	runs := []struct {
		name string
		run  func(string) (output, error)
	}{
		{"prose v2", func(t string) (output, error) { return runV2(t, m) }},
		{"prose v3", runV3},
	}
	for _, r := range runs {
		ents, labs := newCounts(), newCounts()
		c0 := testenv.CPUTime()
		for _, s := range sents {
			if err := ctx.Err(); err != nil {
				return err
			}
			l := newLayout(s.words)
			out, err := r.run(l.text)
			if err != nil {
				return fmt.Errorf("%s: %w", r.name, err)
			}
			ents.add(s.gold, entitySpans(l, out.entities, ents))
			labs.add(s.gold, entitySpans(l, chunkAll(out.tokens), labs))
		}
		cpu := testenv.CPUTime() - c0
		systems = append(systems,
			system{name: r.name + " entities", c: ents, cpu: cpu},
			system{name: r.name + " kept", c: labs})
	}
	return report(w, path, len(sents), systems)
}

// factpipe scores factpipe's tagger with entities.EvaluateCoNLL, then
// scores the predictions it writes with this command's scorer, and fails
// when the two disagree.
func factpipe(path string) (*counts, time.Duration, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	var pred bytes.Buffer
	c0 := testenv.CPUTime()
	rep, err := entities.EvaluateCoNLL(f, &pred)
	cpu := testenv.CPUTime() - c0
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", path, err)
	}
	c, err := scorePredictions(&pred)
	if err != nil {
		return nil, 0, fmt.Errorf("factpipe predictions: %w", err)
	}
	for _, s := range rep.Types {
		if c.gold[s.Type] != s.Gold || c.found[s.Type] != s.Found || c.correct[s.Type] != s.Correct {
			return nil, 0, fmt.Errorf("%s: entities.EvaluateCoNLL counts %d/%d/%d, this scorer %d/%d/%d",
				s.Type, s.Gold, s.Found, s.Correct, c.gold[s.Type], c.found[s.Type], c.correct[s.Type])
		}
	}
	return c, cpu, nil
}

// row is one line of the report.
type row struct {
	name string
	sc   score
}

func report(w io.Writer, path string, nsent int, systems []system) error {
	fmt.Fprintf(w, "%s: %d sentences; entity-level precision / recall / F1 (%%), exact span and type\n\n", path, nsent)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "system\ttype\tgold\tfound\tcorrect\tP\tR\tF1\t")
	for _, s := range systems {
		rows := []row{}
		for _, t := range conllTypes {
			rows = append(rows, row{t, s.c.sum(t)})
		}
		rows = append(rows,
			row{"PER+LOC+ORG", s.c.sum("PER", "LOC", "ORG")},
			row{"overall", s.c.sum(conllTypes...)})
		if s.c.spanCorrect >= 0 {
			all := s.c.sum(conllTypes...)
			rows = append(rows, row{"span only", newScore(all.gold, all.found, s.c.spanCorrect)})
		}
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n",
				s.name, r.name, r.sc.gold, r.sc.found, r.sc.correct, r.sc.p, r.sc.r, r.sc.f)
		}
		fmt.Fprintln(tw, "\t\t\t\t\t\t\t\t")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, s := range systems {
		var notes []string
		if s.cpu > 0 {
			notes = append(notes, fmt.Sprintf("CPU %.2fs", s.cpu.Seconds()))
		}
		if s.c.widened > 0 || s.c.unaligned > 0 {
			notes = append(notes, fmt.Sprintf("%d widened to whole tokens, %d not placed", s.c.widened, s.c.unaligned))
		}
		if len(s.c.dropped) > 0 {
			var ds []string
			for l, n := range s.c.dropped {
				ds = append(ds, fmt.Sprintf("%s %d", l, n))
			}
			sort.Strings(ds)
			notes = append(notes, "dropped labels: "+strings.Join(ds, ", "))
		}
		if len(notes) > 0 {
			fmt.Fprintf(w, "%s: %s\n", s.name, strings.Join(notes, "; "))
		}
	}
	return nil
}
