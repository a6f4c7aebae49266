package timex

import (
	"strings"
	"testing"
	"time"
)

// TestLayersSkipOnlySentencesTheyCannotMatch runs the layers over each
// line of the invented text, and over lines that hold no time, as Find
// does: a layer that mayMatch skips must have no rule matching at any
// token of the sentence (it fails when a layer's node is not added to
// what the sentence has, or a class need is left out), and the base
// layer must skip the lines without a time word.
func TestLayersSkipOnlySentencesTheyCannotMatch(t *testing.T) {
	plain := []string{
		"The ferry left Brindlemoor with its cargo of quilts and a crate of pears.",
		"Councillors said the harbour wall would be rebuilt by the county.",
	}
	lines := append(strings.Split(invented, "\n"), plain...)
	c := &ctx{ref: time.Date(2031, 3, 4, 0, 0, 0, 0, time.UTC), hasRef: true}
	skipped := map[string]int{}
	for li, line := range lines {
		c.text = line
		var have sentenceHas
		layer := mergeNumbers(lex(nil, line, 0, len(line)), &have)
		have.gathered()
		c.base = layer
		for _, cs := range cascades {
			if !cs.mayMatch(&have.met) {
				skipped[cs.name]++
				if li >= len(lines)-len(plain) && cs.name == "base" {
					skipped["plain"]++
				}
				caps, best := make([]int, cs.maxLen), make([]int, cs.maxLen)
				for i := range layer {
					for _, r := range cs.rules {
						if end := r.pat.longest(layer, i, caps[:len(r.pat)], best[:len(r.pat)]); end > i {
							t.Errorf("layer %s skips %q, but rule %s matches %q", cs.name, line, r.name, line[layer[i].s:layer[end-1].e])
						}
					}
				}
				continue
			}
			if out, changed := cs.run(c, layer, nil); changed {
				layer = out
				have.addCats(catNode)
			}
		}
	}
	if skipped["plain"] != len(plain) {
		t.Errorf("the base layer skips %d of the %d lines without a time", skipped["plain"], len(plain))
	}
	if skipped["anchor"] == 0 || skipped["merge"] == 0 {
		t.Errorf("layers skipped: %v", skipped)
	}
}
