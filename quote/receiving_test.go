package quote

import "testing"

// TestReceivedClaimHasNoHolder checks that the subject of a verb of
// receiving or causing ("faced accusations", "sparked fears") holds no
// claim of its object: someone else accuses or fears.
func TestReceivedClaimHasNoHolder(t *testing.T) {
	for _, txt := range []string{
		"The airline made the news in March when it faced accusations of fare fixing.",
		"The council has also faced demands to hire an auditor from abroad.",
		"The inquiry into the bank sparked concerns about the health of the whole industry.",
	} {
		d := analyse(t, txt)
		for _, q := range d.Quotes {
			if q.Speaker >= 0 {
				t.Errorf("%q: %q held by %q", txt, d.Slice(q.Span), d.Entities[q.Speaker].Name)
			}
		}
	}
}
