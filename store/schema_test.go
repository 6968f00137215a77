package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/store"
)

func TestMigrateTwiceCreatesEachObjectOnce(t *testing.T) {
	st := neo4jtest.MustOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	for i := range 2 {
		if err := st.Migrate(ctx); err != nil {
			t.Fatalf("Migrate #%d: %v", i+1, err)
		}
	}
	objs, err := st.SchemaObjects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, o := range objs {
		count[o.Name]++
	}
	want := map[string]int{}
	got := map[string]int{}
	for _, name := range store.SchemaNames() {
		want[name] = 1
		got[name] = count[name]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("schema objects after two migrations (-want +got):\n%s", diff)
	}
	types := map[string]string{}
	for _, o := range objs {
		types[o.Name] = o.Type
	}
	for name, typ := range map[string]string{
		"official_id": "UNIQUENESS", "meeting_date": "RANGE",
		"statementText": "FULLTEXT", "entityNames": "FULLTEXT",
	} {
		if types[name] != typ {
			t.Errorf("%s has type %q, want %q", name, types[name], typ)
		}
	}
}
