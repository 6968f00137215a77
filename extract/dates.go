package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateExpr is a date expression found in the text.
type dateExpr struct {
	start, end int // byte offsets into the string searched
	text       string
	y, m, d    int          // 0 when not given
	weekday    time.Weekday // valid when isWeekday
	isWeekday  bool
	rel        string // "today", "yesterday", "same day", "vague"
	isRange    bool
	lastYear   bool // "in July last year": the year before the publication
}

// monthRE matches a month name as printed: capitalized or all capitals
// ("March", "MARCH 3, 2023", "14 JUL 2023").
const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|` +
	`JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?`

var (
	reMDY       = regexp.MustCompile(`\b` + monthRE + `\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|and)\s*(\d{1,2})\b)?(?:\s*,?\s*(\d{4})\b)?`)
	reDMY       = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?(\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+` + monthRE + `(?:\s*,?\s*(\d{4})\b)?`)
	reISO       = regexp.MustCompile(`\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b`)
	reNum       = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reDot       = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	reDMonY     = regexp.MustCompile(`\b(\d{1,2})-` + monthRE + `-(\d{4})\b`)
	reMonthYear = regexp.MustCompile(`\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+(?:early\s+|late\s+|mid-)?` + monthRE + `(?:\s+(\d{4}))?\b`)
	reWeekday   = regexp.MustCompile(`\b(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b`)
)

// Anchored copies of the date patterns: findAllAt tries them only where a
// match can start (a month name or a digit after a non-word byte), which
// finds the same matches as FindAllStringSubmatchIndex on the whole text at a
// fraction of the cost.
var (
	reMDYAt       = anchored(reMDY)
	reDMYAt       = anchored(reDMY)
	reDMonYAt     = anchored(reDMonY)
	reMonthYearAt = anchored(reMonthYear)
	reWeekdayAt   = anchored(reWeekday)
)

func anchored(re *regexp.Regexp) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + re.String() + `)`)
}

// matchAt runs an anchored pattern at offset i of s and returns its
// submatch offsets in s, or nil.
func matchAt(at *regexp.Regexp, s string, i int) []int {
	m := at.FindStringSubmatchIndex(s[i:])
	for k := range m {
		if m[k] >= 0 {
			m[k] += i
		}
	}
	return m
}

// findAllAt returns the non-overlapping matches of at (an anchored pattern
// that opens with a word character after \b) that start at a candidate
// offset, left to right: the matches re.FindAllStringSubmatchIndex(s, -1)
// returns when every match of re starts at a position that cand accepts.
func findAllAt(at *regexp.Regexp, s string, cand func(s string, i int) bool) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if i > 0 && asciiWord(s[i-1]) || !cand(s, i) {
			continue
		}
		m := matchAt(at, s, i)
		if m == nil {
			continue
		}
		out = append(out, m)
		i = m[1] - 1
	}
	return out
}

// monthAt reports a month name's first three letters, as monthRE prints
// them, at s[i:].
func monthAt(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	switch s[i : i+3] {
	case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
		"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC":
		return true
	}
	return false
}

// mdyAt reports a month name at s[i] followed, after its letters, an
// optional period and white space, by a digit: where a reMDY match can
// open. Most capitals that monthAt lets through ("Mayor", "Marshall",
// "March to") end there.
func mdyAt(s string, i int) bool {
	if !monthAt(s, i) {
		return false
	}
	j := i + 3
	for j < len(s) && asciiLetter(s[j]) {
		j++
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	for j < len(s) && asciiSpace(s[j]) {
		j++
	}
	return j < len(s) && digitAt(s, j)
}

// monthYearCand reports monthYearAt's word and white space followed by a
// month name, perhaps after "early", "late" or "mid-": where a
// reMonthYear match can open, which "in" alone says of too many words.
func monthYearCand(s string, i int) bool {
	if !monthYearAt(s, i) {
		return false
	}
	j := i
	for j < len(s) && asciiLetter(s[j]) {
		j++
	}
	for j < len(s) && asciiSpace(s[j]) {
		j++
	}
	if monthAt(s, j) {
		return true
	}
	for _, w := range []string{"early", "late"} {
		if strings.HasPrefix(s[j:], w) {
			k := j + len(w)
			e := k
			for e < len(s) && asciiSpace(s[e]) {
				e++
			}
			return e > k && monthAt(s, e)
		}
	}
	return strings.HasPrefix(s[j:], "mid-") && monthAt(s, j+len("mid-"))
}

func digitAt(s string, i int) bool { return s[i] >= '0' && s[i] <= '9' }

// dayAt reports a run of one or two digits at s[i] followed by what reDMY
// allows after its day: an ordinal suffix, white space, or a range's
// "-", "–", "to" or "and". Longer numbers (years, counts) open no match.
func dayAt(s string, i int) bool {
	j := digitRunEnd(s, i)
	if j == i || j-i > 2 || j == len(s) {
		return false
	}
	switch c := s[j]; c {
	case 's', 'n', 'r', 't', 'a', '-', 0xe2: // 0xe2 opens "–"
		return true
	default:
		return asciiSpace(c)
	}
}

// dmyAt reports a day at s[i] followed, perhaps after an ordinal suffix
// and a range's second day, by white space and a month name: where a
// reDMY match can open. dayAt alone lets through most small numbers.
func dmyAt(s string, i int) bool {
	if !dayAt(s, i) {
		return false
	}
	j := digitRunEnd(s, i)
	for _, k := range [2]int{j, afterOrdinal(s, j)} {
		if k < 0 {
			continue
		}
		if spaceThenMonth(s, k) {
			return true
		}
		if e := dayRangeEnd(s, k); e >= 0 {
			if spaceThenMonth(s, e) {
				return true
			}
			if e2 := afterOrdinal(s, e); e2 >= 0 && spaceThenMonth(s, e2) {
				return true
			}
		}
	}
	return false
}

// afterOrdinal is the end of an ordinal suffix at s[j], or -1.
func afterOrdinal(s string, j int) int {
	if j+2 <= len(s) {
		switch s[j : j+2] {
		case "st", "nd", "rd", "th":
			return j + 2
		}
	}
	return -1
}

// spaceThenMonth reports white space at s[k] and then a month name.
func spaceThenMonth(s string, k int) bool {
	e := k
	for e < len(s) && asciiSpace(s[e]) {
		e++
	}
	return e > k && monthAt(s, e)
}

// dayRangeEnd is the end of a range's second day (one or two digits)
// after optional white space, "-", "–", "to" or "and" and optional white
// space at s[k], or -1.
func dayRangeEnd(s string, k int) int {
	for k < len(s) && asciiSpace(s[k]) {
		k++
	}
	switch {
	case strings.HasPrefix(s[k:], "-"):
		k++
	case strings.HasPrefix(s[k:], "–"):
		k += len("–")
	case strings.HasPrefix(s[k:], "to"):
		k += 2
	case strings.HasPrefix(s[k:], "and"):
		k += 3
	default:
		return -1
	}
	for k < len(s) && asciiSpace(s[k]) {
		k++
	}
	e := digitRunEnd(s, k)
	if e == k || e-k > 2 {
		return -1
	}
	return e
}

// dashDayAt reports one or two digits at s[i] and then a hyphen, with
// which every reDMonY match ("29-Oct-2022") opens.
func dashDayAt(s string, i int) bool {
	j := digitRunEnd(s, i)
	return j > i && j-i <= 2 && j < len(s) && s[j] == '-'
}

// digitRunEnd returns the end of the run of ASCII digits at s[i].
func digitRunEnd(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// wordThenSpace reports whether s[i:] opens with w and then a byte of \s.
func wordThenSpace(s string, i int, w string) bool {
	return strings.HasPrefix(s[i:], w) && i+len(w) < len(s) && asciiSpace(s[i+len(w)])
}

// monthYearAt reports "in", "during" or "since" and white space, which
// open reMonthYear.
func monthYearAt(s string, i int) bool {
	switch s[i] {
	case 'I', 'i':
		return wordThenSpace(s, i+1, "n")
	case 'D', 'd':
		return wordThenSpace(s, i+1, "uring")
	case 'S', 's':
		return wordThenSpace(s, i+1, "ince")
	}
	return false
}

// weekdayAt reports "on", "last" or "this" and white space, or a weekday
// name, which open reWeekday.
func weekdayAt(s string, i int) bool {
	switch s[i] {
	case 'O', 'o':
		return wordThenSpace(s, i+1, "n")
	case 'L', 'l':
		return wordThenSpace(s, i+1, "ast")
	case 'T':
		return wordThenSpace(s, i+1, "his") || strings.HasPrefix(s[i+1:], "uesday") || strings.HasPrefix(s[i+1:], "hursday")
	case 't':
		return wordThenSpace(s, i+1, "his")
	case 'M':
		return strings.HasPrefix(s[i+1:], "onday")
	case 'W':
		return strings.HasPrefix(s[i+1:], "ednesday")
	case 'F':
		return strings.HasPrefix(s[i+1:], "riday")
	case 'S':
		return strings.HasPrefix(s[i+1:], "aturday") || strings.HasPrefix(s[i+1:], "unday")
	}
	return false
}

// weekdayCand is weekdayAt, with "on", "last" and "this" followed, after
// their white space, by a weekday name: reWeekday opens with one or the
// other, and "on" alone lets through too many words.
func weekdayCand(s string, i int) bool {
	if !weekdayAt(s, i) {
		return false
	}
	switch s[i] {
	case 'O', 'o', 'L', 'l', 'T', 't':
	default:
		return true // a weekday name
	}
	if s[i] == 'T' && (strings.HasPrefix(s[i+1:], "uesday") || strings.HasPrefix(s[i+1:], "hursday")) {
		return true
	}
	j := i
	for j < len(s) && asciiLetter(s[j]) {
		j++
	}
	for j < len(s) && asciiSpace(s[j]) {
		j++
	}
	for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if strings.HasPrefix(s[j:], d) {
			return true
		}
	}
	return false
}

var monthNums = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

func monthNum(s string) int { return monthNums[strings.ToLower(s[:3])] }

var weekdays = map[string]time.Weekday{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

func validYMD(y, m, d int) bool {
	if m < 1 || m > 12 || d < 0 || d > 31 {
		return false
	}
	return y == 0 || (y >= 1900 && y <= 2100)
}

// findDates returns the date expressions in s, left to right, without
// overlaps (absolute dates win over weekdays and relative words).
func findDates(s string) []dateExpr {
	return findDatesLow(s, asciiLower(s))
}

// findDatesLow is findDates for s whose ASCII letters low has lowered.
func findDatesLow(s, low string) []dateExpr {
	var out []dateExpr
	hasDigit := strings.ContainsAny(s, "0123456789")
	month := hasMonth(s)
	add := func(e dateExpr) {
		for _, o := range out {
			if e.start < o.end && o.start < e.end {
				return
			}
		}
		out = append(out, e)
	}
	if !hasDigit || !month && !digitSep(s) {
		goto words
	}
	if !digitSep(s) {
		goto months
	}
	for _, m := range reISO.FindAllStringSubmatchIndex(s, -1) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		if validYMD(y, mo, d) && y > 0 {
			add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: mo, d: d})
		}
	}
	for _, m := range reNum.FindAllStringSubmatchIndex(s, -1) {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		mo, d := a, b // month first unless that cannot be
		if a > 12 {
			mo, d = b, a
		} else if b <= 12 && a != b && weekdayBefore(low[:m[0]]) != weekdayOf(y, mo, d) && weekdayBefore(low[:m[0]]) == weekdayOf(y, b, a) {
			// "Wednesday, 04/12/2024": the weekday says day first
			mo, d = b, a
		}
		if validYMD(y, mo, d) && d > 0 {
			add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: mo, d: d})
		}
	}
	for _, m := range reDot.FindAllStringSubmatchIndex(s, -1) {
		// "12.07.2023": day first, as printed where dots separate dates
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if validYMD(y, mo, d) && d > 0 && y > 0 {
			add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: mo, d: d})
		}
	}
months:
	if !month {
		goto words
	}
	for _, m := range findAllAt(reDMonYAt, s, dashDayAt) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: monthNum(s[m[4]:m[5]]), d: d})
	}
	for _, m := range findAllAt(reMDYAt, s, mdyAt) {
		mo := monthNum(s[m[2]:m[3]])
		d, _ := strconv.Atoi(s[m[4]:m[5]])
		y := 0
		if m[8] >= 0 {
			y, _ = strconv.Atoi(s[m[8]:m[9]])
		}
		if !validYMD(y, mo, d) || d == 0 {
			continue
		}
		// "May" is also a verb and a name: require a day right after it
		add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: mo, d: d, isRange: m[6] >= 0})
	}
	for _, m := range findAllAt(reDMYAt, s, dmyAt) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo := monthNum(s[m[6]:m[7]])
		y := 0
		if m[8] >= 0 {
			y, _ = strconv.Atoi(s[m[8]:m[9]])
		}
		if !validYMD(y, mo, d) || d == 0 {
			continue
		}
		add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: mo, d: d, isRange: m[4] >= 0})
	}
words:
	if !month {
		goto weekday
	}
	for _, m := range findAllAt(reMonthYearAt, s, monthYearCand) {
		y := 0
		if m[4] >= 0 {
			y, _ = strconv.Atoi(s[m[4]:m[5]])
		}
		e := dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], y: y, m: monthNum(s[m[2]:m[3]])}
		if y == 0 && strings.HasPrefix(low[m[1]:], " last year") {
			e.lastYear, e.end = true, m[1]+len(" last year")
			e.text = s[m[0]:e.end]
		}
		add(e)
	}
weekday:
	if !strings.Contains(low, "day") {
		goto relative
	}
	for _, m := range findAllAt(reWeekdayAt, s, weekdayCand) {
		low := strings.ToLower(s[m[0]:m[1]])
		if strings.HasPrefix(low, "last ") {
			add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], rel: "vague"})
			continue
		}
		add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], isWeekday: true, weekday: weekdays[strings.ToLower(s[m[2]:m[3]])]})
	}
relative:
	if !relativeCueLiterals.any(low) {
		sortDates(out)
		return out
	}
	if strings.ContainsAny(low, "\n\r\t") {
		// a hard-wrapped "this\nmorning" is still one phrase
		low = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, low)
	}
	for _, m := range findRelative(low) {
		w := low[m[0]:m[1]]
		rel := "vague"
		switch {
		case w == "yesterday":
			rel = "yesterday"
		case strings.Contains(w, "same day"):
			rel = "same day"
		case w == "today" || w == "tonight" || strings.HasPrefix(w, "this ") || strings.HasPrefix(w, "earlier today") ||
			strings.HasPrefix(w, "earlier in") || w == "later in the day":
			rel = "today"
		}
		add(dateExpr{start: m[0], end: m[1], text: s[m[0]:m[1]], rel: rel})
	}
	sortDates(out)
	return out
}

// weekdayBefore is the weekday named just before a date ("Wednesday, "),
// or "".
func weekdayBefore(low string) string {
	low = strings.TrimRight(low, " ,")
	for name := range weekdays {
		if strings.HasSuffix(low, name) {
			return name
		}
	}
	return ""
}

// weekdayOf is the lower-case weekday of a date, or "" when it is no
// date.
func weekdayOf(y, m, d int) string {
	if !validYMD(y, m, d) || d == 0 {
		return ""
	}
	return strings.ToLower(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday().String())
}

func sortDates(ds []dateExpr) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].start < ds[j-1].start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// resolve turns e into YYYY-MM-DD or YYYY-MM against the publication date
// pub ("" when unknown) and reports the rule it used.
func resolve(e dateExpr, pub string) (string, string) {
	var pt time.Time
	hasPub := false
	if len(pub) >= 10 {
		if t, err := time.Parse("2006-01-02", pub[:10]); err == nil {
			pt, hasPub = t, true
		}
	}
	switch {
	case e.m > 0 && e.d > 0:
		y := e.y
		rule := "absolute date"
		if y == 0 {
			if !hasPub {
				return "", "month and day without a year, and no publication date"
			}
			y = pt.Year()
			rule = "month and day, year of the publication date"
			if time.Month(e.m) > pt.Month() || time.Month(e.m) == pt.Month() && e.d > pt.Day() {
				// a past contact on a day after the publication's: the
				// year before
				y--
				rule = "month and day after the publication date, the year before it"
			}
		}
		if e.isRange {
			rule += " (start of a range)"
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, e.m, e.d), rule
	case e.m > 0:
		y := e.y
		if y == 0 {
			if !hasPub {
				return "", "month without a year, and no publication date"
			}
			y = pt.Year()
			if e.lastYear || time.Month(e.m) > pt.Month() {
				// "in July last year"; a past month after the
				// publication's is last year's
				y--
			}
		}
		return fmt.Sprintf("%04d-%02d", y, e.m), "month only"
	case e.isWeekday:
		if !hasPub {
			return "", "weekday, and no publication date"
		}
		back := (int(pt.Weekday()) - int(e.weekday) + 7) % 7
		return pt.AddDate(0, 0, -back).Format("2006-01-02"), "weekday: latest on or before the publication date"
	case e.rel == "today" || e.rel == "same day":
		if !hasPub {
			return "", "relative date, and no publication date"
		}
		return pt.Format("2006-01-02"), "relative date: the publication date"
	case e.rel == "yesterday":
		if !hasPub {
			return "", "relative date, and no publication date"
		}
		return pt.AddDate(0, 0, -1).Format("2006-01-02"), "yesterday: the day before the publication date"
	}
	return "", "vague relative date"
}

// fullDate reports whether e names a day of a year.
func (e dateExpr) fullDate() bool { return e.y > 0 && e.m > 0 && e.d > 0 }

func (e dateExpr) ymd() string { return fmt.Sprintf("%04d-%02d-%02d", e.y, e.m, e.d) }

var rePubPrefix = regexp.MustCompile(`(?i)\b(published|updated|posted|release time|date)\b`)

// publicationDate looks for the statement's own publication date: front
// matter, a date line near the headline ("Updated: ...", "2023-02-04
// 11:14", "Posted March 17, 2022"), or a dated dateline. bodyStart is the
// offset of the first sentence that reports a contact (or -1): a date line
// before it wins, the closest one first. dates finds a sentence's date
// expressions (findDates, or a memo of it).
func publicationDate(text string, fm map[string]string, sents []sentence, bodyStart int, dates func(string) []dateExpr) (string, string) {
	if fm != nil {
		for _, k := range []string{"published_time", "date", "published"} {
			v := strings.Trim(fm[k], `'" `)
			if len(v) >= 10 {
				if _, err := time.Parse("2006-01-02", v[:10]); err == nil {
					return v[:10], "front matter " + k
				}
			}
		}
	}
	var before, after string
	var beforeWhy, afterWhy string
	for i, s := range sents {
		if i > 60 {
			break
		}
		d, why := dateLineWith(s, i, dates)
		if d == "" {
			continue
		}
		if bodyStart < 0 || s.start < bodyStart {
			before, beforeWhy = d, why
		} else if after == "" {
			after, afterWhy = d, why
		}
	}
	if before != "" {
		return dayMonthOrder(before, beforeWhy, sents, dates)
	}
	if after != "" {
		return dayMonthOrder(after, afterWhy, sents, dates)
	}
	return headlineDate(sents, bodyStart, dates)
}

// reCityDateline is a dateline of a place and a full date before a dash:
// "Jakarta, 12 July 2023 - ".
var reCityDateline = regexp.MustCompile(`^\s*[A-Z][\p{L}.'’ -]{1,30},\s*(?:\w+,\s*)?$`)

// headlineDate is the date that ends a headline ("Visit of ... - Brasilia,
// 21 and 22 March 2023") or that a place dateline gives ("Jakarta, 12 July
// 2023 - ..."), when the text has no date line of its own.
func headlineDate(sents []sentence, bodyStart int, dates func(string) []dateExpr) (string, string) {
	for i, s := range sents {
		if i > 6 {
			break
		}
		head := s.text
		if len(head) > 200 {
			head = head[:200]
		}
		for _, d := range dates(head) {
			if !d.fullDate() {
				continue
			}
			if (bodyStart < 0 || s.start < bodyStart) && strings.TrimRight(s.text[d.end:], " .)") == "" {
				return d.ymd(), "date at the end of the headline " + strings.TrimSpace(s.text)
			}
			rest := strings.TrimLeft(head[d.end:], " ")
			if reCityDateline.MatchString(head[:d.start]) && (strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")) {
				return d.ymd(), "dated dateline \"" + strings.TrimSpace(head[:d.end]) + "\""
			}
		}
	}
	return "", ""
}

var reNumDate = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{4}\b`)

// dayMonthOrder settles a numeric publication date that reads either way
// ("03/04/2024"): a dateline without a year near the top ("BANGKOK, April
// 3 (Agency) --") that names the other reading decides it.
func dayMonthOrder(pub, why string, sents []sentence, dates func(string) []dateExpr) (string, string) {
	if len(pub) != 10 || !reNumDate.MatchString(why) {
		return pub, why
	}
	y, m, d := pub[:4], pub[5:7], pub[8:10]
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if di > 12 || di == mi {
		return pub, why
	}
	for i, s := range sents {
		if i > 12 {
			break
		}
		for _, e := range dates(s.text) {
			if e.y == 0 && e.m == di && e.d == mi && e.start < 60 && isUpperWord(s.text) {
				return fmt.Sprintf("%s-%02d-%02d", y, di, mi), why + " (day first, as the dateline \"" + e.text + "\" reads)"
			}
		}
	}
	return pub, why
}

// dateLine reports the date of a sentence that is a date line: short, with
// a full date, and little else ("Updated: October 24, 2024 23:55",
// "Brussels, 19/06/2021"), or a dateline that opens the first sentences
// ("BEIJING (Agency - 05th June, 2023)").
func dateLine(s sentence, idx int) (string, string) {
	return dateLineWith(s, idx, findDates)
}

// dateLineWith is dateLine with dates to find the date expressions.
func dateLineWith(s sentence, idx int, dates func(string) []dateExpr) (string, string) {
	if len(s.text) > 160 {
		return dateline(s, idx, dates)
	}
	ds := dates(s.text)
	for _, d := range ds {
		if !d.fullDate() {
			continue
		}
		rest := s.text[:d.start] + " " + s.text[d.end:]
		words := 0
		for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
			if len(f) > 2 {
				words++
			}
		}
		if words <= 6 || (idx < 3 && d.start < 60 && words <= 10) {
			why := "date line"
			if rePubPrefix.MatchString(rest) {
				why = "publication line"
			}
			return d.ymd(), why + " " + strings.TrimSpace(s.text)
		}
	}
	return dateline(s, idx, dates)
}

// dateline reads a dated dateline that opens one of the first sentences:
// "CITY (Agency - 05th June, 2023) ...".
func dateline(s sentence, idx int, dates func(string) []dateExpr) (string, string) {
	if idx < 4 {
		head := s.text
		if len(head) > 90 {
			head = head[:90]
		}
		if strings.Contains(head, "(") || strings.Contains(head, "--") || strings.Contains(head, "/") {
			for _, d := range dates(head) {
				if d.fullDate() && d.start < 80 && isUpperWord(s.text) {
					return d.ymd(), "dated dateline"
				}
			}
		}
	}
	return "", ""
}

// isUpperWord reports whether s opens with an all-capitals word (a
// dateline's place: "BEIJING", "WASHINGTON").
func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			n++
			continue
		}
		break
	}
	return n >= 3
}

// hasMonth reports whether a text may name a month (capitalized, as
// dates are printed).
func hasMonth(s string) bool {
	return monthPrefixes.any(s)
}

// monthPrefixes are the months' first three letters as dates print them.
var monthPrefixes = newLiteralSet([]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"})

// relativePhrases are the relative date words, longest first; findRelative scans
// for them literally, which is much cheaper than the regular expression.
var relativePhrases = []string{"earlier on the same day", "earlier in the day", "later in the day", "on the same day",
	"earlier this week", "earlier this month", "earlier this year", "this afternoon", "this morning", "this evening",
	"earlier today", "not long ago", "the same day", "last month", "last week", "last year", "yesterday", "recently", "tonight", "today"}

// relativeCueLiterals are words one of which each relative date phrase
// contains: findDatesLow's prefilter for findRelative.
var relativeCueLiterals = newLiteralSet([]string{"day", "this ", "tonight", "last ", "recent", "long ago"})

// relativeLiterals indexes relativePhrases, so that findRelative searches
// only for those a text holds.
var relativeLiterals = newLiteralSet(relativePhrases)

// findRelative returns [start end start end] spans (a submatch layout) of relative date phrases in a lower-case text, at word
// boundaries, without overlaps, left to right.
func findRelative(low string) [][]int {
	var out [][]int
	taken := func(a, b int) bool {
		for _, o := range out {
			if a < o[1] && o[0] < b {
				return true
			}
		}
		return false
	}
	has := relativeLiterals.present(low)
	for k, p := range relativePhrases {
		if has&(1<<k) == 0 {
			continue
		}
		from := 0
		for {
			i := strings.Index(low[from:], p)
			if i < 0 {
				break
			}
			a, b := from+i, from+i+len(p)
			from = b
			if a > 0 && isWordByte(low[a-1]) || b < len(low) && isWordByte(low[b]) {
				continue
			}
			if !taken(a, b) {
				out = append(out, []int{a, b, a, b})
			}
		}
	}
	return out
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// asciiLower lowercases ASCII letters only, keeping byte offsets.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !isUpperByte(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	// a Builder makes one allocation where []byte(s) and back make two;
	// the runs between capitals are copied whole, not byte by byte
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for ; i < len(s); i++ {
		if c := s[i]; isUpperByte(c) {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// digitSep reports a digit next to "-" or "/", which numeric dates need.
func digitSep(s string) bool {
	for i := 1; i < len(s); i++ {
		if (s[i] == '-' || s[i] == '/' || s[i] == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9') && s[i-1] >= '0' && s[i-1] <= '9' {
			return true
		}
	}
	return false
}
