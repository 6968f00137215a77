// Package graphtest seeds the test Neo4j with small, known graphs written
// exactly as store/doc.go describes (and as the loader writes them), for
// the read side's integration tests and benchmarks.
package graphtest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SeedTitle is the title of the fixture's seed statement.
const SeedTitle = "Wang Yi: China Is Willing to Work with NATO"

// Fixture: the seed meeting (Wang Yi and Jens Stoltenberg, Munich,
// 2020-02-14), a second meeting in Munich the next day (Wang Yi and Heiko
// Maas), and a phone call between Heiko Maas and Antony Blinken in 2021
// reported by another statement. Contact path Wang Yi to Blinken: two
// hops through Maas.
const fixtureCypher = `
CREATE (china:Organization {id: 'org:china', name: 'China', aliases: ['China', 'PRC', 'Chinese side', "People's Republic of China"],
        aliasText: "China PRC Chinese side People's Republic of China", kind: 'state', country: 'China'})
CREATE (nato:Organization {id: 'org:nato', name: 'NATO', aliases: ['NATO', 'North Atlantic Treaty Organization'],
        aliasText: 'NATO North Atlantic Treaty Organization', kind: 'international', acronym: 'NATO'})
CREATE (germany:Organization {id: 'org:germany', name: 'Germany', aliases: ['Germany', 'German side'], aliasText: 'Germany German side', kind: 'state', country: 'Germany'})
CREATE (us:Organization {id: 'org:united-states', name: 'United States', aliases: ['United States', 'US', 'U.S.'], aliasText: 'United States US U.S.', kind: 'state', country: 'United States'})
CREATE (wang:Official {id: 'official:wang-yi', name: 'Wang Yi', surname: 'Wang', aliases: ['Wang', 'Wang Yi'], aliasText: 'Wang Wang Yi'})
CREATE (jens:Official {id: 'official:jens-stoltenberg', name: 'Jens Stoltenberg', surname: 'Stoltenberg', aliases: ['Jens Stoltenberg', 'Stoltenberg'], aliasText: 'Jens Stoltenberg Stoltenberg'})
CREATE (maas:Official {id: 'official:heiko-maas', name: 'Heiko Maas', surname: 'Maas', aliases: ['Heiko Maas', 'Maas'], aliasText: 'Heiko Maas Maas'})
CREATE (blinken:Official {id: 'official:antony-blinken', name: 'Antony Blinken', surname: 'Blinken', aliases: ['Antony Blinken', 'Blinken'], aliasText: 'Antony Blinken Blinken'})
CREATE (munich:City {id: 'city:germany:munich', name: 'Munich', aliases: ['Munich', 'München'], aliasText: 'Munich München', country: 'Germany'})
CREATE (covid:Topic {id: 'topic:covid-19', name: 'COVID-19', aliases: ['COVID-19', 'novel coronavirus'], aliasText: 'COVID-19 novel coronavirus'})
CREATE (afgh:Topic {id: 'topic:afghanistan', name: 'Afghanistan', aliases: ['Afghanistan'], aliasText: 'Afghanistan'})
CREATE (me:Topic {id: 'topic:middle-east', name: 'Middle East', aliases: ['Middle East'], aliasText: 'Middle East'})
CREATE (iraq:Topic {id: 'topic:iraq', name: 'Iraq', aliases: ['Iraq'], aliasText: 'Iraq'})
CREATE (arms:Topic {id: 'topic:arms-control', name: 'arms control', aliases: ['arms control'], aliasText: 'arms control'})
CREATE (s0:Statement {id: 'statement:s0', name: $seedTitle, source: '000.txt', title: $seedTitle, contentHash: 's0',
        text: 'On February 14, 2020 local time, State Councilor and Foreign Minister Wang Yi met with NATO Secretary General Jens Stoltenberg at the request of the latter in Munich. They discussed the COVID-19 epidemic, Afghanistan, the Middle East, Iraq and arms control.'})
CREATE (s1:Statement {id: 'statement:s1', name: 'Maas and Blinken speak by phone', source: '001.txt', url: 'https://example.org/s1',
        title: 'Maas and Blinken speak by phone', publisher: 'Federal Foreign Office', published: '2021-05-06', contentHash: 's1',
        text: 'Foreign Minister Heiko Maas spoke by phone with Secretary of State Antony Blinken today about Afghanistan.'})
CREATE (m0:Meeting {id: 'meeting:s0:0', name: 'Wang Yi — Jens Stoltenberg', kind: 'meeting', date: '2020-02-14', dateText: 'On February 14, 2020 local time',
        atRequestOf: 'NATO', evidence: 'On February 14, 2020 local time, State Councilor and Foreign Minister Wang Yi met with NATO Secretary General Jens Stoltenberg at the request of the latter in Munich.',
        evidenceStart: 0, evidenceEnd: 170, city: 'Munich', country: 'Germany', statementId: 'statement:s0', ordinal: 0})
CREATE (m1:Meeting {id: 'meeting:s0:1', name: 'Wang Yi — Heiko Maas', kind: 'talks', date: '2020-02-15', dateText: 'the next day',
        evidence: 'Wang Yi held talks with Heiko Maas.', evidenceStart: 171, evidenceEnd: 205, city: 'Munich', country: 'Germany', statementId: 'statement:s0', ordinal: 1})
CREATE (m2:Meeting {id: 'meeting:s1:0', name: 'Heiko Maas — Antony Blinken', kind: 'phone_call', date: '2021-05-06', dateText: 'today',
        evidence: 'Foreign Minister Heiko Maas spoke by phone with Secretary of State Antony Blinken today about Afghanistan.', evidenceStart: 0, evidenceEnd: 104,
        statementId: 'statement:s1', ordinal: 0})
CREATE (m0)-[:REPORTED_IN]->(s0), (m1)-[:REPORTED_IN]->(s0), (m2)-[:REPORTED_IN]->(s1)
CREATE (m0)-[:HELD_IN]->(munich), (m1)-[:HELD_IN]->(munich)
CREATE (m0)-[:DISCUSSED]->(covid), (m0)-[:DISCUSSED]->(afgh), (m0)-[:DISCUSSED]->(me), (m0)-[:DISCUSSED]->(iraq), (m0)-[:DISCUSSED]->(arms)
CREATE (m1)-[:DISCUSSED]->(covid), (m2)-[:DISCUSSED]->(afgh)
CREATE (wang)-[:ATTENDED {title: 'State Councilor and Foreign Minister', organization: 'China'}]->(m0)
CREATE (jens)-[:ATTENDED {title: 'Secretary General', organization: 'NATO'}]->(m0)
CREATE (wang)-[:ATTENDED {title: 'State Councilor and Foreign Minister', organization: 'China'}]->(m1)
CREATE (maas)-[:ATTENDED {title: 'Foreign Minister', organization: 'Germany'}]->(m1)
CREATE (maas)-[:ATTENDED {title: 'Foreign Minister', organization: 'Germany'}]->(m2)
CREATE (blinken)-[:ATTENDED {title: 'Secretary of State', organization: 'United States'}]->(m2)
CREATE (wang)-[:MEETING {meetingId: 'meeting:s0:0', date: '2020-02-14', kind: 'meeting'}]->(jens)
CREATE (wang)-[:MEETING {meetingId: 'meeting:s0:1', date: '2020-02-15', kind: 'talks'}]->(maas)
CREATE (maas)-[:MEETING {meetingId: 'meeting:s1:0', date: '2021-05-06', kind: 'phone_call'}]->(blinken)
CREATE (wang)-[:REPRESENTS {title: 'State Councilor and Foreign Minister', firstSeen: '2020-02-14', lastSeen: '2020-02-15'}]->(china)
CREATE (jens)-[:REPRESENTS {title: 'Secretary General', firstSeen: '2020-02-14', lastSeen: '2020-02-14'}]->(nato)
CREATE (maas)-[:REPRESENTS {title: 'Foreign Minister', firstSeen: '2020-02-15', lastSeen: '2021-05-06'}]->(germany)
CREATE (blinken)-[:REPRESENTS {title: 'Secretary of State', firstSeen: '2021-05-06', lastSeen: '2021-05-06'}]->(us)`

// The indexes the read queries use; the loader's Migrate creates the same
// ones (and more).
var indexes = []string{
	`CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE`,
	`CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)`,
	`CREATE FULLTEXT INDEX statementText IF NOT EXISTS FOR (n:Statement) ON EACH [n.title, n.text]`,
	`CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Official|Organization|City|Topic) ON EACH [n.name, n.aliasText]`,
}

// Driver opens a driver on the test Neo4j (see neo4jtest), for writing
// fixtures; the tests read through the store.
func Driver(tb testing.TB) neo4j.DriverWithContext {
	tb.Helper()
	neo4jtest.MustOpen(tb) // skips, or fails under CI, when Neo4j is down
	cfg := neo4jtest.Config()
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = d.Close(context.Background()) })
	return d
}

// Exec runs cypher in one auto-commit query.
func Exec(tb testing.TB, d neo4j.DriverWithContext, cypher string, params map[string]any) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := write(ctx, d, cypher, params); err != nil {
		tb.Fatalf("fixture: %v\n%s", err, cypher)
	}
}

// write runs cypher in a managed write transaction (retried on transient
// errors) and returns the first column of the first row when it is an
// integer.
func write(ctx context.Context, d neo4j.DriverWithContext, cypher string, params map[string]any) (int64, error) {
	session := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: neo4jtest.Config().Database})
	defer session.Close(ctx)
	v, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil || len(recs) == 0 || len(recs[0].Values) == 0 {
			return int64(0), err
		}
		n, _ := recs[0].Values[0].(int64)
		return n, nil
	})
	if err != nil {
		return 0, err
	}
	return v.(int64), nil
}

// Reset wipes the test database and creates the indexes the reads use.
func Reset(tb testing.TB, d neo4j.DriverWithContext) {
	tb.Helper()
	ctx := context.Background()
	for {
		n, err := write(ctx, d, `MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n`, nil)
		if err != nil {
			tb.Fatalf("wipe: %v", err)
		}
		if n == 0 {
			break
		}
	}
	for _, ix := range indexes {
		Exec(tb, d, ix, nil)
	}
	Exec(tb, d, `CALL db.awaitIndexes(300)`, nil)
}

// Seed wipes the test database and writes the fixture.
func Seed(tb testing.TB) {
	tb.Helper()
	d := Driver(tb)
	Reset(tb, d)
	Exec(tb, d, fixtureCypher, map[string]any{"seedTitle": SeedTitle})
}

// SeedGenerated wipes the test database and writes n fictional meetings
// between officials of orgs fictional organizations (officials per
// organization: perOrg), each meeting with two participants from two
// organizations, a city, two topics and a statement per 10 meetings.
// Organization 0 is "Avaloria" (alias "Avalorian side"), 1 is "Borduria".
func SeedGenerated(tb testing.TB, total, orgs, perOrg int) {
	n := total
	tb.Helper()
	d := Driver(tb)
	// A database that holds exactly this generated graph is reused, so
	// that benchmarks can be rerun without reseeding.
	if n, err := write(context.Background(), d, `
MATCH (m:Meeting) WITH count(m) AS n, min(m.id) AS lo, max(m.id) AS hi
MATCH (p:Official) WITH n, lo, hi, count(p) AS officials
RETURN CASE WHEN lo STARTS WITH 'meeting:gen:' AND hi STARTS WITH 'meeting:gen:' AND officials = $officials THEN n ELSE -1 END`,
		map[string]any{"officials": int64(orgs * perOrg)}); err == nil && n == int64(total) {
		return
	}
	Reset(tb, d)
	Exec(tb, d, `
UNWIND range(0, $orgs - 1) AS o
CREATE (g:Organization {id: 'org:gen-' + o, name: CASE o WHEN 0 THEN 'Avaloria' WHEN 1 THEN 'Borduria' ELSE 'Genland ' + o END,
        kind: 'state', aliases: CASE o WHEN 0 THEN ['Avaloria', 'Avalorian side'] ELSE [] END, aliasText: ''})
WITH g, o
UNWIND range(0, $perOrg - 1) AS i
CREATE (p:Official {id: 'official:gen-' + o + '-' + i, name: 'Official ' + o + '-' + i, aliases: [], aliasText: ''})
CREATE (p)-[:REPRESENTS {title: 'Minister', firstSeen: '2000-01-01', lastSeen: '2024-12-31'}]->(g)`,
		map[string]any{"orgs": int64(orgs), "perOrg": int64(perOrg)})
	Exec(tb, d, `
UNWIND range(0, 49) AS c CREATE (:City {id: 'city:gen:' + c, name: 'City ' + c, aliases: [], aliasText: '', country: 'Genland'})
WITH count(*) AS x
UNWIND range(0, 29) AS t CREATE (:Topic {id: 'topic:gen-' + t, name: 'Topic ' + t, aliases: [], aliasText: ''})`, nil)
	const batch = 5000
	for start := 0; start < n; start += batch {
		end := min(start+batch, n) - 1
		Exec(tb, d, `
UNWIND range($start, $end) AS k
WITH k, k % $orgs AS oa, (k / $orgs + k + 1) % $orgs AS ob0
WITH k, oa, CASE WHEN ob0 = oa THEN (oa + 1) % $orgs ELSE ob0 END AS ob
MERGE (s:Statement {id: 'statement:gen-' + (k / 10)})
  ON CREATE SET s.title = 'Generated statement ' + (k / 10), s.name = s.title, s.text = 'Fictional officials met.', s.contentHash = 'gen' + (k / 10)
WITH k, oa, ob, s
MATCH (a:Official {id: 'official:gen-' + oa + '-' + (k % $perOrg)})-[:REPRESENTS]->(ga:Organization)
MATCH (b:Official {id: 'official:gen-' + ob + '-' + ((k / 7) % $perOrg)})-[:REPRESENTS]->(gb:Organization)
MATCH (c:City {id: 'city:gen:' + (k % 50)})
MATCH (t1:Topic {id: 'topic:gen-' + (k % 30)})
MATCH (t2:Topic {id: 'topic:gen-' + ((k / 30) % 30)})
WITH k, a, b, ga, gb, c, t1, t2, s,
     toString(2000 + (k % 25)) + '-' + right('0' + toString(1 + (k / 25) % 12), 2) + '-' + right('0' + toString(1 + (k / 300) % 28), 2) AS date
CREATE (m:Meeting {id: 'meeting:gen:' + k, name: a.name + ' — ' + b.name, kind: ['meeting', 'talks', 'phone_call', 'video_call'][k % 4],
        date: date, evidence: a.name + ' met ' + b.name + '.', evidenceStart: 0, evidenceEnd: 20,
        city: c.name, country: c.country, statementId: s.id, ordinal: k % 10})
CREATE (m)-[:REPORTED_IN]->(s), (m)-[:HELD_IN]->(c), (m)-[:DISCUSSED]->(t1)
MERGE (m)-[:DISCUSSED]->(t2)
CREATE (a)-[:ATTENDED {title: 'Minister', organization: ga.name}]->(m)
CREATE (b)-[:ATTENDED {title: 'Minister', organization: gb.name}]->(m)
CREATE (a)-[:MEETING {meetingId: m.id, date: date, kind: m.kind}]->(b)`,
			map[string]any{"start": int64(start), "end": int64(end), "orgs": int64(orgs), "perOrg": int64(perOrg)})
	}
}

// MustQuery fails tb unless the condition query returns true; a tiny
// assertion helper for fixtures.
func MustQuery(tb testing.TB, d neo4j.DriverWithContext, cypher string) {
	tb.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil || len(res.Records) == 0 {
		tb.Fatalf("fixture check %q: %v", cypher, err)
	}
	if ok, _ := res.Records[0].Values[0].(bool); !ok {
		tb.Fatalf("fixture check failed: %s", fmt.Sprint(cypher))
	}
}
