package quote

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"dateline/text"
)

// Calibration maps the confidence the rules give a quote to the share of
// such quotes that are right (content and speaker), per kind: a user who
// keeps quotes above 0.8 then keeps quotes right about 8 times in 10 or
// better. Each kind's map is piecewise linear through knots whose values
// never go down, so it keeps the order of a kind's quotes (ties aside).
type Calibration struct {
	knots map[text.QuoteKind][]Knot
}

// Knot is a point of a kind's map: a raw confidence and what it maps to.
type Knot struct{ Raw, Cal float64 }

// CalibrationPath is where the map sits inside the package.
const CalibrationPath = "model/confidence.tsv"

// ReadCalibration reads lines "kind<TAB>raw<TAB>calibrated" ("#" lines are
// comments), knots in order of raw confidence within each kind.
func ReadCalibration(r io.Reader, name string) (*Calibration, error) {
	c := &Calibration{knots: map[text.QuoteKind][]Knot{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("calibration %q line %d: want 3 tab-separated fields, got %d", name, n, len(f))
		}
		raw, err1 := strconv.ParseFloat(f[1], 64)
		cal, err2 := strconv.ParseFloat(f[2], 64)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("calibration %q line %d: %w", name, n, err)
		}
		if raw < 0 || raw > 1 || cal < 0 || cal > 1 {
			return nil, fmt.Errorf("calibration %q line %d: %v -> %v is outside [0,1]", name, n, raw, cal)
		}
		k := text.QuoteKind(f[0])
		if ks := c.knots[k]; len(ks) > 0 {
			if last := ks[len(ks)-1]; raw <= last.Raw || cal < last.Cal {
				return nil, fmt.Errorf("calibration %q line %d: %s knots must rise in raw confidence and never fall in calibrated", name, n, k)
			}
		}
		c.knots[k] = append(c.knots[k], Knot{raw, cal})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("calibration %q: %w", name, err)
	}
	return c, nil
}

// Apply returns the calibrated confidence of a quote of kind k whose rules
// gave it raw: interpolated between the two knots around raw, the end
// knot's value beyond the ends, raw itself (in [0,1]) for a kind with no
// knots or a nil map.
func (c *Calibration) Apply(k text.QuoteKind, raw float64) float64 {
	raw = min(max(raw, 0), 1)
	if c == nil || len(c.knots[k]) == 0 {
		return raw
	}
	ks := c.knots[k]
	i := sort.Search(len(ks), func(i int) bool { return ks[i].Raw >= raw })
	switch {
	case i == 0:
		return ks[0].Cal
	case i == len(ks):
		return ks[len(ks)-1].Cal
	}
	a, b := ks[i-1], ks[i]
	return a.Cal + (b.Cal-a.Cal)*(raw-a.Raw)/(b.Raw-a.Raw)
}

// DefaultCalibration returns the embedded map, read once and shared; nil
// (raw confidences) when the binary carries none.
var DefaultCalibration = sync.OnceValues(func() (*Calibration, error) {
	b, err := modelFS.ReadFile(CalibrationPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return ReadCalibration(bytes.NewReader(b), CalibrationPath)
})
