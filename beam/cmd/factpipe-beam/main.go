// Command factpipe-beam runs factpipe's pipeline on Apache Beam: the same
// stages as `factpipe run`, with the documents spread over the workers of
// a Beam runner, and every table written as a folder of Parquet part files.
//
// Usage:
//
//	factpipe-beam -in DIR_OR_URL -out DIR_OR_URL [-partition] [-shards N] [-max-bytes N] [-aliases FILE]
//	              [-runner prism|flink|spark|dataflow] [Beam flags]
//
// -in and -out take a local path or a Beam file system URL (gs://, s3://).
// -runner is prism by default: Beam's runner in this process, no setup.
// flink and spark take -endpoint (the job server); dataflow takes
// -project, -region, -staging_location and -temp_location; see doc/beam.md.
//
// Exit status: 0 success, 1 failed job, 2 usage error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // every runner, and the gs:// and local file systems

	"factpipe/beam/factbeam"
	"factpipe/pipeline"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

// run parses args on the command line's flag set, where Beam's runners
// register their flags (-runner, -endpoint, -project, ...), and runs the
// job.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.CommandLine
	fs.Init("factpipe-beam", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "input folder: a local path or a Beam file system URL (gs://..., s3://...)")
	out := fs.String("out", "", "output folder: a local path or a Beam file system URL")
	partition := fs.Bool("partition", false, "write <out>/<table>/run_date=YYYY-MM-DD/, keeping other dates")
	shards := fs.Int("shards", 0, fmt.Sprintf("part files of mentions and figures (0: one per %d documents)", factbeam.DocsPerShard))
	maxBytes := fs.Int64("max-bytes", pipeline.DefaultMaxBytes, "larger input files are rejected")
	aliasFile := fs.String("aliases", "", "local `file` of extra aliases, one 'Canonical Name = Other Name' per line")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *in == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "factpipe-beam: -in and -out are needed, and no other arguments")
		fs.Usage()
		return 2
	}
	// A worker started by a remote runner runs its harness here and never
	// returns.
	beam.Init()

	cfg := factbeam.Config{In: *in, Out: *out, Shards: *shards, MaxBytes: *maxBytes}
	if *aliasFile != "" {
		b, err := os.ReadFile(*aliasFile)
		if err != nil {
			fmt.Fprintln(stderr, "factpipe-beam: -aliases:", err)
			return 2
		}
		cfg.Aliases = string(b)
	}
	start := time.Now()
	if *partition {
		cfg.RunDate = start.Format(time.DateOnly)
	}
	if err := factbeam.CheckInput(*in); err != nil {
		fmt.Fprintln(stderr, "factpipe-beam:", err)
		return 1
	}
	if err := factbeam.CheckOutput(*out); err != nil {
		fmt.Fprintln(stderr, "factpipe-beam:", err)
		return 1
	}
	p := beam.NewPipeline()
	tmp, err := factbeam.Build(p, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "factpipe-beam:", err)
		return 2
	}
	runner := *runners.Runner
	if runner == "" {
		runner = "prism"
	}
	if err := factbeam.Run(ctx, runner, p); err != nil {
		fmt.Fprintln(stderr, "factpipe-beam: job failed:", err)
		if cerr := factbeam.Cleanup(context.Background(), tmp); cerr != nil {
			fmt.Fprintln(stderr, "factpipe-beam: removing", tmp+":", cerr)
		}
		return 1
	}
	fmt.Fprintf(stderr, "factpipe-beam: wrote %s in %s\n", *out, time.Since(start).Round(time.Millisecond))
	return 0
}
