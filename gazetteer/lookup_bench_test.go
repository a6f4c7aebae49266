package gazetteer

import (
	"testing"

	"dateline/internal/cputime"
)

// lookupPhrases are names as the entity stage looks them up: a mention's
// words joined by spaces, found or not.
var lookupPhrases = []string{
	"the United States", "U.S.", "Foreign Minister", "Luis Vidal", "the Kremlin",
	"European Union", "Peruvian", "Lima", "Organization of American States",
	"Mr Brown", "Reading", "the Premier League", "Chancellor", "São Paulo",
	"Bank of England", "Google", "Tuesday", "New York Stock Exchange", "Côte d'Ivoire",
}

// BenchmarkLookup times Lookup on names written for it; the entity stage
// calls it for every mention it resolves.
func BenchmarkLookup(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	n := 0
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, p := range lookupPhrases {
			n += len(g.Lookup(p))
		}
	}
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
	if n == 0 {
		b.Fatal("no phrase found")
	}
}
