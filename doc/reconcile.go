package doc

import "time"

// Quantity is one real-world quantity that one or more figures speak of:
// the same subject, measure and unit class. Only figures with both a
// measure and a unit are in quantities.
type Quantity struct {
	ID      string
	Story   string // the story ID of its figures' documents: a quantity never spans two stories
	Subject string
	Measure string
	Unit    string
	Side    string // the country of the people or things counted when the figures name it ("Libyan soldiers"); "" otherwise
	// Background: its figures speak of another event than their story's
	// (see Figure.Background); they are never grouped with the story's own.
	Background bool
	Period     string // "YYYY-MM" when the figures speak of a past month rather than the event at hand, or the month a period begins when one subject's figures fall in periods more than 30 days apart; "" otherwise
	// PartOf is the ID of the quantity of the place this one's subject
	// lies in (a city's toll within its region's), same story, measure
	// and unit; "" when none.
	PartOf    string
	Claims    int
	Sources   int
	Low       *float64 // lowest claimed value (a range's bounds count; vague words only when nothing else does); nil when none
	High      *float64 // highest claimed value, likewise
	FigureIDs []string
}

// ContradictionKind names a kind of disagreement.
type ContradictionKind string

const (
	NumericDispute ContradictionKind = "numeric_dispute"
	Revision       ContradictionKind = "revision"
	NameVariant    ContradictionKind = "name_variant"
	DateConflict   ContradictionKind = "date_conflict"
	PlaceConflict  ContradictionKind = "place_conflict"
)

// Contradiction is a disagreement between two claims.
type Contradiction struct {
	ID               string
	Kind             ContradictionKind
	Subject          string
	FigureA, FigureB string // figure IDs; "" for kinds that compare no figures
	EventA, EventB   string // event IDs of a date_conflict over an event's day; "" otherwise
	ClaimA, ClaimB   string
	SourceA, SourceB string
	DocA, DocB       string
	Explanation      string
	// Evidence: the sentences the two claims are read from ("" where the
	// kind compares no sentences: a name_variant), the days they were
	// made (a claim's own date, else its article's; zero when unknown),
	// and how far the row can be trusted, from 0 to 1 (see
	// reconcile.Confidence).
	SentenceA, SentenceB string
	DayA, DayB           time.Time
	Confidence           float64
	Story                string // the story both claims belong to; "" for a name_variant whose two documents are in two stories
}

// Reconciled is the run-wide output of reconciliation of a run's Digests.
type Reconciled struct {
	Entities []Entity
	// NameEntity[i][j] is the entity ID of Digests[i].Names[j]: of every
	// mention of that name in document i.
	NameEntity [][]string
	// Attributions[i][j] is the resolved subject and claimant of
	// Digests[i].Figures[j].
	Attributions   [][]Attribution
	Quantities     []Quantity
	Contradictions []Contradiction
	// Events are the Digests' events with Subject and Claimant resolved
	// to canonical names, in document then text order.
	Events []Event
	// Stories group the documents into the events they tell; DocStory[i]
	// is the story ID of Digests[i].
	Stories  []Story
	DocStory []string
}
