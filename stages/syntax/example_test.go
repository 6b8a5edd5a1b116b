package syntax_test

import (
	"fmt"

	"factpipe/doc"
	"factpipe/stages/syntax"
	"factpipe/stages/tokenize"
)

func Example() {
	p, err := syntax.Load() // once per program; safe for concurrent use
	if err != nil {
		fmt.Println(err)
		return
	}
	d := &doc.Document{Text: "The attack killed six people."}
	tokenize.Tokenize(d)
	for _, s := range p.ParseSentences(d, []int{0}) {
		tokens := d.Tokens[d.Sentences[s.Sentence].First:]
		for i, w := range s.Words {
			head := "ROOT"
			if w.Head >= 0 {
				head = tokens[w.Head].Text
			}
			fmt.Printf("%-7s %-5s %-6s %s\n", tokens[i].Text, w.UPOS, w.Rel, head)
		}
	}
	// Output:
	// The     DET   det    attack
	// attack  NOUN  nsubj  killed
	// killed  VERB  root   ROOT
	// six     NUM   nummod people
	// people  NOUN  obj    killed
	// .       PUNCT punct  killed
}
