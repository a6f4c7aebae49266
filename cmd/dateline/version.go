package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"dateline"
)

func init() {
	register(command{name: "version", summary: "print the version and the pipeline's stages", run: runVersion})
}

func runVersion(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline version", "Prints the version, the Go version and the stages of the default pipeline.", "dateline version"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	fmt.Fprintf(stdout, "dateline %s (%s)\n", dateline.Version, runtime.Version())
	p, err := dateline.DefaultPipeline()
	if err != nil {
		fmt.Fprintf(stderr, "dateline: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "stages: %s\n", strings.Join(p.Stages(), " "))
	return 0
}
