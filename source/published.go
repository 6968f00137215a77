package source

import (
	"regexp"
	"strings"

	"github.com/araddon/dateparse"
)

var isoDatePrefix = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)

// PublishedDate turns a publication timestamp as sources write it
// ("2025-01-23 11:25:09-05:00", "2020-02-14T08:00:00Z", "Fri, 14 Feb 2020
// 10:00:00 +0100", "February 14, 2020") into the date, YYYY-MM-DD, on which
// it was published where it was published: the zone offset is kept, not
// converted. It returns "" when s is not a date.
func PublishedDate(s string) string {
	s = strings.TrimSpace(s)
	if m := isoDatePrefix.FindStringSubmatch(s); m != nil {
		if t, err := dateparse.ParseStrict(m[0]); err == nil {
			return t.Format("2006-01-02")
		}
		return ""
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1900 || t.Year() > 2999 {
		return ""
	}
	return t.Format("2006-01-02")
}
