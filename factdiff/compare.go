// Package factdiff compares two factpipe outputs by the facts they state,
// not by their bytes: which people, places, organisations, figures, events,
// quantities, contradictions, documents and rejects were added, removed or
// changed between an old and a new run.
//
// Row IDs are content hashes (of a document's text, of a figure's document
// and offsets), so an unrelated edit changes them; facts are matched on
// keys that survive such edits instead:
//
//	documents       path
//	people, places,
//	organizations   name (the canonical spelling)
//	figures         path of the document, the figure phrase and its sentence
//	events          path of the document, the day phrase, its sentence, person and action
//	quantities      subject, measure, unit, side, period
//	contradictions  kind, subject and the unordered pair of claims with their sources
//	rejects         path
//
// A key that occurs more than once in a table (the same phrase twice in one
// sentence) gets an "occurrence" cell, 2 for the second and so on, in
// document order. References by ID inside a row are resolved too: document
// IDs to paths, figure IDs to "path: text" labels.
//
// Facts that no key matches are then paired by looser keys when exactly one
// old and one new fact share one: a figure by its document and phrase with
// numbers masked (so "at least 89" revised to "at least 92" is a changed
// value, not a removal and an addition), or by its phrase alone when the
// sentence around it was edited; a contradiction by its claims with numbers
// masked. The key cells that differ are then listed among the changes.
//
// The mentions table is not compared: it is keyed by byte offsets, and its
// effect on the facts shows in the entities' aliases, titles and counts.
package factdiff

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"factpipe/tables"
)

// Options tune Compare. The zero Options compare exactly.
type Options struct {
	// Tolerance is the relative tolerance for measured numbers: figures'
	// value, low and high and quantities' low and high. Two numbers are the
	// same when they differ by at most Tolerance times the larger magnitude
	// (0.01 accepts 1%). 0 asks for exact equality; negative values count
	// as 0. Counts (mentions, documents, claims, sources) are always
	// compared exactly.
	Tolerance float64
}

// Report lists the differences between two outputs, table by table.
type Report struct {
	Tolerance float64     // the tolerance that was used
	Tables    []TableDiff // every compared table, in a fixed order, whether or not it differs
}

// TableDiff lists the differences in one table. Each list is sorted by key.
type TableDiff struct {
	Table   string   // table name, as the file name without .parquet
	Added   []Fact   // facts only in the new output
	Removed []Fact   // facts only in the old output
	Changed []Change // facts in both whose fields differ
}

// Fact is one row of a table seen as a fact.
type Fact struct {
	Key    Fields // the cells that say which fact it is
	Fields Fields // the cells compared
}

// Change is a fact whose fields differ between the outputs.
type Change struct {
	Key     Fields
	Changes []FieldChange // in column order
}

// FieldChange is one field of a fact that differs.
type FieldChange struct {
	Field string
	Old   Value
	New   Value
}

// Compare returns the differences from old to new. It does not modify its
// arguments and does not depend on the order of their rows.
func Compare(old, new tables.Set, opts Options) Report {
	tol := max(opts.Tolerance, 0)
	rep := Report{Tolerance: tol}
	ro, rn := newResolver(old), newResolver(new)
	for _, t := range tableOrder() {
		rep.Tables = append(rep.Tables, compareTable(t.name, numbered(t.facts(old, ro)), numbered(t.facts(new, rn)), tol))
	}
	return rep
}

// numbered adds an "occurrence" cell to the key of every fact whose key was
// seen before in facts, counting from 2.
func numbered(facts []fact) []fact {
	seen := make(map[string]int64, len(facts))
	for i, f := range facts {
		k := keyString(f.key)
		seen[k]++
		if n := seen[k]; n > 1 {
			facts[i].key = append(slices.Clip(f.key), Field{"occurrence", count(n)})
			k = keyString(facts[i].key)
		}
		facts[i].id = k
	}
	return facts
}

func compareTable(name string, old, new []fact, tol float64) TableDiff {
	d := TableDiff{Table: name, Added: []Fact{}, Removed: []Fact{}, Changed: []Change{}}
	change := func(o, n fact) {
		ch := append(diffKeys(o.key, n.key), diffFields(o.fields, n.fields, tol)...)
		if len(ch) > 0 {
			d.Changed = append(d.Changed, Change{Key: n.key, Changes: ch})
		}
	}
	// Exact keys first.
	byKey := make(map[string]int, len(old))
	for i, f := range old {
		byKey[f.id] = i
	}
	oldDone := make([]bool, len(old))
	var restNew []fact
	for _, n := range new {
		i, ok := byKey[n.id]
		if !ok {
			restNew = append(restNew, n)
			continue
		}
		oldDone[i] = true
		change(old[i], n)
	}
	var restOld []fact
	for i, o := range old {
		if !oldDone[i] {
			restOld = append(restOld, o)
		}
	}
	// Then each loose key in turn, over the facts still unmatched.
	if len(restOld) > 0 && len(restNew) > 0 {
		restOld, restNew = pairLoose(restOld, restNew, change)
	}
	for _, n := range restNew {
		d.Added = append(d.Added, Fact{Key: n.key, Fields: n.fields})
	}
	for _, o := range restOld {
		d.Removed = append(d.Removed, Fact{Key: o.key, Fields: o.fields})
	}
	slices.SortFunc(d.Added, func(a, b Fact) int { return compareFields(a.Key, b.Key) })
	slices.SortFunc(d.Removed, func(a, b Fact) int { return compareFields(a.Key, b.Key) })
	slices.SortFunc(d.Changed, func(a, b Change) int { return compareFields(a.Key, b.Key) })
	return d
}

// pairLoose pairs old and new facts by their loose keys, level by level,
// calls change for each pair and returns the facts left unpaired.
func pairLoose(old, new []fact, change func(o, n fact)) (restOld, restNew []fact) {
	looseKeys := func(facts []fact) [][]string {
		keys := make([][]string, len(facts))
		for i, f := range facts {
			if f.loose != nil {
				keys[i] = f.loose()
			}
		}
		return keys
	}
	ok, nk := looseKeys(old), looseKeys(new)
	oldDone, newDone := make([]bool, len(old)), make([]bool, len(new))
	for level := 0; ; level++ {
		oi, oOK := uniqueLoose(ok, oldDone, level)
		ni, nOK := uniqueLoose(nk, newDone, level)
		if !oOK || !nOK {
			break // no unpaired fact has a key at this level
		}
		for k, j := range ni {
			if i, found := oi[k]; found {
				oldDone[i], newDone[j] = true, true
				change(old[i], new[j])
			}
		}
	}
	for i, o := range old {
		if !oldDone[i] {
			restOld = append(restOld, o)
		}
	}
	for j, n := range new {
		if !newDone[j] {
			restNew = append(restNew, n)
		}
	}
	return restOld, restNew
}

// uniqueLoose maps each loose key at level that exactly one fact not yet
// done has to that fact's index. ok is false when no such fact has a key at
// that level.
func uniqueLoose(keys [][]string, done []bool, level int) (index map[string]int, ok bool) {
	index = make(map[string]int)
	dup := make(map[string]bool)
	for i, ks := range keys {
		if done[i] || level >= len(ks) {
			continue
		}
		ok = true
		k := ks[level]
		if _, seen := index[k]; seen {
			dup[k] = true
		}
		index[k] = i
	}
	for k := range dup {
		delete(index, k)
	}
	return index, ok
}

// diffKeys lists the key cells that differ between two facts matched by a
// loose key, such as a figure's text with a revised number. An
// "occurrence" cell is not a fact and is left out.
func diffKeys(old, new Fields) []FieldChange {
	var ch []FieldChange
	for _, n := range new {
		if n.Name == "occurrence" {
			continue
		}
		if o, _ := old.Get(n.Name); !equal(o, n.Value, 0) {
			ch = append(ch, FieldChange{Field: n.Name, Old: o, New: n.Value})
		}
	}
	return ch
}

// diffFields compares two field lists made by the same table's fact
// function, which therefore name the same fields in the same order.
func diffFields(old, new Fields, tol float64) []FieldChange {
	var ch []FieldChange
	for i, n := range new {
		var o Value
		if i < len(old) && old[i].Name == n.Name {
			o = old[i].Value
		} else {
			o, _ = old.Get(n.Name)
		}
		if !equal(o, n.Value, tol) {
			ch = append(ch, FieldChange{Field: n.Name, Old: o, New: n.Value})
		}
	}
	return ch
}

// keyString encodes fs for use as a map key: equal cells give equal
// strings and different cells different ones (every part is
// length-prefixed).
func keyString(fs Fields) string {
	var b []byte
	str := func(s string) {
		b = strconv.AppendInt(b, int64(len(s)), 10)
		b = append(b, ':')
		b = append(b, s...)
	}
	for _, f := range fs {
		str(f.Name)
		v := f.Value
		b = append(b, byte('0'+v.kind))
		switch v.kind {
		case kindText:
			str(v.text)
		case kindNumber:
			str(strconv.FormatFloat(v.num, 'g', -1, 64))
		case kindCount, kindDate:
			str(strconv.FormatInt(v.count, 10))
		case kindList:
			b = strconv.AppendInt(b, int64(len(v.list)), 10)
			b = append(b, '[')
			for _, s := range v.list {
				str(s)
			}
		}
	}
	return string(b)
}

// compareFields orders two keys cell by cell: by field name, then value.
func compareFields(a, b Fields) int {
	for i := range min(len(a), len(b)) {
		if c := cmp.Or(strings.Compare(a[i].Name, b[i].Name), compareValues(a[i].Value, b[i].Value)); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

// compareValues orders NULL first, then by kind, then by content.
func compareValues(a, b Value) int {
	if c := cmp.Compare(a.kind, b.kind); c != 0 {
		return c
	}
	switch a.kind {
	case kindText:
		return strings.Compare(a.text, b.text)
	case kindNumber:
		return cmp.Compare(a.num, b.num)
	case kindCount, kindDate:
		return cmp.Compare(a.count, b.count)
	case kindList:
		return slices.Compare(a.list, b.list)
	}
	return 0
}

// Equal reports whether the two outputs state the same facts.
func (r Report) Equal() bool {
	a, rm, ch := r.Counts()
	return a+rm+ch == 0
}

// Counts returns the number of added, removed and changed facts in all
// tables.
func (r Report) Counts() (added, removed, changed int) {
	for _, t := range r.Tables {
		added += len(t.Added)
		removed += len(t.Removed)
		changed += len(t.Changed)
	}
	return added, removed, changed
}

// Empty reports whether the table has no differences.
func (t TableDiff) Empty() bool {
	return len(t.Added)+len(t.Removed)+len(t.Changed) == 0
}
