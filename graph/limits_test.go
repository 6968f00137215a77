package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// nestedQuery has the same shape whatever n: every level below meetings
// goes through a dataloader.
func nestedQuery(n int) string {
	return fmt.Sprintf(`{ meetings(first: %d) { totalCount edges { node { id kind city { name } topics { name }
		statement { title meetings(first: 3) { totalCount } }
		participants { title organization { name }
			official { name posts { title organization { name } }
				counterparts(first: 2) { totalCount edges { node { meetingCount official { name meetings(first: 1) { edges { node { id } } } } } } }
				meetings(first: 2) { edges { node { id date } } } } } } } } }`, n)
}

// TestRoundTripsBoundedByShape checks that a nested query over 50
// meetings costs as many Neo4j round trips as over 5: one per level and
// argument set, not per result.
func TestRoundTripsBoundedByShape(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.SeedGenerated(t, 200, 5, 4)
	h := newHandler(t, s)
	count := func(n int) int64 {
		before := s.RoundTrips()
		r := raw(t, h, nestedQuery(n))
		if len(r.Errors) > 0 {
			t.Fatalf("errors: %+v", r.Errors)
		}
		edges := r.Data["meetings"].(map[string]any)["edges"].([]any)
		if len(edges) != n {
			t.Fatalf("got %d meetings, want %d", len(edges), n)
		}
		return s.RoundTrips() - before
	}
	small, large := count(5), count(50)
	t.Logf("round trips: %d for 5 meetings, %d for 50", small, large)
	// meetings page + count, city, topics, statement, statement meetings
	// count, participants, posts, counterparts page (with the
	// counterparts' meetings page) + count, official meetings page.
	// Look-ahead loads each
	// level for all its parents before their resolvers run, so the count
	// is exact: no batch window can split a level. An N+1 resolver would
	// take hundreds here.
	const want = 11
	if small != want || large != want {
		t.Errorf("5 meetings took %d round trips, 50 took %d; want %d each", small, large, want)
	}
}

// TestOfficialCounterpartsInOneRoundTrip checks that an official's
// counterparts and their meetings (the read-path benchmark's nested query)
// come back with the official's lookup in a single query.
func TestOfficialCounterpartsInOneRoundTrip(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.SeedGenerated(t, 200, 5, 4)
	h := newHandler(t, s)
	for _, q := range []string{
		`{ official(name: "Official 0-0") { name counterparts(first: 3) { edges { node { meetingCount official { name meetings(first: 2) { edges { node { date kind } } } } } } } } }`,
		`{ official(id: "official:gen-0-0") { counterparts { edges { node { official { name } } } } } }`,
	} {
		before := s.RoundTrips()
		r := raw(t, h, q)
		if len(r.Errors) > 0 {
			t.Fatalf("errors: %+v", r.Errors)
		}
		edges := r.Data["official"].(map[string]any)["counterparts"].(map[string]any)["edges"].([]any)
		if len(edges) == 0 {
			t.Fatalf("%s: no counterparts", q)
		}
		if n := s.RoundTrips() - before; n != 1 {
			t.Errorf("%s: %d round trips, want 1", q, n)
		}
	}
}

// TestConnectionPageAndCountInOneRoundTrip checks that a nested meetings
// connection asking for edges and totalCount reads both in one query.
func TestConnectionPageAndCountInOneRoundTrip(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.SeedGenerated(t, 200, 5, 4)
	h := newHandler(t, s)
	before := s.RoundTrips()
	r := raw(t, h, `{ organization(name: "Avaloria") { meetings(first: 3) { totalCount edges { node { id } } } } }`)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	ms := r.Data["organization"].(map[string]any)["meetings"].(map[string]any)
	if ms["totalCount"].(float64) < 3 || len(ms["edges"].([]any)) != 3 {
		t.Fatalf("meetings: %v", ms)
	}
	// The lookup, then page and count together.
	if n := s.RoundTrips() - before; n != 2 {
		t.Errorf("%d round trips, want 2", n)
	}
}

func deepQuery(depth int) string {
	var b strings.Builder
	b.WriteString(`{ official(name: "x") { `)
	d := 1
	for d < depth {
		b.WriteString(`counterparts { edges { node { official { `)
		d += 4
	}
	b.WriteString("name")
	b.WriteString(strings.Repeat(" } } } }", (d-1)/4))
	b.WriteString(" } }")
	return b.String()
}

func aliasQuery(n int) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: meetings(first: 100) { totalCount } ", i)
	}
	b.WriteString("}")
	return b.String()
}

// TestHostileQueriesRefused checks that queries built to overload the
// server are refused quickly, with a clear error, before Neo4j is asked
// anything.
func TestHostileQueriesRefused(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	h := newHandler(t, s)
	tests := []struct {
		name, query, msg string
	}{
		{"depth 30", deepQuery(30), "nested deeper than the limit"},
		{"1000 aliases", aliasQuery(1000), "token limit"},
		{"200 aliases under the token limit", aliasQuery(200), "complexity"},
		{"first one billion", `{ meetings(first: 1000000000) { totalCount } }`, "first must be between 0 and 100"},
		{"all at once", strings.TrimSuffix(aliasQuery(1000), "}") + ` deep: ` + strings.TrimPrefix(deepQuery(30), "{ ") + ` big: meetings(first: 1000000000) { totalCount } }`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := s.RoundTrips()
			start := time.Now()
			r := raw(t, h, tt.query)
			took := time.Since(start)
			if len(r.Errors) == 0 {
				t.Fatalf("not refused: %v", r.Data)
			}
			if !strings.Contains(r.Errors[0].Message, tt.msg) {
				t.Errorf("error %q does not say %q", r.Errors[0].Message, tt.msg)
			}
			if n := s.RoundTrips() - before; n != 0 {
				t.Errorf("hostile query made %d round trips to Neo4j", n)
			}
			if took > 200*time.Millisecond {
				t.Errorf("refusing took %v", took)
			}
			t.Logf("refused in %v: %s", took, r.Errors[0].Message)
		})
	}
}
