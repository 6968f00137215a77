package source

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mustWrite writes files (path relative to dir → content) and returns dir.
func mustWrite(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func mustWalk(tb testing.TB, paths []string, opts Options, stdin string) []Document {
	tb.Helper()
	var docs []Document
	err := Walk(context.Background(), paths, opts, strings.NewReader(stdin), func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		tb.Fatalf("Walk: %v", err)
	}
	return docs
}

// relabel makes labels relative to dir so expectations can be written
// independently of the temporary directory.
func relabel(dir string, docs []Document) []Document {
	for i := range docs {
		docs[i].Label = strings.TrimPrefix(docs[i].Label, dir+string(filepath.Separator))
	}
	return docs
}

func TestWalkReportsBadInputAndReadsTheRest(t *testing.T) {
	dir := mustWrite(t, map[string]string{
		"a.txt":            "\ufeffHeadline\r\nOn May 1, 2021, A met B.\r\n",
		"b/empty.txt":      "  \n\t\n",
		"b/binary.txt":     "PK\x03\x04\x00\x00\x14\x00",
		"b/latin1.txt":     "Caf\xe9 meeting",
		"c.jsonl":          `{"url":"https://example.org/1","title":" T1 ","published":"2025-01-23 11:25:09-05:00","text":"Today X called Y."}` + "\n\nnot json\n" + `{"title":"no text"}` + "\n" + `{"text": 5}` + "\n",
		"ignored.pdf":      "%PDF-1.4",
		".hidden/x.txt":    "hidden",
		"d/page.html":      `<html><head><title>Page title</title><link rel="canonical" href="https://example.org/p"><meta property="article:published_time" content="2020-02-14T08:00:00+01:00"></head><body><nav>Home &gt; News</nav><article><h1>Headline</h1><p>First <b>para</b>.</p><script>var x=1;</script><p>Second.</p></article><footer>Footer</footer></body></html>`,
		"d/too-big.txt":    strings.Repeat("x", 2000),
		"d/nested/ok.htm":  "<p>Plain</p>",
		"d/nested/no.json": "{}",
	})
	docs := relabel(dir, mustWalk(t, []string{dir}, Options{MaxBytes: 1000}, ""))
	want := []Document{
		{Label: "a.txt", Text: "Headline\nOn May 1, 2021, A met B.\n"},
		{Label: "b/binary.txt", Skipped: "binary"},
		{Label: "b/empty.txt", Skipped: "empty"},
		{Label: "b/latin1.txt", Skipped: "not valid UTF-8"},
		{Label: "c.jsonl:1", URL: "https://example.org/1", Title: "T1", Published: "2025-01-23", Text: "Today X called Y."},
		{Label: "c.jsonl:3", Skipped: "bad JSON: invalid character 'o' in literal null (expecting 'u') (at byte 2)"},
		{Label: "c.jsonl:4", Title: "no text", Skipped: `bad record: no "text" field`},
		{Label: "c.jsonl:5", Skipped: `bad JSON: field "text" is a JSON number, want a string`},
		{Label: "d/nested/ok.htm", Text: "Plain\n"},
		{Label: "d/page.html", URL: "https://example.org/p", Title: "Page title", Published: "2020-02-14", Text: "Headline\n\nFirst para.\n\nSecond.\n"},
		{Label: "d/too-big.txt", Skipped: "too large: over 1000 bytes"},
	}
	// The JSONL record without text keeps only the skip reason.
	want[6].Title = ""
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

func TestWalkReadsStdinAndNamedFiles(t *testing.T) {
	dir := mustWrite(t, map[string]string{"notes.md": "A met B."})
	docs := relabel(dir, mustWalk(t, []string{"-", filepath.Join(dir, "notes.md")}, Options{}, "from stdin"))
	want := []Document{{Label: "-", Text: "from stdin"}, {Label: "notes.md", Text: "A met B."}}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

func TestWalkFailsOnMissingPath(t *testing.T) {
	err := Walk(context.Background(), []string{filepath.Join(t.TempDir(), "nope")}, Options{}, nil, func(Document) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("Walk(missing) = %v, want a no-such-file error", err)
	}
}

func TestJSONLLineOverCapIsSkippedAndReadingGoesOn(t *testing.T) {
	long := `{"text":"` + strings.Repeat("a", 2000) + `"}`
	dir := mustWrite(t, map[string]string{"x.jsonl": long + "\n" + `{"text":"short"}` + "\n"})
	docs := relabel(dir, mustWalk(t, []string{dir}, Options{MaxBytes: 100}, ""))
	want := []Document{
		{Label: "x.jsonl:1", Skipped: "too large: over 100 bytes"},
		{Label: "x.jsonl:2", Text: "short"},
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

func TestPublishedDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-01-23 11:25:09-05:00", "2025-01-23"},
		{"2025-01-23T23:59:00+09:00", "2025-01-23"},
		{"2020-02-14", "2020-02-14"},
		{"2020-13-45", ""},
		{"February 14, 2020", "2020-02-14"},
		{"Fri, 14 Feb 2020 10:00:00 +0100", "2020-02-14"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := PublishedDate(tt.in); got != tt.want {
			t.Errorf("PublishedDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html><body><p>a</p></body></html>`))
	f.Add([]byte(`<meta name="date" content="x"><article><nav>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := htmlDocument("f.html", data, Options{})
		if doc.Skipped == "" && doc.Text == "" {
			t.Fatalf("no text and no skip reason for %q", data)
		}
	})
}
