package pipeline_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"factpipe/pipeline"
)

// Run the standard stages over a folder of articles and read what the
// tables hold.
func ExampleRun() {
	st, err := pipeline.Load(pipeline.Options{})
	if err != nil {
		log.Fatal(err)
	}
	out, err := os.MkdirTemp("", "factpipe-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(out)
	sum, err := pipeline.Run(context.Background(), pipeline.Config{In: "../seeds", Out: filepath.Join(out, "tables")}, st)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("documents:", sum.Documents, "rejects:", len(sum.Rejects))
	for _, c := range sum.Set.Contradictions {
		fmt.Println(c.Kind, *c.Subject)
	}
	// Output:
	// documents: 5 rejects: 0
	// date_conflict the attack
	// name_variant Makiivka
	// numeric_dispute Makiivka
	// revision Makiivka
}
