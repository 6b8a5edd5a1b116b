package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"factpipe/doc"
)

// spillPrefix starts the names of the directories that hold the spills of
// runs, beside the output directory. It starts with tmpPrefix, so that a
// spill left by a killed run is a leftover like a half-written output.
const spillPrefix = tmpPrefix + "spill-"

// spill keeps the full result of every document of a run on disk, from the
// moment the document leaves the stages until the tables are written, so
// that memory holds only the digests reconciliation reads. Results are
// stored as the cache stores them (encodeResult) in one file, in the order
// they arrive, and read back by input position.
//
// put is called from one goroutine at a time; get may be called from
// several at once once every put is done.
type spill struct {
	dir  string
	f    *os.File
	size int64
	at   []extent // by input position; n == 0: no result there
}

// extent is where one encoded result lies in the spill file.
type extent struct{ off, n int64 }

// newSpill creates the spill of a run writing to out, for n inputs, in a
// new directory beside out (on the output's file system, not in a memory
// backed /tmp), after removing the spills of earlier runs into out that
// were killed.
func newSpill(out string, n int) (*spill, error) {
	out = filepath.Clean(out)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: spill: %w", err)
	}
	removeLeftovers(parent, "spill-"+base)
	dir, err := os.MkdirTemp(parent, spillPrefix+base+"-")
	if err != nil {
		return nil, fmt.Errorf("pipeline: spill: %w", err)
	}
	f, err := os.Create(filepath.Join(dir, "results.gob"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pipeline: spill: %w", err)
	}
	return &spill{dir: dir, f: f, at: make([]extent, n)}, nil
}

// put stores the encoded result of input i.
func (s *spill) put(i int, enc []byte) error {
	if _, err := s.f.Write(enc); err != nil {
		return fmt.Errorf("pipeline: spill: %w", err)
	}
	s.at[i] = extent{s.size, int64(len(enc))}
	s.size += int64(len(enc))
	return nil
}

// has tells whether input i has a result.
func (s *spill) has(i int) bool { return s.at[i].n > 0 }

// get reads back the result of input i, which must have one.
func (s *spill) get(i int, buf []byte) (doc.Result, []byte, error) {
	e := s.at[i]
	if int64(cap(buf)) < e.n {
		buf = make([]byte, e.n)
	}
	buf = buf[:e.n]
	if _, err := s.f.ReadAt(buf, e.off); err != nil {
		return doc.Result{}, buf, fmt.Errorf("pipeline: spill: %w", err)
	}
	r, err := decodeResult(buf)
	if err != nil {
		return doc.Result{}, buf, fmt.Errorf("pipeline: spill: %w", err)
	}
	return r, buf, nil
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

// batchRows is the number of rows a stream from the spill hands the table
// writer at a time. parquet-go cuts pages only between the runs of 64 rows
// it takes from a Write, so batches of a multiple of 64 rows give the
// file that writing the whole table at once would give, byte for byte.
const batchRows = 64 * 64

// spillRows returns a tables.Stream Each function that reads the results
// in s in input order and hands the rows that add gives for each to yield,
// batchRows at a time. add is called with the k-th result (k counts the
// results in the spill, as the digests were counted). Each stream reads
// the spill on its own: a writer that fails or never starts cannot hold up
// another.
func spillRows[T any](ctx context.Context, s *spill, add func(dst []T, r doc.Result, k int) []T) func(yield func([]T) error) error {
	return func(yield func([]T) error) error {
		batch := make([]T, 0, batchRows)
		var buf []byte
		k := 0
		for i := range s.at {
			if !s.has(i) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			r, b, err := s.get(i, buf)
			if err != nil {
				return err
			}
			buf = b
			batch = add(batch, r, k)
			k++
			for len(batch) >= batchRows {
				if err := yield(batch[:batchRows]); err != nil {
					return err
				}
				n := copy(batch, batch[batchRows:])
				clear(batch[n:])
				batch = batch[:n]
			}
		}
		if len(batch) > 0 {
			return yield(batch)
		}
		return nil
	}
}
