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
