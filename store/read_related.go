package store

import (
	"context"
	"fmt"
	"strings"
)

// Batched reads: each takes the keys of many parents (ids) and answers
// for all of them in one round trip, which is what the GraphQL
// dataloaders need to keep a request's round trips independent of the
// number of results.

// Label is a node label of the graph model that lookups accept.
type Label string

// The labels of nodes looked up by id or name.
const (
	LabelOfficial     Label = "Official"
	LabelOrganization Label = "Organization"
	LabelCity         Label = "City"
	LabelTopic        Label = "Topic"
	LabelStatement    Label = "Statement"
	LabelMeeting      Label = "Meeting"
)

// One constant per label, because labels cannot be parameters.
var cypherNodesByID = map[Label]string{
	LabelOfficial:     `MATCH (n:Official) WHERE n.id IN $ids RETURN n {.*} AS n`,
	LabelOrganization: `MATCH (n:Organization) WHERE n.id IN $ids RETURN n {.*} AS n`,
	LabelCity:         `MATCH (n:City) WHERE n.id IN $ids RETURN n {.*} AS n`,
	LabelTopic:        `MATCH (n:Topic) WHERE n.id IN $ids RETURN n {.*} AS n`,
	LabelStatement:    `MATCH (n:Statement) WHERE n.id IN $ids RETURN n {.*} AS n`,
	LabelMeeting:      `MATCH (n:Meeting) WHERE n.id IN $ids RETURN n {.*} AS n`,
}

// Exact name matches first, then acronyms and aliases; ties by id so the
// answer is stable.
const cypherFindByNameTmpl = `
MATCH (n:%s)
WHERE n.id = $raw OR toLower(n.name) = $name %s OR $name IN [x IN coalesce(n.aliases, []) | toLower(x)]
RETURN n {.*} AS n
ORDER BY CASE WHEN n.id = $raw OR toLower(n.name) = $name THEN 0 ELSE 1 END, n.id
LIMIT 1`

// nodesByID returns the nodes with label and the given ids, as property
// maps keyed by id; ids with no node are absent.
func (s *Store) nodesByID(ctx context.Context, label Label, ids []string) (map[string]any, error) {
	cypher, ok := cypherNodesByID[label]
	if !ok {
		return nil, fmt.Errorf("read %s by id: unknown label", label)
	}
	recs, err := s.read(ctx, cypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("read %s by id: %w", label, err)
	}
	out := make(map[string]any, len(recs))
	for _, r := range recs {
		n := rdGet(r, "n")
		out[rdStr(rdMap(n), "id")] = n
	}
	return out, nil
}

func byID[T any](ctx context.Context, s *Store, label Label, ids []string, conv func(any) T) (map[string]T, error) {
	nodes, err := s.nodesByID(ctx, label, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]T, len(nodes))
	for id, n := range nodes {
		out[id] = conv(n)
	}
	return out, nil
}

// OfficialsByID returns the officials with the given ids, keyed by id.
func (s *Store) OfficialsByID(ctx context.Context, ids []string) (map[string]Official, error) {
	return byID(ctx, s, LabelOfficial, ids, toOfficial)
}

// OrganizationsByID returns the organizations with the given ids, keyed by id.
func (s *Store) OrganizationsByID(ctx context.Context, ids []string) (map[string]Organization, error) {
	return byID(ctx, s, LabelOrganization, ids, toOrganization)
}

// CitiesByID returns the cities with the given ids, keyed by id.
func (s *Store) CitiesByID(ctx context.Context, ids []string) (map[string]City, error) {
	return byID(ctx, s, LabelCity, ids, toCity)
}

// TopicsByID returns the topics with the given ids, keyed by id.
func (s *Store) TopicsByID(ctx context.Context, ids []string) (map[string]Topic, error) {
	return byID(ctx, s, LabelTopic, ids, toTopic)
}

// StatementsByID returns the statements with the given ids, keyed by id.
func (s *Store) StatementsByID(ctx context.Context, ids []string) (map[string]Statement, error) {
	return byID(ctx, s, LabelStatement, ids, toStatement)
}

// MeetingsByID returns the meetings with the given ids, keyed by id.
func (s *Store) MeetingsByID(ctx context.Context, ids []string) (map[string]Meeting, error) {
	return byID(ctx, s, LabelMeeting, ids, toMeeting)
}

// findByName returns the node with label whose id, name, acronym or alias
// is name (ignoring case), or nil.
func (s *Store) findByName(ctx context.Context, label Label, name string) (any, error) {
	acronym := ""
	if label == LabelOrganization {
		acronym = "OR toLower(n.acronym) = $name"
	}
	if _, ok := cypherNodesByID[label]; !ok {
		return nil, fmt.Errorf("find %s by name: unknown label", label)
	}
	cypher := fmt.Sprintf(cypherFindByNameTmpl, label, acronym)
	name = strings.TrimSpace(name)
	recs, err := s.read(ctx, cypher, map[string]any{"raw": name, "name": strings.ToLower(name)})
	if err != nil {
		return nil, fmt.Errorf("find %s %q: %w", label, name, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	return rdGet(recs[0], "n"), nil
}

func findAs[T any](ctx context.Context, s *Store, label Label, name string, conv func(any) T) (*T, error) {
	n, err := s.findByName(ctx, label, name)
	if err != nil || n == nil {
		return nil, err
	}
	v := conv(n)
	return &v, nil
}

// FindOfficial returns the official with that id, name or alias, or nil.
func (s *Store) FindOfficial(ctx context.Context, name string) (*Official, error) {
	return findAs(ctx, s, LabelOfficial, name, toOfficial)
}

// FindOrganization returns the organization with that id, name, acronym or
// alias, or nil.
func (s *Store) FindOrganization(ctx context.Context, name string) (*Organization, error) {
	return findAs(ctx, s, LabelOrganization, name, toOrganization)
}

// FindCity returns the city with that id, name or alias, or nil.
func (s *Store) FindCity(ctx context.Context, name string) (*City, error) {
	return findAs(ctx, s, LabelCity, name, toCity)
}

// FindTopic returns the topic with that id, name or alias, or nil.
func (s *Store) FindTopic(ctx context.Context, name string) (*Topic, error) {
	return findAs(ctx, s, LabelTopic, name, toTopic)
}

const (
	// Participants are ordered by ATTENDED.ordinal, their position in the
	// statement's list. Edges written before ordinal existed lack it (and
	// internal ids, id() or elementId(), are neither stable nor meant to be
	// compared), so those participants are ordered by where their name
	// first appears in the meeting's evidence sentence (which names them
	// in the order the statement lists them), then by side (the
	// organization they attended for) and name, for those the sentence
	// does not name.
	cypherParticipants = `
UNWIND $ids AS mid
MATCH (p:Official)-[a:ATTENDED]->(m:Meeting {id: mid})
OPTIONAL CALL (p, a) {
  MATCH (p)-[:REPRESENTS]->(o:Organization {name: a.organization})
  RETURN o LIMIT 1
}
WITH mid, p, a, o,
     CASE WHEN m.evidence CONTAINS p.name THEN size(split(m.evidence, p.name)[0]) END AS pos
RETURN mid, p {.id, .name, .aliases} AS p, a.title AS title, o {.*} AS o
ORDER BY mid, a.ordinal IS NULL, a.ordinal, pos IS NULL, pos, coalesce(a.organization, ''), p.name, p.id`

	cypherMeetingTopics = `
UNWIND $ids AS mid
MATCH (:Meeting {id: mid})-[:DISCUSSED]->(t:Topic)
RETURN mid, t {.id, .name, .aliases} AS t
ORDER BY mid, t.name`

	cypherMeetingCities = `
UNWIND $ids AS mid
MATCH (:Meeting {id: mid})-[:HELD_IN]->(c:City)
RETURN mid, c {.id, .name, .aliases, .country} AS c`

	cypherPosts = `
UNWIND $ids AS pid
MATCH (:Official {id: pid})-[r:REPRESENTS]->(o:Organization)
RETURN pid, r.title AS title, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, o {.*} AS o
ORDER BY pid, coalesce(r.lastSeen, '') DESC, o.name`
)

// ParticipantsOf returns the participants of each meeting, keyed by
// meeting id, in the order the statement lists them (ATTENDED.ordinal);
// for graphs written without ordinals, those the evidence sentence names
// in the order it names them, then the others by organization and name.
func (s *Store) ParticipantsOf(ctx context.Context, meetingIDs []string) (map[string][]Participant, error) {
	recs, err := s.read(ctx, cypherParticipants, map[string]any{"ids": meetingIDs})
	if err != nil {
		return nil, fmt.Errorf("read participants: %w", err)
	}
	out := map[string][]Participant{}
	for _, r := range recs {
		mid, _ := rdGet(r, "mid").(string)
		p := Participant{Official: toOfficial(rdGet(r, "p"))}
		if t, ok := rdGet(r, "title").(string); ok {
			p.Title = &t
		}
		if o := rdGet(r, "o"); o != nil {
			org := toOrganization(o)
			p.Organization = &org
		}
		out[mid] = append(out[mid], p)
	}
	return out, nil
}

// TopicsOf returns the topics of each meeting, keyed by meeting id, by name.
func (s *Store) TopicsOf(ctx context.Context, meetingIDs []string) (map[string][]Topic, error) {
	recs, err := s.read(ctx, cypherMeetingTopics, map[string]any{"ids": meetingIDs})
	if err != nil {
		return nil, fmt.Errorf("read meeting topics: %w", err)
	}
	out := map[string][]Topic{}
	for _, r := range recs {
		mid, _ := rdGet(r, "mid").(string)
		out[mid] = append(out[mid], toTopic(rdGet(r, "t")))
	}
	return out, nil
}

// CitiesOf returns the city of each meeting that has one, keyed by meeting id.
func (s *Store) CitiesOf(ctx context.Context, meetingIDs []string) (map[string]City, error) {
	recs, err := s.read(ctx, cypherMeetingCities, map[string]any{"ids": meetingIDs})
	if err != nil {
		return nil, fmt.Errorf("read meeting cities: %w", err)
	}
	out := map[string]City{}
	for _, r := range recs {
		mid, _ := rdGet(r, "mid").(string)
		out[mid] = toCity(rdGet(r, "c"))
	}
	return out, nil
}

// PostsOf returns the posts of each official, keyed by official id, most
// recent first.
func (s *Store) PostsOf(ctx context.Context, officialIDs []string) (map[string][]Post, error) {
	recs, err := s.read(ctx, cypherPosts, map[string]any{"ids": officialIDs})
	if err != nil {
		return nil, fmt.Errorf("read posts: %w", err)
	}
	out := map[string][]Post{}
	for _, r := range recs {
		pid, _ := rdGet(r, "pid").(string)
		m := map[string]any{"title": rdGet(r, "title"), "firstSeen": rdGet(r, "firstSeen"), "lastSeen": rdGet(r, "lastSeen")}
		out[pid] = append(out[pid], Post{
			Title: rdStrPtr(m, "title"), Organization: toOrganization(rdGet(r, "o")),
			FirstSeen: rdStrPtr(m, "firstSeen"), LastSeen: rdStrPtr(m, "lastSeen"),
		})
	}
	return out, nil
}

// Rel says whose meetings MeetingsOf reads.
type Rel int

// The parents whose meetings can be read.
const (
	RelOfficial Rel = iota
	RelOrganization
	RelCity
	RelTopic
	RelStatement
)

// The pattern from a parent pid to its meetings m, per Rel.
var meetingsOfPattern = map[Rel]string{
	RelOfficial:     `MATCH (:Official {id: pid})-[:ATTENDED]->(m:Meeting)`,
	RelOrganization: `MATCH (o:Organization {id: pid})<-[:REPRESENTS]-(:Official)-[a:ATTENDED]->(m:Meeting) WHERE a.organization = o.name`,
	RelCity:         `MATCH (:City {id: pid})<-[:HELD_IN]-(m:Meeting)`,
	RelTopic:        `MATCH (:Topic {id: pid})<-[:DISCUSSED]-(m:Meeting)`,
	RelStatement:    `MATCH (:Statement {id: pid})<-[:REPORTED_IN]-(m:Meeting)`,
}

const (
	cypherMeetingsOf = `
UNWIND $ids AS pid
CALL (pid) {
  %s
  WITH DISTINCT m
  %s
  SKIP $skip LIMIT $limit
  RETURN collect(m {.*}) AS ms
}
RETURN pid, ms`

	// Page and count per parent in one pass: the parent's meetings are
	// few enough to collect (its own, not the whole graph's).
	cypherMeetingsAndCountOf = `
UNWIND $ids AS pid
CALL (pid) {
  %s
  WITH DISTINCT m
  WITH collect(m) AS found
  CALL (found) {
    UNWIND found AS m
    WITH m
    %s
    SKIP $skip LIMIT $limit
    RETURN collect(m {.*}) AS ms
  }
  RETURN size(found) AS n, ms
}
RETURN pid, n, ms`

	cypherCountMeetingsOf = `
UNWIND $ids AS pid
CALL (pid) {
  %s
  RETURN count(DISTINCT m) AS n
}
RETURN pid, n`
)

// MeetingsAndCountOf is MeetingsOf and CountMeetingsOf in one round
// trip: a page of each parent's meetings and how many it has, keyed by
// parent id.
func (s *Store) MeetingsAndCountOf(ctx context.Context, rel Rel, ids []string, o Order, p Page) (map[string][]Meeting, map[string]int, error) {
	pattern, ok := meetingsOfPattern[rel]
	if !ok {
		return nil, nil, fmt.Errorf("read and count meetings of: unknown relation %d", rel)
	}
	cypher := fmt.Sprintf(cypherMeetingsAndCountOf, pattern, orderClause(o))
	recs, err := s.read(ctx, cypher, map[string]any{"ids": ids, "skip": int64(p.Skip), "limit": int64(p.Limit)})
	if err != nil {
		return nil, nil, fmt.Errorf("read and count meetings of %d parents: %w", len(ids), err)
	}
	ms := make(map[string][]Meeting, len(recs))
	ns := make(map[string]int, len(recs))
	for _, r := range recs {
		pid, _ := rdGet(r, "pid").(string)
		ms[pid] = toMeetings(rdGet(r, "ms"))
		ns[pid] = rdInt(rdGet(r, "n"))
	}
	return ms, ns, nil
}

// MeetingsOf returns a page of the meetings of each parent (officials,
// organizations, cities, topics or statements by rel), keyed by parent id.
func (s *Store) MeetingsOf(ctx context.Context, rel Rel, ids []string, o Order, p Page) (map[string][]Meeting, error) {
	pattern, ok := meetingsOfPattern[rel]
	if !ok {
		return nil, fmt.Errorf("read meetings of: unknown relation %d", rel)
	}
	cypher := fmt.Sprintf(cypherMeetingsOf, pattern, orderClause(o))
	recs, err := s.read(ctx, cypher, map[string]any{"ids": ids, "skip": int64(p.Skip), "limit": int64(p.Limit)})
	if err != nil {
		return nil, fmt.Errorf("read meetings of %d parents: %w", len(ids), err)
	}
	out := make(map[string][]Meeting, len(recs))
	for _, r := range recs {
		pid, _ := rdGet(r, "pid").(string)
		out[pid] = toMeetings(rdGet(r, "ms"))
	}
	return out, nil
}

// CountMeetingsOf returns how many meetings each parent has, keyed by
// parent id.
func (s *Store) CountMeetingsOf(ctx context.Context, rel Rel, ids []string) (map[string]int, error) {
	pattern, ok := meetingsOfPattern[rel]
	if !ok {
		return nil, fmt.Errorf("count meetings of: unknown relation %d", rel)
	}
	recs, err := s.read(ctx, fmt.Sprintf(cypherCountMeetingsOf, pattern), map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("count meetings of %d parents: %w", len(ids), err)
	}
	out := make(map[string]int, len(recs))
	for _, r := range recs {
		pid, _ := rdGet(r, "pid").(string)
		out[pid] = rdInt(rdGet(r, "n"))
	}
	return out, nil
}

const (
	// Counterparts walk the MEETING projection: one hop per contact.
	cypherCounterparts = `
UNWIND $ids AS pid
CALL (pid) {
  MATCH (:Official {id: pid})-[e:MEETING]-(q:Official)
  WITH q, count(DISTINCT e.meetingId) AS n, max(e.date) AS last
  ORDER BY n DESC, q.name, q.id
  SKIP $skip LIMIT $limit
  RETURN collect({official: q {.id, .name, .aliases}, n: n, last: last}) AS cs
}
RETURN pid, cs`

	// Counterparts with a page of each counterpart's own meetings, for a
	// query that asks for both: one round trip instead of two.
	cypherCounterpartsWithMeetings = `
UNWIND $ids AS pid
CALL (pid) {
  MATCH (:Official {id: pid})-[e:MEETING]-(q:Official)
  WITH q, count(DISTINCT e.meetingId) AS n, max(e.date) AS last
  ORDER BY n DESC, q.name, q.id
  SKIP $skip LIMIT $limit
  CALL (q) {
    MATCH (q)-[:ATTENDED]->(m:Meeting)
    WITH DISTINCT m
    %s
    SKIP $mskip LIMIT $mlimit
    RETURN collect(m {.*}) AS ms
  }
  RETURN collect({official: q {.id, .name, .aliases}, n: n, last: last, ms: ms}) AS cs
}
RETURN pid, cs`

	cypherCountCounterparts = `
UNWIND $ids AS pid
CALL (pid) {
  MATCH (:Official {id: pid})-[:MEETING]-(q:Official)
  RETURN count(DISTINCT q) AS n
}
RETURN pid, n`

	cypherOfficialsOf = `
UNWIND $ids AS oid
CALL (oid) {
  MATCH (:Organization {id: oid})<-[r:REPRESENTS]-(p:Official)
  WITH p, r ORDER BY coalesce(r.lastSeen, '') DESC, p.name, p.id
  SKIP $skip LIMIT $limit
  RETURN collect(p {.id, .name, .aliases}) AS ps
}
RETURN oid, ps`

	cypherCountOfficialsOf = `
UNWIND $ids AS oid
CALL (oid) {
  MATCH (:Organization {id: oid})<-[:REPRESENTS]-(p:Official)
  RETURN count(DISTINCT p) AS n
}
RETURN oid, n`
)

func toCounterparts(v any) []Counterpart {
	l, _ := v.([]any)
	out := make([]Counterpart, len(l))
	for i, e := range l {
		m := rdMap(e)
		out[i] = Counterpart{Official: toOfficial(m["official"]), MeetingCount: rdInt(m["n"]), LastMet: rdStrPtr(m, "last")}
	}
	return out
}

// CounterpartsOf returns a page of the officials each official met, most
// meetings first, keyed by official id.
func (s *Store) CounterpartsOf(ctx context.Context, officialIDs []string, p Page) (map[string][]Counterpart, error) {
	recs, err := s.read(ctx, cypherCounterparts, map[string]any{"ids": officialIDs, "skip": int64(p.Skip), "limit": int64(p.Limit)})
	if err != nil {
		return nil, fmt.Errorf("read counterparts: %w", err)
	}
	out := make(map[string][]Counterpart, len(recs))
	for _, r := range recs {
		pid, _ := rdGet(r, "pid").(string)
		out[pid] = toCounterparts(rdGet(r, "cs"))
	}
	return out, nil
}

// CounterpartsWithMeetingsOf is CounterpartsOf that also reads the page
// mp (in order o) of each counterpart's meetings, keyed by the
// counterpart's id, in the same round trip.
func (s *Store) CounterpartsWithMeetingsOf(ctx context.Context, officialIDs []string, p Page, o Order, mp Page) (map[string][]Counterpart, map[string][]Meeting, error) {
	recs, err := s.read(ctx, fmt.Sprintf(cypherCounterpartsWithMeetings, orderClause(o)), map[string]any{
		"ids": officialIDs, "skip": int64(p.Skip), "limit": int64(p.Limit), "mskip": int64(mp.Skip), "mlimit": int64(mp.Limit),
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read counterparts and their meetings: %w", err)
	}
	out := make(map[string][]Counterpart, len(recs))
	meetings := map[string][]Meeting{}
	for _, r := range recs {
		pid, _ := rdGet(r, "pid").(string)
		out[pid] = toCounterparts(rdGet(r, "cs"))
		l, _ := rdGet(r, "cs").([]any)
		for i, e := range l {
			meetings[out[pid][i].Official.ID] = toMeetings(rdMap(e)["ms"])
		}
	}
	return out, meetings, nil
}

const cypherOfficialWithCounterparts = `
MATCH (n:Official)
WHERE %s
WITH n ORDER BY CASE WHEN n.id = $raw OR toLower(n.name) = $name THEN 0 ELSE 1 END, n.id
LIMIT 1
CALL (n) {
  MATCH (n)-[e:MEETING]-(q:Official)
  WITH q, count(DISTINCT e.meetingId) AS c, max(e.date) AS last
  ORDER BY c DESC, q.name, q.id
  SKIP $skip LIMIT $limit
  CALL (q) {
    MATCH (q)-[:ATTENDED]->(m:Meeting)
    WITH DISTINCT m
    %s
    SKIP $mskip LIMIT $mlimit
    RETURN collect(m {.*}) AS ms
  }
  RETURN collect({official: q {.id, .name, .aliases}, n: c, last: last, ms: ms}) AS cs
}
RETURN n {.*} AS n, cs`

// OfficialLookup names an official by id, or else by name or alias.
type OfficialLookup struct{ ID, Name string }

// OfficialWithCounterparts finds an official (as OfficialsByID or
// FindOfficial would) and reads its counterparts page p and, when mp.Limit
// is positive, the page mp (in order o) of each counterpart's meetings,
// keyed by counterpart id: one round trip where a lookup followed by
// CounterpartsWithMeetingsOf takes two. The official is nil when none
// matches.
func (s *Store) OfficialWithCounterparts(ctx context.Context, l OfficialLookup, p Page, o Order, mp Page) (*Official, []Counterpart, map[string][]Meeting, error) {
	where := "n.id = $raw"
	raw := strings.TrimSpace(l.ID)
	if l.ID == "" {
		where = "n.id = $raw OR toLower(n.name) = $name OR $name IN [x IN coalesce(n.aliases, []) | toLower(x)]"
		raw = strings.TrimSpace(l.Name)
	}
	recs, err := s.read(ctx, fmt.Sprintf(cypherOfficialWithCounterparts, where, orderClause(o)), map[string]any{
		"raw": raw, "name": strings.ToLower(raw),
		"skip": int64(p.Skip), "limit": int64(p.Limit), "mskip": int64(mp.Skip), "mlimit": int64(mp.Limit),
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read official %q and its counterparts: %w", raw, err)
	}
	if len(recs) == 0 {
		return nil, nil, nil, nil
	}
	off := toOfficial(rdGet(recs[0], "n"))
	cs := toCounterparts(rdGet(recs[0], "cs"))
	var meetings map[string][]Meeting
	if mp.Limit > 0 {
		meetings = make(map[string][]Meeting, len(cs))
		l, _ := rdGet(recs[0], "cs").([]any)
		for i, e := range l {
			meetings[cs[i].Official.ID] = toMeetings(rdMap(e)["ms"])
		}
	}
	return &off, cs, meetings, nil
}

// CountCounterpartsOf returns how many officials each official met.
func (s *Store) CountCounterpartsOf(ctx context.Context, officialIDs []string) (map[string]int, error) {
	return s.countByID(ctx, cypherCountCounterparts, "pid", officialIDs, "count counterparts")
}

// OfficialsOf returns a page of the officials who represented each
// organization, most recently seen first, keyed by organization id.
func (s *Store) OfficialsOf(ctx context.Context, orgIDs []string, p Page) (map[string][]Official, error) {
	recs, err := s.read(ctx, cypherOfficialsOf, map[string]any{"ids": orgIDs, "skip": int64(p.Skip), "limit": int64(p.Limit)})
	if err != nil {
		return nil, fmt.Errorf("read officials of organizations: %w", err)
	}
	out := make(map[string][]Official, len(recs))
	for _, r := range recs {
		oid, _ := rdGet(r, "oid").(string)
		l, _ := rdGet(r, "ps").([]any)
		ps := make([]Official, len(l))
		for i, e := range l {
			ps[i] = toOfficial(e)
		}
		out[oid] = ps
	}
	return out, nil
}

// CountOfficialsOf returns how many officials represented each organization.
func (s *Store) CountOfficialsOf(ctx context.Context, orgIDs []string) (map[string]int, error) {
	return s.countByID(ctx, cypherCountOfficialsOf, "oid", orgIDs, "count officials of organizations")
}

func (s *Store) countByID(ctx context.Context, cypher, key string, ids []string, op string) (map[string]int, error) {
	recs, err := s.read(ctx, cypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	out := make(map[string]int, len(recs))
	for _, r := range recs {
		id, _ := rdGet(r, key).(string)
		out[id] = rdInt(rdGet(r, "n"))
	}
	return out, nil
}
