package extract

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestVideoWording pins the literal prefilter of videoWording to the
// regexp it guards.
func TestVideoWording(t *testing.T) {
	texts := []string{"", "met via Video link", "VIRTUALLY", "held a VideoConference", "vide o", "virtual", "by video"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text)
			}
		}
	}
	for _, s := range texts {
		if got, want := videoWording(s), reVideoWording.MatchString(s); got != want {
			t.Errorf("videoWording(%.60q) = %v, want %v", s, got, want)
		}
	}
}

// TestFindMet pins findMet to the "met" rule's regexp.
func TestFindMet(t *testing.T) {
	var re *regexp.Regexp
	for _, r := range triggerRules {
		if r.name == "met" {
			re = r.re
		}
	}
	texts := []string{"", "met", "Met", "MET", "emet met_ met-Met metmet (met) Met, they met. 9met met9", "et", "m et",
		"met met met met met met met met met met", "Méet met"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			texts = append(texts, d)
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text)
			}
		}
	}
	for _, s := range texts {
		for _, n := range []int{maxTriggers, -1} {
			want, got := re.FindAllStringSubmatchIndex(s, n), findMet(s, n)
			if (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("findMet(%.60q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestMeetingComma checks that meetingComma holds wherever the rule it
// guards matches.
func TestMeetingComma(t *testing.T) {
	var re *regexp.Regexp
	for _, r := range triggerRules {
		if r.name == "during their meeting, A and B" {
			re = r.re
		}
	}
	texts := []string{"During their MEETING ,", "in the meeting\n, A", "at their meeting; B", "meeting"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text)
			}
		}
	}
	for _, s := range texts {
		if re.MatchString(s) && !meetingComma(strings.ToLower(s)) {
			t.Errorf("meetingComma(%.60q) = false, but the rule matches", s)
		}
	}
}

// TestAboutState pins aboutState's shortcut to reAboutState.
func TestAboutState(t *testing.T) {
	texts := []string{"", " ", "relations with ", "RELATIONS WITH THE ", "ties in\t", "Relation In The\n", "xrelations with ",
		"relationſ with ", "ties within ", "cooperation with the", "dialogue  with  the  ", "format in  the ", "situation bathe ",
		"partnership with theme ", "the ", "in ", "with the "}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				for at := 1; at <= len(s.text); at++ {
					if at == len(s.text) || s.text[at-1] == ' ' {
						texts = append(texts, s.text[max(0, at-40):at])
					}
				}
			}
		}
	}
	for _, w := range texts {
		if got, want := aboutState(w), reAboutState.MatchString(w); got != want {
			t.Errorf("aboutState(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHasTopicCueWord pins the one-pass scan to a search for each word.
func TestHasTopicCueWord(t *testing.T) {
	texts := []string{"", "discus", "they discussed", "such  as", "such as", "the issues", "took stock", "x focus"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, asciiLower(s.text))
			}
		}
	}
	for _, low := range texts {
		want := false
		for _, w := range topicCueWords {
			want = want || strings.Contains(low, w)
		}
		if got := hasTopicCueWord(low); got != want {
			t.Errorf("hasTopicCueWord(%.60q) = %v, want %v", low, got, want)
		}
	}
}

// TestFutureSentence pins futureSentence to reFutureSentence.
func TestFutureSentence(t *testing.T) {
	texts := []string{"", "will", "Will.", "willing", "swill", "_will", "WOULD", "they look forward to", "looks  forward to",
		"look forward toward", "is scheduled to", "This Scheduled to", "iſ scheduled to", "wiLL", "it'll", "would9", "(would)"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text)
			}
		}
	}
	for _, s := range texts {
		if got, want := futureSentence(s, asciiLower(s)), reFutureSentence.MatchString(s); got != want {
			t.Errorf("futureSentence(%.60q) = %v, want %v", s, got, want)
		}
	}
}

// TestPassiveCand checks that passiveCand holds wherever rePassiveTopic
// matches.
func TestPassiveCand(t *testing.T) {
	texts := []string{"Trade was discussed.", "Issues WERE ALSO\tDISCUSSED", "it had been  addressed", "they discussed trade",
		"x were also  discussed", "x wasdiscussed", "Ties waſ discussed", "the call, Gaza were  also addressed today"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, s.text)
			}
		}
	}
	for _, s := range texts {
		if rePassiveTopic.MatchString(s) && !passiveCand(s, asciiLower(s)) {
			t.Errorf("passiveCand(%.60q) = false, but rePassiveTopic matches", s)
		}
	}
}

// randomPhrases returns the dev corpus's lines (when it is at hand) and n
// random strings of words, for pinning a shortcut to the regexp it
// replaces.
func randomPhrases(t *testing.T, words []string, seed int64, n int) []string {
	var texts []string
	if corpus, ok := devCorpusMaybe(t); ok {
		for _, c := range corpus {
			texts = append(texts, strings.Split(c, "\n")...)
		}
	}
	r := rand.New(rand.NewSource(seed))
	for k := 0; k < n; k++ {
		var b strings.Builder
		for j := r.Intn(12); j >= 0; j-- {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestNamedInitiativeAt pins the candidate search for named initiatives,
// and its literal prefilter, to reNamedInitiative.
func TestNamedInitiativeAt(t *testing.T) {
	words := []string{" ", "  ", "\n", "-", "’", "'", "_", "9", "2023", "10th", "1st", "A", "x", "é", "Belt", "and", "Road", "of", "for", "on",
		"Forum", "Summit", "Initiative", "Agreement", "Vision", "Dam", "Zone", "Cooperation", "Forums", "summit", "Ministry", "ſ", "K"}
	for _, s := range randomPhrases(t, words, 6, 50000) {
		want := reNamedInitiative.FindAllStringSubmatchIndex(s, -1)
		if len(want) > 0 && !hasInitiativeWord(s) {
			t.Fatalf("hasInitiativeWord(%q) = false, but reNamedInitiative matches", s)
		}
		if got := findAllAt(reNamedInitiativeAt, s, initiativeAt); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
		if got := findNamedInitiatives(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findNamedInitiatives(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLexiconByKey checks that the merged index answers what the entity
// tables and prefixes do, for each of their keys.
func TestLexiconByKey(t *testing.T) {
	l := theLexicon()
	keys := map[string]bool{"": true, "nowhere": true}
	for _, m := range []map[string]string{l.country, l.org, l.demonym, l.region} {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range l.city {
		keys[k] = true
	}
	for k := range l.prefixes {
		keys[k] = true
	}
	for k := range keys {
		e := l.entry([]byte(k))
		c, inC := l.country[k]
		o, inO := l.org[k]
		ci, inCi := l.city[k]
		d, inD := l.demonym[k]
		r, inR := l.region[k]
		want := lexEntry{prefix: l.prefixes[k], country: c, org: o, city: ci, demonym: d, region: r}
		for bit, in := range map[uint8]bool{inCountry: inC, inOrg: inO, inCity: inCi, inDemonym: inD, inRegion: inR} {
			if in {
				want.in |= bit
			}
		}
		if e != want {
			t.Fatalf("byKey[%q] = %+v, want %+v", k, e, want)
		}
	}
}

// TestCountFields pins countFields to strings.Fields.
func TestCountFields(t *testing.T) {
	words := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2003", "\u0085", "a", "bc", "é", ".", "x y"}
	for _, s := range randomPhrases(t, words, 7, 20000) {
		n := len(strings.Fields(s))
		for _, limit := range []int{0, 1, 3, 9, 1000} {
			if got, want := countFields(s, limit), min(n, limit); got != want {
				t.Fatalf("countFields(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestSentenceLowerForms checks the sentences' lower-cased forms sliced
// from the lowered text against lowering each sentence on its own.
func TestSentenceLowerForms(t *testing.T) {
	texts := []string{"", "Ab. CD ſK é. İstanbul Talks. The END.", "A\u212a. ÀÉ x. Y"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		texts = append(texts, dev...)
	}
	for _, text := range texts {
		text = plainSpaces(text)
		alowText, lowText := lowerText(text)
		if lowText != strings.ToLower(text) || alowText != asciiLower(text) {
			t.Fatalf("lowerText(%.60q) = %.60q, %.60q", text, alowText, lowText)
		}
		for _, s := range splitSentences(text, 0) {
			low, alow := sentenceLowerForms(s, alowText)
			if low != strings.ToLower(s.text) || alow != asciiLower(s.text) {
				t.Errorf("sentenceLowerForms(%.60q) = %.60q, %.60q", s.text, low, alow)
			}
		}
	}
}

// TestVerbCache pins the shared verb lookups of findTriggers to a search
// for each rule's verbs.
func TestVerbCache(t *testing.T) {
	texts := []string{"", "held", "they had talks", "in ", "met\nwith", "’"}
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, s := range splitSentences(d, 0) {
				texts = append(texts, strings.ToLower(s.text))
			}
		}
	}
	for _, low := range texts {
		var vc verbCache
		for ri := range triggerRules {
			if (ruleVerbIDs[ri] == nil) != (ruleVerbs[ri] == nil) {
				t.Fatalf("rule %d: verb ids %v for verbs %q", ri, ruleVerbIDs[ri], ruleVerbs[ri])
			}
			if ruleVerbs[ri] == nil {
				continue
			}
			if got, want := vc.anyIn(low, ruleVerbIDs[ri]), containsAny(low, ruleVerbs[ri]); got != want {
				t.Errorf("rule %d on %.60q: anyIn = %v, want %v", ri, low, got, want)
			}
		}
	}
}

// TestReplacerShortcuts pins stripAccents and stripQuotes, which skip
// their Replacer when it has nothing to replace, to the Replacers.
func TestReplacerShortcuts(t *testing.T) {
	words := []string{" ", "a", "Lê", "é", "ı", "\"", "“", "”", "'", "’", "x", "Ş"}
	for _, s := range randomPhrases(t, words, 8, 5000) {
		if got, want := stripAccents(s), accentFold.Replace(s); got != want {
			t.Fatalf("stripAccents(%q) = %q, want %q", s, got, want)
		}
		if got, want := stripQuotes(s), quoteStripper.Replace(s); got != want {
			t.Fatalf("stripQuotes(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSaysHere pins saysHere to reHere.
func TestSaysHere(t *testing.T) {
	words := []string{" ", ".", ",", "met", "held", "talks", "here", "Here", "there", "heres", "_here", "9", "on", "today", "x", "é"}
	for _, s := range randomPhrases(t, words, 9, 20000) {
		if got, want := saysHere(s), reHere.MatchString(s); got != want {
			t.Fatalf("saysHere(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestChromeHeading pins chromeHeading to reChromeHeading, on trimmed
// lines as markChrome gives it.
func TestChromeHeading(t *testing.T) {
	words := []string{" ", "\t", ":", ".", "related", "Related", "news", "most", "read", "also", "ſee", "see", "editor's", "picks",
		"latest", "press", "releases", "you", "may", "like", "popular", "x", "9", "é", "K"}
	for _, s := range randomPhrases(t, words, 10, 50000) {
		s = strings.TrimSpace(s)
		if got, want := chromeHeading(s), reChromeHeading.MatchString(s); got != want {
			t.Fatalf("chromeHeading(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestForDialogue pins forDialogue to reForDialogue.
func TestForDialogue(t *testing.T) {
	words := []string{" ", "for", "For", "fore", "the", "a", "sixth", "Strategic", "Dialogue", "dialogue", "consultations",
		"Negotiations", "round", "of", "talks", "’", "x"}
	for _, s := range randomPhrases(t, words, 11, 30000) {
		if got, want := forDialogue(s), reForDialogue.MatchString(s); got != want {
			t.Fatalf("forDialogue(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAboutStateRandom pins aboutState, with its ASCII reading of the
// pattern, to reAboutState on random windows.
func TestAboutStateRandom(t *testing.T) {
	words := []string{" ", "\t", "  ", "relation", "Relations", "s", "ties", "format", "cooperation", "dialogue", "situation",
		"partnership", "with", "in", "the", "The", "x", "_", "within", "bathe", "ſ", "é", "-"}
	for _, w := range randomPhrases(t, words, 12, 100000) {
		if got, want := aboutState(w), reAboutState.MatchString(w); got != want {
			t.Fatalf("aboutState(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestVocabFirstWords checks that firstWords rules out no word a vocabulary
// key opens with.
func TestVocabFirstWords(t *testing.T) {
	ti := theTopics()
	for k := range ti.vocab {
		if first, _, _ := strings.Cut(k, " "); !ti.firstWords.mayHave(first) {
			t.Fatalf("mayHave(%q) = false for key %q", first, k)
		}
	}
	ruled := 0
	if dev, _ := devCorpusMaybe(t); dev != nil {
		for _, d := range dev {
			for _, w := range strings.Fields(asciiLower(d)) {
				if !ti.firstWords.mayHave(w) {
					ruled++
					if _, ok := ti.vocab[w]; ok {
						t.Fatalf("mayHave(%q) = false, but it is a key", w)
					}
				}
			}
		}
	}
	t.Logf("%d words ruled out", ruled)
}

// TestWordFlagWords checks that the filter before wordFlags rules out
// none of its words.
func TestWordFlagWords(t *testing.T) {
	for w, f := range wordFlags {
		if got := flagsOf([]byte(w)); got != f {
			t.Fatalf("flagsOf(%q) = %d, want %d", w, got, f)
		}
	}
}

// TestASCIILower checks asciiLower against lowering byte by byte.
func TestASCIILower(t *testing.T) {
	words := []string{"", " ", "A", "Z", "a", "z", "@", "[", "É", "é", "İ", "K", "ſ", "Ab", "CD", "x"}
	for _, s := range randomPhrases(t, words, 13, 5000) {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(s); got != string(b) {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, b)
		}
	}
}

// TestDateCandidates pins the date patterns' start tests to the patterns,
// on random phrases of date words.
func TestDateCandidates(t *testing.T) {
	words := []string{" ", "\t", "\n", ",", "-", "–", "1", "12", "123", "2024", "st", "nd", "th", "to", "and", "a", "May", "June",
		"OCT", "Sept.", "in", "In", "during", "since", "on", "On", "last", "this", "This", "Monday", "Tuesday", "morning", "x", "é",
		"early", "late", "mid-", "Mayor", "Mar", "Marc", ".", "March", "ſ", "\f", "\v"}
	for _, s := range randomPhrases(t, words, 14, 50000) {
		for _, c := range anchoredDates {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			if got := findAllAt(c.at, s, c.cand); (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", c.re, s, got, want)
			}
		}
	}
}

// TestNameKeyASCII pins nameKey's ASCII path to the general one.
func TestNameKeyASCII(t *testing.T) {
	words := []string{" ", "  ", "\t", ".", "-", "'", "Mr.", "H.E.", "Jr", "jr.", "Sr", "Wang", "Yi", "O'Neil", "X", "9", "al-Sisi", "_", "\x01"}
	general := func(name string) []string {
		var out []string
		for _, f := range strings.FieldsFunc(fold(name), func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || unicode.Is(unicode.Mn, r))
		}) {
			f = accentFold.Replace(f)
			if utf8.RuneCountInString(f) > 1 && !honorifics[f] && f != "jr" && f != "sr" {
				out = append(out, f)
			}
		}
		return out
	}
	for _, s := range randomPhrases(t, words, 15, 20000) {
		if !isASCII(s) {
			continue
		}
		if got, want := nameKeyASCII(s), general(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("nameKeyASCII(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestVocabMatch pins vocabMatch, which skips words no phrase opens with,
// to looking up every n-gram.
func TestVocabMatch(t *testing.T) {
	ti := theTopics()
	plain := func(low string, specific bool) (string, bool) {
		words := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '"' || r == '“' || r == '”' })
		for n := min(ti.maxWords, len(words)); n >= 1; n-- {
			for i := 0; i+n <= len(words); i++ {
				ph := strings.Join(words[i:i+n], " ")
				if name, ok := ti.byPhrase[ph]; ok && (!specific || ti.specific[ph]) {
					return name, true
				}
			}
		}
		return "", false
	}
	words := []string{" ", ",", "the", "climate", "change", "south", "china", "sea", "trade", "and", "x", "korean", "peninsula", "“", "nuclear", "issue"}
	texts := randomPhrases(t, words, 16, 20000)
	for p := range ti.byPhrase {
		texts = append(texts, p, "x "+p+" y")
	}
	for _, low := range texts {
		low = asciiLower(low)
		for _, specific := range []bool{false, true} {
			gn, gok := vocabMatch(low, specific)
			wn, wok := plain(low, specific)
			if gn != wn || gok != wok {
				t.Fatalf("vocabMatch(%q, %v) = %q, %v, want %q, %v", low, specific, gn, gok, wn, wok)
			}
		}
	}
}

// TestSentenceTopicWords pins the bit groups of sentenceTopicWords to the
// words each pattern's prefilter checks.
func TestSentenceTopicWords(t *testing.T) {
	for _, g := range []struct {
		bits  uint64
		words []string
	}{
		{litRelation, []string{"relation", "ties", "cooperation", "partnership"}},
		{litFuture, []string{"will", "would", "forward", "scheduled"}},
		{litAnniversary, []string{"anniversary"}},
		{litVisitTo, []string{"visit to"}},
		{litPassive, []string{" discussed", " addressed"}},
	} {
		var got []string
		for i, w := range sentenceTopicWords {
			if g.bits&(1<<i) != 0 {
				got = append(got, w)
			}
		}
		if !reflect.DeepEqual(got, g.words) {
			t.Errorf("bits %b: words %q, want %q", g.bits, got, g.words)
		}
	}
}

// TestCueNeeds pins the cue index's needed-word sets to the cues' needs.
func TestCueNeeds(t *testing.T) {
	ci := theCueIndex()
	for k, c := range topicCues {
		var got []string
		for i, w := range ci.needs.lits {
			if ci.needIDs[k]&(1<<i) != 0 {
				got = append(got, w)
			}
		}
		if !reflect.DeepEqual(got, c.needs) && (len(got) > 0 || len(c.needs) > 0) {
			t.Errorf("cue %d: needs %q, want %q", k, got, c.needs)
		}
	}
}

// TestTopicPatternsAt pins the anchored searches for anniversaries and
// visits to the unanchored patterns.
func TestTopicPatternsAt(t *testing.T) {
	words := []string{" ", "  ", "\n", "the", "30th", "1st", "9", "x9", "anniversary", "of", "diplomatic", "relations", "Treaty",
		"Friendship", "on", "China", "President", "Trump's", "Li’s", "state", "visit", "to", "Japan", "U.S.", "_", "é", "-"}
	for _, s := range randomPhrases(t, words, 18, 50000) {
		for _, c := range []struct {
			re, at *regexp.Regexp
			cand   func(string, int) bool
		}{{reAnniversary, reAnniversaryAt, digitAt}, {reVisitTopic, reVisitTopicAt, upperAt}} {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			if got := findAllAt(c.at, s, c.cand); (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: got %v, want %v", c.re, s, got, want)
			}
		}
	}
}

// TestNameAndCand checks that every string reNameAnd matches passes its
// prefilter.
func TestNameAndCand(t *testing.T) {
	words := []string{" ", "  ", "\n", "\t", "\v", "-", "’s", "'s", "_", "5G", "9", "A", "x", "é", "and", "And", "AND", "band", "andy", "Road", "Japan", "ſ", "K", ",", "\x00"}
	for _, s := range randomPhrases(t, words, 7, 50000) {
		if reNameAnd.MatchString(s) && !nameAndCand(s) {
			t.Fatalf("nameAndCand(%q) = false, but reNameAnd matches", s)
		}
	}
}

// TestVisitCand pins the candidate test for visits to reVisitTopic.
func TestVisitCand(t *testing.T) {
	words := []string{" ", "  ", "\n", "\t", ",", "the", "on", "China", "President", "Trump's", "Li’s", "'s", "’s", "'", "s", "Xi",
		"state", "upcoming", "visit", "to", "Japan", "U.S.", "_", "é", "-", "9"}
	for _, s := range randomPhrases(t, words, 19, 50000) {
		want := reVisitTopic.FindAllStringSubmatchIndex(s, -1)
		if got := findAllAt(reVisitTopicAt, s, newVisitCand()); (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	}
}

// TestTitleStateLiterals checks that every title a titleStates regexp
// matches holds one of its literal words, lower-cased in ASCII.
func TestTitleStateLiterals(t *testing.T) {
	words := []string{" ", "  ", "-", "/", ",", "Federal", "federal", "Foreign", "Minister", "minister", "for", "of", "the", "Affairs",
		"External", "Union", "State", "Councillor", "Councilor", "Premier", "Council", "member", "Political", "Bureau", "CPC", "Central",
		"Committee", "High", "Representative", "Vice", "President", "Taoiseach", "Tánaiste", "TÁNAISTE", "Tanaiste", "Chief", "Cabinet",
		"Secretary", "Chancellor", "Exchequer", "Commonwealth", "and", "Development", "Deputy", "Under", "Assistant", "Secretary-General",
		"United", "Nations", "UN", "Office", "Security", "Policy", "x", "é"}
	for _, s := range randomPhrases(t, words, 20, 50000) {
		for _, ts := range titleStates {
			if ts.re.MatchString(s) && !containsAny(asciiLower(s), ts.lits) {
				t.Fatalf("%s matches %q, which holds none of %q", ts.re, s, ts.lits)
			}
		}
	}
}

// TestOwnVenue pins ownVenue to reOwnVenue.
func TestOwnVenue(t *testing.T) {
	words := []string{" ", "  ", "\n", "\t", "at", "At", "cat", "_at", "the", "The", "theX", "Residence", "x", "é", "2023-01-02", "2023-01-0",
		"202", "3", "-", "9", "a", "T"}
	for _, s := range randomPhrases(t, words, 21, 50000) {
		if got, want := ownVenue(s), reOwnVenue.MatchString(s); got != want {
			t.Fatalf("ownVenue(%q) = %v, want %v", s, got, want)
		}
	}
}
