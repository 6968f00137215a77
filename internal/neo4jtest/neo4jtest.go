// Package neo4jtest connects integration tests to the Neo4j that
// scripts/neo4j starts.
//
// Tests reach Neo4j through DIPLOGRAPH_TEST_NEO4J_URI (default
// bolt://127.0.0.1:7687), DIPLOGRAPH_TEST_NEO4J_USERNAME (default neo4j),
// DIPLOGRAPH_TEST_NEO4J_PASSWORD (default diplograph) and
// DIPLOGRAPH_TEST_NEO4J_DATABASE. They are separate from the NEO4J_*
// variables on purpose: integration tests wipe the database, so they must
// never follow a NEO4J_URI that points at real data.
//
// When Neo4j is not reachable the test is skipped, except under CI=true,
// where it fails: CI must never pass by skipping the database.
package neo4jtest

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/store"
)

// Config returns the test database settings from the environment.
func Config() store.Config {
	return store.Config{
		URI:      envOr("DIPLOGRAPH_TEST_NEO4J_URI", "bolt://127.0.0.1:7687"),
		Username: envOr("DIPLOGRAPH_TEST_NEO4J_USERNAME", "neo4j"),
		Password: envOr("DIPLOGRAPH_TEST_NEO4J_PASSWORD", "diplograph"),
		Database: os.Getenv("DIPLOGRAPH_TEST_NEO4J_DATABASE"),
	}
}

var (
	openOnce sync.Once
	shared   *store.Store
	openErr  error
)

// MustOpen returns a store connected to the test Neo4j, shared by the tests
// of one package. It skips the test when Neo4j is unreachable, or fails it
// under CI=true.
func MustOpen(tb testing.TB) *store.Store {
	tb.Helper()
	openOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		shared, openErr = store.Open(ctx, Config())
	})
	if openErr != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("integration test needs Neo4j (start it with scripts/neo4j start): %v", openErr)
		}
		tb.Skipf("Neo4j not reachable, skipping integration test (start it with scripts/neo4j start): %v", openErr)
	}
	return shared
}

func envOr(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

// MustEmpty returns the test store with the schema migrated and every node
// deleted, and a context that ends with the test (or after timeout). Tests
// that use it must not run in parallel with other tests of the database.
func MustEmpty(tb testing.TB, timeout time.Duration) (*store.Store, context.Context) {
	tb.Helper()
	st := MustOpen(tb)
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	tb.Cleanup(cancel)
	if err := st.Migrate(ctx); err != nil {
		tb.Fatalf("migrate the test database: %v", err)
	}
	if err := st.DeleteAll(ctx); err != nil {
		tb.Fatalf("empty the test database: %v", err)
	}
	return st, ctx
}
