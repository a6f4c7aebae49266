package petrarch

import (
	"fmt"
	"io"
	"strings"
)

// VerbDict is a PETRARCH-2 verb dictionary: verb blocks, each a set of
// verbs sharing a list of phrase patterns, and the synonym sets the
// patterns refer to ("&CURRENCY").
type VerbDict struct {
	Blocks  []VerbBlock
	Synsets map[string][][]Word // "&NAME" → member phrases (members may be "&OTHER")
}

// VerbBlock is one "--- NAME [code] ---" block.
type VerbBlock struct {
	Name     string
	Code     string // the block's code; "---" or "" means none
	Verbs    []Verb
	Patterns []Pattern
	Line     int
}

// Verb is one verb of a block. Words is the whole verb phrase
// ("+BREAK_DOWN" → BREAK DOWN) and Head the index of the verb word in it;
// Forms are the irregular inflections the file lists (same shape as
// Words). Code overrides the block's code when set.
type Verb struct {
	Words []Word
	Head  int
	Forms [][]Word
	Code  string
}

// Pattern is one "- PRE * POST [code:reverse]" line. Code is the event
// from the source to the target, Reverse the event from the target back to
// the source ("[032:033]": a visit and its hosting); either may be empty.
// Words joined by '_' must be adjacent; words apart may have others
// between them. PreJoined says the last pre element touches the verb
// ("IN_*").
type Pattern struct {
	Pre, Post     []Elem
	PreJoined     bool
	Code, Reverse string
	Line          int
}

// ElemKind says what one pattern element matches.
type ElemKind uint8

const (
	ElemWord     ElemKind = iota // a word (stem unless stopped)
	ElemSynset                   // any member of a synonym set
	ElemSource                   // '$': the source actor is here
	ElemTarget                   // '+': the target actor is here
	ElemCompound                 // '%': the subject is compound; each member acts on the others
	ElemSkip                     // '^': skip a noun phrase
	ElemPrep                     // (PREP ...): a prepositional phrase
	ElemGroup                    // {A B}: a noun phrase
)

// Elem is one element of a pattern. Sub holds the elements of a
// prepositional phrase or noun group.
type Elem struct {
	Kind   ElemKind
	Joined bool   // written with '_' after the previous element (or the verb): must be adjacent to it
	Word   Word   // ElemWord
	Name   string // ElemSynset: "&NAME"
	Sub    []Elem
}

// ReadVerbs reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt and the
// validation verb files). Synonym sets are "&NAME" lines followed by '+'
// member lines; a block starts at "--- NAME [code] ---" and holds verb
// lines ("HURRY {HURRIES HURRIED}", "+CALL_OFF [160]", "KLM_+RST") and
// pattern lines ("- * (TO +) [042:043]"). The TRANSFORMATIONS section and
// anything after it is ignored.
func ReadVerbs(r io.Reader, name string) (*VerbDict, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	d := &VerbDict{Synsets: map[string][][]Word{}}
	var block *VerbBlock
	synset := ""
	for _, l := range lines {
		t := l.text
		switch {
		case strings.HasPrefix(t, "~"):
			continue // transformation rules: not used by this coder
		case strings.HasPrefix(t, "---"):
			synset = ""
			inner := strings.TrimSpace(strings.Trim(t, "-"))
			head, groups := splitBrackets(inner)
			code := ""
			if len(groups) > 0 {
				code = normCode(groups[0])
			}
			d.Blocks = append(d.Blocks, VerbBlock{Name: strings.ToUpper(head), Code: code, Line: l.n})
			block = &d.Blocks[len(d.Blocks)-1]
		case strings.HasPrefix(t, "&"):
			f := strings.Fields(t)
			synset = strings.ToUpper(strings.TrimRight(f[0], "_"))
			if _, ok := d.Synsets[synset]; !ok {
				d.Synsets[synset] = nil
			}
		case strings.HasPrefix(t, "+") && synset != "":
			m := strings.TrimSpace(t[1:])
			if strings.HasPrefix(m, "&") {
				d.Synsets[synset] = append(d.Synsets[synset], []Word{{Text: strings.ToUpper(strings.TrimRight(m, "_ "))}})
			} else if w := phraseWords(m); len(w) > 0 {
				d.Synsets[synset] = append(d.Synsets[synset], w)
			}
		case strings.HasPrefix(t, "-"):
			synset = ""
			if block == nil {
				continue
			}
			p, err := parsePattern(t[1:], l.n)
			if err != nil {
				return nil, fmt.Errorf("verb dictionary %q line %d: %w", name, l.n, err)
			}
			block.Patterns = append(block.Patterns, p)
		default:
			synset = ""
			if block == nil {
				continue
			}
			if v, ok := parseVerb(t); ok {
				block.Verbs = append(block.Verbs, v)
			}
		}
	}
	if len(d.Blocks) == 0 {
		return nil, fmt.Errorf("verb dictionary %q: no verb blocks (--- NAME [code] ---)", name)
	}
	return d, nil
}

// normCode upper-cases a code and drops spaces; "[---]" stays "---".
func normCode(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), "")) }

func splitCode(s string) (code, reverse string) {
	s = normCode(s)
	code, reverse, _ = strings.Cut(s, ":")
	return code, reverse
}

// parseVerb reads "WORD {FORMS} [code]" or a multi-word verb "+A_B" /
// "A_+B" where '+' marks the verb word.
func parseVerb(t string) (Verb, bool) {
	head, groups := splitBrackets(t)
	forms := ""
	if i := strings.IndexByte(head, '{'); i >= 0 {
		forms = head[i+1:]
		if j := strings.IndexByte(forms, '}'); j >= 0 {
			forms = forms[:j]
		}
		head = head[:i]
	}
	words, hi := verbWords(head)
	if len(words) == 0 {
		return Verb{}, false
	}
	v := Verb{Words: words, Head: hi}
	if len(groups) > 0 {
		v.Code, _ = splitCode(groups[0])
	}
	for _, f := range strings.Fields(forms) {
		if w, _ := verbWords(f); len(w) == len(words) {
			v.Forms = append(v.Forms, w)
		} else if len(w) > 0 && len(words) == 1 {
			v.Forms = append(v.Forms, w[:1])
		}
	}
	return v, true
}

// verbWords splits a verb phrase and finds its verb word: the word after
// '+', or the first word.
func verbWords(s string) ([]Word, int) {
	s = strings.TrimSpace(s)
	hi := 0
	if i := strings.IndexByte(s, '+'); i > 0 {
		hi = len(phraseWords(s[:i]))
	}
	w := phraseWords(strings.ReplaceAll(s, "+", ""))
	if hi >= len(w) {
		hi = 0
	}
	return w, hi
}

// parsePattern reads the text after the leading '-' of a pattern line.
func parsePattern(s string, n int) (Pattern, error) {
	body, groups := splitBrackets(s)
	p := Pattern{Line: n}
	if len(groups) == 0 {
		return p, fmt.Errorf("pattern %q has no [code]", strings.TrimSpace(s))
	}
	p.Code, p.Reverse = splitCode(groups[0])
	toks := patternTokens(body)
	star := -1
	for i, tk := range toks {
		if tk == "*" {
			star = i
			break
		}
	}
	if star < 0 {
		return p, fmt.Errorf("pattern %q has no '*' for the verb", strings.TrimSpace(s))
	}
	pre, _ := parseElems(toks[:star], 0, "")
	post, _ := parseElems(toks[star+1:], 0, "")
	p.Pre, p.Post = pre, post
	p.PreJoined = star > 0 && toks[star-1] == "_"
	if star+1 < len(toks) && toks[star+1] == "_" && len(post) > 0 {
		post[0].Joined = true
	}
	return p, nil
}

// patternTokens splits a pattern on spaces and '_' and makes '*', '(',
// ')', '{', '}' tokens of their own; a '_' between two tokens is kept as
// a "_" token so adjacency survives.
func patternTokens(s string) []string {
	var out []string
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, strings.ToUpper(cur.String()))
			cur.Reset()
		}
	}
	for _, r := range s {
		switch r {
		case '_':
			flush()
			if len(out) > 0 && out[len(out)-1] != "_" {
				out = append(out, "_")
			}
		case ' ', '\t':
			flush()
		case '*', '(', ')', '{', '}':
			flush()
			out = append(out, string(r))
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}

// parseElems reads tokens until the closing bracket close (or the end).
func parseElems(toks []string, i int, close string) ([]Elem, int) {
	var out []Elem
	joined := false
	add := func(e Elem) {
		e.Joined = joined
		joined = false
		out = append(out, e)
	}
	for i < len(toks) {
		tk := toks[i]
		i++
		switch tk {
		case "_":
			joined = len(out) > 0
			continue
		case close:
			return out, i
		case ")", "}":
			continue // unbalanced closer: ignore
		case "(":
			sub, j := parseElems(toks, i, ")")
			i = j
			if len(sub) > 0 {
				add(Elem{Kind: ElemPrep, Sub: sub})
			}
		case "{":
			sub, j := parseElems(toks, i, "}")
			i = j
			if len(sub) > 0 {
				add(Elem{Kind: ElemGroup, Sub: sub})
			}
		case "$":
			add(Elem{Kind: ElemSource})
		case "+":
			add(Elem{Kind: ElemTarget})
		case "%":
			add(Elem{Kind: ElemCompound})
		case "^":
			add(Elem{Kind: ElemSkip})
		default:
			switch {
			case strings.HasPrefix(tk, "&"):
				add(Elem{Kind: ElemSynset, Name: strings.TrimRight(tk, "_")})
			case strings.HasPrefix(tk, "+") && len(tk) > 1: // "+WORD": target marker glued to a word
				add(Elem{Kind: ElemTarget})
				add(Elem{Kind: ElemWord, Word: Word{Text: tk[1:], Stopped: true}})
			case strings.HasSuffix(tk, "+") && len(tk) > 1:
				add(Elem{Kind: ElemWord, Word: Word{Text: tk[:len(tk)-1], Stopped: true}})
				add(Elem{Kind: ElemTarget})
			default:
				add(Elem{Kind: ElemWord, Word: Word{Text: tk, Stopped: true}})
			}
		}
	}
	return out, i
}
