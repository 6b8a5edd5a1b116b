package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"factpipe/doc"
	"factpipe/pipeline"
	"factpipe/report"
	"factpipe/tables"
)

// newStages loads the standard stages; a missing alias file is a usage error.
func newStages(aliasFile string) (pipeline.Stages, error) {
	if aliasFile != "" {
		fi, err := os.Stat(aliasFile)
		if err != nil {
			return pipeline.Stages{}, fmt.Errorf("%w: -aliases: %v", errUsage, err)
		}
		if !fi.Mode().IsRegular() {
			return pipeline.Stages{}, fmt.Errorf("%w: -aliases %s: not a regular file", errUsage, aliasFile)
		}
	}
	return pipeline.Load(pipeline.Options{AliasFile: aliasFile})
}

func cmdRun(ctx context.Context, args []string, stderr io.Writer) error {
	fs := newFlags("run", "factpipe run [-in DIR] [-out DIR] [-workers N] [-cache DIR] [-partition] [-wait] [-aliases FILE] [-max-bytes N] [-log-format text|json] [-quiet] [-report]", stderr)
	in := fs.String("in", "seeds", "input `directory`: every .txt, .md, .html and .htm file under it is read")
	out := fs.String("out", "out", "output `directory`, replaced atomically when the run is complete; it must be new, empty or an earlier output")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "workers per stage, at least 1")
	aliases := fs.String("aliases", "", "`file` of extra aliases, one 'Canonical Name = Other Name' per line")
	maxBytes := fs.Int64("max-bytes", pipeline.DefaultMaxBytes, "larger input files are rejected")
	partition := fs.Bool("partition", false, "write <out>/<table>/run_date=YYYY-MM-DD/part-00000.parquet, keeping earlier dates")
	cache := fs.String("cache", "", "`directory` keeping per-document results, so a re-run processes only new and changed files")
	wait := fs.Bool("wait", false, "wait for another run writing the same -out to finish, instead of failing at once")
	logFormat := fs.String("log-format", "text", "log format on stderr: text or json")
	quiet := fs.Bool("quiet", false, "log warnings and errors only")
	withReport := fs.Bool("report", false, "write <out>/report.html after the run (see factpipe report)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkRunFlags(fs, *in, *out, *workers, *maxBytes); err != nil {
		return err
	}
	if *withReport && *partition {
		return usageError(fs, "-report reads a flat output: it does not work with -partition")
	}
	log, err := newLogger(stderr, *logFormat, *quiet)
	if err != nil {
		return err
	}
	st, err := newStages(*aliases)
	if err != nil {
		return err
	}
	cfg := pipeline.Config{In: *in, Out: *out, Workers: *workers, MaxBytes: *maxBytes, CacheDir: *cache,
		Partition: *partition, Wait: *wait, Log: log}
	if !*quiet && isTerminal(stderr) {
		cfg.Progress = stderr
	}
	if *withReport {
		cfg.Finish = func(dir string) error {
			return writeReport(dir, filepath.Join(dir, pipeline.ReportName), report.DefaultSections)
		}
	}
	_, err = pipeline.Run(ctx, cfg, st)
	return err
}

// checkRunFlags refuses, as a usage error, flag values no run can use,
// before anything starts.
func checkRunFlags(fs *flag.FlagSet, in, out string, workers int, maxBytes int64) error {
	switch {
	case fs.NArg() > 0:
		return usageError(fs, "unexpected arguments %q", fs.Args())
	case in == "":
		return usageError(fs, "-in must name a directory")
	case out == "":
		return usageError(fs, "-out must name a directory")
	case workers < 1:
		return usageError(fs, "-workers must be at least 1, not %d", workers)
	case maxBytes <= 0:
		return usageError(fs, "-max-bytes must be more than 0, not %d", maxBytes)
	}
	return nil
}

func cmdExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "factpipe extract [-aliases FILE] [FILE...]", stderr)
	aliases := fs.String("aliases", "", "`file` of extra aliases, one 'Canonical Name = Other Name' per line")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := newStages(*aliases)
	if err != nil {
		return err
	}
	type input struct {
		name string
		raw  []byte
	}
	var inputs []input
	if fs.NArg() == 0 {
		raw, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		inputs = append(inputs, input{"-", raw})
	}
	for _, name := range fs.Args() {
		raw, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		inputs = append(inputs, input{filepath.ToSlash(name), raw})
	}
	var results []doc.Result
	var rejects []doc.Reject
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := st.Decode(in.name, in.raw)
		if err != nil {
			fmt.Fprintf(stderr, "factpipe extract: %s: %v\n", in.name, err)
			rejects = append(rejects, doc.Reject{Path: in.name, Reason: err.Error()})
			continue
		}
		st.Tokenize(d)
		if st.Parse != nil {
			d.Syntax = st.Parse(d)
		}
		ms := st.Entities(d)
		figs, evs := st.Figures(d, ms)
		results = append(results, doc.Result{Doc: doc.InfoOf(d), Mentions: ms, Figures: figs, Events: evs})
	}
	digests := make([]doc.Digest, len(results))
	for i, r := range results {
		digests[i] = st.Digest(r)
	}
	set := tables.Build(results, st.Reconcile(digests), rejects)
	w := bufio.NewWriter(stdout)
	var buf []byte
	emit := func(table string, row any) error {
		buf = append(buf[:0], `{"table":"`+table+`",`...)
		line, err := tables.AppendJSON(nil, row)
		if err != nil {
			return err
		}
		buf = append(buf, line[1:]...)
		buf = append(buf, '\n')
		_, err = w.Write(buf)
		return err
	}
	for _, m := range set.Mentions {
		if err := emit("mentions", m); err != nil {
			return err
		}
	}
	for _, f := range set.Figures {
		if err := emit("figures", f); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if len(rejects) > 0 && len(results) == 0 {
		return fmt.Errorf("no usable input")
	}
	return nil
}

func cmdSchema(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("schema", "factpipe schema [-markdown | -json]", stderr)
	md := fs.Bool("markdown", false, "print Markdown, as in the README")
	js := fs.Bool("json", false, "print JSON, for tools")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case *md && *js:
		return usageError(fs, "-markdown and -json exclude each other")
	case *md:
		return tables.WriteMarkdown(stdout)
	case *js:
		return tables.WriteJSON(stdout)
	}
	return tables.WriteSchema(stdout)
}

// isTerminal tells whether w is a terminal, where a progress bar can be drawn.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
