package main

import (
	"slices"
	"testing"

	"dateline/text"
)

func TestParseAnn(t *testing.T) {
	// A brat file of our own: one attribution whose content has two
	// fragments, a Discuss line to ignore, offsets in code points.
	txt := "“Ça va,” dit-il, “bien.”"
	ann := "T1\tSource 9 15\tdit-il\nT2\tCue 9 12\tdit\nT3\tContent 1 6;18 22\tÇa va bien\n" +
		"T4\tDiscuss 0 1\t“\nE1\tAttribution:T2 Cue:T2 Content:T3 Source:T1\n"
	got, err := parseAnn(ann, byteOffsets(txt))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d attributions, want 1", len(got))
	}
	slice := func(ss []text.Span) []string {
		var out []string
		for _, s := range ss {
			out = append(out, txt[s.Start:s.End])
		}
		return out
	}
	if c := slice(got[0].content); !slices.Equal(c, []string{"Ça va", "bien"}) {
		t.Errorf("content = %q, want [Ça va bien]", c)
	}
	if c := slice(got[0].cue); !slices.Equal(c, []string{"dit"}) {
		t.Errorf("cue = %q, want [dit]", c)
	}
	for _, bad := range []string{"T1\tCue 5 3\tx\n", "T1\tCue a b\tx\n", "T1\tCue 0 999\tx\n"} {
		if _, err := parseAnn(bad, byteOffsets(txt)); err == nil {
			t.Errorf("parseAnn(%q) gave no error", bad)
		}
	}
}

func TestIsCue(t *testing.T) {
	atts := []attribution{{cue: []text.Span{{Start: 10, End: 14}}, content: []text.Span{{Start: 20, End: 60}}}}
	tests := []struct {
		name          string
		verb, content text.Span
		want          bool
	}{
		{"cue and content agree", text.Span{Start: 10, End: 14}, text.Span{Start: 22, End: 60}, true},
		{"right cue, content elsewhere", text.Span{Start: 10, End: 14}, text.Span{Start: 70, End: 90}, false},
		{"content inside a larger candidate", text.Span{Start: 10, End: 14}, text.Span{Start: 20, End: 110}, true},
		{"candidate overlapping a sliver", text.Span{Start: 10, End: 14}, text.Span{Start: 55, End: 110}, false},
		{"another verb", text.Span{Start: 15, End: 19}, text.Span{Start: 20, End: 60}, false},
	}
	for _, tt := range tests {
		if got := isCue(tt.verb, tt.content, atts); got != tt.want {
			t.Errorf("%s: isCue = %v, want %v", tt.name, got, tt.want)
		}
	}
}
