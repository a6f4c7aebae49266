package dateline

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand"
	"testing"
	"unicode/utf8"
)

func ptr[T any](v T) *T { return &v }

// jsonSamples are strings and floats that exercise every escape and
// number form json.Marshal has.
var (
	jsonStrings = []string{"", "a", "Harbour Council", `say "no"`, `back\slash`, "tab\there", "line\nbreak\r\n",
		"\b\f\x00\x01\x1f\x7f", "<b>&amp;</b>", "caf\u00e9 \u2014 \u201cquoted\u201d", "\u2028\u2029", "bad \xff\xfe byte",
		"\xe2\x80", "emoji \U0001F600", "\u00a0nbsp", "'single'"}
	jsonFloats = []float64{0, 1, -1, 0.5, -2.75, 1.0 / 3, 100, 1e6, 1e20, 1e21, 1.5e21, 1e-6, 9.99e-7, 1e-7,
		-1e-9, 123456789.125, math.SmallestNonzeroFloat64, math.MaxFloat64, math.Copysign(0, -1)}
)

func randomAnalysis(r *rand.Rand) Analysis {
	str := func() string { return jsonStrings[r.Intn(len(jsonStrings))] }
	opt := func() *string {
		if r.Intn(3) == 0 {
			return nil
		}
		return ptr(str())
	}
	flt := func() float64 { return jsonFloats[r.Intn(len(jsonFloats))] }
	n := func() int { return r.Intn(4) }
	num := func() int { return r.Intn(2000) - 5 }
	strs := func() []string {
		switch r.Intn(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		s := make([]string, 1+n())
		for i := range s {
			s[i] = str()
		}
		return s
	}
	spans := func() []SpanJSON {
		if r.Intn(3) == 0 {
			return nil
		}
		s := make([]SpanJSON, n())
		for i := range s {
			s[i] = SpanJSON{num(), num()}
		}
		return s
	}
	tone := func() *ToneJSON {
		if r.Intn(2) == 0 {
			return nil
		}
		return &ToneJSON{flt(), flt(), flt(), flt(), num()}
	}
	a := Analysis{ID: str(), URL: opt(), Title: opt(), Author: opt(), Published: opt(), Language: str(), Source: str(),
		Flags: strs(), Text: str(), Sentences: spans(), Tone: tone(), Stages: strs()}
	if r.Intn(2) == 0 {
		a.Tokens = make([]TokenJSON, n())
		for i := range a.Tokens {
			a.Tokens[i] = TokenJSON{num(), num(), str(), str(), str(), num(), str()}
		}
	}
	if r.Intn(4) > 0 {
		a.Entities = make([]EntityJSON, n())
		for i := range a.Entities {
			e := EntityJSON{ID: str(), Name: str(), Type: str(), Country: opt(), Roles: strs(), Actor: opt()}
			if r.Intn(4) > 0 {
				e.Mentions = make([]MentionJSON, n())
				for k := range e.Mentions {
					e.Mentions[k] = MentionJSON{num(), num(), str(), str()}
				}
			}
			a.Entities[i] = e
		}
	}
	if r.Intn(4) > 0 {
		a.Quotes = make([]QuoteJSON, n())
		for i := range a.Quotes {
			q := QuoteJSON{ID: str(), Kind: str(), Text: str(), Start: num(), End: num(), Parts: spans(),
				Speaker: opt(), SpeakerName: opt(), Cue: opt(), Listener: opt(), Confidence: flt(), Tone: tone()}
			if r.Intn(2) == 0 {
				q.CueStart, q.CueEnd = ptr(num()), ptr(num())
			}
			if r.Intn(5) == 0 {
				q.CueEnd = nil
			}
			a.Quotes[i] = q
		}
	}
	actor := func() *ActorJSON {
		if r.Intn(3) == 0 {
			return nil
		}
		return &ActorJSON{opt(), str(), str()}
	}
	if r.Intn(4) > 0 {
		a.Events = make([]EventJSON, n())
		for i := range a.Events {
			a.Events[i] = EventJSON{str(), str(), num(), flt(), actor(), actor(), str(), opt(), num(), num(), str(), r.Intn(2) == 0}
		}
	}
	if r.Intn(4) > 0 {
		a.Times = make([]TimeJSON, n())
		for i := range a.Times {
			a.Times[i] = TimeJSON{str(), num(), num(), str(), str(), str(), str(), str()}
		}
	}
	if r.Intn(4) > 0 {
		a.Amounts = make([]AmountJSON, n())
		for i := range a.Amounts {
			a.Amounts[i] = AmountJSON{str(), num(), num(), str(), flt(), str(), r.Intn(2) == 0, str()}
		}
	}
	if r.Intn(4) > 0 {
		a.Commitments = make([]CommitJSON, n())
		for i := range a.Commitments {
			a.Commitments[i] = CommitJSON{opt(), opt(), str(), DueJSON{str(), str()}, str(), num(), num(), opt()}
		}
	}
	if r.Intn(3) == 0 {
		a.Error = &ErrorJSON{str(), str(), str()}
	}
	return a
}

// marshal is json.Marshal, or with escapeHTML false what an Encoder
// after SetEscapeHTML(false) writes (without its newline).
func marshal(v any, escapeHTML bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func TestAppendJSONIsMarshal(t *testing.T) {
	r := rand.New(rand.NewSource(29))
	for k := 0; k < 3000; k++ {
		a := randomAnalysis(r)
		for _, html := range []bool{true, false} {
			want, err := marshal(a, html)
			if err != nil {
				t.Fatal(err)
			}
			if m, _ := json.Marshal(a); html && !bytes.Equal(m, want) {
				t.Fatal("an Encoder and json.Marshal differ")
			}
			got, err := a.AppendJSON([]byte("prefix"), html)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got[len("prefix"):], want) || string(got[:len("prefix")]) != "prefix" {
				t.Fatalf("AppendJSON (escapeHTML %v) differs from encoding/json:\n got %s\nwant %s", html, got, want)
			}
		}
	}
	var zero Analysis
	want, _ := json.Marshal(zero)
	if got, _ := zero.AppendJSON(nil, true); !bytes.Equal(got, want) {
		t.Errorf("zero analysis: got %s, want %s", got, want)
	}
}

func TestAppendJSONEscapesEveryByteAsMarshal(t *testing.T) {
	for c := 0; c < 256; c++ {
		s := "x" + string([]byte{byte(c)}) + "y"
		a := Analysis{ID: s}
		for _, html := range []bool{true, false} {
			want, _ := marshal(a, html)
			if got, _ := a.AppendJSON(nil, html); !bytes.Equal(got, want) {
				t.Errorf("byte %#x (escapeHTML %v): got %s, want %s", c, html, got, want)
			}
		}
	}
	for _, f := range []float64{0.1, 2.5e-7, 3e22, -4.4e-10, 1e100, 5e-324} {
		a := Analysis{Tone: &ToneJSON{Tone: f}}
		want, _ := json.Marshal(a)
		if got, _ := a.AppendJSON(nil, true); !bytes.Equal(got, want) {
			t.Errorf("float %v: got %s, want %s", f, got, want)
		}
	}
}

func TestAppendJSONRefusesWhatMarshalRefuses(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		a := Analysis{Quotes: []QuoteJSON{{Confidence: f}}}
		if _, err := json.Marshal(a); err == nil {
			t.Fatalf("json.Marshal took %v", f)
		}
		if b, err := a.AppendJSON([]byte("x"), true); err == nil || string(b) != "x" {
			t.Errorf("AppendJSON of %v = %q, %v; want the buffer as it was and an error", f, b, err)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStrings {
		f.Add(s, 0.5)
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		a := Analysis{ID: s, Text: s, Flags: []string{s}, Amounts: []AmountJSON{{Text: s, Value: x}}}
		for _, html := range []bool{true, false} {
			want, err := marshal(a, html)
			got, gerr := a.AppendJSON(nil, html)
			if (err == nil) != (gerr == nil) {
				t.Fatalf("errors differ: %v, %v", err, gerr)
			}
			if err == nil && !bytes.Equal(got, want) {
				t.Errorf("escapeHTML %v: got %s, want %s", html, got, want)
			}
		}
	})
}

func TestSafe8IsTheTable(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	for k := 0; k < 200000; k++ {
		var b [8]byte
		for i := range b {
			switch r.Intn(4) {
			case 0:
				b[i] = byte(r.Intn(256))
			case 1:
				b[i] = "\"\\<>&\x1f\x20\x7f\x80\x00"[r.Intn(10)]
			default:
				b[i] = byte(0x20 + r.Intn(0x60))
			}
		}
		for _, html := range []bool{true, false} {
			table := &jsonSafe
			if !html {
				table = &jsonSafeNoHTML
			}
			want := true
			for _, c := range b {
				want = want && c < utf8.RuneSelf && table[c]
			}
			if got := safe8(load8(string(b[:]), 0), html); got != want {
				t.Fatalf("safe8(%q, html %v) = %v, want %v", b, html, got, want)
			}
		}
	}
}
