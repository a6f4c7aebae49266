package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"dateline/ingest"
)

// progressWriter shows an ingest's progress on stderr: one line redrawn in
// place on a terminal, plain log lines every few seconds otherwise (a log
// file or CI output should not fill with carriage returns).
type progressWriter struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	total int64 // 0 when unknown
	every time.Duration
	drawn bool
	// unopened counts the inputs that could not even be opened: done and
	// failed before the run, counted in every line as the summary does.
	unopened int64
}

func newProgressWriter(w io.Writer, total int64) *progressWriter {
	p := &progressWriter{w: w, tty: isTerminal(w), total: total, every: 5 * time.Second}
	if p.tty {
		p.every = 250 * time.Millisecond
	}
	return p
}

func (p *progressWriter) update(s ingest.Progress) {
	p.mu.Lock()
	defer p.mu.Unlock()
	total := p.total
	if total > 0 {
		total += p.unopened
	}
	s.InputErrors += p.unopened
	line := progressLine(s, total)
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s", line)
		p.drawn = true
		return
	}
	fmt.Fprintf(p.w, "dateline ingest: %s\n", line)
}

// logLine prints one line of its own, clearing a redrawn progress line
// first; the next update draws the progress again.
func (p *progressWriter) logLine(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
	fmt.Fprintln(p.w, line)
}

// finish ends the redrawn line so the summary starts on its own.
func (p *progressWriter) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}

func progressLine(s ingest.Progress, total int64) string {
	// Articles analysed and waiting for their batch's commit count as done
	// here, so the line moves smoothly; the summary counts commits only.
	done := s.Done() + s.Pending
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(done) / s.Elapsed.Seconds()
	}
	var b strings.Builder
	if total > 0 {
		fmt.Fprintf(&b, "%d/%d done", done, total)
	} else {
		fmt.Fprintf(&b, "%d done", done)
	}
	fmt.Fprintf(&b, ", %.1f/s, %d new", rate, s.Stored)
	if s.Pending > 0 {
		// Said, or "35/77 done, 0 new" reads as 35 articles lost.
		fmt.Fprintf(&b, " (+%d to commit)", s.Pending)
	}
	fmt.Fprintf(&b, ", %d known, %d errors", s.Known, s.Errors())
	if total > done && rate > 0 {
		eta := time.Duration(float64(total-done) / rate * float64(time.Second))
		fmt.Fprintf(&b, ", ETA %s", eta.Round(time.Second))
	}
	return b.String()
}

// estimateTotal counts the articles the inputs hold when that is cheap to
// know: files of one article each (text, HTML) and JSONL lines. It returns
// 0 (unknown) when an input is stdin, a feed, a WARC archive or compressed
// JSONL, whose article counts need reading them whole.
func estimateTotal(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue // an error record, not an article
		}
		if !fi.IsDir() {
			c, ok := countFile(p)
			if !ok {
				return 0
			}
			n += c
			continue
		}
		known := true
		filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
			if err != nil || !known {
				return nil
			}
			if path != p && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if e.IsDir() {
				return nil
			}
			c, ok := countFile(path)
			known = ok
			n += c
			return nil
		})
		if !known {
			return 0
		}
	}
	return n
}

// countFile is the number of articles in one file, as far as its name
// tells; ok is false when only reading it whole would.
func countFile(path string) (int64, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", "":
		return 1, true
	case ".jsonl", ".ndjson":
		return countLines(path)
	case ".md", ".csv", ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".json", ".css", ".js":
		return 0, true // a directory reader skips these
	}
	return 0, false
}

func countLines(path string) (int64, bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, true
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	var n int64
	buf := make([]byte, 1<<16)
	last := byte('\n')
	for {
		k, err := r.Read(buf)
		if k > 0 {
			n += int64(bytes.Count(buf[:k], []byte{'\n'}))
			last = buf[k-1]
		}
		if err != nil {
			break
		}
	}
	if last != '\n' {
		n++
	}
	return n, true
}
