package extract

import (
	"strings"
	"testing"
)

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

func TestCounterpartNamesTheObjectsState(t *testing.T) {
	for _, tc := range []struct{ text, name, org string }{
		{"Foreign Minister Ana Velt held talks with her Norwegian counterpart, Foreign Minister Oskar Brill, in Vienna.", "Oskar Brill", "Norway"},
		{"Foreign Minister Ana Velt held talks with her Norwegian counterpart Brill in Vienna.", "Brill", "Norway"},
		{"Chinese President Ana Velt held talks with visiting Vietnamese President To Lam in Hanoi.", "To Lam", "Vietnam"},
	} {
		res := Extract(Input{Text: "Readout\n\n" + tc.text})
		if len(res.Contacts) != 1 {
			t.Errorf("%q: got %+v, want one contact", tc.text, res.Contacts)
			continue
		}
		found := false
		for _, p := range res.Contacts[0].Participants {
			if p.Name == tc.name {
				found = true
				if p.Organization != tc.org {
					t.Errorf("%q: %s is of %q, want %q", tc.text, p.Name, p.Organization, tc.org)
				}
			}
		}
		if !found {
			t.Errorf("%q: no participant %q in %+v", tc.text, tc.name, res.Contacts[0].Participants)
		}
	}
}

func TestDuringAPhoneConversationAndWelcomedTheTitle(t *testing.T) {
	for _, tc := range []struct {
		text string
		kind Kind
	}{
		{"Foreign Minister Ana Velt and Foreign Minister Oskar Brill discussed energy during a telephone conversation.", KindPhoneCall},
		{"Foreign Minister Ana Velt discussed energy with Foreign Minister Oskar Brill during a telephone conversation.", KindPhoneCall},
		{"The Secretary General of NATO, Ana Velt, welcomed the Prime Minister of Norway, Oskar Brill, to NATO Headquarters.", KindMeeting},
	} {
		res := Extract(Input{Text: "Readout\n\n" + tc.text})
		if len(res.Contacts) != 1 || res.Contacts[0].Kind != tc.kind || len(res.Contacts[0].Participants) != 2 {
			t.Errorf("%q: got %+v, want one %s of two", tc.text, res.Contacts, tc.kind)
		}
	}
	if res := Extract(Input{Text: "Readout\n\nThe issue was raised during a phone call last week."}); len(res.Contacts) != 0 {
		t.Errorf("a call with nobody named: got %+v", res.Contacts)
	}
}

func TestHostStateOnlyWhenItCanOnlyBeThem(t *testing.T) {
	orgs := func(text string) []string {
		res := Extract(Input{Text: "Readout\n\n" + text})
		if len(res.Contacts) != 1 {
			t.Fatalf("%q: got %+v, want one contact", text, res.Contacts)
		}
		var out []string
		for _, p := range res.Contacts[0].Participants {
			out = append(out, p.Organization)
		}
		return out
	}
	if got := orgs("Prime Minister Ana Velt met with President Oskar Brill in Paris."); got[0] != "" || got[1] != "" {
		t.Errorf("either could host: got %q, want no guess", got)
	}
	if got := orgs("President Ana Velt met with Chinese Premier Oskar Brill on the sidelines of the ASEAN Summit in Vientiane."); got[0] == "Laos" {
		t.Errorf("a summit's guest is no host: got %q", got)
	}
	if got := orgs("Foreign Minister Ana Velt met Foreign Minister Oskar Brill of Indonesia in Canberra."); got[0] != "Australia" {
		t.Errorf("the host: got %q, want Australia first", got)
	}
	if got := orgs("President Ana Velt received Foreign Minister Oskar Brill of Japan at the Merdeka Palace, Jakarta."); got[0] != "Indonesia" {
		t.Errorf("venue, comma, city: got %q, want Indonesia first", got)
	}
}

func TestObjectsJoinedByAndAfterOfState(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nForeign Minister Ida Marr met respectively with Foreign Minister Ana Velt of Norway and Foreign Minister Oskar Brill of Sweden in Oslo."})
	if len(res.Contacts) != 2 {
		t.Fatalf("got %+v, want one contact per counterpart", res.Contacts)
	}
	last := res.Contacts[1].Participants[len(res.Contacts[1].Participants)-1]
	if last.Name != "Oskar Brill" || last.Organization != "Sweden" {
		t.Errorf("second counterpart: got %+v, want Oskar Brill of Sweden", last)
	}
}

func TestNoGuestReadFromPurposeOrSecondVerb(t *testing.T) {
	for _, s := range []string{
		"Premier Ana Velt and Prime Minister Oskar Brill of Norway held talks and attended the signing of cooperation documents in Oslo.",
		"Ambassador Ana Velt of Norway hosted a reception with Minister Oskar Brill to celebrate the 75th anniversary of the founding of the Republic.",
	} {
		res := Extract(Input{Text: "Readout\n\n" + s})
		for _, p := range participantsOf(res.Contacts) {
			if p.Name == "" {
				t.Errorf("%q: unnamed participant %q", s, p.Title)
			}
		}
	}
}

func TestInitialsOpenAName(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nPremier Ana Velt met with Nepali Prime Minister KP Sharma Oli in Oslo."})
	if len(res.Contacts) != 1 || res.Contacts[0].Participants[1].Name != "KP Sharma Oli" {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestMiddleInitialThatSpellsAWord(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nMinister Ida Marr met with H.E. Mr. Enrique A. Manalo, Secretary of Foreign Affairs of the Philippines, in Manila."})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 || res.Contacts[0].Participants[1].Name != "Enrique A. Manalo" {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestTrilateralAndSeparateCalls(t *testing.T) {
	text := "Readout\n\nForeign Minister Ana Velt and Foreign Minister Oskar Brill of Norway held talks in Oslo. " +
		"Later, the two foreign ministers were joined by Foreign Minister Ida Marr of Sweden for the Trilateral Foreign Ministers' Meeting in Oslo. " +
		"The Norwegian Foreign Minister also called on Prime Minister Tor Lund and Defence Minister Per Holm."
	res := Extract(Input{Text: text})
	sizes := []int{}
	for _, c := range res.Contacts {
		sizes = append(sizes, len(c.Participants))
	}
	if len(res.Contacts) != 4 || sizes[1] != 3 {
		t.Fatalf("got %d contacts of sizes %v (%+v), want talks, a trilateral of 3 and a call on each", len(res.Contacts), sizes, res.Contacts)
	}
	if p := res.Contacts[2].Participants[0]; p.Name != "Oskar Brill" {
		t.Errorf("'the Norwegian Foreign Minister' should be Oskar Brill, got %+v", p)
	}
}

func TestMeetingOnASubjectWith(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nVice Premier Ana Velt held a high-level meeting on economic and trade affairs with Treasury Secretary Oskar Brill in Geneva."})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestSummitBeganTalksAndHostedDinner(t *testing.T) {
	for _, tc := range []struct {
		text  string
		kinds []Kind
	}{
		{"Prime Minister Ana Velt held the Annual Summit with the Prime Minister of Norway, H.E. Mr. Oskar Brill, at Admiralty House in Sydney.", []Kind{KindMeeting}},
		{"Foreign Minister Ana Velt and Foreign Minister Oskar Brill of Norway began talks in Moscow on Tuesday.", []Kind{KindTalks}},
		{"Prime Minister Ana Velt held a summit meeting with President Oskar Brill of Norway. After that, a dinner hosted by Prime Minister Velt was held for 80 minutes.", []Kind{KindMeeting, KindOther}},
	} {
		res := Extract(Input{Text: "Readout\n\n" + tc.text})
		var got []Kind
		for _, c := range res.Contacts {
			got = append(got, c.Kind)
			if len(c.Participants) != 2 {
				t.Errorf("%q: participants %+v, want the two", tc.text, c.Participants)
			}
		}
		if len(got) != len(tc.kinds) || got[0] != tc.kinds[0] || len(got) > 1 && got[1] != tc.kinds[1] {
			t.Errorf("%q: kinds %v, want %v", tc.text, got, tc.kinds)
		}
	}
}

func TestBilateralAfterATrilateral(t *testing.T) {
	text := "Readout\n\nSecretary General Ana Velt of NATO hosted a meeting with the President of Norway, Oskar Brill, and the Prime Minister of Sweden, Ida Marr, in Vilnius. " +
		"The Secretary General also held a bilateral meeting with President Brill in Vilnius earlier in the day."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 2 || len(res.Contacts[0].Participants) != 3 || len(res.Contacts[1].Participants) != 2 {
		t.Errorf("got %+v, want the meeting of three and the bilateral", res.Contacts)
	}
}

func TestLaterMeetingOfMoreIsItsOwn(t *testing.T) {
	text := "Readout\n\nOn May 5, President Ana Velt met with President Oskar Brill of Norway in Oslo. " +
		"On the same day, President Velt, President Brill and President of the European Commission Ursula von der Leyen held a trilateral meeting in Oslo. " +
		"In the evening, President Velt hosted a state banquet in honor of President Brill."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 3 {
		t.Fatalf("got %+v, want the meeting, the trilateral and the banquet", res.Contacts)
	}
	if n := len(res.Contacts[1].Participants); n != 3 || res.Contacts[1].Participants[2].Name != "Ursula von der Leyen" {
		t.Errorf("trilateral: got %+v", res.Contacts[1].Participants)
	}
	if res.Contacts[2].Kind != KindOther || len(res.Contacts[2].Participants) != 2 {
		t.Errorf("banquet: got %+v", res.Contacts[2])
	}
}

func TestHeAfterANameIsASurname(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nOn May 27, Vice Premier of the State Council and lead person for the economic dialogue Liu He held a video call with Trade Representative Ana Velt of Norway."})
	if len(res.Contacts) != 1 || res.Contacts[0].Participants[0].Name != "Liu He" {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestLetterAndPageChromeAreNoContacts(t *testing.T) {
	for _, text := range []string{
		"Readout\n\nChairman Ana Velt received a personal letter from President Oskar Brill of Norway.",
		"Readout\n\nThe ministry published its annual report today.\n\nMost popular stories\nPresident Ana Velt meets Norwegian President Oskar Brill in Oslo",
	} {
		if res := Extract(Input{Text: text}); len(res.Contacts) != 0 {
			t.Errorf("%q: got %+v, want none", text, res.Contacts)
		}
	}
	// a surname resolves to the person named first, not to a reporter
	// credited at the end
	text := "Readout\n\nNorth Korean leader Kim Jong Un and Russian President Oskar Brill met in Vostochny. " +
		"After the talks, Brill hosted a banquet for Kim at the cosmodrome.\n\nAP writer Kim Tong-hyung contributed to this report."
	res := Extract(Input{Text: text})
	for _, c := range res.Contacts {
		for _, p := range c.Participants {
			if p.Name == "Kim Tong-hyung" {
				t.Errorf("the reporter is a participant: %+v", c)
			}
		}
	}
}

func TestNoPersonFromAdjectiveTitles(t *testing.T) {
	for _, s := range []string{
		"Foreign Minister Ida Marr met with Foreign Minister Ana Velt in Oslo for the sixth Norway-Sweden Foreign and Strategic Dialogue.",
		"Minister Ida Marr met with Deputy Prime Minister Ana Velt, co-chair of the Commission on Trade, Economic, Scientific and Cultural Cooperation.",
	} {
		checkNamedParticipants(t, s, "Ida Marr", "Ana Velt")
	}
}

func TestDialogueMeetingIsTalksAndAcronymVenue(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nForeign Minister Ida Marr met with Foreign Minister Ana Velt of Norway in Oslo for the sixth Norway-Sweden Strategic Dialogue."})
	if len(res.Contacts) != 1 || res.Contacts[0].Kind != KindTalks {
		t.Errorf("dialogue: got %+v", res.Contacts)
	}
	res = Extract(Input{Text: "Readout\n\nConsul General Ana Velt called on Chief Minister Oskar Brill at the CM House, Karachi."})
	if len(res.Contacts) != 1 || res.Contacts[0].City != "Karachi" {
		t.Errorf("venue: got %+v", res.Contacts)
	}
}

func TestHereIsTheDatelineCity(t *testing.T) {
	res := Extract(Input{Text: "Wire\n\nISLAMABAD, May 6 (APP): Foreign Minister Ana Velt and Foreign Minister Oskar Brill of Norway held talks here at the Ministry of Foreign Affairs on Saturday."})
	if len(res.Contacts) != 1 || res.Contacts[0].City != "Islamabad" {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestNoTitleFromOfficialsNorSideFromPossessor(t *testing.T) {
	text := "Readout\n\nAdviser Tom Reyes met with Prime Minister Ida Marr of Norway to reinforce President Ana Velt's commitment to the alliance. " +
		"In his meetings with senior Norwegian officials, Mr. Reyes stressed trade."
	res := Extract(Input{Text: text, URL: "https://www.whitehouse.gov/briefing-room/x"})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 {
		t.Fatalf("got %+v, want Reyes and Marr", res.Contacts)
	}
	if p := res.Contacts[0].Participants[0]; p.Organization != "United States" {
		t.Errorf("Reyes: got %+v, want the publisher's United States", p)
	}
}

func TestMalayHonorificsAndCityAfterIn(t *testing.T) {
	res := Extract(Input{Text: "Readout\n\nOn 19 June 2023, Ambassador Ana Velt met with Menteri Besar of Selangor Dato' Seri Amirudin Shari in Shah Alam."})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 || res.Contacts[0].Participants[1].Name != "Amirudin Shari" ||
		res.Contacts[0].City != "Shah Alam" {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestImplausibleNamesAreNoParticipants(t *testing.T) {
	for _, s := range []string{
		"Adviser Tom Reyes met with Minister Ida Marr of Norway, the Chief of Engineers and the Deputy White House Counsel.",
		"Adviser Tom Reyes met with Minister Ida Marr of Norway and leaders of the Biden-Harris coalition.",
		"Adviser Tom Reyes met with Minister Ida Marr of Norway, author of Bill-Kovacic-remarks.pdf.",
	} {
		checkNamedParticipants(t, s, "Tom Reyes", "Ida Marr")
	}
}

// checkNamedParticipants wants the sentence to report one contact whose
// named participants are exactly these.
func checkNamedParticipants(t *testing.T, sentence string, names ...string) {
	t.Helper()
	res := Extract(Input{Text: "Readout\n\n" + sentence})
	if len(res.Contacts) != 1 {
		t.Errorf("%q: got %d contacts (%+v), want one", sentence, len(res.Contacts), res.Contacts)
		return
	}
	var got []string
	for _, p := range res.Contacts[0].Participants {
		if p.Name != "" {
			got = append(got, p.Name)
		}
	}
	if strings.Join(got, "|") != strings.Join(names, "|") {
		t.Errorf("%q: named participants %q, want %q", sentence, got, names)
	}
}

func TestRecalledCallsAndGivenNamesLikeNouns(t *testing.T) {
	text := "Readout\n\nOn June 12, Ambassador Ana Velt met with Minister Oskar Brill of Norway. " +
		"Minister Brill recalled his phone conversation with Foreign Minister Ida Marr of Sweden last week."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 2 || res.Contacts[1].Kind != KindPhoneCall {
		t.Errorf("recalled call: got %+v", res.Contacts)
	}
	res = Extract(Input{Text: "Readout\n\nVice Premier Ana Velt and Deputy Prime Minister and Minister for Finance of Singapore Lawrence Wong co-chaired the 19th meeting of the Joint Council for Bilateral Cooperation (JCBC) in Tianjin."})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 || res.Contacts[0].Participants[1].Name != "Lawrence Wong" {
		t.Errorf("co-chaired: got %+v", res.Contacts)
	}
}

func TestLaterTodayTheSecretaryGeneralAndAFarObject(t *testing.T) {
	text := "Readout\n\nSecretary General Ana Velt today met Foreign Minister Oskar Brill of Norway in Oslo. " +
		"Later today, the Secretary General met President Ida Marr of Norway at the Presidency in Oslo."
	if res := Extract(Input{Text: text}); len(res.Contacts) != 2 {
		t.Errorf("got %+v, want two meetings", res.Contacts)
	}
	text = "Readout\n\nThe Chairperson of the Commission, H.E. Ana Velt, received today at the headquarters the Special Envoy of the Norwegian Government for Arctic Affairs, H.E. Ambassador Oskar Brill."
	if res := Extract(Input{Text: text}); len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 {
		t.Errorf("got %+v, want Velt and Brill", res.Contacts)
	}
}

func TestJoinedTheMeetingIsAnAttendeeAndPalacioIsAVenue(t *testing.T) {
	text := "Readout\n\nOn 18 November 2020, Ambassador Ana Velt held a virtual meeting with Premier Oskar Brill of Norway. " +
		"Minister of Trade Ida Marr joined the meeting."
	if res := Extract(Input{Text: text}); len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 {
		t.Errorf("got %+v, want the meeting of two", res.Contacts)
	}
	text = "Readout\n\nAmbassador Ana Velt paid a courtesy call on His Excellency Mr. Oskar Brill, Minister of Foreign Affairs of Argentina, at the Palacio San Martín."
	if res := Extract(Input{Text: text}); len(res.Contacts) != 1 {
		t.Errorf("got %+v, want one call", res.Contacts)
	}
}

func TestHeadlinePairAndHolyFather(t *testing.T) {
	text := "Velt, Norwegian envoy discuss railway extension\n\nJakarta (ANTARA) - Coordinating Minister Ana Velt received Norwegian Ambassador to Indonesia Oskar Brill at his office on Monday to discuss the extension of the railway to Surabaya."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 || res.Contacts[0].Participants[0].Organization == "Norway" {
		t.Errorf("got %+v", res.Contacts)
	}
	text = "Readout\n\nThis morning, in the Vatican Apostolic Palace, the Holy Father Francis received in audience Mr. Oskar Brill, President of the Argentine Republic, who subsequently met with His Eminence Cardinal Ana Velt, Secretary of State."
	res = Extract(Input{Text: text})
	if len(res.Contacts) != 2 || res.Contacts[0].Participants[0].Name != "Francis" || res.Contacts[1].Participants[1].Title != "Cardinal" {
		t.Errorf("got %+v", res.Contacts)
	}
}

func TestOwnVenueTakesNoCityFromTheContactBefore(t *testing.T) {
	text := "Readout\n\nOn June 13, Premier Ana Velt held talks with Prime Minister Oskar Brill of Norway in Oslo. " +
		"On the same day, Ana Velt met with Governor-General Ida Marr of Norway at Government House."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 2 || res.Contacts[0].City != "Oslo" || res.Contacts[1].City != "" {
		t.Errorf("got %+v, want Oslo for the talks and no city at Government House", res.Contacts)
	}
}

func TestDuringTheVisitHoursOfTalksAndTheirMeeting(t *testing.T) {
	text := "Readout\n\nFrom January 26 to 27, 2025, Foreign Secretary Ana Velt of Norway paid a visit to China. " +
		"Earlier, Vice Minister Oskar Brill held five and a half hours of talks with Ana Velt. " +
		"They implemented the understandings reached by President Ida Marr and Prime Minister Tor Lund of Norway at their meeting in Kazan. " +
		"During the visit, Ana Velt also met with Minister Per Holm."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 3 {
		t.Fatalf("got %+v, want the talks, the background meeting and the visit's meeting", res.Contacts)
	}
	if p := res.Contacts[1].Participants; p[0].Name != "Ida Marr" || p[1].Name != "Tor Lund" {
		t.Errorf("'their meeting': got %+v, want Marr and Lund", p)
	}
	if d := res.Contacts[2].Date; d != "2025-01" {
		t.Errorf("during the visit: got %q, want the range's month", d)
	}
}

func TestAtAMeetingAndJointlyAttended(t *testing.T) {
	text := "Readout\n\nOn April 11, Chairman Ana Velt held talks with President Oskar Brill of Norway in Oslo. " +
		"On the evening of April 12, Ana Velt and Oskar Brill jointly attended the opening ceremony of the Friendship Year."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 2 || res.Contacts[1].Kind != KindOther {
		t.Errorf("ceremony: got %+v", res.Contacts)
	}
	res = Extract(Input{Text: "Readout\n\nDeputy Foreign Minister Ana Velt and Ambassador Oskar Brill of Norway discussed the Arctic at a meeting on Tuesday."})
	if len(res.Contacts) != 1 || len(res.Contacts[0].Participants) != 2 {
		t.Errorf("at a meeting: got %+v", res.Contacts)
	}
}

func TestHeAlsoMetAfterTheTwoMinistersAndNthRoundOfTalks(t *testing.T) {
	text := "Readout\n\nIn Oslo, the Foreign Secretary Ana Velt held talks with Foreign Minister Oskar Brill of Norway. " +
		"The two ministers also discussed energy. Later in the day, he also met Vice Premier Ida Marr."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 2 || res.Contacts[1].Participants[0].Name != "Ana Velt" {
		t.Errorf("he also met: got %+v", res.Contacts)
	}
	res = Extract(Input{Text: "Readout\n\nForeign Minister Ana Velt held the 24th round of Special Representatives talks on the boundary question with Adviser Oskar Brill of Norway."})
	if len(res.Contacts) != 1 || res.Contacts[0].Kind != KindTalks {
		t.Errorf("24th round: got %+v", res.Contacts)
	}
}

func TestInTheirFirstMeetingWithADatelineBefore(t *testing.T) {
	text := "Wire\nNovember 17, 2023 6:02 AM GMT+9\n\nSAN FRANCISCO, Nov 16 (Reuters) - Japanese Prime Minister Ana Velt and Norwegian President Oskar Brill on Thursday reaffirmed their commitment to a \"mutually beneficial relationship based on common strategic interests\", in their first formal meeting in a year."
	res := Extract(Input{Text: text})
	if len(res.Contacts) != 1 || res.Contacts[0].Kind != KindMeeting || res.Contacts[0].Date != "2023-11-16" {
		t.Errorf("got %+v", res.Contacts)
	}
}

// participantsOf lists the participants of all the contacts.
func participantsOf(cs []Contact) []Participant {
	var out []Participant
	for _, c := range cs {
		out = append(out, c.Participants...)
	}
	return out
}
