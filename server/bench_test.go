package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph/graphtest"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/server"
	"github.com/diplograph/diplograph/store"
)

// The example query's shape on the generated graph, whose organizations
// are fictional.
const benchExample = `{ meetings(where: {between: ["Avaloria", "Borduria"]}, first: 10) {
    totalCount
    edges { node { date kind city { name } participants { official { name } title organization { name } }
                   topics { name } statement { title } } } } }`

// An official's counterparts and their meetings.
const benchNested = `{ official(name: "Official 0-0") { name
    counterparts(first: 10) { edges { node { meetingCount
      official { name meetings(first: 5) { edges { node { date kind } } } } } } } } }`

// directExample runs benchExample's Cypher straight through the store:
// page and count together, then the four relations together. (The server
// now reads page and count in one query, MeetingsAndCount; this baseline
// keeps the two queries so that numbers stay comparable across changes.)
func directExample(ctx context.Context, s *store.Store) error {
	f := store.MeetingFilter{Between: []string{"Avaloria", "Borduria"}}
	p := store.Page{Limit: 11}
	var ms []store.Meeting
	err := parallel(
		func() (err error) { ms, err = s.Meetings(ctx, f, store.NewestFirst, p); return err },
		func() error { _, err := s.CountMeetings(ctx, f); return err },
	)
	if err != nil {
		return err
	}
	ids, sids := make([]string, len(ms)), make([]string, len(ms))
	for i, m := range ms {
		ids[i], sids[i] = m.ID, m.StatementID
	}
	return parallel(
		func() error { _, err := s.ParticipantsOf(ctx, ids); return err },
		func() error { _, err := s.TopicsOf(ctx, ids); return err },
		func() error { _, err := s.CitiesOf(ctx, ids); return err },
		func() error { _, err := s.StatementsByID(ctx, sids); return err },
	)
}

func directNested(ctx context.Context, s *store.Store) error {
	o, err := s.FindOfficial(ctx, "Official 0-0")
	if err != nil || o == nil {
		return fmt.Errorf("official: %v", err)
	}
	cs, err := s.CounterpartsOf(ctx, []string{o.ID}, store.Page{Limit: 11})
	if err != nil {
		return err
	}
	var ids []string
	for _, c := range cs[o.ID] {
		ids = append(ids, c.Official.ID)
	}
	_, err = s.MeetingsOf(ctx, store.RelOfficial, ids, store.NewestFirst, store.Page{Limit: 6})
	return err
}

// directNestedFolded runs the two queries the server runs for benchNested:
// the lookup, then the counterparts with their meetings in one query. Set
// against nested/server it shows what HTTP and GraphQL add; nested/direct
// is the plain three-query Cypher the target ratio is measured against.
func directNestedFolded(ctx context.Context, s *store.Store) error {
	o, err := s.FindOfficial(ctx, "Official 0-0")
	if err != nil || o == nil {
		return fmt.Errorf("official: %v", err)
	}
	_, _, err = s.CounterpartsWithMeetingsOf(ctx, []string{o.ID}, store.Page{Limit: 11}, store.NewestFirst, store.Page{Limit: 6})
	return err
}

func parallel(fs ...func() error) error {
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

var seedOnce sync.Once

// BenchmarkReadPath compares queries through the server over HTTP with the
// same Cypher run directly, at 1 and 16 concurrent clients, on a generated
// graph of DIPLOGRAPH_BENCH_MEETINGS meetings (default 100000; it wipes the
// test database). It reports p50 and p99 latency and requests per second:
//
//	DIPLOGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:7688 go test -run '^$' -bench ReadPath -benchtime 400x ./server
func BenchmarkReadPath(b *testing.B) {
	s := neo4jtest.MustOpen(b)
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("DIPLOGRAPH_BENCH_MEETINGS")); err == nil && v > 0 {
		n = v
	}
	seedOnce.Do(func() {
		start := time.Now()
		graphtest.SeedGenerated(b, n, 20, 50)
		b.Logf("seeded %d meetings in %v", n, time.Since(start).Round(time.Millisecond))
	})
	srv := httptest.NewServer(server.New(server.Config{Store: s, Logger: benchLog()}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	viaHTTP := func(query string) func(context.Context) error {
		body := gqlBody(query)
		return func(ctx context.Context) error {
			resp, err := client.Post(srv.URL+"/graphql", "application/json", strings.NewReader(body))
			if err != nil {
				return err
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			if err != nil || resp.StatusCode != 200 || strings.Contains(string(b), `"errors"`) {
				return fmt.Errorf("status %d: %.300s %v", resp.StatusCode, b, err)
			}
			return nil
		}
	}
	cases := []struct {
		name string
		run  func(context.Context) error
	}{
		{"example/server", viaHTTP(benchExample)},
		{"example/direct", func(ctx context.Context) error { return directExample(ctx, s) }},
		{"nested/server", viaHTTP(benchNested)},
		{"nested/direct", func(ctx context.Context) error { return directNested(ctx, s) }},
		{"nested/direct-folded", func(ctx context.Context) error { return directNestedFolded(ctx, s) }},
	}
	for _, conc := range []int{1, 16} {
		for _, c := range cases {
			b.Run(fmt.Sprintf("%s/c%d", c.name, conc), func(b *testing.B) {
				ctx := context.Background()
				for range 5 { // warm caches and query plans
					if err := c.run(ctx); err != nil {
						b.Fatal(err)
					}
				}
				lat := make([]time.Duration, b.N)
				var next sync.Mutex
				i := 0
				b.ResetTimer()
				start := time.Now()
				var wg sync.WaitGroup
				for range conc {
					wg.Go(func() {
						for {
							next.Lock()
							k := i
							i++
							next.Unlock()
							if k >= b.N {
								return
							}
							t0 := time.Now()
							if err := c.run(ctx); err != nil {
								b.Error(err)
								return
							}
							lat[k] = time.Since(t0)
						}
					})
				}
				wg.Wait()
				total := time.Since(start)
				b.StopTimer()
				slices.Sort(lat)
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
				b.ReportMetric(float64(b.N)/total.Seconds(), "req/s")
			})
		}
	}
	// The blocks above run one after another, so load that other
	// processes put on the machine in the meantime lands on one side of a
	// comparison. These alternate server and direct requests, one client,
	// so that both see the same load, and report the ratio of their p50s.
	for _, pair := range [][2]int{{0, 1}, {2, 3}} {
		srvCase, dirCase := cases[pair[0]], cases[pair[1]]
		name := strings.Split(srvCase.name, "/")[0] + "/ratio/c1"
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			var ls, ld []time.Duration
			for i := range b.N + 5 {
				for _, c := range []struct {
					run func(context.Context) error
					lat *[]time.Duration
				}{{srvCase.run, &ls}, {dirCase.run, &ld}} {
					t0 := time.Now()
					if err := c.run(ctx); err != nil {
						b.Fatal(err)
					}
					if i >= 5 { // the first five warm caches and plans
						*c.lat = append(*c.lat, time.Since(t0))
					}
				}
			}
			slices.Sort(ls)
			slices.Sort(ld)
			b.ReportMetric(float64(ls[len(ls)/2].Microseconds())/1000, "server-p50-ms")
			b.ReportMetric(float64(ld[len(ld)/2].Microseconds())/1000, "direct-p50-ms")
			b.ReportMetric(float64(ls[len(ls)/2])/float64(ld[len(ld)/2]), "p50-ratio")
		})
	}
}

// benchLog shows the server's warnings and errors (access logs off).
func benchLog() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
