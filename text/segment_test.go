package text

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSegmenterStage(t *testing.T) {
	sg := NewSegmenter()
	if got, want := sg.Name(), "segment.v1"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
	if got := sg.Requires(); len(got) != 0 {
		t.Errorf("Requires() = %q, want none", got)
	}
	if got, want := sg.Assigns(), []string{"paragraphs", "sentences", "tokens"}; !slices.Equal(got, want) {
		t.Errorf("Assigns() = %q, want %q", got, want)
	}
}

func TestSegmenterProcess(t *testing.T) {
	t.Run("fills paragraphs, sentences and untagged tokens", func(t *testing.T) {
		d := NewDocument(Article{Text: "Talks end\n\nThe envoy left. “We will return,” she said.\n"})
		if err := NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatalf("Process: %v", err)
		}
		checkSegmentation(t, d.Text, d.Paragraphs, d.Sentences, d.Tokens)
		var paras []string
		for _, p := range d.Paragraphs {
			paras = append(paras, d.Slice(p))
		}
		if want := []string{"Talks end", "The envoy left. “We will return,” she said."}; !slices.Equal(paras, want) {
			t.Errorf("paragraphs = %q, want %q", paras, want)
		}
		if got, want := len(d.Sentences), 3; got != want {
			t.Errorf("got %d sentences, want %d", got, want)
		}
		for i, tok := range d.Tokens {
			if tok.Head != -1 || tok.UPOS != "" || tok.Lemma != "" || tok.Rel != "" || tok.NER != "" {
				t.Errorf("token %d %q = %+v, want Head -1 and no tags", i, d.Slice(tok.Span), tok)
			}
		}
	})
	t.Run("split abbreviation period is its own token in the sentence", func(t *testing.T) {
		d := NewDocument(Article{Text: "They moved to the U.S. The rest stayed."})
		if err := NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatalf("Process: %v", err)
		}
		checkSegmentation(t, d.Text, d.Paragraphs, d.Sentences, d.Tokens)
		first := d.Sentences[0]
		var got []string
		for _, tok := range d.Tokens[first.FirstToken:first.EndToken] {
			got = append(got, d.Slice(tok.Span))
		}
		if want := []string{"They", "moved", "to", "the", "U.S", "."}; !slices.Equal(got, want) {
			t.Errorf("first sentence tokens = %q, want %q", got, want)
		}
	})
	t.Run("cancelled context is an error", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := NewSegmenter().Process(ctx, NewDocument(Article{Text: "Hello."}))
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Process with a cancelled context = %v, want context.Canceled", err)
		}
	})
}

// TestSummitFixture checks the article the project was started from: its
// body (without the language-picker line) has 18 sentences.
func TestSummitFixture(t *testing.T) {
	path := filepath.Join(sharedDir, "fixtures/summit/article.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		if _, serr := os.Stat(sharedDir); serr != nil && os.Getenv("CI") == "" {
			t.Skipf("%s is absent: %v", sharedDir, serr)
		}
		t.Fatalf("read fixture: %v", err)
	}
	_, body, ok := strings.Cut(string(b), "\n")
	if !ok || !strings.HasPrefix(string(b), "Select Language") {
		t.Fatalf("%s no longer starts with its language-picker line", path)
	}
	paras, sents, toks := segment(body, false)
	checkSegmentation(t, body, paras, sents, toks)
	if len(sents) != 18 {
		for i, s := range sents {
			t.Logf("sentence %d: %s", i+1, body[s.Start:s.End])
		}
		t.Fatalf("got %d sentences, want 18", len(sents))
	}
	if got, want := len(paras), 11; got != want {
		t.Errorf("got %d paragraphs, want %d", got, want)
	}
}

// checkSegmentation asserts the invariants every segmentation keeps: spans
// in bounds and ordered, paragraphs without blank or indented lines, sentences inside
// paragraphs and covering all tokens in order, tokens inside their
// sentence, and only spaces between tokens, so that the tokens and the
// text between them rebuild the text exactly.
func checkSegmentation(t *testing.T, s string, paras []Span, sents []Sentence, toks []Token) {
	t.Helper()
	prev := 0
	for i, p := range paras {
		if p.Start < prev || p.End <= p.Start || p.End > len(s) {
			t.Fatalf("paragraph %d %v out of order or bounds (text %d bytes)", i, p, len(s))
		}
		para := s[p.Start:p.End]
		for _, next := nextLine(para, 0); next <= len(para); {
			// Only hard-wrapped text joins lines, and never over a
			// blank or indented line.
			var l line
			l, next = nextLine(para, next)
			if l.start == l.end || para[l.start] == ' ' || para[l.start] == '\t' {
				t.Fatalf("paragraph %d %q holds a paragraph break", i, para)
			}
		}
		prev = p.End
	}
	var b strings.Builder
	prev = 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
			t.Fatalf("token %d %v out of order or bounds (previous ends %d, text %d bytes)", i, tok.Span, prev, len(s))
		}
		gap := s[prev:tok.Start]
		if strings.TrimFunc(gap, IsSpace) != "" {
			t.Fatalf("text %q between tokens %d and %d is not space", gap, i-1, i)
		}
		if tok.Head != -1 {
			t.Fatalf("token %d Head = %d, want -1", i, tok.Head)
		}
		b.WriteString(gap)
		b.WriteString(s[tok.Start:tok.End])
		prev = tok.End
	}
	if tail := s[prev:]; strings.TrimFunc(tail, IsSpace) != "" {
		t.Fatalf("text %q after the last token is not space", tail)
	}
	b.WriteString(s[prev:])
	if b.String() != s {
		t.Fatalf("tokens and gaps rebuild %q, want %q", b.String(), s)
	}
	next, pi := 0, 0
	for i, se := range sents {
		if se.FirstToken != next || se.EndToken <= se.FirstToken || se.EndToken > len(toks) {
			t.Fatalf("sentence %d tokens [%d,%d) do not follow %d (of %d tokens)", i, se.FirstToken, se.EndToken, next, len(toks))
		}
		if se.Start != toks[se.FirstToken].Start || se.End != toks[se.EndToken-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", i, se.Span)
		}
		for pi < len(paras) && paras[pi].End < se.End {
			pi++
		}
		if pi == len(paras) || se.Start < paras[pi].Start {
			t.Fatalf("sentence %d %v is not inside one paragraph", i, se.Span)
		}
		next = se.EndToken
	}
	if next != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
	}
}
