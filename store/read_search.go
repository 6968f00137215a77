package store

import (
	"context"
	"fmt"
	"strings"
)

// ListFilter narrows entity lists; zero fields do not filter.
type ListFilter struct {
	NameContains string // part of the name (statements: the title) or an alias, ignoring case
	Country      string // organizations and cities of this country
	Organization string // officials who represented it (name, acronym or alias)
}

const (
	cypherListTmpl = `
MATCH (n:%s)
WHERE true %s
WITH n ORDER BY toLower(coalesce(n.name, n.title, '')), n.id
SKIP $skip LIMIT $limit
RETURN n {.*} AS n`

	cypherCountTmpl = `
MATCH (n:%s)
WHERE true %s
RETURN count(n) AS n`

	cypherListNameCond = `AND (toLower(coalesce(n.name, n.title, '')) CONTAINS $q OR any(x IN coalesce(n.aliases, []) WHERE toLower(x) CONTAINS $q))`

	cypherListCountryCond = `AND toLower(n.country) = $country`

	cypherListOrgCond = `AND EXISTS {
  MATCH (n)-[:REPRESENTS]->(o:Organization)
  WHERE toLower(o.name) = $org OR toLower(o.acronym) = $org OR $org IN [x IN coalesce(o.aliases, []) | toLower(x)] }`
)

func listWhere(f ListFilter) (string, map[string]any) {
	var b strings.Builder
	params := map[string]any{}
	if f.NameContains != "" {
		b.WriteString(cypherListNameCond)
		params["q"] = strings.ToLower(strings.TrimSpace(f.NameContains))
	}
	if f.Country != "" {
		b.WriteString(cypherListCountryCond)
		params["country"] = strings.ToLower(strings.TrimSpace(f.Country))
	}
	if f.Organization != "" {
		b.WriteString(cypherListOrgCond)
		params["org"] = strings.ToLower(strings.TrimSpace(f.Organization))
	}
	return b.String(), params
}

func (s *Store) list(ctx context.Context, label Label, f ListFilter, p Page) ([]any, error) {
	if _, ok := cypherNodesByID[label]; !ok {
		return nil, fmt.Errorf("list %s: unknown label", label)
	}
	where, params := listWhere(f)
	params["skip"], params["limit"] = int64(p.Skip), int64(p.Limit)
	recs, err := s.read(ctx, fmt.Sprintf(cypherListTmpl, label, where), params)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", label, err)
	}
	out := make([]any, len(recs))
	for i, r := range recs {
		out[i] = rdGet(r, "n")
	}
	return out, nil
}

// Count returns how many nodes with label f selects.
func (s *Store) Count(ctx context.Context, label Label, f ListFilter) (int, error) {
	if _, ok := cypherNodesByID[label]; !ok {
		return 0, fmt.Errorf("count %s: unknown label", label)
	}
	where, params := listWhere(f)
	recs, err := s.read(ctx, fmt.Sprintf(cypherCountTmpl, label, where), params)
	if err != nil {
		return 0, fmt.Errorf("count %s: %w", label, err)
	}
	if len(recs) == 0 {
		return 0, nil
	}
	return rdInt(rdGet(recs[0], "n")), nil
}

func listAs[T any](ctx context.Context, s *Store, label Label, f ListFilter, p Page, conv func(any) T) ([]T, error) {
	nodes, err := s.list(ctx, label, f, p)
	if err != nil {
		return nil, err
	}
	out := make([]T, len(nodes))
	for i, n := range nodes {
		out[i] = conv(n)
	}
	return out, nil
}

// Officials returns a page of officials, by name.
func (s *Store) Officials(ctx context.Context, f ListFilter, p Page) ([]Official, error) {
	return listAs(ctx, s, LabelOfficial, f, p, toOfficial)
}

// Organizations returns a page of organizations, by name.
func (s *Store) Organizations(ctx context.Context, f ListFilter, p Page) ([]Organization, error) {
	return listAs(ctx, s, LabelOrganization, f, p, toOrganization)
}

// Cities returns a page of cities, by name.
func (s *Store) Cities(ctx context.Context, f ListFilter, p Page) ([]City, error) {
	return listAs(ctx, s, LabelCity, f, p, toCity)
}

// Topics returns a page of topics, by name.
func (s *Store) Topics(ctx context.Context, f ListFilter, p Page) ([]Topic, error) {
	return listAs(ctx, s, LabelTopic, f, p, toTopic)
}

// Statements returns a page of statements, by title.
func (s *Store) Statements(ctx context.Context, f ListFilter, p Page) ([]Statement, error) {
	return listAs(ctx, s, LabelStatement, f, p, toStatement)
}

// SearchHit is one full-text match: exactly one of the node fields is set.
type SearchHit struct {
	Label        Label
	Score        float64
	Official     *Official
	Organization *Organization
	City         *City
	Topic        *Topic
	Statement    *Statement
}

// Scores of the two indexes are not on one scale; they are merged as they
// come, which ranks well enough for a search box.
const cypherSearch = `
CALL () {
  CALL db.index.fulltext.queryNodes('statementText', $q) YIELD node, score
  RETURN node, score LIMIT $limit
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node, score
  RETURN node, score LIMIT $limit
}
RETURN node {.id, .name, .aliases, .kind, .acronym, .country, .title, .url, .source, .publisher, .published} AS n,
       labels(node) AS labels, score
ORDER BY score DESC, n.id
LIMIT $limit`

// Search runs words (Lucene operators escaped) against the statementText
// and entityNames full-text indexes and returns the best limit hits.
func (s *Store) Search(ctx context.Context, words string, limit int) ([]SearchHit, error) {
	q := LuceneQuery(words)
	if q == "" {
		return nil, nil
	}
	recs, err := s.read(ctx, cypherSearch, map[string]any{"q": q, "limit": int64(limit)})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", words, err)
	}
	var out []SearchHit
	for _, r := range recs {
		n := rdGet(r, "n")
		score, _ := rdGet(r, "score").(float64)
		h := SearchHit{Score: score}
		labels, _ := rdGet(r, "labels").([]any)
		for _, l := range labels {
			switch Label(fmt.Sprint(l)) {
			case LabelStatement:
				v := toStatement(n)
				h.Label, h.Statement = LabelStatement, &v
			case LabelOfficial:
				v := toOfficial(n)
				h.Label, h.Official = LabelOfficial, &v
			case LabelOrganization:
				v := toOrganization(n)
				h.Label, h.Organization = LabelOrganization, &v
			case LabelCity:
				v := toCity(n)
				h.Label, h.City = LabelCity, &v
			case LabelTopic:
				v := toTopic(n)
				h.Label, h.Topic = LabelTopic, &v
			}
		}
		if h.Label != "" {
			out = append(out, h)
		}
	}
	return out, nil
}

// Path is a chain of meetings: Meetings[i] links Officials[i] and
// Officials[i+1].
type Path struct {
	Officials []Official
	Meetings  []Meeting
}

// MaxPathHops bounds ContactPath's search.
const MaxPathHops = 6

var cypherContactPath = cypherSideTwo + `
UNWIND cand0 AS a
UNWIND cand1 AS b
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[:MEETING*..%d]-(b))
WITH path ORDER BY length(path) LIMIT 1
WITH [n IN nodes(path) | n {.id, .name, .aliases}] AS officials, [r IN relationships(path) | r.meetingId] AS mids
CALL (mids) {
  UNWIND range(0, size(mids) - 1) AS i
  MATCH (m:Meeting {id: mids[i]})
  WITH i, m ORDER BY i
  RETURN collect(m {.*}) AS meetings
}
RETURN officials, meetings`

// The two sides of a path or of top counterparts.
var cypherSideTwo = fmt.Sprintf(cypherSide, 0) + fmt.Sprintf(cypherSide, 1)

// ContactPath returns a shortest chain of MEETING edges, at most maxHops
// long, from an official of side from to one of side to (each an official
// or an organization by name, acronym or alias), or nil when there is none.
func (s *Store) ContactPath(ctx context.Context, from, to string, maxHops int) (*Path, error) {
	if maxHops < 1 || maxHops > MaxPathHops {
		return nil, fmt.Errorf("contact path: maxHops %d out of 1..%d", maxHops, MaxPathHops)
	}
	params := map[string]any{}
	sideParams(params, 0, from)
	sideParams(params, 1, to)
	// maxHops is a validated integer: variable-length bounds cannot be
	// parameters.
	recs, err := s.read(ctx, fmt.Sprintf(cypherContactPath, maxHops), params)
	if err != nil {
		return nil, fmt.Errorf("contact path %q to %q: %w", from, to, err)
	}
	if len(recs) == 0 {
		return nil, nil
	}
	p := &Path{}
	offs, _ := rdGet(recs[0], "officials").([]any)
	for _, o := range offs {
		p.Officials = append(p.Officials, toOfficial(o))
	}
	p.Meetings = toMeetings(rdGet(recs[0], "meetings"))
	return p, nil
}

var cypherTopCounterparts = fmt.Sprintf(cypherSide, 0) + `
UNWIND cand0 AS p
MATCH (p)-[a:ATTENDED]->(m:Meeting)<-[b:ATTENDED]-(q:Official)
WHERE (p IN offs0 OR a.organization IN orgs0)
  AND NOT (q IN offs0 OR b.organization IN orgs0)
WITH q, count(DISTINCT m) AS n, max(m.date) AS last
ORDER BY n DESC, q.name, q.id
LIMIT $limit
RETURN q {.id, .name, .aliases} AS q, n, last`

// TopCounterparts returns the officials most often met by side (an
// official, or the officials of an organization when they represented
// it), with how often and when last.
func (s *Store) TopCounterparts(ctx context.Context, side string, limit int) ([]Counterpart, error) {
	params := map[string]any{"limit": int64(limit)}
	sideParams(params, 0, side)
	recs, err := s.read(ctx, cypherTopCounterparts, params)
	if err != nil {
		return nil, fmt.Errorf("top counterparts of %q: %w", side, err)
	}
	out := make([]Counterpart, len(recs))
	for i, r := range recs {
		last, _ := rdGet(r, "last").(string)
		c := Counterpart{Official: toOfficial(rdGet(r, "q")), MeetingCount: rdInt(rdGet(r, "n"))}
		if last != "" {
			c.LastMet = &last
		}
		out[i] = c
	}
	return out, nil
}
