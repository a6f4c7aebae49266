package quote

// relativeSwallowed returns the subject of verb x that the parse gave to a
// relative clause before it: "Ana Ruiz, who lost her post in May, said
// that …" parsed with "lost" a clause of "said" holding both "Ruiz" and
// "who" as its subjects, and "said" with none. A clause has one subject;
// the name before the comma and the relative pronoun is the one its
// relative clause describes, and the verb after the clause is its. -1
// when x has a subject of its own or no clause before it holds such a
// pair.
func (w *work) relativeSwallowed(x int) int {
	kids := w.children(x)
	for _, c := range kids {
		if r := w.d.Tokens[c].Rel; r == "nsubj" || r == "nsubj:pass" || r == "expl" {
			return -1
		}
	}
	for _, c := range kids {
		if int(c) >= x || !isVerbal(w.d.Tokens[c].UPOS) || w.inQuote[c] >= 0 {
			continue
		}
		name, rel := -1, -1
		for _, k := range w.children(int(c)) {
			if w.d.Tokens[k].Rel != "nsubj" || w.inQuote[k] >= 0 {
				continue
			}
			if isRelativePronoun(w.word(int(k))) {
				rel = int(k)
			} else if rel < 0 && w.d.Tokens[k].UPOS != "PRON" {
				name = int(k)
			}
		}
		if name >= 0 && rel > name && w.commaBefore(rel) {
			return name
		}
	}
	return -1
}
