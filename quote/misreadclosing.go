package quote

// closingMisread reports whether noun token i is the verb of a closing
// attribution that the tagger read as a plural noun: "…, a county survey
// shows.", "…, the Gazette reports." The word ends in -s and only
// punctuation follows it in its sentence; before it, back to a comma,
// is a subject phrase (determiners, names, nouns, adjectives, numbers,
// possessives: no verb and no list's "and") whose last word is a
// singular noun or name, as a verb's -s asks. The lemma is one the
// lexicon reports in the closing frame, and the comma closes a clause,
// not a phrase cut off after an adjective, a preposition, a determiner
// or a conjunction ("…, broadband subscription plans." stays a noun).
// closingRegionRead then reads the content as for any closing cue.
func (w *work) closingMisread(i int) bool {
	if !w.sSeedAsNoun(i) {
		return false
	}
	s := w.d.Sentences[w.sentOf[i]]
	if i-2 <= s.FirstToken || i+1 >= s.EndToken {
		return false // a sentence's last word is its punctuation
	}
	for k := i + 1; k < s.EndToken; k++ {
		if !w.isPunct(k) || w.inQuote[k] >= 0 || w.word(k) == "," {
			return false
		}
	}
	if x := w.d.Tokens[i-1].XPOS; x != "NN" && x != "NNP" {
		return false
	}
	if w.lex.Score(w.lemma(i), FrameParataxis) < minReportedCue {
		return false
	}
	for k := i - 1; k > s.FirstToken && k >= i-maxSubjectTokens; k-- {
		if w.inQuote[k] >= 0 {
			return false
		}
		tk := &w.d.Tokens[k]
		switch {
		case w.word(k) == ",":
			switch w.d.Tokens[k-1].UPOS {
			case "ADJ", "ADP", "DET", "CCONJ", "SCONJ":
				return false
			}
			return k < i-1
		case tk.UPOS == "DET", tk.UPOS == "PROPN", tk.UPOS == "NOUN", tk.UPOS == "ADJ", tk.UPOS == "NUM",
			tk.XPOS == "PRP$", tk.XPOS == "POS":
		default:
			return false
		}
	}
	return false
}
