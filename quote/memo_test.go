package quote

import (
	"strings"
	"testing"

	"dateline/entity"
	"dateline/text"
)

// TestMemosAnswerAsTheRulesDo checks the per-token and per-sentence
// memos (memo.go, lemma) against the functions they keep the answers of,
// on two documents read in turn by one work, as the stage's pool does: a
// memo left over from the first document would answer for the second.
func TestMemosAnswerAsTheRulesDo(t *testing.T) {
	raw := testArticle(t)
	docs := []string{
		string(raw),
		"VALDORA, March 3 (Wireline) - VICE-PRESIDENT MARA TELLO WON'T SIGN, Aides Say\n" +
			"Ex-Minister Piet Varga, co-chairman of Ostrava Rowing Club since May, said it wasn't over. " +
			"Club Director Hana Olsen, who spoke first, disagreed.\n",
	}
	w := &work{}
	lex := testLexicon(t)
	titles, datelines := 0, 0
	for _, txt := range docs {
		d := analyse(t, txt)
		w.reset(d, lex)
		for round := range 2 { // the second round reads the memos
			for i := range d.Tokens {
				if got, want := w.lowWord(i), lower(w.word(i)); got != want {
					t.Errorf("round %d: lowWord(%q) = %q, want %q", round, w.word(i), got, want)
				}
				if got, want := w.lemma(i), lower(d.Tokens[i].Lemma); got != want {
					t.Errorf("round %d: lemma(%q) = %q, want %q", round, w.word(i), got, want)
				}
				lo, hi := w.subtree(i)
				if wlo, whi := w.readSubtree(i); lo != wlo || hi != whi {
					t.Errorf("round %d: subtree(%d) = %d-%d, want %d-%d", round, i, lo, hi, wlo, whi)
				}
				if got, want := w.isPunct(i), w.readPunct(i); got != want {
					t.Errorf("round %d: isPunct(%q) = %v, want %v", round, w.word(i), got, want)
				}
				for hi := i - 1; hi <= min(i+12, len(d.Tokens)+1); hi++ {
					want := 0
					for k := max(i, 0); k < hi && k < len(d.Tokens); k++ {
						if isWordToken(d.Text, d.Tokens[k]) {
							want++
						}
					}
					if got := w.words(i, hi); got != want {
						t.Errorf("round %d: words(%d, %d) = %d, want %d", round, i, hi, got, want)
					}
				}
				if got, want := w.isSourceNounTok(i), entity.IsSourceNoun(w.word(i)); got != want {
					t.Errorf("round %d: isSourceNounTok(%q) = %v, want %v", round, w.word(i), got, want)
				}
				wantKey, wantMisread := w.cueKey(i), d.Tokens[i].UPOS == "NOUN" && w.misreadVerb(i)
				if wantMisread {
					wantKey = lower(d.Tokens[i].Lemma)
				}
				if key, misread := w.cueKeyOf(i); key != wantKey || misread != wantMisread {
					t.Errorf("round %d: cueKeyOf(%q) = %q %v, want %q %v", round, w.word(i), key, misread, wantKey, wantMisread)
				}
				if got, want := w.isTimeTok(i), isTimeWord(w.word(i)); got != want {
					t.Errorf("round %d: isTimeTok(%q) = %v, want %v", round, w.word(i), got, want)
				}
				got, want := w.isTitleTok(i), isTitle(w.word(i))
				if got != want {
					t.Errorf("round %d: isTitleTok(%q) = %v, want %v", round, w.word(i), got, want)
				}
				if want && round == 0 {
					titles++
				}
			}
			for pi, p := range d.Paragraphs {
				if got, want := w.datelineLen(pi), text.DatelineLen(d.Text[p.Start:p.End]); got != want {
					t.Errorf("round %d: paragraph %d dateline %d, want %d", round, pi, got, want)
				} else if want > 0 && round == 0 {
					datelines++
				}
			}
			for si, s := range d.Sentences {
				if got, want := w.sentenceTitleCase(si), w.titleCase(s.FirstToken, s.EndToken); got != want {
					t.Errorf("round %d: sentence %d title case %v, want %v", round, si, got, want)
				}
			}
		}
	}
	if datelines == 0 {
		t.Error("no dateline in the texts")
	}
	if titles < 3 {
		t.Errorf("%d titles in the texts: the test reads too few", titles)
	}
}

// TestDecideSumsTheHeadOnce checks that decide, which adds up the
// features that do not read the content's end once for all the ends it
// tries, gives the very probability and end of the sum of every feature
// made again for each end.
func TestDecideSumsTheHeadOnce(t *testing.T) {
	raw := testArticle(t)
	txt := string(raw) + "\nThe harbour board hinted that fees would rise, which angered the dockers. " +
		"Its chairwoman warned that the quay was failing and that repairs, which were late, would wait until spring.\n"
	d := analyse(t, txt)
	lex := testLexicon(t)
	m := testCueModel(t)
	w := &work{minReported: minReportedCue, model: m}
	w.reset(d, lex)
	w.findCues()
	several := 0
	for ci := range w.cues {
		c := w.cues[ci]
		if c.asked {
			continue
		}
		ends := 0
		want, wantHi := -1.0, c.hi
		w.eachEnd(&c, func() {
			ends++
			w.sink.reset(m)
			w.cueFeatures(&c, &w.sink)
			if q := sigmoid(w.sink.sum); q > want {
				want, wantHi = q, c.hi
			}
		})
		if ends > 1 {
			several++
		}
		got, _ := w.decide(&c)
		if got != want || c.hi != wantHi {
			t.Errorf("cue %q: decide %v (end %d), each end summed whole %v (end %d)",
				w.word(c.tok), got, c.hi, want, wantHi)
		}
	}
	if several == 0 {
		t.Error("no cue with several ends: the test reads none")
	}
}

// TestByteTestsBeforeLowerCasing checks isClitic and isRelativePronoun,
// which rule most words out by their bytes, against lower-casing every
// word as they did.
func TestByteTestsBeforeLowerCasing(t *testing.T) {
	clitic := func(w string) bool {
		switch strings.ToLower(strings.ReplaceAll(w, "’", "'")) {
		case "n't", "'s", "'re", "'ll", "'ve", "'d", "'m":
			return true
		}
		return false
	}
	relative := func(s string) bool {
		switch strings.ToLower(s) {
		case "who", "that", "which":
			return true
		}
		return false
	}
	words := []string{"n't", "N'T", "n’t", "N’T", "'s", "’s", "'S", "’S", "'re", "’RE", "'ll", "’ll", "'ve",
		"'d", "’D", "'m", "’m", "s", "'", "’", "it's", "nt", "don't", "''", "Who", "WHO", "who", "That",
		"THAT", "Which", "wHiCh", "whom", "whose", "thats", "wh", "ǅo", "\u212Aho", "İt", "Ärger", ""}
	for _, w := range words {
		if got, want := isClitic(w), clitic(w); got != want {
			t.Errorf("isClitic(%q) = %v, want %v", w, got, want)
		}
		if got, want := isRelativePronoun(w), relative(w); got != want {
			t.Errorf("isRelativePronoun(%q) = %v, want %v", w, got, want)
		}
	}
}
