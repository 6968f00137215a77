package store

import (
	"context"
	"fmt"
	"strings"
)

// MeetingFilter selects meetings; zero fields do not filter, and all given
// fields must hold. Names match a node's name, acronym (organizations) or
// any alias, ignoring case.
type MeetingFilter struct {
	// Between is empty or two sides, each an organization or an official:
	// meetings where a participant of the first side met one of the
	// second, that is, a MEETING edge joins them (participants of the same
	// organization are not paired when others take part).
	Between      []string
	Participant  string // an official who took part
	Organization string // an organization a participant represented
	City         string
	Country      string
	Topic        string
	Kind         string // as stored: meeting, talks, phone_call, video_call, other
	From, To     string // YYYY, YYYY-MM or YYYY-MM-DD, both inclusive
	Text         string // words searched in the statementText full-text index
}

// Order orders meetings by date; meetings without a date come last.
type Order int

// The orders of meetings.
const (
	NewestFirst Order = iota
	OldestFirst
)

// Page is an offset window over an ordered result.
type Page struct {
	Skip, Limit int
}

const (
	// A side of a meeting: organizations matched by name, acronym or
	// alias (ATTENDED.organization holds the organization's name) and the
	// officials matched by name or alias; cand<N> are the officials that
	// can stand for the side (themselves, or representatives of one of its
	// organizations), the nodes the anchor starts from. Organizations are
	// few enough to scan. Officials are many, and no range index answers
	// "name or alias, ignoring case": the entityNames full-text index
	// (name and aliasText) finds the candidates for the words as a phrase,
	// and the exact test keeps the true matches; an id is a seek.
	cypherSide = `
CALL () {
  OPTIONAL MATCH (o:Organization)
  WHERE o.id = $side%[1]dRaw OR toLower(o.name) = $side%[1]d OR toLower(o.acronym) = $side%[1]d
     OR $side%[1]d IN [x IN coalesce(o.aliases, []) | toLower(x)]
  OPTIONAL MATCH (o)<-[:REPRESENTS]-(r:Official)
  RETURN collect(DISTINCT o.name) AS orgs%[1]d, collect(DISTINCT r) AS reps%[1]d
}
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('entityNames', $side%[1]dText) YIELD node
    WITH node AS p WHERE p:Official
    RETURN p
    UNION
    MATCH (p:Official {id: $side%[1]dRaw})
    RETURN p
  }
  WITH p WHERE p.id = $side%[1]dRaw OR toLower(p.name) = $side%[1]d
     OR $side%[1]d IN [x IN coalesce(p.aliases, []) | toLower(x)]
  RETURN collect(p) AS offs%[1]d
}
WITH *, offs%[1]d + reps%[1]d AS cand%[1]d`

	cypherTextStatements = `
CALL () {
  CALL db.index.fulltext.queryNodes('statementText', $text) YIELD node
  RETURN collect(node.id) AS textStatements
}`

	// The anchor when a side is given: participants of side 0.
	cypherAnchorSide = `
UNWIND cand0 AS p0
MATCH (p0)-[a0:ATTENDED]->(m:Meeting)
WHERE (p0 IN offs0 OR a0.organization IN orgs0)`

	cypherAnchorAll = `
MATCH (m:Meeting)
WHERE true`

	// The anchor of between: the MEETING edges (one per pair of
	// participants from different sides) from the side whose officials
	// have fewer of them (degrees are counted without reading edges) to
	// officials of the other side, each checked against the Meeting's
	// ATTENDED edges: an official matched as a representative must have
	// attended as that organization. Walking pairs touches one edge per
	// contact of the smaller side instead of every attendance of side 0
	// and its meeting's other participants.
	cypherAnchorBetween = `
WITH *, reduce(n = 0, p IN cand0 | n + COUNT { (p)-[:MEETING]-() }) <=
        reduce(n = 0, p IN cand1 | n + COUNT { (p)-[:MEETING]-() }) AS fwd
WITH *, CASE WHEN fwd THEN [cand0, offs0, orgs0, cand1, offs1, orgs1]
             ELSE [cand1, offs1, orgs1, cand0, offs0, orgs0] END AS bw
UNWIND bw[0] AS p0
MATCH (p0)-[e:MEETING]-(p1:Official)
WHERE p1 IN bw[3]
MATCH (m:Meeting {id: e.meetingId})
WHERE (p0 IN bw[1] OR EXISTS { (p0)-[a0:ATTENDED]->(m) WHERE a0.organization IN bw[2] })
  AND (p1 IN bw[4] OR EXISTS { (p1)-[a1:ATTENDED]->(m) WHERE a1.organization IN bw[5] })`

	cypherSideCond = `EXISTS {
  MATCH (px%[1]d:Official)-[ax%[1]d:ATTENDED]->(m)
  WHERE px%[1]d IN offs%[1]d OR ax%[1]d.organization IN orgs%[1]d }`

	cypherCityCond = `EXISTS {
  MATCH (m)-[:HELD_IN]->(c:City)
  WHERE c.id = $cityRaw OR toLower(c.name) = $city OR $city IN [x IN coalesce(c.aliases, []) | toLower(x)] }`

	cypherCountryCond = `(toLower(m.country) = $country OR EXISTS {
  MATCH (m)-[:HELD_IN]->(c:City) WHERE toLower(c.country) = $country })`

	cypherTopicCond = `EXISTS {
  MATCH (m)-[:DISCUSSED]->(t:Topic)
  WHERE t.id = $topicRaw OR toLower(t.name) = $topic OR $topic IN [x IN coalesce(t.aliases, []) | toLower(x)] }`

	cypherOrderNewest = `ORDER BY coalesce(m.date, '') DESC, m.id`
	cypherOrderOldest = `ORDER BY m.date IS NULL, m.date, m.id`

	cypherMeetingsPage = `
WITH DISTINCT m
%s
SKIP $skip LIMIT $limit
RETURN m {.*} AS m`

	cypherMeetingsCount = `
RETURN count(DISTINCT m) AS n`

	// A page and the total in one pass over the matches: the page is a
	// top-N over the collected meetings, so nothing is sorted in full.
	cypherMeetingsPageCount = `
WITH DISTINCT m
WITH collect(m) AS found
CALL (found) {
  UNWIND found AS m
  WITH m
  %s
  SKIP $skip LIMIT $limit
  RETURN collect(m {.*}) AS ms
}
RETURN size(found) AS n, ms`

	cypherMeetingsOverTime = `
WITH DISTINCT m
WHERE m.date IS NOT NULL
WITH substring(m.date, 0, $width) AS period
RETURN period, count(*) AS n
ORDER BY period`

	cypherTopTopics = `
WITH DISTINCT m
MATCH (m)-[:DISCUSSED]->(t:Topic)
WITH t, count(m) AS n
ORDER BY n DESC, t.name
LIMIT $limit
RETURN t {.id, .name, .aliases} AS t, n`

	cypherTopCities = `
WITH DISTINCT m
MATCH (m)-[:HELD_IN]->(c:City)
WITH c, count(m) AS n
ORDER BY n DESC, c.name
LIMIT $limit
RETURN c {.id, .name, .aliases, .country} AS c, n`
)

// matchMeetings builds the part of a query that binds m to the meetings
// f selects (possibly more than once: callers use DISTINCT), and its
// parameters; extra are further conditions on m.
func matchMeetings(f MeetingFilter, extra ...string) (string, map[string]any) {
	params := map[string]any{}
	var b strings.Builder
	var sides []string
	sides = append(sides, f.Between...)
	if f.Participant != "" {
		sides = append(sides, f.Participant)
	}
	if f.Organization != "" {
		sides = append(sides, f.Organization)
	}
	for i, name := range sides {
		fmt.Fprintf(&b, cypherSide, i)
		sideParams(params, i, name)
	}
	if f.Text != "" {
		b.WriteString(cypherTextStatements)
		params["text"] = LuceneQuery(f.Text)
	}
	var conds []string
	switch {
	case len(f.Between) == 2:
		b.WriteString(cypherAnchorBetween)
		for i := 2; i < len(sides); i++ {
			conds = append(conds, fmt.Sprintf(cypherSideCond, i))
		}
	case len(sides) > 0:
		b.WriteString(cypherAnchorSide)
		for i := 1; i < len(sides); i++ {
			conds = append(conds, fmt.Sprintf(cypherSideCond, i))
		}
	default:
		b.WriteString(cypherAnchorAll)
	}
	if f.Text != "" {
		conds = append(conds, "m.statementId IN textStatements")
	}
	if f.City != "" {
		conds = append(conds, cypherCityCond)
		params["city"] = strings.ToLower(strings.TrimSpace(f.City))
		params["cityRaw"] = strings.TrimSpace(f.City)
	}
	if f.Country != "" {
		conds = append(conds, cypherCountryCond)
		params["country"] = strings.ToLower(strings.TrimSpace(f.Country))
	}
	if f.Topic != "" {
		conds = append(conds, cypherTopicCond)
		params["topic"] = strings.ToLower(strings.TrimSpace(f.Topic))
		params["topicRaw"] = strings.TrimSpace(f.Topic)
	}
	if f.Kind != "" {
		conds = append(conds, "m.kind = $kind")
		params["kind"] = f.Kind
	}
	if f.From != "" {
		conds = append(conds, "m.date >= $from")
		params["from"] = f.From
	}
	if f.To != "" {
		// "~" sorts after every digit and "-", so a month or year bound
		// includes all the days in it.
		conds = append(conds, "m.date < $toEnd")
		params["toEnd"] = f.To + "~"
	}
	conds = append(conds, extra...)
	for _, c := range conds {
		b.WriteString("\n  AND ")
		b.WriteString(c)
	}
	return b.String(), params
}

// sideParams sets the parameters of side i (cypherSide) to name.
func sideParams(params map[string]any, i int, name string) {
	name = strings.TrimSpace(name)
	params[fmt.Sprintf("side%d", i)] = strings.ToLower(name)
	params[fmt.Sprintf("side%dRaw", i)] = name
	params[fmt.Sprintf("side%dText", i)] = `"` + LuceneQuery(name) + `"`
}

func orderClause(o Order) string {
	if o == OldestFirst {
		return cypherOrderOldest
	}
	return cypherOrderNewest
}

// Meetings returns the page of meetings f selects, in order o.
func (s *Store) Meetings(ctx context.Context, f MeetingFilter, o Order, p Page) ([]Meeting, error) {
	if unanchored(f) {
		return s.meetingsByDateIndex(ctx, f, o, p)
	}
	return s.meetingsPage(ctx, f, orderClause(o), p)
}

func (s *Store) meetingsPage(ctx context.Context, f MeetingFilter, order string, p Page, extra ...string) ([]Meeting, error) {
	match, params := matchMeetings(f, extra...)
	params["skip"], params["limit"] = int64(p.Skip), int64(p.Limit)
	recs, err := s.read(ctx, match+fmt.Sprintf(cypherMeetingsPage, order), params)
	if err != nil {
		return nil, fmt.Errorf("read meetings: %w", err)
	}
	out := make([]Meeting, len(recs))
	for i, r := range recs {
		out[i] = toMeeting(rdGet(r, "m"))
	}
	return out, nil
}

// unanchored reports whether f names no side and no words, so that its
// meetings are found by going through all of them.
func unanchored(f MeetingFilter) bool {
	return len(f.Between) == 0 && f.Participant == "" && f.Organization == "" && f.Text == ""
}

// meetingsByDateIndex pages through all meetings (filtered by f) the way
// the meeting_date index orders them, which stops after the page instead
// of sorting every meeting (at 100k meetings, 47 ms for the first page).
// The order is the one orderClause gives: dated meetings first, by date
// then id, then undated ones by id, which are read only when the page
// reaches past the dated ones.
func (s *Store) meetingsByDateIndex(ctx context.Context, f MeetingFilter, o Order, p Page) ([]Meeting, error) {
	order := "ORDER BY m.date DESC, m.id"
	if o == OldestFirst {
		order = "ORDER BY m.date, m.id"
	}
	dated, err := s.meetingsPage(ctx, f, order, p, "m.date IS NOT NULL")
	if err != nil || len(dated) == p.Limit || f.From != "" || f.To != "" {
		return dated, err
	}
	skip := 0
	if len(dated) == 0 && p.Skip > 0 {
		// The page starts past the dated meetings: by how many?
		n, err := s.countMeetings(ctx, f, "m.date IS NOT NULL")
		if err != nil {
			return nil, err
		}
		skip = max(0, p.Skip-n)
	}
	undated, err := s.meetingsPage(ctx, f, "ORDER BY m.id", Page{Skip: skip, Limit: p.Limit - len(dated)}, "m.date IS NULL")
	if err != nil {
		return nil, err
	}
	return append(dated, undated...), nil
}

// MeetingsAndCount returns the page of meetings f selects, in order o,
// and how many it selects in all. When f names a side or words, whose
// matches are few, one query returns both (at 100k meetings, two states'
// 750 meetings: 10.7 ms, against 10.6 ms and 10.3 ms for the page and the
// count apart); otherwise collecting every match to count it costs more
// than a second query (all meetings: 52 ms against 47 ms and 3 ms), so the
// page and the count run as two queries at once.
func (s *Store) MeetingsAndCount(ctx context.Context, f MeetingFilter, o Order, p Page) ([]Meeting, int, error) {
	if unanchored(f) {
		var (
			n      int
			errCnt error
			done   = make(chan struct{})
		)
		go func() {
			defer close(done)
			n, errCnt = s.CountMeetings(ctx, f)
		}()
		ms, err := s.Meetings(ctx, f, o, p)
		<-done
		if err != nil {
			return nil, 0, err
		}
		return ms, n, errCnt
	}
	match, params := matchMeetings(f)
	params["skip"], params["limit"] = int64(p.Skip), int64(p.Limit)
	recs, err := s.read(ctx, match+fmt.Sprintf(cypherMeetingsPageCount, orderClause(o)), params)
	if err != nil {
		return nil, 0, fmt.Errorf("read and count meetings: %w", err)
	}
	if len(recs) == 0 {
		return nil, 0, nil
	}
	return toMeetings(rdGet(recs[0], "ms")), rdInt(rdGet(recs[0], "n")), nil
}

// CountMeetings returns how many meetings f selects.
func (s *Store) CountMeetings(ctx context.Context, f MeetingFilter) (int, error) {
	return s.countMeetings(ctx, f)
}

func (s *Store) countMeetings(ctx context.Context, f MeetingFilter, extra ...string) (int, error) {
	match, params := matchMeetings(f, extra...)
	recs, err := s.read(ctx, match+cypherMeetingsCount, params)
	if err != nil {
		return 0, fmt.Errorf("count meetings: %w", err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	return rdInt(rdGet(recs[0], "n")), nil
}

// MeetingsOverTime counts the dated meetings f selects per year (yearly)
// or per month, oldest first. Meetings dated only by year are left out of
// monthly counts' months: they count under their year alone.
func (s *Store) MeetingsOverTime(ctx context.Context, f MeetingFilter, yearly bool) ([]TimeBucket, error) {
	match, params := matchMeetings(f)
	params["width"] = int64(7)
	if yearly {
		params["width"] = int64(4)
	}
	recs, err := s.read(ctx, match+cypherMeetingsOverTime, params)
	if err != nil {
		return nil, fmt.Errorf("count meetings over time: %w", err)
	}
	out := make([]TimeBucket, len(recs))
	for i, r := range recs {
		p, _ := rdGet(r, "period").(string)
		out[i] = TimeBucket{Period: p, Count: rdInt(rdGet(r, "n"))}
	}
	return out, nil
}

// TopicCount is a topic and how many meetings discussed it.
type TopicCount struct {
	Topic Topic
	Count int
}

// CityCount is a city and how many meetings it hosted.
type CityCount struct {
	City  City
	Count int
}

// TopTopics returns the limit topics most discussed in the meetings f
// selects, most frequent first.
func (s *Store) TopTopics(ctx context.Context, f MeetingFilter, limit int) ([]TopicCount, error) {
	match, params := matchMeetings(f)
	params["limit"] = int64(limit)
	recs, err := s.read(ctx, match+cypherTopTopics, params)
	if err != nil {
		return nil, fmt.Errorf("top topics: %w", err)
	}
	out := make([]TopicCount, len(recs))
	for i, r := range recs {
		out[i] = TopicCount{Topic: toTopic(rdGet(r, "t")), Count: rdInt(rdGet(r, "n"))}
	}
	return out, nil
}

// TopCities returns the limit cities that hosted most of the meetings f
// selects, most frequent first.
func (s *Store) TopCities(ctx context.Context, f MeetingFilter, limit int) ([]CityCount, error) {
	match, params := matchMeetings(f)
	params["limit"] = int64(limit)
	recs, err := s.read(ctx, match+cypherTopCities, params)
	if err != nil {
		return nil, fmt.Errorf("top cities: %w", err)
	}
	out := make([]CityCount, len(recs))
	for i, r := range recs {
		out[i] = CityCount{City: toCity(rdGet(r, "c")), Count: rdInt(rdGet(r, "n"))}
	}
	return out, nil
}

// LuceneQuery turns words typed by a user into a full-text query that
// matches any of them: Lucene's operators are escaped, so no input can
// make the query fail to parse.
func LuceneQuery(text string) string {
	var b strings.Builder
	for _, r := range text {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	// Lone boolean keywords would be operators.
	words := strings.Fields(out)
	for i, w := range words {
		if w == "AND" || w == "OR" || w == "NOT" {
			words[i] = strings.ToLower(w)
		}
	}
	return strings.Join(words, " ")
}
