package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"factpipe/doc"
)

// Cache keeps the per-document results of earlier runs on disk, keyed by
// the file's content and the extractor that produced them, so that a run
// over a grown corpus re-processes only new and changed files
// (reconciliation still covers all). A Cache is safe for concurrent use.
//
// The extractor is identified by Version and a hash of the running
// executable: a rebuilt binary never reads results of another build.
type Cache struct {
	dir  string
	salt string
}

// OpenCache opens (creating it if needed) the cache directory dir.
func OpenCache(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: cache: %w", err)
	}
	tag := filepath.Join(dir, cacheTagName)
	if _, err := os.Stat(tag); errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(tag, []byte(cacheTag), 0o644); err != nil {
			return nil, fmt.Errorf("pipeline: cache: %w", err)
		}
	}
	salt, err := extractorID()
	if err != nil {
		return nil, fmt.Errorf("pipeline: cache: %w", err)
	}
	return &Cache{dir: dir, salt: salt}, nil
}

// extractorID identifies this build of the extractor.
func extractorID() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return Version + "-" + hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// Key returns the cache key of a file's contents.
func (c *Cache) Key(raw []byte) string {
	h := sha256.New()
	h.Write([]byte(c.salt))
	h.Write([]byte{0})
	h.Write(raw)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key+".gob")
}

// encodeResult encodes one result on its own, as the cache stores it.
func encodeResult(r doc.Result) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(toWire(r)); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// decodeResult decodes what encodeResult encoded.
func decodeResult(enc []byte) (doc.Result, error) {
	var w wireResult
	if err := gob.NewDecoder(bytes.NewReader(enc)).Decode(&w); err != nil {
		return doc.Result{}, err
	}
	return w.result()
}

// toWire returns r as gob is to carry it.
func toWire(r doc.Result) wireResult {
	w := wireResult{Result: r}
	for i, f := range r.Figures {
		var set uint8
		for bit, p := range []*float64{f.Value, f.Low, f.High} {
			if p != nil {
				set |= 1 << bit
			}
		}
		if set != 0 {
			if w.Set == nil {
				w.Set = make([]uint8, len(r.Figures))
			}
			w.Set[i] = set
		}
	}
	return w
}

// result returns the result that w carries.
func (w *wireResult) result() (doc.Result, error) {
	for i, set := range w.Set {
		if i >= len(w.Result.Figures) {
			return doc.Result{}, fmt.Errorf("%d figure flags for %d figures", len(w.Set), len(w.Result.Figures))
		}
		f := &w.Result.Figures[i]
		for bit, p := range []**float64{&f.Value, &f.Low, &f.High} {
			if set&(1<<bit) != 0 && *p == nil {
				*p = new(float64)
			}
		}
	}
	return w.Result, nil
}

// wireResult is a doc.Result as gob carries it. Gob sends no zero value,
// not even one a pointer points to, so a figure's Value, Low or High of 0
// would come back nil (unknown): Set[i] tells which of figure i's are set
// (bits 0, 1 and 2), so that they come back as pointers to 0.
type wireResult struct {
	Result doc.Result
	Set    []uint8
}

// Get returns the cached result for key, if any. A damaged entry is a miss.
func (c *Cache) Get(key string) (doc.Result, bool) {
	raw, err := os.ReadFile(c.path(key))
	if err != nil {
		return doc.Result{}, false
	}
	r, err := decodeResult(raw)
	if err != nil {
		return doc.Result{}, false
	}
	return r, true
}

// Put stores r under key. The entry appears whole or not at all.
func (c *Cache) Put(key string, r doc.Result) error {
	enc, err := encodeResult(r)
	if err != nil {
		return fmt.Errorf("pipeline: cache: %w", err)
	}
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("pipeline: cache: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".put-*")
	if err != nil {
		return fmt.Errorf("pipeline: cache: %w", err)
	}
	if _, err := f.Write(enc); err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("pipeline: cache: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("pipeline: cache: %w", err)
	}
	if err := os.Rename(f.Name(), p); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("pipeline: cache: %w", err)
	}
	return nil
}

// cacheTag marks a cache directory, as the Cache Directory Tagging
// Specification says, so that backup tools skip it and a run knows the
// directory as a cache of factpipe.
const (
	cacheTagName = "CACHEDIR.TAG"
	cacheTag     = "Signature: 8a477f597d28d172789f06886806bc55\n" +
		"# This file is a cache directory tag created by factpipe.\n" +
		"# For information about cache directory tags, see https://bford.info/cachedir/\n"
)

var cacheShard = regexp.MustCompile(`^[0-9a-f]{2}$`)

// isOwnCache tells whether dir, holding names, is a cache of factpipe: its
// tag, or (as caches were written before the tag) nothing but the two-digit
// folders of entries.
func isOwnCache(dir string, names []string) bool {
	if b, err := os.ReadFile(filepath.Join(dir, cacheTagName)); err == nil {
		return strings.HasPrefix(string(b), cacheTag[:len("Signature: 8a477f597d28d172789f06886806bc55")]) &&
			strings.Contains(string(b), "factpipe")
	}
	for _, n := range names {
		fi, err := os.Lstat(filepath.Join(dir, n))
		if err != nil || !fi.IsDir() || !cacheShard.MatchString(n) {
			return false
		}
	}
	return true
}
