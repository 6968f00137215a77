// Package extract reads the text of a diplomatic statement and returns the
// contacts it reports: who met, talked or phoned whom, when, where, at whose
// request and about what, each with the sentence that says so.
//
// The package is pure: no I/O and no clock. Everything it needs, including
// the publication date that relative dates ("today", "on Friday") resolve
// against, arrives in an Input.
package extract

// Kind is the kind of a contact.
type Kind string

// The kinds of contact, as defined by the dev corpus annotation conventions.
const (
	KindMeeting   Kind = "meeting"    // met, received, courtesy call, summit
	KindTalks     Kind = "talks"      // held talks, consultation, strategic dialogue
	KindPhoneCall Kind = "phone_call" // phone call or phone talks
	KindVideoCall Kind = "video_call" // video link, video conference, virtual meeting
	KindOther     Kind = "other"      // banquet, reception, joint ceremony
)

// Input is one statement to extract from.
type Input struct {
	// Text is the statement as published (UTF-8, navigation and footers
	// included).
	Text string
	// Title is the headline when the source gives it separately (a JSONL
	// record's title, an HTML <title>); empty otherwise, in which case the
	// extractor finds the headline in Text.
	Title string
	// Published is the publication date as YYYY-MM-DD when the source gives
	// it outside the text (JSONL "published", HTML metadata); empty
	// otherwise. The extractor also looks for one in the text itself.
	Published string
	// URL is where the statement was published, when the source gives it
	// (JSONL "url", HTML canonical link); empty otherwise. Its host can
	// name the publisher (a .gov site, mfa.gov.cn, chineseembassy.org).
	URL string
}

// Result is what a statement reports.
type Result struct {
	// Title is the statement's headline (Input.Title when given).
	Title string
	// Published is the publication date (YYYY-MM-DD) used to resolve
	// relative dates, or "" when neither the input nor the text gives one.
	Published string
	// Contacts are the contacts that happened, in the order the text
	// reports them; empty for a statement that reports none.
	Contacts []Contact
}

// Contact is one contact event.
type Contact struct {
	Kind Kind
	// Date is YYYY-MM-DD, YYYY-MM, or "" when the text gives none.
	Date string
	// DateText is the words the date came from, or "".
	DateText string
	// City and Country place the contact; "" when the text does not.
	City    string
	Country string
	// AtRequestOf is the organization of the side that asked for the
	// contact, or "".
	AtRequestOf  string
	Participants []Participant
	// Topics are normalized subjects discussed (see Topics vocabulary).
	Topics   []string
	Evidence Evidence
}

// Participant is one principal of a contact.
type Participant struct {
	// Name is the full name as first given, honorifics dropped; "" when the
	// text does not name the person ("foreign ministers of A and B").
	Name string
	// Title is the post as printed, without the nationality adjective.
	Title string
	// Organization is the common short name of the state (China, United
	// States) or international body (NATO, EU) the person represents.
	Organization string
}

// Evidence is the sentence that reports a contact.
type Evidence struct {
	// Text is the sentence as it appears in Input.Text.
	Text string
	// Start and End are byte offsets of Text in Input.Text:
	// Input.Text[Start:End] == Text.
	Start int
	End   int
}
