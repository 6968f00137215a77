package store

// Read types: what the read methods (read_*.go) return. They mirror the
// nodes and relationships described in doc.go; optional properties are
// pointers so that "absent" stays distinct from "empty".

// Official is an (:Official) node.
type Official struct {
	ID      string
	Name    string
	Aliases []string
}

// Organization is an (:Organization) node.
type Organization struct {
	ID      string
	Name    string
	Aliases []string
	Kind    *string
	Acronym *string
	Country *string
}

// City is a (:City) node.
type City struct {
	ID      string
	Name    string
	Aliases []string
	Country *string
}

// Topic is a (:Topic) node.
type Topic struct {
	ID      string
	Name    string
	Aliases []string
}

// Statement is a (:Statement) node.
type Statement struct {
	ID        string
	Title     *string
	URL       *string
	Source    *string
	Publisher *string
	Published *string
	Text      *string
}

// Meeting is a (:Meeting) node. Kind is as stored: meeting, talks,
// phone_call, video_call or other.
type Meeting struct {
	ID            string
	Kind          string
	Date          *string
	DateText      *string
	AtRequestOf   *string
	Country       *string
	StatementID   string
	Evidence      *string
	EvidenceStart *int
	EvidenceEnd   *int
}

// Participant is an (:Official)-[:ATTENDED]->(:Meeting) relationship with
// the organization it names, when that resolves to a node.
type Participant struct {
	Official     Official
	Title        *string
	Organization *Organization
}

// Post is an (:Official)-[:REPRESENTS]->(:Organization) relationship.
type Post struct {
	Title        *string
	Organization Organization
	FirstSeen    *string
	LastSeen     *string
}

// Counterpart is an official met, with how many meetings and the latest
// date.
type Counterpart struct {
	Official     Official
	MeetingCount int
	LastMet      *string
}

// TimeBucket counts meetings in one period ("YYYY" or "YYYY-MM").
type TimeBucket struct {
	Period string
	Count  int
}
