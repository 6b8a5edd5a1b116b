package tokenize_test

import (
	"fmt"

	"factpipe/doc"
	"factpipe/stages/tokenize"
)

func ExampleTokenize() {
	d := &doc.Document{Text: "Russia's losses\n\nMr. Smith said the U.S.-supplied HIMARS hit at 00:01—killing 63. “It's a blow,” he said."}
	tokenize.Tokenize(d)
	for _, s := range d.Sentences {
		fmt.Print([]string{"Body", "Headline", "Furniture"}[s.Kind], ":")
		for _, t := range d.Tokens[s.First:s.Last] {
			fmt.Print(" ", t.Text)
		}
		fmt.Println()
	}
	// Output:
	// Headline: Russia 's losses
	// Body: Mr. Smith said the U.S. - supplied HIMARS hit at 00:01 — killing 63 .
	// Body: “ It 's a blow , ” he said .
}
