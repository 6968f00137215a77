package extract

import (
	"regexp"
	"strings"
)

// This file finds the publisher's side of a statement (the state or body
// whose ministry, embassy or office put it out) from the page chrome, and
// the state that a country-specific title implies. Both are general
// reference knowledge about how governments name themselves; nothing here
// comes from a particular statement.

// publisherCues are fixed names of foreign services and government sites,
// matched case-insensitively in header and footer lines.
var publisherCues = []struct {
	re  *regexp.Regexp
	org string
}{
	{regexp.MustCompile(`(?i)\b(?:u\.s\.|united states) department of state\b|\bstate\.gov\b|^\s*department of state\s*$`), "United States"},
	{regexp.MustCompile(`(?i)\bwhitehouse\.gov\b|^\s*the white house\s*$`), "United States"},
	{regexp.MustCompile(`(?i)\bfederal foreign office\b|\bausw(?:ä|ae)rtiges amt\b|\bfederal government of germany\b|\bbundesregierung\b`), "Germany"},
	{regexp.MustCompile(`(?i)^\s*gov\.uk\b|\bforeign,? commonwealth (?:&|and) development office\b|\bforeign (?:&|and) commonwealth office\b|\bprime minister's office, 10 downing street\b`), "United Kingdom"},
	{regexp.MustCompile(`(?i)^\s*ministry of external affairs\b|\bpress information bureau\b|\bby pib\b|\bgovernment of india\b`), "India"},
	{regexp.MustCompile(`(?i)\beuropean external action service\b|^\s*eeas\b|\bdelegation of the european union\b`), "EU"},
	{regexp.MustCompile(`(?i)\bdepartment of foreign affairs and trade\b|\bsenator the hon\b|\baustralian government\b`), "Australia"},
	{regexp.MustCompile(`(?i)\bglobal affairs canada\b|\bgovernment of canada\b`), "Canada"},
	{regexp.MustCompile(`(?i)\bfrance diplomacy\b|\bministry for europe and foreign affairs\b`), "France"},
	{regexp.MustCompile(`(?i)\bmofa\.go\.jp\b`), "Japan"},
	{regexp.MustCompile(`(?i)\bfmprc\.gov\.cn\b`), "China"},
}

// rePublisherOf is a ministry, embassy or government "of <state>" in the
// page chrome: "Embassy of the People's Republic of China in the Republic
// of Zambia", "Ministry of Foreign Affairs of Japan".
var rePublisherOf = regexp.MustCompile(`(?i)\b(?:embassy|consulate(?:[- ]general)?|permanent mission|ministry of foreign affairs|ministry of external affairs|foreign ministry|government|office of the president|presidency|prime minister's office|ministry for foreign affairs)\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:in|to|at)\s+.*)?$`)

// rePublisherAdj is "<Demonym> Ministry of Foreign Affairs" / "<State>
// Ministry of Foreign Affairs" in the page chrome.
var rePublisherAdj = regexp.MustCompile(`(?i)^\s*(?:the\s+)?([A-Z][\w'. ]{2,40}?)\s+(?:ministry of foreign affairs|foreign ministry|ministry for foreign affairs|embassy)\b`)

// publisherSide reads the page chrome (the lines before the body and the
// short lines after it) for the state or body that published the text.
func publisherSide(text string, infos []sentInfo, firstBody int) (string, string) {
	var lines []string
	for i := 0; i < firstBody && i < len(infos) && i < 15; i++ {
		lines = append(lines, infos[i].s.text)
	}
	// footers: short lines at the end
	for i := len(infos) - 1; i >= firstBody && i >= len(infos)-6 && i >= 0; i-- {
		if !isBodySentence(infos[i].s.text) {
			lines = append(lines, infos[i].s.text)
		}
	}
	l := theLexicon()
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if len(ln) > 160 {
			continue
		}
		for _, pc := range publisherCues {
			if pc.re.MatchString(ln) {
				return pc.org, "the publisher named in the page chrome (\"" + ln + "\")"
			}
		}
		if m := rePublisherOf.FindStringSubmatch(ln); m != nil {
			if o := stateNamed(l, m[1]); o != "" {
				return o, "the publisher named in the page chrome (\"" + ln + "\")"
			}
		}
		if m := rePublisherAdj.FindStringSubmatch(ln); m != nil {
			if o := stateNamed(l, m[1]); o != "" {
				return o, "the publisher named in the page chrome (\"" + ln + "\")"
			}
		}
	}
	return "", ""
}

// stateNamed maps a phrase that is exactly a state's name, alias or
// demonym to its short name.
func stateNamed(l *lexicon, s string) string {
	k := strings.TrimPrefix(fold(strings.Trim(s, " .,:;")), "the ")
	if v, ok := l.country[k]; ok {
		return v
	}
	if v, ok := l.demonym[k]; ok {
		return v
	}
	if v, ok := l.org[k]; ok && l.orgState[v] == "" {
		return l.orgParentOf(v)
	}
	return ""
}

// titleStates are posts that exist in one state (or body) only, or are
// that state's usual style. "need" lists words of which one must occur in
// the text for an ambiguous post ("Secretary of State" is also British).
var titleStates = []struct {
	re    *regexp.Regexp
	org   string
	needs []string
}{
	{regexp.MustCompile(`(?i)\bfederal (?:foreign minister|minister for foreign affairs|foreign office|chancellor)\b`), "Germany", []string{"german", "berlin", "federal foreign office", "bundes"}},
	{regexp.MustCompile(`(?i)\bexternal affairs minister\b|\bminister (?:of|for) external affairs\b|\bunion minister\b`), "India", nil},
	{regexp.MustCompile(`(?i)\bstate councill?or\b|\bpremier of the state council\b|\bmember of the political bureau\b|\bcpc central committee\b`), "China", nil},
	{regexp.MustCompile(`(?i)\bhigh representative(?:/| of the union| for foreign affairs and security policy|/vice[- ]president)`), "EU", nil},
	{regexp.MustCompile(`(?i)\btaoiseach\b|\bt[áa]naiste\b`), "Ireland", nil},
	{regexp.MustCompile(`(?i)\bchief cabinet secretary\b`), "Japan", nil},
	{regexp.MustCompile(`(?i)\bchancellor of the exchequer\b|\bsecretary of state for foreign, commonwealth\b|\bforeign, commonwealth and development (?:affairs )?secretary\b`), "United Kingdom", nil},
	{regexp.MustCompile(`(?i)^foreign secretary$`), "United Kingdom", []string{"british", "united kingdom", "u.k.", "uk ", "gov.uk", "london", "commonwealth"}},
	{regexp.MustCompile(`(?i)^(?:(?:deputy|under|assistant) )?secretary(?: of state)?$|^secretary of state$`), "United States", []string{"u.s.", "united states", "american", "washington", "department of state", "state department"}},
	{regexp.MustCompile(`(?i)\bsecretary-general of the united nations\b|\bun secretary-general\b|\bunited nations secretary-general\b`), "UN", nil},
}

// titleState is the state a country-specific title implies, given the
// text (lower-cased) for ambiguous posts.
func titleState(title, low string) string {
	if title == "" {
		return ""
	}
	for _, ts := range titleStates {
		if !ts.re.MatchString(title) {
			continue
		}
		if ts.needs == nil {
			return ts.org
		}
		for _, n := range ts.needs {
			if strings.Contains(low, n) {
				return ts.org
			}
		}
	}
	return ""
}

// orgParentOf maps an organ of an international body to the body it
// belongs to ("UN General Assembly" -> "UN"), for the organization value.
func (l *lexicon) orgParentOf(name string) string {
	for i := 0; i < 4; i++ {
		p, ok := l.orgParent[name]
		if !ok || p == "" {
			break
		}
		name = p
	}
	return name
}
