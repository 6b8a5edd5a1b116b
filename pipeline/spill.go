package pipeline

import (
	"bufio"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"factpipe/doc"
)

// spillPrefix starts the names of the directories that hold the spills of
// runs, beside the output directory; a spill left by a killed run is
// removed by the next run into the same output, as a half-written output
// is.
const spillPrefix = ".factpipe-spill-"

// spill keeps the full result of every document of a run on disk, from the
// moment the document leaves the stages until the tables are written, so
// that memory holds only the digests reconciliation reads. Results are
// written in input order as one gob stream of the values the cache stores
// (toWire), so that reading them back in that order decodes each type
// once, not once per result.
//
// put and finish are called from one goroutine; then any number of
// goroutines may read the spill at once, each with its own reader.
type spill struct {
	dir string
	f   *os.File
	w   *bufio.Writer
	enc *gob.Encoder
	n   int // results written
}

// newSpill creates the spill of a run writing to out in a new directory
// beside out (on the output's file system, not in a memory backed /tmp),
// after removing the spills of earlier runs into out that were killed.
func newSpill(out string) (*spill, error) {
	out = filepath.Clean(out)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: spill: %w", err)
	}
	removeLeftovers(parent, spillPrefix+base+"-")
	dir, err := os.MkdirTemp(parent, spillPrefix+base+"-")
	if err != nil {
		return nil, fmt.Errorf("pipeline: spill: %w", err)
	}
	f, err := os.Create(filepath.Join(dir, "results.gob"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pipeline: spill: %w", err)
	}
	w := bufio.NewWriterSize(f, 256<<10)
	return &spill{dir: dir, f: f, w: w, enc: gob.NewEncoder(w)}, nil
}

// put appends the next result, in input order.
func (s *spill) put(r doc.Result) error {
	if err := s.enc.Encode(toWire(r)); err != nil {
		return fmt.Errorf("pipeline: spill: %w", err)
	}
	s.n++
	return nil
}

// finish writes out what put buffered; the spill can then be read.
func (s *spill) finish() error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("pipeline: spill: %w", err)
	}
	return nil
}

// remove closes and deletes the spill.
func (s *spill) remove() error {
	err := s.f.Close()
	if rerr := os.RemoveAll(s.dir); err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("pipeline: spill: %w", err)
	}
	return nil
}

// each calls fn with every result in the spill, in order, with its
// position k, until fn returns an error or ctx is done.
func (s *spill) each(ctx context.Context, fn func(r doc.Result, k int) error) error {
	dec := gob.NewDecoder(bufio.NewReaderSize(io.NewSectionReader(s.f, 0, 1<<62), 256<<10))
	for k := range s.n {
		if err := ctx.Err(); err != nil {
			return err
		}
		var w wireResult // gob leaves fields the stream omits as they were
		if err := dec.Decode(&w); err != nil {
			return fmt.Errorf("pipeline: spill: %w", err)
		}
		r, err := w.result()
		if err != nil {
			return fmt.Errorf("pipeline: spill: %w", err)
		}
		if err := fn(r, k); err != nil {
			return err
		}
	}
	return nil
}

// batchRows is the number of rows a stream from the spill hands the table
// writer at a time. parquet-go cuts pages only between the runs of 64 rows
// it takes from a Write, so batches of a multiple of 64 rows give the
// file that writing the whole table at once would give, byte for byte.
const batchRows = 64 * 64

// spillRows returns a tables.Stream Each function that reads the results
// in s in order and hands the rows that add gives for each to yield,
// batchRows at a time. add is called with the k-th result, the digests'
// k-th. Each stream reads the spill on its own: a writer that fails or
// never starts cannot hold up another.
func spillRows[T any](ctx context.Context, s *spill, add func(dst []T, r doc.Result, k int) []T) func(yield func([]T) error) error {
	return func(yield func([]T) error) error {
		batch := make([]T, 0, batchRows)
		err := s.each(ctx, func(r doc.Result, k int) error {
			batch = add(batch, r, k)
			for len(batch) >= batchRows {
				if err := yield(batch[:batchRows]); err != nil {
					return err
				}
				n := copy(batch, batch[batchRows:])
				clear(batch[n:])
				batch = batch[:n]
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(batch) > 0 {
			return yield(batch)
		}
		return nil
	}
}
