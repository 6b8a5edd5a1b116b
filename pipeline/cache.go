package pipeline

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

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

// Get returns the cached result for key, if any. A damaged entry is a miss.
func (c *Cache) Get(key string) (doc.Result, bool) {
	raw, err := os.ReadFile(c.path(key))
	if err != nil {
		return doc.Result{}, false
	}
	var r doc.Result
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&r); err != nil {
		return doc.Result{}, false
	}
	return r, true
}

// Put stores r under key. The entry appears whole or not at all.
func (c *Cache) Put(key string, r doc.Result) error {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(r); err != nil {
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
	if _, err := f.Write(b.Bytes()); err != nil {
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
