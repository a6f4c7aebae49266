package quote

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"sync"

	"dateline/entity"
	"dateline/text"
)

// Config chooses how the stage runs. The zero value is the default.
type Config struct {
	// WithoutEntities drops the "entities" requirement, for pipelines that
	// have no entity stage (tests, tools): quotes are found as usual, but
	// with no entities to point at every speaker and listener is -1.
	WithoutEntities bool
	// Lexicon scores cue verbs; nil is the embedded one.
	Lexicon *Lexicon
	// JoinParts makes one quote of every quotation split by its
	// attribution, its span running over the attribution, as corpora such
	// as PolNeAR annotate it. By default a quotation goes on across an
	// attribution that is all of its sentence (“…,” she said at a rally.
	// “…”), but not across a writer's sentence, reported speech (“…,” she
	// said, noting that … . “…”) or a written statement's attribution
	// (“…,” she said in a statement. “…”): the next part is then its own
	// quote with the same speaker.
	JoinParts bool
	// MinReported is the least lexicon score of a cue for reported speech
	// (no quotation marks) to be kept, in place of the cue model (see
	// CueModel); 0 means the model, or the bar 0.35 when the binary has no
	// model. Lower finds more stance and intention ("wants to", "plans")
	// at the cost of precision.
	MinReported float64
	// RawConfidence keeps the confidences the rules give, before the
	// calibration map (see Calibration): the map is fitted from them
	// (cmd/gen-quotecalib).
	RawConfidence bool
}

// Stage is the quotes.v1 stage: direct, partial and reported speech with
// speakers, cues and listeners. It keeps no per-document state, so one
// Stage serves any number of goroutines.
type Stage struct {
	cfg  Config
	pool sync.Pool // *work
}

// NewStage returns the stage with the default configuration.
func NewStage() *Stage { return &Stage{} }

// NewStageWith returns the stage with the given configuration.
func NewStageWith(cfg Config) *Stage { return &Stage{cfg: cfg} }

func (*Stage) Name() string { return "quotes.v1" }

func (s *Stage) Requires() []string {
	if s.cfg.WithoutEntities {
		return []string{"sentences", "tokens", "syntax"}
	}
	return []string{"sentences", "tokens", "syntax", "entities"}
}

func (*Stage) Assigns() []string { return []string{"quotes"} }

// Process finds the quotes of d and sets d.Quotes, in text order.
func (s *Stage) Process(ctx context.Context, d *text.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var err error
	lex := s.cfg.Lexicon
	if lex == nil {
		if lex, err = DefaultLexicon(); err != nil {
			return err
		}
	}
	w, _ := s.pool.Get().(*work)
	if w == nil {
		w = &work{}
	}
	defer s.pool.Put(w)
	w.minReported = cmp.Or(s.cfg.MinReported, minReportedCue)
	w.model = nil
	if s.cfg.MinReported == 0 {
		if w.model, err = DefaultCueModel(); err != nil {
			return err
		}
	}
	w.calib = nil
	if !s.cfg.RawConfidence {
		if w.calib, err = DefaultCalibration(); err != nil {
			return err
		}
	}
	w.joinParts = s.cfg.JoinParts
	w.addSources = !s.cfg.WithoutEntities
	d.Quotes = w.run(d, lex)
	// "I" and "we" inside a quotation are its speaker.
	for _, q := range d.Quotes {
		if q.Kind != text.QuoteIndirect && q.Speaker >= 0 {
			for _, p := range q.Pieces() {
				entity.LinkQuotePronouns(d, p, q.Speaker)
			}
		}
	}
	return nil
}

// Find returns the quotes of a segmented and parsed document (entities are
// used when present) without changing it.
func Find(d *text.Document, lex *Lexicon) []text.Quote {
	m, _ := DefaultCueModel()    // an unreadable model falls back to the bar
	c, _ := DefaultCalibration() // an unreadable map leaves the rules' confidence
	return (&work{minReported: minReportedCue, model: m, calib: c}).run(d, lex)
}

func (w *work) run(d *text.Document, lex *Lexicon) []text.Quote {
	w.reset(d, lex)
	if len(d.Tokens) == 0 {
		return nil
	}
	w.findCues()
	cands := w.attributeStretches(w.cands[:0])
	cands = w.reported(cands)
	cands = w.fragmentClauses(cands)
	slices.SortStableFunc(cands, func(a, b cand) int { return a.span.Start - b.span.Start })
	cands = w.join(cands)
	cands = w.laterFragments(cands)
	w.cands = cands
	return w.resolve(cands)
}

// join merges each part of a quotation split by its attribution into the
// part before it: a direct quote with no cue, or with the cue of the part
// before, that follows it in the same paragraph with only that cue's
// sentence between (see joins and plainAttribution).
func (w *work) join(cands []cand) []cand {
	out := cands[:0]
	for _, c := range cands {
		if i := w.joinTarget(out, c); i >= 0 {
			a := &out[i]
			if a.parts == nil {
				a.parts = []text.Span{a.span}
			}
			a.parts = append(a.parts, c.span)
			a.span.End = c.span.End
			continue
		}
		out = append(out, c)
	}
	return out
}

// joins reports whether direct quote b is the rest of quotation a, split
// by a's attribution (see join).
func (w *work) joins(a, b cand) bool {
	if a.cue < 0 || b.cue >= 0 && b.cue != a.cue || !w.joinable(a, b) {
		return false
	}
	if w.onlyCueBetween(a, b, maxInterruption+4) && (w.joinParts || w.interrupted(a, b)) {
		return true
	}
	// An attribution may name its speaker at length (“…,” said Ana
	// Ruiz, a lawyer who has argued such cases for years. “…”).
	return (w.onlyCueBetween(a, b, maxAttribution) || w.nextParagraph(a, b)) && w.plainAttribution(a, b)
}

// maxAttribution is the most words a bare attribution may have.
const maxAttribution = 30

// interrupted reports whether the attribution between quotes a and b
// breaks one sentence: a ends with a comma inside its marks and a comma
// comes right before b's opening mark (“We tried,” she said, “but …”).
func (w *work) interrupted(a, b cand) bool {
	last := tokenAt(w.d.Tokens, a.span.End) - 1
	if last < 0 || w.word(last) != "," {
		return false
	}
	t := b.first - 1
	for t >= 0 && w.inQuote[t] >= 0 && w.inQuote[t] == w.inQuote[b.first] {
		t-- // the opening mark
	}
	return t >= 0 && w.word(t) == ","
}

func (w *work) hasChildRel(t int, rel string) bool {
	for _, k := range w.children(t) {
		if w.d.Tokens[k].Rel == rel {
			return true
		}
	}
	return false
}

// relativeSubject returns the relative pronoun (who, which) that is the
// subject of clause t, so that the clause describes a noun rather than
// adding a remark; -1 when none.
func (w *work) relativeSubject(t int) int {
	for _, k := range w.children(t) {
		if r := w.d.Tokens[k].Rel; (r == "nsubj" || r == "nsubj:pass") && int(k) < t {
			switch strings.ToLower(w.word(int(k))) {
			case "who", "which":
				return int(k)
			}
		}
	}
	return -1
}

// onlyCueBetween reports whether a and b sit in one paragraph with
// nothing between them but a's cue clause: its cue comes between, and at
// most maxWords words.
func (w *work) onlyCueBetween(a, b cand, maxWords int) bool {
	if paragraphAt(w.d.Paragraphs, a.span.End) != paragraphAt(w.d.Paragraphs, b.span.Start) {
		return false
	}
	cu := &w.cues[a.cue]
	cs := w.d.Tokens[cu.tok].Start
	return cs >= a.span.End && cs < b.span.Start && w.words(tokenAt(w.d.Tokens, a.span.End), tokenAt(w.d.Tokens, b.span.Start)) <= maxWords
}

// reported adds reported speech: cues whose content holds no quotation
// and whose lexicon score passes the bar. A cue inside the content of
// another is left out: "Smith said she hopes to win" is one attribution,
// Smith's.
func (w *work) reported(out []cand) []cand {
	if w.model != nil {
		w.findExtraCues()
	}
	keep := w.keep[:0]
	for ci := range w.cues {
		c := &w.cues[ci]
		// (Again here: source phrases and the repairs that widen a
		// closing attribution's content to its sentence come after
		// findCues clipped the cues it made.)
		w.clipDateline(c)
		w.endBeforeOthersQuotation(c, out)
		if !w.reportable(c) || w.headlineAct(c) || w.notSaying(c) || w.offersThing(c) {
			continue
		}
		p, ok := w.decide(c)
		if !ok || !w.actOnDocument(c) { // (after the model, which was trained on the whole object)
			continue
		}
		c.prob = p
		keep = append(keep, ci)
	}
	keep = w.yieldToInner(keep)
	quoteEnd := w.quotationEnds(out)
	for _, ci := range keep {
		c := &w.cues[ci]
		if !c.asked && w.nested(c, keep, quoteEnd) || w.sameContent(ci, keep) {
			continue
		}
		w.quotedSpeaker(c, quoteEnd)
		w.usedCue[c.tok] = true
		w.subjectlessClosing(c)
		// The writer's gloss closing the content is cut here, once the
		// content is decided on (writeraside.go); c.hi stays, so that the
		// cues inside the gloss stay nested in this one.
		end := w.d.Tokens[w.trailingGloss(c)-1].End
		parts := w.aroundSource(c)
		if n := len(parts); n > 0 {
			parts[n-1].End = min(parts[n-1].End, end)
		}
		out = append(out, cand{span: text.Span{Start: w.d.Tokens[c.lo].Start, End: end},
			kind: text.QuoteIndirect, cue: ci, first: c.lo, conf: 0.3 + 0.6*c.prob, parts: parts})
	}
	w.keep = keep
	return out
}

// reportable reports whether cue c could make reported speech, whatever
// its score: not used by a quotation, not next to one, with content of
// two words or more and no quoted words that made a quote of their own
// (a scare quote the quotation rules left out, `the “temporary” fee`,
// does not keep its clause from being reported).
func (w *work) reportable(c *cue) bool {
	if w.usedCue[c.tok] || c.hi <= c.lo || c.frame == FrameQuote || w.heldByWork(c) || w.reportsPastFronted(c) || w.connectiveSaid(c) {
		return false
	}
	if w.quotedIn(c.lo, c.hi) { // most contents hold no quoted token: see marksTo
		for t := c.lo; t < c.hi; t++ {
			if k := w.quoted(t); k >= 0 && c.inRegion(t) && w.stretches[k].quote >= 0 {
				return false
			}
		}
	}
	return w.regionWords(c) >= minReportedWords
}

// regionWords is the number of word tokens of cue c's content, its hole
// left out, from the counts reset made.
func (w *work) regionWords(c *cue) int {
	n := w.words(c.lo, c.hi)
	if lo, hi := max(c.lo, c.holeLo), min(c.hi, c.holeHi); lo < hi {
		n -= w.words(lo, hi)
	}
	return n
}

// decide says whether reportable cue c is reported speech, and how sure:
// the cue model's probability against its threshold, or, with no model
// (or Config.MinReported set), the lexicon score against the bar.
func (w *work) decide(c *cue) (float64, bool) {
	if c.asked {
		return askedProb, true // see asked.go
	}
	if c.ruleProb > 0 {
		return c.ruleProb, true
	}
	if w.model == nil {
		return c.score, c.score >= w.minReported+w.holderBias(c)
	}
	// Each end the content may have (see cueends.go): keep the likeliest.
	// The features that do not read the end are summed once: the sum
	// goes on from theirs in the same order, so it is the same number.
	p, hi := -1.0, c.hi
	head, headDone := 0.0, false
	w.eachEnd(c, func() {
		w.sink.reset(w.model)
		if headDone {
			w.sink.sum = head
		} else {
			w.cueHeadFeatures(c, &w.sink)
			head, headDone = w.sink.sum, true
		}
		w.cueEndFeatures(c, &w.sink)
		if q := sigmoid(w.sink.sum); q > p {
			p, hi = q, c.hi
		}
	})
	c.hi = hi
	return p, p >= w.model.threshold
}

// holderBias moves the bar of a reported cue by who holds its content: a
// named person or organisation is a source more often than the lexicon's
// average holder, a cue with no subject at all less often. On 200
// PolNeAR train articles, of cues scoring 0.35-0.5, 58-66% with a named
// holder were annotated, 34% with none. A country is as often an actor
// as a source ("Russia continues to make gains"), and a verb with no
// subject of its own ("…, waving a map") borrows one from the clause it
// hangs on, which tells less: neither gets the bonus.
func (w *work) holderBias(c *cue) float64 {
	if c.passive {
		return 0
	}
	if c.subj < 0 {
		return noHolderBias
	}
	if e := w.entityOf(c.subj); e >= 0 && (c.source || w.d.Tokens[c.tok].UPOS != "VERB" || w.hasSubject(c.tok)) {
		switch w.d.Entities[e].Type {
		case "PERSON", "ORG":
			return namedHolderBias
		}
	}
	return 0
}

var (
	namedHolderBias = -0.1
	noHolderBias    = 0.15
)

// sameContent reports whether another cue of keep holds exactly cue ci's
// content and is likelier (or as likely and earlier): "issued a warning
// that …" is one attribution, not one per cue word.
func (w *work) sameContent(ci int, keep []int) bool {
	c := &w.cues[ci]
	for _, oi := range keep {
		o := &w.cues[oi]
		if oi != ci && o.lo == c.lo && o.hi == c.hi && (o.prob > c.prob || o.prob == c.prob && oi < ci) {
			return true
		}
	}
	return false
}

// nested reports whether cue c sits inside the content of another cue that
// makes a quote: one of keep, or one already used by a quotation before c
// (quoteEnd: see quotationEnds). A cue after the last quotation a used cue
// made reports words the quotation left ("insisted he has “grown the
// party,” claiming that turnout rose": the fragment is the insisting, the
// clause after it the claim).
func (w *work) nested(c *cue, keep []int, quoteEnd map[int]quotationEnd) bool {
	for _, oi := range keep {
		if o := &w.cues[oi]; o != c && o.inRegion(c.tok) {
			return true
		}
	}
	for oi := range w.cues {
		if o := &w.cues[oi]; o != c && w.usedCue[o.tok] && o.inRegion(c.tok) && !w.afterQuotation(c, oi, quoteEnd) && !w.beforeIntroduced(c, oi, quoteEnd) && !w.hangsFrom(o, c) {
			return true
		}
	}
	return false
}

// hangsFrom reports whether cue o, a verb, hangs as an adverbial clause
// from cue c, which comes before it: "…, Lee said, adding, “…”". o's
// region is then c's clause, which o follows up on; c is not what o
// reports.
func (w *work) hangsFrom(o, c *cue) bool {
	return o.frame == FrameAdvcl && w.head(o.tok) == c.tok && c.tok < o.tok
}

// quotedSpeaker gives cue c, a verb with no subject of its own after a
// quotation whose cue's content holds it ("…, claiming that …", "… and
// argued that …", "before predicting that …"), the subject of that
// quotation's cue: the parse often hangs such a verb inside the
// quotation, whose words then lend it a subject that is not the
// speaker's.
func (w *work) quotedSpeaker(c *cue, quoteEnd map[int]quotationEnd) {
	if c.asked || w.hasSubject(c.tok) || w.d.Tokens[c.tok].UPOS != "VERB" {
		return
	}
	for oi := range w.cues {
		if o := &w.cues[oi]; o != c && w.usedCue[o.tok] && o.inRegion(c.tok) && w.afterQuotation(c, oi, quoteEnd) {
			c.subj = o.subj
			return
		}
	}
}

// minReportedWords is the shortest reported content kept ("denied it" is
// not worth a record).
const minReportedWords = 2

// trimSpan drops spaces at the edges of a span.
func (w *work) trimSpan(s text.Span) text.Span {
	t := w.d.Text
	for s.Start < s.End && isSpaceByte(t[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpaceByte(t[s.End-1]) {
		s.End--
	}
	return s
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
