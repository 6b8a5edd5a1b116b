package doc

// Syntax is the part of speech and the dependency tree of one sentence, in
// Universal Dependencies terms: Words[i] is the token First+i of the
// sentence (Document.Tokens[Sentences[Sentence].First+i]).
//
// The zero value, with no words, is a sentence that was not parsed: a
// stage reading syntax treats it as "no information", not as a tree.
type Syntax struct {
	Sentence int // index into Document.Sentences
	Words    []WordSyntax
}

// WordSyntax is one word's part of speech and its arc to its head.
type WordSyntax struct {
	// UPOS is the universal part of speech: "NOUN", "VERB", "PROPN", "NUM",
	// "PUNCT", ... ("" in the zero value: unknown).
	UPOS string
	// Head is the index within the sentence of the word's head, -1 for
	// the root of the sentence. Every parsed sentence has one root.
	Head int
	// Rel is the relation to the head, with its subtype where the
	// treebank has one: "nsubj", "nsubj:pass", "obj", "root", ...
	Rel string
}

// Root returns the index of the root word, -1 when s was not parsed.
func (s Syntax) Root() int {
	for i, w := range s.Words {
		if w.Head < 0 {
			return i
		}
	}
	return -1
}

// Children returns the indices of the words whose head is word i, in order.
func (s Syntax) Children(i int) []int {
	var out []int
	for j, w := range s.Words {
		if w.Head == i {
			out = append(out, j)
		}
	}
	return out
}
