package text

import "testing"

func TestDatelineLen(t *testing.T) {
	tests := []struct {
		para, want string // want: the dateline, "" for none
	}{
		{"NAIROBI, March 3 (Reuters) - Kenya and Tanzania signed a pact.", "NAIROBI, March 3 (Reuters) - "},
		{"WASHINGTON (AP) — Senator Lee said on Monday that the bill was dead.", "WASHINGTON (AP) — "},
		{"WASHINGTON—The Senate voted on Monday.", "WASHINGTON—"},
		{"LEEDS, England, Jan. 5, 2026 (AFP) – Flood waters rose.", "LEEDS, England, Jan. 5, 2026 (AFP) – "},
		{"Dec 29 (Reuters) - Oil prices fell on Friday.", "Dec 29 (Reuters) - "},
		{"NEW YORK, March 3 /PRNewswire/ -- Acme Corp said it would hire.", "NEW YORK, March 3 /PRNewswire/ -- "},
		{"NEW DELHI: India's cabinet approved the budget.", "NEW DELHI: "},
		{"HALIFAX, N.S. ― The ferry will run again in May.", "HALIFAX, N.S. ― "},
		{"Leeds (dpa) – Mayor Ana Ruiz will open the bridge.", "Leeds (dpa) – "},
		{"WINSTON-SALEM, N.C. - The plant closed.", "WINSTON-SALEM, N.C. - "},
		{"Geneva, 3 March (AFP) - Talks resumed.", "Geneva, 3 March (AFP) - "},
		// Not datelines: a name with an aside, a sentence with a dash, a
		// label with a credit, a plain line.
		{"Ana Ruiz — a lawyer from Leeds — said the fee was unfair.", ""},
		{"Kenya and Tanzania - two old rivals - signed a pact.", ""},
		{"The fee rose - and the council did nothing.", ""},
		{"Lee: We will not sign it.", ""},
		{"Kenya and Tanzania sign water accord", ""},
		{"NAIROBI - ", ""},
		{"Mayor Ana Ruiz, a lawyer (retired) - said no.", ""},
	}
	for _, tt := range tests {
		n := DatelineLen(tt.para)
		if got := tt.para[:n]; got != tt.want {
			t.Errorf("DatelineLen(%q) cuts %q, want %q", tt.para, got, tt.want)
		}
	}
}
