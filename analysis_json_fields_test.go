package dateline

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// fillAll sets every field reachable from v to a value that is not its
// zero: a string its field's path, numbers from a counter, every pointer
// to a filled value and every slice and map to one filled element. A
// field added to the Analysis types and forgotten in AppendJSON then
// shows up as a difference from encoding/json, which reads the types.
func fillAll(v reflect.Value, path string, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(path)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*n))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillAll(p.Elem(), path, n)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fillAll(s.Index(0), path+"[0]", n)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillAll(k, path+".key", n)
		fillAll(e, path+".value", n)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				fillAll(v.Field(i), path+"."+f.Name, n)
			}
		}
	case reflect.Interface:
		v.Set(reflect.ValueOf(path))
	}
}

// Every field of the Analysis types, at every depth, is written by
// AppendJSON as encoding/json writes it.
func TestAppendJSONWritesEveryField(t *testing.T) {
	var a Analysis
	n := 0
	fillAll(reflect.ValueOf(&a).Elem(), "a", &n)
	want, err := json.Marshal(&a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := a.AppendJSON(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("a fully filled Analysis:\n got %s\nwant %s", got, want)
	}
}
