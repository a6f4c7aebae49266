package quote

// contractedHas reports whether the passive auxiliary k of verb v is a
// contracted "has" that the tagger read as "is": "who's called for more
// troops", "she's argued that …", "he's said the plan failed". The
// subject is a person ("who", "he", "she" or a person's name) and the
// verb has what an active verb of saying has, a clause or an object, or a
// preposition right after it with its noun ("called for …", "argued
// against …"), and no agent: a person "is called for" or "is argued"
// nothing, while "he's called a liar by …" is passive.
func (w *work) contractedHas(kids []int32, k, v int) bool {
	if wd := w.word(k); wd != "'s" && wd != "’s" || k >= v {
		return false
	}
	person, active := false, false
	for _, c := range kids {
		switch w.d.Tokens[c].Rel {
		case "nsubj:pass":
			switch lower(w.word(int(c))) {
			case "who", "he", "she":
				person = true
			default:
				person = w.entityTypeAt(int(c)) == "PERSON"
			}
		case "obl:agent":
			return false
		case "ccomp", "obj":
			active = true
		case "obl":
			if f, _ := w.subtree(int(c)); f == v+1 && w.d.Tokens[f].Rel == "case" {
				active = true
			}
		}
	}
	return person && active
}
