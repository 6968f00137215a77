package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// StatementRecord is one statement with the contacts it reports, its
// entities already resolved to ids (see the package doc for how ids are
// made). It is what WriteStatements writes.
type StatementRecord struct {
	ID          string // "statement:<hash>"
	Source      string // the input it came from: path, or "path.jsonl:LINE"
	URL         string
	Title       string
	Publisher   string
	Published   string // YYYY-MM-DD or ""
	ContentHash string
	Text        string
	Meetings    []MeetingRecord
	// Merges are officials found, while resolving this statement, to be
	// one person: each From official is folded into its To official (its
	// edges moved, its node deleted) after the batch is written.
	Merges []OfficialMerge
}

// OfficialMerge folds the official From into the official To.
type OfficialMerge struct {
	From, To string
}

// MeetingRecord is one contact a statement reports.
type MeetingRecord struct {
	ID            string // "meeting:<statement-hash>:<ordinal>"
	Ordinal       int
	Kind          string
	Date          string // YYYY-MM-DD, YYYY-MM or ""
	DateText      string
	AtRequestOf   string // organization name, or ""
	Evidence      string
	EvidenceStart int
	EvidenceEnd   int
	City          *CityRecord // nil when the statement gives no place
	Country       string      // the country the text names, even without a city
	Topics        []TopicRecord
	Participants  []ParticipantRecord
}

// ParticipantRecord is one named participant of a meeting and the
// organization they represented there.
type ParticipantRecord struct {
	Official     OfficialRecord
	Title        string
	Organization OrganizationRecord
}

// OfficialRecord is an Official node. Aliases is the full, sorted list of
// names the person is known by; writing replaces the stored list.
type OfficialRecord struct {
	ID      string
	Name    string
	Surname string
	Aliases []string
}

// OrganizationRecord is an Organization node.
type OrganizationRecord struct {
	ID      string
	Name    string
	Kind    string
	Acronym string
	Country string
	Aliases []string
}

// CityRecord is a City node.
type CityRecord struct {
	ID      string
	Name    string
	Country string
	Aliases []string
}

// TopicRecord is a Topic node.
type TopicRecord struct {
	ID      string
	Name    string
	Aliases []string
}

// WriteStats says what one WriteStatements call did.
type WriteStats struct {
	// Loaded counts statements written (new, or corrections of a statement
	// already stored under the same URL).
	Loaded int
	// Unchanged counts statements already stored with the same content,
	// including duplicates within the batch; nothing was written for them.
	Unchanged int
	// Replaced counts older versions of statements (same URL, other text)
	// whose facts were deleted.
	Replaced int
	// Meetings counts the Meeting nodes written.
	Meetings int
	// UnchangedIDs lists the ids of the unchanged statements.
	UnchangedIDs []string
}

const (
	cypherExistingStatements = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s.id AS id`

	// For each statement of a batch: whether it is stored already, and the
	// ids of older versions stored under its URL (with other text).
	cypherLookupStatements = `
UNWIND $rows AS row
OPTIONAL MATCH (s:Statement {id: row.id})
OPTIONAL MATCH (old:Statement {url: row.url})
WHERE old.id <> row.id
RETURN row.id AS id, s IS NOT NULL AS stored, collect(old.id) AS older`

	// Deletes older versions of statements that now have other text under
	// the same URL: their Meetings, the MEETING edges projected from them,
	// and the Statement. Returns the officials that attended the deleted
	// meetings, whose REPRESENTS spans must be recomputed.
	cypherDeleteReplaced = `
UNWIND $ids AS oid
MATCH (old:Statement {id: oid})
OPTIONAL MATCH (m:Meeting)-[:REPORTED_IN]->(old)
OPTIONAL MATCH (o:Official)-[:ATTENDED]->(m)
WITH old, collect(DISTINCT m) AS meetings, collect(DISTINCT o.id) AS officials
CALL (meetings) {
  UNWIND meetings AS m
  OPTIONAL MATCH (:Official)-[e:MEETING {meetingId: m.id}]->(:Official)
  DELETE e
}
FOREACH (m IN meetings | DETACH DELETE m)
DETACH DELETE old
RETURN officials`

	// Recomputes the REPRESENTS spans of officials from the meetings they
	// still attend, and drops the ones no meeting supports any more.
	cypherRecomputeRepresents = `
UNWIND $officials AS oid
MATCH (o:Official {id: oid})-[r:REPRESENTS]->(g:Organization)
OPTIONAL MATCH (o)-[a:ATTENDED {organization: g.name}]->(m:Meeting)
WITH r, min(m.date) AS first, max(m.date) AS last, count(a) AS n,
     collect([coalesce(m.date, ''), a.title]) AS seen
CALL (r, n) {
  WITH r WHERE n = 0
  DELETE r
}
WITH r, first, last, n, seen WHERE n > 0
WITH r, first, last, reduce(best = ['', null], s IN seen |
       CASE WHEN s[0] > best[0] OR (s[0] = best[0] AND (best[1] IS NULL OR s[1] > best[1])) THEN s ELSE best END) AS best
SET r.firstSeen = first, r.lastSeen = last, r.title = best[1]`

	cypherMergeOfficials = `
UNWIND $rows AS row
MERGE (n:Official {id: row.id})
SET n.name = row.name, n.surname = row.surname, n.aliases = row.aliases, n.aliasText = row.aliasText`

	cypherMergeOrganizations = `
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.acronym = row.acronym, n.country = row.country,
    n.aliases = row.aliases, n.aliasText = row.aliasText`

	cypherMergeCities = `
UNWIND $rows AS row
MERGE (n:City {id: row.id})
SET n.name = row.name, n.country = row.country, n.aliases = row.aliases, n.aliasText = row.aliasText`

	cypherMergeTopics = `
UNWIND $rows AS row
MERGE (n:Topic {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.aliasText = row.aliasText`

	cypherMergeStatements = `
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.name = row.name, s.source = row.source, s.url = row.url, s.title = row.title,
    s.publisher = row.publisher, s.published = row.published,
    s.contentHash = row.contentHash, s.text = row.text`

	// Meetings belong to a statement that did not exist before this
	// transaction (unchanged ones are filtered out first, and replaced ones
	// deleted), so their relationships are created, not merged.
	cypherMergeMeetings = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MERGE (m:Meeting {id: row.id})
SET m.name = row.name, m.kind = row.kind, m.date = row.date, m.dateText = row.dateText,
    m.atRequestOf = row.atRequestOf, m.evidence = row.evidence,
    m.evidenceStart = row.evidenceStart, m.evidenceEnd = row.evidenceEnd,
    m.city = row.city, m.country = row.country,
    m.statementId = row.statementId, m.ordinal = row.ordinal
CREATE (m)-[:REPORTED_IN]->(s)
WITH m, row
CALL (m, row) {
  MATCH (c:City {id: row.cityId})
  CREATE (m)-[:HELD_IN]->(c)
}
CALL (m, row) {
  UNWIND row.topicIds AS tid
  MATCH (t:Topic {id: tid})
  CREATE (m)-[:DISCUSSED]->(t)
}`

	// ordinal is the participant's position in the meeting's participant
	// list (the order the statement names them), which readers sort by.
	cypherCreateAttended = `
UNWIND $rows AS row
MATCH (o:Official {id: row.official})
MATCH (m:Meeting {id: row.meeting})
MERGE (o)-[a:ATTENDED]->(m)
SET a.title = row.title, a.organization = row.organization, a.ordinal = row.ordinal`

	cypherCreateMeetingEdges = `
UNWIND $rows AS row
MATCH (a:Official {id: row.from})
MATCH (b:Official {id: row.to})
CREATE (a)-[:MEETING {meetingId: row.meetingId, date: row.date, kind: row.kind}]->(b)`

	// REPRESENTS spans widen to the batch's dates; the title is the one
	// given at the latest date (ties, and officials never seen on a dated
	// meeting, broken by the larger string), so the result does not depend
	// on the order statements are loaded in.
	cypherMergeRepresents = `
UNWIND $rows AS row
MATCH (o:Official {id: row.official})
MATCH (g:Organization {id: row.organization})
MERGE (o)-[r:REPRESENTS]->(g)
WITH r, row,
     (row.lastSeen IS NOT NULL AND (r.lastSeen IS NULL OR row.lastSeen > r.lastSeen OR
       (row.lastSeen = r.lastSeen AND coalesce(row.lastTitle, '') > coalesce(r.title, '')))) OR
     (row.lastSeen IS NULL AND r.lastSeen IS NULL AND coalesce(row.lastTitle, '') > coalesce(r.title, '')) AS better
SET r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
    r.title = CASE WHEN better THEN row.lastTitle ELSE r.title END,
    r.lastSeen = CASE WHEN better AND row.lastSeen IS NOT NULL THEN row.lastSeen ELSE r.lastSeen END`

	// Folds officials into others: edges are copied to the kept official
	// (Cypher cannot re-point a relationship) and the folded one deleted.
	// A MEETING edge between the two becomes a loop and is dropped.
	cypherMergeOfficialNodes = `
UNWIND $rows AS row
MATCH (q:Official {id: row.from})
MATCH (p:Official {id: row.to})
CALL (q, p) {
  MATCH (q)-[a:ATTENDED]->(m:Meeting)
  WHERE NOT (p)-[:ATTENDED]->(m)
  CREATE (p)-[a2:ATTENDED]->(m)
  SET a2 = properties(a)
}
CALL (q, p) {
  MATCH (q)-[e:MEETING]->(o:Official)
  WHERE o <> p
  CREATE (p)-[e2:MEETING]->(o)
  SET e2 = properties(e)
}
CALL (q, p) {
  MATCH (o:Official)-[e:MEETING]->(q)
  WHERE o <> p
  CREATE (o)-[e2:MEETING]->(p)
  SET e2 = properties(e)
}
CALL (q, p) {
  MATCH (q)-[:REPRESENTS]->(g:Organization)
  MERGE (p)-[:REPRESENTS]->(g)
}
DETACH DELETE q
RETURN p.id AS id`

	// Officials that attend no meeting any more (they were named only in a
	// replaced version of a statement) are removed.
	cypherDeleteOrphanOfficials = `
UNWIND $officials AS oid
MATCH (o:Official {id: oid})
WHERE NOT (o)-[:ATTENDED]->()
DETACH DELETE o`
)

// WriteStatements writes a batch of statements in one managed write
// transaction: each statement with its meetings, participants, places,
// topics and the MEETING edges projected from them, so that a statement is
// stored with all its facts or not at all. Statements already stored with
// the same id (same URL and text) are left alone and counted as unchanged;
// a statement whose URL is stored with other text replaces that older
// version. The transaction is retried on transient errors; errors wrap the
// driver's (ErrUnavailable is not wrapped: callers check the driver's
// connectivity errors with neo4j.IsConnectivityError or Ping).
func (s *Store) WriteStatements(ctx context.Context, batch []StatementRecord) (WriteStats, error) {
	var stats WriteStats
	if len(batch) == 0 {
		return stats, nil
	}
	err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		stats = WriteStats{} // the work may be retried
		var err error
		stats, err = s.writeBatch(ctx, tx, batch)
		return err
	})
	if err != nil {
		return WriteStats{}, fmt.Errorf("write %d statements: %w", len(batch), err)
	}
	return stats, nil
}

// StoredStatements returns which of ids are stored already. The loader
// asks before extracting, so that a re-run skips the statements an earlier
// run stored without extracting them again.
func (s *Store) StoredStatements(ctx context.Context, ids []string) (map[string]bool, error) {
	recs, err := s.read(ctx, cypherExistingStatements, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("find stored statements: %w", err)
	}
	out := make(map[string]bool, len(recs))
	for _, r := range recs {
		id, _ := r.Get("id")
		out[asString(id)] = true
	}
	return out, nil
}

func (s *Store) writeBatch(ctx context.Context, tx neo4j.ManagedTransaction, batch []StatementRecord) (WriteStats, error) {
	var stats WriteStats

	// Which statements are new (not stored yet, first in the batch), and
	// which stored ones they replace.
	lookup := make([]map[string]any, 0, len(batch))
	for _, st := range batch {
		lookup = append(lookup, map[string]any{"id": st.ID, "url": nullable(st.URL)})
	}
	recs, err := s.collect(ctx, tx, cypherLookupStatements, map[string]any{"rows": lookup})
	if err != nil {
		return stats, fmt.Errorf("find stored statements: %w", err)
	}
	seen := make(map[string]bool, len(batch))
	older := map[string][]any{}
	for _, r := range recs {
		id, _ := r.Get("id")
		stored, _ := r.Get("stored")
		if b, _ := stored.(bool); b {
			seen[asString(id)] = true
		}
		o, _ := r.Get("older")
		if l, _ := o.([]any); len(l) > 0 {
			older[asString(id)] = l
		}
	}
	var fresh []StatementRecord
	var replaced []any
	for _, st := range batch {
		if seen[st.ID] {
			stats.Unchanged++
			stats.UnchangedIDs = append(stats.UnchangedIDs, st.ID)
			continue
		}
		seen[st.ID] = true
		fresh = append(fresh, st)
		replaced = append(replaced, older[st.ID]...)
	}
	fresh, stats.Replaced = lastPerURL(fresh)

	rows := buildRows(fresh)
	for _, st := range batch {
		// Merges decided while resolving a statement hold even when the
		// statement itself turned out to be stored already.
		for _, m := range st.Merges {
			rows.merges = append(rows.merges, map[string]any{"from": m.From, "to": m.To})
		}
	}
	if len(fresh) == 0 && len(rows.merges) == 0 {
		return stats, nil
	}
	stats.Loaded = len(fresh)

	if len(replaced) > 0 {
		recs, err := s.collect(ctx, tx, cypherDeleteReplaced, map[string]any{"ids": replaced})
		if err != nil {
			return stats, fmt.Errorf("delete replaced statements: %w", err)
		}
		stats.Replaced += len(recs)
		for _, r := range recs {
			v, _ := r.Get("officials")
			if l, ok := v.([]any); ok {
				// After the new facts are written, the spans of these
				// officials are recomputed from what they still attend.
				rows.recompute = append(rows.recompute, l...)
			}
		}
	}

	steps := []struct {
		what   string
		cypher string
		rows   []map[string]any
	}{
		{"officials", cypherMergeOfficials, rows.officials},
		{"organizations", cypherMergeOrganizations, rows.organizations},
		{"cities", cypherMergeCities, rows.cities},
		{"topics", cypherMergeTopics, rows.topics},
		{"statements", cypherMergeStatements, rows.statements},
		{"meetings", cypherMergeMeetings, rows.meetings},
		{"attendance", cypherCreateAttended, rows.attended},
		{"contacts", cypherCreateMeetingEdges, rows.edges},
		{"representation", cypherMergeRepresents, rows.represents},
	}
	for _, st := range steps {
		if len(st.rows) == 0 {
			continue
		}
		if err := s.exec(ctx, tx, st.cypher, map[string]any{"rows": st.rows}); err != nil {
			return stats, fmt.Errorf("write %s: %w", st.what, err)
		}
	}
	if len(rows.merges) > 0 {
		recs, err := s.collect(ctx, tx, cypherMergeOfficialNodes, map[string]any{"rows": rows.merges})
		if err != nil {
			return stats, fmt.Errorf("merge officials: %w", err)
		}
		for _, r := range recs {
			id, _ := r.Get("id")
			rows.recompute = append(rows.recompute, id)
		}
	}
	if len(rows.recompute) > 0 {
		params := map[string]any{"officials": rows.recompute}
		if err := s.exec(ctx, tx, cypherRecomputeRepresents, params); err != nil {
			return stats, fmt.Errorf("recompute representation: %w", err)
		}
		if err := s.exec(ctx, tx, cypherDeleteOrphanOfficials, params); err != nil {
			return stats, fmt.Errorf("delete orphaned officials: %w", err)
		}
	}
	stats.Meetings = len(rows.meetings)
	return stats, nil
}

// lastPerURL keeps, of the statements of one batch that share a URL, the
// last: a correction in the same batch as the text it corrects replaces it
// before either is written. It returns how many it dropped.
func lastPerURL(batch []StatementRecord) ([]StatementRecord, int) {
	last := map[string]int{}
	for i, st := range batch {
		if st.URL != "" {
			last[st.URL] = i
		}
	}
	if len(last) == len(batch) {
		return batch, 0
	}
	out := batch[:0:0]
	for i, st := range batch {
		if st.URL == "" || last[st.URL] == i {
			out = append(out, st)
		}
	}
	return out, len(batch) - len(out)
}

func (s *Store) collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := s.run(ctx, tx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func (s *Store) exec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := s.run(ctx, tx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// batchRows are a batch flattened into the parameter lists of the write
// queries: one list per query, so a batch takes a fixed number of round
// trips whatever its size.
type batchRows struct {
	officials     []map[string]any
	organizations []map[string]any
	cities        []map[string]any
	topics        []map[string]any
	statements    []map[string]any
	meetings      []map[string]any
	attended      []map[string]any
	edges         []map[string]any
	represents    []map[string]any
	recompute     []any
	merges        []map[string]any
}

// span is what a batch says about one official representing one
// organization.
type span struct {
	official, organization string
	first, last, lastTitle string
	undatedTitle           string
}

func buildRows(batch []StatementRecord) batchRows {
	var b batchRows
	officials := map[string]OfficialRecord{}
	orgs := map[string]OrganizationRecord{}
	cities := map[string]CityRecord{}
	topics := map[string]TopicRecord{}
	spans := map[[2]string]*span{}

	for _, st := range batch {
		b.statements = append(b.statements, map[string]any{
			"id": st.ID, "name": st.Title, "source": st.Source, "url": nullable(st.URL),
			"title": st.Title, "publisher": nullable(st.Publisher), "published": nullable(st.Published),
			"contentHash": st.ContentHash, "text": st.Text,
		})
		for _, m := range st.Meetings {
			// Deduplicated on a copy: the batch is left as given, so a
			// retried transaction numbers participants the same way.
			var ordinals []int
			m.Participants, ordinals = uniqueParticipants(m.Participants)
			row := map[string]any{
				"id": m.ID, "name": meetingName(m), "kind": m.Kind, "date": nullable(m.Date),
				"dateText": nullable(m.DateText), "atRequestOf": nullable(m.AtRequestOf),
				"evidence": m.Evidence, "evidenceStart": int64(m.EvidenceStart), "evidenceEnd": int64(m.EvidenceEnd),
				"city": nil, "country": nullable(m.Country), "cityId": nil,
				"statementId": st.ID, "ordinal": int64(m.Ordinal),
			}
			if m.City != nil {
				cities[m.City.ID] = *m.City
				row["city"] = m.City.Name
				row["cityId"] = m.City.ID
				if m.Country == "" {
					row["country"] = nullable(m.City.Country)
				}
			}
			topicIDs := make([]any, 0, len(m.Topics))
			for _, t := range m.Topics {
				if _, dup := topics[t.ID]; dup && containsAny(topicIDs, t.ID) {
					continue
				}
				topics[t.ID] = t
				topicIDs = append(topicIDs, t.ID)
			}
			row["topicIds"] = topicIDs
			b.meetings = append(b.meetings, row)

			for pi, p := range m.Participants {
				officials[p.Official.ID] = p.Official
				b.attended = append(b.attended, map[string]any{
					"official": p.Official.ID, "meeting": m.ID,
					"title": nullable(p.Title), "organization": nullable(p.Organization.Name),
					"ordinal": int64(ordinals[pi]),
				})
				if p.Organization.ID == "" {
					continue // no organization given: nothing to represent
				}
				orgs[p.Organization.ID] = p.Organization
				k := [2]string{p.Official.ID, p.Organization.ID}
				sp := spans[k]
				if sp == nil {
					sp = &span{official: k[0], organization: k[1]}
					spans[k] = sp
				}
				sp.add(m.Date, p.Title)
			}
			for _, pair := range ContactPairs(m.Participants) {
				b.edges = append(b.edges, map[string]any{
					"from": m.Participants[pair[0]].Official.ID, "to": m.Participants[pair[1]].Official.ID,
					"meetingId": m.ID, "date": nullable(m.Date), "kind": m.Kind,
				})
			}
		}
	}
	for _, o := range sortedValues(officials) {
		b.officials = append(b.officials, map[string]any{
			"id": o.ID, "name": o.Name, "surname": nullable(o.Surname),
			"aliases": strs(o.Aliases), "aliasText": strings.Join(o.Aliases, " | "),
		})
	}
	for _, o := range sortedValues(orgs) {
		b.organizations = append(b.organizations, map[string]any{
			"id": o.ID, "name": o.Name, "kind": nullable(o.Kind), "acronym": nullable(o.Acronym),
			"country": nullable(o.Country), "aliases": strs(o.Aliases), "aliasText": strings.Join(o.Aliases, " | "),
		})
	}
	for _, c := range sortedValues(cities) {
		b.cities = append(b.cities, map[string]any{
			"id": c.ID, "name": c.Name, "country": nullable(c.Country),
			"aliases": strs(c.Aliases), "aliasText": strings.Join(c.Aliases, " | "),
		})
	}
	for _, t := range sortedValues(topics) {
		b.topics = append(b.topics, map[string]any{
			"id": t.ID, "name": t.Name, "aliases": strs(t.Aliases), "aliasText": strings.Join(t.Aliases, " | "),
		})
	}
	keys := make([][2]string, 0, len(spans))
	for k := range spans {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		sp := spans[k]
		title := sp.lastTitle
		if sp.last == "" {
			title = sp.undatedTitle
		}
		b.represents = append(b.represents, map[string]any{
			"official": sp.official, "organization": sp.organization,
			"firstSeen": nullable(sp.first), "lastSeen": nullable(sp.last), "lastTitle": nullable(title),
		})
	}
	return b
}

func (sp *span) add(date, title string) {
	if date == "" {
		if title > sp.undatedTitle {
			sp.undatedTitle = title
		}
		return
	}
	if sp.first == "" || date < sp.first {
		sp.first = date
	}
	if date > sp.last || (date == sp.last && title > sp.lastTitle) {
		sp.last, sp.lastTitle = date, title
	}
}

// ContactPairs returns the pairs of participants (indexes into ps, first
// listed first) that a meeting's MEETING edges join: every pair from
// different organizations, or every pair when all share one organization.
func ContactPairs(ps []ParticipantRecord) [][2]int {
	var cross, all [][2]int
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			if ps[i].Official.ID == ps[j].Official.ID {
				continue
			}
			all = append(all, [2]int{i, j})
			if ps[i].Organization.ID != ps[j].Organization.ID {
				cross = append(cross, [2]int{i, j})
			}
		}
	}
	if len(cross) > 0 {
		return cross
	}
	return all
}

// uniqueParticipants drops a participant listed again under another name
// (both resolved to one official): one person attends a meeting once. It
// also returns, for each participant kept, its index in ps (its ordinal:
// the order the statement lists participants in).
func uniqueParticipants(ps []ParticipantRecord) ([]ParticipantRecord, []int) {
	out := ps[:0:0]
	idx := make([]int, 0, len(ps))
	for i, p := range ps {
		dup := false
		for _, q := range out {
			if q.Official.ID == p.Official.ID {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
			idx = append(idx, i)
		}
	}
	return out, idx
}

func containsAny(l []any, s string) bool {
	for _, v := range l {
		if v == s {
			return true
		}
	}
	return false
}

func meetingName(m MeetingRecord) string {
	names := make([]string, 0, len(m.Participants))
	for _, p := range m.Participants {
		names = append(names, p.Official.Name)
	}
	s := strings.ReplaceAll(m.Kind, "_", " ")
	if len(names) > 0 {
		s += ": " + strings.Join(names, ", ")
	}
	if m.Date != "" {
		s += " (" + m.Date + ")"
	}
	return s
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func strs(l []string) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = s
	}
	return out
}

type ider interface {
	OfficialRecord | OrganizationRecord | CityRecord | TopicRecord
}

func sortedValues[T ider](m map[string]T) []T {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]T, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}
