package factdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxShown is the length in characters beyond which WriteText shortens a
// text in a key or in the fields of an added or removed fact. Changed
// values are never shortened, since the difference may be at the end.
const maxShown = 80

// WriteText writes r for a person to read: for every table that differs, a
// heading with its counts and one entry per fact,
//
//   - KEY          added, with its fields on the next line
//   - KEY          removed, with its fields on the next line
//     ~ KEY          changed, then one line per field: "field: old -> new"
//
// and at the end one summary line with the counts of all tables.
func (r Report) WriteText(w io.Writer) error {
	var b strings.Builder
	differing := 0
	for _, t := range r.Tables {
		if t.Empty() {
			continue
		}
		differing++
		fmt.Fprintf(&b, "%s: %d added, %d removed, %d changed\n", t.Table, len(t.Added), len(t.Removed), len(t.Changed))
		for _, f := range t.Added {
			fmt.Fprintf(&b, "+ %s\n    %s\n", keyText(f.Key), fieldsText(f.Fields))
		}
		for _, f := range t.Removed {
			fmt.Fprintf(&b, "- %s\n    %s\n", keyText(f.Key), fieldsText(f.Fields))
		}
		for _, c := range t.Changed {
			fmt.Fprintf(&b, "~ %s\n", keyText(c.Key))
			for _, fc := range c.Changes {
				fmt.Fprintf(&b, "    %s: %s -> %s\n", fc.Field, fc.Old, fc.New)
			}
		}
		b.WriteByte('\n')
	}
	a, rm, ch := r.Counts()
	fmt.Fprintf(&b, "summary: %d added, %d removed, %d changed in %d of %d tables", a, rm, ch, differing, len(r.Tables))
	if r.Tolerance > 0 {
		fmt.Fprintf(&b, " (numbers within a relative tolerance of %s are equal)", strconv.FormatFloat(r.Tolerance, 'g', -1, 64))
	}
	b.WriteByte('\n')
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("factdiff: %w", err)
	}
	return nil
}

// keyText shows a key whose only cell is a text as that text, and any
// other key as name=value pairs.
func keyText(key Fields) string {
	if len(key) == 1 && key[0].Value.kind == kindText {
		return shorten(key[0].Value.text)
	}
	return pairs(key)
}

// fieldsText shows the non-NULL fields of a fact as name=value pairs.
func fieldsText(fs Fields) string {
	var set Fields
	for _, f := range fs {
		if !f.Value.IsNull() {
			set = append(set, f)
		}
	}
	if len(set) == 0 {
		return "(all fields NULL)"
	}
	return pairs(set)
}

func pairs(fs Fields) string {
	parts := make([]string, len(fs))
	for i, f := range fs {
		v := f.Value
		if v.kind == kindText {
			v.text = shorten(v.text)
		}
		parts[i] = f.Name + "=" + v.String()
	}
	return strings.Join(parts, " ")
}

func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxShown {
		return s
	}
	n := 0
	for i := range s {
		if n == maxShown-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// The JSON document that WriteJSON writes.
type (
	jsonReport struct {
		Equal     bool        `json:"equal"`
		Tolerance float64     `json:"tolerance"`
		Added     int         `json:"added"`
		Removed   int         `json:"removed"`
		Changed   int         `json:"changed"`
		Tables    []jsonTable `json:"tables"`
	}
	jsonTable struct {
		Table   string       `json:"table"`
		Added   []jsonFact   `json:"added"`
		Removed []jsonFact   `json:"removed"`
		Changed []jsonChange `json:"changed"`
	}
	jsonFact struct {
		Key    Fields `json:"key"`
		Fields Fields `json:"fields"`
	}
	jsonChange struct {
		Key     Fields            `json:"key"`
		Changes []jsonFieldChange `json:"changes"`
	}
	jsonFieldChange struct {
		Field string `json:"field"`
		Old   Value  `json:"old"`
		New   Value  `json:"new"`
	}
)

// WriteJSON writes r as one indented JSON document for programs:
//
//	{"equal": false, "tolerance": 0.01, "added": 1, "removed": 0, "changed": 2,
//	 "tables": [{"table": "people",
//	             "added":   [{"key": {"name": "..."}, "fields": {"aliases": [...], ...}}],
//	             "removed": [],
//	             "changed": [{"key": {...}, "changes": [{"field": "mentions", "old": 3, "new": 4}]}]},
//	            ...]}
//
// Every compared table is listed, in the same order each time, with empty
// arrays when it does not differ; keys and fields are objects in column
// order; NULL is null, dates are "YYYY-MM-DD" strings, lists are arrays.
// The same report always gives the same bytes.
func (r Report) WriteJSON(w io.Writer) error {
	a, rm, ch := r.Counts()
	doc := jsonReport{Equal: a+rm+ch == 0, Tolerance: r.Tolerance, Added: a, Removed: rm, Changed: ch, Tables: []jsonTable{}}
	for _, t := range r.Tables {
		jt := jsonTable{Table: t.Table, Added: jsonFacts(t.Added), Removed: jsonFacts(t.Removed), Changed: []jsonChange{}}
		for _, c := range t.Changed {
			jc := jsonChange{Key: c.Key, Changes: []jsonFieldChange{}}
			for _, fc := range c.Changes {
				jc.Changes = append(jc.Changes, jsonFieldChange(fc))
			}
			jt.Changed = append(jt.Changed, jc)
		}
		doc.Tables = append(doc.Tables, jt)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("factdiff: %w", err)
	}
	return nil
}

func jsonFacts(facts []Fact) []jsonFact {
	out := make([]jsonFact, 0, len(facts))
	for _, f := range facts {
		out = append(out, jsonFact(f))
	}
	return out
}
