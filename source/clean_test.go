package source

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		// language and edition pickers
		{"picker label", "Select Language:", true},
		{"picker label other verb", "Choose your edition", true},
		{"picker row with pipes", "English | Español | Français | Deutsch", true},
		{"picker row with bullets", "English • 中文 • العربية", true},
		{"picker row with spaces", "English Русский Українська", true},
		{"language label", "Language: English", true},
		// sharing
		{"share label", "Share this article", true},
		{"share on network", "Share on Facebook", true},
		{"share row", "Facebook | Twitter | LinkedIn | Email", true},
		{"share row plain", "Share Tweet Email Print", true},
		{"copy link", "Copy link", true},
		{"comment count", "12 comments", true},
		// advertising
		{"advertisement", "ADVERTISEMENT", true},
		{"advertisement with dot", "Advertisement.", true},
		{"story continues", "Story continues below advertisement", true},
		{"sponsored", "Sponsored content", true},
		// onward links
		{"read more", "Read more", true},
		{"read more ellipsis", "Read more…", true},
		{"read more arrow", "Read more »", true},
		{"read more link", "READ MORE: Council votes to close the old bridge", true},
		{"related link", "Related » New tram line opens in the east", true},
		{"most read", "Most read", true},
		// newsletters, accounts, chrome
		{"newsletter", "Sign up for our newsletter", true},
		{"newsletter long", "Subscribe to our free morning briefing newsletter", true},
		{"inbox pitch", "Get the latest headlines delivered to your inbox", true},
		{"skip link", "Skip to content", true},
		{"skip link main", "Skip to main content", true},
		{"back to top", "Back to top ↑", true},
		{"log in", "Log in", true},
		{"separator", "• • •", true},
		// cookie notices
		{"cookie notice", "We use cookies to improve your experience on our site.", true},
		{"cookie consent", "By continuing to browse this site you agree to our use of cookies.", true},
		{"cookie button", "Accept all cookies", true},
		{"photo credit", "Photo: Anna Berg/Northwind Pictures", true},

		// other languages
		{"german ad label", "Anzeige", true},
		{"german newsletter", "Zum Newsletter anmelden", true},
		{"german recommendations", "Das könnte Sie auch interessieren", true},
		{"german link line", "Lesen Sie auch: Neue Brücke über den Rhein eröffnet", true},
		{"spanish link line", "VEA TAMBIÉN: Nuevo puente sobre el río abre el lunes", true},
		{"spanish comments", "Sin comentarios", true},
		{"french read also", "À lire aussi", true},
		{"portuguese link line", "Leia também: Nova ponte abre na segunda-feira", true},
		{"german sentence", "Die Anzeige wurde am Montag bei der Polizei erstattet.", false},
		{"spanish sentence", "Lea el informe completo, dijo el ministro.", false},
		{"german headline", "Neue Brücke über den Rhein eröffnet", false},

		// what must survive
		{"sentence about sharing", "Share prices fell sharply after the announcement.", false},
		{"headline with share", "Share of renters rises for third year", false},
		{"headline with advertisement", "Advertisement spending doubles in rural towns", false},
		{"headline read more", "Read more books, doctors urge parents", false},
		{"sentence with read more", "Read more: the council said the bridge would close.", false},
		{"sentence about cookies", "Officials said the new law forces websites to ask users to accept cookies.", false},
		{"quoted cookie notice", "“We use cookies to track you across sites,” the report said.", false},
		{"bakery sentence", "We baked cookies for the volunteers every Friday.", false},
		{"sentence about languages", "She speaks English, Spanish and French fluently.", false},
		{"short headline", "Storm closes schools across the region", false},
		{"dialogue line", "“Select your language,” the kiosk said.", false},
		{"number line", "2025", false},
		{"place dateline", "KYIV, Ukraine —", false},
		{"single word heading", "Background", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isFurniture(tt.line); got != tt.want {
				t.Errorf("isFurniture(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestCleanDropsFurnitureAndKeepsArticle(t *testing.T) {
	in := "Skip to content\r\n" +
		"English | Español | Français\r\n" +
		"Bridge to close for six months of repairs\r\n" +
		"By Maria Lindqvist | Updated 3:45 PM, Aug 18, 2025\r\n" +
		"\r\n" +
		"The old river bridge will close on Monday, the council said.\r\n" +
		"Share this article\r\n" +
		"Engineers found cracks in two of its piers last spring.   \r\n" +
		"\r\n\r\n\r\n" +
		"Advertisement\r\n" +
		"A ferry will run every twenty minutes during the works.\r\n" +
		"Sign up for our newsletter\r\n" +
		"We use cookies to give you the best experience on our website.\r\n"
	got := Clean(in)
	wantText := "Bridge to close for six months of repairs\n\n" +
		"The old river bridge will close on Monday, the council said.\n" +
		"Engineers found cracks in two of its piers last spring.\n\n" +
		"A ferry will run every twenty minutes during the works."
	if got.Text != wantText {
		t.Errorf("Text:\ngot  %q\nwant %q", got.Text, wantText)
	}
	if got.Author != "Maria Lindqvist" {
		t.Errorf("Author = %q, want %q", got.Author, "Maria Lindqvist")
	}
	if want := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC); !got.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", got.Published, want)
	}
	if len(got.Dropped) != 7 {
		t.Errorf("Dropped %d lines, want 7: %q", len(got.Dropped), got.Dropped)
	}
}

func TestCleanKeepsBylineShapedLinesMidArticle(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 8; i++ {
		b.WriteString("The council met again and argued about the budget for hours.\n")
	}
	b.WriteString("By Tom Baker\n") // a line of a poem or list, far from the edges
	for i := 0; i < 5; i++ {
		b.WriteString("Residents asked for more buses and fewer potholes this year.\n")
	}
	got := Clean(b.String())
	if !strings.Contains(got.Text, "By Tom Baker") || got.Author != "" {
		t.Errorf("mid-article byline-shaped line: Author=%q, kept=%v; want it kept and no author", got.Author, strings.Contains(got.Text, "By Tom Baker"))
	}
}

// The summit fixture is the article the project started from: page text
// scraped with a language picker left on its first line.
func TestCleanSummitFixture(t *testing.T) {
	raw, err := os.ReadFile("../../shared/fixtures/summit/article.txt")
	if err != nil {
		t.Fatalf("the summit fixture must be readable at ../../shared (CI has it): %v", err)
	}
	s := string(raw)
	first, rest, _ := strings.Cut(s, "\n")
	got := Clean(s)
	if want := strings.TrimSpace(rest); got.Text != want {
		t.Errorf("Clean changed more than the first line:\ngot  %.200q…\nwant %.200q…", got.Text, want)
	}
	if len(got.Dropped) != 1 || got.Dropped[0] != strings.TrimSpace(first) {
		t.Errorf("Dropped = %q, want only the first line %q", got.Dropped, first)
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"headline over blank line", "Ad sales lift city budget\n\nThe city said on Friday that …", "Ad sales lift city budget"},
		{"short headline without blank line", "Storm closes schools\nSchools across the region closed on Tuesday.", "Storm closes schools"},
		{"first line is a sentence", "The mayor resigned on Friday.\n\nShe gave no reason.", ""},
		{"single line", "Storm closes schools", ""},
		{"long first line", strings.Repeat("word ", 30) + "\n\nbody", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.text); got != tt.want {
				t.Errorf("headline(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzClean: Clean never panics, and keeps input lines only, in order, each
// right-trimmed.
func FuzzClean(f *testing.F) {
	f.Add("Select Language:\nA sentence here.\n")
	f.Add("By Jane Doe | Updated 3:45 PM, Aug 18, 2025\n\nBody text.")
	f.Add("Share\r\nFacebook Twitter\r\n\r\nWe use cookies on our site.")
	f.Add("\xff\xfe bad bytes\n• • •\n")
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		norm := strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
		lines := strings.Split(norm, "\n")
		i := 0
		for _, out := range strings.Split(c.Text, "\n") {
			if out == "" {
				continue
			}
			for i < len(lines) && strings.TrimRight(lines[i], " \t\v\f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000") != out {
				i++
			}
			if i == len(lines) {
				t.Fatalf("output line %q is not an input line (in order) of %q", out, s)
			}
			i++
		}
	})
}

// A wire story's credit line at its end is metadata, not text: its names
// were taken for people of the story ("Ana Ruiz in Lima; Editing"). The
// same words inside the story, or a credit-shaped line with something else
// in it, stay.
func TestCleanWireCreditLine(t *testing.T) {
	story := "Port strike ends\n\nLIMA (Wire) - Dock workers in Callao ended their strike on Friday, the union said.\n\nShipping lines expect the backlog to clear within a week.\n\n"
	for _, tc := range []struct {
		tail, author string
		dropped      bool
	}{
		{"(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)", "Ana Ruiz", true},
		{"(Reporting by Ana Ruiz and Luis Soto in Lima; Additional reporting by Mei Tanaka in Tokyo; Writing by Paul Grant; Editing by Tom Hale and Kim Berg)", "Ana Ruiz; Luis Soto; Mei Tanaka; Paul Grant", true},
		{"Reporting by Ana Ruiz; editing by Tom Hale", "Ana Ruiz", true},
		{"(Editing by Tom Hale)", "", true},
		{"(Reporting by the union's own press office)", "", false},
		{"(Reporting by Ana Ruiz; the strike cost millions)", "", false},
	} {
		c := Clean(story + tc.tail + "\n")
		if got := strings.Contains(c.Text, tc.tail); got == tc.dropped {
			t.Errorf("%q: kept in the text = %v, want %v", tc.tail, got, !tc.dropped)
		}
		if c.Author != tc.author {
			t.Errorf("%q: author %q, want %q", tc.tail, c.Author, tc.author)
		}
		if !strings.Contains(c.Text, "Shipping lines expect the backlog") {
			t.Errorf("%q: the story lost its last paragraph: %q", tc.tail, c.Text)
		}
	}
	// Mid-story, the same line is the story's.
	mid := "Port strike ends\n\n(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)\n\nDock workers ended their strike.\n\nThe backlog will clear.\n\nShips are moving.\n\nThe union was pleased.\n"
	if c := Clean(mid); !strings.Contains(c.Text, "Reporting by Ana Ruiz") {
		t.Errorf("a credit line mid-story was dropped: %q", c.Text)
	}
}
