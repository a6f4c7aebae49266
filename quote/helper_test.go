package quote

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"dateline/text"
)

// person is an entity of a hand-built document with the texts of its
// mentions; "she#2" is the second occurrence of "she" in the text. A
// name "GROUP:nurses" makes a GROUP entity named "nurses".
type person struct {
	name     string
	mentions []string
}

// parsedDoc segments txt with the real segmenter and lays a hand-written
// parse over its tokens, so that the quote rules are tested apart from
// the parser's mistakes. parse has one line per sentence: a token is
// "UPOS/lemma/head/rel" with head 1-based within the sentence (0: root);
// "VERB:VBD/…" sets the XPOS too.
func parsedDoc(t *testing.T, txt string, parse []string, people ...person) *text.Document {
	t.Helper()
	d := text.NewDocument(text.Article{Text: txt})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(parse) != len(d.Sentences) {
		t.Fatalf("%d parse lines for %d sentences: %q", len(parse), len(d.Sentences), sentenceTexts(d))
	}
	for si, line := range parse {
		s := d.Sentences[si]
		toks := strings.Fields(line)
		if len(toks) != s.EndToken-s.FirstToken {
			t.Fatalf("sentence %d %q: %d parsed tokens for %d tokens %q", si, d.Slice(s.Span), len(toks),
				s.EndToken-s.FirstToken, tokenTexts(d, s))
		}
		for i, spec := range toks {
			f := strings.Split(spec, "/")
			if len(f) != 4 {
				t.Fatalf("sentence %d token %d: bad spec %q, want UPOS/lemma/head/rel", si, i, spec)
			}
			h, err := strconv.Atoi(f[2])
			if err != nil {
				t.Fatalf("sentence %d token %d: bad head in %q", si, i, spec)
			}
			tok := &d.Tokens[s.FirstToken+i]
			tok.UPOS, tok.Lemma, tok.Rel, tok.Head = f[0], f[1], f[3], -1
			tok.UPOS, tok.XPOS, _ = strings.Cut(f[0], ":")
			if h > 0 {
				tok.Head = s.FirstToken + h - 1
			}
		}
	}
	for ei, p := range people {
		// "GROUP:nurses" names an entity of another type than PERSON.
		typ, name, ok := strings.Cut(p.name, ":")
		if !ok || strings.ToUpper(typ) != typ {
			typ, name = "PERSON", p.name
		}
		e := text.Entity{ID: "E" + strconv.Itoa(ei+1), Name: name, Type: typ}
		for _, m := range p.mentions {
			sp := findNth(t, txt, m)
			kind := text.MentionName
			if strings.ToLower(d.Slice(sp)) == d.Slice(sp) {
				kind = text.MentionPronoun
			}
			e.Mentions = append(e.Mentions, len(d.Mentions))
			d.Mentions = append(d.Mentions, text.Mention{Span: sp, Kind: kind, Type: typ, Entity: ei})
		}
		d.Entities = append(d.Entities, e)
	}
	return d
}

// findNth finds "word" or "word#n" (the n-th whole-word occurrence).
func findNth(t *testing.T, s, spec string) text.Span {
	t.Helper()
	w, nth := spec, 1
	if i := strings.LastIndexByte(spec, '#'); i > 0 {
		n, err := strconv.Atoi(spec[i+1:])
		if err != nil {
			t.Fatalf("bad mention %q", spec)
		}
		w, nth = spec[:i], n
	}
	from := 0
	for {
		i := strings.Index(s[from:], w)
		if i < 0 {
			t.Fatalf("mention %q not found", spec)
		}
		i += from
		end := i + len(w)
		whole := (i == 0 || !isLetterByte(s[i-1])) && (end == len(s) || !isLetterByte(s[end]))
		if whole {
			if nth--; nth == 0 {
				return text.Span{Start: i, End: end}
			}
		}
		from = i + 1
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func sentenceTexts(d *text.Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func tokenTexts(d *text.Document, s text.Sentence) []string {
	var out []string
	for _, t := range d.Tokens[s.FirstToken:s.EndToken] {
		out = append(out, d.Slice(t.Span))
	}
	return out
}

// got is a quote as the tests compare it.
type got struct {
	kind     text.QuoteKind
	text     string
	speaker  string // entity name, "" for none
	cue      string
	listener string
}

func describe(d *text.Document, qs []text.Quote) []got {
	name := func(i int) string {
		if i < 0 {
			return ""
		}
		return d.Entities[i].Name
	}
	var out []got
	for _, q := range qs {
		out = append(out, got{q.Kind, d.QuoteText(&q), name(q.Speaker), q.Cue, name(q.Listener)})
	}
	return out
}

// wantQuoteIn analyses txt and checks the quote whose text is want.text
// against want whole: kind, speaker, cue and listener.
func wantQuoteIn(t *testing.T, txt string, want got) {
	t.Helper()
	checkQuote(t, analyse(t, txt), want, "quote "+strconv.Quote(want.text), func(g got) bool { return g.text == want.text })
}

// wantNoQuotes checks that each sentence, analysed alone, reports no quote.
func wantNoQuotes(t *testing.T, sentences ...string) {
	t.Helper()
	for _, s := range sentences {
		if d := analyse(t, s); len(d.Quotes) > 0 {
			t.Errorf("%q: got %+v, want no quote", s, describe(d, d.Quotes))
		}
	}
}

// wantCuedQuote checks the quote of d cued by want.cue against want whole.
func wantCuedQuote(t *testing.T, d *text.Document, want got) {
	t.Helper()
	checkQuote(t, d, want, "quote cued by "+strconv.Quote(want.cue), func(g got) bool { return g.cue == want.cue })
}

// checkQuote compares the first quote of d that match picks with want.
func checkQuote(t *testing.T, d *text.Document, want got, what string, match func(got) bool) {
	t.Helper()
	for _, g := range describe(d, d.Quotes) {
		if match(g) {
			if g != want {
				t.Errorf("got %+v, want %+v", g, want)
			}
			return
		}
	}
	t.Errorf("no %s among %+v", what, describe(d, d.Quotes))
}

// wantIndirectSpan analyses txt and checks that cue reports exactly one
// indirect quote, spanning want.
func wantIndirectSpan(t *testing.T, txt, cue, want string) {
	t.Helper()
	d := analyse(t, txt)
	var spans []string
	for _, q := range d.Quotes {
		if q.Kind == text.QuoteIndirect && q.Cue == cue {
			spans = append(spans, d.Slice(q.Span))
		}
	}
	if len(spans) != 1 || spans[0] != want {
		t.Errorf("indirect quotes cued by %q = %q, want [%q]", cue, spans, want)
	}
}

func testLexicon(t *testing.T) *Lexicon {
	t.Helper()
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func testCueModel(t *testing.T) *CueModel {
	t.Helper()
	m, err := DefaultCueModel()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// runQuotes runs the quote stage, with the test lexicon, over d.
func runQuotes(t *testing.T, d *text.Document) {
	t.Helper()
	if err := NewStageWith(Config{Lexicon: testLexicon(t)}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
}

// checkCueSpeaker checks the speaker of the first quote in d cued by cue:
// want is its speaker's name, or "" for none, in which case no quote cued
// by cue is right too.
func checkCueSpeaker(t *testing.T, d *text.Document, cue, want string) {
	t.Helper()
	found := describe(d, d.Quotes)
	for _, g := range found {
		if g.cue != cue {
			continue
		}
		if g.speaker != want {
			t.Errorf("quote cued by %q has speaker %q, want %q", cue, g.speaker, want)
		}
		return
	}
	if want != "" {
		t.Errorf("no quote cued by %q among %+v", cue, found)
	}
}

// speakerCase is a sentence with its parse laid by hand, the people the
// entity stage would have found in it, and the speaker wanted for the
// quote its cue makes (the speaker's name, "" for none).
type speakerCase struct {
	name, text string
	parse      []string
	people     []person
	cue, want  string
}

// checkSpeakerCases runs the quote stage over each case and checks its
// cue's speaker (checkCueSpeaker).
func checkSpeakerCases(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			runQuotes(t, d)
			checkCueSpeaker(t, d, tt.cue, tt.want)
		})
	}
}
