package factbeam

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"factpipe/doc"
	"factpipe/pipeline"
)

// Registered for Beam's workers (see the init of extract.go).
func init() {
	register.Combiner3[digestSet, []byte, []byte](&reconcileFn{})
	register.Function2x1(splitResolutions)
	register.Function4x1(keyByShard)
	register.Iter1[[]byte]()
}

// digestSet is the accumulator of reconcileFn: encoded digests
// (pipeline.EncodeDigest), in any order.
type digestSet struct {
	Digests [][]byte
}

// reconcileFn is the one global combine of a job: it gathers the digests
// of all documents on one worker and reconciles them (pipeline.Stages'
// Reconcile, as `factpipe run` does) into an encoded reconciled. An empty
// element is no digest.
type reconcileFn struct {
	Shards  int    // see Config.Shards
	Aliases string // see Config.Aliases
}

func (f *reconcileFn) CreateAccumulator() digestSet { return digestSet{} }

func (f *reconcileFn) AddInput(a digestSet, d []byte) digestSet {
	if len(d) > 0 {
		a.Digests = append(a.Digests, d)
	}
	return a
}

func (f *reconcileFn) MergeAccumulators(a, b digestSet) digestSet {
	a.Digests = append(a.Digests, b.Digests...)
	return a
}

func (f *reconcileFn) ExtractOutput(a digestSet) ([]byte, error) {
	st, err := f.stages()
	if err != nil {
		return nil, fmt.Errorf("factbeam: %w", err)
	}
	digests := make([]doc.Digest, len(a.Digests))
	for i, b := range a.Digests {
		if digests[i], err = pipeline.DecodeDigest(b); err != nil {
			return nil, fmt.Errorf("factbeam: reconcile: %w", err)
		}
	}
	a.Digests = nil
	// Reconcile reads the digests in path order, as a local run has them.
	slices.SortFunc(digests, func(x, y doc.Digest) int { return cmp.Compare(x.Doc.Path, y.Doc.Path) })
	r := reconciled{Infos: make([]doc.Info, len(digests)), Shards: shardCount(f.Shards, len(digests))}
	for i, d := range digests {
		r.Infos[i] = d.Doc
	}
	r.Rec = st.Reconcile(digests)
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("factbeam: reconcile: %w", err)
	}
	return b, nil
}

// stages returns the stages that reconcile, with the job's aliases: those
// loaded once per process when there are none, else stages loaded with
// them (pipeline.Load reads aliases from a file: a scratch file holds
// their text).
func (f *reconcileFn) stages() (pipeline.Stages, error) {
	if f.Aliases == "" {
		return loadStages()
	}
	file, err := os.CreateTemp("", "factbeam-aliases-")
	if err != nil {
		return pipeline.Stages{}, err
	}
	defer os.Remove(file.Name())
	_, err = file.WriteString(f.Aliases)
	if err = errors.Join(err, file.Close()); err != nil {
		return pipeline.Stages{}, err
	}
	return pipeline.Load(pipeline.Options{AliasFile: file.Name()})
}

// shardCount returns the number of part files of mentions and figures for
// docs documents: want when set, else one per DocsPerShard documents; at
// least one and, for any documents, at most one per document, so that no
// shard is empty.
func shardCount(want, docs int) int {
	if want <= 0 {
		want = (docs + DocsPerShard - 1) / DocsPerShard
	}
	return max(1, min(want, docs))
}

// reconciled is what the combine gives the rest of the job, encoded as
// JSON (which, unlike gob, keeps a pointer to 0): the documents in path
// order, the number of shards, and the reconciliation, whose NameEntity
// and Attributions rows are indexed like Infos.
type reconciled struct {
	Infos  []doc.Info
	Shards int
	Rec    doc.Reconciled
}

func decodeReconciled(b []byte) (reconciled, error) {
	var r reconciled
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("factbeam: decoding the reconciliation: %w", err)
	}
	return r, nil
}

// resolution is what the reconciliation resolved for one document: the
// entity of each of its names, the attribution of each of its figures and
// its story, and where the document falls among all of them.
type resolution struct {
	Index        int // in path order
	Shard        int
	NameEntity   []string
	Attributions []doc.Attribution
	Story        string
}

// shardDoc is one document's result with its resolution, on its way to
// the writer of its shard.
type shardDoc struct {
	Resolution resolution
	Result     []byte // pipeline.EncodeResult
}

// splitResolutions emits the resolution of every document of an encoded
// reconciled, keyed by path: the side input through which the resolved
// entities reach the documents' rows.
func splitResolutions(b []byte, emit func(string, []byte)) error {
	r, err := decodeReconciled(b)
	if err != nil {
		return err
	}
	for i, info := range r.Infos {
		res := resolution{Index: i, Shard: i * r.Shards / len(r.Infos)}
		if i < len(r.Rec.NameEntity) {
			res.NameEntity = r.Rec.NameEntity[i]
		}
		if i < len(r.Rec.Attributions) {
			res.Attributions = r.Rec.Attributions[i]
		}
		if i < len(r.Rec.DocStory) {
			res.Story = r.Rec.DocStory[i]
		}
		enc, err := encodeGob(res)
		if err != nil {
			return err
		}
		emit(info.Path, enc)
	}
	return nil
}

// keyByShard keys a document's encoded result by the shard its
// resolution names, with the resolution.
func keyByShard(path string, result []byte, resolutions func(string) func(*[]byte) bool, emit func(int, []byte)) error {
	var enc []byte
	if !resolutions(path)(&enc) {
		return fmt.Errorf("factbeam: %s: the reconciliation has no such document", path)
	}
	var res resolution
	if err := decodeGob(enc, &res); err != nil {
		return fmt.Errorf("factbeam: %s: %w", path, err)
	}
	b, err := encodeGob(shardDoc{Resolution: res, Result: result})
	if err != nil {
		return fmt.Errorf("factbeam: %s: %w", path, err)
	}
	emit(res.Shard, b)
	return nil
}

func encodeGob(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return nil, fmt.Errorf("factbeam: %w", err)
	}
	return b.Bytes(), nil
}

func decodeGob(b []byte, v any) error {
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("factbeam: %w", err)
	}
	return nil
}
