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

// outOfQuote returns x, or, when the path up from cue v (outside any
// quotation) has reached a word inside one, the first word above it
// outside: "She said she was thinking, “…,” adding, “…”" with "adding"
// joined to the quoted clause's verb. A quotation's clause holds no
// attribution of the writer's; the verb that reports it does. Only a
// quoted verb or predicate is passed over; when the quotation holds the sentence's
// root, x stays: the words outside may still hang their subject on it.
func (w *work) outOfQuote(v, x int) int {
	if x < 0 || w.inQuote[v] >= 0 || w.inQuote[x] < 0 || !isVerbal(w.d.Tokens[x].UPOS) && !w.predicate(x) {
		return x // a word of a quoted fragment ("heard “a great many” … hurl") is the writer's
	}
	up := x
	for step := 0; up >= 0 && w.inQuote[up] >= 0 && step < 12; step++ {
		up = w.head(up)
	}
	if up < 0 || w.inQuote[up] >= 0 {
		return x
	}
	return up
}
