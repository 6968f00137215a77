package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/store"
)

// loaderIngester writes statements given to the ingestStatement mutation
// through the same loader as "diplograph load": extraction, entity
// resolution and the batched writes.
type loaderIngester struct {
	st *store.Store
	// One at a time: the loader resolves new officials against the ones
	// already stored, which two concurrent loads could both miss.
	mu sync.Mutex
}

func newIngester(st *store.Store) graph.Ingester { return &loaderIngester{st: st} }

// IngestStatement hands the statement to the loader as a one-record JSONL
// input (which carries title, url and published) and reports the meetings
// stored for it.
func (l *loaderIngester) IngestStatement(ctx context.Context, in graph.IngestInput) (graph.IngestOutput, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	dir, err := os.MkdirTemp("", "diplograph-ingest-")
	if err != nil {
		return graph.IngestOutput{}, fmt.Errorf("ingest: %w", err)
	}
	defer os.RemoveAll(dir)
	rec := map[string]any{"text": in.Text}
	for k, v := range map[string]string{"title": in.Title, "url": in.URL, "published": in.Published} {
		if v != "" {
			rec[k] = v
		}
	}
	line, err := json.Marshal(rec)
	if err != nil {
		return graph.IngestOutput{}, fmt.Errorf("ingest: %w", err)
	}
	path := filepath.Join(dir, "statement.jsonl")
	if err := os.WriteFile(path, append(line, '\n'), 0o600); err != nil {
		return graph.IngestOutput{}, fmt.Errorf("ingest: %w", err)
	}
	sum, err := loader.Load(ctx, l.st, []string{path}, nil, loader.Options{Workers: 1})
	if err != nil {
		return graph.IngestOutput{}, fmt.Errorf("ingest: %w", err)
	}
	if len(sum.SkippedInputs) > 0 {
		return graph.IngestOutput{Skipped: sum.SkippedInputs[0].Reason}, nil
	}
	id := "statement:" + loader.StatementHash(in.URL, in.Text)
	found, err := l.st.StatementsByID(ctx, []string{id})
	if err != nil {
		return graph.IngestOutput{}, fmt.Errorf("ingest: %w", err)
	}
	if _, ok := found[id]; !ok {
		return graph.IngestOutput{Skipped: "the statement was read but not stored"}, nil
	}
	ms, err := l.st.MeetingsOf(ctx, store.RelStatement, []string{id}, store.OldestFirst, store.Page{Limit: 1000})
	if err != nil {
		return graph.IngestOutput{}, fmt.Errorf("ingest: %w", err)
	}
	out := graph.IngestOutput{StatementID: id}
	for _, m := range ms[id] {
		out.MeetingIDs = append(out.MeetingIDs, m.ID)
	}
	if len(out.MeetingIDs) == 0 {
		out.Skipped = "the statement reports no contact"
	}
	return out, nil
}
