package quote

// clauseOverNoun returns the clause that participle cue v belongs to when
// it is set off by a comma and the parse hung it, or the path up from it
// at step, on a noun: "e-mailed reporters the text of the rule, arguing,
// “…”" with "arguing" joined to "text"; "was not impressed by the plan,
// telling reporters, “…”" with "telling" an adjective of "reporters". A
// participle after its clause's comma describes no noun; it says what the
// clause's subject says, so the search goes on from the verb or predicate
// above the noun. -1 when v is no such participle, the word reached is no
// noun or heads a clause itself, or no verb is above it.
func (w *work) clauseOverNoun(v, x, step int) int {
	if !w.participleAfterComma(v) {
		return -1
	}
	n := x
	if step == 0 {
		n = w.head(v)
	}
	if n < 0 || !isNominal(w.d.Tokens[n].UPOS) || w.predicate(n) {
		return -1
	}
	if up := w.predicateOf(n); up >= 0 && up != v {
		return up
	}
	return -1
}
