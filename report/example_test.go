package report_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"factpipe/report"
)

func ExampleWrite() {
	in, err := report.Load("../pipeline/testdata/seeds-out")
	if err != nil {
		fmt.Println(err)
		return
	}
	var page bytes.Buffer
	if err := report.Write(&page, in, report.Options{Sections: 1}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(page.String(), "400 vs 89"), strings.Contains(page.String(), "63 → 89"))
	// Output: true true
}

// BenchmarkWrite renders the report of the seeds' output, or of the
// output directory FACTPIPE_OUT (make report-bbc sets BBC's): the time and
// memory of building and writing the page, the tables already read.
func BenchmarkWrite(b *testing.B) {
	dir := os.Getenv("FACTPIPE_OUT")
	if dir == "" {
		dir = "../pipeline/testdata/seeds-out"
	}
	in, err := report.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := report.Write(io.Discard, in, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
