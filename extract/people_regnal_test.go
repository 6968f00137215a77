package extract

import "testing"

func TestRegnalNumeralStaysWithTheName(t *testing.T) {
	for in, want := range map[string]string{
		"King Abdullah II of Jordan met with President Anna Velt.": "Abdullah II",
		"Pope Benedict XVI received President Anna Velt.":          "Benedict XVI",
		"King Carl XVI Gustaf met with President Anna Velt.":       "Carl XVI Gustaf",
	} {
		res := Extract(Input{Text: "Readout\n\n" + in})
		if len(res.Contacts) != 1 || res.Contacts[0].Participants[0].Name != want {
			t.Errorf("%q: got %+v, want first participant %q", in, res.Contacts, want)
		}
	}
	for _, s := range []string{"I", "V", "X", "IIII", "VV", "IC", "XL"} {
		if len(s) >= 2 && reRegnal.MatchString(s) {
			t.Errorf("%q read as a regnal number", s)
		}
	}
}
