package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A training run ends on SIGTERM, as a user's Ctrl-C or kill expects,
// saying it wrote no model; it used to run on until kill -9.
func TestTrainStopsOnSIGTERM(t *testing.T) {
	treebank := "../../../shared/bench/data/syntax/en_ewt-ud-train.conllu"
	dev := strings.Replace(treebank, "-train.", "-dev.", 1)
	if _, err := os.Stat(treebank); err != nil {
		t.Fatalf("the training treebank is missing beside the project: %v", err)
	}
	bin := buildBinary(t)
	out := filepath.Join(t.TempDir(), "m.model.gz")
	cmd := exec.Command(bin, "train", "syntax", "--train", treebank, "--dev", dev, "--out", out)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second) // well inside the minutes training takes
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 130 {
			t.Errorf("exit %v, want status 130; stderr:\n%s", err, stderr.String())
		}
		if !strings.Contains(stderr.String(), "interrupted; no model written") {
			t.Errorf("stderr does not say it stopped:\n%s", stderr.String())
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("a model was written to %s", out)
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("training still running 20 s after SIGTERM; stderr:\n%s", stderr.String())
	}
}
