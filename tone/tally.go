package tone

import "dateline/text"

// tally counts a text's words and the signs of their lexicon entries as
// Score reads them, with negation and phrases.
type tally struct {
	words, pos, neg int
	negLeft         int     // words the last negator still reaches
	counted         [2]int8 // the signs the last two words added
}

// clause ends a clause: a negator does not reach past it.
func (t *tally) clause() { t.negLeft = 0 }

// add counts a word whose entry scores score and covers span words (2 or
// 3 for a phrase that ends at the word); negates says the word is a
// negator, reaching the next negWindow words.
func (t *tally) add(score int8, span int, negates bool) {
	t.words++
	if span > 1 {
		// The phrase carries its own negation ("not good", "can't
		// stand"), and its first words were counted alone: take that back.
		t.negLeft = 0
		for k := 0; k < span-1; k++ {
			switch {
			case t.counted[k] > 0:
				t.pos--
			case t.counted[k] < 0:
				t.neg--
			}
			t.counted[k] = 0
		}
	}
	if t.negLeft > 0 {
		score = -score
		t.negLeft--
	}
	switch {
	case score > 0:
		t.pos++
	case score < 0:
		t.neg++
	}
	t.counted[1], t.counted[0] = t.counted[0], score
	if negates {
		t.negLeft = negWindow
	}
}

// tone is the tally as percentages of the words.
func (t *tally) tone() *text.Tone {
	out := &text.Tone{Words: t.words}
	if t.words > 0 {
		out.Positive = 100 * float64(t.pos) / float64(t.words)
		out.Negative = 100 * float64(t.neg) / float64(t.words)
		out.Tone = out.Positive - out.Negative
		out.Polarity = out.Positive + out.Negative
	}
	return out
}
