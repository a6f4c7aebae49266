package quote

// Who the cue's subject is, where the parse is misleading: a passive
// with no agent, two clauses joined, a name read as a verb, a dateline.

// isPassive reports whether verb v is passive without an agent: it has a
// passive auxiliary, or a passive subject with a "be" or "get" beside it
// (a passive subject alone is a parse error: "Lee attacked Ruiz", "Lee
// has called for"), or it is a bare past participle heading an adverbial
// clause ("Asked about …, Lee said").
func (w *work) isPassive(v int) bool {
	aux, pass, be := false, false, false
	kids := w.children(v)
	for _, k := range kids {
		if w.inQuote[k] >= 0 {
			continue // "“… others are not,” said Lee" with "are" hung on "said"
		}
		switch w.d.Tokens[k].Rel {
		case "aux:pass":
			if l := w.lemma(int(k)); (l == "be" || l == "get") && !w.subjectBetween(kids, k, v) && !w.contractedHas(kids, int(k), v) {
				return true
			}
			aux = true // a name the tagger read as a verb ("Trump attacked")
		case "nsubj:pass":
			pass, aux = true, true
		case "aux":
			aux = true
			if l := w.lemma(int(k)); l == "be" || l == "get" {
				be = true
			}
		case "nsubj", "obl:agent":
			aux = true
		}
	}
	if pass && be {
		return true
	}
	// Taggers often read a participle opening the sentence as a past
	// tense; there, with no subject of its own, it is a participle all the
	// same. Elsewhere a past tense may be a finite verb whose subject the
	// parse lost ("…, Zelensky mentioned he's prepared").
	x := w.d.Tokens[v].XPOS
	first := v == w.d.Sentences[w.sentOf[v]].FirstToken
	return !aux && (x == "VBN" || x == "VBD" && first) && w.d.Tokens[v].Rel == "advcl" && !w.nameVerbBefore(v)
}

// subjectBetween reports whether among kids, the children of verb v, an
// active subject stands between the passive auxiliary at k and v: "is"
// then "Lee has vowed" is two clauses that the parse joined, and the
// subject's own verb is active. A passive's subject comes before its
// auxiliary, or after it only in a question, where it is nsubj:pass.
func (w *work) subjectBetween(kids []int32, k int32, v int) bool {
	for _, s := range kids {
		if k < s && int(s) < v && w.d.Tokens[s].Rel == "nsubj" {
			return true
		}
	}
	return false
}

// nameVerbBefore reports whether verb v hangs from a name right before
// it (across adverbs) that the tagger read as a verb: "Trump further
// described …" parsed as "described" an adverbial clause of "Trump".
// The name is the subject; the verb is no bare participle.
func (w *work) nameVerbBefore(v int) bool {
	h := w.head(v)
	if h < 0 || h >= v || w.mention[h] < 0 || !isVerbal(w.d.Tokens[h].UPOS) {
		return false
	}
	for t := h + 1; t < v; t++ {
		if w.d.Tokens[t].UPOS != "ADV" {
			return false
		}
	}
	return true
}

// pastDateline moves a subject off a dateline the parse took for it
// ("WASHINGTON (AP) — Senator Lee is reaffirming …", with the senator as
// an apposition of WASHINGTON): when a dash lies between the subject and
// the verb, the subject is the phrase after the dash: a second subject of
// the verb, or an apposition the parse hung on the dateline.
func (w *work) pastDateline(subj, v int) int {
	if subj < 0 || subj > v {
		return subj
	}
	dash := -1
	for t := subj + 1; t < v; t++ {
		if isDashWord(w.word(t)) { // (also the horizontal bar: "LEEDS ― Mayor Ruiz said")
			dash = t
		}
		if dash >= 0 {
			break
		}
	}
	if dash < 0 || w.nameMention(subj) && dash+1 < v && isRelativePronoun(w.word(dash+1)) && w.dashAfter(dash, v) {
		return subj // a name, then a relative clause between dashes: "Ruiz — who is a pilot — told"
	}
	for _, k := range w.children(v) {
		if r := w.d.Tokens[k].Rel; int(k) > dash && (r == "nsubj" || r == "nsubj:pass") {
			return int(k) // a second subject after the dash
		}
	}
	for _, k := range w.children(subj) {
		if int(k) > dash && int(k) < v && w.d.Tokens[k].Rel == "appos" {
			return int(k)
		}
	}
	if h := w.head(subj); h > dash && h <= v && isVerbal(w.d.Tokens[h].UPOS) {
		v = h // the verb the dateline is the subject of ("… will lead an effort to paint …")
	}
	if k := w.phraseAfterDash(dash, v); k >= 0 {
		return k
	}
	if k := w.mentionAfterDash(dash, v); k >= 0 {
		return k
	}
	return subj
}

// dashAfter reports whether a dash stands in (dash, v).
func (w *work) dashAfter(dash, v int) bool {
	for t := dash + 1; t < v; t++ {
		if isDashWord(w.word(t)) {
			return true
		}
	}
	return false
}

// mentionAfterDash is the last word of the first name or phrase with an
// entity between a dateline's dash and the verb, -1 for none: the parse of
// "LEEDS, 3 March - Acme Rail today announced …" hangs the date, the dash
// and the firm together on the city, so no phrase starts at the dash.
func (w *work) mentionAfterDash(dash, v int) int {
	for t := dash + 1; t < v; t++ {
		if m := w.mention[t]; m >= 0 && isNominal(w.d.Tokens[t].UPOS) {
			for t+1 < v && w.mention[t+1] == m {
				t++
			}
			return t
		}
	}
	return -1
}
