package factbeam

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"factpipe/pipeline"
)

// Beam's registries are the one exception to the house rule against init
// registries: a worker finds a DoFn, a function or an emitter type by the
// name registered before beam.Init, which the SDK requires in init (and
// the register package makes its calls without reflection).
func init() {
	register.DoFn4x1[context.Context, []byte, func(string), func(string, string), error](&listFn{})
	register.DoFn5x1[context.Context, string, func(string, []byte), func([]byte), func(string, string), error](&extractFn{})
	register.Emitter1[string]()
	register.Emitter1[[]byte]()
	register.Emitter2[string, string]()
	register.Emitter2[string, []byte]()
}

// loadStages loads factpipe's stages once per worker process: a runner
// makes many instances of each DoFn in one process, and the models and the
// gazetteer are large and read only, safe to share.
var loadStages = sync.OnceValues(func() (pipeline.Stages, error) { return pipeline.Load(pipeline.Options{}) })

// listFn emits the relative, slash-separated path of every input file
// under In, and a reject (path, reason) for every entry it cannot use, as
// pipeline.List gives them for a local folder.
type listFn struct {
	In string
}

func (f *listFn) ProcessElement(ctx context.Context, _ []byte, emit func(string), reject func(string, string)) error {
	if !isURL(f.In) {
		paths, rejects, err := pipeline.List(f.In)
		if err != nil {
			return fmt.Errorf("factbeam: %w", err)
		}
		for _, p := range paths {
			emit(p)
		}
		for _, r := range rejects {
			reject(r.Path, r.Reason)
		}
		return nil
	}
	paths, err := listURL(ctx, f.In)
	if err != nil {
		return err
	}
	for _, p := range paths {
		emit(p)
	}
	return nil
}

// listURL lists the input files under a file system URL, as pipeline.List
// lists a local folder: the extensions it reads, no folder whose name
// starts with a dot, relative paths in lexical order. Globs of one level
// more at a time (in/*, in/*/*, ...) find files down to maxDepth levels,
// as some file systems match * within one level (s3, memfs) and others
// across levels (gs).
func listURL(ctx context.Context, in string) ([]string, error) {
	fs, err := filesystem.New(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("factbeam: input %s: %w", in, err)
	}
	defer fs.Close()
	prefix := strings.TrimSuffix(in, "/") + "/"
	seen := map[string]bool{}
	var paths []string
	glob := prefix + "*"
	for range maxDepth {
		names, err := fs.List(ctx, glob)
		if err != nil {
			return nil, fmt.Errorf("factbeam: input %s: %w", in, err)
		}
		for _, n := range names {
			rel := strings.TrimPrefix(n, prefix)
			if wanted(rel) && !seen[rel] {
				seen[rel] = true
				paths = append(paths, rel)
			}
		}
		glob += "/*"
	}
	slices.Sort(paths)
	return paths, nil
}

// maxDepth is how many levels of folders listURL looks into.
const maxDepth = 8

// wanted tells whether a relative path is an input file: one of
// pipeline.Extensions, in no folder whose name starts with a dot.
func wanted(rel string) bool {
	parts := strings.Split(rel, "/")
	for _, dir := range parts[:len(parts)-1] {
		if strings.HasPrefix(dir, ".") {
			return false
		}
	}
	name := strings.ToLower(parts[len(parts)-1])
	return slices.ContainsFunc(pipeline.Extensions, func(ext string) bool { return strings.HasSuffix(name, ext) })
}

// extractFn reads one input file and runs the per-document stages on it
// (pipeline.Stages.Extract). It emits the encoded result keyed by path, the
// encoded digest reconciliation reads, or a reject (path, reason).
type extractFn struct {
	In       string
	MaxBytes int64

	st pipeline.Stages
}

func (f *extractFn) Setup() error {
	st, err := loadStages()
	if err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	f.st = st
	return nil
}

func (f *extractFn) ProcessElement(ctx context.Context, rel string, result func(string, []byte), digest func([]byte), reject func(string, string)) error {
	raw, err := readInput(ctx, joinPath(f.In, rel), f.MaxBytes)
	if err != nil {
		reject(rel, err.Error())
		return nil
	}
	res, err := f.st.Extract(rel, raw)
	if err != nil {
		reject(rel, err.Error())
		return nil
	}
	enc, err := pipeline.EncodeResult(res)
	if err != nil {
		return err
	}
	dig, err := pipeline.EncodeDigest(f.st.Digest(res))
	if err != nil {
		return err
	}
	result(rel, enc)
	digest(dig)
	return nil
}

// readInput reads an input file, local as pipeline.ReadInput reads it, or
// through a Beam file system. The error is the reject reason.
func readInput(ctx context.Context, name string, maxBytes int64) ([]byte, error) {
	if !isURL(name) {
		return pipeline.ReadInput(name, maxBytes)
	}
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	defer fs.Close()
	size, err := fs.Size(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if size > maxBytes {
		return nil, fmt.Errorf("file too large: %d bytes, the limit is %d (-max-bytes)", size, maxBytes)
	}
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	defer r.Close()
	raw, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	return raw, nil
}
