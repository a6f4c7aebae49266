package syntax

import pc "dateline/internal/perceptron"

// The parser decides on its strong templates first. Most decisions are
// easy: the best legal action leads the runner-up by far more than the
// weak templates, mostly pairs of words whose rows are absent, ever move
// the margin, and those are the lookups that miss the cache most. So the
// sums of the other templates come first; when the best legal action
// leads by at least parseExitMargin score units it is the decision, and
// only otherwise are the weak templates looked up and the decision taken
// on the full sums, which is then exactly the full model's.
//
// The list and the margin were chosen on EWT train sentences with the
// committed model (TestStagedGrid and TestStagedParses, -tags
// experiment; syntax/README.md, "Deciding on the strong templates
// first"): the weakest templates by mean |d| among those looked up at
// every decision (over the stack top and the buffer front together), and
// the lowest margin at which the parses stay the full model's: when the
// weak templates overturn a lead they are nearly always right (of the 30
// heads a margin of 80 changed on train, all 30 had been right). A
// retrained model needs them measured again.

// parseExitMargin: with the 25 weak templates below, 52% of 112,533
// decisions over 4,000 train sentences led by this much, saving 17% of
// the parser's lookups, and none of them differed from the full model's;
// of 67,652 words of another 4,181 train sentences one head changed.
const parseExitMargin = 130

// weakParseTemplates are the parser's templates looked up only for a
// decision whose lead on the others is below parseExitMargin, weakest
// first.
var weakParseTemplates = []uint8{fS0wpB0wp, fS0wB0lwB0w, fS0wB0wd, fS0wB0wp, fS0wpB0w, fS0wB0w, fS1wB0lwB0w,
	fS1wS0pB0p, fS0pB0wp, fS0cB0w, fS0wpB0p, fS0wB0pPunc, fS0uB0w, fS0wB0c, fS0pB0sufB0p, fS0sufS0pB0p,
	fS0pB0p, fS1cS0cB0c, fS0firstS0pB0p, fS0pB0lwB0p, fS0pB0pd, fS0pB0pB0sl, fS0pS0rpB0p, fS0pB0pPunc,
	fS1wB0p}

// splitWeak returns the templates of ts that are not in weak, then those
// that are, each in the order of ts.
func splitWeak(ts, weak []uint8) (strong, weakOnes []uint8) {
	var is [256]bool
	for _, t := range weak {
		is[t] = true
	}
	for _, t := range ts {
		if is[t] {
			weakOnes = append(weakOnes, t)
		} else {
			strong = append(strong, t)
		}
	}
	return strong, weakOnes
}

// decideParse returns the parser's action for the configuration st among
// the legal ones ok, on the strong templates' sums when their lead is
// safe, else on all.
func (m *Model) decideParse(sc *scratch, st *state, f *frontSums, ok *[nActions]bool) int {
	sums := m.scoreParse(sc, st, f)
	a, lead := pc.ArgmaxSums(sums[:nActions], ok[:])
	if len(m.parseWeak) == 0 || m.parser.ScoreOf(lead) >= m.parseExit {
		return a
	}
	sc.feats = sc.conf.appendFeatures(sc.feats[:0], m.parseWeak)
	ends := [1]int{len(sc.feats)}
	var weak [1]pc.Sums
	m.parser.SumsOf(&sc.lookup, sc.feats, ends[:], weak[:])
	for k := range sums {
		sums[k] += weak[0][k]
	}
	a, _ = pc.ArgmaxSums(sums[:nActions], ok[:])
	return a
}

// groupTemplates splits m's parser and labeller templates into the
// groups whose sums are kept (parsecache.go, labelcache.go), and the
// parser's weak ones, looked up last.
func (m *Model) groupTemplates() {
	m.labelByHead, m.labelHead = headFirst(m.labelIDs)
	m.parseStack, m.parseTop, m.parseKids, m.parseRest = splitState(m.parseState)
	m.parseRest, m.parseWeak = splitWeak(m.parseRest, weakParseTemplates)
	m.parseExit = parseExitMargin
}
