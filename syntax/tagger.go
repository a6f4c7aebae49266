package syntax

import (
	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// Tag is one class of the tagger: a universal and a treebank-specific tag
// predicted together, so the two always agree.
type Tag struct{ UPOS, XPOS string }

// Tagger feature templates. Numbers are part of the model: append, never
// renumber.
const (
	tBias = iota + 1
	tW0
	tForm0
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape0
	tFlags0
	tWm1
	tWm2
	tWp1
	tWp2
	tTm1
	tTm2
	tTm1Tm2
	tTm1W0
	tSuf3m1
	tSuf3p1
	tShapem1
	tShapep1
	tWm1W0
	tW0Wp1
	tAmb0
	tAmbp1
	tAmbm1
	tTm1Ambp1
	tAmb0Suf3
	tShape0Flags
	tUnknownSuf
	tAmbp2
	tTm1W0Wp1
	// Second pass: the first pass's tags, mostly of the words to the right.
	tF0
	tFp1
	tFp2
	tFp1Fp2
	tFp1W0
	tTm1Fp1
	tF0W0
	tFp1Suf3
	tFm1F0Fp1
	// Unknown words (seen fewer than twice in training): their identity
	// says nothing, so they are described by their parts instead.
	tUnkSuf5
	tUnkPre4
	tUnkHyph
	tUnkSuf3Flags
	tUnkTm1Suf3
	tUnkTm1Shape
	tUnkSuf2Shape
	tUnkAmbp1Suf3
	// WordNet classes (see wordnet.go): of the word, of its neighbours and,
	// for unknown words, of a stem found by removing a regular ending.
	tWn0
	tWnp1
	tWnm1 // unused: no gain on EWT dev
	tUnkWnFlags
	tUnkWnSuf3
	tUnkMorph
	tUnkTm1Wn
	tUnkMorphFlags
	tWn0Flags
	tWn0Amb0 // unused: no gain on EWT dev
	tTm1Wn0
	tUnkHyphWn
	// Word clusters (clusters.go), for a model trained with them.
	tCl0
	tCl0g64
	tClm1
	tClp1
	tTm1Cl0
	tCl0Flags
	tUnkCl256Suf3
	tClp1g64Cl0
	// Tag lexicon (taglex.go), for a model trained with it.
	tTl0
	tTlFirstFlags
	tTlm1
	tTlp1
	tUnkTlSuf3
	tUnkTm1Tl0
)

// tagFeatures appends the features of token i given the two previous tags
// (-1 before the sentence). ws is padded: ws[i+2] is token i. first holds
// the first pass's tags in the second pass, and is nil in the first.
// clus adds the features of word clusters.
func tagFeatures(feats []uint64, ws []word, i int, tm1, tm2 int32, first []int32, clus bool) []uint64 {
	return tagContext(tagStatic(feats, &ws[i+2], clus), ws, i, tm1, tm2, first, clus)
}

// secondPassFixed appends the second pass's features of word w (token i)
// over the first pass's tags alone, secondPassHistory the one with the tag
// before it (tm1, -1 before the sentence) as the second pass has it.
func secondPassFixed(feats []uint64, w *word, i int, first []int32) []uint64 {
	f0, fp1, fp2, fm1 := firstTag(first, i), firstTag(first, i+1), firstTag(first, i+2), firstTag(first, i-1)
	return append(feats,
		pc.Hash1(tF0, f0),
		pc.Hash1(tFp1, fp1),
		pc.Hash1(tFp2, fp2),
		pc.Hash2(tFp1Fp2, fp1, fp2),
		pc.Hash2(tFp1W0, fp1, w.lower),
		pc.Hash2(tF0W0, f0, w.suf[2]),
		pc.Hash2(tFp1Suf3, fp1, w.suf[2]),
		hash3(tFm1F0Fp1, fm1, f0, fp1),
	)
}

func secondPassHistory(feats []uint64, i int, tm1 int32, first []int32) []uint64 {
	return append(feats, pc.Hash2(tTm1Fp1, uint64(tm1+1), firstTag(first, i+1)))
}

// firstTag is the first pass's tag of token j plus one, 0 outside the
// sentence.
func firstTag(first []int32, j int) uint64 {
	if j < 0 || j >= len(first) {
		return 0
	}
	return uint64(first[j] + 1)
}

// lookupLex fills each word's lexicon fields: the ambiguity class by
// lower-case form, the dictionary tag by the form as written ("May" and
// "may" differ), the WordNet classes and, for words the treebank did not
// show, the WordNet classes of a regular stem; and with cl not nil the
// word clusters, with tl not nil the tag lexicon's classes. words are
// ws's strings.
func lookupLex(amb *u64tab.Table[uint64], dict *u64tab.Table[int32], cl *clusterLex, tl tagLexicon, ws []word, words []string) {
	wn := wordnet()
	for i := range ws {
		w := &ws[i]
		if cl != nil {
			w.cl = cl.lookup(w.lower)
		}
		if tl != nil {
			tl.lookup(w)
		}
		w.amb, w.known = amb.Get(w.lower)
		w.wn = uint64(wn.Value(w.lower))
		w.hyphWn = 0
		if w.hyph != 0 {
			w.hyphWn = uint64(wn.Value(w.hyph)) + 1
		}
		w.morph = 0
		if !w.known && w.wn == 0 && i < len(words) {
			w.morph = wnMorph(wn, words[i])
		}
		w.hyphAmb = 0
		if w.hyph != 0 {
			w.hyphAmb = amb.Value(w.hyph) + 1
		}
		w.lexTag = -1
		if t, ok := dict.Get(w.form); ok {
			w.lexTag = t
		}
	}
}
