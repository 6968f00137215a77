package main

import (
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/store"
)

// newIngester returns what ingestStatement writes with. Until the loader
// offers a one-statement entry point it is nil, and the mutation answers
// that writes are disabled.
func newIngester(_ *store.Store) graph.Ingester { return nil }
