// Package factbeam builds factpipe's pipeline as an Apache Beam pipeline,
// so that a runner (Prism in-process, Flink, Spark, Google Cloud Dataflow)
// spreads the documents over many workers and machines.
//
// The pipeline calls the stage functions of `factpipe run`, not copies:
//
//	Impulse ─list─▶ paths ─Reshuffle─▶ extract (pipeline.Stages.Extract) ─┬─ results (path → encoded doc.Result)
//	                                                                      ├─ digests ──Combine (one worker)──▶ reconciled
//	                                                                      └─ rejects
//	reconciled ─split─▶ per-document resolutions (path → entity IDs, attributions), a map side input
//	results + resolutions ─key by shard─▶ GroupByKey ─▶ mentions and figures part files, one per shard
//	reconciled + rejects ─▶ the run-wide tables (documents, people, ..., rejects), one part each
//	every part written ─▶ commit: the job's temporary folder takes the place of the output
//
// Every table is a folder of Parquet part files with the schema of `factpipe
// run` (package tables): <out>/<table>/part-NNNNN.parquet, or with a run date
// <out>/<table>/run_date=YYYY-MM-DD/part-NNNNN.parquet. Mentions and figures
// are cut into shards by the documents' path order, so the parts read in name
// order hold the rows in the order of `factpipe run`; the facts are the same
// whatever the runner and the number of shards.
//
// Faults: a file that cannot be read or used is a row of rejects. IDs derive
// from content and every part file has a name and content fixed by the
// input, so a bundle the runner retries writes the same file again. Parts
// go to a temporary folder (see TempDir); the last step of the job puts
// them in place, so a job that fails leaves the previous output as it was.
package factbeam

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"factpipe/pipeline"
	"factpipe/stages/reconcile"
)

// Config says what a job reads and where it writes.
type Config struct {
	// In is the input folder: a local path or a Beam file system URL
	// (gs://bucket/prefix, s3://bucket/prefix).
	In string
	// Out is the output folder, local or a URL as In.
	Out string
	// RunDate, when set (YYYY-MM-DD), selects the hive layout
	// <out>/<table>/run_date=<RunDate>/, keeping the partitions of other
	// dates; empty: <out>/<table>/, replacing the previous output.
	RunDate string
	// Shards is the number of part files of mentions and figures; <= 0
	// means one per DocsPerShard documents.
	Shards int
	// MaxBytes is the size limit of one input file; <= 0 means
	// pipeline.DefaultMaxBytes.
	MaxBytes int64
	// Job names the job's temporary folder; "" draws a random one.
	Job string
	// Aliases is the text of an alias file (see reconcile.LoadAliases), ""
	// for none. The text, not the file's name, goes into the job, so that it
	// reaches the worker that reconciles.
	Aliases string
}

// DocsPerShard is the number of documents per part file of mentions and
// figures when Config.Shards is not set.
const DocsPerShard = 1000

// Build adds the whole job to the root scope of p and returns the folder
// it writes into before the commit (see TempDir).
func Build(p *beam.Pipeline, cfg Config) (tmp string, err error) {
	if cfg.In == "" || cfg.Out == "" {
		return "", fmt.Errorf("factbeam: an input and an output folder are needed")
	}
	if _, err := reconcile.LoadAliases(strings.NewReader(cfg.Aliases)); err != nil {
		return "", fmt.Errorf("factbeam: aliases: %w", err)
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = pipeline.DefaultMaxBytes
	}
	if cfg.Job == "" {
		b := make([]byte, 6)
		rand.Read(b) // never fails
		cfg.Job = hex.EncodeToString(b)
	}
	tmp = TempDir(cfg.Out, cfg.Job)
	s := p.Root()
	results, digests, rejects := extractAll(s, cfg)
	rec := reconcileAll(s, cfg, digests)
	written := writeTables(s, cfg, tmp, results, rec, rejects)
	beam.ParDo0(s, &commitFn{Tmp: tmp, Out: cfg.Out, RunDate: cfg.RunDate}, beam.Impulse(s),
		beam.SideInput{Input: written})
	return tmp, nil
}

// extractAll lists the input and runs the per-document stages on every
// file: the results keyed by path, the digests, and the rejects (path,
// reason) of the listing and of the files.
func extractAll(s beam.Scope, cfg Config) (results, digests, rejects beam.PCollection) {
	paths, listRejects := beam.ParDo2(s, &listFn{In: cfg.In}, beam.Impulse(s))
	// Without the reshuffle a runner may fuse extraction with the listing,
	// one bundle on one worker.
	paths = beam.Reshuffle(s, paths)
	results, digests, fileRejects := beam.ParDo3(s, &extractFn{In: cfg.In, MaxBytes: cfg.MaxBytes}, paths)
	return results, digests, beam.Flatten(s, listRejects, fileRejects)
}

// reconcileAll combines the digests into one encoded reconciled.
func reconcileAll(s beam.Scope, cfg Config, digests beam.PCollection) beam.PCollection {
	// An empty element makes the combine run on an empty input too.
	digests = beam.Flatten(s, digests, beam.Create(s, []byte{}))
	return beam.Combine(s, &reconcileFn{Shards: cfg.Shards, Aliases: cfg.Aliases}, digests)
}

// writeTables writes every table into tmp: mentions and figures by shard,
// each shard's documents resolved through a side input, and the run-wide
// tables from the reconciled. It returns the names of the parts written.
func writeTables(s beam.Scope, cfg Config, tmp string, results, rec, rejects beam.PCollection) beam.PCollection {
	resolved := beam.ParDo(s, splitResolutions, rec)
	keyed := beam.ParDo(s, keyByShard, results, beam.SideInput{Input: resolved})
	parts := beam.ParDo(s, &writeShardFn{Tmp: tmp, RunDate: cfg.RunDate}, beam.GroupByKey(s, keyed))
	runWide := beam.ParDo(s, &writeRunWideFn{Tmp: tmp, RunDate: cfg.RunDate}, rec, beam.SideInput{Input: rejects})
	return beam.Flatten(s, parts, runWide)
}

// tmpPrefix starts the name of a job's temporary folder, beside the output.
const tmpPrefix = ".factpipe-tmp-"

// TempDir returns the temporary folder of job writing to out: beside a
// local out, so that it replaces out by a rename on one file system; inside
// out on a Beam file system, as Beam's file sinks have it (object stores
// rename no folder, and a bucket's root has no folder beside it).
func TempDir(out, job string) string {
	if isURL(out) {
		return joinPath(out, tmpPrefix+"beam-"+job)
	}
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), tmpPrefix+filepath.Base(out)+"-beam-"+job)
}

// isURL tells whether p names a file by a Beam file system URL rather than
// a local path.
func isURL(p string) bool { return strings.Contains(p, "://") }

// joinPath joins a folder, local or a URL, and a slash-separated relative
// path.
func joinPath(dir, rel string) string {
	if isURL(dir) {
		return strings.TrimSuffix(dir, "/") + "/" + rel
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

// partName returns the relative path of part i of table in the layout of
// runDate (see Config.RunDate).
func partName(table, runDate string, i int) string {
	name := fmt.Sprintf("part-%05d.parquet", i)
	if runDate == "" {
		return path.Join(table, name)
	}
	return path.Join(table, "run_date="+runDate, name)
}
