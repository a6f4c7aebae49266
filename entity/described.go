package entity

import (
	"strings"

	"dateline/text"
)

// describedPeople joins a definite description of one person by a noun no
// title or source list holds ("the singer", "the 32-year-old rapper", "the
// world indoor champion") to the one person the story named before right
// after that noun ("pop singer Jo Penn", "US rapper Tom Vale", "the
// comedian Jo Penn"): news names a person with the word once and then
// calls them by it. definitePerson does this for titles (which the
// entities' roles hold); these nouns make no role, so the word before the
// name is the evidence. With none or two so named (a story of two
// singers) the description is left alone: a wrong join is worse than
// none. Only outside quotation marks, and not a noun that opens a title
// ("the singer Jo Penn": the name is there) or names whose it is ("the
// singer of the band") or is followed by a name in apposition ("the
// singer, Jo Penn,").
func (r *resolver) describedPeople() {
	if !r.parsed {
		return
	}
	var before map[string][]int // folded word -> name mentions right after it
	for h := range r.d.Tokens {
		t := &r.d.Tokens[h]
		if t.UPOS != "NOUN" || t.XPOS == "NNS" || t.XPOS == "NNPS" || r.quoted[h] || !isLowerWord(r.words[h]) {
			continue
		}
		if h+1 < len(r.words) && (r.named[h+1] >= 0 || r.lower[h+1] == "of") || r.covered(h) ||
			h+2 < len(r.words) && r.words[h+1] == "," && r.named[h+2] >= 0 {
			continue
		}
		if !describedSlot[t.Rel] || r.descriptionStart(h) < 0 {
			continue
		}
		if before == nil {
			before = r.wordsBeforeNames()
		}
		head := r.folded(h)
		ms := before[head]
		if len(ms) == 0 || IsSourceNoun(head) || personHead(head, t.Lemma) != 'p' {
			continue
		}
		found := -1
		for _, mi := range ms {
			m := r.d.Mentions[mi]
			ei, ok := r.entOf(mi)
			if !ok || m.Start >= t.Start || r.ents[ei].typ != "PERSON" || r.ents[ei].group {
				continue
			}
			if found >= 0 && found != ei {
				found = -2 // two people so named
				break
			}
			found = ei
		}
		if found < 0 {
			continue
		}
		first := r.descriptionStart(h)
		r.addMention(text.Span{Start: r.d.Tokens[first].Start, End: t.End}, text.MentionNominal, "PERSON", found)
	}
}

// wordsBeforeNames maps the folded word right before each person's name
// mention, in its sentence, to those mentions ("singer" -> "Jo Penn" in
// "pop singer Jo Penn"; not a headline's last word before the first
// line's name).
func (r *resolver) wordsBeforeNames() map[string][]int {
	out := map[string][]int{}
	for mi, m := range r.d.Mentions {
		if m.Kind != text.MentionName {
			continue
		}
		first, _, ok := r.tokenRange(m.Span)
		if !ok || first < 1 || r.d.Tokens[first].Start != m.Start {
			continue
		}
		if w := r.folded(first - 1); isLowerWord(w) && r.sentOf[first-1] == r.sentOf[first] {
			out[w] = append(out[w], mi)
		}
	}
	return out
}

// describedSlot are the relations of a description that stands for a
// person: a verb's argument or a noun's modifier ("the singer's album"),
// not a word of a compound ("the lord chancellor") nor a predicate ("voted
// Stone the winner", "became the new favourite"), which says what someone
// is rather than who.
var describedSlot = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true,
	"obl": true, "obl:agent": true, "nmod": true, "nmod:poss": true}

func (r *resolver) descriptionStart(h int) int {
	return DescriptionStart(r.d.Tokens, h, func(j int) string { return r.words[j] }, func(j int) bool { return r.quoted[j] })
}

// DescriptionStart returns the token of "the" that opens the noun phrase
// headed by token h, with only lower-case words and numbers of the
// phrase between (at most four: "the 41-year-old chart-topper", "the
// world indoor champion"), or -1. word gives a token's text and quoted
// whether it lies inside a quotation (the quote stage keeps its own).
func DescriptionStart(toks []text.Token, h int, word func(int) string, quoted func(int) bool) int {
	for j := h - 1; j >= 0 && j >= h-5; j-- {
		t := &toks[j]
		if strings.EqualFold(word(j), "the") {
			return j
		}
		if startsUpper(word(j)) || quoted(j) || t.Head < j || t.Head > h {
			return -1
		}
		switch t.UPOS {
		case "ADJ", "NOUN", "NUM", "ADV":
		default:
			return -1
		}
	}
	return -1
}
