package quote

// findsOneself reports whether cue verb v is "find" with a reflexive
// object right after it: "The hosts found themselves two goals down",
// "You will find yourself replaying the level" tell where someone ended
// up, not what anyone found out or holds.
func (w *work) findsOneself(v int) bool {
	return w.lemma(v) == "find" && v+1 < len(w.d.Tokens) && reflexivePronouns[w.lowWord(v+1)]
}

// reflexivePronouns are the "-self" pronouns.
var reflexivePronouns = map[string]bool{"myself": true, "yourself": true, "himself": true, "herself": true,
	"itself": true, "ourselves": true, "yourselves": true, "themselves": true, "oneself": true}
