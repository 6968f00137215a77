package extract

import (
	"reflect"
	"regexp"
	"testing"
)

// anchoredDates pairs each date pattern with its anchored copy and the
// offsets where its matches can start.
var anchoredDates = []struct {
	re, at *regexp.Regexp
	cand   func(string, int) bool
}{
	{reMDY, reMDYAt, monthAt},
	{reMDY, reMDYAt, mdyAt},
	{reDMY, reDMYAt, dayAt},
	{reDMY, reDMYAt, dmyAt},
	{reDMonY, reDMonYAt, dashDayAt},
	{reMonthYear, reMonthYearAt, monthYearAt},
	{reMonthYear, reMonthYearAt, monthYearCand},
	{reWeekday, reWeekdayAt, weekdayAt},
	{reWeekday, reWeekdayAt, weekdayCand},
}

// TestFindAllAt pins the anchored date search to the plain regexp search it
// replaces.
func TestFindAllAt(t *testing.T) {
	texts := []string{
		"On February 14, 2020, Foreign Minister Ana Velt met with President Oskar Brill of Norland in Vienna.",
		"On September17, 2020 at request 29-Oct-2022 19/06/2021 02/15/2020 Sept. 2, 2018 from June 20 to 21, 2007",
		"xMay 5 aMarch 3, 2024 _Jan 1 éMay 7 9May 3 12 and 14 MARCH 2023, in early May 2021, since June, during mid-July 2020 within Mayday",
		"21-22 June 2023 1st-3rd of June 2nd June, 2024 33 June 2024 in Dec.2020 Institution In May; InJune Sincere",
		"on Monday on the Tuesday, last  Friday evening, This Sunday night; xMonday Saturdays TUESDAY this week thisMonday",
		"Mar Mar Mar 5 5 5 May May 5 6 7 Nov NOVEMBER 30 30 NOV 2020 and 1 Dec 2021",
		"3\tMay 4\nJune 5–6 July 7and 8 Aug 9to10 Sep 123 May 2024 1-Oct-2022 123-Oct-2022 on\tMonday In\nMay In\fJune 2020 last\rFriday 5",
	}
	if texts2, _ := devCorpusMaybe(t); texts2 != nil {
		texts = append(texts, texts2...)
	}
	for _, c := range anchoredDates {
		for _, s := range texts {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			got := findAllAt(c.at, s, c.cand)
			if len(want) == 0 && len(got) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %.60q: got %v, want %v", c.re, s, got, want)
			}
		}
	}
}

// devCorpusMaybe returns the dev statements, or nil when the corpus is
// missing.
func devCorpusMaybe(t *testing.T) ([]string, bool) {
	t.Helper()
	var out []string
	ok := t.Run("corpus", func(t *testing.T) {
		texts, _ := devCorpus(t)
		for _, s := range texts {
			out = append(out, s)
		}
	})
	return out, ok
}

func FuzzFindAllAt(f *testing.F) {
	f.Add("On September17, 2020 at 29-Oct-2022 Sept. 2, 2018 from June 20 to 21, 2007 in early May 2021")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range anchoredDates {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			got := findAllAt(c.at, s, c.cand)
			if (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: got %v, want %v", c.re, s, got, want)
			}
		}
	})
}

func TestResolveYearsAroundThePublication(t *testing.T) {
	for _, tc := range []struct {
		sentence, pub, want string
	}{
		{"They last met in Jakarta in July last year.", "2024-07-05", "2023-07"},
		{"They met in December.", "2024-02-10", "2023-12"},
		{"They met in January.", "2024-02-10", "2024-01"},
		{"They met on 14 May.", "2025-02-12", "2024-05-14"},
		{"They met on 14 May.", "2025-06-12", "2025-05-14"},
	} {
		ds := findDates(tc.sentence)
		if len(ds) == 0 {
			t.Errorf("%q: no date", tc.sentence)
			continue
		}
		if got, _ := resolve(ds[0], tc.pub); got != tc.want {
			t.Errorf("%q against %s: got %q, want %q", tc.sentence, tc.pub, got, tc.want)
		}
	}
	// "Wednesday, 04/12/2024" is 4 December (a Wednesday), not 12 April
	ds := findDates("Last updated: Wednesday, 04/12/2024 18:45")
	if len(ds) != 2 || ds[1].m != 12 || ds[1].d != 4 {
		t.Errorf("weekday-checked day-first date: got %+v", ds)
	}
}
