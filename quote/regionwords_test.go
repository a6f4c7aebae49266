package quote

import "testing"

// TestRegionWordsAsCounted compares regionWords, read from reset's counts,
// with the word tokens of each cue's content counted one by one, its hole
// left out, and quotedIn with a token-by-token search, on every cue of two
// documents (one with a cue inside its content: "The plan, he said, is
// dead"). It fails when the hole is counted, or a span's ends are read
// one token off.
func TestRegionWordsAsCounted(t *testing.T) {
	lex := testLexicon(t)
	w := &work{minReported: minReportedCue}
	holes := 0
	for _, txt := range []string{
		string(testArticle(t)),
		"The harbour plan, the chairwoman said on Monday, is dead. “It was never funded,” a pilot said, " +
			"and the union warned that “nobody” would pay.\n",
	} {
		d := analyse(t, txt)
		w.reset(d, lex)
		w.findCues()
		for ci := range w.cues {
			c := &w.cues[ci]
			want, quoted := 0, false
			for k := c.lo; k < c.hi; k++ {
				if c.inRegion(k) && isWordToken(d.Text, d.Tokens[k]) {
					want++
				}
				quoted = quoted || w.quoted(k) >= 0
			}
			if got := w.regionWords(c); got != want {
				t.Errorf("cue %q [%d,%d) hole [%d,%d): %d words, want %d", w.word(c.tok), c.lo, c.hi, c.holeLo, c.holeHi, got, want)
			}
			if got := w.quotedIn(c.lo, c.hi); got != quoted {
				t.Errorf("cue %q: quotedIn %v, want %v", w.word(c.tok), got, quoted)
			}
			if c.holeLo >= 0 {
				holes++
			}
		}
	}
	if holes == 0 {
		t.Fatal("no cue with a hole: the test reads too little")
	}
}
