package doc

// Kind is the kind of a named entity.
type Kind string

const (
	Person       Kind = "person"
	Place        Kind = "place"
	Organization Kind = "organization"
)

// Mention is one occurrence of a named entity in a document.
type Mention struct {
	Kind       Kind
	Text       string // the name as written: == Document.Text[Start:End]; titles are not part of it
	Start, End int
	Sentence   int // index into Document.Sentences

	// Title is the role or title written next to a person's name
	// ("Lieutenant General", "defence minister", "President"), "" when none.
	Title string

	// Ref is a stable reference for a known place when the tagger resolved
	// it: "country:US" (an ISO 3166-1 alpha-2 code, or a withdrawn ISO
	// 3166-3 one such as "country:SU" for the Soviet Union) or
	// "geonames:524901" (a GeoNames id of a city or region); "" when
	// unresolved. Mentions with equal non-empty Ref are one entity
	// ("US", "U.S." and "the United States"; "UK" and "Britain").
	Ref string
}

// Entity is one real-world entity after reconciliation across all documents.
type Entity struct {
	ID        string // stable: derived from Kind and the canonical name
	Kind      Kind
	Name      string   // canonical spelling: the most common full form
	Aliases   []string // the other spellings seen, sorted
	Titles    []string // roles and titles seen with the name, sorted
	Mentions  int
	Documents int

	// Geo is where the gazetteer puts a place: the entry its mentions were
	// resolved to most often (doc.Mention.Ref). nil for people,
	// organisations and places the gazetteer does not resolve.
	Geo *Geo `json:",omitempty"`
}

// Geo is a place's location in the gazetteer.
type Geo struct {
	Country  string  // ISO 3166-1 alpha-2 code of the country the place is in (or is)
	Region   string  // first-level subdivision: a city's region, a region's own name; "" for a country or when unknown
	Lat, Lon float64 // WGS84 degrees
}
