package graph

import (
	"context"

	"github.com/diplograph/diplograph/store"
)

// Ingester writes one statement's contacts to the graph; the server wires
// the loader in. Errors that the caller can fix should be reported in the
// result's Skipped, not as errors.
type Ingester interface {
	IngestStatement(ctx context.Context, in IngestInput) (IngestOutput, error)
}

// IngestInput is a statement given to ingestStatement.
type IngestInput struct {
	Text, Title, URL, Published string
}

// IngestOutput says what ingesting a statement wrote.
type IngestOutput struct {
	StatementID string
	MeetingIDs  []string
	Skipped     string // why nothing was written, if nothing was
}

// Resolver holds the resolvers' dependencies.
type Resolver struct {
	Store    *store.Store
	Ingester Ingester // nil: ingestStatement answers that writes are disabled
}
