package quote

import "testing"

// A currency or percent sign is part of what was said, not punctuation
// trimmed from the content's ends ("$40 was too little" lost its "$").
func TestUnitSignsStayInContent(t *testing.T) {
	for _, tt := range []struct{ name, text, cue, want string }{
		{"dollar sign first", "The union said $40 was too little.", "said", "$40 was too little"},
		{"pound sign first", "The dockers said £300 would not cover the rent.", "said", "£300 would not cover the rent"},
		{"percent sign last", "The minister said inflation rose by 5%.", "said", "inflation rose by 5%"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}
