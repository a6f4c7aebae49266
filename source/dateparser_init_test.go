package source

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// TestDateparserInitCompilesNoRegexps guards the fork of go-dateparser in
// internal/thirdparty (go.mod's replace): upstream compiles its 3,945
// locale regexps at package init, 78 MB allocated and about 0.15 CPU s at
// the start of every process that links the HTML extractor, though a run
// of plain text never parses a date with it. The fork compiles each on its
// first use, and builds the locale tables themselves (7 MB, 54,000
// allocations) at the first locale lookup. The test binary is run again
// with Go's init trace to read what the package's init allocated.
func TestDateparserInitBuildsNoLocales(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the test binary again")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	m := regexp.MustCompile(`init github.com/markusmobius/go-dateparser/internal/data @[^,]*, [^,]*, (\d+) bytes`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no init trace of go-dateparser/internal/data in:\n%s", out)
	}
	if n, _ := strconv.Atoi(string(m[1])); n > 1<<20 {
		t.Errorf("go-dateparser/internal/data's init allocated %d bytes; want under 1 MB (its regexps compiled and its locales built at first use)", n)
	}
}
