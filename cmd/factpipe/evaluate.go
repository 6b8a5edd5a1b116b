package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"factpipe/stages/entities"
)

func cmdEvaluate(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "ner" {
		fmt.Fprintln(stderr, "usage: factpipe evaluate ner [-predictions FILE] [-case as-written|upper|lower] CONLL_FILE")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help") {
			return nil
		}
		return errUsage
	}
	fs := newFlags("evaluate ner", "factpipe evaluate ner [-predictions FILE] [-case as-written|upper|lower] CONLL_FILE", stderr)
	predictions := fs.String("predictions", "", "also write 'token gold predicted' lines to `file`")
	casing := fs.String("case", "as-written", "tag the words `as-written`, in upper case or in lower case (the gold tags stay)")
	if err := parse(fs, args[1:]); err != nil {
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
	var pw *bufio.Writer
	var pf *os.File
	if *predictions != "" {
		pf, err = os.Create(*predictions)
		if err != nil {
			return err
		}
		defer pf.Close()
		pw = bufio.NewWriter(pf)
	}
	var pred io.Writer
	if pw != nil {
		pred = pw
	}
	report, err := entities.EvaluateCoNLLCasing(bufio.NewReader(in), pred, c)
	if err != nil {
		return fmt.Errorf("%s: %w", fs.Arg(0), err)
	}
	if pw != nil {
		if err := pw.Flush(); err != nil {
			return err
		}
		if err := pf.Close(); err != nil {
			return err
		}
	}
	_, err = fmt.Fprint(stdout, report.String())
	return err
}
