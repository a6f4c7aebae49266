package main

import (
	"bufio"
	"errors"
	"io"
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
	out := filepath.Join(t.TempDir(), "m.model.zst")
	cmd := exec.Command(bin, "train", "syntax", "--train", treebank, "--dev", dev, "--out", out)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The signal goes once training says it has read the treebanks, not
	// after a fixed sleep: on a loaded machine a sleep could end before main
	// had installed its handler, and SIGTERM's default action killed the
	// process before it could say anything.
	stderr, rest := readUntil(t, pipe, "train: ", time.Minute)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		io.Copy(stderr, rest) // until the process closes its stderr
		done <- cmd.Wait()
	}()
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
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		<-done // the copy has ended: stderr is whole and no longer written
		t.Fatalf("training still running a minute after SIGTERM; stderr:\n%s", stderr.String())
	}
}

// readUntil copies lines of r into the builder it returns until one starts
// with prefix, failing the test if none comes within limit; the reader it
// returns holds what follows that line.
func readUntil(t *testing.T, r io.Reader, prefix string, limit time.Duration) (*strings.Builder, io.Reader) {
	t.Helper()
	var seen strings.Builder
	found := make(chan bool, 1)
	br := bufio.NewReader(r)
	go func() {
		for {
			line, err := br.ReadString('\n')
			seen.WriteString(line)
			if strings.HasPrefix(line, prefix) || err != nil {
				found <- err == nil
				return
			}
		}
	}()
	select {
	case ok := <-found:
		if !ok {
			t.Fatalf("training ended before printing %q; stderr:\n%s", prefix, seen.String())
		}
	case <-time.After(limit):
		t.Fatalf("no %q line within %s", prefix, limit)
	}
	return &seen, br
}
