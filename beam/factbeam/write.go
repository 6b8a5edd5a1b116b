package factbeam

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"factpipe/doc"
	"factpipe/pipeline"
	"factpipe/tables"
)

// Registered for Beam's workers (see the init of extract.go).
func init() {
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func(string), error](&writeShardFn{})
	register.DoFn4x1[context.Context, []byte, func(*string, *string) bool, func(string), error](&writeRunWideFn{})
	register.Iter2[string, string]()
}

// streamed are the tables written a shard at a time; every other table is
// run-wide, written whole from the reconciliation.
var streamed = []string{"mentions", "figures"}

// writeShardFn writes the mentions and figures of one shard's documents,
// in path order, as part files of the job's temporary folder, and emits
// their relative names.
type writeShardFn struct {
	Tmp     string
	RunDate string
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, docs func(*[]byte) bool, emit func(string)) error {
	var ds []shardDoc
	var b []byte
	for docs(&b) {
		var d shardDoc
		if err := decodeGob(b, &d); err != nil {
			return fmt.Errorf("factbeam: shard %d: %w", shard, err)
		}
		ds = append(ds, d)
	}
	slices.SortFunc(ds, func(x, y shardDoc) int { return cmp.Compare(x.Resolution.Index, y.Resolution.Index) })
	var mentions []tables.Mention
	var figures []tables.Figure
	for _, d := range ds {
		res, err := pipeline.DecodeResult(d.Result)
		if err != nil {
			return fmt.Errorf("factbeam: shard %d: %w", shard, err)
		}
		mentions = tables.AppendMentions(mentions, res, d.Resolution.NameEntity)
		figures = tables.AppendFigures(figures, res, d.Resolution.Attributions, d.Resolution.Story)
	}
	for _, t := range []struct {
		table string
		write func(path string) error
	}{
		{"mentions", func(p string) error { return tables.WriteFile(p, mentions) }},
		{"figures", func(p string) error { return tables.WriteFile(p, figures) }},
	} {
		name := partName(t.table, f.RunDate, shard)
		if err := putFile(ctx, joinPath(f.Tmp, name), t.write); err != nil {
			return err
		}
		emit(name)
	}
	return nil
}

// writeRunWideFn writes every table but mentions and figures from an
// encoded reconciled and the rejects, one part each, into the job's
// temporary folder, and emits their relative names. With no documents it
// writes the empty mentions and figures too, which no shard writes.
type writeRunWideFn struct {
	Tmp     string
	RunDate string
}

func (f *writeRunWideFn) ProcessElement(ctx context.Context, b []byte, rejects func(*string, *string) bool, emit func(string)) error {
	r, err := decodeReconciled(b)
	if err != nil {
		return err
	}
	var rjs []doc.Reject
	var path, reason string
	for rejects(&path, &reason) {
		rjs = append(rjs, doc.Reject{Path: path, Reason: reason})
	}
	set := tables.BuildRunWide(r.Infos, r.Rec, rjs)
	scratch, err := os.MkdirTemp("", "factbeam-")
	if err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	defer os.RemoveAll(scratch)
	local := func(table string) string {
		return filepath.Join(scratch, filepath.FromSlash(partName(table, f.RunDate, 0)))
	}
	if err := tables.WriteLayout(ctx, set, local); err != nil {
		return err
	}
	for _, t := range tables.Tables() {
		if len(r.Infos) > 0 && slices.Contains(streamed, t.Name) {
			continue
		}
		name := partName(t.Name, f.RunDate, 0)
		if err := putFile(ctx, joinPath(f.Tmp, name), func(p string) error { return moveFile(local(t.Name), p) }); err != nil {
			return err
		}
		emit(name)
	}
	return nil
}

// putFile makes the file dst, local or a URL, with write, which writes a
// local file at the path it is given: at dst itself when dst is local,
// else at a scratch file then copied to dst through its Beam file system.
// The same write to the same dst gives the same file, so a bundle the
// runner retries writes the part again and no row twice.
func putFile(ctx context.Context, dst string, write func(path string) error) error {
	if !isURL(dst) {
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("factbeam: %w", err)
		}
		return write(dst)
	}
	f, err := os.CreateTemp("", "factbeam-part-")
	if err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	local := f.Name()
	f.Close()
	defer os.Remove(local)
	if err := write(local); err != nil {
		return err
	}
	return upload(ctx, local, dst)
}

// upload copies the local file src to dst through dst's Beam file system.
func upload(ctx context.Context, src, dst string) (err error) {
	fs, err := filesystem.New(ctx, dst)
	if err != nil {
		return fmt.Errorf("factbeam: %s: %w", dst, err)
	}
	defer fs.Close()
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	defer in.Close()
	w, err := fs.OpenWrite(ctx, dst)
	if err != nil {
		return fmt.Errorf("factbeam: %s: %w", dst, err)
	}
	if _, err := io.Copy(w, in); err != nil {
		w.Close()
		return fmt.Errorf("factbeam: %s: %w", dst, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("factbeam: %s: %w", dst, err)
	}
	return nil
}

// moveFile moves the local file src to dst, copying it where a rename
// cannot (another file system).
func moveFile(src, dst string) error {
	if err := os.Rename(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	_, err = io.Copy(out, in)
	err = errors.Join(err, out.Sync(), out.Close())
	if err != nil {
		return fmt.Errorf("factbeam: %s: %w", dst, err)
	}
	return nil
}
