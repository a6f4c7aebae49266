package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// parseFlags parses a command's flags. --help prints the command's usage
// on stdout (exit 0), as 'dateline --help' does, so it can be paged or
// searched. A bad flag prints one line naming the command and the flag,
// and where the flags are listed (exit 2), instead of the flag package's
// error followed by the whole usage, which pushed the error off screen.
// ok is false when the command should return code.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	usage := fs.Usage
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(stderr)
	fs.Usage = usage
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		fs.SetOutput(stderr)
		return 0, false
	}
	fmt.Fprintf(stderr, "dateline %s: %v\nRun 'dateline %s --help' for its flags.\n", fs.Name(), err, fs.Name())
	return 2, false
}

// noFetchUsage is the help of --no-fetch-pages, which extract and ingest share.
const fetchTimeoutUsage = "longest wait for one attempt to fetch a URL (a feed, an item's page, a URL given as input); a failed attempt is retried up to 3 times"

const noFetchUsage = "analyse a feed item's own text, never fetching the page it links to (by default an item under 1,000 bytes is taken for a summary and its page fetched, even from a feed file)"
