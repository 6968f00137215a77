package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunExtract(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(txt, []byte("On May 4, 2022, Foreign Minister Ana Velt met with Prime Minister Oskar Brill of Norway in Oslo.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	jl := filepath.Join(dir, "b.jsonl")
	rec := `{"url":"https://example.org/r","title":"Readout","published":"2024-01-05 10:00:00-05:00","text":"President Ada Lee spoke today with President Tom Ruiz of Chile."}` + "\n"
	if err := os.WriteFile(jl, []byte(rec+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "c.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := runExtract(context.Background(), []string{txt, jl, empty}, func(string) string { return "" }, nil, &out, &errb); err != nil {
		t.Fatalf("runExtract: %v (%s)", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"file", "url", "title", "contacts", "skipped"} {
			if _, ok := m[k]; !ok {
				t.Errorf("missing key %q in %s", k, l)
			}
		}
		if _, ok := m["contacts"].([]any); !ok {
			t.Errorf("contacts is not an array in %s", l)
		}
	}
	var a, b, c extractRecord
	json.Unmarshal([]byte(lines[0]), &a)
	json.Unmarshal([]byte(lines[1]), &b)
	json.Unmarshal([]byte(lines[2]), &c)
	if len(a.Contacts) != 1 || a.Contacts[0].City == nil || *a.Contacts[0].City != "Oslo" || *a.Contacts[0].Date != "2022-05-04" {
		t.Errorf("a.txt: %s", lines[0])
	}
	if !strings.HasSuffix(b.File, "b.jsonl:1") || b.URL == nil || len(b.Contacts) != 1 || b.Contacts[0].Date == nil || *b.Contacts[0].Date != "2024-01-05" || b.Contacts[0].Kind != "phone_call" {
		t.Errorf("b.jsonl: %s", lines[1])
	}
	if c.Skipped == nil || len(c.Contacts) != 0 {
		t.Errorf("c.txt: want skipped with no contacts: %s", lines[2])
	}
	if !strings.Contains(lines[0], `"country":"Norway"`) || !strings.Contains(lines[0], `"at_request_of":null`) {
		t.Errorf("a.txt: want null for empty fields: %s", lines[0])
	}

	out.Reset()
	if err := runExtract(context.Background(), []string{"--explain", txt}, func(string) string { return "" }, nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "why: kind: meeting") || !strings.Contains(out.String(), "evidence [") {
		t.Errorf("explain output lacks reasons:\n%s", out.String())
	}
}

func TestRunExtractUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if err := runExtract(context.Background(), nil, func(string) string { return "" }, nil, &out, &errb); err == nil {
		t.Error("no paths: want a usage error")
	}
	if err := runExtract(context.Background(), []string{"--format", "csv", "x"}, func(string) string { return "" }, nil, &out, &errb); err == nil {
		t.Error("--format csv: want a usage error")
	}
}
