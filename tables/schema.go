package tables

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Table describes one output table.
type Table struct {
	Name        string // file name without .parquet
	Description string
	Key         string // the sort order of its rows
	Example     string // an example query
	rows        rowsOf
}

// rowsOf binds a table to its rows in a Set: their Go type, and how to
// write them to a file and read them back.
type rowsOf struct {
	typ      reflect.Type
	optional bool // older outputs may lack the file: read as an empty table
	write    func(path string, s *Set) error
	read     func(path string, s *Set) error
	count    func(s *Set) int
}

func rows[T any](field func(*Set) *[]T) rowsOf {
	return rowsOf{
		typ:   reflect.TypeFor[T](),
		write: func(path string, s *Set) error { return WriteFile(path, *field(s)) },
		read: func(path string, s *Set) error {
			rows, err := ReadFile[T](path)
			*field(s) = append(*field(s), rows...) // a table of parts is read part by part
			return err
		},
		count: func(s *Set) int { return len(*field(s)) },
	}
}

// streamed binds a table whose rows may come from a Stream of s instead.
func streamed[T any](field func(*Set) *[]T, stream func(*Set) *Stream[T]) rowsOf {
	r := rows(field)
	r.write = func(path string, s *Set) error {
		if st := stream(s); st != nil {
			return WriteStream(path, st)
		}
		return WriteFile(path, *field(s))
	}
	r.count = func(s *Set) int {
		if st := stream(s); st != nil {
			return st.Rows
		}
		return len(*field(s))
	}
	return r
}

// optional marks a table that older outputs may lack.
func (r rowsOf) optionalFile() rowsOf { r.optional = true; return r }

// Column describes one column of a table.
type Column struct {
	Name     string
	Type     string // as DuckDB reads it: VARCHAR, BIGINT, DOUBLE, DATE, VARCHAR[]
	Nullable bool
	Doc      string
}

// Tables lists the tables in the order factpipe documents them. It is the one
// list of tables: Write, Read, the schema and the README follow it.
func Tables() []Table {
	return []Table{
		{"documents", "One row per input document.", "path",
			"SELECT path, title, published FROM 'out/documents.parquet' ORDER BY published", rows(func(s *Set) *[]Document { return &s.Documents })},
		{"mentions", "One row per entity mention, traced to byte offsets in its file.", "path of the document, start, end",
			"SELECT m.text, p.name FROM 'out/mentions.parquet' m JOIN 'out/people.parquet' p ON m.entity_id = p.person_id", streamed(func(s *Set) *[]Mention { return &s.Mentions }, func(s *Set) *Stream[Mention] { return s.MentionStream })},
		{"people", "One row per real-world person across all documents.", "name",
			"SELECT name, aliases, mentions FROM 'out/people.parquet' ORDER BY mentions DESC", rows(func(s *Set) *[]Person { return &s.People })},
		{"places", "One row per real-world place across all documents.", "name",
			"SELECT name, aliases FROM 'out/places.parquet' WHERE len(aliases) > 0", rows(func(s *Set) *[]Place { return &s.Places })},
		{"organizations", "One row per real-world organisation across all documents.", "name",
			"SELECT name, documents FROM 'out/organizations.parquet' ORDER BY documents DESC", rows(func(s *Set) *[]Organization { return &s.Organizations })},
		{"figures", "One row per numeric claim: how many of what, what happened to it, who says so, and when.", "path of the document, start",
			"SELECT claimant, value, unit, claimed_on FROM 'out/figures.parquet' WHERE measure = 'killed'", streamed(func(s *Set) *[]Figure { return &s.Figures }, func(s *Set) *Stream[Figure] { return s.FigureStream })},
		{"events", "One row per day a document gives for something that happened to a named person (died, was arrested, ...) or for an incident of its story (the attack, the quake): what date_conflict compares.", "path of the document, start",
			"SELECT p.name, e.action, e.day, e.weekday, e.text FROM 'out/events.parquet' e JOIN 'out/people.parquet' p USING (person_id) ORDER BY p.name", rows(func(s *Set) *[]Event { return &s.Events }).optionalFile()},
		{"quantities", "One row per real quantity: the figures of all documents that speak of the same subject, measure, unit, side and period.", "subject, measure, unit, side, period",
			"SELECT subject, measure, unit, claims, low, high FROM 'out/quantities.parquet' WHERE claims > 1", rows(func(s *Set) *[]Quantity { return &s.Quantities }).optionalFile()},
		{"contradictions", "One row per disagreement between sources, or revision by one source over time.", "kind, subject",
			"SELECT kind, explanation FROM 'out/contradictions.parquet'", rows(func(s *Set) *[]Contradiction { return &s.Contradictions })},
		{"stories", "One row per story: one real-world event as one or more documents tell it, grouped by the words, entities and days they share.", "documents (most first), story_id",
			"SELECT title, documents, first_day, places FROM 'out/stories.parquet' WHERE documents > 1", rows(func(s *Set) *[]Story { return &s.Stories }).optionalFile()},
		{"rejects", "One row per input file that was not processed, with the reason.", "path",
			"SELECT * FROM 'out/rejects.parquet'", rows(func(s *Set) *[]Reject { return &s.Rejects }).optionalFile()},
	}
}

// Columns returns the columns of t, in file order.
func (t Table) Columns() []Column {
	var cols []Column
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for f := range rt.Fields() {
			if f.Anonymous {
				walk(f.Type)
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("parquet"), ",")
			cols = append(cols, Column{
				Name:     name,
				Type:     duckType(f.Type, opts),
				Nullable: strings.Contains(opts, "optional"),
				Doc:      f.Tag.Get("doc"),
			})
		}
	}
	walk(t.rows.typ)
	return cols
}

func duckType(t reflect.Type, opts string) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case strings.Contains(opts, "date"):
		return "DATE"
	case t.Kind() == reflect.String:
		return "VARCHAR"
	case t.Kind() == reflect.Int64:
		return "BIGINT"
	case t.Kind() == reflect.Int32:
		return "INTEGER"
	case t.Kind() == reflect.Bool:
		return "BOOLEAN"
	case t.Kind() == reflect.Float64:
		return "DOUBLE"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return "VARCHAR[]"
	}
	return t.String()
}

// WriteSchema prints every table and column as text, for `factpipe schema`.
func WriteSchema(w io.Writer) error {
	var b strings.Builder
	for _, t := range Tables() {
		fmt.Fprintf(&b, "%s.parquet: %s\n  rows sorted by %s\n", t.Name, t.Description, t.Key)
		for _, c := range t.Columns() {
			null := ""
			if c.Nullable {
				null = ", nullable"
			}
			fmt.Fprintf(&b, "  %-17s %-9s %s%s\n", c.Name, c.Type, c.Doc, null)
		}
		fmt.Fprintf(&b, "  example: %s\n\n", t.Example)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMarkdown prints every table and column as Markdown, for the README.
func WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	for _, t := range Tables() {
		fmt.Fprintf(&b, "### `%s.parquet`\n\n%s Rows sorted by %s.\n\n", t.Name, t.Description, t.Key)
		b.WriteString("| column | type | meaning |\n| --- | --- | --- |\n")
		for _, c := range t.Columns() {
			typ := c.Type
			if c.Nullable {
				typ += " (nullable)"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", c.Name, typ, c.Doc)
		}
		fmt.Fprintf(&b, "\n```sql\n%s;\n```\n\n", t.Example)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON prints every table and column as JSON, for tools and tests.
func WriteJSON(w io.Writer) error {
	type column struct {
		Name     string `json:"name"`
		Type     string `json:"type"`
		Nullable bool   `json:"nullable"`
		Doc      string `json:"doc"`
	}
	type table struct {
		Name        string   `json:"name"`
		Description string   `json:"description"`
		Example     string   `json:"example"`
		Columns     []column `json:"columns"`
	}
	var ts []table
	for _, t := range Tables() {
		tt := table{Name: t.Name, Description: t.Description, Example: t.Example}
		for _, c := range t.Columns() {
			tt.Columns = append(tt.Columns, column(c))
		}
		ts = append(ts, tt)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ts)
}
