package perceptron

// ScoreSplit sets scores as Score does and part[c] (len ≥ Classes) to the
// integer weight sums of feats[:k] alone (0 ≤ k ≤ len(feats)), looked up
// together with the others; ScoreFrom adds such sums to the sums of other
// features. A tagger keeps the sums of the features of a word alone, which
// recur wherever the word does, and looks up only its context's features
// the next time: the scores are exactly those of Score of all of them, the
// sums being integers.
func (m *Model) ScoreSplit(feats []uint64, k int, part []int32, scores []float32) {
	part = part[:m.classes]
	if m.dense != nil {
		var p Sums
		m.ScoreKeep(feats, k, &p, scores)
		copy(part, p[:])
		return
	}
	scores = scores[:m.classes]
	acc := intSums(scores)
	var l Lookup
	m.SumSplit(&l, feats, k, part, acc)
	m.scaleSums(acc, scores)
}

// ScoreFrom sets scores[c] (len ≥ Classes) to part[c], integer sums of
// other features from ScoreSplit, plus the weight sum of feats for c.
func (m *Model) ScoreFrom(part []int32, feats []uint64, scores []float32) {
	part = part[:m.classes]
	if m.dense != nil {
		var p Sums
		copy(p[:], part)
		m.ScorePlus(feats, &p, scores)
		return
	}
	scores = scores[:m.classes]
	acc := intSums(scores)
	var l Lookup
	m.SumFrom(&l, part, feats, acc)
	m.scaleSums(acc, scores)
}
