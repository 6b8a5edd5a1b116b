package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// lockPrefix starts the name of the lock file beside an output directory.
const lockPrefix = ".factpipe-lock-"

// ErrBusy says that another run holds the lock of the output directory.
var ErrBusy = errors.New("another run is writing this output")

// lockWait is how often a waiting run tries the lock again.
const lockWait = 200 * time.Millisecond

// outputLock is an exclusive flock(2) on the file beside an output
// directory that every run writing to it takes first. The kernel releases
// it when the holder exits, however it exits, so a killed run never leaves
// a stale lock. The file itself stays, empty of meaning between runs.
type outputLock struct {
	f *os.File
}

// lockOutput takes the lock of output directory out, creating its parent
// when needed. With wait, it tries again until the lock is free or ctx is
// done; without, a held lock is an error wrapping ErrBusy that says who
// holds it.
func lockOutput(ctx context.Context, out string, wait bool) (*outputLock, error) {
	path := lockPath(out)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: lock: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("pipeline: lock: %w", err)
	}
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, unix.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("pipeline: lock %s: %w", path, err)
		}
		if !wait {
			holder := readHolder(f)
			f.Close()
			return nil, fmt.Errorf("pipeline: output %s: %w (%s; lock file %s); pass -wait to wait for it", out, ErrBusy, holder, path)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(lockWait):
		}
	}
	writeHolder(f)
	return &outputLock{f: f}, nil
}

// release lets the next run in. A nil lock is released already.
func (l *outputLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the last descriptor drops the flock
	l.f = nil
	return err
}

// lockPath is the lock file of output directory out: beside it, so that
// the output can be swapped whole while the lock is held.
func lockPath(out string) string {
	out = filepath.Clean(out)
	return filepath.Join(filepath.Dir(out), lockPrefix+filepath.Base(out))
}

// writeHolder records who holds the lock, for the message of a run that
// finds it taken. It is a courtesy: the flock alone is the lock.
func writeHolder(f *os.File) {
	if err := f.Truncate(0); err != nil {
		return
	}
	fmt.Fprintf(f, "pid %d since %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
}

func readHolder(f *os.File) string {
	b := make([]byte, 128)
	n, _ := f.ReadAt(b, 0)
	s := strings.TrimSpace(string(b[:n]))
	if s == "" {
		return "holder unknown"
	}
	return "lock last taken by " + s
}
