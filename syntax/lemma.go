package syntax

import (
	"strings"
	"unicode/utf8"

	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// lemmatizer turns a tagged word into its lemma with suffix rules learned
// from the treebank ("-ies" as NNS -> "-y"), and an exception list for the
// words the rules get wrong ("went" -> "go", "'s" as VBZ -> "be").
type lemmatizer struct {
	except *u64tab.Table[string] // hash(lower form, tag) -> lemma
	rules  *u64tab.Table[rule]   // hash(tag, suffix) -> rule
	propn  []bool                // tag class -> keeps the case of its form
	// inflected is true for the tag classes of an inflected verb (VBD,
	// VBG, VBN, VBZ), whose rule-made lemma is checked (lemmaverb.go).
	inflected []bool
}

func newLemmatizer() *lemmatizer {
	return &lemmatizer{except: u64tab.New[string](0), rules: u64tab.New[rule](0)}
}

// rule rewrites a word's ending: drop strip bytes, then append add.
type rule struct {
	strip uint8
	add   string
}

// maxSuffix is the longest suffix, in bytes, that rules are keyed on.
const maxSuffix = 5

func exceptKey(lower uint64, tag int32) uint64 { return pc.Hash(1, lower, uint64(tag)) }

func ruleKey(tag int32, suffix string) uint64 { return pc.Hash(2, uint64(tag), pc.String(suffix)) }

// lemma returns the lemma of form tagged with tag.
func (l *lemmatizer) lemma(form string, tag int32) string {
	return l.lemmaKeyed(form, lowerKey(form), tag)
}

// lemmaKeyed is lemma for a form whose lowerKey is known (the tagger has
// hashed every word already: hashing it again cost more than the rest of
// lemmatising).
func (l *lemmatizer) lemmaKeyed(form string, key uint64, tag int32) string {
	if l == nil {
		return form
	}
	low := strings.ToLower(form)
	if lem, ok := l.except.Get(exceptKey(key, tag)); ok {
		return lem
	}
	base := low
	if l.propn[tag] {
		base = form
	}
	if r, ok := l.find(low, tag); ok && len(base) == len(low) && int(r.strip) <= len(base) {
		if r.strip == 0 && r.add == "" {
			return base
		}
		lem := base[:len(base)-int(r.strip)] + r.add
		if int(tag) < len(l.inflected) && l.inflected[tag] {
			if v, ok := verbLemma(low, lem); ok {
				return v
			}
		}
		return lem
	}
	return base
}

// setInflected marks the tag classes of inflected verbs.
func (l *lemmatizer) setInflected(tags []Tag) {
	l.inflected = make([]bool, len(tags))
	for i, t := range tags {
		switch t.XPOS {
		case "VBD", "VBG", "VBN", "VBZ":
			l.inflected[i] = t.UPOS == "VERB"
		}
	}
}

// find returns the rule of the longest known suffix of low for tag.
func (l *lemmatizer) find(low string, tag int32) (rule, bool) {
	for k := min(maxSuffix, len(low)); k >= 0; k-- {
		if k > 0 && k < len(low) && !utf8.RuneStart(low[len(low)-k]) {
			continue
		}
		if r, ok := l.rules.Get(ruleKey(tag, low[len(low)-k:])); ok {
			return r, true
		}
	}
	return rule{}, false
}

// ruleFor returns the rule that turns low into lemma (both lower case),
// and false when lemma does not share a stem with it.
func ruleFor(low, lemma string) (rule, bool) {
	p := 0
	for p < len(low) && p < len(lemma) && low[p] == lemma[p] {
		p++
	}
	if p == 0 && low != "" && lemma != "" {
		return rule{}, false
	}
	if len(low)-p > 255 {
		return rule{}, false
	}
	return rule{strip: uint8(len(low) - p), add: lemma[p:]}, true
}
