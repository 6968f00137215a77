package store

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Config says how to reach Neo4j.
type Config struct {
	URI      string // bolt://, neo4j://, neo4j+s:// ...
	Username string
	Password string
	Database string // "" means the server's default database
}

// Store is a connection pool to one Neo4j database. It is safe for
// concurrent use.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	uri      string

	roundTrips atomic.Int64
}

// ErrUnavailable is wrapped by errors returned when Neo4j cannot be reached
// or refuses the credentials.
var ErrUnavailable = errors.New("neo4j unavailable")

// Open connects to Neo4j and verifies the connection and the credentials.
// Errors wrap ErrUnavailable and name the URI.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.MaxConnectionPoolSize = 64
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		c.SocketConnectTimeout = 5 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrUnavailable, cfg.URI, err)
	}
	s := &Store{driver: driver, database: cfg.Database, uri: cfg.URI}
	if err := s.Ping(ctx); err != nil {
		_ = driver.Close(ctx)
		return nil, err
	}
	return s, nil
}

// Close releases the connection pool.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// URI returns the URI the store was opened with.
func (s *Store) URI() string { return s.uri }

// Ping checks that Neo4j answers and accepts the credentials. Errors wrap
// ErrUnavailable.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrUnavailable, s.uri, err)
	}
	return nil
}

// RoundTrips returns how many queries the store has sent to Neo4j since it
// was opened. Tests use it to check that request handling stays bounded.
func (s *Store) RoundTrips() int64 { return s.roundTrips.Load() }

// read runs one Cypher query in a managed read transaction and returns its
// records. The transaction timeout follows ctx's deadline, so a request
// timeout reaches the server.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead, DatabaseName: s.database})
	defer session.Close(ctx)
	res, err := session.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		s.roundTrips.Add(1)
		r, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return r.Collect(ctx)
	}, txTimeout(ctx))
	if err != nil {
		return nil, err
	}
	return res.([]*neo4j.Record), nil
}

// write runs work in one managed write transaction (retried on transient
// errors by the driver); everything work does commits together or not at
// all.
func (s *Store) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) error) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite, DatabaseName: s.database})
	defer session.Close(ctx)
	_, err := session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(tx)
	}, txTimeout(ctx))
	return err
}

// run sends one query inside a transaction opened by write and counts it.
func (s *Store) run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (neo4j.ResultWithContext, error) {
	s.roundTrips.Add(1)
	return tx.Run(ctx, cypher, params)
}

// txTimeout passes ctx's remaining time to Neo4j as the transaction timeout.
func txTimeout(ctx context.Context) func(*neo4j.TransactionConfig) {
	return func(c *neo4j.TransactionConfig) {
		if d, ok := ctx.Deadline(); ok {
			if left := time.Until(d); left > 0 {
				c.Timeout = left
			} else {
				c.Timeout = time.Millisecond
			}
		}
	}
}
