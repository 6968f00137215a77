package extract

import (
	"math/rand"
	"reflect"
	"testing"
)

// TestFindTopicEndMatchesRegexp checks the literal scan against reTopicEnd.
func TestFindTopicEndMatchesRegexp(t *testing.T) {
	pieces := []string{" ", "  ", ".", ". ", ";", ",", ", ", "\t", "\n", "U.S. ", "and ", "And", " agreed", "based on", "Following",
		"ahead of", "as soon as possible", "at an early date", "which", "that", "thatch", "While", "during", "the two sides",
		"the both sides", "over the past", "over the last", "in recent years", "in order to", "to serve", "to bring", "so as to",
		"reiterated", "emphasized", "emphasised", "called", "calledx", "walked", "ed", "red", "x", "_", "9", "trade", "é", "ſ", "\u212a",
		"reached", "Said", "NOTED", "expressedly", "a", "b", "s", "t"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		s := ""
		for k := r.Intn(8); k >= 0; k-- {
			s += pieces[r.Intn(len(pieces))]
		}
		want := reTopicEnd.FindStringIndex(s)
		a, b := findTopicEnd(s)
		if want == nil {
			if a != -1 {
				t.Fatalf("%q: got %d, want no match", s, a)
			}
			continue
		}
		if a != want[0] || s[a] == '.' && b != want[1] {
			t.Fatalf("%q: got %d,%d want %v", s, a, b, want)
		}
	}
}

// TestSplitTopicListMatchesRegexp checks the literal split against
// reTopicSplit.Split.
func TestSplitTopicListMatchesRegexp(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", ",", ", ", ";", "and", "And", "band", "andx", "as well as", "as well", "including",
		"including on", "including only", "especially", "especially  on", "in particular", "in particular on", "on", "x", "_", "9",
		"é", "trade", "energy", "security"}
	r := rand.New(rand.NewSource(6))
	for n := 0; n < 200000; n++ {
		s := ""
		for k := r.Intn(9); k >= 0; k-- {
			s += pieces[r.Intn(len(pieces))]
			if r.Intn(2) == 0 {
				s += " "
			}
		}
		if n%50 == 0 {
			s = ""
		}
		want := reTopicSplit.Split(s, -1)
		if got := splitTopicList(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	}
}
