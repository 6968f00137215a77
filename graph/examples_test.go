package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/store"
)

// corpusDir is the dev corpus beside the repository (../shared).
const corpusDir = "../../shared/corpus/dev/raw"

// loadCorpus wipes the test database and loads the dev corpus through the
// real loader, as "diplograph load" does.
func loadCorpus(t *testing.T) *store.Store {
	t.Helper()
	s := neo4jtest.MustOpen(t)
	if _, err := os.Stat(corpusDir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("dev corpus missing: %v", err)
		}
		t.Skipf("dev corpus missing: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := s.DeleteAll(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	sum, err := loader.Load(ctx, s, []string{corpusDir}, nil, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Loaded == 0 || sum.Contacts == 0 {
		t.Fatalf("corpus loaded nothing: %+v", sum)
	}
	return s
}

// TestExampleQueries runs each query in testdata/examples against the
// loaded dev corpus: each must answer without errors and contain what its
// "# expect:" lines say.
func TestExampleQueries(t *testing.T) {
	s := loadCorpus(t)
	h := newHandler(t, s)
	files, err := filepath.Glob("testdata/examples/*.graphql")
	if err != nil || len(files) < 5 {
		t.Fatalf("want at least 5 example queries, got %d (%v)", len(files), err)
	}
	sort.Strings(files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := raw(t, h, string(b))
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			out := mustJSON(t, r.Data)
			for _, line := range strings.Split(string(b), "\n") {
				want, ok := strings.CutPrefix(line, "# expect: ")
				if ok && !strings.Contains(out, want) {
					t.Errorf("answer does not contain %s:\n%.2000s", want, out)
				}
			}
		})
	}
}

// TestBetweenNamesOnCorpus checks the names DESIGN.md promises `between`
// understands, on the loaded corpus: each finds the seed meeting.
func TestBetweenNamesOnCorpus(t *testing.T) {
	s := loadCorpus(t)
	h := newHandler(t, s)
	for _, pair := range [][2]string{
		{"China", "NATO"}, {"PRC", "North Atlantic Treaty Organization"}, {"Chinese side", "NATO"},
		{"Wang Yi", "Jens Stoltenberg"}, {"NATO", "China"},
	} {
		q := `{ meetings(where: {between: ["` + pair[0] + `", "` + pair[1] + `"]}) { edges { node { date city { name } } } } }`
		r := raw(t, h, q)
		if out := mustJSON(t, r.Data); len(r.Errors) > 0 || !strings.Contains(out, `"date":"2020-02-14"`) {
			t.Errorf("between %q: %s %+v", pair, out, r.Errors)
		}
	}
}
