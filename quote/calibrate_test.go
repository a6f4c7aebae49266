package quote

import (
	"strings"
	"testing"

	"dateline/text"
)

func TestEmbeddedCalibrationIsMonotoneIntoUnit(t *testing.T) {
	c, err := DefaultCalibration()
	if err != nil || c == nil {
		t.Fatalf("DefaultCalibration() = %v, %v; want the embedded map", c, err)
	}
	for _, k := range []text.QuoteKind{text.QuoteDirect, text.QuotePartial, text.QuoteIndirect} {
		t.Run(string(k), func(t *testing.T) {
			if len(c.knots[k]) < 2 {
				t.Fatalf("%d knots for %s, want at least 2", len(c.knots[k]), k)
			}
			prev := -1.0
			for i := 0; i <= 1000; i++ {
				raw := float64(i) / 1000
				got := c.Apply(k, raw)
				if got < 0 || got > 1 {
					t.Fatalf("Apply(%s, %v) = %v, outside [0,1]", k, raw, got)
				}
				if got < prev {
					t.Fatalf("Apply(%s, %v) = %v < %v at the raw confidence before: not monotone", k, raw, got, prev)
				}
				prev = got
			}
		})
	}
}

func TestCalibrationApply(t *testing.T) {
	c, err := ReadCalibration(strings.NewReader("# comment\ndirect\t0.2\t0.1\ndirect\t0.6\t0.5\ndirect\t0.8\t0.9\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		kind text.QuoteKind
		raw  float64
		want float64
	}{
		{"below the first knot takes its value", text.QuoteDirect, 0.1, 0.1},
		{"on a knot takes its value", text.QuoteDirect, 0.6, 0.5},
		{"between knots interpolates", text.QuoteDirect, 0.4, 0.3},
		{"between the last knots interpolates", text.QuoteDirect, 0.7, 0.7},
		{"above the last knot takes its value", text.QuoteDirect, 0.95, 0.9},
		{"a kind with no knots keeps the raw value", text.QuoteIndirect, 0.42, 0.42},
		{"a raw value above 1 is clamped first", text.QuoteIndirect, 1.5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Apply(tt.kind, tt.raw); got < tt.want-1e-9 || got > tt.want+1e-9 {
				t.Errorf("Apply(%s, %v) = %v, want %v", tt.kind, tt.raw, got, tt.want)
			}
		})
	}
	var none *Calibration
	if got := none.Apply(text.QuoteDirect, 0.3); got != 0.3 {
		t.Errorf("nil map: Apply = %v, want the raw 0.3", got)
	}
}

func TestReadCalibrationErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"two fields", "direct\t0.5\n", "want 3"},
		{"not a number", "direct\tx\t0.5\n", "invalid syntax"},
		{"outside the unit", "direct\t0.5\t1.2\n", "outside [0,1]"},
		{"a falling map", "direct\t0.5\t0.6\ndirect\t0.7\t0.4\n", "never fall"},
		{"raw out of order", "direct\t0.5\t0.6\ndirect\t0.5\t0.7\n", "rise in raw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCalibration(strings.NewReader(tt.in), "bad.tsv")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), `"bad.tsv"`) {
				t.Errorf("ReadCalibration(%q) error = %v, want one naming the file and saying %q", tt.in, err, tt.want)
			}
		})
	}
}

// TestQuoteConfidenceIsCalibrated finds quotes with the map off and on: each
// quote's confidence is the map applied to the rules' own.
func TestQuoteConfidenceIsCalibrated(t *testing.T) {
	c, err := DefaultCalibration()
	if err != nil || c == nil {
		t.Fatalf("DefaultCalibration() = %v, %v", c, err)
	}
	d := parsedDoc(t, "“We will rebuild the bridge,” Ruiz said on Tuesday.",
		[]string{"PUNCT/“/4/punct PRON/we/4/nsubj AUX/will/4/aux VERB/rebuild/10/ccomp DET/the/6/det NOUN/bridge/4/obj " +
			"PUNCT/,/4/punct PUNCT/”/4/punct PROPN/Ruiz/10/nsubj VERB/say/0/root ADP/on/12/case PROPN/Tuesday/10/obl PUNCT/./10/punct"},
		person{"Ana Ruiz", []string{"Ruiz"}})
	lex := testLexicon(t)
	m, _ := DefaultCueModel()
	raw := (&work{minReported: minReportedCue, model: m}).run(d, lex)
	cal := Find(d, lex)
	if len(raw) == 0 || len(raw) != len(cal) {
		t.Fatalf("%d quotes with the map off, %d with it on; want the same, at least one", len(raw), len(cal))
	}
	for i := range raw {
		want := c.Apply(raw[i].Kind, raw[i].Confidence)
		if cal[i].Confidence != want {
			t.Errorf("quote %d (%s): confidence %v, want the map of %v = %v", i, cal[i].Kind, cal[i].Confidence, raw[i].Confidence, want)
		}
		if want == raw[i].Confidence {
			t.Errorf("quote %d: the map leaves %v as it is; pick a quote it moves", i, want)
		}
	}
}
