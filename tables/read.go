package tables

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
)

// Read reads the tables of an output directory written by Write back into a
// Set, rows in file order (Write keeps the order of Build, so a Set read back
// is sorted the same way).
//
// Every table file must exist, except rejects.parquet and quantities.parquet,
// which older outputs may lack; their tables are then empty. An error names
// the file it is about. Empty lists are read as non-nil empty slices, as
// Build makes them, so that Read(dir) equals the Set that was written.
func Read(dir string) (Set, error) {
	var s Set
	for _, t := range Tables() {
		path := filepath.Join(dir, t.Name+".parquet")
		if t.rows.optional {
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				continue
			}
		}
		if err := t.rows.read(path, &s); err != nil {
			return Set{}, err
		}
	}
	for i := range s.People {
		s.People[i].Entity = s.People[i].normalized()
	}
	for i := range s.Places {
		s.Places[i].Entity = s.Places[i].normalized()
	}
	for i := range s.Organizations {
		s.Organizations[i].Entity = s.Organizations[i].normalized()
	}
	for i := range s.Quantities {
		s.Quantities[i].FigureIDs = nonNil(s.Quantities[i].FigureIDs)
	}
	return s, nil
}

// normalized returns e with nil lists made empty.
func (e Entity) normalized() Entity {
	e.Aliases = nonNil(e.Aliases)
	e.Titles = nonNil(e.Titles)
	return e
}

// ReadFile reads every row of the Parquet file at path. Columns of T that
// the file lacks are read as zero values (NULL for nullable columns), so
// files of an older schema can still be read. An empty file gives a nil
// slice.
func ReadFile[T any](path string) (rows []T, err error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tables: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("tables: %w", cerr)
		}
	}()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("tables: %w", err)
	}
	pf, err := parquet.OpenFile(f, info.Size())
	if err != nil {
		return nil, fmt.Errorf("tables: %s: %w", name, err)
	}
	n := pf.NumRows()
	if n == 0 {
		return nil, nil
	}
	r := parquet.NewGenericReader[T](pf)
	rows = make([]T, n)
	read := 0
	for read < len(rows) {
		k, rerr := r.Read(rows[read:])
		read += k
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			r.Close()
			return nil, fmt.Errorf("tables: %s: row %d: %w", name, read, rerr)
		}
		if k == 0 {
			r.Close()
			return nil, fmt.Errorf("tables: %s: reader made no progress at row %d", name, read)
		}
	}
	if err := r.Close(); err != nil {
		return nil, fmt.Errorf("tables: %s: %w", name, err)
	}
	if read != len(rows) {
		return nil, fmt.Errorf("tables: %s: read %d of %d rows", name, read, len(rows))
	}
	return rows, nil
}
