// Package examples embeds the bundled example articles, so `dateline demo`
// works from any directory. See each folder's README, SOURCES and LICENSE.
package examples

import "embed"

// FS holds summit/article.txt (published 2025-08-18, no date in the file)
// and wikinews/world_affairs.jsonl (one article a line; "date" is the
// publication date).
//
//go:embed summit/article.txt wikinews/world_affairs.jsonl
var FS embed.FS

// SummitPublished is the summit article's publication date, the reference
// for its relative times ("Monday").
const SummitPublished = "2025-08-18"
