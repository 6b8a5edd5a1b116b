package factdiff

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxShown is the length in characters beyond which WriteText shortens a
// text in a key or in the fields of an added or removed fact. A change of a
// longer text is shown around the part that differs.
const maxShown = 80

// contextChars is the number of characters shown on each side of the part of a
// long text that changed.
const contextChars = 24

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
				fmt.Fprintf(&b, "    %s: %s\n", fc.Field, changeText(fc.Old, fc.New))
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

// changeText shows a change as "old -> new". Long texts are cut to the part
// that differs with some context ("…at least 89 of…" -> "…at least 92
// of…"); long lists are shown as the members removed and added.
func changeText(old, new Value) string {
	switch {
	case old.kind == kindText && new.kind == kindText &&
		(utf8.RuneCountInString(old.text) > maxShown || utf8.RuneCountInString(new.text) > maxShown):
		o, n := differingParts(old.text, new.text)
		return strconv.Quote(o) + " -> " + strconv.Quote(n)
	case old.kind == kindList && new.kind == kindList && len(old.String())+len(new.String()) > 2*maxShown:
		removed, added, same := listDiff(old.list, new.list)
		return fmt.Sprintf("removed %s, added %s, %d unchanged", list(removed), list(added), same)
	}
	return old.String() + " -> " + new.String()
}

// differingParts cuts the common start and end off a and b, keeping
// contextChars characters of each, and marks the cuts with "…".
func differingParts(a, b string) (string, string) {
	ra, rb := []rune(a), []rune(b)
	pre := 0
	for pre < len(ra) && pre < len(rb) && ra[pre] == rb[pre] {
		pre++
	}
	suf := 0
	for suf < len(ra)-pre && suf < len(rb)-pre && ra[len(ra)-1-suf] == rb[len(rb)-1-suf] {
		suf++
	}
	cut := func(r []rune) string {
		start, end := max(pre-contextChars, 0), min(len(r)-suf+contextChars, len(r))
		// Widen the cuts to whole words, when a space is near.
		for i := start; i > 0 && i > start-contextChars/2; i-- {
			if unicode.IsSpace(r[i-1]) {
				start = i
				break
			}
		}
		for start > 0 && start < pre && unicode.IsSpace(r[start]) {
			start++
		}
		for i := end; i < len(r) && i < end+contextChars/2; i++ {
			if unicode.IsSpace(r[i]) {
				end = i
				break
			}
		}
		s := string(r[start:end])
		if start > 0 {
			s = "…" + s
		}
		if end < len(r) {
			s += "…"
		}
		return s
	}
	return cut(ra), cut(rb)
}

// listDiff returns the members only in a, the members only in b and the
// number in both; a and b are sorted.
func listDiff(a, b []string) (onlyA, onlyB []string, both int) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			onlyA = append(onlyA, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			both++
			i++
			j++
		}
	}
	return onlyA, onlyB, both
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
