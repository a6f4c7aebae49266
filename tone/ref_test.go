package tone

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"dateline/text"
)

// refScore is Score as it was before its ASCII fast path and single
// lexicon lookup (2026-11-29): the new one must score every text alike.
func refScore(s string) (*text.Tone, error) {
	l, err := load()
	if err != nil {
		return nil, err
	}
	var t tally
	var prev [2]string
	var bufs [3][32]byte
	cur := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', ',', ';', ':', '!', '?', '"', '“', '”', '(', ')':
				t.clause() // a negator does not cross a clause
			}
			i += w
			continue
		}
		// A word: letters with inner apostrophes ("didn't", "Zelensky’s").
		b := bufs[cur][:0]
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) {
				if len(b)+w2 <= cap(b) {
					b = utf8.AppendRune(b, unicode.ToLower(r2))
				}
				j += w2
				continue
			}
			if (r2 == '\'' || r2 == '’') && j+w2 < len(s) && isLetterAt(s, j+w2) {
				b = append(b, '\'')
				j += w2
				continue
			}
			break
		}
		i = j
		word := b
		score := int8(0)
		if v, ok := l.words[string(word)]; ok {
			score = v
		}
		// Phrases end at this word: "can't stand", "does not work".
		span := 1 // words the entry covers
		if prev[0] != "" && l.starts[prev[0]] {
			if v, ok := l.phrases[prev[0]+" "+string(word)]; ok {
				score, span = v, 2
			}
		}
		if prev[1] != "" && l.starts[prev[1]] {
			if v, ok := l.phrases[prev[1]+" "+prev[0]+" "+string(word)]; ok {
				score, span = v, 3
			}
		}
		t.add(score, span, negators[string(word)] || isNegContraction(word))
		prev[1] = prev[0]
		prev[0] = string(word) // a short-lived copy; phrases are rare
		cur = (cur + 1) % len(bufs)
	}
	return t.tone(), nil
}

func FuzzScoreMatchesReference(f *testing.F) {
	for _, s := range []string{
		"The talks were not a success.",
		"Residents can't stand the noise; it does not work.",
		"Aid didn’t help “at all”, officials said (again).",
		"ÉNORME succès: Zoë’s café wasn't bad, NOT GOOD",
		"a\xffb not\x80good",
		"Supercalifragilisticexpialidociousnessesandmore good",
		"no fun at all, can't stand it",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Score(s)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := refScore(s)
		if *got != *want {
			t.Fatalf("Score(%q) = %+v, want %+v", s, *got, *want)
		}
	})
}
