package doc

import "time"

// Event is a day (or a month, or a year) the text gives for something
// that happened to a named person: "Mark Felt died Thursday", "Blackmore
// and Oler were arrested Wednesday" (one event each), "LaRue pleaded
// guilty in July 1973". Sources that give one person's one kind of
// event different days disagree (a date_conflict). An incident of a story
// (an attack, a quake) is an event too, of its kind ("attack") with
// action "happened", with the day and the place the text gives it, either
// or both.
type Event struct {
	ID         string // stable: derived from DocID, Start, End, Subject and Action
	DocID      string
	Sentence   int
	Start, End int    // byte range of the day phrase ("Thursday", "on December 18, 2008", "late Tuesday")
	Text       string // == Document.Text[Start:End]
	Subject    string // the person, by the fullest name the article gives
	// PersonID is the entity ID of the person, set by reconciliation
	// (with Subject then the entity's canonical name); "" before, or when
	// no person entity has the name.
	PersonID string
	Action   string // what happened, normalised: died, killed, shot, arrested, ...
	// On is the day, when the phrase or the article's date gives it; zero
	// otherwise ("Thursday" in an undated article).
	On time.Time
	// Precision is how much of On the phrase gives: "day" (a weekday or a
	// date with a day), "month" ("in July 1973": On is the month's first
	// day) or "year" ("in 1969": On is January 1).
	Precision string
	// Weekday is the day of the week the phrase names ("Thursday"), or
	// On's when it names none; "" when neither is known or the phrase
	// gives no day.
	Weekday string
	// Edge is set when the phrase puts the event near midnight ("late
	// Tuesday", "early Friday", "Thursday night", "overnight"): a day
	// either side is the same moment told from another hour or zone.
	Edge bool
	// Place and PlaceRef are where an incident happened, as the place's
	// mention writes and resolves it (Mention.Text, Mention.Ref); "" for
	// a person's event and when the text gives no place.
	Place, PlaceRef string
	Claimant        string // who the article says told it; "" when the article tells it itself
	SentenceText    string
}
