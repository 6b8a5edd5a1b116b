package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"

	"factpipe/tables"
)

// tmpPrefix starts the names of the directories a run writes into before
// they replace the output directory.
const tmpPrefix = ".factpipe-tmp-"

// WriteOutput writes the tables of s, and the extra files by name, into a new directory beside out and,
// when every table is complete and synced, puts it in place of out in one
// atomic step (renameat2 with RENAME_EXCHANGE where the system has it), so
// that at every moment out holds either the previous complete output or
// the new one. Leftovers of runs that were killed are removed first.
func WriteOutput(ctx context.Context, out string, s tables.Set, extra map[string][]byte) error {
	out = filepath.Clean(out)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	removeLeftovers(parent, base)
	tmp, err := os.MkdirTemp(parent, tmpPrefix+base+"-")
	if err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("pipeline: output: %w", err)
	}
	if err := tables.Write(ctx, tmp, s); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("pipeline: output: %w", err)
	}
	for name, b := range extra {
		if err := writeSynced(filepath.Join(tmp, name), b); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("pipeline: output: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swap(tmp, out); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("pipeline: output: %w", err)
	}
	// tmp now holds the previous output, or nothing.
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("pipeline: output: removing the previous output: %w", err)
	}
	return syncDir(parent)
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

// removeLeftovers deletes the temporary directories of earlier runs into
// parent/base that were killed before they finished.
func removeLeftovers(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), tmpPrefix+base+"-") {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
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
