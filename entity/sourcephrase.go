package entity

// The noun phrases around a source's head: where a phrase starts, whether
// it is plural, and the mentions an entity has inside a stretch of tokens
// (split from sources.go, which reads the sources themselves).

import (
	"strings"

	"dateline/syntax"
	"dateline/text"
)

// notPerson says whether the usual WordNet sense of noun w is known and is
// no person ("airline", "army"; "carrier" is a person there).
func notPerson(w string) bool {
	s := syntax.NounSense(w)
	return s >= 0 && s != syntax.NounPerson
}

// singular strips a plural ending: "officials" → "official", "spokesmen"
// → "spokesman", "authorities" → "authority".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 4:
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "women"):
		return w[:len(w)-5] + "woman"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

func (r *resolver) isPlural(h int) bool {
	t := r.d.Tokens[h]
	if pluralAcronym(r.words[h]) {
		return true // "MPs", tagged NNP as often as not
	}
	if t.XPOS != "" {
		return t.XPOS == "NNS" || t.XPOS == "NNPS"
	}
	w := r.folded(h)
	return singular(w) != w || w == "people" || w == "police"
}

// phraseStart returns the first token of the noun phrase headed by h: its
// determiner, adjectives, compounds and possessor, all before the head.
func (r *resolver) phraseStart(h, lo int) int {
	first := h
	for i := h - 1; i >= lo && r.inPhrase(i, h); i-- {
		switch rel := r.d.Tokens[i].Rel; {
		case (rel == "case" || rel == "mark") && r.d.Tokens[i].Head == h, rel == "fixed":
			return r.nameStart(first, lo)
		case rel == "punct", rel == "cc", rel == "conj", rel == "appos", strings.HasPrefix(rel, "acl"):
			return r.nameStart(first, lo)
		}
		first = i
	}
	return r.nameStart(first, lo)
}

// nameStart moves a phrase's first token back to the start of the name it
// falls in, which the parse may hang elsewhere ("Mr Hale's most vocal
// critics" with "Mr" hung on the verb): a phrase never starts in the
// middle of a name mention, nor right after an honorific.
func (r *resolver) nameStart(first, lo int) int {
	if m := r.named[first]; m >= 0 {
		for first > lo && r.named[first-1] == m {
			first--
		}
	}
	for first > lo && IsHonorific(r.words[first-1]) && isCapWord(r.words[first]) {
		first--
	}
	return first
}

// inPhrase: token i hangs, through tokens before h, from h.
func (r *resolver) inPhrase(i, h int) bool {
	for step := 0; step < 6 && i >= 0 && i < len(r.d.Tokens); step++ {
		if i == h {
			return true
		}
		i = r.d.Tokens[i].Head
	}
	return false
}

// opensTitle: "Deputy" in "Deputy Police Chief Tom Vik said", or "Chief"
// in "Chief Financial Officer Mei Tanaka declined", parsed as a subject of
// its own, opens the title of the name after it.
func (r *resolver) opensTitle(h int) bool {
	if r.inTitle != nil && r.inTitle[h] {
		return true
	}
	return rankPrefixes[r.lower[h]] && h+1 < len(r.words) && startsUpper(r.words[h+1])
}

// namedBetween: e has a mention starting in [from, to), and a name
// before to. A body only described ("the council") is no organisation
// "the company" can be.
func (r *resolver) namedBetween(e *ent, from, to int) bool {
	named, between := false, false
	for _, mi := range e.mentions {
		m := r.d.Mentions[mi]
		named = named || m.Kind == text.MentionName && m.Start < to
		between = between || m.Start >= from && m.Start < to
	}
	return named && between
}

// mentionedBetween: e has a mention starting in [from, to).
func (r *resolver) mentionedBetween(e *ent, from, to int) bool {
	for _, mi := range e.mentions {
		if s := r.d.Mentions[mi].Start; s >= from && s < to {
			return true
		}
	}
	return false
}

// hasWordPrefix: s starts with the word w, in any case.
func hasWordPrefix(s, w string) bool {
	return len(s) > len(w) && strings.EqualFold(s[:len(w)], w) && s[len(w)] == ' '
}
