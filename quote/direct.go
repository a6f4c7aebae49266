package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// cand is a quote before its speaker is resolved.
type cand struct {
	span  text.Span
	parts []text.Span // the stretches of a joined quotation (see join)
	kind  text.QuoteKind
	cue   int  // index into work.cues, -1
	cont  bool // no cue of its own: the speaker of the quote before
	first int  // first token, for ordering and the continuation rule
	conf  float64
}

// Bars a cue's lexicon score must pass, by use. A verb right next to a
// quotation needs little evidence ("“…,” she laughed" is rare, "said" is
// not); reported speech without marks needs more, as most verbs with a
// clause are not speech.
const (
	minQuoteCue    = 0.2
	minReportedCue = 0.35
)

// attributeStretches makes the quotes that come from quotation marks.
func (w *work) attributeStretches(out []cand) []cand {
	for k := range w.stretches {
		s := &w.stretches[k]
		if s.quote >= 0 {
			continue // already taken by a quote made from an earlier stretch
		}
		if o, ok := w.transcript(out, k); ok {
			out = o
			continue
		}
		if s.title && (w.attributedClause(k) || w.exclaims(s)) {
			s.title = false
		}
		if s.title && (!w.standsAlone(s) || w.wholeParagraph(s) && w.nearCue(k) < 0) {
			// A title in the writer's sentence, or a capitalised line of its
			// own with no cue, a subheading ('All Bets Are Off.').
			continue
		}
		if w.scareModifier(s) {
			continue
		}
		// A cue right next to the marks is the surest sign of a quotation;
		// then the cue whose content holds the stretch.
		if ci := w.nearCue(k); ci >= 0 {
			s.quote = len(out)
			w.usedCue[w.cues[ci].tok] = true
			kind := text.QuoteDirect
			if w.cues[ci].tok >= s.end && !w.opensSentence(s) && !w.afterColon(s) {
				kind = text.QuotePartial // `It is “the best deal,” said Lee.`
			}
			out = append(out, cand{span: s.Span, kind: kind, cue: ci, first: s.first,
				conf: 0.5 + 0.4*w.cues[ci].score})
			continue
		}
		if ci := w.resumedCue(k, out); ci >= 0 {
			s.quote = len(out)
			out = append(out, cand{span: s.Span, kind: text.QuoteDirect, cue: ci, first: s.first,
				conf: 0.5 + 0.4*w.cues[ci].score})
			continue
		}
		if ci := w.regionCue(s); ci >= 0 {
			out = w.fromRegion(out, k, ci)
			continue
		}
		if ci := w.adjoiningCue(s); ci >= 0 {
			c := &w.cues[ci]
			c.hi = max(c.hi, s.end)
			out = w.fromRegion(out, k, ci)
			continue
		}
		if w.standsAlone(s) {
			c := cand{span: s.Span, kind: text.QuoteDirect, cue: -1, cont: true, first: s.first, conf: 0.6}
			if ci := w.introCue(s); ci >= 0 {
				c.cue, c.cont, c.conf = ci, false, 0.5+0.4*w.cues[ci].score
			}
			s.quote = len(out)
			out = append(out, c)
			continue
		}
		// A fragment in the writer's sentence: the words of whoever the
		// verb governing it names ("welcomed the deal as “a big step”");
		// with no such verb a scare quote, a title or a name unless it is
		// long and reads like speech.
		if ci := w.governingCue(s); ci >= 0 {
			if o, ok := w.sameCueFragment(out, k, ci); ok {
				out = o
				continue
			}
			s.quote = len(out)
			w.usedCue[w.cues[ci].tok] = true
			out = append(out, cand{span: s.Span, kind: text.QuotePartial, cue: ci, first: s.first,
				conf: 0.4 + 0.4*w.cues[ci].score})
			continue
		}
		if ci := w.thatCue(s); ci >= 0 {
			s.quote = len(out)
			w.usedCue[w.cues[ci].tok] = true
			out = append(out, cand{span: s.Span, kind: text.QuotePartial, cue: ci, first: s.first,
				conf: 0.3 + 0.4*w.cues[ci].score})
			continue
		}
		if s.words >= minFragmentWords && !w.titleLike(s) {
			s.quote = len(out)
			out = append(out, cand{span: s.Span, kind: text.QuotePartial, cue: -1, first: s.first, conf: 0.2})
		}
	}
	return out
}

// scareModifier reports whether the stretch is a word or two describing
// the noun right after its closing mark (the “gun control” debate, its
// “provisional” role): a scare quote, the writer's way of keeping a
// distance from a label, not words anyone is reported to have said.
func (w *work) scareModifier(s *stretch) bool {
	if s.words > 2 {
		return false
	}
	after := s.end
	for after < len(w.d.Tokens) && w.inQuote[after] >= 0 {
		after++ // the closing mark
	}
	if after >= len(w.d.Tokens) || w.d.Tokens[after].UPOS != "NOUN" {
		return false
	}
	for t := s.first; t < s.end; t++ {
		if h := w.head(t); h >= s.first && h < s.end {
			continue
		} else if h != after {
			return false
		}
		switch w.d.Tokens[t].Rel {
		case "amod", "compound":
		default:
			return false
		}
	}
	return true
}

// resumedCue returns the cue of the quotation that stretch k resumes after
// an attribution that interrupts it (“Every plan,” Lee said, pointing at
// the map, “has a cost.”): the stretch before, in the same sentence, made
// a direct quote with a cue, ends with a comma, and a comma comes right
// before stretch k's opening mark. -1 otherwise.
func (w *work) resumedCue(k int, out []cand) int {
	if k == 0 {
		return -1
	}
	p, s := &w.stretches[k-1], &w.stretches[k]
	if p.quote < 0 || p.quote >= len(out) || p.sent1 != s.sent0 || out[p.quote].kind != text.QuoteDirect || out[p.quote].cue < 0 {
		return -1
	}
	if w.word(p.end-1) != "," || w.words(p.end, s.first) > maxInterruption+4 {
		return -1
	}
	b := tokenAt(w.d.Tokens, s.Open.Start) - 1
	if b < 0 || w.word(b) != "," {
		return -1
	}
	return out[p.quote].cue
}

// adjoiningCue returns the cue whose content, as parsed, stops right at
// the stretch's opening mark in the same sentence: the parse cut the
// content short ("Lee said the ruling “will cost us dearly”", with only
// "the ruling" as the object of "said"; "calling the plan “a disgrace”"),
// so the quoted words carry it on. Of several, the outermost, as in
// regionCue ("saying anybody who complains “is not …”" is the sayer's);
// -1 when none.
func (w *work) adjoiningCue(s *stretch) int {
	open := tokenAt(w.d.Tokens, s.Open.Start)
	best := -1
	for ci := range w.cues {
		c := &w.cues[ci]
		if c.score < minQuoteCue || c.hi != open || c.hi <= c.lo || c.frame == FrameQuote ||
			w.sentOf[c.tok] != int32(s.sent0) || w.usedCue[c.tok] {
			continue
		}
		if best < 0 || c.hi-c.lo > w.cues[best].hi-w.cues[best].lo {
			best = ci
		}
	}
	return best
}

// governingCue returns the cue verb that governs a quoted fragment in the
// parse: the nearest verb above it, reached without passing through a
// subject (a scare-quoted subject is not what its verb reports), that the
// lexicon knows as a cue. -1 when none.
func (w *work) governingCue(s *stretch) int {
	x := -1
	for t := s.first; t < s.end; t++ {
		if h := w.head(t); h >= 0 && (h < s.first || h >= s.end) {
			x = t
			break
		}
	}
	for step := 0; x >= 0 && step < 6; step++ {
		rel := w.d.Tokens[x].Rel
		if rel == "nsubj" || rel == "nsubj:pass" || rel == "csubj" {
			return -1
		}
		x = w.head(x)
		if x < 0 || w.inQuote[x] >= 0 {
			return -1
		}
		if w.d.Tokens[x].UPOS != "VERB" {
			continue
		}
		lemma := lower(w.d.Tokens[x].Lemma)
		if raisingVerbs[lemma] {
			return -1
		}
		sc := max(w.lex.Score(lemma, FrameQuote), w.lex.Score(lemma, FrameObj), w.lex.Score(lemma, FrameCcomp))
		if sc < minGoverningCue {
			return -1
		}
		if w.lex.Score(lemma, FrameQuote) < minCommaCue {
			// A verb that does not itself introduce speech (`said the
			// goal was to make him a “one-term mayor”`): the speech verb
			// whose complement holds its clause reports the fragment.
			if up := w.reportingVerbAbove(x); up >= 0 {
				l := lower(w.d.Tokens[up].Lemma)
				return w.addCue(up, FrameQuote, max(w.lex.Score(l, FrameQuote), w.lex.Score(l, FrameCcomp)))
			}
		}
		return w.addCue(x, FrameQuote, sc)
	}
	return -1
}

// reportingVerbAbove returns the verb that introduces speech (quote score
// minCommaCue) whose complement holds verb x's clause, through at most
// three complement or coordination links, outside quotation marks; -1
// when none.
func (w *work) reportingVerbAbove(x int) int {
	for step := 0; step < 3; step++ {
		switch w.d.Tokens[x].Rel {
		case "ccomp", "xcomp", "conj", "advcl":
		default:
			return -1
		}
		x = w.head(x)
		if x < 0 || w.inQuote[x] >= 0 {
			return -1
		}
		if w.d.Tokens[x].UPOS == "VERB" && w.lex.Score(lower(w.d.Tokens[x].Lemma), FrameQuote) >= minCommaCue {
			return x
		}
	}
	return -1
}

// thatCue returns the cue of a fragment that opens a "that" clause after
// a speech verb earlier in its sentence (`Lee told the paper on Friday
// that “nobody knows” who paid`), when the parse tied it to neither: the
// nearest verb before the "that" whose quote score passes minCommaCue.
// -1 when none.
func (w *work) thatCue(s *stretch) int {
	b := tokenAt(w.d.Tokens, s.Open.Start) - 1
	se := w.d.Sentences[s.sent0]
	if b <= se.FirstToken || w.inQuote[b] >= 0 || lower(w.word(b)) != "that" {
		return -1
	}
	for t := b - 1; t >= se.FirstToken; t-- {
		if w.inQuote[t] >= 0 {
			continue
		}
		if w.d.Tokens[t].UPOS != "VERB" {
			continue
		}
		if w.lex.Score(lower(w.d.Tokens[t].Lemma), FrameQuote) >= minCommaCue {
			return w.addCue(t, FrameQuote, w.lex.Score(lower(w.d.Tokens[t].Lemma), FrameQuote))
		}
		return -1 // the nearest verb is another's
	}
	return -1
}

// minGoverningCue is the least score of a verb governing a fragment.
const minGoverningCue = 0.3

// minFragmentWords is the shortest uncued fragment still taken as speech.
const minFragmentWords = 6

// regionCue returns the cue whose content holds most of the stretch, the
// outermost when several do ("Lee said she hopes to be “back by May”" is
// Lee's attribution, she and Lee being one), or -1.
func (w *work) regionCue(s *stretch) int {
	best, bestLen := -1, 0
	for ci := range w.cues {
		c := &w.cues[ci]
		if c.score < minQuoteCue || c.hi <= s.first || c.lo >= s.end || !w.mayFrame(c, s) {
			continue
		}
		in := 0
		for t := s.first; t < s.end; t++ {
			if c.inRegion(t) {
				in++
			}
		}
		if 2*in < s.end-s.first {
			continue
		}
		if n := c.hi - c.lo; best < 0 || n > bestLen {
			best, bestLen = ci, n
		}
	}
	return best
}

// mayFrame reports whether cue c may be the attribution of the quoted
// words of stretch s that its content holds: not when it is a verb after
// the quotation in a clause of its own, opened by a subordinator (`…
// “good enough,” while most said the same of Lee`), however the parse
// hangs the quotation on it.
func (w *work) mayFrame(c *cue, s *stretch) bool {
	if raisingVerbs[lower(w.d.Tokens[c.tok].Lemma)] {
		return false
	}
	if c.tok < s.end {
		return true
	}
	for _, k := range w.children(c.tok) {
		if w.d.Tokens[k].Rel != "mark" {
			continue
		}
		switch lower(w.word(int(k))) {
		case "while", "whereas", "although", "though", "because", "if", "when", "since", "unless":
			return false
		}
	}
	return true
}

// sameCueFragment adds stretch k to the partial quote just made, as one
// more of its parts, when that quote has cue ci too and ends in k's
// sentence with no verb between (`found that the air force is “the best
// in the world” and its navy is “the best in the region”`: one cue, one
// quote of its fragments). It returns out and whether it did.
func (w *work) sameCueFragment(out []cand, k, ci int) ([]cand, bool) {
	if len(out) == 0 {
		return out, false
	}
	p := &out[len(out)-1]
	s := &w.stretches[k]
	if p.kind != text.QuotePartial || p.cue != ci || p.span.End > s.Start ||
		int(w.sentOf[tokenAt(w.d.Tokens, p.span.End)-1]) != s.sent0 {
		return out, false
	}
	for t := tokenAt(w.d.Tokens, p.span.End); t < s.first; t++ {
		if w.inQuote[t] < 0 && w.d.Tokens[t].UPOS == "VERB" {
			return out, false // a verb of its own between: `and called for “…”`
		}
	}
	if p.parts == nil {
		p.parts = []text.Span{p.span}
	}
	p.parts = append(p.parts, s.Span)
	p.span.End = s.End
	s.quote = len(out) - 1
	return out, true
}

// fromRegion makes the quote of a cue whose content holds quotation
// marks: direct when the quoted words are (nearly) all of the content,
// partial otherwise, its text the quoted fragments.
func (w *work) fromRegion(out []cand, k, ci int) []cand {
	c := &w.cues[ci]
	words, quoted := 0, 0
	firstS, lastS := k, k
	for t := c.lo; t < c.hi; t++ {
		if !c.inRegion(t) || !isWordToken(w.d.Text, w.d.Tokens[t]) {
			continue
		}
		words++
		if q := w.quoted(t); q >= 0 {
			quoted++
			firstS, lastS = min(firstS, int(q)), max(lastS, int(q))
		}
	}
	share := float64(quoted) / float64(max(words, 1))
	if share >= 0.8 {
		// Each stretch of a direct quote is its own quote.
		for j := k; j <= lastS; j++ {
			s := &w.stretches[j]
			if s.quote >= 0 {
				continue
			}
			s.quote = len(out)
			out = append(out, cand{span: s.Span, kind: text.QuoteDirect, cue: ci, first: s.first,
				conf: 0.5 + 0.45*c.score})
		}
		return out
	}
	for lastS+1 < len(w.stretches) && w.coordinated(lastS, lastS+1) {
		lastS++ // “disgusting” and “a con”: one partial quote
	}
	span := text.Span{Start: w.stretches[firstS].Start, End: w.stretches[lastS].End}
	first := w.stretches[firstS].first
	// The text is the fragment however short (`accused him of “fanatic
	// recklessness”`), not the reported content around it: on PolNeAR
	// taking the whole content for a fragment of one or two words lost
	// direct end-to-end F1 (dev 0.876 against 0.870, train 0.788 against
	// 0.777).
	var parts []text.Span
	if lastS > firstS {
		// Several fragments: the quote's words are theirs, not the
		// writer's between them (called it “a mess” and said it was
		// “a waste”).
		for j := firstS; j <= lastS; j++ {
			parts = append(parts, w.stretches[j].Span)
		}
	}
	for j := firstS; j <= lastS; j++ {
		w.stretches[j].quote = len(out)
	}
	w.usedCue[c.tok] = true
	return append(out, cand{span: span, parts: parts, kind: text.QuotePartial, cue: ci, first: first, conf: 0.4 + 0.5*c.score})
}

// coordinated reports whether stretch j follows stretch i in the same
// sentence joined by a coordinator and at most two more words (“a con”
// and “a fraud”, “go vote” and then “go home”), by a list's comma or a
// relative pronoun with only function words between (“a liar” who is “a
// fraud,” a “bully”), by at most two function words or a dash (the
// words “no deal” were a “mistake”; the “rule” -- “…”), or by at most four
// words with no verb, name or pronoun among them, no clause nor anyone
// else between (who is “playing the crowd” in hopes that “…”), so that a
// partial quote holding i holds j too. j must not be a quote already.
func (w *work) coordinated(i, j int) bool {
	a, b := &w.stretches[i], &w.stretches[j]
	if b.quote >= 0 || b.title || a.sent1 != b.sent0 {
		return false
	}
	words, coord, other, clause := 0, false, false, false
	linked := a.end > a.first && w.word(a.end-1) == "," // “a liar,” a “bully”
	for t := a.end; t < b.first; t++ {
		if w.inQuote[t] >= 0 {
			continue
		}
		if !isWordToken(w.d.Text, w.d.Tokens[t]) {
			if w.word(t) == "," {
				linked = true
			}
			continue
		}
		words++
		switch w.d.Tokens[t].UPOS {
		case "VERB", "AUX", "PROPN", "PRON":
			clause = true // a clause or someone else between
		}
		switch strings.ToLower(w.word(t)) {
		case "and", "or", "but", "nor":
			coord = true
		case "who", "which", "that":
			linked = true
		case "a", "an", "the", "is", "are", "was", "were", "be", "as":
		default:
			other = true
		}
	}
	return words <= 3 && (coord || linked && !other) || words <= 2 && !other || words <= 4 && !clause
}

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
	if t := w.verbBefore(k); t >= 0 && (w.afterColon(s) || w.lex.Score(lower(w.d.Tokens[t].Lemma), FrameQuote) >= minCommaCue) {
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
	if w.lex.Score(lower(w.d.Tokens[b].Lemma), FrameQuote) < minCommaCue {
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
	for n := 0; t < sent.EndToken && n < 4*nearWindow; t, n = t+1, n+1 {
		if q := w.inQuote[t]; q >= 0 && !w.stretches[q].title {
			break
		}
		if w.d.Tokens[t].UPOS == "VERB" {
			if r := w.d.Tokens[t].Rel; (r == "acl" || r == "acl:relcl") && w.lex.Score(lower(w.d.Tokens[t].Lemma), FrameQuote) < minQuoteCue {
				continue
			}
			return t
		}
	}
	return -1
}

// bareParticiple reports whether token t is an -ing form with no subject
// of its own.
func (w *work) bareParticiple(t int) bool {
	if !strings.HasSuffix(lower(w.word(t)), "ing") {
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
	if t == subj || t >= sent.EndToken || strings.HasSuffix(lower(w.word(t)), "ing") {
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
	if up := w.d.Tokens[v].UPOS; up != "VERB" && !(up == "NOUN" && particle) || strings.HasSuffix(lower(w.word(v)), "ing") {
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
	if name < 0 {
		return -1
	}
	w.cues = append(w.cues, cue{tok: t, last: t, frame: FrameQuote, score: dashScore, subj: name, source: true,
		listener: -1, holeLo: -1, holeHi: -1, lo: t, hi: t})
	return len(w.cues) - 1
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
	c.listener = w.listenerOf(t, &c)
	w.cues = append(w.cues, c)
	return len(w.cues) - 1
}

// opensSentence reports whether only punctuation comes before the
// stretch's opening mark in its sentence.
func (w *work) opensSentence(s *stretch) bool {
	se := w.d.Sentences[s.sent0]
	for t := se.FirstToken; t < se.EndToken && w.d.Tokens[t].Start < s.Open.Start; t++ {
		if isWordToken(w.d.Text, w.d.Tokens[t]) {
			return false
		}
	}
	return true
}

// standsAlone reports whether the stretch is all there is of its
// sentences but for punctuation and at most one stray word.
func (w *work) standsAlone(s *stretch) bool {
	outside := 0
	for si := s.sent0; si <= s.sent1; si++ {
		se := w.d.Sentences[si]
		for t := se.FirstToken; t < se.EndToken; t++ {
			if w.inQuote[t] < 0 && isWordToken(w.d.Text, w.d.Tokens[t]) {
				outside++
			}
		}
	}
	return outside <= 1
}

// wholeParagraph reports whether the stretch with its marks is all there
// is of its paragraph.
func (w *work) wholeParagraph(s *stretch) bool {
	p := w.d.Paragraphs[paragraphAt(w.d.Paragraphs, s.Open.Start)]
	end := s.End
	if s.Close.End > 0 {
		end = s.Close.End
	}
	isBlank := func(x string) bool {
		for _, r := range x {
			if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				return false
			}
		}
		return true
	}
	return end <= p.End && isBlank(w.d.Text[p.Start:s.Open.Start]) && isBlank(w.d.Text[end:p.End])
}

// introCue finds the cue of a quotation introduced by the sentence before
// it ending in a colon ("Trump told reporters:" then the quotation).
func (w *work) introCue(s *stretch) int {
	if s.sent0 == 0 {
		return -1
	}
	prev := w.d.Sentences[s.sent0-1]
	last := prev.EndToken - 1
	if last < prev.FirstToken || w.word(last) != ":" {
		return -1
	}
	for t := last - 1; t >= prev.FirstToken; t-- {
		if ci := w.quoteCue(t); ci >= 0 {
			return ci
		}
	}
	if w.usedCue[last] || w.inQuote[last] >= 0 {
		return -1
	}
	return w.colonCue(last, prev.FirstToken, s.first, s.end)
}

// titleLike reports whether most words of the stretch are capitalised, as
// in the title of a film, a book or a slogan. Short words that titles
// leave in lower case ("of", "the", "a") after the first word are not
// counted ("State of the Union").
func (w *work) titleLike(s *stretch) bool {
	caps, words := w.capitalised(s)
	return 2*caps > words
}

// capitalised counts the words of the stretch that start with a capital
// or a digit, and the words that count, minor title words left out.
func (w *work) capitalised(s *stretch) (caps, words int) {
	for t := s.first; t < s.end; t++ {
		tok := w.d.Tokens[t]
		if !isWordToken(w.d.Text, tok) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.d.Text[tok.Start:])
		upper := unicode.IsUpper(r) || unicode.IsDigit(r)
		if !upper && words > 0 && (minorTitleWords[w.word(t)] || isClitic(w.word(t))) {
			continue
		}
		words++
		if upper {
			caps++
		}
	}
	return caps, words
}

// isClitic reports whether a token is the tail of a contraction ("n't",
// "'s"), which a title does not capitalise.
func isClitic(w string) bool {
	switch strings.ToLower(strings.ReplaceAll(w, "’", "'")) {
	case "n't", "'s", "'re", "'ll", "'ve", "'d", "'m":
		return true
	}
	return false
}

// minorTitleWords stay in lower case inside a title.
var minorTitleWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "from": true}
