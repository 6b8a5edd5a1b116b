package pipeline

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, slog.New(slog.DiscardHandler), 10)
	p.start = time.Now().Add(-2 * time.Second)
	p.done.Store(4)
	p.draw()
	got := buf.String()
	for _, want := range []string{"\r[############..................] 4/10 documents", "2.0/s", "00:03 left"} {
		if !strings.Contains(got, want) {
			t.Errorf("bar %q does not contain %q", got, want)
		}
	}
}

// Without a terminal, progress is logged; a run that ends before the first
// interval logs none, and the bar ends its line when the run ends.
func TestProgressRun(t *testing.T) {
	in := t.TempDir()
	writeCorpus(t, in, 5)
	var bar, logs bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	_, err := Run(context.Background(), Config{In: in, Out: filepath.Join(t.TempDir(), "out"), Log: log, Progress: &bar}, fakeStages())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(bar.String(), "\n") || !strings.Contains(bar.String(), "5/5 documents") {
		t.Errorf("bar output %q", bar.String())
	}
	for _, want := range []string{`"msg":"run started"`, `"msg":"run finished"`, `"documents":5`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}

	var lines bytes.Buffer
	p := newProgress(nil, slog.New(slog.NewTextHandler(&lines, nil)), 3)
	p.interval = time.Millisecond
	stop := make(chan struct{})
	go func() { time.Sleep(20 * time.Millisecond); close(stop) }()
	p.run(stop)
	if !strings.Contains(lines.String(), "msg=progress") || !strings.Contains(lines.String(), "total=3") {
		t.Errorf("progress log %q", lines.String())
	}
}
