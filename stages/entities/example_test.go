package entities_test

import (
	"fmt"

	"factpipe/doc"
	"factpipe/stages/entities"
	"factpipe/stages/tokenize"
)

func Example() {
	tagger, err := entities.Load() // once per program; safe for concurrent use
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &doc.Document{Text: "Defence Minister Ben Wallace flew to Warsaw on Tuesday to meet NATO officials."}
	tokenize.Tokenize(d)
	for _, m := range tagger.Tag(d) {
		fmt.Printf("%s %q title=%q\n", m.Kind, m.Text, m.Title)
	}
	// Output:
	// person "Ben Wallace" title="Defence Minister"
	// place "Warsaw" title=""
	// organization "NATO" title=""
}
