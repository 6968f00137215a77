package extract

import (
	"strings"
	"testing"
)

// TestLiteralSet pins literalSet to a strings.Contains per literal.
func TestLiteralSet(t *testing.T) {
	texts := []string{"", "m", "met", "xmet", "spoke\nwith", "phone", "talks with the video ", "ée video"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text, strings.ToLower(s.text))
			}
		}
	}
	texts = append(texts, "ab", "xab", "abc", "xabc", "ab abc abd", "a")
	for _, lits := range [][]string{triggerKeys, topicCueWords, monthPrefixes.lits, relativePhrases, initiativeWords,
		{"abc", "abcd"}, {"abc", "abd", "bcd"}} {
		ls := newLiteralSet(lits)
		for _, s := range texts {
			var want uint64
			for i, l := range lits {
				if strings.Contains(s, l) {
					want |= 1 << i
				}
			}
			if got := ls.present(s); got != want {
				t.Errorf("present(%.60q) = %b, want %b", s, got, want)
			}
			if got := ls.any(s); got != (want != 0) {
				t.Errorf("any(%.60q) = %v, want %v", s, got, want != 0)
			}
		}
	}
}
