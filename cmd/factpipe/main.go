// Command factpipe reads a folder of news articles and writes Parquet tables
// of the people, places and organisations they name, every figure they
// report as a claim (how many of what, what happened to it, who says so,
// and when), and the contradictions between sources.
//
// Usage:
//
//	factpipe run [-in DIR] [-out DIR] [-workers N] [-cache DIR] [-partition] [-wait] [-aliases FILE] [-max-bytes N] [-report]
//	factpipe extract [-aliases FILE] [FILE...]
//	factpipe parse [FILE...]
//	factpipe schema [-markdown | -json]
//	factpipe evaluate ner [-predictions FILE] CONLL_FILE
//	factpipe evaluate parse [-predictions FILE] [-case as-written|upper|lower] CONLLU_FILE
//	factpipe report [-o FILE] [-sections N] OUT_DIR
//	factpipe diff [-json] [-tolerance X] OLD_DIR NEW_DIR
//
// run reads every .txt, .md, .html and .htm file under -in (default seeds)
// recursively, in lexical order, and replaces -out (default out) with the
// tables documents, mentions, people, places, organizations, figures,
// quantities, contradictions and rejects, each a zstd-compressed Parquet
// file. Files that cannot be used are listed in rejects and the run goes on.
// The output directory is replaced in one atomic step when every table is
// complete, so an interrupted run leaves the previous output as it was.
//
// extract runs the same stages over the named files, or standard input,
// and prints one JSON object per line for each entity mention and each
// figure, with the columns of the mentions and figures tables and a
// "table" key naming which.
//
// schema prints every table and column with its type and meaning.
//
// evaluate ner tags the sentences of a CoNLL-2003 file and prints
// precision, recall and F1 per entity type and overall, as conlleval does;
// -predictions also writes "token gold predicted" lines.
//
// report writes one self-contained HTML page of an output directory
// (default OUT_DIR/report.html): a chart of each source's claims over time
// per quantity (or story), the contradictions, the people, places and
// organisations, and a world map; it loads nothing from the network.
//
// diff compares two output directories by the facts they state, not their
// bytes: added, removed and changed people, places, organisations,
// figures, quantities and contradictions; it exits 0 when they are equal, 1
// when they differ and 2 on an error.
//
// Exit status: 0 on success, 1 when a run fails, 2 on a usage error,
// 130 or 143 when stopped by SIGINT or SIGTERM.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"factpipe/factdiff"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	var got os.Signal
	stopped := make(chan struct{})
	go func() {
		select {
		case got = <-sigs:
			cancel()
		case <-stopped:
		}
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	close(stopped)
	signal.Stop(sigs)
	if s, ok := got.(syscall.Signal); ok && ctx.Err() != nil {
		code = 128 + int(s)
	}
	os.Exit(code)
}

const usage = `usage:
  factpipe run [-in DIR] [-out DIR] [-workers N] [-cache DIR] [-partition] [-wait] [-aliases FILE] [-max-bytes N] [-report]
  factpipe extract [-aliases FILE] [FILE...]
  factpipe parse [FILE...]
  factpipe schema [-markdown | -json]
  factpipe evaluate ner [-predictions FILE] [-case as-written|upper|lower] CONLL_FILE
  factpipe evaluate parse [-predictions FILE] [-case as-written|upper|lower] CONLLU_FILE
  factpipe report [-o FILE] [-sections N] OUT_DIR
  factpipe diff [-json] [-tolerance X] OLD_DIR NEW_DIR
Run 'factpipe COMMAND -h' for the flags of a command.
`

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

// run is the whole program: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "run":
		err = cmdRun(ctx, args[1:], stderr)
	case "extract":
		err = cmdExtract(ctx, args[1:], stdin, stdout, stderr)
	case "parse":
		err = cmdParse(ctx, args[1:], stdin, stdout, stderr)
	case "schema":
		err = cmdSchema(args[1:], stdout, stderr)
	case "evaluate":
		err = cmdEvaluate(args[1:], stdout, stderr)
	case "report":
		err = cmdReport(args[1:], stderr)
	case "diff":
		return factdiff.Main(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "factpipe: unknown command %q\n%s", args[0], usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		if err != errUsage { // errUsage itself: the usage was printed already
			fmt.Fprintf(stderr, "factpipe: %v\n", err)
		}
		return 2
	}
	fmt.Fprintf(stderr, "factpipe: %v\n", err)
	return 1
}

// newFlags returns a flag set that prints its usage to stderr and returns
// errors instead of exiting.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args and wraps errors so that they exit with status 2.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

func usageError(fs *flag.FlagSet, format string, a ...any) error {
	fmt.Fprintf(fs.Output(), "factpipe %s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fs.Usage()
	return errUsage
}

func newLogger(w io.Writer, format string, quiet bool) (*slog.Logger, error) {
	level := slog.LevelInfo
	if quiet {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("%w: -log-format must be text or json, not %q", errUsage, format)
}
