package extract

import (
	"regexp"
	"strings"
)

// triggerLeads are, for rules whose every match opens at a word boundary
// with one of a few words, those words in lower case. Such a rule's
// regexp is tried, anchored, only where one of them starts, instead of
// from every position of the sentence.
var triggerLeads = map[string][]string{
	"held a video call/conference":            {"held", "holds", "had", "has", "conducted", "made", "took"},
	"met via video link":                      {"met", "talked", "spoke", "held", "had", "conferred", "consulted"},
	"virtual meeting/video call with":         {"met", "virtual", "video"},
	"held phone talks/call":                   {"held", "holds", "had", "has", "conducted", "made"},
	"spoke on the phone":                      {"spoke", "speaks", "talked", "talks", "conferred"},
	"spoke with (a call)":                     {"spoke", "talked"},
	"A and B spoke":                           {"spoke", "talked"},
	"received a call from":                    {"received", "receives", "took", "answered"},
	"held a call with":                        {"held", "holds", "had", "has", "made", "placed", "hosted"},
	"held talks/consultation/dialogue":        {"held", "holds", "had", "conducted", "co-chair", "began", "started", "opened"},
	"proceeded for talks":                     {"proceeded"},
	"held a banquet/dinner/reception":         {"held", "hosted", "holds", "hosts", "gave", "offered"},
	"welcome ceremony":                        {"welcomed"},
	"courtesy call":                           {"paid", "pays", "paying", "made", "received", "receives"},
	"held a meeting/discussion with":          {"held", "holds", "had", "has", "hosted", "hosts", "convened", "chaired"},
	ruleHeldMeeting:                           {"held", "had"},
	ruleDuringCall:                            {"during"},
	ruleInTheirTalks:                          {"in"},
	ruleInTheirMeeting:                        {"in"},
	ruleAtAMeeting:                            {"during", "at", "in"},
	ruleJointlyAttended:                       {"jointly", "together", "attended"},
	ruleJoinedBy:                              {"were", "was"},
	ruleHostedBy:                              {"a", "an", "the"},
	"hosted X for dinner":                     {"hosted"},
	"welcomed X for a meeting":                {"hosted", "welcomed"},
	"during a meeting with":                   {"during", "in", "at"},
	"during talks in":                         {"during", "in", "at"},
	"during their meeting, A and B":           {"during", "in", "at"},
	"stopped by the meeting":                  {"stopped", "dropped"},
	"attended a reception hosted by":          {"attend"},
	"after attending the meeting":             {"after", "before"},
	"took part in the summit":                 {"represented", "participated", "took"},
	"led a delegation to attend":              {"led"},
	"meets (headline or caption)":             {"meet"},
	"the meeting between A and B":             {"meeting", "summit", "talks", "phone", "call", "conversation", "dialogue"},
	"their earlier meeting/call":              {"their"},
	"poses for a photo with":                  {"pose"},
	"paid a state visit at the invitation of": {"paid"},
}

// triggerAnchored holds, by rule index, the rule's regexp anchored at the
// start of its input, for the rules with leads.
var triggerAnchored = func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(triggerRules))
	for ri, r := range triggerRules {
		if triggerLeads[r.name] != nil {
			out[ri] = regexp.MustCompile(`^(?:` + r.re.String() + `)`)
		}
	}
	return out
}()

// foldsToASCII reports text holding a letter that (?i) matches to an ASCII
// one ("ſ" to s, the Kelvin sign to k), which a lower-case ASCII search
// would miss.
func foldsToASCII(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// findLed is re.FindAllStringSubmatchIndex(s, n) for a regexp all of whose
// matches open at a word boundary with one of leads: anchored is re held
// to the start of its input, and alow is s with ASCII letters lowered.
func findLed(s, alow string, leads []string, anchored *regexp.Regexp, n int) [][]int {
	var out [][]int
	for i := 0; i < len(alow) && len(out) < n; i++ {
		if i > 0 && asciiWord(alow[i-1]) {
			continue
		}
		lead := false
		for _, w := range leads {
			if strings.HasPrefix(alow[i:], w) {
				lead = true
				break
			}
		}
		if !lead {
			continue
		}
		m := matchAt(anchored, s, i)
		if m == nil {
			continue
		}
		out = append(out, m)
		if m[1] > i {
			i = m[1] - 1
		}
	}
	return out
}

// ledRegexp is a regexp all of whose matches open at a word boundary with
// one of a few lower-case ASCII words, with a copy of it anchored at the
// start of its input: the copy is tried only where a lead word starts.
type ledRegexp struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp
	leads    []string
}

func newLedRegexp(re *regexp.Regexp, leads ...string) *ledRegexp {
	return &ledRegexp{re: re, anchored: regexp.MustCompile(`^(?:` + re.String() + `)`), leads: leads}
}

// MatchString is re.MatchString(s).
func (r *ledRegexp) MatchString(s string) bool {
	if foldsToASCII(s) {
		return r.re.MatchString(s)
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && asciiWord(s[i-1]) || !asciiLetter(s[i]) {
			continue
		}
		for _, w := range r.leads {
			if prefixFold(s, i, w) {
				if r.anchored.MatchString(s[i:]) {
					return true
				}
				break
			}
		}
	}
	return false
}

// FindStringSubmatch is re.FindStringSubmatch(s).
func (r *ledRegexp) FindStringSubmatch(s string) []string {
	if foldsToASCII(s) {
		return r.re.FindStringSubmatch(s)
	}
	for i := 0; i < len(s); i++ {
		if i > 0 && asciiWord(s[i-1]) || !asciiLetter(s[i]) {
			continue
		}
		for _, w := range r.leads {
			if prefixFold(s, i, w) {
				if m := r.anchored.FindStringSubmatch(s[i:]); m != nil {
					return m
				}
				break
			}
		}
	}
	return nil
}
