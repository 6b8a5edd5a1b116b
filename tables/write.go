package tables

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
	"golang.org/x/sync/errgroup"
)

// Write writes every table of s into dir, one Parquet file per table
// (zstd-compressed), each by its own goroutine. dir must exist. Files are
// synced to disk before Write returns.
func Write(ctx context.Context, dir string, s Set) error {
	return WriteLayout(ctx, s, func(table string) string { return filepath.Join(dir, table+".parquet") })
}

// WriteLayout is like Write, with the file of each table at pathOf(table
// name); missing parent directories are created.
func WriteLayout(ctx context.Context, s Set, pathOf func(table string) string) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, t := range Tables() {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			p := pathOf(t.Name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return fmt.Errorf("tables: %w", err)
			}
			return t.rows.write(p, &s)
		})
	}
	return g.Wait()
}

// WriteFile writes rows to a new Parquet file at path and syncs it.
func WriteFile[T any](path string, rows []T) error {
	return WriteStream(path, &Stream[T]{Rows: len(rows), Each: func(yield func([]T) error) error { return yield(rows) }})
}

// WriteStream writes the rows of st to a new Parquet file at path, batch
// by batch, and syncs it. It fails when st yields other than st.Rows rows.
func WriteStream[T any](path string, st *Stream[T]) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("tables: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("tables: %w", cerr)
		}
	}()
	// Row groups of at most rowGroupRows rows bound the memory the writer
	// buffers, whatever the size of the table.
	w := parquet.NewGenericWriter[T](f, parquet.Compression(&zstd.Codec{}), parquet.MaxRowsPerRowGroup(rowGroupRows))
	n := 0
	err = st.Each(func(rows []T) error {
		n += len(rows)
		_, err := w.Write(rows)
		return err
	})
	if err != nil {
		return fmt.Errorf("tables: %s: %w", filepath.Base(path), err)
	}
	if n != st.Rows {
		return fmt.Errorf("tables: %s: %d rows written, %d expected", filepath.Base(path), n, st.Rows)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("tables: %s: %w", filepath.Base(path), err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("tables: %s: %w", filepath.Base(path), err)
	}
	return nil
}

// rowGroupRows is the most rows in one Parquet row group.
const rowGroupRows = 64 << 10
