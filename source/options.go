package source

import (
	"fmt"
	"io"
	"log/slog"
	"time"
)

// Defaults for the zero Options. Sizes are for one article: a whole text or
// HTML file, one JSONL line, one decompressed .gz single-article file.
const (
	DefaultMaxBytes     = 20 << 20 // 20 MiB: ten times the biggest news page seen in practice
	DefaultMaxGzipRatio = 100      // text and HTML compress 3–20×; a bomb ~1000×
)

// Options configure every reader. The zero value works: limits take their
// defaults, warnings go nowhere.
type Options struct {
	// Published is used for an article that carries no publication date
	// (the CLI's --published flag); zero leaves such articles undated.
	Published time.Time

	// MaxBytes limits one article's input (a file, a JSONL line, a file
	// after gzip decompression); 0 means DefaultMaxBytes.
	MaxBytes int64

	// MaxGzipRatio limits decompressed/compressed size of a .gz input, so a
	// gzip bomb fails fast instead of filling memory; 0 means
	// DefaultMaxGzipRatio.
	MaxGzipRatio int64

	// Logger receives warnings about inputs that were read but repaired
	// (invalid UTF-8 replaced, a .html file read as text). Nil discards them;
	// the repairs are also recorded in Article.Flags.
	Logger *slog.Logger

	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader

	// Workers bounds the goroutines that parse the lines of one JSONL
	// stream, where each "html" line costs a page extraction; 0 means one
	// per CPU, 1 parses inline. Articles come out in input order either
	// way.
	Workers int

	// HTML tunes the HTML article extractor.
	HTML HTMLOptions

	// SkipFeedPages keeps every feed item's own text, never fetching the
	// page it links to (FeedConfig.SkipPages, for the feeds Open finds as
	// well as for OpenFeed and NewFollower): a feed read from a file then
	// makes no network request.
	SkipFeedPages bool

	// FetchTimeout bounds one attempt to fetch a URL (a feed, an item's
	// page, a URL given as input; the CLI's --fetch-timeout); 0 means
	// DefaultFetchTimeout. A FetchConfig's own Timeout, when set, wins.
	FetchTimeout time.Duration
}

// Validate names the field at fault.
func (o Options) Validate() error {
	switch {
	case o.MaxBytes < 0:
		return fmt.Errorf("source: Options.MaxBytes %d: want 0 (default) or a positive size", o.MaxBytes)
	case o.MaxGzipRatio < 0:
		return fmt.Errorf("source: Options.MaxGzipRatio %d: want 0 (default) or a positive ratio", o.MaxGzipRatio)
	case o.FetchTimeout < 0:
		return fmt.Errorf("source: Options.FetchTimeout %v: want 0 (default) or a positive duration", o.FetchTimeout)
	case o.Workers < 0:
		return fmt.Errorf("source: Options.Workers %d: want 0 (one per CPU) or a positive count", o.Workers)
	}
	return nil
}

// withDefaults fills the zero fields.
func (o Options) withDefaults() Options {
	if o.MaxBytes == 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxGzipRatio == 0 {
		o.MaxGzipRatio = DefaultMaxGzipRatio
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Logged: the readers report what the flag records to Options.Logger as
// they meet it, so a command printing both warnings and flags can say it
// once.
func Logged(flag string) bool {
	return flag == FlagInvalidUTF8 || flag == FlagNotHTMLReadAsText || flag == FlagFeedSummaryOnly
}

// warn reports a repaired input; the article is still yielded.
func (o Options) warn(input, msg string) {
	o.Logger.Warn(msg, "input", input)
}
