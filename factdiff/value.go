package factdiff

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// kind tells what a Value holds.
type kind uint8

const (
	kindNull   kind = iota // SQL NULL
	kindText               // a string
	kindNumber             // a measured value (float64), compared with the tolerance
	kindCount              // an integer count, compared exactly
	kindDate               // a day, days since 1970-01-01
	kindList               // a set of strings, kept sorted
)

// Value is one cell of a fact: NULL, a string, a number, a count, a date or
// a list of strings. The zero Value is NULL. Lists are sets: they are kept
// sorted, so two lists with the same members are equal whatever their order
// in the table.
type Value struct {
	kind  kind
	text  string
	num   float64
	count int64
	list  []string
}

func text(s string) Value { return Value{kind: kindText, text: s} }

func optText(s *string) Value {
	if s == nil {
		return Value{}
	}
	return text(*s)
}

func number(f *float64) Value {
	if f == nil {
		return Value{}
	}
	return Value{kind: kindNumber, num: *f}
}

func count(n int64) Value { return Value{kind: kindCount, count: n} }

func date(d *int32) Value {
	if d == nil {
		return Value{}
	}
	return Value{kind: kindDate, count: int64(*d)}
}

func list(l []string) Value {
	l = slices.Clone(l)
	slices.Sort(l)
	if l == nil {
		l = []string{}
	}
	return Value{kind: kindList, list: l}
}

// IsNull reports whether v is NULL.
func (v Value) IsNull() bool { return v.kind == kindNull }

// equal reports whether a and b are the same fact. Numbers are equal when
// they differ by at most tol times the larger magnitude; tol 0 asks for
// exact equality. Two NaNs are equal.
func equal(a, b Value, tol float64) bool {
	if a.kind != b.kind {
		return false
	}
	switch a.kind {
	case kindNull:
		return true
	case kindText:
		return a.text == b.text
	case kindCount, kindDate:
		return a.count == b.count
	case kindList:
		return slices.Equal(a.list, b.list)
	case kindNumber:
		x, y := a.num, b.num
		if math.IsNaN(x) || math.IsNaN(y) {
			return math.IsNaN(x) && math.IsNaN(y)
		}
		if x == y {
			return true
		}
		return math.Abs(x-y) <= tol*math.Max(math.Abs(x), math.Abs(y))
	}
	return false
}

// String formats v for a person: null, a quoted string, a number, a
// YYYY-MM-DD date or a bracketed list of quoted strings.
func (v Value) String() string {
	switch v.kind {
	case kindText:
		return strconv.Quote(v.text)
	case kindNumber:
		return strconv.FormatFloat(v.num, 'f', -1, 64)
	case kindCount:
		return strconv.FormatInt(v.count, 10)
	case kindDate:
		return dayString(v.count)
	case kindList:
		q := make([]string, len(v.list))
		for i, s := range v.list {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	}
	return "null"
}

// MarshalJSON encodes v as JSON null, a string, a number, a "YYYY-MM-DD"
// string or an array of strings. Infinite and NaN numbers, which JSON
// cannot hold, are written as the strings "+Inf", "-Inf" and "NaN".
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case kindText:
		return marshal(v.text)
	case kindNumber:
		if math.IsNaN(v.num) || math.IsInf(v.num, 0) {
			return marshal(strconv.FormatFloat(v.num, 'g', -1, 64))
		}
		return marshal(v.num)
	case kindCount:
		return marshal(v.count)
	case kindDate:
		return marshal(dayString(v.count))
	case kindList:
		return marshal(v.list)
	}
	return []byte("null"), nil
}

func dayString(days int64) string {
	return time.Unix(days*86400, 0).UTC().Format(time.DateOnly)
}

// marshal encodes x as JSON without HTML escaping, so that text such as
// "<" or "&" stays readable.
func marshal(x any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Field is one named cell of a fact; Name is the table's column name, or a
// derived name (occurrence, figures, claims, sources) documented with the
// table.
type Field struct {
	Name  string
	Value Value
}

// Fields is an ordered list of cells. It encodes as one JSON object whose
// keys keep the list's order.
type Fields []Field

// Get returns the value of the field called name, and whether there is one.
func (fs Fields) Get(name string) (Value, bool) {
	for _, f := range fs {
		if f.Name == name {
			return f.Value, true
		}
	}
	return Value{}, false
}

// MarshalJSON encodes fs as a JSON object in field order.
func (fs Fields) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range fs {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshal(f.Name)
		if err != nil {
			return nil, err
		}
		v, err := f.Value.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}
