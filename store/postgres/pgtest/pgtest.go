// Package pgtest gives tests a PostgreSQL database: a fresh schema on the
// server named by DATELINE_TEST_POSTGRES (which .ci/run starts), or a
// throwaway cluster of the test's own that it can restart.
//
// When the server is missing, tests fail if CI is set (CI must have
// started one) and skip otherwise, saying how to get one.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable holding the test server's URL, and EnvBin the
// one naming PostgreSQL's bin dir (initdb, pg_ctl) for Cluster.
const (
	EnvURL = "DATELINE_TEST_POSTGRES"
	EnvBin = "DATELINE_TEST_PGBIN"
)

// missing fails the test in CI and skips it elsewhere.
func missing(t testing.TB, what string) {
	t.Helper()
	msg := what + ": run `source .ci/postgres` (Debian's postgresql package) to start one"
	if os.Getenv("CI") != "" {
		t.Fatalf("CI is set but %s", msg)
	}
	t.Skip(msg)
}

// URL is the test server's URL.
func URL(t testing.TB) string {
	t.Helper()
	u := os.Getenv(EnvURL)
	if u == "" {
		missing(t, EnvURL+" is not set")
	}
	return u
}

// Schema creates an empty schema on the test server, dropped when the
// test ends, and returns a URL whose connections work in it (search_path):
// each test gets a database of its own without the cost of CREATE
// DATABASE.
func Schema(t testing.TB) string {
	t.Helper()
	return SchemaOn(t, URL(t))
}

// SchemaOn is Schema on the server at base.
func SchemaOn(t testing.TB, base string) string {
	t.Helper()
	var b [6]byte
	rand.Read(b[:])
	name := "t_" + hex.EncodeToString(b[:])
	exec1(t, base, `CREATE SCHEMA `+name)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if conn, err := pgx.Connect(ctx, base); err == nil {
			conn.Exec(ctx, `DROP SCHEMA `+name+` CASCADE`)
			conn.Close(ctx)
		}
	})
	return WithParam(base, "search_path", name)
}

// WithParam sets a query parameter of a connection URL.
func WithParam(base, key, value string) string {
	u, err := url.Parse(base)
	if err != nil {
		return base
	}
	q := u.Query()
	q.Set(key, value)
	u.RawQuery = q.Encode()
	return u.String()
}

func exec1(t testing.TB, dsn, sql string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("pgtest: connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("pgtest: %s: %v", sql, err)
	}
}

// Cluster is a PostgreSQL server of one test's own: initdb into a temp
// dir, a free loopback port. A test that restarts the server uses one, so
// other tests running at the same time on the shared server are not hit.
type Cluster struct {
	t    testing.TB
	bin  string
	dir  string
	port int
	as   []string // runuser prefix when running as root
}

// StartCluster makes and starts a cluster, stopped and removed when the
// test ends.
func StartCluster(t testing.TB) *Cluster {
	t.Helper()
	bin := findBin()
	if bin == "" {
		missing(t, "no PostgreSQL binaries (set "+EnvBin+")")
	}
	c := &Cluster{t: t, bin: bin}
	// PostgreSQL refuses to run as root: run it as the postgres user, in
	// a dir that user owns (t.TempDir is private to root).
	dir, err := os.MkdirTemp("", "dateline-pgtest-")
	if err != nil {
		t.Fatal(err)
	}
	c.dir = dir
	t.Cleanup(func() { os.RemoveAll(dir) })
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("pgtest: running as root and there is no postgres user to run the server as: %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
		c.as = []string{"runuser", "-u", "postgres", "--"}
	}
	c.run("initdb", "-D", c.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
	c.port = freePort(t)
	c.Start()
	t.Cleanup(func() {
		argv := append(slices.Clone(c.as), filepath.Join(c.bin, "pg_ctl"), "-D", c.data(), "-m", "immediate", "stop")
		exec.Command(argv[0], argv[1:]...).Run() // stopped already, maybe: nothing to report
	})
	return c
}

func findBin() string {
	if b := os.Getenv(EnvBin); b != "" {
		return b
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int { return verOf(a) - verOf(b) })
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "pg_ctl")); err == nil {
			return dirs[i]
		}
	}
	return ""
}

func verOf(dir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return n
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func (c *Cluster) data() string { return filepath.Join(c.dir, "data") }

func (c *Cluster) run(prog string, args ...string) {
	c.t.Helper()
	argv := append(append(slices.Clone(c.as), filepath.Join(c.bin, prog)), args...)
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil {
		c.t.Fatalf("pgtest: %s: %v\n%s", strings.Join(argv, " "), err, out)
	}
}

func (c *Cluster) pgctl(args ...string) {
	c.t.Helper()
	c.run("pg_ctl", append([]string{"-D", c.data(), "-w", "-t", "60"}, args...)...)
}

// URL is the cluster's connection URL.
func (c *Cluster) URL() string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", c.port)
}

// Start starts the server (StartCluster did once) and waits until it
// accepts connections.
func (c *Cluster) Start() {
	c.t.Helper()
	c.pgctl("start", "-l", filepath.Join(c.dir, "server.log"),
		"-o", fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -k %s -c fsync=off -c max_connections=100", c.port, c.dir))
}

// Stop stops the server at once: connections are cut as a crash would.
func (c *Cluster) Stop() {
	c.t.Helper()
	c.pgctl("stop", "-m", "immediate")
}

// Log is the server's log, for a failing test to show.
func (c *Cluster) Log() string {
	b, _ := os.ReadFile(filepath.Join(c.dir, "server.log"))
	return string(b)
}
