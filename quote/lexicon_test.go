package quote

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func gz(t *testing.T, s string) *bytes.Reader {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return bytes.NewReader(b.Bytes())
}

func TestReadLexicon(t *testing.T) {
	t.Run("counts are smoothed towards the seed prior", func(t *testing.T) {
		l, err := ReadLexicon(gz(t, "# comment\nsay\tccomp\t97\t97\nsupport\tobj\t100\t10\n"), "test")
		if err != nil {
			t.Fatal(err)
		}
		// say: (97 + 3×0.7) / (97 + 3) = 0.991
		if got := l.Score("say", FrameCcomp); got < 0.98 || got > 1 {
			t.Errorf("Score(say, ccomp) = %.3f, want about 0.99", got)
		}
		// support: (10 + 3×0.2) / 103 = 0.103
		if got := l.Score("support", FrameObj); got < 0.09 || got > 0.12 {
			t.Errorf("Score(support, obj) = %.3f, want about 0.10", got)
		}
		if got := l.Score("tell", FrameQuote); got < speechPrior-1e-6 || got > speechPrior+1e-6 {
			t.Errorf("Score(tell, quote) with no counts = %.3f, want the prior %.1f", got, speechPrior)
		}
		if got := l.Score("walk", FrameCcomp); got != 0 {
			t.Errorf("Score(walk) = %.3f, want 0 for an unknown lemma", got)
		}
	})
	for _, tt := range []struct{ name, in, want string }{
		{"too few fields", "say\tccomp\t3\n", "want 4 tab-separated fields"},
		{"unknown frame", "say\tnope\t3\t1\n", `unknown frame "nope"`},
		{"more cues than uses", "say\tccomp\t3\t4\n", "cue ≤ n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLexicon(gz(t, tt.in), "cues.tsv.gz")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), `"cues.tsv.gz"`) {
				t.Errorf("err = %v, want one naming the input and saying %q", err, tt.want)
			}
		})
	}
	t.Run("not gzip", func(t *testing.T) {
		if _, err := ReadLexicon(strings.NewReader("say\tccomp\t1\t1\n"), "plain.tsv"); err == nil || !strings.Contains(err.Error(), `"plain.tsv"`) {
			t.Errorf("err = %v, want one naming the input", err)
		}
	})
}

func TestDefaultLexicon(t *testing.T) {
	l, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	// The embedded counts must make "said" with a clause a near-certain
	// cue and "have" with an object a rare one.
	if got := l.Score("say", FrameCcomp); got < 0.8 {
		t.Errorf("Score(say, ccomp) = %.2f, want ≥ 0.8", got)
	}
	if got := l.Score("have", FrameObj); got > 0.2 {
		t.Errorf("Score(have, obj) = %.2f, want ≤ 0.2", got)
	}
}
