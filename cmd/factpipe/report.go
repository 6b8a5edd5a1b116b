package main

import (
	"io"
	"path/filepath"

	"factpipe/pipeline"
	"factpipe/report"
)

func cmdReport(args []string, stderr io.Writer) error {
	fs := newFlags("report", "factpipe report [-o FILE] [-sections N] OUT_DIR", stderr)
	out := fs.String("o", "", "`file` to write (default OUT_DIR/report.html)")
	sections := fs.Int("sections", report.DefaultSections, "how many sections are drawn with a chart; the rest are rows of a table")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() != 1:
		return usageError(fs, "want one output directory, got %d arguments", fs.NArg())
	case *sections < 1:
		return usageError(fs, "-sections must be at least 1, not %d", *sections)
	}
	dir := fs.Arg(0)
	if *out == "" {
		*out = filepath.Join(dir, pipeline.ReportName)
	}
	return writeReport(dir, *out, *sections)
}

// writeReport writes the report of the output directory dir to file.
func writeReport(dir, file string, sections int) error {
	in, err := report.Load(dir)
	if err != nil {
		return err
	}
	return report.WriteFile(file, in, report.Options{Sections: sections})
}
