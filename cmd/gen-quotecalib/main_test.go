package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/quote"
	"dateline/text"
)

// synth makes n labels of kind k at raw confidence c, right e2e in right of them.
func synth(k text.QuoteKind, c float64, n, right int) []label {
	out := make([]label, n)
	for i := range out {
		out[i] = label{k, c, i < right, i < right}
	}
	return out
}

func TestFit(t *testing.T) {
	tests := []struct {
		name   string
		labels []label
		knots  int
	}{
		{"rising rates keep a knot per bin", append(synth(text.QuoteDirect, 0.32, 40, 10), synth(text.QuoteDirect, 0.82, 40, 35)...), 2},
		{"a falling rate is pooled with the bin before", append(append(synth(text.QuoteDirect, 0.32, 40, 30),
			synth(text.QuoteDirect, 0.52, 40, 10)...), synth(text.QuoteDirect, 0.82, 40, 38)...), 2},
		{"a thin bin is pooled with the next", append(synth(text.QuoteDirect, 0.12, 5, 0), synth(text.QuoteDirect, 0.52, 40, 20)...), 1},
		{"other kinds are left out", append(synth(text.QuoteIndirect, 0.12, 40, 0), synth(text.QuoteDirect, 0.52, 40, 20)...), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ks := fit(tt.labels, text.QuoteDirect, 20, 30)
			if len(ks) != tt.knots {
				t.Fatalf("fit gave %d knots %v, want %d", len(ks), ks, tt.knots)
			}
			for i, k := range ks {
				if k.Cal <= 0 || k.Cal >= 1 {
					t.Errorf("knot %d %v: calibrated value outside (0,1)", i, k)
				}
				if i > 0 && (k.Raw <= ks[i-1].Raw || k.Cal <= ks[i-1].Cal) {
					t.Errorf("knots %v and %v: not rising", ks[i-1], k)
				}
			}
		})
	}
}

func TestRunWritesAReadableMap(t *testing.T) {
	dir := t.TempDir()
	labels := filepath.Join(dir, "labels.tsv")
	// 65 of 100 partial quotes at 0.5 right end to end.
	var b strings.Builder
	for i := range 100 {
		right := "0\t0"
		if i < 65 {
			right = "1\t1"
		}
		b.WriteString("partial\t0.5\t" + right + "\n")
	}
	if err := os.WriteFile(labels, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "map.tsv")
	var w bytes.Buffer
	if err := run(labels, out, 20, 30, labels, out, &w); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := quote.ReadCalibration(f, out)
	if err != nil {
		t.Fatalf("the written map does not read back: %v", err)
	}
	// Laplace: (65+1)/(100+2).
	if got, want := c.Apply(text.QuotePartial, 0.5), 66.0/102; got < want-1e-3 || got > want+1e-3 {
		t.Errorf("Apply(partial, 0.5) = %v, want %v", got, want)
	}
	if !strings.Contains(w.String(), "ECE(e2e)") {
		t.Errorf("-eval printed %q, want a reliability table with ECE", w.String())
	}
}
