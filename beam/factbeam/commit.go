package factbeam

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"golang.org/x/sys/unix"

	"factpipe/tables"
)

// Registered for Beam's workers (see the init of extract.go).
func init() {
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&commitFn{})
	register.Iter1[string]()
}

// commitFn puts the job's temporary folder in place of the output once
// every part is written (the parts it is given as a side input):
//
//   - a local output without a run date is swapped with the temporary
//     folder in one rename, so it holds the previous output or the new
//     one, never a part of either;
//   - a local output with a run date gets each table's partition of that
//     date replaced by a rename, other dates kept;
//   - an output on a Beam file system gets each part copied in place, then
//     the parts of the replaced tables or partitions that the job did not
//     write removed, then the temporary parts removed (object stores have
//     no rename of a folder; a job that fails before this step changes
//     nothing).
//
// A commit the runner retries after it succeeded finds no temporary
// folder and does nothing.
type commitFn struct {
	Tmp     string
	Out     string
	RunDate string
}

func (f *commitFn) ProcessElement(ctx context.Context, _ []byte, written func(*string) bool) error {
	var parts []string
	var p string
	for written(&p) {
		parts = append(parts, p)
	}
	slices.Sort(parts)
	if isURL(f.Out) {
		return commitURL(ctx, f.Tmp, f.Out, f.RunDate, parts)
	}
	if _, err := os.Stat(f.Tmp); errors.Is(err, fs.ErrNotExist) {
		return nil // committed already
	}
	if f.RunDate != "" {
		return commitPartitions(f.Tmp, f.Out, f.RunDate)
	}
	return commitLocal(f.Tmp, f.Out)
}

// commitLocal puts the folder tmp in place of out and removes the old out.
func commitLocal(tmp, out string) error {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, out, unix.RENAME_EXCHANGE)
	switch {
	case errors.Is(err, unix.ENOENT):
		err = os.Rename(tmp, out) // no previous output
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
		err = swapAside(tmp, out)
	}
	if err != nil {
		return fmt.Errorf("factbeam: committing %s: %w", out, err)
	}
	// tmp holds the previous output now, or nothing.
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("factbeam: removing the previous output: %w", err)
	}
	return nil
}

// swapAside puts tmp in place of out on a file system that cannot exchange
// two names: out moves aside first, and is missing for a moment, never half
// written. tmp ends up holding the old out.
func swapAside(tmp, out string) error {
	old := tmp + ".old"
	if err := os.Rename(out, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return errors.Join(err, os.Rename(old, out))
	}
	return os.Rename(old, tmp)
}

// commitPartitions replaces the partition runDate of every table in out by
// the one in tmp, and removes tmp.
func commitPartitions(tmp, out, runDate string) error {
	for _, t := range tables.Tables() {
		part := filepath.Join(t.Name, "run_date="+runDate)
		src, dst := filepath.Join(tmp, part), filepath.Join(out, part)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("factbeam: committing %s: %w", dst, err)
		}
		if err := commitLocal(src, dst); err != nil {
			return err
		}
	}
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	return nil
}

// commitURL copies every part from tmp to out on a Beam file system,
// removes the other parts of the tables (or partitions) it replaces, then
// the temporary parts.
func commitURL(ctx context.Context, tmp, out, runDate string, parts []string) error {
	fsys, err := filesystem.New(ctx, out)
	if err != nil {
		return fmt.Errorf("factbeam: %s: %w", out, err)
	}
	defer fsys.Close()
	copier, ok := fsys.(filesystem.Copier)
	if !ok {
		return fmt.Errorf("factbeam: %s: the file system cannot copy", out)
	}
	remover, ok := fsys.(filesystem.Remover)
	if !ok {
		return fmt.Errorf("factbeam: %s: the file system cannot remove", out)
	}
	for _, p := range parts {
		if err := copier.Copy(ctx, joinPath(tmp, p), joinPath(out, p)); err != nil {
			return fmt.Errorf("factbeam: committing %s: %w", joinPath(out, p), err)
		}
	}
	keep := map[string]bool{}
	for _, p := range parts {
		keep[joinPath(out, p)] = true
	}
	for _, t := range tables.Tables() {
		folder := joinPath(out, t.Name)
		if runDate != "" {
			folder = joinPath(folder, "run_date="+runDate)
		}
		old, err := fsys.List(ctx, folder+"/**")
		if err != nil {
			return fmt.Errorf("factbeam: %s: %w", folder, err)
		}
		for _, o := range old {
			if !keep[o] && strings.HasSuffix(o, ".parquet") {
				if err := remover.Remove(ctx, o); err != nil {
					return fmt.Errorf("factbeam: %s: %w", o, err)
				}
			}
		}
	}
	for _, p := range parts {
		if err := remover.Remove(ctx, joinPath(tmp, p)); err != nil {
			return fmt.Errorf("factbeam: %s: %w", joinPath(tmp, p), err)
		}
	}
	return nil
}

// Cleanup removes the temporary folder of a job that failed, local or on a
// Beam file system.
func Cleanup(ctx context.Context, tmp string) error {
	if !isURL(tmp) {
		return os.RemoveAll(tmp)
	}
	fsys, err := filesystem.New(ctx, tmp)
	if err != nil {
		return err
	}
	defer fsys.Close()
	remover, ok := fsys.(filesystem.Remover)
	if !ok {
		return fmt.Errorf("factbeam: %s: the file system cannot remove", tmp)
	}
	names, err := fsys.List(ctx, tmp+"/**")
	if err != nil {
		return err
	}
	var errs []error
	for _, n := range names {
		errs = append(errs, remover.Remove(ctx, n))
	}
	return errors.Join(errs...)
}

// CheckInput refuses a local input that is no folder, before a job starts
// (a worker would fail on it later); a URL passes.
func CheckInput(in string) error {
	if isURL(in) {
		return nil
	}
	fi, err := os.Stat(in)
	if err != nil {
		return fmt.Errorf("factbeam: input: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("factbeam: input %s: not a folder", in)
	}
	return nil
}

// CheckOutput refuses a local output folder that holds anything but
// factpipe's tables (files <table>.parquet or folders <table>, and
// _manifest.json), so that replacing it destroys nothing else. A missing
// or empty folder, and a URL, pass.
func CheckOutput(out string) error {
	if isURL(out) {
		return nil
	}
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("factbeam: output %s: %w", out, err)
	}
	known := map[string]bool{"_manifest.json": true}
	for _, t := range tables.Tables() {
		known[t.Name] = true
		known[t.Name+".parquet"] = true
	}
	for _, e := range entries {
		if !known[e.Name()] {
			return fmt.Errorf("factbeam: refusing output folder %s: it holds %s, which factpipe did not write", out, e.Name())
		}
	}
	return nil
}
