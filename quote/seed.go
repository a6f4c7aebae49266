package quote

import "sync"

// The seed lexicon: English verbs that introduce speech or a stance, written
// by hand from general knowledge of English (not from any corpus). It gives
// every cue a prior so that verbs the mined lexicon never saw still count,
// and the mined counts (cues.tsv.gz) sharpen it where data exists.

// speechVerbs report an utterance: "said", "told", "warned", "tweeted".
// They introduce quotations as well as reported speech.
var speechVerbs = []string{
	"say", "tell", "add", "ask", "state", "write", "tweet", "post", "insist", "warn",
	"note", "mention", "emphasize", "emphasise", "stress", "indicate", "assure", "deny",
	"claim", "argue", "explain", "announce", "report", "acknowledge", "admit", "concede",
	"suggest", "declare", "confirm", "reply", "respond", "answer", "recall", "predict",
	"promise", "vow", "pledge", "urge", "allege", "contend", "maintain", "complain",
	"boast", "brag", "joke", "quip", "observe", "remark", "comment", "repeat", "reiterate",
	"caution", "testify", "proclaim", "signal", "hint", "speculate", "conclude", "counter",
	"retort", "shout", "yell", "scream", "whisper", "chant", "inform", "notify", "advise",
	"recommend", "propose", "demand", "order", "instruct", "threaten", "accuse", "charge",
	"reveal", "disclose", "publish", "quote", "cite", "plead", "beg", "question", "wonder",
	"inquire", "request", "assert", "affirm", "aver", "opine", "posit", "volunteer",
	"concur", "echo", "recount", "describe", "detail", "outline", "clarify", "elaborate",
	"summarize", "underscore", "underline", "highlight", "reaffirm", "restate", "protest",
	"object", "dispute", "refute", "rebut", "contradict", "disavow", "forecast",
	"guarantee", "swear", "pronounce", "rule", "mutter", "exclaim", "cry", "sing",
	"blog", "text", "email", "e-mail", "message", "preach", "lament", "muse", "marvel",
	"scoff", "sneer", "snap", "fume", "gush", "rave", "quote", "paraphrase", "acknowledge",
	"tout", "vouch", "predict", "agree", "disagree", "continue", "explain", "recommend",
	"welcome", "hail", "praise", "criticize", "criticise", "condemn", "blast", "slam",
	"call", "label", "dub", "brand", "characterize", "characterise", "thank", "apologize",
	"blame", "applaud", "recite",
}

// loudVoiceVerbs name a sound that a writer lends a voice for ("boomed,
// “…”"): a cue only next to a quotation, since with a clause or an object
// they are mostly said of markets, engines and crowds ("exports are
// booming", "roared their approval").
var loudVoiceVerbs = []string{"boom", "bellow", "thunder", "roar", "holler"}

// stanceVerbs report a belief, wish or intention: "believes", "hopes",
// "wants". PolNeAR-style annotation counts them as attributions; they
// rarely introduce a quotation.
var stanceVerbs = []string{
	"believe", "think", "feel", "know", "expect", "hope", "fear", "worry", "doubt",
	"consider", "suspect", "understand", "realize", "realise", "assume", "guess", "wish",
	"want", "plan", "intend", "learn", "hear", "imagine", "suppose", "figure", "trust",
	"anticipate", "foresee", "reckon", "estimate", "find", "decide", "determine",
	"prefer", "prefer", "aim", "seek", "vow", "favor", "favour", "oppose", "support",
	"reject", "dismiss", "accept", "recognize", "recognise", "see", "show", "prove",
	"demonstrate", "suggest", "imply", "mean",
}

// Priors of the two classes: the chance that such a verb with a content
// complement is an attribution, before any corpus evidence.
const (
	speechPrior = 0.7
	stancePrior = 0.4
)

// raisingVerbs report an impression whose holder is left unsaid ("the plan
// seems to have failed"): their subject is what the impression is about,
// never its source.
var raisingVerbs = map[string]bool{"seem": true, "appear": true}

// seedVerbs is the set of the seed's verbs, for mending lemmas (lemma.go).
var seedVerbs = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, len(speechVerbs)+len(stanceVerbs))
	for _, v := range speechVerbs {
		m[v] = struct{}{}
	}
	for _, v := range stanceVerbs {
		m[v] = struct{}{}
	}
	return m
})
