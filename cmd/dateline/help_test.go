package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// Every command, and each model of train, answers --help with its usage
// and exit status 0, as the README's last line promises.
func TestEveryCommandHasHelp(t *testing.T) {
	var args [][]string
	for name := range commands {
		args = append(args, []string{name, "--help"})
	}
	args = append(args, []string{"train", "-h"}, []string{"train", "syntax", "--help"}, []string{"train", "ner", "--help"})
	for _, a := range args {
		t.Run(strings.Join(a, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), a, strings.NewReader(""), &out, &errb)
			got := out.String()
			if errb.Len() > 0 {
				t.Errorf("help went to stderr, want stdout (to page or grep it): %.80q", errb.String())
			}
			want := "Usage: dateline " + a[0]
			if a[0] == "train" && a[1] != "-h" && a[1] != "--help" {
				want += " " + a[1]
			}
			if code != 0 || !strings.HasPrefix(got, want) {
				t.Errorf("exit %d, output %.120q; want 0 and a usage starting %q", code, got, want)
			}
		})
	}
	t.Run("an unknown model is named", func(t *testing.T) {
		var out, errb bytes.Buffer
		if code := run(context.Background(), []string{"train", "tagger"}, strings.NewReader(""), &out, &errb); code != 2 ||
			!strings.Contains(errb.String(), `unknown model "tagger"`) {
			t.Errorf("train tagger: exit %d, stderr %q; want 2 naming the model", code, errb.String())
		}
	})
}

// A misspelt flag is one line naming the command and the flag, then where
// the flags are listed; not the flag package's error buried above the
// whole usage.
func TestMisspeltFlagIsShort(t *testing.T) {
	var args [][]string
	for name := range commands {
		if name != "train" {
			args = append(args, []string{name, "--formt", "json"})
		}
	}
	args = append(args, []string{"train", "syntax", "--formt", "json"}, []string{"train", "ner", "--formt", "json"})
	for _, a := range args {
		t.Run(strings.Join(a, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), a, strings.NewReader(""), &out, &errb)
			lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
			name := strings.Join(a[:len(a)-2], " ")
			if code != 2 || len(lines) != 2 || lines[0] != "dateline "+name+": flag provided but not defined: -formt" ||
				!strings.Contains(lines[1], "'dateline "+name+" --help'") {
				t.Errorf("exit %d, stderr:\n%s\nwant 2 and two lines naming %q and -formt", code, errb.String(), name)
			}
		})
	}
}

// A command given no FILE reads stdin; on a terminal it says so instead of
// seeming to hang. (/dev/null is a character device, as a terminal is.)
func TestStdinHintOnATerminal(t *testing.T) {
	for _, tc := range []struct{ cmd, what string }{{"extract", "articles"}, {"export", "Analysis JSON"}, {"parse", "CoNLL-U"}} {
		t.Run(tc.cmd, func(t *testing.T) {
			tty, err := os.Open(os.DevNull)
			if err != nil {
				t.Fatal(err)
			}
			defer tty.Close()
			var out, errb bytes.Buffer
			run(context.Background(), []string{tc.cmd}, tty, &out, &errb)
			if want := "dateline " + tc.cmd + ": reading " + tc.what + " from stdin; end with Ctrl-D"; !strings.Contains(errb.String(), want) {
				t.Errorf("stderr %q, want %q", errb.String(), want)
			}
			errb.Reset()
			run(context.Background(), []string{tc.cmd}, strings.NewReader(""), &out, &errb)
			if strings.Contains(errb.String(), "Ctrl-D") {
				t.Errorf("stdin not a terminal: stderr %q, want no hint", errb.String())
			}
		})
	}
}
