// Command syntrain trains the part-of-speech tagger and dependency parser
// of stages/syntax on CoNLL-U treebanks and writes the model the package
// embeds.
//
// Usage:
//
//	syntrain -train TRAIN.conllu -dev DEV.conllu [-tag-epochs N] [-parse-epochs N] [-folds N] [-min-updates N] [-seed N] -out FILE
//
// The tagger and the parser each keep the pass that scores best on the dev
// file; the scores of the final model on dev, as written and in upper and
// lower case, are printed at the end. Training is deterministic: the same
// inputs and flags give the same model file, byte for byte.
//
// The embedded model is rebuilt from the project root with 'make
// model-syntax', which runs:
//
//	go run ./cmd/syntrain -train ../shared/data/ud-ewt/en_ewt-ud-train.conllu \
//	    -dev ../shared/data/ud-ewt/en_ewt-ud-dev.conllu -out stages/syntax/model/syntax.bin.gz
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"factpipe/stages/syntax"
	"factpipe/stages/syntax/conllu"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("syntrain", flag.ContinueOnError)
	fl.SetOutput(stderr)
	train := fl.String("train", "", "CoNLL-U training `file`")
	dev := fl.String("dev", "", "CoNLL-U development `file`: picks the passes kept")
	out := fl.String("out", "", "model `file` to write")
	var opt syntax.TrainOptions
	fl.IntVar(&opt.TagEpochs, "tag-epochs", 12, "most passes of the tagger")
	fl.IntVar(&opt.ParseEpochs, "parse-epochs", 20, "most passes of the parser")
	fl.IntVar(&opt.Folds, "folds", 5, "jack-knifing folds of the training tags")
	fl.IntVar(&opt.MinUpdates, "min-updates", 2, "features that took part in fewer mistakes are left out")
	fl.Uint64Var(&opt.Seed, "seed", 1, "random seed")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *train == "" || *dev == "" || *out == "" || fl.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: syntrain -train FILE -dev FILE -out FILE [flags]")
		fl.PrintDefaults()
		return 2
	}
	opt.Log = stderr
	if err := trainModel(ctx, *train, *dev, *out, opt, stdout); err != nil {
		fmt.Fprintf(stderr, "syntrain: %v\n", err)
		return 1
	}
	return 0
}

func trainModel(ctx context.Context, trainPath, devPath, out string, opt syntax.TrainOptions, stdout io.Writer) error {
	train, err := readFile(trainPath)
	if err != nil {
		return err
	}
	dev, err := readFile(devPath)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	p, err := syntax.Train(train, dev, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		return err
	}
	if err := writeAtomic(out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", out, buf.Len())
	return report(p, devPath, stdout)
}

// report prints the dev scores in each casing.
func report(p *syntax.Parser, devPath string, stdout io.Writer) error {
	for _, c := range []syntax.Casing{syntax.AsWritten, syntax.Upper, syntax.Lower} {
		f, err := os.Open(devPath)
		if err != nil {
			return err
		}
		sc, err := p.Evaluate(f, c, nil)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", devPath, err)
		}
		fmt.Fprintf(stdout, "dev, %-10s  %s\n", c, sc)
	}
	return nil
}

func readFile(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// writeAtomic writes data to a temporary file beside path and renames it.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".syntrain-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
