package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Page chrome: sidebars, link lists and "related" boxes that pages carry
// around the statement. Their lines are headlines of other stories; a
// contact named there is not one this statement reports.

// reChromeHeading opens a list of links to other pages.
var reChromeHeading = regexp.MustCompile(`(?i)^\s*(?:related(?:\s+(?:coverage|news|articles?|stories|content|links|topics|posts))?|most\s+(?:viewed|read|popular|shared)(?:\s+(?:stories|news|articles|posts))?|newspapers|read\s+(?:more|also|next)|see\s+also|more\s+(?:news|stories|readouts|from|on)|latest(?:\s+(?:news|readouts?|stories|articles|updates|press\s+releases))?|top\s+stories|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|trending(?:\s+now)?|editor'?s\s+picks?|popular|in\s+other\s+news|also\s+read)\s*:?\s*$`)

// markChrome reports, per sentence, whether it is page chrome: a line
// under a links heading (until running text resumes), or one of a run of
// three or more short headline-case lines without sentence punctuation
// after the body has begun.
// reChromeLead opens a line that links to another story: "Also Read:",
// "READ MORE:", "Related:".
var reChromeLead = regexp.MustCompile(`(?i)^(?:also\s+read|read\s+(?:more|also|next)|related(?:\s+(?:news|story|article))?|see\s+also|watch)\s*:\s*\S`)

// chromeHeading is reChromeHeading.MatchString(t) for a t without
// surrounding spaces. Every heading ends in a letter or a colon (then
// only spaces), so a line that ends otherwise, as running text does in a
// full stop, cannot match; the regexp's backtracker would pay by the
// line's length to find that out.
func chromeHeading(t string) bool {
	if t == "" {
		return false
	}
	if c := t[len(t)-1]; c < utf8.RuneSelf && c != ':' && !asciiWord(c) && !asciiSpace(c) {
		return false
	}
	return reChromeHeading.MatchString(t)
}

func markChrome(infos []sentInfo, firstBody int) []bool {
	out := make([]bool, len(infos))
	inList := false
	for i := range infos {
		t := strings.TrimSpace(infos[i].s.text)
		if chromeHeading(t) {
			inList = true
			out[i] = true
			continue
		}
		if infos[i].s.lineStart && reChromeLead.MatchString(t) {
			// "Also Read: X meets Y ...": a link to another story
			out[i] = true
			continue
		}
		if inList {
			if isBodySentence(t) && !headlineCase(t) {
				inList = false
			} else {
				out[i] = true
			}
		}
	}
	// runs of headline-case lines after the body
	for i := firstBody; i < len(infos); {
		j := i
		for j < len(infos) && infos[j].s.lineStart && chromeLine(infos[j].s.text) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

// chromeLine is a short line in headline case with no closing sentence
// punctuation.
func chromeLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 140 {
		return false
	}
	last := t[len(t)-1]
	if last == '.' || last == ';' || last == ':' {
		return false
	}
	return headlineCase(t)
}

// headlineCase reports a line most of whose longer words are capitalized.
func headlineCase(t string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(t) {
		if len(w) <= 3 {
			continue
		}
		words++
		if startsUpper(w) {
			caps++
		}
	}
	return words >= 2 && caps*4 >= words*3
}
