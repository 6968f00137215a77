package loader_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/internal/gen"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/source"
	"github.com/diplograph/diplograph/store"
)

// BenchmarkLoad loads a generated corpus (100,000 statements, or
// DIPLOGRAPH_BENCH_COUNT) into an empty Neo4j end to end (read, extract,
// resolve, write), then writes the same records again into an empty
// database with bare batched UNWIND writes (no reading, extraction or
// resolution), and reports both rates and their ratio. It takes minutes
// and wipes the test database, so it runs only when asked
// (DIPLOGRAPH_BENCH_WORKERS sets the extraction workers):
//
//	go test -run '^$' -bench Load -benchtime 1x -timeout 30m ./loader
func BenchmarkLoad(b *testing.B) {
	count := 100000
	if v := os.Getenv("DIPLOGRAPH_BENCH_COUNT"); v != "" {
		count, _ = strconv.Atoi(v)
	}
	st := neo4jtest.MustOpen(b)
	ctx := context.Background()
	corpus := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(corpus)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := gen.WriteJSONL(w, gen.Options{Count: count, Seed: 2024}); err != nil {
		b.Fatal(err)
	}
	w.Flush()
	f.Close()
	if err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		if err := st.DeleteAll(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()

		// End to end.
		start := time.Now()
		workers, _ := strconv.Atoi(os.Getenv("DIPLOGRAPH_BENCH_WORKERS"))
		sum, err := loader.Load(ctx, st, []string{corpus}, nil, loader.Options{Workers: workers})
		if err != nil {
			b.Fatal(err)
		}
		full := time.Since(start)
		if sum.Loaded != count {
			b.Fatalf("loaded %d of %d", sum.Loaded, count)
		}

		// Baseline: the same records, prepared beforehand, written alone.
		b.StopTimer()
		records := prepare(b, corpus)
		if err := st.DeleteAll(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start = time.Now()
		for i := 0; i < len(records); i += loader.DefaultBatchSize {
			if _, err := st.WriteStatements(ctx, records[i:min(i+loader.DefaultBatchSize, len(records))]); err != nil {
				b.Fatal(err)
			}
		}
		bare := time.Since(start)

		fullRate := float64(count) / full.Seconds()
		bareRate := float64(count) / bare.Seconds()
		b.ReportMetric(fullRate, "statements/s")
		b.ReportMetric(bareRate, "baseline-statements/s")
		b.ReportMetric(fullRate/bareRate, "ratio")
		b.Logf("%d statements, %d contacts: end to end %s (%.0f/s); bare UNWIND writes %s (%.0f/s); ratio %.2f",
			count, sum.Contacts, full.Round(time.Millisecond), fullRate, bare.Round(time.Millisecond), bareRate, fullRate/bareRate)
	}
}

// prepare reads, extracts and resolves a corpus into store records.
func prepare(b testing.TB, path string) []store.StatementRecord {
	r := loader.NewResolver(loader.Gazetteer{})
	var out []store.StatementRecord
	err := source.Walk(context.Background(), []string{path}, source.Options{}, nil, func(d source.Document) error {
		res := extract.Extract(extract.Input{Text: d.Text, Title: d.Title, Published: d.Published})
		out = append(out, r.Record(d, res))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return out
}
