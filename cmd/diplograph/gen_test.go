package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenWritesJSONLAndDirectories(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "c.jsonl")
	txt := filepath.Join(dir, "txt")
	for _, out := range []string{jsonl, txt} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), []string{"gen", "-count", "5", "-seed", "3", "-out", out}, os.Getenv, nil, &stdout, &stderr); err != nil {
			t.Fatalf("gen -out %s: %v\n%s", out, err, stderr.String())
		}
	}
	data, err := os.ReadFile(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "\n"); n != 5 {
		t.Errorf("%s has %d lines, want 5", jsonl, n)
	}
	files, _ := filepath.Glob(filepath.Join(txt, "*.txt"))
	if len(files) != 5 {
		t.Errorf("%s has %d files, want 5", txt, len(files))
	}
	var stderr bytes.Buffer
	if err := run(context.Background(), []string{"gen", "-count", "5"}, os.Getenv, nil, &bytes.Buffer{}, &stderr); err == nil {
		t.Error("gen without -out succeeded")
	}
}
