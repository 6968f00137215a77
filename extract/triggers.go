package extract

import (
	"regexp"
	"strings"
)

// ruleBanquet names the banquet rule: a banquet, dinner or reception after
// talks is a contact of its own.
const ruleBanquet = "held a banquet/dinner/reception"

// ruleHostedBy names "a dinner hosted by X was held": the function of
// the contact before, its host named.
const ruleHostedBy = "a dinner hosted by X"

// ruleSigned names the signing rule: what follows the verb is a document,
// never a counterpart.
const ruleSigned = "A and B signed an agreement"

// ruleDuringCall names "A and B discussed X during a phone call": with no
// side after it, both must be named before.
const ruleDuringCall = "during a phone conversation"

// ruleAtAMeeting names "A and B discussed X at a meeting": with no side
// after it, both must be named before.
const ruleAtAMeeting = "A and B at a meeting"

// ruleJointlyAttended names "A and B jointly attended the ceremony": a
// function of theirs, both named before or "they".
const ruleJointlyAttended = "A and B attended a ceremony"

// ruleJoinedBy names "A and B were joined by C for the trilateral
// meeting": a contact of its own, never merged into A and B's.
const ruleJoinedBy = "were joined by X for the meeting"

// ruleInTheirTalks names "A and B agreed ... in their talks": with no
// side after it, both must be named before.
const ruleInTheirTalks = "A and B in their talks"

// ruleInTheirMeeting is ruleInTheirTalks for "in their first formal
// meeting".
const ruleInTheirMeeting = "A and B in their meeting"

// ruleHeldMeeting names "A and B held a meeting": like "A and B met", it
// needs both sides named before the verb.
const ruleHeldMeeting = "A and B held a meeting"

// trigger is a phrase that reports a contact.
type trigger struct {
	start, end int // byte offsets in the sentence
	kind       Kind
	rule       string
	background bool // "the meeting between A and B": both sides are in the phrase
	possessive bool // "their May 18 phone call": the sides are the current contact's
}

type triggerRule struct {
	keys []string // lower-case words one of which the sentence must contain for the rule to run
	re   *regexp.Regexp
	kind Kind
	name string
	bg   bool
	poss bool
}

// Rules are tried in order; a later rule never overlaps an earlier match,
// so phone and video wording wins over "talks" and "met".
var triggerRules = []triggerRule{
	{[]string{"video", "virtual"}, regexp.MustCompile(`(?i)\b(?:held|holds|had|has had|has held|conducted|made|took)\s+(?:a\s+|an\s+|the\s+)?(?:secure\s+|private\s+|brief\s+|short\s+|lengthy\s+|long\s+|first\s+|second\s+|joint\s+)?(?:video|virtual)\s*(?:link\s+)?(?:talks?|call|conference|consultations?|meeting|summit|chat|conversation)\b`), KindVideoCall, "held a video call/conference", false, false},
	{[]string{"video"}, regexp.MustCompile(`(?i)\b(?:met|talked|spoke|held talks|had talks|conferred|consulted)\b[^.;]{0,160}?\b(?:via|by|through|over)\s+(?:a\s+)?video(?:\s*link|\s*conference)?\b`), KindVideoCall, "met via video link", false, false},
	{[]string{"video", "virtual"}, regexp.MustCompile(`(?i)\bmet\s+virtually\b|\bvirtual(?:ly)?\s+(?:meeting|summit|talks)\s+with\b|\bvideo\s*(?:call|conference|meeting|talks|consultation)\s+with\b`), KindVideoCall, "virtual meeting/video call with", false, false},
	{[]string{"phone"}, regexp.MustCompile(`(?i)\b(?:held|holds|had|has had|has held|conducted|made)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+)?(?:first\s+|second\s+|third\s+)?(?:foreign\s+leader\s+)?(?:telephone|phone)\s+(?:talks?|calls?|conversations?)\b`), KindPhoneCall, "held phone talks/call", false, false},
	// "A and B discussed Syria during a telephone conversation": the
	// sides are named around it, as for "A and B spoke"
	{[]string{"phone"}, regexp.MustCompile(`(?i)\bduring\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:tele)?phone\s+(?:conversation|call|talks)\b`), KindPhoneCall, ruleDuringCall, false, false},
	{[]string{"phone"}, regexp.MustCompile(`(?i)\b(?:spoke|speaks|talked|talks|conferred)\s+(?:again\s+|today\s+|yesterday\s+|earlier today\s+|separately\s+)?(?:on|by|over)\s+(?:the\s+)?(?:tele)?phone\b`), KindPhoneCall, "spoke on the phone", false, false},
	{[]string{"spoke ", "spoke\n", "talked ", "talked\n"}, regexp.MustCompile(`(?i)\b(?:spoke|talked)\s+(?:[\w-]+\s+){0,3}?(?:with|to)\b`), KindPhoneCall, "spoke with (a call)", false, false},
	{[]string{"spoke ", "spoke\n", "talked ", "talked\n"}, regexp.MustCompile(`(?i)\b(?:spoke|talked)\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|again|by\s+phone|about|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b`), KindPhoneCall, "A and B spoke", false, false},
	{[]string{"call"}, regexp.MustCompile(`(?i)\b(?:received|receives|took|answered)\s+(?:(?:today|yesterday|tonight|this|morning|afternoon|evening|earlier|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,4}?(?:a\s+)?(?:phone\s+|telephone\s+)?call\s+(?:today\s+|yesterday\s+|this\s+(?:morning|afternoon|evening)\s+)?from\b`), KindPhoneCall, "received a call from", false, false},
	{[]string{"call"}, regexp.MustCompile(`(?i)\b(?:held|holds|had|has had|made|placed|hosted)\s+(?:a\s+|his\s+|her\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?call\s+with\b`), KindPhoneCall, "held a call with", false, false},
	{[]string{"talks", "consult", "dialogue", "negotiat"}, regexp.MustCompile(`(?i)\b(?:held|holds|had|conducted|co-chaired|co-chairs|began|started|opened)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:new\s+|\d+(?:st|nd|rd|th)\s+)?(?:round\s+of\s+)?(?:[\w-]+\s+){0,4}?(?:hours?\s+of\s+)?(?:talks|consultations?|strategic\s+dialogue|dialogue|negotiations?)\b`), KindTalks, "held talks/consultation/dialogue", false, false},
	{[]string{"co-chair"}, regexp.MustCompile(`(?i)\bco-chaired\b`), KindTalks, "co-chaired", false, false},
	{[]string{"talks"}, regexp.MustCompile(`(?i)\bproceeded\b[^.;]{0,60}\bfor\s+talks\b`), KindTalks, "proceeded for talks", false, false},
	{[]string{"banquet", "reception", "dinner", "lunch", "breakfast"}, regexp.MustCompile(`(?i)\b(?:held|hosted|holds|hosts|gave|offered)\s+(?:a\s+|an\s+)?(?:grand\s+|welcome\s+|welcoming\s+|state\s+|official\s+|working\s+|private\s+)*(?:banquet|banquent|reception|dinner|luncheon|lunch|breakfast)\b`), KindOther, ruleBanquet, false, false},
	{[]string{"ceremony"}, regexp.MustCompile(`(?i)\bwelcomed\b[^.;]{0,120}\b(?:ceremony)\b`), KindOther, "welcome ceremony", false, false},
	{[]string{"courtesy"}, regexp.MustCompile(`(?i)\b(?:paid|pays|paying|made)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:final\s+|farewell\s+|introductory\s+|first\s+)?courtesy\s+(?:call|visit)\b|\b(?:received|receives)\s+(?:the\s+|a\s+)?(?:final\s+|farewell\s+)?courtesy\s+call\b`), KindMeeting, "courtesy call", false, false},
	{[]string{"meeting", "summit", "discussion", "exchange", "engagement"}, regexp.MustCompile(`(?i)\b(?:held|holds|had|has had|has held|hosted|hosts|convened|chaired)\s+(?:a\s+|an\s+|the\s+)?(?:[\w’'-]+\s+){0,5}?(?:meeting|summit|discussions?|exchange(?:\s+and\s+discussion)?|engagements?)\s+(?:on\s+(?:[\w’'-]+\s+){1,6}?)?with\b`), KindMeeting, "held a meeting/discussion with", false, false},
	// "A and B held a warm and productive working meeting at the White
	// House": both sides before the verb, no "with"
	{[]string{"meeting"}, regexp.MustCompile(`(?i)\b(?:held|had)\s+(?:a|an|the|their)\s+(?:[\w’'-]+\s+){0,5}?meeting\b`), KindMeeting, ruleHeldMeeting, false, false},
	{[]string{"meeting with", "visit with", "talks with"}, regexp.MustCompile(`(?i)\b(?:during|in|at)\s+(?:a|the|their|his|her)\s+(?:meeting|visit|talks)\s+with\b`), KindMeeting, "during a meeting with", false, false},
	{[]string{"talks"}, regexp.MustCompile(`(?i)\b(?:during|in|at)\s+(?:their\s+|the\s+)?(?:[\w-]+\s+){0,3}?talks\s+(?:in|at|on)\b`), KindTalks, "during talks in", false, false},
	{[]string{"meeting"}, regexp.MustCompile(`(?i)\b(?:during|in|at)\s+(?:their|the)\s+meeting\s*,`), KindMeeting, "during their meeting, A and B", false, false},
	{[]string{"meeting"}, regexp.MustCompile(`(?i)\b(?:stopped|dropped)\s+by\s+the\s+meeting\b`), KindMeeting, "stopped by the meeting", false, false},
	{[]string{"met"}, regexp.MustCompile(`\bmet\b|\bMet\b`), KindMeeting, "met", false, false},
	// "the two ministers were joined by Minister X for the Trilateral
	// Foreign Ministers' Meeting": a meeting of all of them
	{[]string{"joined by"}, regexp.MustCompile(`\b((?:were|was)\s+joined\s+by)\b[^.;]{3,160}?\bfor\s+(?:a|an|the)\s+[^.;]{0,80}?\b(?:[Mm]eeting|[Ss]ummit|talks|[Dd]ialogue)\b`), KindMeeting, ruleJoinedBy, false, false},
	// "A and B discussed Korea at a meeting on Tuesday": both sides
	// before, as for "A and B met"
	{[]string{"meeting"}, regexp.MustCompile(`(?i)\b(?:during|at|in)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting\b`), KindMeeting, ruleAtAMeeting, false, false},
	// "A and B jointly attended the opening ceremony of the Friendship
	// Year": a joint function
	{[]string{"attended"}, regexp.MustCompile(`(?i)\b(?:jointly\s+|together\s+)?attended\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,6}?(?:ceremony|ceremonies|gala|concert|performance)\b`), KindOther, ruleJointlyAttended, false, false},
	// "A and B reaffirmed ... in their first face-to-face talks": both
	// sides before, as for "A and B met"
	{[]string{"their"}, regexp.MustCompile(`\bin\s+their\s+(?:[\w-]+\s+){0,3}?talks\b`), KindTalks, ruleInTheirTalks, false, false},
	{[]string{"their"}, regexp.MustCompile(`\bin\s+their\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit)\b`), KindMeeting, ruleInTheirMeeting, false, false},
	// "Ambassador X called on Foreign Minister Y": a visit paid to an
	// official (never "called on the international community to ...")
	{[]string{"called on", "calls on", "call on"}, regexp.MustCompile(`\b(?:[Cc]alled|[Cc]alls|[Cc]all)\s+[Oo]n\b(?:\s+(?:him|her|them)\b|\s+(?:\p{Lu}[\p{L}\p{M}\w.'’-]*\s+){0,3}(?:\p{Lu}[\p{L}\p{M}\w.'’-]*))`), KindMeeting, "called on", false, false},
	// "attended the New Year reception hosted by Premier X": a function
	{[]string{"hosted by", "given by", "offered by"}, regexp.MustCompile(`(?i)\battend(?:ed|s)\s+(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,5}?(?:banquet|reception|dinner|luncheon|lunch|breakfast|gala|ceremony)\s+(?:hosted|given|offered)\s+by\b`), KindOther, "attended a reception hosted by", false, false},
	// "After that, a dinner hosted by Prime Minister X was held": a
	// function of the contact's sides
	{[]string{"hosted by", "given by", "offered by"}, regexp.MustCompile(`(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:banquet|reception|dinner|luncheon|lunch|breakfast)\s+(?:hosted|given|offered)\s+by\b`), KindOther, ruleHostedBy, false, false},
	// "Ambassador X and Minister Y signed the Agreement on ...": a
	// signing ceremony between the two
	{[]string{"signed"}, regexp.MustCompile(`\band\s+(?:(?:\p{Lu}[\p{L}\p{M}\w.'’-]*|of|the|for|and)\s+){1,10}?(?:jointly\s+|also\s+)?(signed)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:[Aa]greements?|[Mm]emorand(?:um|a)|MoUs?|MOUs?|[Pp]rotocols?|[Tt]reaty|[Cc]ontracts?|[Dd]eclaration|[Ee]xchange\s+of\s+[Ll]etters)\b`), KindOther, ruleSigned, false, false},
	// "hosted Foreign Minister X for talks in Wellington": talks, the
	// verb is the trigger
	{[]string{"hosted", "welcomed"}, regexp.MustCompile(`\b(hosted|welcomed)\s+(?:\p{Lu}[\p{L}\p{M}\w.’'-]*,?\s+|of\s+|the\s+|(?:bin|bint|ibn|al|el|de|da|del|di|van|von|der|le|la|dos|du)\s+|and\s+){1,14}?for\s+(?:official\s+|bilateral\s+|formal\s+)?talks\b`), KindTalks, "hosted X for talks", false, false},
	// "had discussed Lebanon with Minister X by phone last week": a past
	// call, the auxiliary is the trigger
	{[]string{"phone"}, regexp.MustCompile(`\b((?:had|has)\s+discussed)\s+[^.;]{0,120}?\bwith\s+[^.;]{0,100}?\b(?:by|over\s+the)\s+(?:tele)?phone\b`), KindPhoneCall, "had discussed X with Y by phone", false, false},
	// "recalled his talks with X in Santiago in 2023": a past contact of
	// the subject's
	{[]string{"recalled"}, regexp.MustCompile(`(?i)\brecalled\s+(?:his|her|their)\s+(?:earlier\s+|previous\s+|last\s+)?talks\s+with\b`), KindTalks, "recalled his talks with", false, false},
	{[]string{"recalled"}, regexp.MustCompile(`(?i)\brecalled\s+(?:his|her|their)\s+(?:earlier\s+|previous\s+|last\s+)?meeting\s+with\b`), KindMeeting, "recalled his meeting with", false, false},
	// "recalled his phone conversation with X last week", "recalled the
	// video meeting he held with X": a past call of the subject's
	{[]string{"recalled"}, regexp.MustCompile(`(?i)\brecalled\s+(?:his|her|their|the)\s+(?:earlier\s+|previous\s+|last\s+|recent\s+)?(?:tele)?phone\s+(?:conversation|call|talks)\s+(?:(?:he|she)\s+(?:held|had)\s+)?with\b`), KindPhoneCall, "recalled his phone call with", false, false},
	{[]string{"recalled"}, regexp.MustCompile(`(?i)\brecalled\s+(?:his|her|their|the)\s+(?:earlier\s+|previous\s+|last\s+|recent\s+)?(?:video|virtual)\s+(?:meeting|call|conference|talks)\s+(?:(?:he|she)\s+(?:held|had)\s+)?with\b`), KindVideoCall, "recalled his video meeting with", false, false},
	// "welcomed President X and Prime Minister Y of Poland for a joint
	// meeting at the White House": only the verb is the trigger
	{[]string{"hosted", "welcomed"}, regexp.MustCompile(`\b(hosted|welcomed)\s+(?:\p{Lu}[\p{L}\p{M}\w.’'-]*,?\s+|of\s+|the\s+|(?:bin|bint|ibn|al|el|de|da|del|di|van|von|der|le|la|dos|du)\s+|and\s+){2,14}?for\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?meeting\b`), KindMeeting, "welcomed X for a meeting", false, false},
	// "hosted President X for breakfast at the Naval Observatory": a meal
	// given for a guest, only the verb is the trigger
	{[]string{"breakfast", "lunch", "dinner"}, regexp.MustCompile(`\b(hosted)\s+(?:\p{Lu}[\p{L}\p{M}\w.’'-]*,?\s+|of\s+|the\s+|(?:bin|bint|ibn|al|el|de|da|del|di|van|von|der|le|la|dos|du)\s+|and\s+){2,14}?for\s+(?:a\s+)?(?:private\s+|working\s+|official\s+|state\s+)?(?:breakfast|lunch|luncheon|dinner)\b`), KindOther, "hosted X for dinner", false, false},
	// "welcomed Chancellor X of Y to the White House", "hosted Prime
	// Minister X at the Residence": a visit received, only the verb is the
	// trigger (the span is the first group)
	{[]string{"welcomed", "hosted"}, regexp.MustCompile(`\b(welcomed|hosted)\s+(?:\p{Lu}[\p{L}\p{M}\w.’'-]*,?\s+|of\s+|the\s+|(?:bin|bint|ibn|al|el|de|da|del|di|van|von|der|le|la|dos|du)\s+|and\s+|his\s+|her\s+|their\s+|accompanying\s+|(?:delegations?|officials|team)\s+){2,14}?(?:to|at|in)\s+(?:the\s+)?[A-Z]`), KindMeeting, "welcomed X to the White House", false, false},
	// "called President X today to congratulate him": a phone call
	{[]string{"called"}, regexp.MustCompile(`\b(called)\s+(?:\p{Lu}[\p{L}\p{M}\w.’'-]*,?\s+|of\s+|the\s+){2,10}?(?:today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|to\s+(?:congratulate|discuss|express|offer|thank|convey|consult|reaffirm|underscore))\b`), KindPhoneCall, "called X to congratulate", false, false},
	{[]string{"attending"}, regexp.MustCompile(`(?i)\b(?:after|before)\s+attending\s+the\b`), KindMeeting, "after attending the meeting", false, false},
	{[]string{"summit", "meeting"}, regexp.MustCompile(`\b(?:represented|participated|took\s+part)\b[^.;]{0,80}?\b(?:at|in)\s+the\s+[^.;]{0,60}?\b(?:Summit|Meeting|Meetings)\b`), KindMeeting, "took part in the summit", false, false},
	{[]string{"delegation"}, regexp.MustCompile(`(?i)\bled\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?delegation\s+to\s+attend\b`), KindMeeting, "led a delegation to attend", false, false},
	{[]string{"visit"}, regexp.MustCompile(`(?i)\bpaid\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:state|official|working)\s+visit\s+to\b`), KindMeeting, "paid a state visit at the invitation of", false, false},
	{[]string{"photo"}, regexp.MustCompile(`(?i)\bposes?\s+for\s+(?:a\s+)?(?:group\s+)?photos?\s+with\b`), KindMeeting, "poses for a photo with", false, false},
	{[]string{"meet"}, regexp.MustCompile(`(?i)\bmeets?\s+with\b|\bmeets\b`), KindMeeting, "meets (headline or caption)", false, false},
	{[]string{"receiv"}, regexp.MustCompile(`\b(?:received|receives)\b`), KindMeeting, "received", false, false},
	{[]string{"between"}, regexp.MustCompile(`(?i)\b(?:meeting|summit|talks|phone\s+call|video\s+call|call|conversation|dialogue)\s+between\b`), KindMeeting, "the meeting between A and B", true, false},
	{[]string{"their"}, regexp.MustCompile(`(?i)\btheir\s+(?:[A-Z][a-z]+\s+\d{1,2}\s+|recent\s+|last\s+|previous\s+)?(?:phone\s+call|telephone\s+conversation|call|meeting)\b`), KindMeeting, "their earlier meeting/call", false, true},
	{[]string{"meeting", "talks"}, regexp.MustCompile(`[’']s?\s+(?:meeting|talks)\s+in\b`), KindMeeting, "A and B's meeting in", true, false},
}

// reNotContact marks sentences about press events, interviews and
// messages, which report no contact.
var reNotContact = regexp.MustCompile(`(?i)\b(?:press conference|news conference|press briefing|regular briefing|interview with|exclusive interview|congratulatory (?:message|letter)|sent a (?:message|letter)|wrote a letter)\b`)

// reFuture sees a plan before the trigger: "will", "is scheduled to".
var reFuture = regexp.MustCompile(`(?i)\b(?:will|would|shall|to be|is to|are to|scheduled to|expected to|plans? to|planning to|going to|agreed to|forward to|set to|ready to|willing to|hopes? to|wish(?:es)? to|upcoming|next|tomorrow|planned|proposed|invited to)\s+(?:\w+\s+){0,2}$`)

// triggerVerbs are, for the rules that open with a verb, the lower-case
// verbs one of which the sentence must contain as well: a cheap literal
// check that spares the regexp on most sentences.
var triggerVerbs = map[string][]string{
	"held a video call/conference":            {"held", "holds", "had", "conducted", "made", "took"},
	"met via video link":                      {"met", "talked", "spoke", "held", "had", "conferred", "consulted"},
	"held phone talks/call":                   {"held", "holds", "had", "conducted", "made"},
	"spoke on the phone":                      {"spoke", "speaks", "talked", "talks", "conferred"},
	"received a call from":                    {"receiv", "took", "answered"},
	"held a call with":                        {"held", "holds", "had", "made", "placed", "hosted"},
	"held talks/consultation/dialogue":        {"held", "holds", "had", "conducted", "co-chair", "began", "started", "opened"},
	"held a banquet/dinner/reception":         {"held", "hosted", "holds", "hosts", "gave", "offered"},
	"held a meeting/discussion with":          {"held", "holds", "had", "has", "hosted", "hosts", "convened", "chaired"},
	ruleHeldMeeting:                           {"held", "had"},
	"during a meeting with":                   {"during", "in ", "at "},
	"took part in the summit":                 {"represented", "participated", "took"},
	"meets (headline or caption)":             {"meets", "meet with", "meet\nwith", "meet  with", "meet\twith"},
	"stopped by the meeting":                  {"stopped", "dropped"},
	"A and B's meeting in":                    {"'", "’"},
	"paid a state visit at the invitation of": {"paid"},
	"their earlier meeting/call":              {"call", "meeting", "conversation"},
	"the meeting between A and B":             {"meeting", "summit", "talks", "call", "conversation", "dialogue"},
}

// triggerKeys are the rules' distinct key words, and triggerKeyIDs each
// rule's keys as indices into them, so that a key shared by several rules
// is looked up once per sentence.
var triggerKeys, triggerKeyIDs = func() ([]string, [][]int) {
	lists := make([][]string, len(triggerRules))
	for ri, r := range triggerRules {
		lists[ri] = r.keys
	}
	return internWords(lists, "trigger keys")
}()

// triggerKeySet indexes triggerKeys, to find those in a sentence in one
// pass.
var triggerKeySet = newLiteralSet(triggerKeys)

// triggerVerbThenName are rules whose verb must be followed by a
// capitalized word ("welcomed Chancellor", "called President"), checked
// before their costly regexps.
var triggerVerbThenName = map[string][]string{
	"welcomed X to the White House": {"welcomed", "hosted"},
	"welcomed X for a meeting":      {"welcomed", "hosted"},
	"called X to congratulate":      {"called"},
}

// verbThenCapital reports one of the verbs followed by white space and a
// capital letter, perhaps after "the".
func verbThenCapital(s string, verbs []string) bool {
	for _, v := range verbs {
		for from := 0; ; {
			i := strings.Index(s[from:], v)
			if i < 0 {
				break
			}
			j := from + i + len(v)
			k := j
			for k < len(s) && (s[k] == ' ' || s[k] == '\n' || s[k] == '\t' || s[k] == '\r') {
				k++
			}
			if k > j && strings.HasPrefix(s[k:], "the ") {
				// "welcomed the Prime Minister of Poland, Donald Tusk"
				k += len("the ")
			}
			if k > j && k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
				return true
			}
			from = j
		}
	}
	return false
}

func containsAny(low string, words []string) bool {
	for _, w := range words {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// ruleVerbs, ruleVerbThenName and ruleLeads hold triggerVerbs,
// triggerVerbThenName and triggerLeads by rule index, sparing a map lookup
// by name per rule per sentence.
var ruleVerbs, ruleVerbThenName, ruleLeads = func() (a, b, c [][]string) {
	for _, r := range triggerRules {
		a = append(a, triggerVerbs[r.name])
		b = append(b, triggerVerbThenName[r.name])
		c = append(c, triggerLeads[r.name])
	}
	return a, b, c
}()

// verbWords are the distinct words of triggerVerbs, and ruleVerbIDs each
// rule's verbs as indices into them (nil for a rule without verbs): many
// rules share "held" or "had", which verbCache then looks for once per
// sentence.
var verbWords, ruleVerbIDs = internWords(ruleVerbs, "trigger verbs")

// internWords numbers the distinct words of several lists and returns
// them with each list as indices into them (nil for a nil list), so that
// a word the lists share is looked for once. The indices must fit the
// 64-bit masks that hold what a sentence contains.
func internWords(lists [][]string, what string) ([]string, [][]int) {
	var words []string
	ids := make([][]int, len(lists))
	index := map[string]int{}
	for li, l := range lists {
		if l == nil {
			continue
		}
		ids[li] = []int{}
		for _, w := range l {
			id, ok := index[w]
			if !ok {
				id = len(words)
				index[w] = id
				words = append(words, w)
			}
			ids[li] = append(ids[li], id)
		}
	}
	if len(words) > 64 {
		panic("extract: more than 64 " + what)
	}
	return words, ids
}

// verbCache remembers which verbWords one sentence contains.
type verbCache struct {
	known, has uint64
}

// anyIn reports whether low contains one of the verbs ids name, looking
// each up at most once per sentence.
func (vc *verbCache) anyIn(low string, ids []int) bool {
	for _, id := range ids {
		bit := uint64(1) << id
		if vc.known&bit == 0 {
			vc.known |= bit
			if strings.Contains(low, verbWords[id]) {
				vc.has |= bit
			}
		}
		if vc.has&bit != 0 {
			return true
		}
	}
	return false
}

// maxTriggers caps the contact phrases read in one sentence.
const maxTriggers = 8

// findTriggers returns the contact phrases in s, left to right; low and
// alow are s lower-cased (see sentenceLowerForms).
func findTriggers(s, low, alow string) []trigger {
	var out []trigger
	// one pass over the sentence finds every key present, cheaper than a
	// strings.Contains per key
	has := triggerKeySet.present(low)
	present := func(id int) bool { return has&(1<<id) != 0 }
	fold := foldsToASCII(s)
	var vc verbCache // the rules share verbs
rules:
	for ri, r := range triggerRules {
		for i, id := range triggerKeyIDs[ri] {
			if present(id) {
				break
			}
			if i == len(r.keys)-1 {
				continue rules
			}
		}
		if ids := ruleVerbIDs[ri]; ids != nil && !vc.anyIn(low, ids) {
			continue
		}
		if verbs := ruleVerbThenName[ri]; verbs != nil && !verbThenCapital(s, verbs) {
			continue
		}
		if r.name == "during their meeting, A and B" && !meetingComma(low) {
			continue
		}
		var ms [][]int
		if r.name == "met" {
			ms = findMet(s, maxTriggers)
		} else if a := triggerAnchored[ri]; a != nil && !fold {
			ms = findLed(s, alow, ruleLeads[ri], a, maxTriggers)
		} else {
			ms = r.re.FindAllStringSubmatchIndex(s, maxTriggers)
		}
		for _, m := range ms {
			if len(m) > 2 && m[2] >= 0 {
				m = m[2:4] // the rule's span is its first group
			}
			overlap := false
			for _, o := range out {
				if m[0] < o.end && o.start < m[1] {
					overlap = true
					break
				}
			}
			if overlap {
				continue
			}
			kind := r.kind
			if r.bg || r.poss {
				low := strings.ToLower(s[m[0]:m[1]])
				switch {
				case strings.Contains(low, "video") || strings.Contains(low, "virtual"):
					kind = KindVideoCall
				case strings.Contains(low, "phone") || strings.Contains(low, "call") || strings.Contains(low, "conversation"):
					kind = KindPhoneCall
				case strings.Contains(low, "talks") || strings.Contains(low, "dialogue"):
					kind = KindTalks
				}
			}
			out = append(out, trigger{start: m[0], end: m[1], kind: kind, rule: r.name, background: r.bg, possessive: r.poss})
		}
	}
	if len(out) > maxTriggers {
		out = out[:maxTriggers]
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// meetingComma reports "meeting" followed by a comma (after optional white
// space) in a lower-case sentence, which the rule "during their meeting, A
// and B" needs: a cheap check before its regexp.
func meetingComma(low string) bool {
	for from := 0; ; {
		i := strings.Index(low[from:], "meeting")
		if i < 0 {
			return false
		}
		from += i + len("meeting")
		k := from
		for k < len(low) && (low[k] == ' ' || low[k] == '\t' || low[k] == '\n' || low[k] == '\r' || low[k] == '\f') {
			k++
		}
		if k < len(low) && low[k] == ',' {
			return true
		}
	}
}

// findMet is the "met" rule's regexp (`\bmet\b|\bMet\b`) as a literal
// search: the same matches as its FindAllStringSubmatchIndex(s, n), found
// without trying the pattern at every byte.
func findMet(s string, n int) [][]int {
	var out [][]int
	for from := 0; n < 0 || len(out) < n; {
		i := strings.Index(s[from:], "et")
		if i < 0 {
			break
		}
		a, b := from+i-1, from+i+2
		from += i + 2
		if a < 0 || s[a] != 'm' && s[a] != 'M' || a > 0 && asciiWord(s[a-1]) || b < len(s) && asciiWord(s[b]) {
			continue
		}
		out = append(out, []int{a, b})
	}
	return out
}

// reRelativeClause sees a trigger inside a relative clause ("his visit to
// X, where he participated in the summit"): background to the main event.
var reRelativeClause = regexp.MustCompile(`(?i)\b(?:where|were|which|who)\s+(?:he|she|they|it)?\s*$`)

// future reports whether the words before the trigger make it a plan.
func future(s string, t trigger) bool {
	lo := max(0, t.start-40)
	if futureCue.MatchString(s[lo:t.start]) {
		return true
	}
	return coordinatedFuture(s, t)
}

// reAndBefore sees a trigger coordinated with an earlier verb: "... and
// meet with".
var reAndBefore = regexp.MustCompile(`(?i)\band\s+(?:also\s+|then\s+|later\s+)?$`)

// reFutureAux is a future auxiliary whose verb the coordinated verbs that
// follow share: "will hold talks with A and meet with B".
var reFutureAux = regexp.MustCompile(`(?i)\b(?:will|shall|is to|are to|(?:is|are) scheduled to|plans? to|(?:is|are) expected to|(?:is|are) set to)\s+(?:also\s+)?[a-z]+\b`)

// baseVerbs are the bare verb forms a coordinated trigger opens with when
// it shares an earlier auxiliary ("and meet with", never "and met with").
var baseVerbs = map[string]bool{"meet": true, "hold": true, "have": true, "receive": true, "host": true,
	"call": true, "speak": true, "talk": true, "sign": true, "visit": true, "conduct": true, "attend": true,
	"welcome": true, "pay": true, "make": true, "co-chair": true, "take": true, "confer": true}

// coordinatedFuture reports whether a bare-verb trigger joined by "and"
// to an earlier verb of its clause shares that verb's future auxiliary.
func coordinatedFuture(s string, t trigger) bool {
	w := strings.ToLower(s[t.start:t.end])
	if i := strings.IndexAny(w, " \n\t"); i >= 0 {
		w = w[:i]
	}
	if !baseVerbs[w] || !reAndBefore.MatchString(s[max(0, t.start-16):t.start]) {
		return false
	}
	lo := 0
	if i := strings.LastIndexAny(s[:t.start], ";:"); i >= 0 {
		lo = i + 1
	}
	return reFutureAux.MatchString(s[lo:t.start])
}

// futureCue tries reFuture only where one of its words starts.
var futureCue = newLedRegexp(reFuture, "will", "would", "shall", "to", "is", "are", "scheduled", "expected", "plan", "going",
	"agreed", "forward", "set", "ready", "hope", "wish", "upcoming", "next", "tomorrow", "proposed", "invited")
