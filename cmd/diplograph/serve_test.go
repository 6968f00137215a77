package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// TestServeEndToEnd starts "diplograph serve" on a free port, asks it a
// query over HTTP and stops it the way SIGTERM does (ctx cancelled).
func TestServeEndToEnd(t *testing.T) {
	neo4jtest.MustOpen(t)
	cfg := neo4jtest.Config()
	env := map[string]string{
		"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_PASSWORD": cfg.Password,
		"NEO4J_DATABASE": cfg.Database, "DIPLOGRAPH_ADDR": "127.0.0.1:0",
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, nil, io.Discard, pw)
		pw.Close()
	}()

	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "listening" {
				addr <- line.Addr
			}
		}
	}()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not start listening")
	}

	resp, err := http.Get(base + "/graphql?query=" + url.QueryEscape("{ __typename }"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"__typename":"Query"`) {
		t.Errorf("GET /graphql: %d %s", resp.StatusCode, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after shutdown", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		err  string
	}{
		{"bad timeout", []string{"-request-timeout", "soon"}, nil, "not a positive duration"},
		{"bad neo4j uri", nil, map[string]string{"NEO4J_URI": "localhost:7687"}, "has no scheme"},
		{"extra argument", []string{"now"}, nil, "takes no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := serveFlags(tt.args, func(k string) string { return tt.env[k] }, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("err = %v, want %q", err, tt.err)
			}
		})
	}
	cfg, err := serveFlags(nil, func(k string) string {
		return map[string]string{"DIPLOGRAPH_CORS_ORIGINS": "https://a.example, https://b.example", "DIPLOGRAPH_REQUEST_TIMEOUT": "3s"}[k]
	}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.addr != ":8080" || cfg.requestTimeout != 3*time.Second || len(splitList(cfg.corsOrigins)) != 2 {
		t.Errorf("defaults from env: %+v", cfg)
	}
}
