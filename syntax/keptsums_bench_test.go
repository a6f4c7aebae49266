package syntax

import (
	"testing"
	"time"

	"dateline/internal/cputime"
)

// BenchmarkKeptSums parses EWT dev twice per iteration with one model,
// once with the sums kept per head, stack top and front
// (labelcache.go, parsecache.go) and once looking every feature up, in
// alternating order, and reports the tokens per CPU second of each: on a
// shared machine two binaries run one after the other differ by more
// than the change, while two passes of one process over the same tables
// do not.
func BenchmarkKeptSums(b *testing.B) {
	m := loadFresh(b)
	sents := devSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	kept := func(on bool) {
		if on {
			m.groupTemplates() // kept sums, and every decision on all templates
			m.parseRest, m.parseWeak = append(m.parseRest, m.parseWeak...), nil
			return
		}
		m.labelByHead, m.labelHead = m.labelIDs, 0
		m.parseStack, m.parseTop, m.parseKids, m.parseRest, m.parseWeak = nil, nil, nil, m.parseState, nil
	}
	var s Sentence
	pass := func(on bool) time.Duration {
		kept(on)
		c0 := cputime.Now()
		for _, words := range sents {
			s.Words = words
			m.Parse(&s)
		}
		return cputime.Now() - c0
	}
	var with, without time.Duration
	on := true
	for b.Loop() {
		for range 2 {
			if d := pass(on); on {
				with += d
			} else {
				without += d
			}
			on = !on
		}
		on = !on // the other order next time
	}
	n := float64(tokens) * float64(b.N)
	b.ReportMetric(n/with.Seconds(), "kept-tokens/cpu-s")
	b.ReportMetric(n/without.Seconds(), "full-tokens/cpu-s")
	b.ReportMetric(without.Seconds()/with.Seconds(), "speedup")
	b.ReportMetric(0, "ns/op")
}
