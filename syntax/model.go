package syntax

import (
	"sync"
	"unicode"
	"unicode/utf8"

	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// Model is a trained tagger, lemmatiser and parser. It is read-only once
// made, and safe for concurrent use.
type Model struct {
	tags    []Tag
	rels    []string
	rootRel int32
	amb     *u64tab.Table[uint64] // lower-case form -> ambiguity class
	dict    *u64tab.Table[int32]  // form -> its only tag
	tagger  *pc.Model
	tagger2 *pc.Model // second pass, which sees the first pass's tags; nil for one pass
	// sureMargin is the first-pass score margin above which the second
	// pass leaves a tag alone.
	sureMargin float32
	parser     *pc.Model
	labeler    *pc.Model
	// allTemplates: the parser was trained with the templates of
	// extraFeatures too (a model file headed DLSYNTAX1).
	allTemplates bool
	// senses: the parser and labeller were trained with the word classes
	// of senses.go too (a model file headed DLSYNTAX3; implies allTemplates).
	senses bool
	// tagClusters, parseClusters: the tagger, and the parser and labeller,
	// were trained with the word clusters of clusters.go too (a model file
	// headed DLSYNTAX4, whose flags say which).
	tagClusters, parseClusters bool
	// tagLex: the tagger was trained with the tag lexicon of taglex.go
	// (a DLSYNTAX4 model with flagTagLex).
	tagLex bool
	// parseDrop and labelDrop mark the positions of parseOrder's and
	// labelOrder's templates that the parser and labeller were trained
	// without (nil: none): templates found redundant, left out for speed
	// (DLSYNTAX4 only).
	parseDrop, labelDrop []bool
	// parseBuf, parseState and labelIDs are the templates the parser and
	// labeller use (setTemplates): the parser's over the buffer front
	// alone, and the others.
	parseBuf, parseState, labelIDs []uint8
	// parseAllState is the templates of the parser's groups but the
	// buffer front's, those it was trained without included.
	parseAllState []uint8
	// labelByHead is labelIDs with the templates over the head and the
	// arc's direction alone first, labelHead of them (labelcache.go).
	labelByHead []uint8
	labelHead   int
	// parseWeak are the parser's templates looked up only when the
	// others leave the decision unsure, by a lead below parseExit score
	// units (staged.go).
	parseWeak []uint8
	parseExit float32
	// exact makes the tagger decide every word on all its features, as
	// the committed model's training did (tagstage.go): the jackknifed
	// taggers of training set it, so that a model retrained with the
	// same seed learns from the same tags.
	exact bool
	// parseStack, parseTop, parseKids and parseRest split parseState: the
	// templates over the stack's top word's context, over its
	// dependents, over the buffer front's left dependents, and the
	// others (parsecache.go).
	parseStack, parseTop, parseKids, parseRest []uint8
	lemmas                                     *lemmatizer
	// uposOf maps a tag class to a number for its universal tag alone.
	uposOf []uint64
	// nnp is the tag class PROPN/NNP (-1 if the model has none), and
	// renamable the classes a word known to be a name may be moved from.
	nnp       int32
	renamable []bool
	// vbd and nns are the tag classes VERB/VBD and NOUN/NNS (-1 if the
	// model has none): see finiteRepair and pluralRepair.
	vbd, nns int32
	// labAllowed marks the relations the labeller may give: all but root,
	// which only the arc to the root position gets.
	labAllowed []bool
	// sure is the label table of the arcs whose label is certain
	// (labelsure.go); nil for none.
	sure *sureLabels
	// senseKind says which WordNet sense a tag class selects (senses.go).
	senseKind []uint8

	pool sync.Pool // *scratch
}

// Sentence is one sentence to analyse: Words is the input; Parse fills
// the rest, one entry per word. Head is the 0-based index of the head
// word, -1 for the root; Rel its Universal Dependencies relation
// (with subtypes, like "nsubj:pass").
type Sentence struct {
	Words []string
	// Names optionally marks the words an earlier stage knows to be part
	// of a name of a person, organisation or place (nil: none known). The tagger learnt from web
	// text, where "Trump" or "Price" is more often a common word; a marked
	// word tagged as a noun, verb or adjective is tagged PROPN/NNP before
	// the parse, so the name is a subject and not the sentence's verb.
	Names             []bool
	UPOS, XPOS, Lemma []string
	Head              []int
	Rel               []string
}

// scratch is per-call working memory, pooled so that parsing allocates
// (almost) nothing per sentence.
type scratch struct {
	ws     []word // padded: ws[i+2] is word i
	tags   []int32
	first  []int32   // first-pass tags
	margin []float32 // first-pass score margin of each word's tag
	x      sent
	st     state
	pv     parseVec
	conf   conf // the configuration being scored (scoreParse)
	lv     labelVec
	feats  []uint64
	scores []float32
	sums   []int32   // a tagger's or the labeller's integer sums (tagPass, label)
	lookup pc.Lookup // every lookup's working memory, not zeroed at each
	punct  []bool
	words  []string // the sentence's words and lemmas while it is parsed (for setClasses)
	lemma  []string
	cache  *wordCache // the first tagger pass's sums of recent words (tagcache.go)
	heads  headSums   // the labeller's sums of each head's own features (labelcache.go)
	stack  stackSums  // the parser's sums of each stack top's context (parsecache.go)
	// lemmaCache holds the lemmas of recent words (lemmacache.go).
	lemmaCache *lemmaCache
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	n := max(len(m.tags), len(m.rels), nActions)
	return &scratch{scores: make([]float32, n), feats: make([]uint64, 0, 128)}
}

// Parse tags, lemmatises and parses s.Words, filling the other fields of s
// (their memory is reused when large enough). An empty sentence is left
// empty.
func (m *Model) Parse(s *Sentence) {
	sc := m.tagInto(s)
	if sc == nil {
		return
	}
	defer m.pool.Put(sc)
	sc.words, sc.lemma = s.Words, s.Lemma
	m.parse(sc, len(s.Words))
	sc.words, sc.lemma = nil, nil
	m.fixPunct(sc, s.Words)
	m.treeInto(s, sc)
	relativeRepair(s)
	asideSubjectRepair(s)
	relativeAttach(s)
}

// tagInto sizes s's fields for its words, tags and lemmatises them, and
// returns the scratch that holds the tags for the parser (the caller
// puts it back in the pool); nil for an empty sentence.
func (m *Model) tagInto(s *Sentence) *scratch {
	n := len(s.Words)
	s.UPOS, s.XPOS, s.Lemma = resize(s.UPOS, n), resize(s.XPOS, n), resize(s.Lemma, n)
	s.Rel = resize(s.Rel, n)
	if cap(s.Head) < n {
		s.Head = make([]int, n)
	}
	s.Head = s.Head[:n]
	if n == 0 {
		return nil
	}
	sc := m.getScratch()
	m.prepare(sc, s.Words)
	sc.words = s.Words
	m.tag(sc, n)
	if len(s.Names) == n && m.nnp >= 0 {
		for i, t := range sc.tags {
			if s.Names[i] && (m.renamable[t] || m.subordinatorName(t, s.Words, i)) {
				sc.tags[i] = m.nnp
			}
		}
	}
	m.pluralRepair(sc.tags, s.Words)
	m.finiteRepair(sc.tags, s.Words)
	for i, t := range sc.tags {
		s.UPOS[i], s.XPOS[i] = m.tags[t].UPOS, m.tags[t].XPOS
		s.Lemma[i] = m.lemmaCached(sc, s.Words[i], &sc.ws[i+2], t)
	}
	return sc
}

// subordinatorName: a name inside a clause that the tagger read as a
// subordinator. Before an -ing verb a name it does not know looks like
// "while" to it ("polls show Lee leading in Ohio": "Lee" SCONJ, "leading"
// an adverbial clause), which leaves the verb without its subject. A
// sentence's first word is left as tagged: the ner stage's names there
// often take in the subordinator itself ("If the United States …").
func (m *Model) subordinatorName(t int32, words []string, i int) bool {
	if i == 0 || m.tags[t].UPOS != "SCONJ" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[i-1])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// treeInto copies the tree the parser left in sc.st into s's heads (-1
// for the root) and relations.
func (m *Model) treeInto(s *Sentence, sc *scratch) {
	for i := range s.Words {
		h := int(sc.st.head[i])
		if h >= len(s.Words) {
			h = -1
		}
		s.Head[i] = h
		s.Rel[i] = m.rels[sc.st.rel[i]]
	}
}

func resize(a []string, n int) []string {
	if cap(a) < n {
		return make([]string, n)
	}
	return a[:n]
}

// prepare hashes the words, padded with two positions on each side.
func (m *Model) prepare(sc *scratch, words []string) {
	n := len(words)
	if cap(sc.ws) < n+4 {
		sc.ws = make([]word, n+4)
	}
	sc.ws = sc.ws[:n+4]
	sc.ws[0], sc.ws[1], sc.ws[n+2], sc.ws[n+3] = padWord, padWord, padWord, padWord
	for i, w := range words {
		sc.ws[i+2] = makeWord(w, i == 0)
	}
	var cl *clusterLex
	if m.tagClusters || m.parseClusters {
		cl = clusters()
	}
	var tl tagLexicon
	if m.tagLex {
		tl = tagLex()
	}
	lookupLex(m.amb, m.dict, cl, tl, sc.ws[2:n+2], words)
}

// tag assigns a tag class to each word: left to right, then once more
// knowing the first pass's tags of the words to the right.
func (m *Model) tag(sc *scratch, n int) {
	if cap(sc.tags) < n {
		sc.tags, sc.first = make([]int32, n), make([]int32, n)
	}
	sc.tags, sc.first = sc.tags[:n], sc.first[:n]
	if cap(sc.margin) < n {
		sc.margin = make([]float32, n)
	}
	sc.margin = sc.margin[:n]
	m.tagPass(sc, m.tagger, nil, sc.tags)
	if m.tagger2 != nil {
		copy(sc.first, sc.tags)
		m.tagPass(sc, m.tagger2, sc.first, sc.tags)
	}
}

// tagPass tags the words left to right with pm. In the second pass (first
// not nil) a word the first pass was sure of keeps its tag: the second
// pass almost never changes those, and skipping them halves its cost.
func (m *Model) tagPass(sc *scratch, pm *pc.Model, first, out []int32) {
	if cap(sc.sums) < pm.Classes() {
		sc.sums = make([]int32, pm.Classes())
	}
	sc.sums = sc.sums[:pm.Classes()]
	tm1, tm2 := int32(-1), int32(-1)
	for i := range out {
		t := sc.ws[i+2].lexTag
		if t < 0 && (first == nil || sc.margin[i] < m.sureMargin) {
			var second int32
			if first == nil {
				t, second = m.decideFirst(sc, pm, i, tm1, tm2, len(sc.words) == len(out))
			} else {
				sc.feats = tagFeatures(sc.feats[:0], sc.ws, i, tm1, tm2, first, m.tagClusters)
				pm.SumInto(&sc.lookup, sc.feats, sc.sums)
				t, second = best2Sums(sc.sums)
			}
			sc.margin[i] = inf
			if second >= 0 {
				sc.margin[i] = pm.ScoreOf(sc.sums[t]) - pm.ScoreOf(sc.sums[second])
			}
		} else if t < 0 {
			t = out[i]
		} else {
			sc.margin[i] = inf
		}
		out[i] = t
		tm2, tm1 = tm1, t
	}
}

// best2Sums returns the class of the greatest of a tagger's integer sums
// (the lowest on ties) and that of the second (-1 for a single class):
// best2 of their scores, the order of the sums being that of the scores
// (perceptron.ScoreOf). The margin between the two scores is the same as
// best2's.
func best2Sums(sums []int32) (int32, int32) {
	best, second := pc.Best2Sums(sums)
	return int32(best), int32(second)
}

const inf = float32(1e30)

// defaultSureMargin: on EWT dev, a second pass limited to the words whose
// first-pass margin is below 20 tags 0.01% fewer words right at half the
// cost of a full second pass.
const defaultSureMargin = 20

// best2 returns the best class (the lowest on ties) and the second best score.
func best2(scores []float32) (int32, float32) {
	best, b, s := int32(0), scores[0], -inf
	for c := 1; c < len(scores); c++ {
		switch x := scores[c]; {
		case x > b:
			best, b, s = int32(c), x, b
		case x > s:
			s = x
		}
	}
	return best, s
}

// rootTag is the parser's tag for the root position.
const rootTag = 1 << 20

// setSent fills the parser's view of the words from the hashed words and
// the given tags.
func (m *Model) setSent(x *sent, ws []word, tags []int32) {
	n := len(tags)
	if cap(x.w) < n+1 {
		x.w, x.p, x.u, x.suf = make([]uint64, n+1), make([]uint64, n+1), make([]uint64, n+1), make([]uint64, n+1)
		x.punc = make([]int32, n+1)
	}
	x.w, x.p, x.u, x.suf, x.punc = x.w[:n+1], x.p[:n+1], x.u[:n+1], x.suf[:n+1], x.punc[:n+1]
	var pn int32
	for i := 0; i < n; i++ {
		x.w[i], x.p[i], x.u[i], x.suf[i] = ws[i+2].lower, uint64(tags[i]+1), m.uposOf[tags[i]], ws[i+2].suf[2]
		x.punc[i] = pn
		if m.isPunct(tags[i]) {
			pn++
		}
	}
	x.punc[n] = pn
	x.w[n], x.p[n], x.u[n], x.suf[n] = rootWord.lower, rootTag, rootTag, rootWord.lower
	x.k, x.g = x.k[:0], x.g[:0]
	if m.parseClusters {
		for i := 0; i < n; i++ {
			x.k, x.g = append(x.k, ws[i+2].cl.fine), append(x.g, ws[i+2].cl.g64)
		}
		x.k, x.g = append(x.k, rootTag), append(x.g, rootTag)
	}
}

// parse runs the greedy transition parser over the tagged words.
func (m *Model) parse(sc *scratch, n int) {
	m.setSent(&sc.x, sc.ws, sc.tags)
	m.setClasses(&sc.x, sc.ws, sc.tags, sc.words, sc.lemma)
	st := &sc.st
	st.reset(n)
	sc.heads.reset(n, m.labeler.Classes())
	sc.stack.reset(n)
	var ok [nActions]bool
	front := frontSums{at: -1, kidsAt: -1}
	for !st.terminal() {
		st.legal(&ok)
		a := only(&ok)
		if a < 0 {
			a = m.decideParse(sc, st, &front, &ok)
		}
		l := int32(-1)
		if a != shift {
			d, h := st.arc(a)
			if h == st.n {
				l = m.rootRel
			} else {
				l = m.label(sc, n, h, d)
			}
		}
		st.apply(a, l)
	}
}

// only returns the one legal transition, -1 when there is a choice: a
// forced transition (shift onto an empty stack, the reductions once the
// buffer holds only the root) needs no features and no scores.
func only(ok *[nActions]bool) int {
	a := -1
	for t, legal := range ok {
		if legal {
			if a >= 0 {
				return -1
			}
			a = t
		}
	}
	return a
}

// maxFixPunct bounds the sentence length for punctuation repair, whose cost
// grows with the square of the length.
const maxFixPunct = 300

// fixPunct reattaches the punctuation of the parsed sentence by rule (see
// punct.go); the relation of a reattached mark stays punct.
func (m *Model) fixPunct(sc *scratch, words []string) {
	n := len(words)
	if n > maxFixPunct {
		return
	}
	if cap(sc.punct) < n {
		sc.punct = make([]bool, n)
	}
	sc.punct = sc.punct[:n]
	any := false
	for i, t := range sc.tags {
		sc.punct[i] = m.isPunct(t)
		any = any || sc.punct[i]
	}
	if any {
		fixPunct(words, sc.punct, sc.st.head[:n])
	}
}
