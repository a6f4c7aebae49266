package queue

import (
	"encoding/json"
	"fmt"
	"time"

	"dateline/store"
	"dateline/text"
)

// Kind is what a job asks of a worker.
type Kind string

// The kinds of job; each has a subject of its own under Config.Subject.
const (
	// KindArticle: analyse Article and store it with Source.
	KindArticle Kind = "article"
	// KindSource: record Source as one more origin of the stored article
	// whose content hash is Hash (the publisher saw an exact duplicate).
	KindSource Kind = "source"
	// KindError: keep Error, an input the publisher could not read.
	KindError Kind = "error"
)

// Job is one unit of work, sent as JSON. Field names are the wire format:
// a new field must be optional, so workers of the previous version still
// read the jobs of the next.
type Job struct {
	Kind Kind `json:"kind"`
	// Hash is the article's content hash (store.ContentHash); the message
	// id of an article job.
	Hash    string             `json:"hash,omitempty"`
	Article *Article           `json:"article,omitempty"`
	Source  store.Source       `json:"source"`
	Error   *store.ErrorRecord `json:"error,omitempty"`
	// StoryGroup and Sketch are the near-duplicate group and signature
	// the publisher's index gave the article: it reads the inputs in
	// order, as a local ingest does, so groups go to the earliest copy.
	StoryGroup string `json:"story_group,omitempty"`
	Sketch     []byte `json:"sketch,omitempty"`
}

// Article is text.Article on the wire.
type Article struct {
	ID        string    `json:"id,omitempty"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Language  string    `json:"language,omitempty"`
	Text      string    `json:"text"`
	Path      string    `json:"path,omitempty"`
	Offset    int64     `json:"offset,omitempty"`
	Item      string    `json:"item,omitempty"`
	Flags     []string  `json:"flags,omitempty"`
}

// WireArticle converts a text.Article for a job.
func WireArticle(a text.Article) *Article {
	return &Article{ID: a.ID, URL: a.URL, Title: a.Title, Author: a.Author, Published: a.Published,
		Language: a.Language, Text: a.Text, Path: a.Origin.Path, Offset: a.Origin.Offset, Item: a.Origin.Item,
		Flags: a.Flags}
}

// Article converts it back.
func (a *Article) Article() text.Article {
	return text.Article{ID: a.ID, URL: a.URL, Title: a.Title, Author: a.Author, Published: a.Published,
		Language: a.Language, Text: a.Text, Origin: text.Origin{Path: a.Path, Offset: a.Offset, Item: a.Item},
		Flags: a.Flags}
}

// msgID is the id JetStream deduplicates a job on: the content hash for
// an article, so an article published twice is analysed once.
func (j Job) msgID() string {
	switch j.Kind {
	case KindArticle:
		return j.Hash
	case KindSource:
		return "source:" + j.Hash + ":" + digest(j.Source.Input, j.Source.ItemID)
	default:
		e := j.Error
		if e == nil {
			return ""
		}
		return "error:" + digest(e.Input, e.Stage, e.Message)
	}
}

// Validate says what a job lacks.
func (j Job) Validate() error {
	switch j.Kind {
	case KindArticle:
		if j.Article == nil || j.Hash == "" || j.Source.Input == "" {
			return fmt.Errorf("queue: article job %q: want an article, its hash and its source", j.Hash)
		}
	case KindSource:
		if j.Hash == "" || j.Source.Input == "" {
			return fmt.Errorf("queue: source job %q: want the article's hash and the source", j.Hash)
		}
	case KindError:
		if j.Error == nil || j.Error.Input == "" {
			return fmt.Errorf("queue: error job: want an error record naming its input")
		}
	default:
		return fmt.Errorf("queue: job kind %q: want article, source or error", j.Kind)
	}
	return nil
}

// decode reads a job from a message body.
func decode(data []byte) (Job, error) {
	var j Job
	if err := json.Unmarshal(data, &j); err != nil {
		return j, fmt.Errorf("queue: job does not decode (%d bytes): %w", len(data), err)
	}
	return j, j.Validate()
}
