package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// The README names the default pipeline "as `dateline version` lists it":
// the two must not drift apart.
func TestREADMEListsTheStagesOfVersion(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"version"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("version: exit %d, %s", code, errb.String())
	}
	_, stages, ok := strings.Cut(out.String(), "stages: ")
	if !ok {
		t.Fatalf("version printed no stages: %q", out.String())
	}
	stages = strings.TrimSpace(stages)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, []byte("`"+stages+"`")) {
		t.Errorf("README.md does not list the stages as `dateline version` does: `%s`", stages)
	}
}
