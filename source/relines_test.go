package source

import "testing"

// A short page the extractor's fallback flattened keeps its lines: the
// heading was run into the first sentence ("Oil prices climb Oil prices
// rose…") and the paragraphs into one line.
func TestExtractHTMLKeepsLinesOfShortPage(t *testing.T) {
	for name, page := range map[string]string{
		"bare": `<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>` +
			`<p>Ferry fares on the island route will rise 4 percent in April, the operator said on Monday.</p>` +
			`<p>Passenger groups said the increase was unfair to commuters.</p></article></body></html>`,
		"with furniture": `<html><head><title>Ferry fares rise</title></head><body><nav>Home</nav><article><h1>Ferry fares rise</h1>` +
			`<p>Ferry fares on the island route will rise 4 percent in April, the operator said on Monday.</p>` +
			`<p>Passenger groups said the increase was unfair to commuters.</p></article><footer>Contact</footer></body></html>`,
	} {
		t.Run(name, func(t *testing.T) {
			a, err := ExtractHTML("fares.html", page, "", Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := "Ferry fares rise\nFerry fares on the island route will rise 4 percent in April, the operator said on Monday.\n" +
				"Passenger groups said the increase was unfair to commuters."
			if a.Text != want {
				t.Errorf("text %q, want its lines: %q", a.Text, want)
			}
		})
	}
}
