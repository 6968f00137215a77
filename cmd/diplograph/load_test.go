package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/internal/gen"
	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// testEnv points the commands at the test Neo4j.
func testEnv(extra ...string) func(string) string {
	cfg := neo4jtest.Config()
	m := map[string]string{
		"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": cfg.Database,
	}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestLoadReportsBrokenInputsWithStatus3(t *testing.T) {
	_, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	dir := t.TempDir()
	files := map[string][]byte{
		"good.txt":    []byte("On May 5, 2021, Foreign Minister Anna Berg of Sweden met with Foreign Minister Ola Dahl of Norway in Oslo.\n"),
		"invalid.txt": []byte("On May 5, 2021 \xff\xfe broken\n"),
		"empty.txt":   nil,
		"binary.txt":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0},
		"records.jsonl": []byte(`{"url":"https://example.org/1","title":"One","published":"2021-05-05","text":"Today, President Tom Hale spoke with Prime Minister Ivo Lind of Norway."}
{"url": broken
`),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	err := run(ctx, []string{"load", dir}, testEnv(), nil, &stdout, &stderr)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 3 {
		t.Fatalf("load returned %v, want exit status 3\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{"invalid.txt", "empty.txt", "binary.txt", "records.jsonl line 2", "loaded 2"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestLoadConnectionErrorsAreOneLine(t *testing.T) {
	neo4jtest.MustOpen(t)
	cfg := neo4jtest.Config()
	tests := []struct {
		name string
		env  func(string) string
		want []string
	}{
		{"wrong password", testEnv("NEO4J_PASSWORD", "not-the-password"), []string{cfg.URI, "password"}},
		{"nothing listening", testEnv("NEO4J_URI", "bolt://127.0.0.1:1"), []string{"bolt://127.0.0.1:1", "running"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), []string{"load", "-dry-run=false", t.TempDir()}, tt.env, nil, &stdout, &stderr)
			code := exitCode(err, &stderr)
			msg := stderr.String()
			if code != 1 || strings.Count(msg, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want status 1 and one line", code, msg)
			}
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
		})
	}
}

// TestKillAndRerunGivesTheCleanGraph kills a load with SIGKILL mid-way,
// runs it again, and compares the graph with the one a clean run makes.
func TestKillAndRerunGivesTheCleanGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and loads a corpus three times")
	}
	st, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	dir := t.TempDir()
	bin := filepath.Join(dir, "diplograph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		t.Fatal(err)
	}
	const total = 3000
	if err := gen.WriteJSONL(f, gen.Options{Count: total, Seed: 42}); err != nil {
		t.Fatal(err)
	}
	f.Close()

	cfg := neo4jtest.Config()
	command := func() *exec.Cmd {
		c := exec.Command(bin, "load", "-batch", "40", "-workers", "2", corpus)
		c.Env = append(os.Environ(), "NEO4J_URI="+cfg.URI, "NEO4J_USERNAME="+cfg.Username,
			"NEO4J_PASSWORD="+cfg.Password, "NEO4J_DATABASE="+cfg.Database)
		return c
	}
	mustRun := func(what string) {
		t.Helper()
		if out, err := command().CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, out)
		}
	}

	mustRun("clean load")
	clean, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cleanCounts, _ := st.Counts(ctx)

	if err := st.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	c := command()
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	var atKill int64
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		counts, err := st.Counts(ctx)
		if err == nil && counts["Statement"] >= total/3 {
			atKill = counts["Statement"]
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := c.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = c.Wait()
	counts, _ := st.Counts(ctx)
	t.Logf("killed with %d statements stored (%d when the kill was decided); clean run has %d", counts["Statement"], atKill, cleanCounts["Statement"])
	if counts["Statement"] >= cleanCounts["Statement"] {
		t.Fatalf("the load finished before it was killed; the test proves nothing")
	}

	mustRun("re-run")
	rerun, err := st.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(clean, rerun); diff != "" {
		t.Errorf("graph after kill and re-run differs from a clean run (-clean +rerun):\n%s", diff)
	}
}
