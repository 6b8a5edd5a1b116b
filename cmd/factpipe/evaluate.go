package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"factpipe/stages/entities"
	"factpipe/stages/syntax"
)

const evaluateUsage = `usage:
  factpipe evaluate ner [-predictions FILE] [-case as-written|upper|lower] CONLL_FILE
  factpipe evaluate parse [-predictions FILE] [-case as-written|upper|lower] CONLLU_FILE`

// evaluators are the subcommands of evaluate.
var evaluators = map[string]func(args []string, stdout, stderr io.Writer) error{
	"ner":   evaluateNER,
	"parse": evaluateParse,
}

func cmdEvaluate(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		if f, ok := evaluators[args[0]]; ok {
			return f(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, evaluateUsage)
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help") {
		return nil
	}
	return errUsage
}

func evaluateNER(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("evaluate ner", "factpipe evaluate ner [-predictions FILE] [-case as-written|upper|lower] CONLL_FILE", stderr)
	predictions := fs.String("predictions", "", "also write 'token gold predicted' lines to `file`")
	casing := fs.String("case", "as-written", "tag the words `as-written`, in upper case or in lower case (the gold tags stay)")
	if err := parse(fs, args); err != nil {
		return err
	}
	c, err := entities.ParseCasing(*casing)
	if err != nil {
		return usageError(fs, "-case must be as-written, upper or lower, not %q", *casing)
	}
	if fs.NArg() != 1 {
		return usageError(fs, "want one CoNLL file")
	}
	in, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer in.Close()
	pred, err := createPredictions(*predictions)
	if err != nil {
		return err
	}
	report, err := entities.EvaluateCoNLLCasing(bufio.NewReader(in), pred.writer(), c)
	if err != nil {
		pred.abandon()
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	if err := pred.close(); err != nil {
		return err
	}
	_, err = fmt.Fprint(stdout, report.String())
	return err
}

// casings are the values of evaluate parse's -case flag.
var casings = map[string]syntax.Casing{"as-written": syntax.AsWritten, "upper": syntax.Upper, "lower": syntax.Lower}

func evaluateParse(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("evaluate parse",
		"factpipe evaluate parse [-predictions FILE] [-case as-written|upper|lower] CONLLU_FILE", stderr)
	predictions := fs.String("predictions", "", "also write the sentences with the predicted UPOS, XPOS, HEAD and DEPREL to `file` (CoNLL-U)")
	casing := fs.String("case", "as-written", "parse the words `as-written`, in upper case or in lower case")
	if err := parse(fs, args); err != nil {
		return err
	}
	c, ok := casings[*casing]
	if !ok {
		return usageError(fs, "-case must be as-written, upper or lower, not %q", *casing)
	}
	if fs.NArg() != 1 {
		return usageError(fs, "want one CoNLL-U file")
	}
	p, err := syntax.Load()
	if err != nil {
		return err
	}
	in, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	defer in.Close()
	pred, err := createPredictions(*predictions)
	if err != nil {
		return err
	}
	score, err := p.Evaluate(bufio.NewReader(in), c, pred.writer())
	if err != nil {
		pred.abandon()
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	if err := pred.close(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "words  %d\nUPOS   %.2f\nUAS    %.2f\nLAS    %.2f\n",
		score.Words, score.UPOSAccuracy(), score.UAS(), score.LAS())
	return err
}

// predictionFile is the optional -predictions output of evaluate.
type predictionFile struct {
	f *os.File
	w *bufio.Writer
}

// createPredictions creates the file path, or returns an empty
// predictionFile when path is "".
func createPredictions(path string) (*predictionFile, error) {
	if path == "" {
		return &predictionFile{}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &predictionFile{f: f, w: bufio.NewWriter(f)}, nil
}

// writer returns where to write predictions: nil when there is no file.
func (p *predictionFile) writer() io.Writer {
	if p.w == nil {
		return nil
	}
	return p.w
}

// close flushes and closes the file.
func (p *predictionFile) close() error {
	if p.f == nil {
		return nil
	}
	if err := p.w.Flush(); err != nil {
		p.f.Close()
		return err
	}
	return p.f.Close()
}

// abandon closes the file after an error, keeping what was written.
func (p *predictionFile) abandon() {
	if p.f != nil {
		p.w.Flush()
		p.f.Close()
	}
}
