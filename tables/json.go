package tables

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"time"
)

// AppendJSON appends row (a table row struct or a pointer to one) to buf as
// one JSON object whose keys are the table's column names, in column order.
// DATE columns are written as "YYYY-MM-DD", NULLs as null.
func AppendJSON(buf []byte, row any) ([]byte, error) {
	v := reflect.Indirect(reflect.ValueOf(row))
	b := bytes.NewBuffer(buf)
	b.WriteByte('{')
	first := true
	var walk func(v reflect.Value) error
	walk = func(v reflect.Value) error {
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Anonymous {
				if err := walk(v.Field(i)); err != nil {
					return err
				}
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("parquet"), ",")
			if !first {
				b.WriteByte(',')
			}
			first = false
			key, _ := json.Marshal(name)
			b.Write(key)
			b.WriteByte(':')
			val := v.Field(i).Interface()
			if strings.Contains(opts, "date") {
				val = dateString(v.Field(i))
			}
			enc, err := json.Marshal(val)
			if err != nil {
				return err
			}
			b.Write(enc)
		}
		return nil
	}
	if err := walk(v); err != nil {
		return buf, err
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// dateString formats an int32 or *int32 day count; nil stays nil.
func dateString(v reflect.Value) any {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	return time.Unix(v.Int()*86400, 0).UTC().Format(time.DateOnly)
}
