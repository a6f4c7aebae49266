package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// inputLog prints the ingest library's per-input warnings ("input failed",
// "stage failed") as one line each on stderr, so a user sees which inputs
// failed and why as the run goes, not only a count and 'dateline errors'.
// Lines go through the progress writer so they do not land inside its
// redrawn terminal line. extract prints the readers' warnings the same
// way, under its own name (cmd; empty is ingest).
type inputLog struct {
	p     *progressWriter
	cmd   string
	attrs []slog.Attr
}

func (h inputLog) Enabled(context.Context, slog.Level) bool { return true }

func (h inputLog) WithAttrs(as []slog.Attr) slog.Handler {
	return inputLog{p: h.p, cmd: h.cmd, attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}

func (h inputLog) WithGroup(string) slog.Handler { return h }

func (h inputLog) Handle(_ context.Context, r slog.Record) error {
	var input, stage, msg string
	read := func(a slog.Attr) bool {
		switch a.Key {
		case "input":
			input = a.Value.String()
		case "stage":
			stage = a.Value.String()
		case "err":
			msg = a.Value.String()
		}
		return true
	}
	for _, a := range h.attrs {
		read(a)
	}
	r.Attrs(read)
	if msg == "" {
		// No error: a reader's note on an input it repaired or passed
		// over ("invalid UTF-8 replaced"), which is still read. Said as a
		// warning, as extract says a flag, so that it is not taken for an
		// input that failed and was dropped.
		msg = "warning: " + r.Message
	}
	if stage != "" {
		msg = "stage " + stage + ": " + msg
	}
	// Input errors from package source already start with the input's name.
	if input != "" && !strings.HasPrefix(msg, input) {
		msg = input + ": " + msg
	}
	cmd := h.cmd
	if cmd == "" {
		cmd = "ingest"
	}
	h.p.logLine(fmt.Sprintf("dateline %s: %s", cmd, msg))
	return nil
}
