package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestExtractQuoteConfidence: --quote-confidence raw gives the same quotes
// with the rules' own confidences, which the default maps to calibrated
// ones; any other value is a usage error naming the flag.
func TestExtractQuoteConfidence(t *testing.T) {
	in := `{"id":"a","published":"2025-03-04","text":"The harbour bridge will reopen in May, Mayor Ana Ruiz said on Tuesday. ` +
		`\"We have waited long enough,\" she told reporters. The council believes the repairs will cost less than planned."}` + "\n"
	extract := func(t *testing.T, args ...string) []map[string]any {
		t.Helper()
		var out, errb bytes.Buffer
		args = append(append([]string{"extract", "--format", "jsonl"}, args...), "-")
		if code := run(context.Background(), args, strings.NewReader(in), &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d, stderr %s", args, code, errb.String())
		}
		var a struct{ Quotes []map[string]any }
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		return a.Quotes
	}
	cal, raw := extract(t), extract(t, "--quote-confidence", "raw")
	if len(cal) < 2 || len(cal) != len(raw) {
		t.Fatalf("%d calibrated and %d raw quotes; want the same, at least two", len(cal), len(raw))
	}
	moved := 0
	for i := range cal {
		c, r := cal[i]["confidence"].(float64), raw[i]["confidence"].(float64)
		if r < 0 || r > 1 {
			t.Errorf("quote %d: raw confidence %v outside [0,1]", i, r)
		}
		if c != r {
			moved++
		}
		delete(cal[i], "confidence")
		delete(raw[i], "confidence")
		cj, _ := json.Marshal(cal[i])
		rj, _ := json.Marshal(raw[i])
		if !bytes.Equal(cj, rj) {
			t.Errorf("quote %d differs beyond its confidence:\ncalibrated %s\nraw        %s", i, cj, rj)
		}
	}
	if moved == 0 {
		t.Error("no confidence differs between calibrated and raw")
	}

	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"extract", "--quote-confidence", "guessed", "-"}, strings.NewReader(in), &out, &errb); code != 2 ||
		!strings.Contains(errb.String(), "--quote-confidence") {
		t.Errorf("--quote-confidence guessed: exit %d, stderr %q; want 2 and a message naming the flag", code, errb.String())
	}
}
