//go:build experiment

package syntax

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	pc "dateline/internal/perceptron"
)

// TestTagAlt trains one parser per variant (TAGALT: margins, comma-
// separated; "stats" none; 0 the baseline; rM (a) with the words too without the features, jM the runner-up
// features and the chooser of tagjoint_exp_test.go at margin M) on EWT train with the
// committed model's tagger, lexicon and templates, seed 1, and scores EWT
// dev with the committed tagger's tags (TAGALT_EPOCHS, default 10;
// TAGALT_SEED, the parser's seed, default 1; TAGALT_PARSERS, parsers
// averaged as Train's, default 1; not with the chooser, trained with each).
func TestTagAlt(t *testing.T) {
	dir := expDir(t)
	o, v, train, dev, load := expSetup(t, dir)
	o.Seed = 1
	if k, err := strconv.Atoi(os.Getenv("TAGALT_EPOCHS")); err == nil {
		o.ParseEpochs = k
	}
	pseed := o.Seed // the parser's; the jackknife's stays 1
	if k, err := strconv.ParseUint(os.Getenv("TAGALT_SEED"), 10, 64); err == nil {
		pseed = k
	}
	parsers, _ := strconv.Atoi(os.Getenv("TAGALT_PARSERS"))
	m := load("model/syntax.model.zst")
	alt := jackknifeAlt(t, dir, train, v, o)
	da := devAlt(m, dev)
	for _, thr := range []float32{20, 40} {
		altStats(t, "train (jackknifed)", alt, func(k int) []int32 { return train[k].tags }, thr)
		altStats(t, "dev", da, func(k int) []int32 { return dev[k].tags }, thr)
	}
	vs := os.Getenv("TAGALT")
	switch vs {
	case "":
		vs = "0,20,j20"
	case "stats":
		top2Oracle(t, m, dev, da)
		return
	}
	for _, v := range strings.Split(vs, ",") {
		joint, rich := strings.HasPrefix(v, "j"), strings.HasPrefix(v, "r")
		thr, err := strconv.ParseFloat(strings.TrimLeft(v, "jr"), 64)
		if err != nil {
			t.Fatalf("TAGALT %q: %v", v, err)
		}
		var f *altFeat
		switch {
		case joint:
			f = &altFeat{name: fmt.Sprintf("runner-up below %g, chosen at the front", thr), thr: float32(thr), joint: true}
		case rich:
			f = &altFeat{name: fmt.Sprintf("runner-up below %g, with words", thr), thr: float32(thr), rich: true}
		case thr > 0:
			f = &altFeat{name: fmt.Sprintf("runner-up below %g", thr), thr: float32(thr)}
		}
		var ps, ls []*pc.Model
		for k := 0; k < max(parsers, 1); k++ {
			trainAlt(m, train, alt, f, o, pseed+uint64(k)*1000, t.Logf)
			ps, ls = append(ps, m.parser), append(ls, m.labeler)
		}
		if len(ps) > 1 {
			if m.parser, err = pc.Average(ps...); err == nil {
				m.labeler, err = pc.Average(ls...)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		sc := m.getScratch()
		var c tally
		var right, before int
		cpu := cpuSeconds()
		for k, g := range dev {
			h, r, tags := parseAlt(m, sc, g, &da[k], f)
			c.add(g, m, h, r)
			for i, tg := range tags {
				right += b2i(tg == g.tags[i])
				before += b2i(da[k].Tags[i] == g.tags[i])
			}
		}
		cpu = cpuSeconds() - cpu
		t.Logf("RESULT %s: dev %s; tags right %d -> %d of %d (parser %d features; parsing %.0f words/cpu-s)", nameOf(f), c, before, right, c.n, m.parser.Features(), float64(c.n)/cpu)
	}
}

// altStats logs how many of a's words are unsure (margin below thr), how
// many of the tagging errors they hold and how often their runner-up is
// the gold tag.
func altStats(t *testing.T, name string, as []altTags, gold func(int) []int32, thr float32) {
	var words, wrong, unsure, wrongUnsure, altRight int
	for k, a := range as {
		g := gold(k)
		for i := range a.Tags {
			words++
			u := a.Alt[i] >= 0 && a.Margin[i] < thr
			unsure += b2i(u)
			if a.Tags[i] != g[i] {
				wrong++
				if u {
					wrongUnsure++
					altRight += b2i(a.Alt[i] == g[i])
				}
			}
		}
	}
	t.Logf("%s: %d words, %d mis-tagged; margin < %g: %d words, %d of the errors, runner-up right on %d", name, words, wrong, thr, unsure, wrongUnsure, altRight)
}

// top2Oracle parses dev with the committed parser, its tags corrected
// only where the gold tag is the runner-up of an unsure word: the most a
// choice between the tagger's two best tags could gain.
func top2Oracle(t *testing.T, m *Model, dev []*tsent, da []altTags) {
	sc := m.getScratch()
	for _, thr := range []float32{0, 20, 40, 80, inf} {
		var c tally
		fixed := 0
		for k, g := range dev {
			a := da[k].clone()
			for i := range a.Tags {
				if a.Alt[i] >= 0 && a.Margin[i] < thr && a.Alt[i] == g.tags[i] {
					a.Tags[i] = g.tags[i]
					fixed++
				}
			}
			h, r, _ := parseAlt(m, sc, g, a, nil)
			c.add(g, m, h, r)
		}
		t.Logf("committed parser, gold runner-up taken below margin %g (%d words): dev %s", thr, fixed, c)
	}
}
