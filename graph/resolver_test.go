package graph_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/store"
	"github.com/google/go-cmp/cmp"
)

// ExampleQuery is DESIGN.md section 5, verbatim.
const exampleQuery = `{ meetings(where: {between: ["China", "NATO"]}, first: 10) {
    totalCount
    edges { node { date kind city { name } participants { official { name } title organization { name } }
                   topics { name } statement { title } } } } }`

var testLog io.Writer = io.Discard

func newHandler(tb testing.TB, s *store.Store) http.Handler {
	tb.Helper()
	return graph.NewHandler(graph.Options{Store: s, Logger: slog.New(slog.NewTextHandler(testLog, nil))})
}

// post runs query through the handler and returns the decoded data.
func post(t *testing.T, h http.Handler, query string) any {
	t.Helper()
	var data any
	if err := client.New(h).Post(query, &data); err != nil {
		t.Fatalf("query failed: %v\n%s", err, query)
	}
	return data
}

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad expected JSON: %v\n%s", err, s)
	}
	return v
}

func TestExampleQuery(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.Seed(t)
	h := newHandler(t, s)
	got := post(t, h, exampleQuery)
	want := decode(t, `{"meetings": {"totalCount": 1, "edges": [{"node": {
		"date": "2020-02-14", "kind": "MEETING", "city": {"name": "Munich"},
		"participants": [
			{"official": {"name": "Wang Yi"}, "title": "State Councilor and Foreign Minister", "organization": {"name": "China"}},
			{"official": {"name": "Jens Stoltenberg"}, "title": "Secretary General", "organization": {"name": "NATO"}}],
		"topics": [{"name": "Afghanistan"}, {"name": "COVID-19"}, {"name": "Iraq"}, {"name": "Middle East"}, {"name": "arms control"}],
		"statement": {"title": "`+graphtest.SeedTitle+`"}}}]}}`)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("example query (-want +got):\n%s", d)
	}
}

// TestQueries runs one query per feature against the fixture (see
// graphtest) and compares the whole answer.
func TestQueries(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.Seed(t)
	h := newHandler(t, s)
	seedOnly := `{"meetings": {"totalCount": 1, "edges": [{"node": {"id": "meeting:s0:0"}}]}}`
	tests := []struct {
		name, query, want string
	}{
		{"between aliases", `{ meetings(where: {between: ["PRC", "North Atlantic Treaty Organization"]}) { totalCount edges { node { id } } } }`, seedOnly},
		{"between side and official", `{ meetings(where: {between: ["Chinese side", "Jens Stoltenberg"]}) { totalCount edges { node { id } } } }`, seedOnly},
		{"between official and organization reversed", `{ meetings(where: {between: ["nato", "Wang Yi"]}) { totalCount edges { node { id } } } }`, seedOnly},
		{"between same side twice", `{ meetings(where: {between: ["China", "China"]}) { totalCount } }`, `{"meetings": {"totalCount": 0}}`},
		{"participant newest first", `{ meetings(where: {participant: "Maas"}) { totalCount edges { node { id date } } } }`,
			`{"meetings": {"totalCount": 2, "edges": [{"node": {"id": "meeting:s1:0", "date": "2021-05-06"}}, {"node": {"id": "meeting:s0:1", "date": "2020-02-15"}}]}}`},
		{"participant oldest first", `{ meetings(where: {participant: "Heiko Maas"}, orderBy: DATE_ASC) { edges { node { id } } } }`,
			`{"meetings": {"edges": [{"node": {"id": "meeting:s0:1"}}, {"node": {"id": "meeting:s1:0"}}]}}`},
		{"organization", `{ meetings(where: {organization: "Germany"}) { totalCount } }`, `{"meetings": {"totalCount": 2}}`},
		{"city alias", `{ meetings(where: {city: "München"}) { totalCount } }`, `{"meetings": {"totalCount": 2}}`},
		{"country", `{ meetings(where: {country: "germany"}) { totalCount } }`, `{"meetings": {"totalCount": 2}}`},
		{"topic and kind", `{ meetings(where: {topic: "Afghanistan", kind: PHONE_CALL}) { edges { node { id kind } } } }`,
			`{"meetings": {"edges": [{"node": {"id": "meeting:s1:0", "kind": "PHONE_CALL"}}]}}`},
		{"date range by month", `{ meetings(where: {from: "2020-02", to: "2020-02-14"}) { edges { node { id } } } }`, `{"meetings": {"edges": [{"node": {"id": "meeting:s0:0"}}]}}`},
		{"date range by year", `{ meetings(where: {from: "2021", to: "2021"}) { totalCount } }`, `{"meetings": {"totalCount": 1}}`},
		{"text", `{ meetings(where: {text: "phone"}) { edges { node { id } } } }`, `{"meetings": {"edges": [{"node": {"id": "meeting:s1:0"}}]}}`},
		{"text with Lucene operators", `{ meetings(where: {text: "arms) (control:"}) { totalCount } }`, `{"meetings": {"totalCount": 2}}`},
		{"pagination", `{ meetings(first: 1, after: "b2Zmc2V0OjA=") { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
			`{"meetings": {"totalCount": 3, "edges": [{"cursor": "b2Zmc2V0OjE=", "node": {"id": "meeting:s0:1"}}], "pageInfo": {"hasNextPage": true, "hasPreviousPage": true, "startCursor": "b2Zmc2V0OjE=", "endCursor": "b2Zmc2V0OjE="}}}`},
		{"pagination with a side: page and count in one query", `{ meetings(where: {participant: "Maas"}, first: 1, after: "b2Zmc2V0OjA=") { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`,
			`{"meetings": {"totalCount": 2, "edges": [{"node": {"id": "meeting:s0:1"}}], "pageInfo": {"hasNextPage": false, "hasPreviousPage": true}}}`},
		{"sides of punctuation and Lucene syntax", `{ a: meetings(where: {between: ["-", "NATO"]}) { totalCount } b: meetings(where: {between: ["\\\"Wang", "NATO*"]}) { totalCount } c: meetings(where: {participant: "Wang Yi OR"}) { totalCount } }`,
			`{"a": {"totalCount": 0}, "b": {"totalCount": 0}, "c": {"totalCount": 0}}`},
		{"an official by surname alias and id", `{ a: meetings(where: {between: ["wang", "nato"]}) { totalCount } b: meetings(where: {between: ["official:wang-yi", "Jens Stoltenberg"]}) { totalCount } }`,
			`{"a": {"totalCount": 1}, "b": {"totalCount": 1}}`},
		{"a side matching nothing", `{ meetings(where: {between: ["Atlantis", "NATO"]}) { totalCount edges { node { id } } } }`, `{"meetings": {"totalCount": 0, "edges": []}}`},
		{"meeting by id with evidence", `{ meeting(id: "meeting:s1:0") { kind dateText atRequestOf country city { name } evidence { start end } statement { url publisher published } } }`,
			`{"meeting": {"kind": "PHONE_CALL", "dateText": "today", "atRequestOf": null, "country": null, "city": null, "evidence": {"start": 0, "end": 104}, "statement": {"url": "https://example.org/s1", "publisher": "Federal Foreign Office", "published": "2021-05-06"}}}`},
		{"meeting not found", `{ meeting(id: "meeting:nope") { id } }`, `{"meeting": null}`},
		{"official by alias with posts and counterparts", `{ official(name: "wang") { id posts { title organization { name } firstSeen lastSeen } counterparts { totalCount edges { node { official { name } meetingCount lastMet } } } meetings(first: 1) { totalCount edges { node { id } } } } }`,
			`{"official": {"id": "official:wang-yi", "posts": [{"title": "State Councilor and Foreign Minister", "organization": {"name": "China"}, "firstSeen": "2020-02-14", "lastSeen": "2020-02-15"}],
			  "counterparts": {"totalCount": 2, "edges": [{"node": {"official": {"name": "Heiko Maas"}, "meetingCount": 1, "lastMet": "2020-02-15"}}, {"node": {"official": {"name": "Jens Stoltenberg"}, "meetingCount": 1, "lastMet": "2020-02-14"}}]},
			  "meetings": {"totalCount": 2, "edges": [{"node": {"id": "meeting:s0:1"}}]}}}`},
		{"official not found", `{ official(name: "Nobody") { id } }`, `{"official": null}`},
		{"organization by acronym", `{ organization(name: "north atlantic treaty organization") { id acronym kind officials { totalCount edges { node { name } } } meetings { totalCount } } }`,
			`{"organization": {"id": "org:nato", "acronym": "NATO", "kind": "international", "officials": {"totalCount": 1, "edges": [{"node": {"name": "Jens Stoltenberg"}}]}, "meetings": {"totalCount": 1}}}`},
		{"city and topic by id", `{ city(id: "city:germany:munich") { name country meetings { totalCount } } topic(name: "novel coronavirus") { name meetings { edges { node { id } } } } }`,
			`{"city": {"name": "Munich", "country": "Germany", "meetings": {"totalCount": 2}}, "topic": {"name": "COVID-19", "meetings": {"edges": [{"node": {"id": "meeting:s0:1"}}, {"node": {"id": "meeting:s0:0"}}]}}}`},
		{"statement by id", `{ statement(id: "statement:s0") { title meetings { totalCount } } }`, `{"statement": {"title": "` + graphtest.SeedTitle + `", "meetings": {"totalCount": 2}}}`},
		{"lists", `{ officials(where: {organization: "US"}) { totalCount edges { node { name } } } organizations(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage } } cities(where: {country: "Germany"}) { edges { node { name } } } topics(where: {nameContains: "ARMS"}) { edges { node { name } } } statements(where: {nameContains: "phone"}) { edges { node { id } } } }`,
			`{"officials": {"totalCount": 1, "edges": [{"node": {"name": "Antony Blinken"}}]}, "organizations": {"totalCount": 4, "edges": [{"node": {"name": "China"}}, {"node": {"name": "Germany"}}], "pageInfo": {"hasNextPage": true}},
			  "cities": {"edges": [{"node": {"name": "Munich"}}]}, "topics": {"edges": [{"node": {"name": "arms control"}}]}, "statements": {"edges": [{"node": {"id": "statement:s1"}}]}}`},
		{"contact path through an intermediary", `{ contactPath(from: "Wang Yi", to: "Blinken") { hops officials { name } meetings { id } } }`,
			`{"contactPath": {"hops": 2, "officials": [{"name": "Wang Yi"}, {"name": "Heiko Maas"}, {"name": "Antony Blinken"}], "meetings": [{"id": "meeting:s0:1"}, {"id": "meeting:s1:0"}]}}`},
		{"contact path between organizations", `{ contactPath(from: "PRC", to: "NATO", maxHops: 1) { hops officials { name } } }`,
			`{"contactPath": {"hops": 1, "officials": [{"name": "Wang Yi"}, {"name": "Jens Stoltenberg"}]}}`},
		{"no contact path within hops", `{ contactPath(from: "Wang Yi", to: "Blinken", maxHops: 1) { hops } }`, `{"contactPath": null}`},
		{"meetings over time", `{ byMonth: meetingsOverTime { period count } byYear: meetingsOverTime(interval: YEAR, where: {participant: "Wang Yi"}) { period count } }`,
			`{"byMonth": [{"period": "2020-02", "count": 2}, {"period": "2021-05", "count": 1}], "byYear": [{"period": "2020", "count": 2}]}`},
		{"counterparts with their meetings in one query", `{ official(name: "Wang Yi") { counterparts { edges { node { official { name meetings(orderBy: DATE_ASC, first: 1) { totalCount edges { node { id date } } pageInfo { hasNextPage } } } } } } } }`,
			`{"official": {"counterparts": {"edges": [
			  {"node": {"official": {"name": "Heiko Maas", "meetings": {"totalCount": 2, "edges": [{"node": {"id": "meeting:s0:1", "date": "2020-02-15"}}], "pageInfo": {"hasNextPage": true}}}}},
			  {"node": {"official": {"name": "Jens Stoltenberg", "meetings": {"totalCount": 1, "edges": [{"node": {"id": "meeting:s0:0", "date": "2020-02-14"}}], "pageInfo": {"hasNextPage": false}}}}}]}}}`},
		{"top counterparts", `{ ofOfficial: topCounterparts(official: "Maas") { official { name } meetingCount } ofOrganization: topCounterparts(organization: "China") { official { name } meetingCount lastMet } }`,
			`{"ofOfficial": [{"official": {"name": "Antony Blinken"}, "meetingCount": 1}, {"official": {"name": "Wang Yi"}, "meetingCount": 1}],
			  "ofOrganization": [{"official": {"name": "Heiko Maas"}, "meetingCount": 1, "lastMet": "2020-02-15"}, {"official": {"name": "Jens Stoltenberg"}, "meetingCount": 1, "lastMet": "2020-02-14"}]}`},
		{"top topics and cities", `{ topTopics(first: 2) { topic { name } count } topCities { city { name } count } }`,
			`{"topTopics": [{"topic": {"name": "Afghanistan"}, "count": 2}, {"topic": {"name": "COVID-19"}, "count": 2}], "topCities": [{"city": {"name": "Munich"}, "count": 2}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := post(t, h, tt.query)
			if d := cmp.Diff(decode(t, tt.want), got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestSearch(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.Seed(t)
	h := newHandler(t, s)
	var resp struct {
		Search []struct {
			Kind, ID, Name string
			Score          float64
		}
	}
	client.New(h).MustPost(`{ search(query: "Stoltenberg") { kind id name score } }`, &resp)
	kinds := map[string]bool{}
	for _, hit := range resp.Search {
		if hit.Score <= 0 {
			t.Errorf("hit %s has score %v", hit.ID, hit.Score)
		}
		kinds[hit.Kind+" "+hit.ID] = true
	}
	for _, want := range []string{"OFFICIAL official:jens-stoltenberg", "STATEMENT statement:s0"} {
		if !kinds[want] {
			t.Errorf("search Stoltenberg: no hit %s in %+v", want, resp.Search)
		}
	}
}

// gqlResponse is a raw GraphQL answer with its errors.
type gqlResponse struct {
	Status int
	Data   map[string]any
	Errors []struct {
		Message    string
		Path       []any
		Extensions map[string]any
	}
}

func raw(t *testing.T, h http.Handler, query string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	var r gqlResponse
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatalf("decode %q: %v", w.Body.String(), err)
	}
	r.Status = w.Code
	return r
}

// TestErrors checks the error shape: bad arguments are BAD_USER_INPUT
// with the field's path, and none of them reaches Neo4j.
func TestErrors(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	h := newHandler(t, s)
	tests := []struct {
		name, query, code, path, msg string
	}{
		{"first too large", `{ meetings(first: 101) { totalCount } }`, "BAD_USER_INPUT", "meetings", "first must be between 0 and 100"},
		{"negative first", `{ topTopics(first: -1) { count } }`, "BAD_USER_INPUT", "topTopics", "first must be between 0 and 100"},
		{"between one name", `{ meetings(where: {between: ["China"]}) { totalCount } }`, "BAD_USER_INPUT", "meetings", "exactly two"},
		{"bad date", `{ meetings(where: {from: "14 Feb 2020"}) { totalCount } }`, "BAD_USER_INPUT", "meetings", "is not a date"},
		{"bad cursor", `{ meetings(after: "nope") { totalCount } }`, "BAD_USER_INPUT", "meetings", "not a cursor"},
		{"lookup without arguments", `{ official { id } }`, "BAD_USER_INPUT", "official", "give id or name"},
		{"maxHops", `{ contactPath(from: "a", to: "b", maxHops: 9) { hops } }`, "BAD_USER_INPUT", "contactPath", "maxHops"},
		{"nested first", `{ official(id: "x") { meetings(first: 500) { totalCount } } }`, "", "", ""},
		{"counterparts of both", `{ topCounterparts(official: "a", organization: "b") { meetingCount } }`, "BAD_USER_INPUT", "topCounterparts", "exactly one"},
		{"mutation without key", `mutation { ingestStatement(text: "x") { skipped } }`, "UNAUTHENTICATED", "ingestStatement", "API key"},
		{"unknown field", `{ meetings { nope } }`, "GRAPHQL_VALIDATION_FAILED", "", "Cannot query field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.code == "" {
				t.Skip("covered by the resolver of a found parent")
			}
			before := s.RoundTrips()
			r := raw(t, h, tt.query)
			if len(r.Errors) == 0 {
				t.Fatalf("no error; data %v", r.Data)
			}
			e := r.Errors[0]
			if e.Extensions["code"] != tt.code {
				t.Errorf("code %v, want %s (%s)", e.Extensions["code"], tt.code, e.Message)
			}
			if !strings.Contains(e.Message, tt.msg) {
				t.Errorf("message %q does not say %q", e.Message, tt.msg)
			}
			if tt.path != "" && (len(e.Path) == 0 || e.Path[0] != tt.path) {
				t.Errorf("path %v, want [%s]", e.Path, tt.path)
			}
			if n := s.RoundTrips() - before; n != 0 {
				t.Errorf("refused query made %d Neo4j round trips", n)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestUndatedMeetingsComeLast checks the order of all meetings, which the
// store reads through the date index and then, past the dated ones, the
// undated: newest or oldest first, undated last, and pages across the
// boundary.
func TestUndatedMeetingsComeLast(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.Seed(t)
	graphtest.Exec(t, graphtest.Driver(t), `CREATE (:Meeting {id: 'meeting:s9:0', name: 'undated', kind: 'talks'})`, nil)
	h := newHandler(t, s)
	ids := func(q string) []string {
		t.Helper()
		r := raw(t, h, q)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %+v", q, r.Errors)
		}
		var out []string
		for _, e := range r.Data["meetings"].(map[string]any)["edges"].([]any) {
			out = append(out, e.(map[string]any)["node"].(map[string]any)["id"].(string))
		}
		return out
	}
	tests := []struct {
		name, query string
		want        []string
	}{
		{"newest first", `{ meetings { edges { node { id } } } }`, []string{"meeting:s1:0", "meeting:s0:1", "meeting:s0:0", "meeting:s9:0"}},
		{"oldest first", `{ meetings(orderBy: DATE_ASC) { edges { node { id } } } }`, []string{"meeting:s0:0", "meeting:s0:1", "meeting:s1:0", "meeting:s9:0"}},
		{"page across the boundary", `{ meetings(first: 2, after: "` + cursorAt(1) + `") { edges { node { id } } } }`, []string{"meeting:s0:0", "meeting:s9:0"}},
		{"page past the dated", `{ meetings(first: 2, after: "` + cursorAt(2) + `") { edges { node { id } } } }`, []string{"meeting:s9:0"}},
		{"page past the end", `{ meetings(first: 2, after: "` + cursorAt(3) + `") { edges { node { id } } } }`, nil},
		{"filtered", `{ meetings(where: {kind: TALKS}) { edges { node { id } } } }`, []string{"meeting:s0:1", "meeting:s9:0"}},
		{"a date range leaves the undated out", `{ meetings(where: {from: "2000"}, orderBy: DATE_ASC, first: 5, after: "` + cursorAt(1) + `") { edges { node { id } } } }`, []string{"meeting:s1:0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, ids(tt.query)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// cursorAt is the cursor of the row at offset i, as the API encodes it.
func cursorAt(i int) string {
	return base64.StdEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(i)))
}
