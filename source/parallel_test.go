package source

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"
	"testing"
	"time"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func TestOrdered(t *testing.T) {
	// Later items finish first; the output must still follow the input.
	slowFirst := func(i int) int {
		time.Sleep(time.Duration(20-i%20) * 100 * time.Microsecond)
		return i * i
	}
	for _, n := range []int{0, 1, 2, 8} {
		t.Run(fmt.Sprintf("workers=%d", n), func(t *testing.T) {
			var got []int
			for r := range ordered(context.Background(), count(100), n, slowFirst) {
				got = append(got, r)
			}
			want := make([]int, 100)
			for i := range want {
				want[i] = i * i
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want squares in order", got)
			}
		})
	}
	t.Run("consumer stops early", func(t *testing.T) {
		n := 0
		for range ordered(context.Background(), count(1000), 4, slowFirst) {
			n++
			if n == 3 {
				break
			}
		}
		if n != 3 {
			t.Errorf("got %d items, want 3", n)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		n := 0
		for range ordered(ctx, count(1000), 4, slowFirst) {
			n++
			if n == 5 {
				cancel()
			}
		}
		if n > 5+2*4 {
			t.Errorf("got %d items after cancelling at 5, want at most the %d in flight", n, 2*4)
		}
	})
}

// The same JSONL gives the same articles, in the same order, whatever the
// number of workers.
func TestJSONLWorkersKeepOrder(t *testing.T) {
	var b strings.Builder
	for i := range 12 {
		page := "<html><head><title>Page " + strings.Repeat("x", i) + "</title></head><body><article><h1>Heading</h1><p>" +
			strings.Repeat("Paragraph text about the harbour and its ferries. ", 5+i) + "</p></article></body></html>"
		if i%3 == 0 {
			b.WriteString(`{"id":"t` + string(rune('a'+i)) + `","text":"Plain text line."}` + "\n")
			continue
		}
		b.WriteString(`{"id":"h` + string(rune('a'+i)) + `","html":` + jsonString(page) + "}\n")
	}
	read := func(w int) []string {
		src, err := OpenReader("in", strings.NewReader(b.String()), Options{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for a, err := range src.Articles(context.Background()) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, a.ID+"|"+a.Title+"|"+a.Text)
		}
		return out
	}
	one, four := read(1), read(4)
	if len(one) != 12 || !slices.Equal(one, four) {
		t.Errorf("Workers 1 and 4 disagree:\n%q\n%q", one, four)
	}
}
