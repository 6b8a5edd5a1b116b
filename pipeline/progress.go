package pipeline

import (
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"
	"time"
)

// progress reports documents done of total while a run goes on: a bar
// redrawn in place on a terminal, or a log line every interval otherwise.
type progress struct {
	bar      io.Writer // nil: log lines instead of a bar
	log      *slog.Logger
	total    int
	done     atomic.Int64
	start    time.Time
	interval time.Duration
}

func newProgress(bar io.Writer, log *slog.Logger, total int) *progress {
	p := &progress{bar: bar, log: log, total: total, start: time.Now(), interval: 10 * time.Second}
	if bar != nil {
		p.interval = 200 * time.Millisecond
	}
	return p
}

// run reports until stop is closed, then reports once more.
func (p *progress) run(stop <-chan struct{}) {
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-stop:
			if p.bar != nil {
				p.draw()
				fmt.Fprintln(p.bar)
			}
			return
		case <-t.C:
			if p.bar != nil {
				p.draw()
			} else {
				done := p.done.Load()
				p.log.Info("progress", "done", done, "total", p.total, "docs_per_s", round1(p.rate(done)))
			}
		}
	}
}

func (p *progress) rate(done int64) float64 {
	s := time.Since(p.start).Seconds()
	if s <= 0 {
		return 0
	}
	return float64(done) / s
}

func (p *progress) draw() {
	done := p.done.Load()
	const width = 30
	fill := width
	if p.total > 0 {
		fill = int(int64(width) * done / int64(p.total))
	}
	rate := p.rate(done)
	left := "--:--"
	if rate > 0 {
		rem := time.Duration(float64(int64(p.total)-done) / rate * float64(time.Second))
		left = fmt.Sprintf("%02d:%02d", int(rem.Minutes()), int(rem.Seconds())%60)
	}
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = '.'
		if i < fill {
			bar[i] = '#'
		}
	}
	fmt.Fprintf(p.bar, "\r[%s] %d/%d documents  %.1f/s  %s left ", bar, done, p.total, rate, left)
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }
