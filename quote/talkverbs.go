package quote

// A verb of talking ("speak", "talk", "chat") holds what was said only in a
// phrase of topic: "spoke about the levy", "talked of leaving", "spoke
// against the plan". Its other phrases name who heard ("was speaking to
// pupils"), with whom ("talked with the mayor"), where ("was speaking at a
// seminar"), for whom or how long ("spoke for the union", "for the first
// time"), or by what means ("spoke on the telephone"): none of them is
// content, and read as one each was reported as the speaker's words.

// talkVerbs are the verbs whose partner, occasion and medium are
// prepositional phrases like their topic.
var talkVerbs = map[string]bool{"speak": true, "talk": true, "chat": true, "converse": true, "chatter": true, "gossip": true}

// talkNonTopic: the prepositions that give a verb of talking its listener,
// partner, occasion or length, not its topic.
var talkNonTopic = []string{"to", "with", "at", "for"}

// speechMedia are the means of speaking "on" names, unlike a topic.
var speechMedia = map[string]bool{"telephone": true, "phone": true, "radio": true, "television": true,
	"tv": true, "air": true, "line": true, "camera": true, "podium": true, "stage": true}

// talkTopics are the prepositions that give a verb of talking its topic.
var talkTopics = []string{"about", "of", "on", "over"}

// topicInside returns the phrase of topic that the parse hung inside
// phrase k, a verb of talking's partner or occasion, rather than on the
// verb: "talked to aides about the budget", "spoke at length about the
// port", "talking at a rally about fees". -1 when there is none.
func (w *work) topicInside(k int) int {
	for _, x := range w.children(k) {
		if r := w.d.Tokens[x].Rel; (r == "nmod" || r == "obl" || r == "acl") && int(x) > k &&
			(w.hasCaseIn(int(x), talkTopics) || w.leadingMarkIn(int(x), talkTopics)) {
			return int(x)
		}
	}
	return -1
}

// talkNotTopic reports whether phrase k hung on verb v is a verb of
// talking's partner, occasion, length or medium rather than its topic.
func (w *work) talkNotTopic(v, k int) bool {
	if !talkVerbs[w.lemma(v)] {
		return false
	}
	return w.hasCaseIn(k, talkNonTopic) || w.hasCaseIn(k, []string{"on"}) && speechMedia[w.lowWord(k)]
}
