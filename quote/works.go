package quote

// heldByWork reports whether cue c is held by a work of art or
// entertainment (a film, a novel, an album, an exhibition) and holds a
// noun phrase or an infinitive rather than a clause: "The film follows a
// lighthouse keeper", "The novel tells the story of …", "The show opened
// to rave reviews" describe the work and report nobody's words. Reviews,
// arts pages and listings are full of them. A clause stays the work's
// claim ("The documentary argues that …").
func (w *work) heldByWork(c *cue) bool {
	switch c.frame {
	case FrameObj, FrameAbout, FrameXcomp:
	default:
		return false
	}
	if c.subj < 0 || c.passive || c.source {
		return false
	}
	s := c.subj
	if r := w.d.Tokens[s].Rel; (r == "flat" || r == "compound") && w.head(s) >= 0 {
		s = w.head(s) // a title's words: the appositions hang on its head
	}
	if workNouns[w.lemma(s)] {
		return true
	}
	for _, k := range w.children(s) {
		// "Harbour Lights, the new film by …, opened …": an apposition,
		// whatever relation the parse gave it, set off by a comma.
		if lo, _ := w.subtree(int(k)); int(k) > s && (w.word(lo) == "," || lo > 0 && w.word(lo-1) == ",") && workNouns[w.lemma(int(k))] {
			return true
		}
	}
	return false
}

// workNouns name works of art and entertainment. Not a book, a memoir, an
// advertisement or a video, which in news are mostly vehicles of somebody's
// argument ("the ad claims …", "in the book she argues …").
var workNouns = map[string]bool{"film": true, "movie": true, "novel": true, "play": true, "musical": true,
	"opera": true, "ballet": true, "album": true, "song": true, "exhibition": true, "exhibit": true,
	"show": true, "series": true, "sitcom": true, "documentary": true, "drama": true, "comedy": true,
	"thriller": true, "sequel": true, "episode": true, "painting": true, "sculpture": true, "poem": true,
	"production": true, "concert": true, "symphony": true, "soundtrack": true, "trilogy": true}
