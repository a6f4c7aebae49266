package quote

// An inverted attribution may split a clause between its subject and its
// verb ("The trickiest thing, claimed Mr Vik, is the bow arm"): the parse
// then makes the subject the cue's and the name the next clause's, so the
// content began with the speaker's name ("Mr Vik, is the bow arm") and the fronted
// noun phrase spoke. The verb right after the second comma, finite and with
// no subject of its own before it, shows the split: the subject before the
// first comma is the reported clause's (not after a verb of naming: "His
// fund, called the Green Trust, will own it" names the fund).

// subjectlessFinite reports whether token t is a finite verb or auxiliary
// ("was", "would", "is") that opens what follows a comma: the rest of a
// clause whose subject came before.
func (w *work) subjectlessFinite(t int) bool {
	return t < len(w.d.Tokens) && w.inQuote[t] < 0 && w.finiteAt(t)
}

// speakerPhraseEnd returns the token after the name or noun phrase headed at
// subj that an inverted attribution names: the rest of a name the head was
// read inside of, and a phrase of "of" or "at" on it ("claimed the owners
// of the mill,").
func (w *work) speakerPhraseEnd(subj, end int) int {
	b := subj + 1
	for b < end && w.word(b) != "," {
		switch {
		case isNominal(w.d.Tokens[b].UPOS) || w.mention[b] >= 0:
		case (w.lowWord(b) == "of" || w.lowWord(b) == "at") && b+1 < end && isDescriptionStart(w.d.Tokens[b+1].UPOS):
		case w.d.Tokens[b].UPOS == "DET" && b > subj+1:
		default:
			return b
		}
		b++
	}
	return b
}

// loneAdverb reports whether [lo, hi) is one adverb ("Rather, claimed Mr
// Vik, the plan …"): it opens the clause the inverted attribution
// interrupts, as a longer phrase does.
func (w *work) loneAdverb(lo, hi int) bool {
	return w.words(lo, hi) == 1 && w.d.Tokens[lo].UPOS == "ADV"
}
