package quote

import "dateline/text"

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
		if s.title && (w.attributedClause(k) || w.exclaims(s) || w.calledAs(s) || w.verbAndColon(k)) {
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
			out = w.fromRegion(out, k, w.misreadRelative(ci))
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
			ci = w.misreadRelative(ci)
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
		lemma := w.lemma(x)
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
				l := w.lemma(up)
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
		if w.d.Tokens[x].UPOS == "VERB" && w.lex.Score(w.lemma(x), FrameQuote) >= minCommaCue {
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
	if b <= se.FirstToken || w.inQuote[b] >= 0 || w.lowWord(b) != "that" {
		return -1
	}
	for t := b - 1; t >= se.FirstToken; t-- {
		if w.inQuote[t] >= 0 {
			continue
		}
		if w.d.Tokens[t].UPOS != "VERB" {
			continue
		}
		if w.lex.Score(w.lemma(t), FrameQuote) >= minCommaCue {
			return w.addCue(t, FrameQuote, w.lex.Score(w.lemma(t), FrameQuote))
		}
		return -1 // the nearest verb is another's
	}
	return -1
}

// minGoverningCue is the least score of a verb governing a fragment.
const minGoverningCue = 0.3

// minFragmentWords is the shortest uncued fragment still taken as speech.
const minFragmentWords = 6

// misreadRelative returns the cue that reports cue ci's clause when the
// parse read a "that" complement as a relative clause (`Lee said at a rally
// in Ohio that Ruiz once described it as “…”`: "that" made the object of
// "described", which has an object of its own, and the clause hung on
// "rally"): the speech verb the noun hangs from. Else ci.
func (w *work) misreadRelative(ci int) int {
	v := w.cues[ci].tok
	if w.d.Tokens[v].Rel != "acl:relcl" {
		return ci
	}
	that, objs := -1, 0
	for _, k := range w.children(v) {
		switch w.d.Tokens[k].Rel {
		case "obj":
			objs++
			if lower(w.word(int(k))) == "that" && int(k) < v {
				that = int(k)
			}
		}
	}
	if that < 0 || objs < 2 {
		return ci
	}
	n := w.head(v)
	for step := 0; n >= 0 && step < 4; step++ {
		if w.d.Tokens[n].UPOS == "VERB" {
			l := w.lemma(n)
			if sc := w.lex.Score(l, FrameQuote); sc >= minCommaCue && w.inQuote[n] < 0 {
				return w.addCue(n, FrameQuote, sc)
			}
			return ci
		}
		n = w.head(n)
	}
	return ci
}

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
	if raisingVerbs[w.lemma(c.tok)] {
		return false
	}
	if c.tok < s.end {
		return true
	}
	for _, k := range w.children(c.tok) {
		if w.d.Tokens[k].Rel == "mark" && subordinators[lower(w.word(int(k)))] {
			return false
		}
	}
	return true
}
