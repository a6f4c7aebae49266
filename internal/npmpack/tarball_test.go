package npmpack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTarball makes a package tarball of name -> content in dir.
func writeTarball(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		tw.Write([]byte(body))
	}
	tw.Close()
	zw.Close()
	path := filepath.Join(dir, "pkg-1.0.0.tgz")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReadFile(t *testing.T) {
	tgz := writeTarball(t, t.TempDir(), map[string]string{"package/index.js": "module.exports = {}", "package/README.md": "x"})
	t.Run("finds the named file", func(t *testing.T) {
		got, err := ReadFile(tgz, "package/index.js", 1<<10)
		if err != nil || string(got) != "module.exports = {}" {
			t.Errorf("got %q, %v", got, err)
		}
	})
	t.Run("a missing file is an error naming the tarball", func(t *testing.T) {
		_, err := ReadFile(tgz, "package/nope.js", 1<<10)
		if err == nil || !strings.Contains(err.Error(), "pkg-1.0.0.tgz") || !strings.Contains(err.Error(), "nope.js") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a file over the limit is refused", func(t *testing.T) {
		if _, err := ReadFile(tgz, "package/index.js", 5); err == nil {
			t.Error("no error for a file larger than the limit")
		}
	})
}

func TestUnpack(t *testing.T) {
	dir := t.TempDir()
	tgz := writeTarball(t, dir, map[string]string{"package/data/a.txt": "A", "../../escape.txt": "E"})
	dst := filepath.Join(dir, "out")
	root, err := Unpack(tgz, dst)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(root, "data", "a.txt")); err != nil || string(b) != "A" {
		t.Errorf("package/data/a.txt: got %q, %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "escape.txt")); err == nil {
		t.Error("a path with .. was written outside the destination")
	}
	if _, err := os.Stat(filepath.Join(dst, "escape.txt")); err != nil {
		t.Errorf("the .. path should land inside the destination: %v", err)
	}
}

func TestTarballGivenPathIsUsedAsIs(t *testing.T) {
	tgz, cleanup, err := Tarball("/some/offline/copy.tgz", "pkg@1")
	defer cleanup()
	if err != nil || tgz != "/some/offline/copy.tgz" {
		t.Errorf("got %q, %v", tgz, err)
	}
}
