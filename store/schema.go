package store

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaStatements create the constraints and indexes of the graph model
// (see the package doc). Each is idempotent (IF NOT EXISTS), so Migrate can
// run at every start of load and serve.
var schemaStatements = []struct{ name, cypher string }{
	// Uniqueness of id, which every MERGE relies on; each also creates the
	// range index that makes lookups by id fast.
	{"official_id", `CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE`},
	{"organization_id", `CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE`},
	{"city_id", `CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE`},
	{"topic_id", `CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE`},
	{"statement_id", `CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE`},
	{"meeting_id", `CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE`},

	// Range indexes for the filters the API offers and the loader's lookups
	// (corrections by url, unchanged statements by contentHash).
	{"meeting_date", `CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)`},
	{"meeting_kind", `CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind)`},
	{"official_name", `CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name)`},
	{"organization_name", `CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)`},
	{"city_name", `CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name)`},
	{"topic_name", `CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name)`},
	{"statement_url", `CREATE INDEX statement_url IF NOT EXISTS FOR (n:Statement) ON (n.url)`},
	{"statement_content_hash", `CREATE INDEX statement_content_hash IF NOT EXISTS FOR (n:Statement) ON (n.contentHash)`},

	// Full-text search. Full-text indexes cannot index lists, so entities
	// also carry their aliases joined in one string, aliasText.
	{"statementText", `CREATE FULLTEXT INDEX statementText IF NOT EXISTS FOR (n:Statement) ON EACH [n.title, n.text]`},
	{"entityNames", `CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Official|Organization|City|Topic) ON EACH [n.name, n.aliasText]`},
}

// SchemaNames returns the names of the constraints and indexes Migrate
// creates, in the order it creates them.
func SchemaNames() []string {
	names := make([]string, len(schemaStatements))
	for i, s := range schemaStatements {
		names[i] = s.name
	}
	return names
}

const cypherAwaitIndexes = `CALL db.awaitIndexes(300)`

// Migrate creates the constraints and indexes of the graph model when they
// do not exist yet, and waits until the indexes are online. It is
// idempotent. Errors wrap the Neo4j error and name the object that failed.
func (s *Store) Migrate(ctx context.Context) error {
	// Schema changes cannot share a transaction with each other's data, so
	// each runs in its own.
	for _, st := range schemaStatements {
		err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			res, err := s.run(ctx, tx, st.cypher, nil)
			if err != nil {
				return err
			}
			_, err = res.Consume(ctx)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate: create %s: %w", st.name, err)
		}
	}
	if _, err := s.read(ctx, cypherAwaitIndexes, nil); err != nil {
		return fmt.Errorf("migrate: wait for indexes: %w", err)
	}
	return nil
}

// SchemaObject is one constraint or index in the database.
type SchemaObject struct {
	Kind string // "constraint" or "index"
	Name string
	Type string // UNIQUENESS, RANGE, FULLTEXT, LOOKUP, ...
}

const (
	cypherShowConstraints = `SHOW CONSTRAINTS YIELD name, type RETURN name, type`
	// Indexes that back a constraint are listed with their constraint.
	cypherShowIndexes = `SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL RETURN name, type`
)

// SchemaObjects lists the database's constraints and the indexes that do
// not back a constraint, sorted by kind and name.
func (s *Store) SchemaObjects(ctx context.Context) ([]SchemaObject, error) {
	var out []SchemaObject
	for _, q := range []struct{ kind, cypher string }{
		{"constraint", cypherShowConstraints},
		{"index", cypherShowIndexes},
	} {
		recs, err := s.read(ctx, q.cypher, nil)
		if err != nil {
			return nil, fmt.Errorf("list schema %ss: %w", q.kind, err)
		}
		for _, r := range recs {
			name, _ := r.Get("name")
			typ, _ := r.Get("type")
			out = append(out, SchemaObject{Kind: q.kind, Name: asString(name), Type: asString(typ)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

func asString(v any) string {
	s, _ := v.(string)
	return s
}
