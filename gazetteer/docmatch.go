package gazetteer

import "dateline/text"

// sentenceMatchesKey keys a document's SentenceMatches: per gazetteer, and
// stale once the tokens or sentences change.
type sentenceMatchesKey struct {
	g             *Gazetteer
	tokens, sents int
}

// SentenceMatches returns the phrases of each of d's sentences, as Match
// finds them in the sentence's token texts (Start and End count from the
// sentence's first token; nil for a sentence whose token range is empty or
// out of range). It is computed once per document and shared by the
// stages that read it: the result must not be modified.
func (g *Gazetteer) SentenceMatches(d *text.Document) [][]Match {
	key := sentenceMatchesKey{g, len(d.Tokens), len(d.Sentences)}
	return d.Memo(key, func() any {
		out := make([][]Match, len(d.Sentences))
		var words []string
		tc := tokenCacheFor(g)
		defer tokenCaches.Put(tc)
		for si, s := range d.Sentences {
			if s.FirstToken < 0 || s.EndToken > len(d.Tokens) || s.FirstToken >= s.EndToken {
				continue
			}
			words = words[:0]
			for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
				words = append(words, d.Text[t.Start:t.End])
			}
			out[si] = g.appendMatches(nil, words, tc)
		}
		return out
	}).([][]Match)
}
