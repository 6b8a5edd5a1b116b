package factdiff

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"

	"factpipe/tables"
)

// Exit statuses of Main, as diff(1) has them.
const (
	ExitEqual     = 0 // the outputs state the same facts
	ExitDifferent = 1 // they differ
	ExitError     = 2 // usage error, or an output could not be read
)

const synopsis = "factpipe diff [-json] [-tolerance X] OLD_DIR NEW_DIR"

// Main is the command `factpipe diff`: args are the arguments after "diff".
// It reads the output directories OLD_DIR and NEW_DIR with tables.Read (a
// table is one file or a folder of part files, as the Beam runner writes),
// compares them with Compare and writes the report to stdout, as text or,
// with -json, as JSON; -tolerance sets Options.Tolerance. Usage and errors
// go to stderr. It returns ExitEqual, ExitDifferent or ExitError; -h prints
// the usage and returns 0.
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s\n", synopsis)
		fmt.Fprintln(stderr, "Compares two output directories by the facts in their tables.")
		fmt.Fprintln(stderr, "Exit status: 0 equal, 1 different, 2 error.")
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "write the report as JSON")
	tol := fs.Float64("tolerance", 0, "relative tolerance for measured numbers (0.01 = 1%; 0 = exact)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return ExitError // flag has printed the error and the usage
	}
	usageError := func(msg string) int {
		fmt.Fprintf(stderr, "factpipe diff: %s\n", msg)
		fs.Usage()
		return ExitError
	}
	if fs.NArg() != 2 {
		return usageError(fmt.Sprintf("want OLD_DIR and NEW_DIR, got %d arguments", fs.NArg()))
	}
	if *tol < 0 || math.IsNaN(*tol) || math.IsInf(*tol, 0) {
		return usageError(fmt.Sprintf("-tolerance must be a number >= 0, not %v", *tol))
	}
	old, err := tables.Read(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "factpipe diff: %s: %v\n", fs.Arg(0), err)
		return ExitError
	}
	new, err := tables.Read(fs.Arg(1))
	if err != nil {
		fmt.Fprintf(stderr, "factpipe diff: %s: %v\n", fs.Arg(1), err)
		return ExitError
	}
	rep := Compare(old, new, Options{Tolerance: *tol})
	write := rep.WriteText
	if *asJSON {
		write = rep.WriteJSON
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "factpipe diff: %v\n", err)
		return ExitError
	}
	if rep.Equal() {
		return ExitEqual
	}
	return ExitDifferent
}
