package quote

import "dateline/entity"

// honorificSpeaker returns who speaks through a subject whose head is an
// honorific with no mention of its own and the surname hung on it by the
// parse, which the tagger left without a mention ("Mr Okafor added",
// "Lord Weller told"): the person named before with that surname, or a
// new person (entity.AddHonorificName). Without it the stage made a
// source of the honorific itself ("Mr", "Lord"). -1 when h is no such
// head.
func (w *work) honorificSpeaker(h int) int {
	if !w.addSources || h < 0 || w.mention[h] >= 0 || w.inQuote[h] >= 0 || !entity.IsHonorific(w.word(h)) {
		return -1
	}
	s := w.d.Sentences[w.sentOf[h]]
	end := h + 1
	for end < s.EndToken && end <= h+2 && w.inQuote[end] < 0 && upperInitial(w.word(end)) && w.d.Tokens[end].UPOS == "PROPN" {
		end++
	}
	if end == h+1 {
		return -1
	}
	return entity.AddHonorificName(w.d, h, end)
}
