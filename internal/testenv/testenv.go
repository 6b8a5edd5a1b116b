// Package testenv helps the tests and benchmarks of factpipe find the
// shared data sets and measure CPU time.
package testenv

import (
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// DataDir returns the shared data directory (CoNLL-2003, BBC, ECB+):
// $FACTPIPE_DATA when set, else the first shared/data found walking up from
// the working directory; "" when there is none. Tests that need the data
// skip when it is "".
func DataDir() string {
	if d := os.Getenv("FACTPIPE_DATA"); d != "" {
		return d
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "data")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// CPUTime returns the CPU time, user and system, the process has used, so
// that a benchmark can report throughput that other load on the machine
// barely affects. It is 0 where the system cannot tell.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// PeakRSS returns the peak resident memory of the process in bytes, 0 where
// the system cannot tell.
func PeakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
