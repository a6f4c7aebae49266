package main

import (
	"fmt"
	"io"
	"math"

	"dateline/quote"
)

// reliability prints, per kind and confidence decile, how many predictions,
// their mean confidence and the share right on content and end to end, then
// the expected calibration error of each (|mean confidence - share right|
// weighted by the decile's predictions). A nil map prints the raw figures.
func reliability(w io.Writer, ls []label, c *quote.Calibration) {
	type cell struct {
		n, content, e2e int
		sum             float64
	}
	var all [3][10]cell
	for _, l := range ls {
		ki := -1
		for i, k := range kinds {
			if k == l.kind {
				ki = i
			}
		}
		if ki < 0 {
			continue
		}
		conf := c.Apply(l.kind, l.conf)
		d := &all[ki][min(int(conf*10), 9)]
		d.n++
		d.sum += conf
		if l.content {
			d.content++
		}
		if l.e2e {
			d.e2e++
		}
	}
	fmt.Fprintf(w, "%-9s %-7s %5s %6s %8s %6s\n", "kind", "decile", "n", "conf", "content", "e2e")
	var n int
	var eceC, eceE float64
	for ki, k := range kinds {
		for di, d := range all[ki] {
			if d.n == 0 {
				continue
			}
			m := d.sum / float64(d.n)
			pc, pe := float64(d.content)/float64(d.n), float64(d.e2e)/float64(d.n)
			fmt.Fprintf(w, "%-9s %.1f-%.1f %5d %6.3f %8.2f %6.2f\n", k, float64(di)/10, float64(di+1)/10, d.n, m, pc, pe)
			n += d.n
			eceC += float64(d.n) * math.Abs(m-pc)
			eceE += float64(d.n) * math.Abs(m-pe)
		}
	}
	if n > 0 {
		fmt.Fprintf(w, "ECE(content) %.3f  ECE(e2e) %.3f  n=%d\n", eceC/float64(n), eceE/float64(n), n)
	}
}
