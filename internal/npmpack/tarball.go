package npmpack

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Tarball returns the package tarball a generator reads: path itself when
// the user gave one (an offline copy), else a fresh `npm pack spec` in a
// temporary folder. cleanup removes that folder; it is never nil.
func Tarball(path, spec string) (tgz string, cleanup func(), err error) {
	if path != "" {
		return path, func() {}, nil
	}
	dir, err := os.MkdirTemp("", "npmpack")
	if err != nil {
		return "", func() {}, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	if tgz, err = Pack(dir, spec); err != nil {
		cleanup()
		return "", func() {}, err
	}
	return tgz, cleanup, nil
}

// ReadFile returns one file of a package tarball ("package/index.js"),
// refusing to read more than limit bytes of it.
func ReadFile(tgz, name string, limit int64) ([]byte, error) {
	var out []byte
	found := false
	err := walk(tgz, func(h *tar.Header, r io.Reader) (bool, error) {
		if h.Name != name {
			return false, nil
		}
		found = true
		b, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err == nil && int64(len(b)) > limit {
			err = fmt.Errorf("%s is larger than %d bytes", name, limit)
		}
		out = b
		return true, err
	})
	if err == nil && !found {
		err = fmt.Errorf("no %s in the package", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%q: %w", tgz, err)
	}
	return out, nil
}

// Unpack writes the regular files of a package tarball under dst, refusing
// paths that would leave it, and returns the package's root (dst/package).
func Unpack(tgz, dst string) (string, error) {
	err := walk(tgz, func(h *tar.Header, r io.Reader) (bool, error) {
		if h.Typeflag != tar.TypeReg {
			return false, nil
		}
		name := filepath.Join(dst, filepath.Clean("/"+h.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return true, err
		}
		w, err := os.Create(name)
		if err != nil {
			return true, err
		}
		if _, err := io.Copy(w, r); err != nil {
			w.Close()
			return true, err
		}
		return false, w.Close()
	})
	if err != nil {
		return "", fmt.Errorf("unpack %q: %w", tgz, err)
	}
	return filepath.Join(dst, "package"), nil
}

// walk calls fn for each entry of a gzipped tar until fn says stop or
// fails.
func walk(tgz string, fn func(*tar.Header, io.Reader) (stop bool, err error)) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if stop, err := fn(h, tr); stop || err != nil {
			return err
		}
	}
}

// Main is the command line of a generator fed by one npm package: -version
// (default version), -tgz (an offline copy instead of npm pack) and -out
// (default out). It calls gen with the tarball to read, the version and
// the output path, and exits 1 naming the command when gen fails.
func Main(name, pkg, version, out string, gen func(tgz, version, out string) error) {
	v := flag.String("version", version, "version of the npm package "+pkg)
	tgz := flag.String("tgz", "", "read this package tarball instead of running npm pack")
	o := flag.String("out", out, "file to write")
	flag.Parse()
	path, cleanup, err := Tarball(*tgz, pkg+"@"+*v)
	if err == nil {
		err = gen(path, *v, *o)
		cleanup()
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}
