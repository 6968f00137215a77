package extract

import "testing"

func TestTheyAlsoSpokeAboutIsNoCallOfItsOwn(t *testing.T) {
	text := "Readout\n\nPresident Anna Velt met with Prime Minister Oskar Brill of Norland in Vienna. " +
		"They discussed trade. They also spoke about the energy transition."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 1 || res.Contacts[0].Kind != KindMeeting {
		t.Fatalf("got %+v, want the meeting alone", res.Contacts)
	}
	text = "Readout\n\nPresident Anna Velt met with Prime Minister Oskar Brill of Norland in Vienna. " +
		"Later they also spoke by phone with President Ida Marr of Sudland."
	if res := Extract(Input{Text: text}); len(res.Contacts) != 2 {
		t.Fatalf("got %+v, want the meeting and the call", res.Contacts)
	}
}

func TestWelcomedWithDelegationAndAccentedNames(t *testing.T) {
	for _, s := range []string{
		"Adviser Tom Reyes hosted Secretary of Foreign Affairs Alicia Bárcena Ibarra and Norlandic officials at the White House to discuss migration.",
		"Adviser Tom Reyes welcomed Defense Minister Khalid bin Salem Al Noor and his accompanying delegation to the White House today.",
		"President Tom Reyes spoke today with Prime Minister Ida Marr of Norland at the G7 to discuss shared challenges.",
	} {
		res := Extract(Input{Text: "Readout\n\n" + s})
		if len(res.Contacts) != 1 || res.Contacts[0].Kind != KindMeeting || len(res.Contacts[0].Participants) != 2 {
			t.Errorf("%q: got %+v, want one meeting of two", s, res.Contacts)
		}
	}
}
