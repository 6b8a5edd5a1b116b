package doc

import "time"

// Qualifier tells how a figure's value is to be read.
type Qualifier string

const (
	Exact   Qualifier = "exact"    // "89"
	Approx  Qualifier = "approx"   // "about 600", "nearly 6,000", "some 30"
	AtLeast Qualifier = "at_least" // "at least 89", "over 60", "more than 40"
	AtMost  Qualifier = "at_most"  // "up to 10", "fewer than 5"
	Range   Qualifier = "range"    // "between 60 and 400", "60-70"
	Vague   Qualifier = "vague"    // "hundreds", "dozens", "a few"
)

// Figure is one numeric claim in a document.
type Figure struct {
	ID         string // stable: derived from DocID, Start, End and Text
	DocID      string
	Sentence   int
	Start, End int    // byte range of the figure phrase
	Text       string // == Document.Text[Start:End]
	Value      *float64
	Low, High  *float64 // bounds implied by a range or qualifier; nil when unbounded
	Qualifier  Qualifier
	Unit       string // what was counted, singular: "soldier", "rocket", "percent", "usd"
	UnitClass  string // Unit coarsened for grouping: "person" for every people noun, else Unit
	Measure    string // what happened to it, normalised: "killed", "wounded", ...; "" when none
	// Increment: the count adds to one told before ("another four died",
	// "five more", "two died later in hospital") or is one count of a
	// breakdown of people ("two women and five children"); it is a part, not a
	// total, and is never set against one.
	Increment bool
	// Background: the count is of another event than the article's (a
	// cumulative toll "since ...", another or an earlier event, a date
	// more than a week before the article's); reconciliation compares it
	// only with figures of its like.
	Background   bool
	Subject      string // the place or event the figure is about; "" when unknown
	Claimant     string // who the article says made the claim; "" when unattributed
	ClaimedOn    time.Time
	SentenceText string
}
