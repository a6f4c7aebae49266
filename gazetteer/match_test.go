package gazetteer

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// span is a Match reduced to what the tests compare.
type span struct {
	text string
	kind Kind
	code string
}

func firstReadings(toks []string, ms []Match) []span {
	var out []span
	last := -1
	for _, m := range ms {
		if m.Start == last {
			continue // later readings of the same span
		}
		last = m.Start
		out = append(out, span{strings.Join(toks[m.Start:m.End], " "), m.Kind, m.Code})
	}
	return out
}

func TestMatch(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name string
		text string // tokens separated by spaces
		want []span
	}{
		{
			name: "title, nationality and name",
			text: "Ukrainian President Volodymyr Zelensky flew to Kyiv .",
			want: []span{{"Ukrainian", KindDemonym, "UKR"}, {"President", KindAgent, "GOV"},
				{"Volodymyr Zelensky", KindPerson, "UKRGOV"}, {"Kyiv", KindCity, "UKR"}},
		},
		{
			name: "longest phrase wins",
			text: "the Secretary of State met the Prime Minister",
			want: []span{{"Secretary of State", KindAgent, "GOV"}, {"Prime Minister", KindAgent, "GOV"}},
		},
		{
			name: "metonyms before their places",
			text: "The White House and the Kremlin disagreed , Downing Street said .",
			want: []span{{"White House", KindMetonym, "USAGOV"}, {"Kremlin", KindMetonym, "RUSGOV"},
				{"Downing Street", KindMetonym, "GBRGOV"}},
		},
		{
			name: "periods and abbreviations",
			text: "U.S. and U.K. officials at the U.N.",
			want: []span{{"U.S.", KindCountry, "USA"}, {"U.K.", KindCountry, "GBR"},
				{"officials", KindAgent, "GOV"}, {"U.N.", KindOrg, "IGOUNO"}},
		},
		{
			name: "lower-case common words are not names",
			text: "let us cook turkey in china dishes",
			want: nil,
		},
		{
			name: "agent words match in lower case",
			text: "the senator and two generals spoke to police",
			want: []span{{"senator", KindAgent, "LEG"}, {"generals", KindAgent, "MIL"}, {"police", KindAgent, "COP"}},
		},
		{
			name: "short acronyms only in capitals",
			text: "Is it true ? Un moment . UN staff left .",
			want: []span{{"UN", KindOrg, "IGOUNO"}},
		},
		{
			name: "regions and regional demonyms",
			text: "European leaders toured the Middle East and Southeast Asia",
			want: []span{{"European", KindDemonym, "EUR"}, {"Middle East", KindRegion, "MEA"}, {"Southeast Asia", KindRegion, "SEA"}},
		},
		{
			name: "diacritics and curly apostrophes",
			text: "Élysée officials visited Côte d’Ivoire",
			want: []span{{"Élysée", KindMetonym, "FRAGOV"}, {"officials", KindAgent, "GOV"}, {"Côte d’Ivoire", KindCountry, "CIV"}},
		},
		{
			name: "empty input",
			text: "",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := strings.Fields(tt.text)
			got := firstReadings(toks, g.Match(toks))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Match(%q)\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatchAllReadings(t *testing.T) {
	g := gaz(t)
	toks := strings.Fields("Officials in Brussels and Washington")
	var brussels, washington []Kind
	for _, m := range g.Match(toks) {
		switch toks[m.Start] {
		case "Brussels":
			brussels = append(brussels, m.Kind)
		case "Washington":
			washington = append(washington, m.Kind)
		}
	}
	if fmt.Sprint(brussels) != fmt.Sprint([]Kind{KindMetonym, KindCity}) {
		t.Errorf("Brussels readings = %v, want [metonym city]", brussels)
	}
	if len(washington) < 2 || washington[0] != KindCity {
		t.Errorf("Washington readings = %v, want the US capital first, then its homonyms", washington)
	}
}

func TestAppendMatchesReusesBuffer(t *testing.T) {
	g := gaz(t)
	toks := strings.Fields("NATO and the EU met in Geneva")
	buf := make([]Match, 0, 16)
	got := g.AppendMatches(buf, toks)
	if len(got) == 0 || &got[0] != &buf[:1][0] {
		t.Fatalf("AppendMatches did not append into the given buffer (got %d matches)", len(got))
	}
	long := strings.Fields(strings.Repeat("Russia and Ukraine . ", 40)) // > 128 tokens
	if n := len(firstReadings(long, g.Match(long))); n != 80 {
		t.Errorf("Match over %d tokens found %d names, want 80", len(long), n)
	}
}

// FuzzMatch checks that Match never panics and returns in-bounds,
// ordered, non-overlapping spans.
func FuzzMatch(f *testing.F) {
	g := gaz(f)
	for _, s := range []string{"U.S. President Donald Trump", "the White House", "Is UN", "é . .. ’", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := strings.Fields(s)
		end := 0
		for _, m := range g.Match(toks) {
			if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
				t.Fatalf("Match(%q): span [%d,%d) out of bounds", s, m.Start, m.End)
			}
			if m.Start < end && m.End != end {
				t.Fatalf("Match(%q): span [%d,%d) overlaps the previous one", s, m.Start, m.End)
			}
			end = m.End
		}
	})
}

// benchText is a news-like paragraph written for the benchmark.
const benchText = `Ukrainian President Volodymyr Zelensky met U.S. President Donald Trump at the White House on Monday , ` +
	`while European leaders , including French President Emmanuel Macron and German Chancellor Friedrich Merz , ` +
	`waited in an adjoining room . The Kremlin said Russian forces had advanced near the city , and NATO officials ` +
	`in Brussels warned that the talks could stall . Senators in Washington asked the Pentagon for a briefing on the ` +
	`weapons shipments , and the foreign ministers of several Gulf states called for a ceasefire by the end of the month .`

func BenchmarkMatch(b *testing.B) {
	g := gaz(b)
	toks := strings.Fields(benchText)
	buf := make([]Match, 0, 64)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf = g.AppendMatches(buf[:0], toks)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures building the gazetteer from the embedded data
// (Default does it once per process) and reports the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	var g *Gazetteer
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		runtime.ReadMemStats(&before)
		var err error
		start := time.Now()
		if g, err = load(dataFS); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(time.Since(start).Milliseconds()), "ms/load")
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
	runtime.KeepAlive(g)
}

func TestChildFindsEveryEdgePastTheKidBits(t *testing.T) {
	tr := &Default().trie
	rejected := 0
	for k, c := range tr.edges {
		parent, tok := int32(k>>32), int32(uint32(k))
		if got := tr.child(parent, tok); got != c {
			t.Fatalf("child(%d, %d) = %d, want %d", parent, tok, got, c)
		}
	}
	// Most tokens are no child of a node: the bits should turn away most
	// of them without the map.
	for n := int32(1); n < int32(len(tr.nodes)); n += 97 {
		for tok := int32(0); tok < 2000; tok++ {
			if tr.nodes[n].kids&kidBit(tok) == 0 {
				rejected++
			}
		}
	}
	if probes := 2000 * ((len(tr.nodes)-2)/97 + 1); rejected < probes/2 {
		t.Errorf("kid bits turned away %d of %d probes; want most", rejected, probes)
	}
}
