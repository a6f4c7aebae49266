package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The cue of a quotation read from its place: a verb right after the
// closing mark or right before the opening one, a dash signature, an
// attribution in the form dialogue gives it.

// nearCue finds a cue verb right after the closing mark ("…,” she said)
// or right before the opening one ("She said: “…”"), in the same sentence,
// when the parse did not tie the quotation to it. It returns an index into
// w.cues (adding the cue when needed), or -1.
func (w *work) nearCue(k int) int {
	if ci := w.dashCue(k); ci >= 0 {
		return ci
	}
	if ci := w.colonNameCue(k); ci >= 0 {
		return ci
	}
	var buf [2]int
	for _, t := range w.nearVerbs(k, buf[:0]) {
		if ci := w.quoteCue(t); ci >= 0 {
			return ci
		}
	}
	if t := w.dialogueVerbBefore(k); t >= 0 {
		ci := w.addCue(t, FrameQuote, dialogueScore)
		if c := &w.cues[ci]; c.subj < 0 {
			c.subj = t - 1
		}
		return ci
	}
	if t := w.dialogueVerbAfter(k); t >= 0 {
		ci := w.addCue(t, FrameQuote, dialogueScore)
		if c := &w.cues[ci]; c.subj < 0 {
			c.subj = t - 1 // the name or pronoun right before it
		}
		return ci
	}
	if t, sc := w.nounCueAfter(k); t >= 0 {
		ci := w.addCue(t, FrameQuote, sc)
		if c := &w.cues[ci]; c.subj < 0 && t > 0 && isNominal(w.d.Tokens[t-1].UPOS) {
			c.subj = t - 1 // the parse made the subject a compound of the verb read as a noun
		}
		return ci
	}
	return w.colonIntroCue(k)
}

// nearVerbs appends the verbs that may frame stretch k by their place: the
// first verb after its closing mark (“…,” Smith, a farmer, said), and the
// last verb before its opening mark when a colon or comma comes between
// (Smith said: “…”).
func (w *work) nearVerbs(k int, out []int) []int {
	s := &w.stretches[k]
	if w.opensSentence(s) || w.afterColon(s) {
		// A fragment is different: “…,” after it ends the writer's clause.
		if t := w.verbAfter(k); t >= 0 {
			if w.afterColon(s) && w.bareParticiple(t) {
				// `Lee said: “…,” adding that …`: the participle goes on
				// with the clause before the colon, whose verb frames
				// the quotation.
				if b := w.verbBefore(k); b >= 0 {
					out = append(out, b)
				}
			}
			out = append(out, t)
		}
	} else if t := w.invertedCueAfter(k); t >= 0 {
		// … unless the verb comes first with its subject after it: `It
		// is “the best deal,” said Lee.` is Lee's whole sentence.
		out = append(out, t)
	}
	if t := w.verbBefore(k); t >= 0 && (w.afterColon(s) || w.lex.Score(w.lemma(t), FrameQuote) >= minCommaCue) {
		out = append(out, t)
	} else if t := w.verbRightBefore(k); t >= 0 {
		out = append(out, t)
	}
	return out
}

// verbRightBefore returns the speech verb right before stretch k's opening
// mark, with no punctuation between, when the stretch opens with a
// capital and ends the sentence, as a quoted sentence does (`Lee declared
// “We are done.”`, `The crowd chanted “Four more years!”`): a verb whose
// quote score passes minCommaCue. A fragment in lower case is the verb's
// object or part of the writer's sentence (`called it “a mess”`); -1.
func (w *work) verbRightBefore(k int) int {
	s := &w.stretches[k]
	b := tokenAt(w.d.Tokens, s.Open.Start) - 1
	if b < w.d.Sentences[s.sent0].FirstToken || w.inQuote[b] >= 0 || w.d.Tokens[b].UPOS != "VERB" || s.first >= s.end {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(w.word(s.first)); !unicode.IsUpper(r) {
		return -1
	}
	if w.lex.Score(w.lemma(b), FrameQuote) < minCommaCue {
		return -1
	}
	// … and ends the writer's sentence: `claimed “Lee exaggerates” the
	// figures` quotes a fragment.
	se := w.d.Sentences[s.sent1]
	for t := s.end; t < se.EndToken; t++ {
		if !w.isPunct(t) {
			return -1
		}
	}
	return b
}

// minCommaCue is the least quote score of a verb before a comma and an
// opening mark: a comma also ends a fronted clause (`whatever choice they
// make, “…”`), so the verb must be one that introduces speech.
const minCommaCue = 0.4

// verbAfter returns the first verb after stretch k's closing mark, within
// nearWindow tokens of its sentence, or -1. A quotation that ends in a
// question or exclamation mark ends its sentence for the splitter, so its
// cue is looked for at the start of the next one (“Why?” she asked.).
func (w *work) verbAfter(k int) int {
	s := &w.stretches[k]
	sent := w.d.Sentences[s.sent1]
	t := s.end
	for t < sent.EndToken && w.isPunct(t) && (w.inQuote[t] < 0 || w.inQuote[t] == int32(k)) {
		t++
	}
	if t == sent.EndToken && s.sent1+1 < len(w.d.Sentences) {
		next := w.d.Sentences[s.sent1+1]
		// … and so does a period typed for the comma, when the next
		// sentence is a bare attribution (“… .” Lee said.).
		if paragraphAt(w.d.Paragraphs, next.Start) == paragraphAt(w.d.Paragraphs, sent.Start) &&
			(w.endsQuestion(s) || w.trailingCue(next.FirstToken, next.EndToken) >= 0) {
			t, sent = next.FirstToken, next
		}
	}
	// The speaker's name with its title, party and description may sit
	// between (“…,” Rep. Ana Ruiz (D-Ohio), a lawyer who sits on the
	// panel, said), so the window is wider than before the mark, a verb
	// of a clause describing a noun is passed over, and so is a nickname
	// in marks ("Cia").
	first := t
	for n := 0; t < sent.EndToken && n < 4*nearWindow; t, n = t+1, n+1 {
		if q := w.inQuote[t]; q >= 0 && !w.stretches[q].title {
			break
		}
		if w.d.Tokens[t].UPOS == "VERB" {
			if r := w.d.Tokens[t].Rel; (r == "acl" || r == "acl:relcl") && w.lex.Score(w.lemma(t), FrameQuote) < minQuoteCue {
				continue
			}
			if w.d.Tokens[t].Rel == "amod" && t > 0 && (t > first || w.d.Tokens[t-1].UPOS == "DET") && w.head(t) > t {
				// A participle describing the noun after it, behind a
				// determiner ("“…?” The proposed question …") or in the
				// speaker's description ("…,” Ana Ruiz, chief operating
				// officer of …, said"), attributes nothing; `“…,”
				// insisted Lee` parsed as a modifier still does.
				continue
			}
			if t > 0 && w.lowWord(t-1) == "to" && w.d.Tokens[t-1].UPOS == "PART" {
				// An infinitive belongs to the speaker's description
				// ("…,” Ana Ruiz, a lawyer for a group that went to
				// court to block the law, said): it attributes nothing.
				continue
			}
			if w.lex.Score(w.lemma(t), FrameQuote) < minQuoteCue && w.word(s.end-1) == "," && w.commaIn(first, t) {
				// A noun of the speaker's description, set off by
				// commas, that the tagger made a verb ("…,” Ana Ruiz,
				// head of the firm's sales arm, said"): the speech verb
				// after the description's closing comma.
				if c := w.cueAfterComma(t, sent.EndToken, first+4*nearWindow); c >= 0 {
					return c
				}
			}
			return t
		}
	}
	return -1
}

// cueAfterComma returns the first verb after a comma past token t, before
// end and limit, that introduces quotations (quote score at least
// minQuoteCue) and follows the comma right away; -1 when none.
func (w *work) cueAfterComma(t, end, limit int) int {
	for u := t + 1; u+1 < end && u < limit; u++ {
		if w.inQuote[u] >= 0 {
			return -1
		}
		if w.word(u) == "," && w.d.Tokens[u+1].UPOS == "VERB" &&
			w.lex.Score(w.lemma(u+1), FrameQuote) >= minQuoteCue {
			return u + 1
		}
	}
	return -1
}

// bareParticiple reports whether token t is an -ing form with no subject
// of its own.
func (w *work) bareParticiple(t int) bool {
	if !strings.HasSuffix(w.lowWord(t), "ing") {
		return false
	}
	for _, c := range w.children(t) {
		if r := w.d.Tokens[c].Rel; r == "nsubj" || r == "nsubj:pass" {
			return false
		}
	}
	return true
}

// dialogueVerbAfter returns the verb of an attribution the lexicon does
// not know, in the form dialogue gives it: a quotation opening its
// sentence and ending in a comma, question or exclamation mark inside its
// marks, then a name or pronoun, a verb in the past or present tense, at
// most a particle and the sentence's end or a comma (`“…,” Lee shot
// back.`, `“…?” she beamed.`). The comma inside the marks promises an
// attribution, whatever its verb. -1 when none.
func (w *work) dialogueVerbAfter(k int) int {
	s := &w.stretches[k]
	if s.end <= s.first || !w.opensSentence(s) {
		return -1
	}
	switch w.word(s.end - 1) {
	case ",", "?", "!":
	default:
		return -1
	}
	sent := w.d.Sentences[s.sent1]
	t := s.end
	for t < sent.EndToken && w.inQuote[t] == int32(k) {
		t++ // the closing mark
	}
	if w.word(s.end-1) != "," && t == sent.EndToken && s.sent1+1 < len(w.d.Sentences) {
		next := w.d.Sentences[s.sent1+1]
		t, sent = next.FirstToken, next // “…?” she beamed.
	}
	subj := t
	for t < sent.EndToken && t < subj+4 && (w.d.Tokens[t].UPOS == "PROPN" || w.d.Tokens[t].UPOS == "PRON" && t == subj) {
		t++
	}
	if t == subj || t >= sent.EndToken || strings.HasSuffix(w.lowWord(t), "ing") {
		return -1
	}
	if up := w.d.Tokens[t].UPOS; up != "VERB" && up != "NOUN" {
		return -1 // a tagger reads a past tense as a noun after a name ("Lee shot back")
	}
	if w.d.Tokens[subj].UPOS == "PRON" && !isPersonalPronoun(w.word(subj)) {
		return -1
	}
	// The attribution ends there, but for a particle: `shot back.`,
	// `fired back,`.
	v := t
	if t++; t < sent.EndToken && (w.d.Tokens[t].UPOS == "ADV" || w.d.Tokens[t].UPOS == "ADP") {
		t++
	}
	if t < sent.EndToken && !w.isPunct(t) {
		return -1
	}
	return v
}

// dialogueVerbBefore is dialogueVerbAfter the other way round: a name or
// pronoun, a verb, at most a particle and a comma right before a quotation
// that opens with a capital and ends the sentence (`After the debate, Lee
// shot back, “…”`). -1 when none.
func (w *work) dialogueVerbBefore(k int) int {
	s := &w.stretches[k]
	b := tokenAt(w.d.Tokens, s.Open.Start) - 1
	se := w.d.Sentences[s.sent0]
	if b-2 < se.FirstToken || w.inQuote[b] >= 0 || w.word(b) != "," || s.first >= s.end {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(w.word(s.first)); !unicode.IsUpper(r) {
		return -1
	}
	last := w.d.Sentences[s.sent1]
	for t := s.end; t < last.EndToken; t++ {
		if !w.isPunct(t) {
			return -1
		}
	}
	v, particle := b-1, false
	if up := w.d.Tokens[v].UPOS; (up == "ADV" || up == "ADP") && v-1 > se.FirstToken {
		v, particle = v-1, true // the particle: `shot back,`
	}
	// A past tense read as a noun only with its particle (`Lee shot
	// back,`): `a Southern accent,` is no attribution.
	if up := w.d.Tokens[v].UPOS; up != "VERB" && !(up == "NOUN" && particle) || strings.HasSuffix(w.lowWord(v), "ing") {
		return -1
	}
	subj := v - 1
	switch w.d.Tokens[subj].UPOS {
	case "PROPN":
	case "PRON":
		if !isPersonalPronoun(w.word(subj)) {
			return -1
		}
	default:
		return -1
	}
	return v
}

// dialogueScore: an unknown verb in a dialogue attribution.
const dialogueScore = 0.5

func isPersonalPronoun(s string) bool {
	switch lower(s) {
	case "he", "she", "they", "i", "we":
		return true
	}
	return false
}

// endsQuestion reports whether the stretch's last word is followed by a
// question or exclamation mark.
func (w *work) endsQuestion(s *stretch) bool {
	for t := s.end - 1; t >= s.first; t-- {
		switch w.word(t) {
		case "?", "!", "?!", "!?":
			return true
		}
		if !w.isPunct(t) {
			return false
		}
	}
	return false
}

// dashCue reads the attribution of a quotation signed with a dash and a
// name after it (“…” ― Jane Roe), as in collected reactions and
// epigraphs. It returns the cue, with the dash as its word, or -1.
func (w *work) dashCue(k int) int {
	s := &w.stretches[k]
	t := s.end
	for t < len(w.d.Tokens) && w.inQuote[t] == int32(k) {
		t++ // the closing mark
	}
	if t >= len(w.d.Tokens) || !isDashWord(w.word(t)) {
		return -1
	}
	name := -1
	for u := t + 1; u < len(w.d.Tokens) && u <= t+4 && w.d.Tokens[u].UPOS == "PROPN"; u++ {
		name = u
	}
	if name < 0 || !w.signatureEnds(name) {
		return -1
	}
	w.cues = append(w.cues, cue{tok: t, last: t, frame: FrameQuote, score: dashScore, subj: name, source: true,
		listener: -1, holeLo: -1, holeHi: -1, lo: t, hi: t})
	return len(w.cues) - 1
}

// signatureEnds reports whether the name ending at token name closes a
// signature: the line or sentence ends after it, or a comma, period or
// bracket follows ("― Jane Roe, Leeds."). A name the words go on from is
// no signature but a list item of its own: "- Rovers boss Tom Vik: “…”"
// labels the quotation after it, "- Rovers boss Tom Vik “…”" and
// "- Ruritania's Ana Ruiz has also …" open a new item, and none of them
// signs the quotation before the dash.
func (w *work) signatureEnds(name int) bool {
	n := name + 1
	if n >= len(w.d.Tokens) || w.sentOf[n] != w.sentOf[name] ||
		strings.Contains(w.d.Text[w.d.Tokens[name].End:w.d.Tokens[n].Start], "\n") {
		return true
	}
	switch w.word(n) {
	case ".", ",", ";", ")", "!", "?":
		return true
	}
	return false
}

// dashScore: a quotation signed with a dash and a name is that person's.
const dashScore = 0.8

func isDashWord(s string) bool {
	switch s {
	case "—", "―", "–", "-", "--":
		return true
	}
	return false
}

// verbBefore returns the last verb before stretch k's opening mark when a
// colon or comma comes between, within nearWindow tokens, or -1.
func (w *work) verbBefore(k int) int {
	s := &w.stretches[k]
	sent := w.d.Sentences[s.sent0]
	b := tokenAt(w.d.Tokens, s.Open.Start) - 1
	if b < sent.FirstToken || w.inQuote[b] >= 0 {
		return -1
	}
	if p := w.word(b); p != ":" && p != "," {
		return -1
	}
	for t, n := b-1, 0; t >= sent.FirstToken && n < nearWindow && w.inQuote[t] < 0; t, n = t-1, n+1 {
		if w.d.Tokens[t].UPOS == "VERB" {
			return t
		}
	}
	return -1
}

// nearWindow is how many tokens the positional cue search looks across.
const nearWindow = 8

// quoteCue returns the cue at token t when t is a verb that frames
// quotations, adding it to w.cues if findCues did not (a verb with no
// content of its own in the parse).
func (w *work) quoteCue(t int) int {
	tok := &w.d.Tokens[t]
	if tok.UPOS != "VERB" {
		return -1
	}
	sc := w.lex.Score(lower(tok.Lemma), FrameQuote)
	if sc < minQuoteCue {
		return -1
	}
	return w.addCue(t, FrameQuote, sc)
}

// addCue returns the cue at verb t, adding one with the given frame and
// score when findCues made none.
func (w *work) addCue(t int, f Frame, sc float64) int {
	for ci := range w.cues {
		if w.cues[ci].tok == t {
			return ci
		}
	}
	c := cue{tok: t, last: w.particle(t), frame: f, score: sc, subj: w.subjectOf(t),
		listener: -1, holeLo: -1, holeHi: -1, lo: t, hi: t}
	c.listener = w.listenerOf(t, &c, false)
	w.cues = append(w.cues, c)
	return len(w.cues) - 1
}
