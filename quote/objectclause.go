package quote

import "strings"

// What a verb reports as its object is a noun phrase ("defended the levy",
// "talked about the budget"), and a noun phrase holds no adverbial clause:
// a clause of time after it ("… as the council met to debate it",
// "… after the council met", "… when opening the debate", "… as she left
// the hall") tells when the speaker spoke, and is the writer's. The
// parse may hang that clause on the noun, and extendRight runs the content
// on to the end of the cue's clause over it.

// adverbialWords open a clause of time after a noun phrase. Not a reason,
// a condition or a contrast ("because", "unless", "if", "while"): those
// give the speaker's own case as often as the writer's (on PolNeAR train
// articles 251-840 a cut before "while" or "because" lost as many
// contents as it won), and "if" opens what was asked ("asked the board if
// it would pay").
var adverbialWords = wordSet([]string{"when", "whenever", "once", "as", "after", "before", "until", "since"})

// momentNouns, with the time words, name a moment a "when" clause may
// describe: "the time when …".
var momentNouns = wordSet([]string{"time", "times", "moment", "era", "period", "point", "occasion", "age", "hour", "decade"})

// cutObjectAdverbial ends every end of cue c's content, an object or a
// prepositional object after its cue, before a word of adverbialWords that
// opens a clause: a subject and a tensed verb of its own ("as the council
// met …"), or a participle ("after cutting …"; not "as", which describes:
// "cast him as lacking …"). Not when:
//   - the cue is "say", whose object is mostly a misread clause's subject
//     ("said the rent before repairs rose"), nor when the parse reads the
//     clause as reported; nor a verb whose object is the listener ("told
//     reporters before the vote that …": what was told comes later);
//   - a verb inside the content heads a phrase of its own ("urged drivers
//     not to park there when the market opens", "the costs borne by
//     farmers when trying to …"), or the parse hangs the clause on one:
//     the clause may be that verb's;
//   - the word follows a time noun ("recalled the day when …"), a
//     preposition ("a slot for when …"), "such", or an earlier "as" or
//     "so" ("as much cash as its backers wanted");
//   - a relative clause or quoted words come first.
func (w *work) cutObjectAdverbial(c *cue) {
	if c.frame != FrameObj && c.frame != FrameAbout || c.lo <= c.tok || c.key == "say" || listenerVerbs[c.key] {
		return
	}
	hi := c.furthestEnd()
	comparative := w.lowWord(c.lo) == "as" // "as many"
	for t := c.lo + 1; t+1 < hi; t++ {
		tk := &w.d.Tokens[t]
		if tk.XPOS == "WDT" || tk.XPOS == "WP" || tk.XPOS == "WP$" || w.inQuote[t] >= 0 {
			return
		}
		wd := w.lowWord(t)
		if wd == "as" && comparative {
			continue
		}
		comparative = comparative || wd == "as" || wd == "so"
		if !adverbialWords[wd] || !w.clauseAfter(c, t, hi) {
			continue
		}
		// with the adverb before it: "shortly after …", "even as …"
		for t-1 > c.lo && w.d.Tokens[t-1].UPOS == "ADV" {
			t--
		}
		w.cutContentAt(c, t)
		return
	}
}

// clauseAfter reports whether subordinator t in cue c's content opens a
// clause of the speaker's time (see cutObjectAdverbial).
func (w *work) clauseAfter(c *cue, t, hi int) bool {
	prev := w.lowWord(t - 1)
	if isTimeWord(prev) || momentNouns[prev] || prev == "such" || w.d.Tokens[t-1].UPOS == "ADP" {
		return false
	}
	if v := w.head(t); v > t && w.d.Tokens[t].Rel == "mark" {
		if strings.HasPrefix(w.d.Tokens[v].Rel, "ccomp") {
			return false
		}
		if h := w.head(v); h >= c.lo && h < t && isVerbal(w.d.Tokens[h].UPOS) {
			return false
		}
	}
	if w.verbPhraseIn(c.lo, t) {
		return false // "borne by farmers when trying to …": the clause may be the verb's
	}
	wd := w.lowWord(t)
	participle := wd != "as" && wd != "since" // "since selling …" reads as "because"
	return w.d.Tokens[t+1].XPOS == "VBG" && participle || w.subjectVerbAt(t+1, hi, wd == "as")
}

// subjectVerbAt reports whether the words from t are a noun phrase or
// pronoun and then a tensed verb or modal (adverbs between): "it would",
// "the council voted", "three of its members have". Unlike clauseStart it
// runs over no relative adverb ("a time when prices fell" is a noun
// phrase). A short subject, when asked, has no preposition and at most
// five words: after "as" a longer phrase is mostly what something is seen
// as ("sees the fair as a list of the things every town …").
func (w *work) subjectVerbAt(t, end int, short bool) bool {
	return w.subjectThenVerb(t, end, clauseReading{noRelative: true, short: short})
}

// verbPhraseIn reports whether a verb between lo and hi heads a phrase
// that runs on after it ("not to park there", "the costs borne by
// farmers"), not a participle standing as an adjective ("the
// planned merger", "than expected").
func (w *work) verbPhraseIn(lo, hi int) bool {
	for u := lo; u < hi; u++ {
		if w.d.Tokens[u].UPOS != "VERB" {
			continue
		}
		for _, k := range w.children(u) {
			if int(k) > u && int(k) < hi && !w.isPunct(int(k)) {
				return true
			}
		}
	}
	return false
}
