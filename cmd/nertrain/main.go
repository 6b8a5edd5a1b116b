// Command nertrain trains the named-entity tagger of stages/entities on a
// CoNLL-2003 file and writes the model that the package embeds.
//
// Usage:
//
//	nertrain -train eng.train [-dev eng.testa] [-unlabeled DIR] [-casings LIST] [-epochs N] [-seed N] -out FILE
//
// -unlabeled names folders (comma-separated) of plain-text articles (searched recursively
// for *.txt) whose words, together with the training tokens, are clustered
// by their contexts; the clusters become features. With -dev, the weights
// of the epoch that scores best on the dev file are kept and its report is
// printed. -casings lists the casings in which each training document is
// learnt (as-written, upper, lower; default as-written,upper): the copies
// in capitals train the weights with which the tagger reads a document
// written without case (all in capitals or all in lower case, which it
// reads as capitals), apart from the weights of cased text. Each set of
// weights keeps its best epoch on the dev file, scored in its casings. Nationality words are found with the gazetteer package and stored
// with the model. Training is deterministic: the same inputs and flags give the
// same model file.
//
// The embedded model is rebuilt from the project root with:
//
//	go run ./cmd/nertrain -train ../shared/data/conll2003/eng.train \
//	    -dev ../shared/data/conll2003/eng.testa \
//	    -unlabeled ../shared/data/bbc,../shared/data/ecbplus \
//	    -casings as-written,upper -out stages/entities/model/ner.bin.gz
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"factpipe/gazetteer"
	"factpipe/stages/entities"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("nertrain", flag.ContinueOnError)
	fl.SetOutput(stderr)
	train := fl.String("train", "", "CoNLL-2003 training `file`")
	dev := fl.String("dev", "", "CoNLL-2003 development `file` (optional)")
	unlabeled := fl.String("unlabeled", "", "comma-separated `folders` of plain-text articles for word clusters (optional)")
	out := fl.String("out", "", "model `file` to write")
	casings := fl.String("casings", "as-written,upper", "comma-separated `casings` of the training copies: as-written, upper, lower")
	epochs := fl.Int("epochs", 15, "training epochs")
	seed := fl.Uint64("seed", 1, "random seed")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *train == "" || *out == "" || fl.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: nertrain -train FILE [-dev FILE] [-unlabeled DIR] -out FILE")
		return 2
	}
	cs, err := parseCasings(*casings)
	if err != nil {
		fmt.Fprintln(stderr, "nertrain: -casings:", err)
		return 2
	}
	if err := trainModel(ctx, *train, *dev, *unlabeled, *out, trainParams{epochs: *epochs, seed: *seed, casings: cs}, stdout); err != nil {
		fmt.Fprintln(stderr, "nertrain:", err)
		return 1
	}
	return 0
}

// trainParams are the training flags passed on to entities.Train.
type trainParams struct {
	epochs  int
	seed    uint64
	casings []entities.Casing
}

// parseCasings reads a comma-separated list of casing names.
func parseCasings(list string) ([]entities.Casing, error) {
	var cs []entities.Casing
	for _, name := range strings.Split(list, ",") {
		c, err := entities.ParseCasing(strings.TrimSpace(name))
		if err != nil {
			return nil, err
		}
		if slices.Contains(cs, c) {
			return nil, fmt.Errorf("%s twice", c)
		}
		cs = append(cs, c)
	}
	return cs, nil
}

func trainModel(ctx context.Context, trainPath, devPath, unlabeledDir, outPath string, p trainParams, log io.Writer) error {
	geo, err := gazetteer.Load()
	if err != nil {
		return err
	}
	opt := entities.TrainOptions{Epochs: p.epochs, Seed: p.seed, Casings: p.casings, Log: log, IsDemonym: func(w string) bool {
		// A nationality word that is not also a country's name.
		if _, ok := geo.Demonym(w); !ok {
			return false
		}
		_, isCountry := geo.Country(w)
		return !isCountry
	}}
	for _, dir := range strings.Split(unlabeledDir, ",") {
		if dir == "" {
			continue
		}
		texts, err := readTexts(ctx, dir)
		if err != nil {
			return err
		}
		opt.Unlabeled = append(opt.Unlabeled, texts...)
	}
	tf, err := os.Open(trainPath)
	if err != nil {
		return err
	}
	defer tf.Close()
	var devR io.Reader
	if devPath != "" {
		df, err := os.Open(devPath)
		if err != nil {
			return err
		}
		defer df.Close()
		devR = df
	}
	t, err := entities.Train(tf, devR, opt)
	if err != nil {
		return err
	}
	if devPath != "" {
		df, err := os.Open(devPath)
		if err != nil {
			return err
		}
		defer df.Close()
		if err := printReports(t, devPath, p.casings, log); err != nil {
			return err
		}
	}
	f, err := os.Create(outPath)
	if err != nil {
		return err
	}
	if err := t.WriteModel(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fi, err := os.Stat(outPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s: %d features, %d bytes\n", outPath, t.Features(), fi.Size())
	return nil
}

// printReports prints the evaluation of t on the CoNLL file devPath in
// each casing.
func printReports(t *entities.Tagger, devPath string, casings []entities.Casing, log io.Writer) error {
	for _, c := range casings {
		df, err := os.Open(devPath)
		if err != nil {
			return err
		}
		rep, err := t.EvaluateCoNLLCasing(df, nil, c)
		df.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", devPath, err)
		}
		fmt.Fprintf(log, "%s, %s:\n%s", filepath.Base(devPath), c, rep)
	}
	return nil
}

// readTexts reads the *.txt files under dir in lexical order, skipping
// files that are not valid UTF-8.
func readTexts(ctx context.Context, dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			continue
		}
		texts = append(texts, string(b))
	}
	if len(texts) == 0 {
		return nil, errors.New(dir + ": no .txt files")
	}
	return texts, nil
}
