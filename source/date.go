package source

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the forms ParseDate accepts, most specific first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
}

// ParseDate reads a publication date as inputs give it: "2025-08-18",
// RFC 3339 ("2025-08-18T09:30:00Z"), with or without a zone, or RFC 1123
// as feeds and HTTP use. A time without a zone is taken as UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339 (2025-08-18T09:30:00Z)", s)
}
