package server_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// fakeIngester records calls and takes delay to answer.
type fakeIngester struct {
	delay time.Duration
	mu    sync.Mutex
	calls int
}

func (f *fakeIngester) IngestStatement(ctx context.Context, in graph.IngestInput) (graph.IngestOutput, error) {
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	select {
	case <-time.After(f.delay):
	case <-ctx.Done():
		return graph.IngestOutput{}, ctx.Err()
	}
	return graph.IngestOutput{Skipped: "no contact reported"}, nil
}

type result struct {
	status int
	header http.Header
	body   string
}

func do(t *testing.T, h http.Handler, method, target, body string, headers map[string]string) result {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return result{w.Code, w.Header(), w.Body.String()}
}

func gqlBody(query string) string {
	b, _ := json.Marshal(map[string]string{"query": query})
	return string(b)
}

func TestHTTP(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	graphtest.Seed(t)
	ing := &fakeIngester{}
	srv := server.New(server.Config{
		Store: s, Ingester: ing, Logger: quiet, APIKey: "sekrit",
		CORSOrigins: []string{"https://analyst.example"}, MaxBodyBytes: 4096,
	})
	mutation := gqlBody(`mutation { ingestStatement(text: "Nothing happened.") { skipped } }`)

	tests := []struct {
		name, method, target, body string
		headers                    map[string]string
		status                     int
		contains                   []string
		header                     map[string]string
	}{
		{"healthz", "GET", "/healthz", "", nil, 200, []string{"ok"}, nil},
		{"readyz", "GET", "/readyz", "", nil, 200, []string{"ready"}, nil},
		{"playground redirects to the example query", "GET", "/", "", nil, 302, nil,
			map[string]string{"Location": "/?query=" + url.QueryEscape(server.ExampleQuery)}},
		{"playground page", "GET", "/?query=" + url.QueryEscape(server.ExampleQuery), "", nil, 200,
			[]string{"graphiql", "/graphql", "/playground/graphiql.min.js", "/playground/react-dom.production.min.js", "between"}, nil},
		{"playground script served locally", "GET", "/playground/graphiql.min.js", "", nil, 200, []string{"GraphiQL"},
			map[string]string{"Cache-Control": "public, max-age=86400"}},
		{"playground styles served locally", "GET", "/playground/graphiql.min.css", "", nil, 200, []string{".graphiql-container"}, nil},
		{"no other playground files", "GET", "/playground/SOURCES.md", "", nil, 404, nil, nil},
		{"GET graphql", "GET", "/graphql?query=" + url.QueryEscape("{ __typename }"), "", nil, 200, []string{`{"data":{"__typename":"Query"}}`}, nil},
		{"POST example query", "POST", "/graphql", gqlBody(server.ExampleQuery), nil, 200,
			[]string{`"totalCount":1`, `"Jens Stoltenberg"`, `"Munich"`, graphtest.SeedTitle}, nil},
		{"mutations not over GET", "GET", "/graphql?query=" + url.QueryEscape("mutation { ingestStatement(text: \"x\") { skipped } }"), "", nil, 406, nil, nil},
		{"mutation without key", "POST", "/graphql", mutation, nil, 200, []string{"UNAUTHENTICATED"}, nil},
		{"mutation with wrong key", "POST", "/graphql", mutation, map[string]string{"X-API-Key": "guess"}, 200, []string{"UNAUTHENTICATED"}, nil},
		{"mutation with key", "POST", "/graphql", mutation, map[string]string{"X-API-Key": "sekrit"}, 200, []string{`"skipped":"no contact reported"`}, nil},
		{"mutation with bearer key", "POST", "/graphql", mutation, map[string]string{"Authorization": "Bearer sekrit"}, 200, []string{`"skipped"`}, nil},
		{"CORS preflight allowed", "OPTIONS", "/graphql", "", map[string]string{"Origin": "https://analyst.example", "Access-Control-Request-Method": "POST"}, 204, nil,
			map[string]string{"Access-Control-Allow-Origin": "https://analyst.example"}},
		{"CORS other origin", "POST", "/graphql", gqlBody("{ __typename }"), map[string]string{"Origin": "https://evil.example"}, 200, nil,
			map[string]string{"Access-Control-Allow-Origin": ""}},
		{"body too large", "POST", "/graphql", gqlBody("{ __typename " + strings.Repeat(" ", 5000) + "}"), nil, 413, nil, nil},
		{"internal errors hide details", "POST", "/graphql", gqlBody(`{ meetings(where: {between: ["a", "b"]}) { totalCount } }`), nil, 200, []string{`"totalCount":0`}, nil},
		{"metrics", "GET", "/metrics", "", nil, 200, []string{"diplograph_http_requests_total", "diplograph_http_request_duration_seconds",
			"diplograph_neo4j_round_trips_total", `diplograph_graphql_errors_total{code="UNAUTHENTICATED"} 2`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, srv, tt.method, tt.target, tt.body, tt.headers)
			if r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			for _, c := range tt.contains {
				if !strings.Contains(r.body, c) {
					t.Errorf("body does not contain %q:\n%.600s", c, r.body)
				}
			}
			for k, v := range tt.header {
				if got := r.header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
		})
	}
	if ing.calls != 2 {
		t.Errorf("ingester called %d times, want 2 (only with the key)", ing.calls)
	}
}

// proxy forwards TCP connections to target until closed, so a test can
// make Neo4j disappear and come back.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func startProxy(t *testing.T, addr, target string) *proxy {
	t.Helper()
	var ln net.Listener
	var err error
	for range 50 { // the port may linger briefly after a close
		if ln, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(u, c); u.Close() }()
			go func() { _, _ = io.Copy(c, u); c.Close() }()
		}
	}()
	return p
}

func (p *proxy) close() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
}

// TestReadyzFollowsNeo4j cuts the connection to Neo4j and restores it:
// /readyz fails, then recovers without a restart, while /healthz stays up.
func TestReadyzFollowsNeo4j(t *testing.T) {
	neo4jtest.MustOpen(t)
	cfg := neo4jtest.Config()
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := startProxy(t, "127.0.0.1:0", u.Host)
	addr := p.ln.Addr().String()
	cfg.URI = "bolt://" + addr
	ctx := context.Background()
	s, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	srv := server.New(server.Config{Store: s, Logger: quiet, ReadyTimeout: time.Second})

	if r := do(t, srv, "GET", "/readyz", "", nil); r.status != 200 {
		t.Fatalf("readyz with Neo4j up: %d %s", r.status, r.body)
	}
	p.close()
	if r := do(t, srv, "GET", "/readyz", "", nil); r.status != 503 {
		t.Errorf("readyz with Neo4j down: %d %s", r.status, r.body)
	}
	if r := do(t, srv, "GET", "/healthz", "", nil); r.status != 200 {
		t.Errorf("healthz with Neo4j down: %d", r.status)
	}
	p = startProxy(t, addr, u.Host)
	defer p.close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := do(t, srv, "GET", "/readyz", "", nil)
		if r.status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("readyz did not recover: %d %s", r.status, r.body)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestGracefulShutdown cancels Serve's context while a request is in
// flight: the request completes and Serve returns cleanly.
func TestGracefulShutdown(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	ing := &fakeIngester{delay: 500 * time.Millisecond}
	srv := server.New(server.Config{Store: s, Ingester: ing, Logger: quiet, APIKey: "k"})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln, 5*time.Second) }()

	type answer struct {
		status int
		body   string
		err    error
	}
	got := make(chan answer, 1)
	go func() {
		req, _ := http.NewRequest("POST", "http://"+ln.Addr().String()+"/graphql",
			strings.NewReader(gqlBody(`mutation { ingestStatement(text: "slow") { skipped } }`)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-API-Key", "k")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			got <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- answer{status: resp.StatusCode, body: string(b)}
	}()
	time.Sleep(150 * time.Millisecond) // the request is in the ingester now
	cancel()
	a := <-got
	if a.err != nil || a.status != 200 || !strings.Contains(a.body, "no contact reported") {
		t.Errorf("in-flight request: %d %q %v", a.status, a.body, a.err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil || errors.Is(err, context.Canceled) {
		t.Errorf("still accepting connections after shutdown")
	}
}

// TestRequestTimeout lets a request run out of time while it resolves:
// it fails with a TIMEOUT error and no details instead of hanging.
func TestRequestTimeout(t *testing.T) {
	s := neo4jtest.MustOpen(t)
	ing := &fakeIngester{delay: 5 * time.Second}
	srv := server.New(server.Config{Store: s, Ingester: ing, Logger: quiet, APIKey: "k", RequestTimeout: 100 * time.Millisecond})
	start := time.Now()
	r := do(t, srv, "POST", "/graphql", gqlBody(`mutation { ingestStatement(text: "slow") { skipped } }`), map[string]string{"X-API-Key": "k"})
	if !strings.Contains(r.body, `"code":"TIMEOUT"`) || time.Since(start) > 2*time.Second {
		t.Errorf("timed-out request answered %d %s after %v", r.status, r.body, time.Since(start))
	}
}
