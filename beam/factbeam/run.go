package factbeam

import (
	"context"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Run runs p on the named runner. On Prism it runs the job again, up to
// prismRetries times, when it failed on Prism's own race between a
// runner-side step (an impulse, a flatten, a group by key) and its
// progress ticker: when the machine is loaded enough that the runner's
// goroutine sleeps 100 ms at the wrong moment, Prism asks a worker that
// such a step does not have for its progress (a nil pointer in
// worker.(*B).Progress). The job's parts have fixed names and contents
// and are committed only at its end, so running it again is safe.
func Run(ctx context.Context, runner string, p *beam.Pipeline) error {
	for try := 0; ; try++ {
		_, err := beam.Run(ctx, runner, p)
		if err == nil || runner != "prism" || try == prismRetries || !isPrismProgressRace(err) || ctx.Err() != nil {
			return err
		}
	}
}

// prismRetries is how many times Run runs a job again on Prism's race.
const prismRetries = 2

func isPrismProgressRace(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "panic in stage.Execute") && strings.Contains(msg, "worker.(*B).Progress")
}
