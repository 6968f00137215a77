package extract

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestFindLedMatchesRegexp checks the lead-word search against each rule's
// own regexp on the dev corpus and on random phrases.
func TestFindLedMatchesRegexp(t *testing.T) {
	var texts []string
	if corpus, ok := devCorpusMaybe(t); ok {
		for _, c := range corpus {
			texts = append(texts, strings.Split(c, "\n")...)
		}
	}
	words := []string{" ", "  ", "\n", ",", ".", ";", "'s", "’s", "held", "Held", "had", "has", "a", "the", "their", "meeting", "Meeting",
		"talks", "with", "between", "in", "at", "during", "call", "phone", "video", "virtual", "virtually", "met", "Met", "meets",
		"spoke", "talked", "received", "courtesy", "paid", "state", "visit", "to", "banquet", "hosted", "by", "attended", "led",
		"delegation", "attend", "X", "Y", "Minister", "poses", "for", "photo", "co-chaired", "consultations", "proceeded", "xheld", "_in", "9at"}
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for ri, rule := range triggerRules {
		a := triggerAnchored[ri]
		if a == nil {
			continue
		}
		for _, s := range texts {
			want := rule.re.FindAllStringSubmatchIndex(s, maxTriggers)
			got := findLed(s, asciiLower(s), triggerLeads[rule.name], a, maxTriggers)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", rule.name, s, got, want)
			}
		}
	}
}

// TestLedRegexpMatchesRegexp checks the place cues' lead-word search
// against their regexps.
func TestLedRegexpMatchesRegexp(t *testing.T) {
	words := []string{" ", "  ", "\n", ",", ".", "who", "Which", "was", "is", "were", "are", "has been", "currently", "then", "also",
		"in", "In", "visiting", "the", "visited", "arrived", "on", "during", "a", "his", "state", "official", "visit", "to", "concluded",
		"paid", "made", "delegation", "trip", "mission", "held", "at", "city", "port", "of", "X", "xin", "_in", "ſ", "9", "é",
		"will", "Would", "shall", "be", "scheduled", "expected", "plans", "planning", "going", "agreed", "forward", "set", "ready",
		"willing", "hopes", "wishes", "upcoming", "next", "tomorrow", "planned", "proposed", "invited", "meet",
		"foreign ministers", "Defense Ministers", "presidents", "leaders", "heads of state", "national security advisers", "and", "China", "Japan"}
	r := rand.New(rand.NewSource(3))
	var texts []string
	if corpus, ok := devCorpusMaybe(t); ok {
		for _, c := range corpus {
			for i := 0; i < len(c); i += 7 {
				texts = append(texts, c[max(0, i-60):i])
			}
		}
	}
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, lr := range []*ledRegexp{presenceCue, placeCue, futureCue, unnamedSidesCue} {
		for _, s := range texts {
			if got, want := lr.MatchString(s), lr.re.MatchString(s); got != want {
				t.Fatalf("%s on %q: got %v, want %v", lr.re, s, got, want)
			}
			if got, want := lr.FindStringSubmatch(s), lr.re.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %q, want %q", lr.re, s, got, want)
			}
		}
	}
}

// TestRelationsCandMatchesRegexp checks the candidate search for relation
// compounds against reRelations.
func TestRelationsCandMatchesRegexp(t *testing.T) {
	words := []string{" ", "  ", "-", "–", "/", ".", "U.S.", "China", "Japan", "EU", "x", "_", "9", "A", "relations", "ties",
		"comprehensive", "strategic", "partnership", "cooperation", "of", "and", "trade", "Iran", "é"}
	r := rand.New(rand.NewSource(4))
	var texts []string
	if corpus, ok := devCorpusMaybe(t); ok {
		for _, c := range corpus {
			texts = append(texts, strings.Split(c, "\n")...)
		}
	}
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := reRelations.FindAllStringSubmatchIndex(s, -1)
		got := findAllAt(reRelationsAt, s, relationsCand)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestSharedModifierCand checks that the prefilter passes every list
// reSharedModifier matches.
func TestSharedModifierCand(t *testing.T) {
	words := []string{" ", "  ", "\t", ",", ":", "and", "economic", "nuclear", "trade", "the", "its", "on", "'s", "’s", "cooperation",
		"missile", "programs", "al", "ic", "xive", "humanitarian", "ary", "X", "-"}
	r := rand.New(rand.NewSource(5))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if reSharedModifier.MatchString(s) && !sharedModifierCand(s) {
			t.Fatalf("%q: prefilter rejects a match", s)
		}
	}
}
