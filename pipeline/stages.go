package pipeline

import (
	"errors"
	"fmt"
	"os"

	"factpipe/doc"
	"factpipe/gazetteer"
	"factpipe/stages/entities"
	"factpipe/stages/figures"
	"factpipe/stages/ingest"
	"factpipe/stages/reconcile"
	"factpipe/stages/stories"
	"factpipe/stages/syntax"
	"factpipe/stages/tokenize"
)

// Options configure the standard stages.
type Options struct {
	// AliasFile names a file of extra aliases for reconciliation ("" for none).
	AliasFile string
}

// Load builds factpipe's standard stages: the gazetteer, the entity
// model, the figure patterns and the alias table are loaded once here and
// shared by every worker.
func Load(opts Options) (Stages, error) {
	gaz, err := gazetteer.Load()
	if err != nil {
		return Stages{}, fmt.Errorf("pipeline: %w", err)
	}
	fx, err := figures.New(figures.WithFirstNames(func(first string) (bool, bool) {
		n, ok := gaz.FirstName(first)
		return ok && n.Gender&gazetteer.Male != 0, ok && n.Gender&gazetteer.Female != 0
	}))
	if err != nil {
		return Stages{}, fmt.Errorf("pipeline: %w", err)
	}
	tagger, err := entities.New(gaz)
	if err != nil {
		return Stages{}, fmt.Errorf("pipeline: %w", err)
	}
	parser, err := syntax.Load()
	if err != nil {
		return Stages{}, fmt.Errorf("pipeline: %w", err)
	}
	bg, err := stories.DefaultBackground()
	if err != nil {
		return Stages{}, fmt.Errorf("pipeline: %w", err)
	}
	sopts := stories.DefaultOptions
	sopts.Background = bg
	ropts := reconcile.Options{Gazetteer: gaz, Stories: func(ds []doc.Digest, ne [][]string, es []doc.Entity) ([]doc.Story, []string) {
		return stories.Group(ds, ne, es, sopts)
	}}
	if opts.AliasFile != "" {
		f, err := os.Open(opts.AliasFile)
		if err != nil {
			return Stages{}, fmt.Errorf("pipeline: aliases: %w", err)
		}
		defer f.Close()
		a, err := reconcile.LoadAliases(f)
		if err != nil {
			return Stages{}, fmt.Errorf("pipeline: aliases %s: %w", opts.AliasFile, err)
		}
		ropts.Aliases = a
	}
	return Stages{
		Decode:    decode,
		Tokenize:  tokenize.Tokenize,
		Parse:     func(d *doc.Document) []doc.Syntax { return parser.ParseSentences(d, fx.SyntaxWanted(d)) },
		Entities:  tagger.Tag,
		Figures:   fx.Claims,
		Keywords:  stories.Keywords,
		Digest:    reconcile.Digest,
		Reconcile: func(ds []doc.Digest) doc.Reconciled { return reconcile.ReconcileDigests(ds, ropts) },
	}, nil
}

// decode is ingest.Decode with the short reject reason (the path sits next
// to it in the rejects table already).
func decode(path string, raw []byte) (*doc.Document, error) {
	d, err := ingest.Decode(path, raw)
	if err != nil {
		return nil, errors.New(ingest.Reason(err))
	}
	return d, nil
}
