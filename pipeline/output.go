package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"

	"factpipe/tables"
)

// tmpPrefix starts the names of the directories a run writes into before
// they replace the output directory.
const tmpPrefix = ".factpipe-tmp-"

// Layout says where each table goes in an output directory.
type Layout struct {
	// RunDate, when set ("2026-11-22"), selects the partitioned layout
	// <out>/<table>/run_date=<RunDate>/part-00000.parquet, read by DuckDB,
	// Spark or Trino with hive partitioning. Partitions of other dates
	// already in the output are kept; the run's own date is replaced.
	// Empty: the flat layout <out>/<table>.parquet, which replaces the
	// previous output whole.
	RunDate string
}

func (l Layout) path(dir, table string) string {
	if l.RunDate == "" {
		return filepath.Join(dir, table+".parquet")
	}
	return filepath.Join(dir, table, "run_date="+l.RunDate, "part-00000.parquet")
}

// WriteOutput writes the tables of s, and the extra files by name, into a
// new directory beside out and, when every file is complete and synced,
// puts it in place of out in one atomic step (renameat2 with
// RENAME_EXCHANGE where the system has it), so that at every moment out
// holds either the previous complete output or the new one. In the
// partitioned layout the new directory first receives hard links to the
// files of out that the run does not replace. finish, when not nil, is
// called with the new directory when its files are written, before the
// swap. Leftovers of runs that were killed are removed first.
func WriteOutput(ctx context.Context, out string, s tables.Set, extra map[string][]byte, layout Layout, finish func(dir string) error) error {
	out = filepath.Clean(out)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	removeLeftovers(parent, tmpPrefix+base+"-")
	tmp, err := os.MkdirTemp(parent, tmpPrefix+base+"-")
	if err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	fail := func(err error) error {
		os.RemoveAll(tmp)
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		return fmt.Errorf("pipeline: output: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fail(err)
	}
	if err := tables.WriteLayout(ctx, s, func(table string) string { return layout.path(tmp, table) }); err != nil {
		return fail(err)
	}
	for name, b := range extra {
		if err := writeSynced(filepath.Join(tmp, name), b); err != nil {
			return fail(err)
		}
	}
	if finish != nil {
		if err := finish(tmp); err != nil {
			return fail(err)
		}
	}
	if layout.RunDate != "" {
		if err := linkOld(out, tmp); err != nil {
			return fail(err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	if err := swap(tmp, out); err != nil {
		return fail(err)
	}
	// tmp now holds the previous output, or nothing.
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("pipeline: output: removing the previous output: %w", err)
	}
	return syncDir(parent)
}

// linkOld links every file of old into dst that dst does not have yet,
// copying where a hard link is not possible. A missing old is no error.
func linkOld(old, dst string) error {
	err := filepath.WalkDir(old, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == old && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		rel, err := filepath.Rel(old, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if e.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if _, err := os.Lstat(target); err == nil {
			return nil // replaced by this run
		}
		if err := os.Link(p, target); err == nil {
			return nil
		}
		return copyFile(p, target)
	})
	if err != nil {
		return fmt.Errorf("keeping earlier partitions: %w", err)
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// swap puts directory tmp in place of out. If out exists, the two are
// exchanged atomically, so tmp then holds the old output.
func swap(tmp, out string) error {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, out, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOENT):
		// No previous output: a plain rename is atomic.
		return os.Rename(tmp, out)
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
		// The file system cannot exchange: move the old output aside
		// first. out is missing for a moment, never half written.
		old := tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return err
		}
		if err := os.Rename(tmp, out); err != nil {
			os.Rename(old, out)
			return err
		}
		return os.Rename(old, tmp)
	}
	return err
}

// removeLeftovers deletes the temporary directories in parent whose names
// start with prefix: those of earlier runs into the same output that were
// killed before they finished. The caller holds the output's lock.
func removeLeftovers(parent, prefix string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), prefix) {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}

func writeSynced(path string, b []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	return nil
}
