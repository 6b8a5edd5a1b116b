package pipeline

import (
	"sync/atomic"
	"time"
)

// timer sums the time the workers of one stage spend; safe for concurrent use.
type timer struct {
	name string // the stage's
	ns   atomic.Int64
}

func (t *timer) add(d time.Duration) { t.ns.Add(int64(d)) }

type timers map[string]*timer

func newTimers(names ...string) timers {
	t := timers{}
	for _, n := range names {
		t[n] = &timer{name: n}
	}
	return t
}

func (t timers) totals() map[string]time.Duration {
	m := map[string]time.Duration{}
	for k, v := range t {
		m[k] = time.Duration(v.ns.Load())
	}
	return m
}
