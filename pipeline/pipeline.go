// Package pipeline runs factpipe's stages over a folder of articles and
// writes the tables. It is the only package that starts goroutines.
//
// Shape: one reader goroutine lists and reads the input files in a fixed
// order; three bounded worker pools (prepare = ingest+tokenize, entities,
// figures) pass documents on through small channels; one collector takes
// each document's result; when all are in, reconcile runs and one
// goroutine per table writes the output. The goroutine that sends on a
// channel closes it, every send also selects on ctx.Done(), and errors go
// to the errgroup, never down the channels, so the first fatal error or a
// cancelled context stops every goroutine.
//
// Memory: a document's text is dropped once its figures are extracted.
// The collector writes each full result (every mention and figure, with
// offsets and sentence texts), in input order, to a spill file in a
// temporary directory beside the output that is removed when the run
// ends, however it ends, and keeps in memory only its digest (doc.Digest):
// the distinct names it mentions with their counts, and its figures
// without sentence texts (but for the few that tell a revision), every
// string and name interned across the run, so that ten copies of a corpus
// hold one copy of each name. Reconcile reads the digests; the mentions
// and figures tables are then streamed from the spill to the Parquet
// writers in batches, in path order, with the entity of each name and the
// resolved subject and claimant of each figure, so that no table of the
// corpus' size is ever held whole. What stays in memory grows with the
// distinct names and the figures of the corpus, not with its mentions or
// texts.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"factpipe/doc"
	"factpipe/tables"
)

// Stages are the per-document and run-wide functions the pipeline calls.
// The per-document functions are called from several goroutines at once
// and must be safe for that; each call gets a document no other goroutine
// touches.
type Stages struct {
	// Decode turns a file's bytes into a document; an error rejects the file.
	Decode func(path string, raw []byte) (*doc.Document, error)
	// Tokenize sets the document's sentences and tokens.
	Tokenize func(d *doc.Document)
	// Parse returns the syntax of the sentences of a tokenized document
	// that later stages read (see doc.Document.Syntax); nil skips the
	// stage.
	Parse func(d *doc.Document) []doc.Syntax
	// Entities returns the entity mentions of a tokenized document.
	Entities func(d *doc.Document) []doc.Mention
	// Figures returns the figures of a tokenized document, and the events
	// it gives a day for.
	Figures func(d *doc.Document, mentions []doc.Mention) ([]doc.Figure, []doc.Event)
	// Keywords returns a document's content words, by which stories are
	// grouped; nil leaves them out (every document is then a story of
	// its own).
	Keywords func(d *doc.Document) []doc.Keyword
	// Digest returns what Reconcile reads of a document's result; the run
	// keeps it in memory and the result itself on disk.
	Digest func(r doc.Result) doc.Digest
	// Reconcile merges the digests of all documents, sorted by path.
	Reconcile func(digests []doc.Digest) doc.Reconciled
}

// Config says what to run on and where to write.
type Config struct {
	In       string // input directory, read recursively
	Out      string // output directory, replaced atomically
	Workers  int    // workers per stage; <= 0 means GOMAXPROCS
	MaxBytes int64  // larger files are rejected; <= 0 means DefaultMaxBytes
	CacheDir string // per-document result cache; "" for none
	// Partition writes <Out>/<table>/run_date=YYYY-MM-DD/part-00000.parquet
	// (the run's local start date), keeping the partitions of other dates.
	Partition bool
	// Wait makes a run whose output another run is writing wait for it;
	// without it, such a run fails at once with ErrBusy.
	Wait bool
	Log  *slog.Logger
	// Progress is a terminal to draw a progress bar on; when nil, progress
	// goes to Log as a line every 10 seconds.
	Progress io.Writer
	// Finish, when not nil, is called with the new output directory once
	// its tables are complete, before it takes the place of Out, so that
	// what it adds (a report, named in OutputFiles) is replaced with the
	// tables in one step; an error fails the run and keeps the previous
	// output.
	Finish func(dir string) error
}

// DefaultMaxBytes is the default size limit of one input file.
const DefaultMaxBytes = 16 << 20

// Extensions are the file name extensions the pipeline reads.
var Extensions = []string{".txt", ".md", ".html", ".htm"}

// Summary tells what a run did.
type Summary struct {
	Documents int
	Cached    int // documents whose results came from the cache
	Rejects   []doc.Reject
	// Set holds the rows of every table but mentions and figures, which
	// the run streamed to the output files (tables.Read reads them back).
	Set    tables.Set
	Stages map[string]time.Duration // summed worker time per stage
	Start  time.Time
	End    time.Time
}

// item is one input file on its way through the stages.
type item struct {
	index    int
	path     string
	raw      []byte
	doc      *doc.Document
	mentions []doc.Mention
	result   doc.Result
	digest   *doc.Digest // digest of result; nil when not yet
	key      string      // cache key; "" without a cache
	cached   bool        // result came from the cache: no stage runs
	reject   string      // non-empty: the file is rejected for this reason
}

// skip tells the stages to pass the item on untouched.
func (it *item) skip() bool { return it.reject != "" || it.cached }

// Run processes every input file under cfg.In and writes the tables to
// cfg.Out. Bad files are rejected and listed; Run fails only on I/O errors,
// a cancelled context, or when cfg.In cannot be read.
//
// Before anything else, Run refuses with a *PathError an output or cache
// directory that it could not replace or fill without destroying what is
// not its own (see checkPaths), and takes an exclusive lock beside the
// output, so that two runs never write one output at once.
func Run(ctx context.Context, cfg Config, st Stages) (_ *Summary, err error) {
	sum := &Summary{Start: time.Now(), Stages: map[string]time.Duration{}}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	maxBytes := cfg.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	dirs, err := checkPaths(cfg)
	if err != nil {
		return nil, err
	}
	lock, err := lockOutput(ctx, dirs.out, cfg.Wait)
	if err != nil {
		return nil, err
	}
	defer func() {
		if lerr := lock.release(); lerr != nil && err == nil {
			err = fmt.Errorf("pipeline: lock: %w", lerr)
		}
	}()
	// Checked again under the lock: a run that held it may have written
	// the output meanwhile.
	if dirs, err = checkPaths(cfg); err != nil {
		return nil, err
	}
	paths, rejects, err := List(cfg.In, dirs.out, dirs.cache)
	if err != nil {
		return nil, err
	}
	log.Info("run started", "in", cfg.In, "files", len(paths), "workers", workers)
	var cache *Cache
	if cfg.CacheDir != "" {
		if cache, err = OpenCache(cfg.CacheDir); err != nil {
			return nil, err
		}
	}
	sp, err := newSpill(dirs.out)
	if err != nil {
		return nil, err
	}
	defer func() {
		if rerr := sp.remove(); rerr != nil && err == nil {
			err = rerr
		}
	}()
	r := &runner{in: cfg.In, workers: workers, maxBytes: maxBytes, st: st, log: log, cache: cache, spill: sp,
		progress: newProgress(cfg.Progress, log, len(paths))}
	digests, more, timing, err := r.process(ctx, paths)
	if err != nil {
		return nil, err
	}
	sum.Cached = r.cached
	rejects = append(rejects, more...)
	for _, rj := range rejects {
		log.Warn("file rejected", "path", rj.Path, "reason", rj.Reason)
	}
	for k, v := range timing {
		sum.Stages[k] = v
	}

	t := time.Now()
	rec := st.Reconcile(digests)
	sum.Stages["reconcile"] = time.Since(t)

	// From here on the digests are dropped: the mentions and figures
	// tables are streamed from the spill.
	t = time.Now()
	infos, mentions, figures := summarize(digests)
	set := tables.BuildRunWide(infos, rec, rejects)
	set.MentionStream = &tables.Stream[tables.Mention]{Rows: mentions,
		Each: spillRows(ctx, sp, func(dst []tables.Mention, res doc.Result, k int) []tables.Mention {
			return tables.AppendMentions(dst, res, rec.NameEntity[k])
		})}
	set.FigureStream = &tables.Stream[tables.Figure]{Rows: figures,
		Each: spillRows(ctx, sp, func(dst []tables.Figure, res doc.Result, k int) []tables.Figure {
			return tables.AppendFigures(dst, res, rec.Attributions[k], storyOf(rec, k))
		})}
	sum.Documents = len(infos)
	sum.Rejects = rejects
	sum.Set = set
	sum.Stages["build"] = time.Since(t)
	sum.End = time.Now()
	manifest, err := newManifest(cfg, workers, sum, rejects).marshal()
	if err != nil {
		return nil, err
	}
	var layout Layout
	if cfg.Partition {
		layout.RunDate = sum.Start.Format(time.DateOnly)
	}
	if err := WriteOutput(ctx, dirs.out, set, map[string][]byte{ManifestName: manifest}, layout, cfg.Finish); err != nil {
		return nil, err
	}
	// The streams read the spill, which is removed on return.
	sum.Set.MentionStream, sum.Set.FigureStream = nil, nil
	sum.End = time.Now()
	log.Info("run finished", "out", cfg.Out, "documents", len(infos), "cached", sum.Cached, "rejects", len(rejects),
		"figures", figures, "contradictions", len(set.Contradictions), "elapsed", sum.End.Sub(sum.Start).Round(time.Millisecond))
	return sum, nil
}

// summarize returns the infos of digests and their numbers of mentions and
// figures.
func summarize(digests []doc.Digest) (infos []doc.Info, mentions, figures int) {
	infos = make([]doc.Info, len(digests))
	for i, d := range digests {
		infos[i] = d.Doc
		for _, n := range d.Names {
			mentions += n.Count
		}
		figures += len(d.Figures)
	}
	return infos, mentions, figures
}

// runner holds what the per-document part of a run needs.
type runner struct {
	in       string
	workers  int
	maxBytes int64
	st       Stages
	log      *slog.Logger
	cache    *Cache // nil: no cache
	spill    *spill
	progress *progress
	cached   int
}

// slot is what the run keeps of one input file once it is through the
// stages.
type slot struct {
	digest doc.Digest
	reject string // non-empty: rejected for this reason
	cached bool
	path   string
}

// process runs the per-document stages over paths, spills every result,
// and returns the digests and rejects in input order.
func (r *runner) process(ctx context.Context, paths []string) ([]doc.Digest, []doc.Reject, map[string]time.Duration, error) {
	g, ctx := errgroup.WithContext(ctx)

	read := make(chan *item, r.workers)
	g.Go(func() error {
		defer close(read)
		for i, p := range paths {
			if err := send(ctx, read, r.read(i, p)); err != nil {
				return err
			}
		}
		return nil
	})

	timers := newTimers("prepare", "syntax", "entities", "figures")
	prepared := stage(ctx, g, r.workers, read, timers["prepare"], r.st.prepare)
	parsed := prepared
	if r.st.Parse != nil {
		parsed = stage(ctx, g, r.workers, prepared, timers["syntax"], r.st.parse)
	}
	tagged := stage(ctx, g, r.workers, parsed, timers["entities"], func(it *item) {
		it.mentions = r.st.Entities(it.doc)
	})
	done := stage(ctx, g, r.workers, tagged, timers["figures"], func(it *item) {
		r.st.figures(it)
		it.doc, it.mentions = nil, nil
		d := r.st.Digest(it.result)
		it.digest = &d
		if r.cache != nil {
			if err := r.cache.Put(it.key, it.result); err != nil {
				r.log.Warn("cache", "path", it.path, "err", err)
			}
		}
	})

	// The collector spills each result and keeps its digest; the
	// document's text, which the result's strings may share, goes with
	// the item.
	slots := make([]slot, len(paths))
	in := newInterner()
	stop := make(chan struct{})
	g.Go(func() error {
		defer close(stop)
		// Items arrive in any order; they are spilled in input order, so
		// those ahead of an item still in the stages wait here (a few, as
		// many as the stages passed by it).
		ahead := map[int]*item{}
		next := 0
		for it := range done {
			r.progress.done.Add(1)
			ahead[it.index] = it
			for ahead[next] != nil {
				it := ahead[next]
				delete(ahead, next)
				next++
				if err := r.collect(it, &slots[it.index], in); err != nil {
					return err
				}
			}
		}
		return r.spill.finish()
	})
	g.Go(func() error {
		r.progress.run(stop)
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, nil, nil, err
	}

	var digests []doc.Digest
	var rejects []doc.Reject
	for _, sl := range slots {
		if sl.reject != "" {
			rejects = append(rejects, doc.Reject{Path: sl.path, Reason: sl.reject})
			continue
		}
		if sl.cached {
			r.cached++
		}
		digests = append(digests, sl.digest)
	}
	return digests, rejects, timers.totals(), nil
}

// collect spills the result of it and keeps its digest in sl.
func (r *runner) collect(it *item, sl *slot, in *interner) error {
	sl.path = it.path
	if it.reject != "" {
		sl.reject = it.reject
		return nil
	}
	if err := r.spill.put(it.result); err != nil {
		return fmt.Errorf("%w (%s)", err, it.path)
	}
	if it.digest != nil {
		sl.digest = *it.digest
	} else {
		sl.digest = r.st.Digest(it.result)
	}
	in.digest(&sl.digest)
	sl.cached = it.cached
	return nil
}

// read reads input file i, and takes its result from the cache if there.
func (r *runner) read(i int, path string) *item {
	it := &item{index: i, path: path}
	raw, err := readFile(filepath.Join(r.in, filepath.FromSlash(path)), r.maxBytes)
	if err != nil {
		it.reject = err.Error()
		return it
	}
	if r.cache != nil {
		it.key = r.cache.Key(raw)
		if res, ok := r.cache.Get(it.key); ok {
			res.Doc.Path = path // the same text may sit at another path now
			it.result, it.cached = res, true
			return it
		}
	}
	it.raw = raw
	return it
}

// stage starts workers goroutines that apply fn to every item from in that
// is neither rejected nor taken from the cache, and pass every item on to
// the returned channel, which is closed when in is closed and all workers
// are done.
func stage(ctx context.Context, g *errgroup.Group, workers int, in <-chan *item, t *timer, fn func(*item)) <-chan *item {
	out := make(chan *item, workers)
	wg := new(errgroup.Group)
	for range workers {
		wg.Go(func() error {
			for it := range in {
				if !it.skip() {
					start := time.Now()
					guarded(it, t.name, fn)
					t.add(time.Since(start))
				}
				if err := send(ctx, out, it); err != nil {
					return err
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		defer close(out)
		return wg.Wait()
	})
	return out
}

// guarded applies fn to it; a panic in a stage (a bug that some input
// reaches) rejects that document, with the stage and the error as the
// reason, and the run goes on with the others.
func guarded(it *item, stageName string, fn func(*item)) {
	defer func() {
		if v := recover(); v != nil {
			it.reject = fmt.Sprintf("internal error in the %s stage: %v", stageName, v)
			it.doc, it.mentions, it.raw = nil, nil, nil
		}
	}()
	fn(it)
}

// send sends v on ch unless ctx is done first.
func send[T any](ctx context.Context, ch chan<- T, v T) error {
	select {
	case ch <- v:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// readFile reads a regular file of at most maxBytes bytes.
func readFile(path string, maxBytes int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", cause(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if fi.Size() > maxBytes {
		return nil, fmt.Errorf("file too large: %d bytes, the limit is %d (-max-bytes)", fi.Size(), maxBytes)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", cause(err))
	}
	return raw, nil
}

// List returns the input files under dir, relative to it and
// slash-separated, in lexical order. Symbolic links to files are followed;
// links to directories are not (so a link loop cannot trap the walk), and
// listed as rejects, as are broken links. Folders whose names start with a
// dot are skipped, and so are the folders of skip that lie inside dir (a
// run's own output and cache).
func List(dir string, skip ...string) ([]string, []doc.Reject, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("pipeline: input: %w", err)
	}
	if !fi.IsDir() {
		return nil, nil, fmt.Errorf("pipeline: input %s: not a directory", dir)
	}
	skipped, err := skippedFolders(dir, skip)
	if err != nil {
		return nil, nil, fmt.Errorf("pipeline: input: %w", err)
	}
	var paths []string
	var rejects []doc.Reject
	err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p == dir {
				return err
			}
			rejects = append(rejects, doc.Reject{Path: rel, Reason: "cannot read: " + cause(err).Error()})
			if e != nil && e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			if p != dir && (strings.HasPrefix(e.Name(), ".") || skipped[rel]) {
				return fs.SkipDir
			}
			return nil
		}
		if !slices.Contains(Extensions, strings.ToLower(filepath.Ext(p))) {
			return nil
		}
		if e.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			switch {
			case err != nil:
				rejects = append(rejects, doc.Reject{Path: rel, Reason: "broken or looping symbolic link"})
				return nil
			case fi.IsDir():
				return nil
			}
		}
		paths = append(paths, rel)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("pipeline: input: %w", err)
	}
	slices.Sort(paths)
	return paths, rejects, nil
}

// cause strips the path from a *fs.PathError: reject reasons sit next to
// the path already.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// skippedFolders returns the folders of skip that lie inside dir, relative
// to it and slash-separated.
func skippedFolders(dir string, skip []string) (map[string]bool, error) {
	in, err := resolve(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, s := range skip {
		if s == "" {
			continue
		}
		abs, err := resolve(s)
		if err != nil {
			return nil, err
		}
		if within(abs, in) {
			rel, _ := filepath.Rel(in, abs)
			out[filepath.ToSlash(rel)] = true
		}
	}
	return out, nil
}

// storyOf is the story ID of the k-th digest, "" when rec gives none.
func storyOf(rec doc.Reconciled, k int) string {
	if k < len(rec.DocStory) {
		return rec.DocStory[k]
	}
	return ""
}
