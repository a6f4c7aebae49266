// Package text holds the Document: the cleaned article text, which never
// changes, and every record that points into it by byte span.
package text

import (
	"strconv"
	"time"
)

// Article is what a source yields: the article text and its metadata, plus
// where it came from. Text is cleaned (boilerplate removed) before it
// becomes a Document; it is never changed afterwards.
type Article struct {
	ID        string
	URL       string
	Title     string
	Author    string
	Published time.Time // zero when unknown
	Language  string    // ISO 639-1 when known ("en"); empty when not detected
	Text      string
	Origin    Origin
	// Flags records what cleaning did to the input ("invalid-utf8-replaced", …).
	Flags []string
}

// Origin says where an article came from, so an error can name it.
type Origin struct {
	Path   string // file path, URL of a feed, WARC file
	Offset int64  // byte offset of a WARC record or line number of a JSONL line; 0 when not applicable
	Item   string // feed item GUID, WARC-Record-ID, … when applicable
}

// String names the origin the way an error message should.
func (o Origin) String() string {
	switch {
	case o.Path == "":
		return "<unknown>"
	case o.Offset > 0:
		return o.Path + ":" + strconv.FormatInt(o.Offset, 10)
	default:
		return o.Path
	}
}
