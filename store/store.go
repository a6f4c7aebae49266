// Package store persists analysed articles and answers the queries the API
// and the CLI need. Store is the interface every backend implements
// (store/sqlite is the embedded default); storetest is the one conformance
// suite they all pass.
//
// Identity: an article is its normalised text (see ContentHash). Exact
// duplicates are stored once, with every source they came from, and every
// write for one article happens in one transaction, so a redelivered or
// re-run article changes nothing.
package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"dateline"
)

// ErrNotFound is returned when the article, entity or hash asked for is not
// stored.
var ErrNotFound = errors.New("not found")

// ErrSchemaTooNew is returned by Open when the database was written by a
// newer program whose schema this one does not know.
var ErrSchemaTooNew = errors.New("database schema is newer than this program")

// Store persists articles, their records and error records. Implementations
// are safe for concurrent use. Every method returns an error naming what it
// was asked for.
type Store interface {
	// Put stores one article and all its records in one transaction. It is
	// idempotent on the content hash: when the article is already stored,
	// Put only adds rec.Source to its sources (if new) and changes nothing
	// else.
	Put(ctx context.Context, rec Record) (PutResult, error)

	// PutBatch stores several articles in one transaction, each as Put
	// would, with results in order: all are written or none. Committing
	// many at once is much cheaper (one log write, one full-text index
	// flush), which is what an ingest wants; a crash loses the batch, and
	// a re-run redoes it.
	PutBatch(ctx context.Context, recs []Record) ([]PutResult, error)

	// LookupHash returns the id of the article whose content hash is hash,
	// or ErrNotFound. It is cheap (one index probe), so an ingest can skip
	// the analysis of an article it already has.
	LookupHash(ctx context.Context, hash string) (string, error)

	// LookupHashes returns the ids of the stored articles among hashes,
	// keyed by hash; a hash not stored has no key. One query for many
	// hashes: an ingest asks once for the inputs it has read ahead instead
	// of once an input. No hashes is an empty map.
	LookupHashes(ctx context.Context, hashes []string) (map[string]string, error)

	// AddSource records one more origin of a stored article. Idempotent:
	// it reports false when the source was already recorded. ErrNotFound
	// when no article has that id.
	AddSource(ctx context.Context, articleID string, src Source) (bool, error)

	// PutError keeps an error record. Idempotent on (input, stage,
	// message): the same failure seen again is not recorded twice.
	PutError(ctx context.Context, e ErrorRecord) error

	// Article returns an article's metadata and sources, or ErrNotFound.
	Article(ctx context.Context, id string) (Article, error)
	// Analysis returns the stored Analysis of an article with Analysis.ID
	// set to the article's store id, or ErrNotFound.
	Analysis(ctx context.Context, id string) (dateline.Analysis, error)
	// Entity returns one entity with its counts, or ErrNotFound.
	Entity(ctx context.Context, id string) (Entity, error)

	Articles(ctx context.Context, q ArticleQuery) (Page[Article], error)
	Quotes(ctx context.Context, q QuoteQuery) (Page[Quote], error)
	Entities(ctx context.Context, q EntityQuery) (Page[Entity], error)
	Events(ctx context.Context, q EventQuery) (Page[Event], error)
	Commitments(ctx context.Context, q CommitmentQuery) (Page[Commitment], error)
	Errors(ctx context.Context, q ErrorQuery) (Page[ErrorRecord], error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	// Explorer: the aggregates the web UI draws (see explore.go).
	Explorer

	// RecentSketches calls fn with the id, story group and near-duplicate
	// sketch of the last n articles stored, oldest first: what an ingest
	// needs to rebuild its near-duplicate index after a restart. Articles
	// stored without a sketch are skipped.
	RecentSketches(ctx context.Context, n int, fn func(id, group string, sketch []byte) error) error

	Close() error
}

// Record is one article to store: its Analysis (text and records) and the
// source this copy came from.
type Record struct {
	Analysis dateline.Analysis
	// Hash is ContentHash(title, text); Put computes it when empty.
	Hash string
	// Analysed is false for an article stored without analysis (a language
	// the stages do not cover) or whose analysis failed.
	Analysed bool
	Source   Source
	// StoryGroup links near-duplicates (syndicated copies); empty when none.
	StoryGroup string
	// Sketch is the article's near-duplicate signature (opaque bytes the
	// ingest's index made), kept so the index can be rebuilt on restart.
	Sketch []byte
	// Err, when set, is stored with the article in the same transaction
	// (a stage that failed on it).
	Err *ErrorRecord
}

// PutResult says what Put did.
type PutResult struct {
	ID        string // the article's store id
	Created   bool   // false when the article was already stored
	NewSource bool   // the source was not recorded before
}

// Source is one origin of an article: the input it was read from.
type Source struct {
	Input  string `json:"input"`             // path, path:offset, URL: where it was read
	ItemID string `json:"item_id,omitempty"` // the article's id within its input
	URL    string `json:"url,omitempty"`
}

// Article is a stored article's metadata.
type Article struct {
	ID    string `json:"id"`
	Hash  string `json:"hash"`
	Title string `json:"title,omitempty"`
	// Lead is the text's first 200 characters when the article has no
	// title (a plain-text file), so that a list can head it with its
	// opening words rather than "(untitled)".
	Lead       string    `json:"lead,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  string    `json:"published,omitempty"` // YYYY-MM-DD
	Language   string    `json:"language,omitempty"`
	Analysed   bool      `json:"analysed"`
	Flags      []string  `json:"flags,omitempty"`
	StoryGroup string    `json:"story_group,omitempty"`
	Ingested   time.Time `json:"ingested"`
	Sources    []Source  `json:"sources,omitempty"` // filled by Article, not by Articles
	Counts     Counts    `json:"counts"`
}

// Counts are an article's or an entity's record counts.
type Counts struct {
	Mentions int `json:"mentions"`
	Quotes   int `json:"quotes"`
	Events   int `json:"events"`
	Articles int `json:"articles,omitempty"` // entities: articles that mention it
}

// Entity is a named thing across articles. Entities are joined across
// articles by type and normalised name (see EntityID): a first, plain
// resolution that keeps two types of "Washington" apart.
type Entity struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	Country string `json:"country,omitempty"`
	Actor   string `json:"actor,omitempty"`
	Counts  Counts `json:"counts"`
}

// Quote is one stored quote with its article and evidence span.
type Quote struct {
	ArticleID   string  `json:"article_id"`
	ID          string  `json:"id"` // the quote's id within its article ("Q1")
	Kind        string  `json:"kind"`
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	SpeakerID   string  `json:"speaker_id,omitempty"` // global entity id
	SpeakerName string  `json:"speaker_name,omitempty"`
	Cue         string  `json:"cue,omitempty"`
	Confidence  float64 `json:"confidence"`
	Published   string  `json:"published,omitempty"`
}

// EventActor is one side of a stored event.
type EventActor struct {
	EntityID string `json:"entity_id,omitempty"`
	Code     string `json:"code,omitempty"`
	Name     string `json:"name,omitempty"`
	Country  string `json:"country,omitempty"`
}

// Event is one stored CAMEO event.
type Event struct {
	ArticleID string     `json:"article_id"`
	ID        string     `json:"id"`
	Code      string     `json:"code"`
	Root      string     `json:"root"`
	QuadClass int        `json:"quad_class"`
	Goldstein float64    `json:"goldstein"`
	Actor1    EventActor `json:"actor1"`
	Actor2    EventActor `json:"actor2"`
	Date      string     `json:"date,omitempty"` // the event's date, else the article's
	Location  string     `json:"location,omitempty"`
	Text      string     `json:"text"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
}

// Commitment is one stored statement of future action.
type Commitment struct {
	ArticleID string `json:"article_id"`
	Seq       int    `json:"seq"` // position within the article
	ActorID   string `json:"actor_id,omitempty"`
	ActorName string `json:"actor_name,omitempty"`
	Action    string `json:"action"`
	DueStart  string `json:"due_start,omitempty"`
	DueEnd    string `json:"due_end,omitempty"`
	Evidence  string `json:"evidence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	QuoteID   string `json:"quote_id,omitempty"`
}

// ErrorRecord is one input or stage that failed.
type ErrorRecord struct {
	Input     string    `json:"input"`           // the input named (path, path:offset, URL)
	Stage     string    `json:"stage,omitempty"` // empty for a source error
	Message   string    `json:"message"`
	Time      time.Time `json:"time"`
	ArticleID string    `json:"article_id,omitempty"` // set when the article was stored anyway
}

// Stats counts what is stored. Articles are distinct articles;
// DuplicateInputs are the extra sources of articles stored once.
type Stats struct {
	Articles        int `json:"articles"`
	Analysed        int `json:"analysed"`
	NonEnglish      int `json:"non_english"`
	Sources         int `json:"sources"`
	DuplicateInputs int `json:"duplicate_inputs"`
	StoryGroups     int `json:"story_groups"`
	Entities        int `json:"entities"`
	Mentions        int `json:"mentions"`
	Quotes          int `json:"quotes"`
	Events          int `json:"events"`
	Times           int `json:"times"`
	Amounts         int `json:"amounts"`
	Commitments     int `json:"commitments"`
	Errors          int `json:"errors"`
}

// Validate checks what Put needs before a transaction starts.
func (r Record) Validate() error {
	if r.Source.Input == "" {
		return fmt.Errorf("store: record %q: Source.Input is empty; name where the article was read", r.Analysis.ID)
	}
	return nil
}
