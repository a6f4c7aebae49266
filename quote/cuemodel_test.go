package quote

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestCueModelRoundTrip(t *testing.T) {
	m := NewCueModel(map[string]float64{"bias": -0.5, "k=say": 1.25, "sk=name:PERSON": 0.5}, 0.3)
	var a, b bytes.Buffer
	if err := m.WriteTo(&a, "test model"); err != nil {
		t.Fatal(err)
	}
	if err := m.WriteTo(&b, "test model"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of one model differ")
	}
	got, err := ReadCueModel(&a, "test")
	if err != nil {
		t.Fatal(err)
	}
	if got.Threshold() != 0.3 {
		t.Errorf("threshold = %v, want 0.3", got.Threshold())
	}
	tests := []struct {
		name  string
		feats []string
		want  float64
	}{
		{"no features is even", nil, 0.5},
		{"unknown features weigh nothing", []string{"k=shout"}, 0.5},
		{"weights add up", []string{"bias", "k=say", "sk=name:PERSON"}, 0.7773}, // σ(1.25)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p := got.Prob(tt.feats); p < tt.want-1e-3 || p > tt.want+1e-3 {
				t.Errorf("Prob(%q) = %.4f, want %.4f", tt.feats, p, tt.want)
			}
		})
	}
}

func gzBytes(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

func TestReadCueModelErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not gzip", []byte("bias\t1\n"), "gzip"},
		{"no tab", gzBytes("!threshold\t0.3\nbias 1\n"), "line 2"},
		{"not a number", gzBytes("!threshold\t0.3\nbias\tone\n"), "line 2"},
		{"not finite", gzBytes("!threshold\t0.3\nbias\tNaN\n"), "line 2"},
		{"no threshold", gzBytes("bias\t1\n"), "threshold"},
		{"threshold out of range", gzBytes("!threshold\t1.5\n"), "threshold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadCueModel(bytes.NewReader(tt.data), "m.tsv.gz")
			if err == nil || !strings.Contains(err.Error(), `"m.tsv.gz"`) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one naming \"m.tsv.gz\" and saying %q", err, tt.want)
			}
		})
	}
}

func FuzzReadCueModel(f *testing.F) {
	f.Add(gzBytes("# c\n!threshold\t0.3\nbias\t-1\nk=say\t2\n"))
	f.Add(gzBytes("!threshold\t2\n"))
	f.Add([]byte("x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadCueModel(bytes.NewReader(b), "fuzz")
		if err != nil {
			return
		}
		if th := m.Threshold(); th < 0 || th > 1 {
			t.Errorf("threshold %v read without error", th)
		}
		if p := m.Prob([]string{"bias", "k=say"}); !(p >= 0 && p <= 1) {
			t.Errorf("Prob = %v, want a probability", p)
		}
	})
}

// TestEmbeddedCueModel checks that the shipped weights load and decide
// sentences of our own the way a reader would.
func TestEmbeddedCueModel(t *testing.T) {
	m, err := DefaultCueModel()
	if err != nil || m == nil {
		t.Fatalf("DefaultCueModel() = %v, %v; want the embedded model", m, err)
	}
	tests := []struct {
		name, text string
		want       []string // indirect contents, in order
	}{
		{"a speech verb with a clause", "Grace Okafor said that the bakery would close in May.",
			[]string{"that the bakery would close in May"}},
		{"a verb the writer uses of a thing is not speech", "The storm forced the bakery to close for a week.", nil},
		{"a hiring is not speech", "The firm hired two engineers to fix the bridge.", nil},
		{"one content is one attribution however many cue words hold it",
			"The union issued a warning that the strike would go on.", []string{"that the strike would go on"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			var got []string
			for _, q := range d.Quotes {
				got = append(got, d.QuoteText(&q))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("quotes %q, want %q", got, tt.want)
			}
		})
	}
}

// TestContentEnds checks the ends a content may have (cueends.go) on hand
// parses: as parsed, to the end of the cue's clause, and to the end of the
// sentence unless the writer surely takes over.
func TestContentEnds(t *testing.T) {
	parse := func(sconj string) string {
		return "PROPN/Lee/2/nsubj VERB/share/0/root DET/the/4/det NOUN/news/2/obj ADP/on/6/case NOUN/radio/2/obl " +
			"PUNCT/,/10/punct SCONJ/" + sconj + "/10/mark PROPN/Ruiz/10/nsubj VERB/wait/2/advcl PUNCT/./2/punct"
	}
	tests := []struct {
		name, text, sconj string
		raw, ext, long    string // "" when the content has no such end
	}{
		{"a trailing while clause may be content", "Lee shared the news on radio, while Ruiz waited.", "while",
			"the news", "the news on radio", "the news on radio, while Ruiz waited"},
		{"a concession is the writer's", "Lee shared the news on radio, although Ruiz waited.", "although",
			"the news", "the news on radio", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, []string{parse(tt.sconj)})
			w := &work{all: true}
			w.reset(d, seedLexicon())
			w.findCues()
			c := w.cueAt(1)
			if c == nil {
				t.Fatal("no cue on shared")
			}
			span := func(hi int) string {
				if hi == 0 {
					return ""
				}
				return d.Text[d.Tokens[c.lo].Start:d.Tokens[hi-1].End]
			}
			if got := span(c.ends[endRaw]); got != tt.raw {
				t.Errorf("raw end: %q, want %q", got, tt.raw)
			}
			if got := span(c.ends[endExt]); got != tt.ext {
				t.Errorf("default end: %q, want %q", got, tt.ext)
			}
			if got := span(c.ends[endLong]); got != tt.long {
				t.Errorf("long end: %q, want %q", got, tt.long)
			}
			var seen []string
			w.eachEnd(c, func() { seen = append(seen, span(c.hi)) })
			if len(seen) == 0 || seen[0] != tt.ext || span(c.hi) != tt.ext {
				t.Errorf("eachEnd saw %q and left %q, want the default %q first and last", seen, span(c.hi), tt.ext)
			}
		})
	}
}

// TestFullContentEnd checks the full end (cueends.go) on hand parses: it
// runs over a verb conjoined to the cue and a gloss after a dash, and
// stops at a sequel of the speaker's, a participle after a dash, the end
// of a relative clause holding the cue and a quotation.
func TestFullContentEnd(t *testing.T) {
	tests := []struct {
		name, text, parse string
		cue               int
		full              string // "" when the content has no full end
	}{
		{"a verb conjoined to the cue", "Lee said the fee rose and blamed the new council.",
			"PROPN/Lee/2/nsubj VERB/say/0/root DET/the/4/det NOUN/fee/5/nsubj VERB/rise/2/ccomp " +
				"CCONJ/and/7/cc VERB/blame/2/conj DET/the/10/det ADJ/new/10/amod NOUN/council/7/obj PUNCT/./2/punct",
			1, "the fee rose and blamed the new council"},
		{"a gloss after a dash", "Lee said the fee rose — a burden for the bakers.",
			"PROPN/Lee/2/nsubj VERB/say/0/root DET/the/4/det NOUN/fee/5/nsubj VERB/rise/2/ccomp " +
				"PUNCT/—/8/punct DET/a/8/det NOUN/burden/2/appos ADP/for/11/case DET/the/11/det NOUN/baker/8/nmod PUNCT/./2/punct",
			1, "the fee rose — a burden for the bakers"},
		{"a participle after a dash is the writer's", "Lee said the fee rose — blaming the new council.",
			"PROPN/Lee/2/nsubj VERB/say/0/root DET/the/4/det NOUN/fee/5/nsubj VERB/rise/2/ccomp " +
				"PUNCT/—/7/punct VERB:VBG/blame/2/advcl DET/the/10/det ADJ/new/10/amod NOUN/council/7/obj PUNCT/./2/punct",
			1, ""},
		{"a sequel of the speaker's is not content", "Lee said the fee rose, and then she left the hall.",
			"PROPN/Lee/2/nsubj VERB/say/0/root DET/the/4/det NOUN/fee/5/nsubj VERB/rise/2/ccomp PUNCT/,/10/punct " +
				"CCONJ/and/10/cc ADV/then/10/advmod PRON/she/10/nsubj VERB:VBD/leave/2/conj DET/the/12/det NOUN/hall/10/obj PUNCT/./2/punct",
			1, ""},
		{"a relative clause holding the cue ends its content", "The union, which said the strike would go on, met the mayor on Monday.",
			"DET/the/2/det NOUN/union/12/nsubj PUNCT/,/5/punct PRON/which/5/nsubj VERB/say/2/acl:relcl DET/the/7/det " +
				"NOUN/strike/10/nsubj AUX/would/10/aux VERB/go/5/ccomp ADP/on/10/compound:prt PUNCT/,/5/punct VERB/meet/0/root " +
				"DET/the/14/det NOUN/mayor/12/obj ADP/on/16/case PROPN/Monday/12/obl PUNCT/./12/punct",
			4, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, []string{tt.parse})
			w := &work{all: true}
			w.reset(d, seedLexicon())
			w.findCues()
			c := w.cueAt(tt.cue)
			if c == nil {
				t.Fatalf("no cue on %q", w.word(tt.cue))
			}
			got := ""
			if f := c.ends[endFull]; f > 0 {
				got = d.Text[d.Tokens[c.lo].Start:d.Tokens[f-1].End]
			}
			if got != tt.full {
				t.Errorf("full end %q, want %q", got, tt.full)
			}
		})
	}
}

// TestCueModelKnowsTheFeatures checks that the embedded weights were made
// from the features the code makes now: after a change to cuefeat.go the
// model must be regenerated (cmd/gen-cues -model), or most features of a
// document would weigh nothing.
func TestCueModelKnowsTheFeatures(t *testing.T) {
	m, err := DefaultCueModel()
	if err != nil || m == nil {
		t.Fatalf("DefaultCueModel() = %v, %v; want the embedded model", m, err)
	}
	b := testArticle(t)
	lex := testLexicon(t)
	cands, _, _ := ReportedCandidates(analyse(t, string(b)), lex, true)
	known, all := 0, 0
	kinds := map[string]bool{} // feature names ("k", "sk", …) the model knows
	for f := range m.w {
		name, _, _ := strings.Cut(f, "=")
		kinds[name] = true
	}
	for _, c := range cands {
		for _, f := range c.Features {
			all++
			if _, ok := m.w[f]; ok {
				known++
			}
			if name, _, _ := strings.Cut(f, "="); !kinds[name] {
				t.Errorf("feature %q: the model has no feature of its kind; regenerate it", f)
				kinds[name] = true // once per kind
			}
		}
	}
	if len(cands) == 0 || 2*known < all {
		t.Errorf("%d candidates, %d of %d features known to the model; want candidates and at least half known", len(cands), known, all)
	}
}
