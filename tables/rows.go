// Package tables defines the Parquet tables factpipe writes: one Go row
// type per table, whose struct tags are the table contract. The `parquet`
// tag gives the column name and type, the `doc` tag its meaning; `factpipe
// schema` and the README are generated from the same tags.
package tables

// Dates are int32 days since 1970-01-01 with the `date` tag (Parquet DATE);
// pointers make nullable columns; counts are int64 (BIGINT); lists are
// Parquet LISTs.

// Document is a row of the documents table.
type Document struct {
	DocID     string  `parquet:"doc_id" doc:"document ID: first 16 hex digits of the SHA-256 of the text"`
	StoryID   string  `parquet:"story_id" doc:"the story the document tells (stories.story_id)"`
	Path      string  `parquet:"path" doc:"file path relative to the input directory, slash-separated"`
	Title     string  `parquet:"title" doc:"headline, empty when none was found"`
	Outlet    *string `parquet:"outlet,optional" doc:"publisher, from a URL line at the top; NULL when unknown"`
	Author    *string `parquet:"author,optional" doc:"byline; NULL when none"`
	Published *int32  `parquet:"published,optional,date" doc:"publication date from the article's own date line; NULL when it has none"`
	Encoding  string  `parquet:"encoding" doc:"encoding the file was decoded from (utf-8, windows-1252)"`
	Format    string  `parquet:"format" doc:"text, markdown or html"`
	Sentences int64   `parquet:"sentences" doc:"number of sentences"`
	Tokens    int64   `parquet:"tokens" doc:"number of tokens"`
	Bytes     int64   `parquet:"bytes" doc:"size of the text in bytes"`
}

// Mention is a row of the mentions table.
type Mention struct {
	DocID    string  `parquet:"doc_id" doc:"document the mention is in"`
	EntityID string  `parquet:"entity_id" doc:"the entity (person_id, place_id or organization_id)"`
	Kind     string  `parquet:"kind" doc:"person, place or organization"`
	Text     string  `parquet:"text" doc:"the name as written; equals the document's bytes [start, end)"`
	Title    *string `parquet:"title,optional" doc:"role or title written with a person's name (President, Lieutenant General); NULL when none"`
	Sentence int64   `parquet:"sentence" doc:"sentence index in the document, from 0"`
	Start    int64   `parquet:"start" doc:"byte offset of the first byte of the mention in the file"`
	End      int64   `parquet:"end" doc:"byte offset just past the mention"`
}

// Entity holds the columns that the people, places and organizations
// tables share; each table puts its own ID column first.
type Entity struct {
	Name      string   `parquet:"name" doc:"canonical spelling: the most common full form"`
	Aliases   []string `parquet:"aliases,list" doc:"other spellings seen, sorted"`
	Titles    []string `parquet:"titles,list" doc:"roles and titles seen with the name, sorted"`
	Mentions  int64    `parquet:"mentions" doc:"number of mentions in all documents"`
	Documents int64    `parquet:"documents" doc:"number of documents that mention it"`
}

// Person is a row of the people table.
type Person struct {
	PersonID string `parquet:"person_id" doc:"entity ID, stable across runs: derived from kind and canonical name; mentions.entity_id refers to it"`
	Entity
}

// Place is a row of the places table.
type Place struct {
	PlaceID string `parquet:"place_id" doc:"entity ID, stable across runs: derived from kind and canonical name; mentions.entity_id refers to it"`
	Entity
	CountryCode *string  `parquet:"country_code,optional" doc:"ISO 3166-1 alpha-2 code of the country the place is in (or is), from the gazetteer; NULL when the gazetteer does not resolve the place"`
	Latitude    *float64 `parquet:"latitude,optional" doc:"WGS84 degrees north, from the gazetteer (a city's centre, a region's or country's approximate centre); NULL when unresolved, never 0 for unknown"`
	Longitude   *float64 `parquet:"longitude,optional" doc:"WGS84 degrees east, from the gazetteer; NULL when unresolved"`
	AdminRegion *string  `parquet:"admin_region,optional" doc:"first-level subdivision (state, oblast, province): a city's region or a region's own name; NULL for a country and when unknown"`
}

// Organization is a row of the organizations table.
type Organization struct {
	OrganizationID string `parquet:"organization_id" doc:"entity ID, stable across runs: derived from kind and canonical name; mentions.entity_id refers to it"`
	Entity
}

// Figure is a row of the figures table.
type Figure struct {
	FigureID     string   `parquet:"figure_id" doc:"figure ID, stable: derived from document, offsets and text"`
	DocID        string   `parquet:"doc_id" doc:"document the figure is in"`
	StoryID      string   `parquet:"story_id" doc:"the story of its document (stories.story_id)"`
	Sentence     int64    `parquet:"sentence" doc:"sentence index in the document, from 0"`
	Start        int64    `parquet:"start" doc:"byte offset of the figure phrase"`
	End          int64    `parquet:"end" doc:"byte offset just past the figure phrase"`
	Text         string   `parquet:"text" doc:"the figure phrase as written; equals the document's bytes [start, end)"`
	Value        *float64 `parquet:"value,optional" doc:"the number; NULL for vague amounts (hundreds) and ranges"`
	Low          *float64 `parquet:"low,optional" doc:"lower bound implied by a range or qualifier; NULL when unbounded"`
	High         *float64 `parquet:"high,optional" doc:"upper bound implied by a range or qualifier; NULL when unbounded"`
	Qualifier    string   `parquet:"qualifier" doc:"exact, approx, at_least, at_most, range or vague"`
	Unit         string   `parquet:"unit" doc:"what was counted, singular (soldier, rocket, percent, usd)"`
	UnitClass    string   `parquet:"unit_class" doc:"person for any word for people (soldier, serviceman, civilian, resident), else the unit"`
	Measure      *string  `parquet:"measure,optional" doc:"what happened to it, normalised (killed, wounded, casualties, destroyed, ...); NULL when none"`
	Increment    bool     `parquet:"increment" doc:"true when the count adds to one told before (another four died, five more, two died later in hospital) or is one count of a breakdown of people (two women and five children): a part, not a total"`
	Background   bool     `parquet:"background" doc:"true when the count is of another event than its story's: a cumulative toll (since ...), another or an earlier event (a previous quake, another town's bombing), or a date more than a week before its document's; compared only with figures of its like"`
	Subject      *string  `parquet:"subject,optional" doc:"the place or event the figure is about; NULL when unknown"`
	Claimant     *string  `parquet:"claimant,optional" doc:"who the article says made the claim; NULL when unattributed"`
	ClaimedOn    *int32   `parquet:"claimed_on,optional,date" doc:"when the claim was made; NULL when unknown"`
	SentenceText string   `parquet:"sentence_text" doc:"the sentence the figure is in"`
}

// Event is a row of the events table.
type Event struct {
	EventID      string  `parquet:"event_id" doc:"event ID, stable: derived from document, offsets, text, subject and action"`
	DocID        string  `parquet:"doc_id" doc:"document that tells of the event"`
	Sentence     int64   `parquet:"sentence" doc:"sentence index in the document, from 0"`
	Start        int64   `parquet:"start" doc:"byte offset of the day phrase"`
	End          int64   `parquet:"end" doc:"byte offset just past the day phrase"`
	Text         string  `parquet:"text" doc:"the day phrase as written (\"Thursday\", \"on June 6\", \"late Tuesday\"); equals the document's bytes [start, end)"`
	Subject      string  `parquet:"subject" doc:"the person it happened to (canonical name, as in people), or the kind of incident whose day it is (attack, earthquake, fire, ...: action happened)"`
	PersonID     *string `parquet:"person_id,optional" doc:"the person's people.person_id; NULL when no person entity has the name"`
	Action       string  `parquet:"action" doc:"what happened, normalised: died, killed, shot, arrested, charged, sentenced, ...; happened for an incident"`
	Day          *int32  `parquet:"day,optional,date" doc:"the day, from the phrase and the article's date; the first day of the month or year when the phrase gives no more (see precision); NULL when they do not give it (\"Thursday\" in an undated article)"`
	Precision    string  `parquet:"precision" doc:"how much of the day the phrase gives: day, month (\"in July 1973\") or year (\"in 1969\")"`
	Weekday      *string `parquet:"weekday,optional" doc:"the day of the week the phrase names, or day's; NULL when neither is known"`
	Place        *string `parquet:"place,optional" doc:"where an incident happened (places.name); NULL for a person's event and when the text gives no place"`
	NearMidnight bool    `parquet:"near_midnight" doc:"the phrase puts the event near midnight (\"late Tuesday\", \"Thursday night\"): a day either side is no contradiction"`
	Claimant     *string `parquet:"claimant,optional" doc:"who the article says told it; NULL when the article tells it itself"`
	SentenceText string  `parquet:"sentence_text" doc:"the sentence the event is told in"`
}

// Quantity is a row of the quantities table.
type Quantity struct {
	QuantityID string   `parquet:"quantity_id" doc:"quantity ID, stable: derived from story, subject, measure, unit, side and period"`
	StoryID    string   `parquet:"story_id" doc:"the story its figures belong to: a quantity never spans two stories"`
	Subject    *string  `parquet:"subject,optional" doc:"the place, event or person; NULL when unknown (the quantity then holds the figures of one article)"`
	Measure    *string  `parquet:"measure,optional" doc:"what happened (killed, wounded, ...); NULL when none"`
	Unit       string   `parquet:"unit" doc:"what was counted"`
	Side       *string  `parquet:"side,optional" doc:"the country whose people or things were counted, when the figures name it (\"1,269 Libyan soldiers\" against \"29 Chadian soldiers\"); NULL when none"`
	Background bool     `parquet:"background" doc:"true when its figures are background (figures.background): another event than the story's"`
	Period     *string  `parquet:"period,optional" doc:"YYYY-MM when the figures speak of an earlier month than their articles' (a war-wide total claimed months before), or, when one subject's dated figures fall in periods more than 30 days apart (two marches in one city, a year apart), the month each period begins; NULL for the event at hand (and for undated figures)"`
	PartOf     *string  `parquet:"part_of,optional" doc:"the quantity (quantity_id) of the place this one's subject lies in, same story, measure and unit: a city's toll is part of its region's, a region's of its country's; never set against it; NULL when none"`
	Claims     int64    `parquet:"claims" doc:"number of figures in the group"`
	Sources    int64    `parquet:"sources" doc:"number of distinct claimants (or outlets, for unattributed figures)"`
	Low        *float64 `parquet:"low,optional" doc:"lowest claimed value"`
	High       *float64 `parquet:"high,optional" doc:"highest claimed value"`
	FigureIDs  []string `parquet:"figure_ids,list" doc:"the figures of the group"`
}

// Contradiction is a row of the contradictions table.
type Contradiction struct {
	ContradictionID string  `parquet:"contradiction_id" doc:"contradiction ID, stable: derived from kind and the two claims"`
	Kind            string  `parquet:"kind" doc:"numeric_dispute, revision, name_variant, date_conflict or place_conflict"`
	StoryID         *string `parquet:"story_id,optional" doc:"the story both claims belong to: figures, events and places of two stories are never compared; NULL only for a name_variant (a person's name spelled two ways) whose documents are in two stories"`
	Subject         *string `parquet:"subject,optional" doc:"what the claims are about"`
	FigureA         *string `parquet:"figure_a,optional" doc:"first figure (the earlier one for a revision); NULL for non-numeric kinds"`
	FigureB         *string `parquet:"figure_b,optional" doc:"second figure; NULL for non-numeric kinds"`
	EventA          *string `parquet:"event_a,optional" doc:"first event, for a date_conflict over the day of a person's event (events.event_id); NULL otherwise"`
	EventB          *string `parquet:"event_b,optional" doc:"second event; NULL otherwise"`
	ClaimA          string  `parquet:"claim_a" doc:"the first claim as readable text"`
	ClaimB          string  `parquet:"claim_b" doc:"the second claim as readable text"`
	SourceA         *string `parquet:"source_a,optional" doc:"who made the first claim (claimant or outlet)"`
	SourceB         *string `parquet:"source_b,optional" doc:"who made the second claim"`
	DocA            string  `parquet:"doc_a" doc:"document of the first claim"`
	DocB            string  `parquet:"doc_b" doc:"document of the second claim"`
	Explanation     string  `parquet:"explanation" doc:"one sentence a person can read"`
	SentenceA       string  `parquet:"sentence_a" doc:"the sentence the first claim is read from; empty for a name_variant"`
	SentenceB       string  `parquet:"sentence_b" doc:"the sentence the second claim is read from; empty for a name_variant"`
	DayA            *int32  `parquet:"day_a,optional,date" doc:"when the first claim was made: its own date, else its document's; NULL when unknown (the order of two undated claims is unknown)"`
	DayB            *int32  `parquet:"day_b,optional,date" doc:"when the second claim was made; NULL when unknown"`
	Confidence      float64 `parquet:"confidence" doc:"how far the row can be trusted, 0 to 1, from its evidence: named sources, exact values, values far apart, dated claims, one article reporting both (see doc/stories.md)"`
}

// Story is a row of the stories table: one real-world event as one or
// more documents tell it.
type Story struct {
	StoryID       string   `parquet:"story_id" doc:"story ID, stable: derived from the ID of its earliest document"`
	Title         string   `parquet:"title" doc:"the headline of the document closest to the story's centre; its keywords when no document has a headline"`
	Documents     int64    `parquet:"documents" doc:"number of documents that tell it"`
	DocIDs        []string `parquet:"doc_ids,list" doc:"its documents, earliest first (undated last), then by path"`
	FirstDay      *int32   `parquet:"first_day,optional,date" doc:"earliest publication day of its documents; NULL when none is dated"`
	LastDay       *int32   `parquet:"last_day,optional,date" doc:"latest publication day of its documents; NULL when none is dated"`
	Places        []string `parquet:"places,list" doc:"the places most of its documents mention (names as in places), most first, at most five"`
	People        []string `parquet:"people,list" doc:"the people most of its documents mention, most first, at most five"`
	Organizations []string `parquet:"organizations,list" doc:"the organisations most of its documents mention, most first, at most five"`
}

// Reject is a row of the rejects table: an input file that was not processed.
type Reject struct {
	Path   string `parquet:"path" doc:"file path relative to the input directory"`
	Reason string `parquet:"reason" doc:"why it was not processed"`
}
