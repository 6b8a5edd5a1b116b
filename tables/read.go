package tables

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// Read reads the tables of an output directory written by Write back into a
// Set, rows in file order (Write keeps the order of Build, so a Set read back
// is sorted the same way).
//
// A table is one file, <dir>/<table>.parquet, or a folder of part files,
// <dir>/<table>/, whose .parquet files at any depth (hive partitions such
// as run_date=2026-11-22/ too) are read in lexical order of their paths
// and their rows concatenated, as the Beam runner writes them. Every table
// must exist, except rejects, events and quantities, which older outputs
// may lack; their tables are then empty. An error names the file it is
// about. Empty lists are read as non-nil empty slices, as
// Build makes them, so that Read(dir) equals the Set that was written.
func Read(dir string) (Set, error) {
	var s Set
	for _, t := range Tables() {
		files, err := tableFiles(dir, t.Name)
		if errors.Is(err, fs.ErrNotExist) && t.rows.optional {
			continue
		}
		if err != nil {
			return Set{}, err
		}
		for _, f := range files {
			if err := t.rows.read(f, &s); err != nil {
				return Set{}, err
			}
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

// tableFiles returns the files of a table in an output directory: the one
// file <table>.parquet, or else the .parquet files under the folder
// <table>, in lexical order of their paths. An error wraps
// fs.ErrNotExist when the table has neither.
func tableFiles(dir, table string) ([]string, error) {
	file := filepath.Join(dir, table+".parquet")
	if _, err := os.Stat(file); !errors.Is(err, fs.ErrNotExist) {
		return []string{file}, nil // a file that cannot be read fails when read
	}
	folder := filepath.Join(dir, table)
	var files []string
	err := filepath.WalkDir(folder, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".parquet") && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, p)
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("tables: %s: %w", file, fs.ErrNotExist)
	}
	if err != nil {
		return nil, fmt.Errorf("tables: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("tables: %s: a folder without .parquet files", folder)
	}
	slices.Sort(files)
	return files, nil
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
