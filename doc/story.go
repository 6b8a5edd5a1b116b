package doc

import "time"

// Keyword is a content word of a document, lower-cased, and how often the
// document uses it. The stories stage compares documents by them.
type Keyword struct {
	Word  string
	Count int
}

// Story is one real-world event as one or more documents tell it: the
// reports of many outlets on it, grouped.
type Story struct {
	ID    string // stable: derived from the ID of the story's first document
	Title string // the headline of the document closest to the story's centre; its keywords when it has none
	// Documents are the IDs of the story's documents, earliest first
	// (undated ones last), then by path.
	Documents []string
	// First and Last are the earliest and latest publication days of its
	// documents; zero when none is dated.
	First, Last time.Time
	// Places, People and Organizations are the canonical names of the
	// entities that most of its documents mention, most first (at most
	// StoryEntities of each).
	Places, People, Organizations []string
}

// StoryEntities is how many places, people and organisations a Story
// lists of each kind.
const StoryEntities = 5
