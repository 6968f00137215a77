package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store"
)

// serveConfig is what "diplograph serve" runs with.
type serveConfig struct {
	addr           string
	neo4j          *store.Config
	apiKey         string
	corsOrigins    string
	requestTimeout time.Duration
	shutdownGrace  time.Duration
}

func serveFlags(args []string, env func(string) string, stderr io.Writer) (*serveConfig, error) {
	fs := newFlagSet("serve", "", stderr)
	cfg := &serveConfig{neo4j: neo4jFlags(fs, env)}
	fs.StringVar(&cfg.addr, "addr", envOr(env, "DIPLOGRAPH_ADDR", ":8080"), "address to listen on [$DIPLOGRAPH_ADDR]")
	fs.StringVar(&cfg.apiKey, "api-key", env("DIPLOGRAPH_API_KEY"), "API key that mutations need in the X-API-Key header; empty disables mutations [$DIPLOGRAPH_API_KEY]")
	fs.StringVar(&cfg.corsOrigins, "cors-origins", env("DIPLOGRAPH_CORS_ORIGINS"), "comma-separated origins browsers may call the API from, or * [$DIPLOGRAPH_CORS_ORIGINS]")
	timeout := envOr(env, "DIPLOGRAPH_REQUEST_TIMEOUT", "10s")
	grace := envOr(env, "DIPLOGRAPH_SHUTDOWN_GRACE", "20s")
	fs.Func("request-timeout", "time limit of one request, Neo4j included (default 10s) [$DIPLOGRAPH_REQUEST_TIMEOUT]", func(s string) error {
		timeout = s
		return nil
	})
	fs.Func("shutdown-grace", "how long in-flight requests may finish after SIGTERM (default 20s) [$DIPLOGRAPH_SHUTDOWN_GRACE]", func(s string) error {
		grace = s
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, fs.Args())
	}
	var err error
	if cfg.requestTimeout, err = time.ParseDuration(timeout); err != nil || cfg.requestTimeout <= 0 {
		return nil, fmt.Errorf("%w: request timeout %q is not a positive duration (like 10s)", errUsage, timeout)
	}
	if cfg.shutdownGrace, err = time.ParseDuration(grace); err != nil || cfg.shutdownGrace < 0 {
		return nil, fmt.Errorf("%w: shutdown grace %q is not a duration (like 20s)", errUsage, grace)
	}
	if cfg.addr == "" {
		return nil, fmt.Errorf("%w: -addr (or DIPLOGRAPH_ADDR) is empty", errUsage)
	}
	return cfg, validateNeo4j(cfg.neo4j)
}

// runServe connects to Neo4j (failing fast with one line when it cannot),
// creates the schema, and serves until ctx is cancelled (SIGINT/SIGTERM),
// letting in-flight requests finish.
func runServe(ctx context.Context, args []string, env func(string) string, _ io.Reader, _, stderr io.Writer) error {
	cfg, err := serveFlags(args, env, stderr)
	if err != nil {
		return err
	}
	logger := slog.New(slog.NewJSONHandler(stderr, nil))

	octx, cancel := context.WithTimeout(ctx, 30*time.Second)
	st, err := store.Open(octx, *cfg.neo4j)
	cancel()
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer st.Close(context.WithoutCancel(ctx))
	if err := migrate(ctx, st); err != nil {
		return fmt.Errorf("serve: %w", err)
	}

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := server.New(server.Config{
		Store:          st,
		Ingester:       newIngester(st),
		Logger:         logger,
		APIKey:         cfg.apiKey,
		CORSOrigins:    splitList(cfg.corsOrigins),
		RequestTimeout: cfg.requestTimeout,
	})
	logger.Info("listening", "addr", ln.Addr().String(), "neo4j", st.URI(), "mutations", cfg.apiKey != "")
	return srv.Serve(ctx, ln, cfg.shutdownGrace)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// migrate creates the schema (constraints, full-text indexes) that the
// read queries rely on; it is idempotent.
func migrate(ctx context.Context, st *store.Store) error {
	mctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	return st.Migrate(mctx)
}
