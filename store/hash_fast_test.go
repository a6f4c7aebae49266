package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normaliseTextRef is NormaliseText as it was written first, a rune at a
// time: the fast path must give the same text.
func normaliseTextRef(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	para, space, newlines := false, false, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newlines++
				if newlines >= 2 {
					para = true
				}
			}
			continue
		}
		if b.Len() > 0 {
			switch {
			case para:
				b.WriteString("\n\n")
			case space:
				b.WriteByte(' ')
			}
		}
		para, space, newlines = false, false, 0
		b.WriteRune(r)
	}
	return b.String()
}

func contentHashRef(title, text string) string {
	t, body := normaliseTextRef(title), normaliseTextRef(text)
	h := sha256.New()
	if t != "" {
		h.Write([]byte(t))
		if body != "" {
			h.Write([]byte("\n\n"))
		}
	}
	h.Write([]byte(body))
	return hex.EncodeToString(h.Sum(nil))
}

func entityKeyRef(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(name)), " "))
}

var hashSamples = []string{
	"", " ", "\n\n", "a", "Harbour Council", "harbour council", " harbour council", "harbour council ",
	"harbour  council", "harbour\tcouncil", "Harbour\n\nCouncil said.\r\n\r\nIt\vwas\fover.",
	"caf\u00e9 owners", "cafe\u0301 owners", "a\u00a0b\u0085c", "bad \xff byte\xfe", "\xe2\x80", "x\xe2\x80y",
	"The mayor said: \u201cWe will rebuild the pier.\u201d\n\nWork starts in May.",
	"\u2003em space\u3000ideographic", "ÅSA NORD", "Ünal  Öz", "O'Neill & Sons Ltd.", "\t\tTabs\t",
}

func TestNormaliseTextAsBefore(t *testing.T) {
	for _, s := range hashSamples {
		if got, want := NormaliseText(s), normaliseTextRef(s); got != want {
			t.Errorf("NormaliseText(%q) = %q, want %q", s, got, want)
		}
		for _, title := range []string{"", "  ", "A Title", "Ünal\n"} {
			if got, want := ContentHash(title, s), contentHashRef(title, s); got != want {
				t.Errorf("ContentHash(%q, %q) differs from the rune-at-a-time hash", title, s)
			}
		}
		if got, want := EntityKey(s), entityKeyRef(s); got != want {
			t.Errorf("EntityKey(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestEntityIDAsBefore(t *testing.T) {
	for _, s := range hashSamples {
		for _, typ := range []string{"PERSON", "ORG", ""} {
			sum := sha256.Sum256([]byte(typ + "\x00" + entityKeyRef(s)))
			if got, want := EntityID(typ, s), "e"+hex.EncodeToString(sum[:8]); got != want {
				t.Errorf("EntityID(%q, %q) = %q, want %q", typ, s, got, want)
			}
		}
	}
	long := strings.Repeat("Northern Harbour Rail Company ", 10)
	sum := sha256.Sum256([]byte("ORG\x00" + entityKeyRef(long)))
	if got, want := EntityID("ORG", long), "e"+hex.EncodeToString(sum[:8]); got != want {
		t.Errorf("EntityID of a long name = %q, want %q", got, want)
	}
}

func TestEntityKeyOfAKeyIsItself(t *testing.T) {
	k := "harbour council"
	if got := EntityKey(k); got != k || !strings.EqualFold(got, k) {
		t.Fatalf("EntityKey(%q) = %q", k, got)
	}
	if n := testing.AllocsPerRun(100, func() { EntityKey(k) }); n != 0 {
		t.Errorf("EntityKey of a key allocated %v times, want 0", n)
	}
}

func FuzzNormaliseTextAsBefore(f *testing.F) {
	for _, s := range hashSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormaliseText(s), normaliseTextRef(s); got != want {
			t.Errorf("NormaliseText(%q) = %q, want %q", s, got, want)
		}
		if got, want := EntityKey(s), entityKeyRef(s); got != want {
			t.Errorf("EntityKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := ContentHash(s, s), contentHashRef(s, s); got != want {
			t.Errorf("ContentHash(%q, %q) differs", s, s)
		}
	})
}
