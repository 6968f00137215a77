package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/server"
	"github.com/google/go-cmp/cmp"
)

// TestIngestStatementThroughLoader sends the seed statement to the
// ingestStatement mutation of a server wired to the real loader (no fake):
// extraction, entity resolution and the batched writes run, the answer
// names the meeting written, the example query then finds it by
// DESIGN.md's names, a second ingest of the same text writes nothing new,
// and a text that reports no contact is skipped with a reason.
func TestIngestStatementThroughLoader(t *testing.T) {
	st := neo4jtest.MustOpen(t)
	graphtest.Reset(t, graphtest.Driver(t))
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../../demo/seed/000.txt")
	if err != nil {
		t.Fatal(err)
	}
	srv := server.New(server.Config{
		Store: st, Ingester: newIngester(st), APIKey: "sekrit",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	query := func(q string, vars map[string]any) map[string]any {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-API-Key", "sekrit")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, req)
		var r struct {
			Data   map[string]any
			Errors []any
		}
		if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || len(r.Errors) > 0 {
			t.Fatalf("%s: status %d: %s", q, w.Code, w.Body.String())
		}
		return r.Data
	}
	const ingest = `mutation($text: String!, $title: String) { ingestStatement(text: $text, title: $title) {
		statementId skipped meetings { date kind city { name } participants { official { name } organization { name } } } } }`
	vars := map[string]any{"text": string(seed), "title": graphtest.SeedTitle}

	got := query(ingest, vars)["ingestStatement"].(map[string]any)
	if got["skipped"] != nil || got["statementId"] == nil {
		t.Fatalf("ingest: %v", got)
	}
	ms := got["meetings"].([]any)
	if len(ms) != 1 {
		t.Fatalf("ingest wrote %d meetings, want 1: %v", len(ms), ms)
	}
	want := map[string]any{
		"date": "2020-02-14", "kind": "MEETING", "city": map[string]any{"name": "Munich"},
		"participants": []any{
			map[string]any{"official": map[string]any{"name": "Wang Yi"}, "organization": map[string]any{"name": "China"}},
			map[string]any{"official": map[string]any{"name": "Jens Stoltenberg"}, "organization": map[string]any{"name": "NATO"}},
		},
	}
	if d := cmp.Diff(want, ms[0]); d != "" {
		t.Errorf("ingested meeting (-want +got):\n%s", d)
	}

	const example = `{ meetings(where: {between: ["PRC", "North Atlantic Treaty Organization"]}) { totalCount edges { node { statement { title } } } } }`
	wantExample := map[string]any{"meetings": map[string]any{"totalCount": float64(1), "edges": []any{
		map[string]any{"node": map[string]any{"statement": map[string]any{"title": graphtest.SeedTitle}}}}}}
	if d := cmp.Diff(wantExample, query(example, nil)); d != "" {
		t.Errorf("example query after ingest (-want +got):\n%s", d)
	}

	again := query(ingest, vars)["ingestStatement"].(map[string]any)
	if again["statementId"] != got["statementId"] || len(again["meetings"].([]any)) != 1 {
		t.Errorf("second ingest: %v, first: %v", again, got)
	}
	if d := cmp.Diff(wantExample, query(example, nil)); d != "" {
		t.Errorf("example query after a second ingest (-want +got):\n%s", d)
	}

	none := query(ingest, map[string]any{"text": "The spokesperson said the weather in Beijing was fine and took no questions."})["ingestStatement"].(map[string]any)
	if none["skipped"] == nil || len(none["meetings"].([]any)) != 0 {
		t.Errorf("statement without a contact: %v, want skipped with no meetings", none)
	}
}
