package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"dateline"
)

// lineDecoder reads a stream of Analysis JSON values: one a line as
// `extract --format jsonl` writes them, or pretty-printed ones back to back.
type lineDecoder struct {
	dec *json.Decoder
	n   int
}

func newLineDecoder(r io.Reader) *lineDecoder { return &lineDecoder{dec: json.NewDecoder(r)} }

// next returns the next analysis and its 1-based position in the stream.
func (d *lineDecoder) next() (dateline.Analysis, int, error) {
	var a dateline.Analysis
	if err := d.dec.Decode(&a); err != nil {
		if err == io.EOF {
			return a, d.n, io.EOF
		}
		var syn *json.SyntaxError
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF):
			err = fmt.Errorf("the input ends inside it (truncated?): %w", err)
		case errors.As(err, &syn):
			err = fmt.Errorf("not JSON at byte %d (want the Analysis JSON that dateline extract writes): %w", syn.Offset, err)
		default:
			err = fmt.Errorf("at byte %d: %w", d.dec.InputOffset(), err)
		}
		return a, d.n + 1, err
	}
	d.n++
	return a, d.n, nil
}
