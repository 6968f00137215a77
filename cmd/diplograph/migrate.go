package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/store"
)

func runMigrate(ctx context.Context, args []string, env func(string) string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", "", stderr)
	cfg := neo4jFlags(fs, env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: migrate takes no arguments", errUsage)
	}
	if err := validateNeo4j(cfg); err != nil {
		return err
	}
	st, err := openStore(ctx, *cfg)
	if err != nil {
		return err
	}
	defer st.Close(context.WithoutCancel(ctx))
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "migrate: %d constraints and indexes in place on %s\n", len(store.SchemaNames()), cfg.URI)
	return nil
}

// openStore connects to Neo4j and turns a failure into one line that names
// the URI, what failed and what to try.
func openStore(ctx context.Context, cfg store.Config) (*store.Store, error) {
	st, err := store.Open(ctx, cfg)
	if err == nil {
		return st, nil
	}
	if !errors.Is(err, store.ErrUnavailable) {
		return nil, err
	}
	msg := oneLine(strings.TrimPrefix(err.Error(), store.ErrUnavailable.Error()+": "+cfg.URI+": "))
	hint := "is Neo4j running? (scripts/neo4j status; scripts/neo4j start) and is -neo4j-uri (NEO4J_URI) right?"
	low := strings.ToLower(msg)
	if strings.Contains(low, "unauthorized") || strings.Contains(low, "authentication") || strings.Contains(low, "credentials") {
		hint = "check -neo4j-username/-neo4j-password (NEO4J_USERNAME, NEO4J_PASSWORD)"
	}
	return nil, fmt.Errorf("cannot connect to Neo4j at %s as %q: %s; %s", cfg.URI, cfg.Username, msg, hint)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
