package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Labels are the node labels of the graph model, in the order summaries
// list them.
var Labels = []string{"Statement", "Meeting", "Official", "Organization", "City", "Topic"}

// RelTypes are the relationship types of the graph model.
var RelTypes = []string{"MEETING", "ATTENDED", "HELD_IN", "DISCUSSED", "REPORTED_IN", "REPRESENTS"}

const cypherDeleteAll = `
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`

// DeleteAll deletes every node and relationship in the database (the
// schema stays). Integration tests use it to start from an empty graph.
func (s *Store) DeleteAll(ctx context.Context) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: s.database})
	defer session.Close(ctx)
	// CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction.
	s.roundTrips.Add(1)
	res, err := session.Run(ctx, cypherDeleteAll, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("delete all: %w", err)
	}
	return nil
}

// Counts returns how many nodes carry each label of the graph model and how
// many relationships have each type, keyed by label or type.
func (s *Store) Counts(ctx context.Context) (map[string]int64, error) {
	var parts []string
	for _, l := range Labels {
		parts = append(parts, fmt.Sprintf("CALL () { MATCH (n:%s) RETURN count(n) AS %s }", l, l))
	}
	for _, t := range RelTypes {
		parts = append(parts, fmt.Sprintf("CALL () { MATCH ()-[r:%s]->() RETURN count(r) AS %s }", t, t))
	}
	cypher := strings.Join(parts, "\n") + "\nRETURN *"
	recs, err := s.read(ctx, cypher, nil)
	if err != nil {
		return nil, fmt.Errorf("count nodes: %w", err)
	}
	out := map[string]int64{}
	if len(recs) == 1 {
		for i, k := range recs[0].Keys {
			n, _ := recs[0].Values[i].(int64)
			out[k] = n
		}
	}
	return out, nil
}

// KnownOfficial is what the store holds about an official that entity
// resolution needs to recognize them again.
type KnownOfficial struct {
	ID            string
	Name          string
	Aliases       []string
	Organizations []string // names of the organizations they represent; "" when named without one
}

const cypherKnownOfficials = `
MATCH (o:Official)
OPTIONAL MATCH (o)-[:REPRESENTS]->(g:Organization)
WITH o, collect(g.name) AS orgs
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
       orgs + CASE WHEN EXISTS { (o)-[a:ATTENDED]->() WHERE a.organization IS NULL } THEN [''] ELSE [] END AS orgs
ORDER BY id`

// KnownOfficials returns every official in the store with the names they
// are known by and the organizations they represent, sorted by id. The
// loader seeds its entity resolver with them so that a later run resolves
// "Stoltenberg" to the Jens Stoltenberg an earlier run stored.
func (s *Store) KnownOfficials(ctx context.Context) ([]KnownOfficial, error) {
	recs, err := s.read(ctx, cypherKnownOfficials, nil)
	if err != nil {
		return nil, fmt.Errorf("read known officials: %w", err)
	}
	out := make([]KnownOfficial, 0, len(recs))
	for _, r := range recs {
		id, _ := r.Get("id")
		name, _ := r.Get("name")
		aliases, _ := r.Get("aliases")
		orgs, _ := r.Get("orgs")
		out = append(out, KnownOfficial{
			ID: asString(id), Name: asString(name),
			Aliases: asStrings(aliases), Organizations: asStrings(orgs),
		})
	}
	return out, nil
}

const (
	cypherDumpNodes = `
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props`
	cypherDumpRels = `
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`
)

// GraphNode is a node of the graph with all its properties.
type GraphNode struct {
	Labels []string // sorted
	Props  map[string]any
}

// GraphRel is a relationship of the graph with all its properties, its ends
// given by their ids.
type GraphRel struct {
	Type     string
	From, To string
	Props    map[string]any
}

// Graph returns every node and relationship of the database. It is meant
// for tests and small databases.
func (s *Store) Graph(ctx context.Context) ([]GraphNode, []GraphRel, error) {
	var nodes []GraphNode
	var rels []GraphRel
	recs, err := s.read(ctx, cypherDumpNodes, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("dump nodes: %w", err)
	}
	for _, r := range recs {
		labels, _ := r.Get("labels")
		props, _ := r.Get("props")
		l := asStrings(labels)
		sort.Strings(l)
		p, _ := props.(map[string]any)
		nodes = append(nodes, GraphNode{Labels: l, Props: p})
	}
	recs, err = s.read(ctx, cypherDumpRels, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("dump relationships: %w", err)
	}
	for _, r := range recs {
		typ, _ := r.Get("type")
		from, _ := r.Get("from")
		to, _ := r.Get("to")
		props, _ := r.Get("props")
		p, _ := props.(map[string]any)
		rels = append(rels, GraphRel{Type: asString(typ), From: asString(from), To: asString(to), Props: p})
	}
	return nodes, rels, nil
}

// Dump returns every node and relationship of the database as sorted
// lines of text, one per node or relationship with all its properties. Two
// databases with the same graph give the same dump; tests compare them.
func (s *Store) Dump(ctx context.Context) ([]string, error) {
	nodes, rels, err := s.Graph(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(nodes)+len(rels))
	for _, n := range nodes {
		out = append(out, "("+strings.Join(n.Labels, ":")+" "+formatProps(n.Props)+")")
	}
	for _, r := range rels {
		out = append(out, fmt.Sprintf("(%s)-[%s %s]->(%s)", r.From, r.Type, formatProps(r.Props), r.To))
	}
	sort.Strings(out)
	return out, nil
}

func formatProps(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s: %s", k, formatValue(m[k]))
	}
	b.WriteString("}")
	return b.String()
}

func formatValue(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = formatValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case dbtype.Date:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

func asStrings(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, e := range l {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
