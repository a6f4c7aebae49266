package source

import (
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseByline(t *testing.T) {
	tests := []struct {
		name      string
		line      string
		ok        bool
		author    string
		published time.Time
	}{
		{"name and updated time", "By Jane Doe | Updated 3:45 PM, Aug 18, 2025", true, "Jane Doe", day(2025, 8, 18)},
		{"two names and outlet", "By Ana Ruiz and Tom Okafor, Reuters", true, "Ana Ruiz; Tom Okafor", time.Time{}},
		{"name dash outlet", "By Pieter van der Berg — The Coastal Times", true, "Pieter van der Berg", time.Time{}},
		{"name comma date", "By Li Wei, March 3, 2024", true, "Li Wei", day(2024, 3, 3)},
		{"initials", "By J. R. Hartley | Staff Writer", true, "J. R. Hartley", time.Time{}},
		{"german von", "Von Lena Schulz", true, "Lena Schulz", time.Time{}},
		{"written by with colon", "Written by: Omar Haddad", true, "Omar Haddad", time.Time{}},
		{"published line", "Published: 18 August 2025", true, "", day(2025, 8, 18)},
		{"posted on line", "Posted on Tuesday, 4th February 2025 at 10:12 GMT", true, "", day(2025, 2, 4)},
		{"iso date line", "Updated 2025-08-18T14:05:00Z", true, "", day(2025, 8, 18)},
		{"published and updated", "Published 2 June 2024 | Updated 5 June 2024", true, "", day(2024, 6, 2)},

		{"sentence starting with by", "By the end of the year, prices had doubled.", false, "", time.Time{}},
		{"by plus lower case", "By train and by bus, they came.", false, "", time.Time{}},
		{"by and a sentence after", "By Jane Doe | She has covered the city since 2010.", false, "", time.Time{}},
		{"one-word name", "By Madonna", false, "", time.Time{}},
		{"bare date without year", "Updated Aug 18", false, "", time.Time{}},
		{"number only", "2025", false, "", time.Time{}},
		{"date in a sentence", "On 18 August 2025 the talks began.", false, "", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseByline(tt.line)
			if ok != tt.ok {
				t.Fatalf("parseByline(%q) ok = %v, want %v (got %+v)", tt.line, ok, tt.ok, got)
			}
			if got.Author != tt.author {
				t.Errorf("Author = %q, want %q", got.Author, tt.author)
			}
			if !got.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", got.Published, tt.published)
			}
		})
	}
}

func TestParseDateClause(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time // zero: not a date
	}{
		{"Aug 18, 2025", day(2025, 8, 18)},
		{"Aug. 18, 2025 3:45 p.m. EDT", day(2025, 8, 18)},
		{"18 August 2025, 14:02 BST", day(2025, 8, 18)},
		{"Monday 18 August 2025", day(2025, 8, 18)},
		{"August 1st, 2024", day(2024, 8, 1)},
		{"2025-08-18", day(2025, 8, 18)},
		{"08/18/2025", day(2025, 8, 18)},
		{"18/08/2025", day(2025, 8, 18)},
		{"18.08.2025", day(2025, 8, 18)},
		{"Last updated: 1 March 2023", day(2023, 3, 1)},
		{"31 February 2025", time.Time{}},
		{"August 2025", time.Time{}},
		{"Aug 18", time.Time{}},
		{"18 August 2025 in Kyiv", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseDateClause(tt.in)
			if ok != !tt.want.IsZero() || !got.Equal(tt.want) {
				t.Errorf("parseDateClause(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"View all posts by Daniel Reyes", "Daniel Reyes"},
		{"Autor: Petra Klein", "Petra Klein"},
		{"Zeige alle Beiträge von Petra Klein", "Petra Klein"},
		{"admin", ""},
		{"Name", ""},
		{"Ana Ruiz; Tom Okafor", "Ana Ruiz; Tom Okafor"},
		{"Art Summers says", "Art Summers"},
		{"news@example.org", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := cleanAuthor(tt.in); got != tt.want {
				t.Errorf("cleanAuthor(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"2025-08-18", day(2025, 8, 18), false},
		{"2025-08-18T09:30:00Z", time.Date(2025, 8, 18, 9, 30, 0, 0, time.UTC), false},
		{"2025-08-18 09:30", time.Date(2025, 8, 18, 9, 30, 0, 0, time.UTC), false},
		{"Mon, 18 Aug 2025 09:30:00 +0000", time.Date(2025, 8, 18, 9, 30, 0, 0, time.UTC), false},
		{"18/08/2025", time.Time{}, true},
		{"yesterday", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestMoreFieldsCountsAsFields(t *testing.T) {
	for _, s := range []string{"", "  ", "By Jane Doe", " a  b\tc\nd ", "a\u00a0b c", "one two three four"} {
		for n := 0; n <= 5; n++ {
			if got, want := moreFields(s, n), len(strings.Fields(s)) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
