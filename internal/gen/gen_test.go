package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerateIsDeterministic(t *testing.T) {
	var a, b, c bytes.Buffer
	if err := WriteJSONL(&a, Options{Count: 300, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	_ = WriteJSONL(&b, Options{Count: 300, Seed: 7})
	_ = WriteJSONL(&c, Options{Count: 300, Seed: 8})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("same seed gave different corpora")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("different seeds gave the same corpus")
	}
	if n := bytes.Count(a.Bytes(), []byte("\n")); n != 300 {
		t.Errorf("%d lines, want 300", n)
	}
}

func TestGenerateCoversEveryStyle(t *testing.T) {
	styles := map[string]int{}
	_ = Generate(Options{Count: 500, Seed: 1}, func(_ int, s Statement) error {
		styles[s.Style]++
		if s.URL == "" || s.Published == "" || s.Title == "" || !strings.Contains(s.Text, s.Title) {
			t.Errorf("incomplete statement: %+v", s)
		}
		return nil
	})
	for _, st := range []string{"mfa", "readout", "wire", "press", "visit"} {
		if styles[st] == 0 {
			t.Errorf("no %s statement in 500", st)
		}
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, Options{Count: 3, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 3 {
		t.Fatalf("%d files, want 3", len(files))
	}
	data, _ := os.ReadFile(files[0])
	if len(data) == 0 {
		t.Error("empty file")
	}
}
