package sqlite

import (
	"database/sql"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// newPageSize is the page size of a file this package creates. A batch
// commits every page it changed as a WAL frame (two write calls each) and
// a checkpoint copies each into the file: with 8 KiB pages instead of
// SQLite's 4 KiB, the rows a batch appends (articles with their analysis
// JSON, record tables, full-text segments) take half the frames. Storing
// the 2,225 BBC analyses: write calls 81,057 -> 43,603, bytes written
// 204.4 -> 217.8 MB (the scattered index pages a batch dirties are twice
// as large), file 63.9 -> 65.4 MB. A file keeps the page size it was
// created with (changing it takes a VACUUM out of WAL mode).
const newPageSize = 8192

// walBytes bounds the WAL between automatic checkpoints (about 40 MB):
// wal_autocheckpoint counts pages, so a file of larger pages checkpoints
// after fewer of them.
const walBytes = 10000 * 4096

// createFile makes the empty database file at path with newPageSize pages.
// The page size must be set before the file is put in WAL mode, which
// every connection's DSN does first (modernc.org/sqlite runs its pragmas
// in name order). A file another process created meanwhile is left as it
// is: both pragmas leave a database that has pages, or is in WAL mode,
// unchanged.
func createFile(path string) error {
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, p := range []string{fmt.Sprintf("PRAGMA page_size = %d", newPageSize), "PRAGMA journal_mode = WAL"} {
		if _, err := db.Exec(p); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	return nil
}

// pageSize reads the page size of the database file at path from its
// header; 0 when the file does not exist or is still empty.
func pageSize(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	var h [18]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return 0
	}
	// Bytes 16-17, big-endian; 1 stands for 65536.
	switch n := int(binary.BigEndian.Uint16(h[16:])); n {
	case 1:
		return 65536
	default:
		return n
	}
}

// walPages is wal_autocheckpoint for a file of pages of size n; 0 is a file
// not created yet, which a connection opened without Open (tests) creates
// with SQLite's default pages of 4 KiB.
func walPages(n int) int {
	if n == 0 {
		n = 4096
	}
	return walBytes / n
}
