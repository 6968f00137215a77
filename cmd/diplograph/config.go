package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/store"
)

// newFlagSet returns a FlagSet for one subcommand whose -h prints the
// command's usage line, the description and its flags.
func newFlagSet(name, argsUsage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: diplograph %s [flags] %s\n\nFlags:\n", name, argsUsage)
		fs.PrintDefaults()
	}
	return fs
}

// neo4jFlags registers the Neo4j connection flags on fs, defaulting from the
// NEO4J_* environment variables, and returns the config they fill.
func neo4jFlags(fs *flag.FlagSet, env func(string) string) *store.Config {
	cfg := &store.Config{}
	fs.StringVar(&cfg.URI, "neo4j-uri", envOr(env, "NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI (bolt://, neo4j://, neo4j+s://) [$NEO4J_URI]")
	fs.StringVar(&cfg.Username, "neo4j-username", envOr(env, "NEO4J_USERNAME", "neo4j"), "Neo4j user; empty for no authentication [$NEO4J_USERNAME]")
	fs.StringVar(&cfg.Password, "neo4j-password", envOr(env, "NEO4J_PASSWORD", "diplograph"), "Neo4j password [$NEO4J_PASSWORD]")
	fs.StringVar(&cfg.Database, "neo4j-database", env("NEO4J_DATABASE"), "Neo4j database; empty for the server's default [$NEO4J_DATABASE]")
	return cfg
}

// validateNeo4j checks the settings before anything dials.
func validateNeo4j(cfg *store.Config) error {
	if cfg.URI == "" {
		return fmt.Errorf("%w: -neo4j-uri (or NEO4J_URI) is empty", errUsage)
	}
	scheme, _, ok := strings.Cut(cfg.URI, "://")
	if !ok {
		return fmt.Errorf("%w: NEO4J_URI %q has no scheme; use bolt://host:7687 or neo4j://host", errUsage, cfg.URI)
	}
	switch scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("%w: NEO4J_URI scheme %q is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", errUsage, scheme)
	}
	return nil
}

func envOr(env func(string) string, key, fallback string) string {
	if v := env(key); v != "" {
		return v
	}
	return fallback
}

// defaultAddr is where "serve" listens unless -addr or DIPLOGRAPH_ADDR says
// otherwise.
const defaultAddr = ":8080"
