package sqlite

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"testing"
	"time"

	"dateline"
)

// valuer is an argument that converts itself, as database/sql allows.
type valuer struct{ s string }

func (v valuer) Value() (driver.Value, error) { return "v:" + v.s, nil }

func TestNamedValuesConvertAsDatabaseSQL(t *testing.T) {
	when := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	for _, arg := range []any{
		"text", "", int(7), int(-300), int64(1) << 40, int32(-5), uint8(200), uint32(1) << 31,
		3.25, float32(0.5), true, false, []byte("blob"), []byte(nil), nil, when, valuer{"x"},
	} {
		t.Run(fmt.Sprintf("%T %v", arg, arg), func(t *testing.T) {
			want, err := driver.DefaultParameterConverter.ConvertValue(arg)
			if err != nil {
				t.Fatalf("database/sql's conversion fails: %v", err)
			}
			got, err := namedValues(nil, []any{"first", arg})
			if err != nil {
				t.Fatalf("namedValues: %v", err)
			}
			if len(got) != 2 || got[1].Ordinal != 2 || got[1].Name != "" {
				t.Fatalf("namedValues = %+v, want 2 values, the second with ordinal 2", got)
			}
			if !reflect.DeepEqual(got[1].Value, want) || reflect.TypeOf(got[1].Value) != reflect.TypeOf(want) {
				t.Errorf("value %#v (%T), database/sql passes %#v (%T)", got[1].Value, got[1].Value, want, want)
			}
		})
	}
	t.Run("a value the driver cannot take is an error", func(t *testing.T) {
		if _, err := namedValues(nil, []any{struct{}{}}); err == nil {
			t.Error("namedValues(struct{}{}): no error")
		}
	})
}

func TestScanValue(t *testing.T) {
	var s string
	var n int64
	for _, tc := range []struct {
		name string
		dst  any
		v    driver.Value
		ok   bool
	}{
		{"text into a string", &s, "abc", true},
		{"bytes into a string", &s, []byte("abc"), true},
		{"an integer into an int64", &n, int64(42), true},
		{"text into an int64", &n, "42", false},
		{"NULL into a string", &s, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := scanValue(tc.dst, tc.v)
			if (err == nil) != tc.ok {
				t.Fatalf("scanValue(%T, %#v) error = %v, want ok %v", tc.dst, tc.v, err, tc.ok)
			}
		})
	}
	if s != "abc" || n != 42 {
		t.Errorf("stored %q and %d, want \"abc\" and 42", s, n)
	}
}

func TestEncodeWritesWhatMarshalWrites(t *testing.T) {
	title := "Tom & Jerry <live> at the \u2028 hall"
	st := &batchStmts{}
	for _, v := range []any{
		dateline.Analysis{ID: "a1", Title: &title, Language: "en", Flags: []string{"x"}},
		dateline.Analysis{},
		&dateline.Analysis{ID: "a1", Title: &title, Language: "en", Flags: []string{"x"}}, // AppendJSON
		&dateline.Analysis{},
		&dateline.Analysis{Quotes: []dateline.QuoteJSON{{Confidence: 0.25, Tone: &dateline.ToneJSON{Tone: 1e-7}}}},
		map[string]any{"b": []int{1, 2}, "a": "é\"\\"},
		"plain",
	} {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.encode(v)
		if err != nil {
			t.Fatalf("encode(%#v): %v", v, err)
		}
		if got != string(want) {
			t.Errorf("encode(%#v) = %s, json.Marshal gives %s", v, got, want)
		}
	}
	if _, err := st.encode(func() {}); err == nil {
		t.Error("encode(a func): no error")
	}
	nan := &dateline.Analysis{Amounts: []dateline.AmountJSON{{Value: math.NaN()}}}
	if _, err := st.encode(nan); err == nil {
		t.Error("encode(an analysis with a NaN): no error")
	}
}

func TestStringListWritesWhatMarshalWrites(t *testing.T) {
	for _, s := range [][]string{nil, {}, {"speaker"}, {"speaker", "actor"}, {"<a> & \u2028 \xff"}} {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if s == nil {
			want = []byte("[]")
		}
		if got := stringList(s); got != string(want) {
			t.Errorf("stringList(%q) = %s, want %s", s, got, want)
		}
	}
}
