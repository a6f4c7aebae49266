package quote

import (
	"os"
	"testing"
)

// testArticle reads the package's test article (written for the tests,
// no bench text).
func testArticle(tb testing.TB) []byte {
	tb.Helper()
	raw, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}
