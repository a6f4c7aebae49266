package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A user's own PETRARCH dictionaries, written for this test: the events
// must come out in their codes, not the built-in Phoenix ones.
const (
	testVerbs = `--- CONDEMN [111] ---
CONDEMN
- * (FOR BLOCKADE) [1312]
`
	testActors = `VALORIA_ [VAL]
TESSALY_ [TES]
`
	testConfig = `[Dictionaries]
verbfile_name    = verbs.txt
actorfile_list   = actors.txt
`
)

func TestExtractPetrarchConfig(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"verbs.txt": testVerbs, "actors.txt": testActors, "PETR_config.ini": testConfig} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in := `{"id":"a","text":"Valoria condemned Tessaly on Monday.","published":"2025-08-18"}` + "\n"
	t.Run("codes with the config's dictionaries", func(t *testing.T) {
		var out, errb bytes.Buffer
		args := []string{"extract", "--format", "jsonl", "--petrarch-config", filepath.Join(dir, "PETR_config.ini"), "-"}
		if code := run(context.Background(), args, strings.NewReader(in), &out, &errb); code != 0 {
			t.Fatalf("exit %d (stderr %q)", code, errb.String())
		}
		var a struct {
			Events []struct {
				Code           string
				Actor1, Actor2 struct{ Code string }
			}
		}
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if len(a.Events) != 1 || a.Events[0].Actor1.Code != "VAL" || a.Events[0].Code != "111" || a.Events[0].Actor2.Code != "TES" {
			t.Errorf("got %+v, want one event VAL 111 TES", a.Events)
		}
	})
	t.Run("a missing config is named", func(t *testing.T) {
		var out, errb bytes.Buffer
		missing := filepath.Join(dir, "nope.ini")
		code := run(context.Background(), []string{"extract", "--petrarch-config", missing, "-"}, strings.NewReader(in), &out, &errb)
		if code == 0 || !strings.Contains(errb.String(), missing) {
			t.Errorf("exit %d, stderr %q: want a failure naming %s", code, errb.String(), missing)
		}
	})
}
