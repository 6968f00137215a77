package extract

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var topicCueSeeds = []string{
	"The two sides discussed trade, exchanged in-depth views on Ukraine, such as energy.",
	"They agreed to strengthen cooperation in the fields of health and education, focusing on youth.",
	"He had a frank discussion on climate change; congratulated her on her election.",
	"An exchange of views on the Middle East, with particular emphasis on Gaza, took stock of progress.",
	"’discussed X and _cooperation on Y; cooperating with the African Union on peace",
}

// checkTopicCues reports where the per-cue scan and the cues' single
// alternation find different cues in s.
func checkTopicCues(t *testing.T, re *regexp.Regexp, s string) {
	t.Helper()
	want := re.FindAllStringIndex(s, -1)
	got := findTopicCues(s, asciiLower(s))
	if len(want) == 0 && len(got) == 0 {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q: cues differ (-alternation +scan):\n%s", s, diff)
	}
}

func FuzzTopicCues(f *testing.F) {
	for _, s := range topicCueSeeds {
		f.Add(s)
	}
	re := regexp.MustCompile(topicCueAlternation())
	f.Fuzz(func(t *testing.T, s string) { checkTopicCues(t, re, s) })
}

// TestDevTopicCues checks the per-cue scan against the alternation on every
// line of the dev statements.
func TestDevTopicCues(t *testing.T) {
	re := regexp.MustCompile(topicCueAlternation())
	texts, ok := devCorpusMaybe(t)
	if !ok {
		return
	}
	for _, tx := range texts {
		for _, s := range strings.Split(tx, "\n") {
			checkTopicCues(t, re, s)
		}
	}
}

// TestTopicCueNeeds keeps "k" and "s" out of the cues' needed words: (?i)
// matches them to non-ASCII letters, which the lower-cased sentence keeps.
func TestTopicCueNeeds(t *testing.T) {
	for _, c := range topicCues {
		for _, w := range c.needs {
			if strings.ContainsAny(w, "ks") || w != strings.ToLower(w) {
				t.Errorf("cue %s: needed word %q holds k, s or a capital", c.re, w)
			}
		}
	}
}

// TestTopicCuesRandom checks the per-cue scan against the alternation on
// random phrases of cue words, white space between them varied.
func TestTopicCuesRandom(t *testing.T) {
	re := regexp.MustCompile(topicCueAlternation())
	words := []string{" ", "  ", "\t", "\n", ",", "to", "To", "today", "discuss", "discussed", "a", "an", "An", "exchange", "of", "views",
		"on", "cooperate", "cooperation", "Cooperating", "with", "in", "the", "fields", "Japan", "such", "as", "x"}
	for _, s := range randomPhrases(t, words, 17, 50000) {
		checkTopicCues(t, re, s)
	}
}

// TestHasSpacedPrefix checks the spaced prefix test of topic cue starts.
func TestHasSpacedPrefix(t *testing.T) {
	for _, c := range []struct {
		s, prefix string
		want      bool
	}{
		{"to discuss", "to di", true}, {"to\n\t discuss", "to di", true}, {"todiscuss", "to di", false}, {"to", "to di", false},
		{"to ", "to di", false}, {"to \u00a0di", "to di", false}, {"exchange", "exchange", true}, {"", "", true}, {"x", "", true},
	} {
		if got := hasSpacedPrefix(c.s, c.prefix); got != c.want {
			t.Errorf("hasSpacedPrefix(%q, %q) = %v, want %v", c.s, c.prefix, got, c.want)
		}
	}
}
