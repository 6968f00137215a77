package loader_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/store"
)

// sharedPath returns a path under ../shared, skipping the test when it is
// absent outside CI.
func sharedPath(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing: %v", p, err)
		}
		t.Skipf("%s is missing: %v", p, err)
	}
	return p
}

func load(t *testing.T, ctx context.Context, st *store.Store, opts loader.Options, paths ...string) loader.Summary {
	t.Helper()
	sum, err := loader.Load(ctx, st, paths, nil, opts)
	if err != nil {
		t.Fatalf("Load(%v): %v", paths, err)
	}
	return sum
}

func nodesByID(nodes []store.GraphNode) map[string]store.GraphNode {
	m := map[string]store.GraphNode{}
	for _, n := range nodes {
		id, _ := n.Props["id"].(string)
		m[id] = n
	}
	return m
}

// pick returns the listed properties of a node or relationship.
func pick(props map[string]any, keys ...string) map[string]any {
	out := map[string]any{}
	for _, k := range keys {
		out[k] = props[k]
	}
	return out
}

func TestSeedStatementLoadsAsDesigned(t *testing.T) {
	seed := sharedPath(t, "corpus/dev/raw/000.txt")
	st, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	sum := load(t, ctx, st, loader.Options{}, seed)
	if sum.Loaded != 1 || sum.Contacts != 1 {
		t.Fatalf("summary = %+v, want 1 statement with 1 contact", sum)
	}
	nodes, rels, err := st.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := nodesByID(nodes)

	// Node by node.
	wantNodes := map[string]map[string]any{
		"official:wang-yi":          {"name": "Wang Yi"},
		"official:jens-stoltenberg": {"name": "Jens Stoltenberg"},
		"org:china":                 {"name": "China", "kind": "state"},
		"org:nato":                  {"name": "NATO"},
		"city:germany:munich":       {"name": "Munich", "country": "Germany"},
	}
	for id, want := range wantNodes {
		n, ok := byID[id]
		if !ok {
			t.Errorf("node %s missing; have %v", id, keys(byID))
			continue
		}
		keys := make([]string, 0, len(want))
		for k := range want {
			keys = append(keys, k)
		}
		if diff := cmp.Diff(want, pick(n.Props, keys...)); diff != "" {
			t.Errorf("node %s (-want +got):\n%s", id, diff)
		}
	}
	var meeting store.GraphNode
	var statement store.GraphNode
	topics := []string{}
	for _, n := range nodes {
		switch n.Labels[0] {
		case "Meeting":
			meeting = n
		case "Statement":
			statement = n
		case "Topic":
			topics = append(topics, n.Props["name"].(string))
		}
	}
	if diff := cmp.Diff(map[string]any{"kind": "meeting", "date": "2020-02-14", "city": "Munich", "country": "Germany", "atRequestOf": "NATO"},
		pick(meeting.Props, "kind", "date", "city", "country", "atRequestOf")); diff != "" {
		t.Errorf("meeting (-want +got):\n%s", diff)
	}
	if !strings.Contains(statement.Props["title"].(string), "North Atlantic Treaty Organization") {
		t.Errorf("statement title = %q", statement.Props["title"])
	}
	for _, want := range []string{"COVID-19", "Afghanistan", "Middle East", "Iraq", "arms control"} {
		if !containsFold(topics, want) {
			t.Errorf("topic %q missing; topics: %v", want, topics)
		}
	}

	// Edge by edge.
	mid := meeting.Props["id"].(string)
	sid := statement.Props["id"].(string)
	var got []string
	for _, r := range rels {
		got = append(got, r.Type+" "+r.From+" -> "+r.To+" "+fmtProps(r.Props))
	}
	sort.Strings(got)
	want := []string{
		"ATTENDED official:jens-stoltenberg -> " + mid + " ordinal=1 organization=NATO title=Secretary General",
		"ATTENDED official:wang-yi -> " + mid + " ordinal=0 organization=China title=State Councilor and Foreign Minister",
		"HELD_IN " + mid + " -> city:germany:munich ",
		"MEETING official:wang-yi -> official:jens-stoltenberg date=2020-02-14 kind=meeting meetingId=" + mid,
		"REPORTED_IN " + mid + " -> " + sid + " ",
		"REPRESENTS official:jens-stoltenberg -> org:nato firstSeen=2020-02-14 lastSeen=2020-02-14 title=Secretary General",
		"REPRESENTS official:wang-yi -> org:china firstSeen=2020-02-14 lastSeen=2020-02-14 title=State Councilor and Foreign Minister",
	}
	var gotNoTopics []string
	for _, g := range got {
		if !strings.HasPrefix(g, "DISCUSSED ") {
			gotNoTopics = append(gotNoTopics, g)
		}
	}
	if diff := cmp.Diff(want, gotNoTopics); diff != "" {
		t.Errorf("relationships (-want +got):\n%s", diff)
	}
	if n := len(got) - len(gotNoTopics); n != len(topics) {
		t.Errorf("%d DISCUSSED edges for %d topics", n, len(topics))
	}
}

func TestLoadDevCorpusTwiceChangesNothing(t *testing.T) {
	dev := sharedPath(t, "corpus/dev/raw")
	st, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	first := load(t, ctx, st, loader.Options{BatchSize: 7}, dev)
	counts1, _ := st.Counts(ctx)
	dump1, _ := st.Dump(ctx)
	second := load(t, ctx, st, loader.Options{BatchSize: 13}, dev)
	counts2, _ := st.Counts(ctx)
	dump2, _ := st.Dump(ctx)
	t.Logf("first load: %+v; counts %v", first, counts1)
	if second.Loaded != 0 || second.Unchanged != first.Loaded+first.Unchanged {
		t.Errorf("second load: loaded %d, unchanged %d; want 0 and %d", second.Loaded, second.Unchanged, first.Loaded+first.Unchanged)
	}
	if diff := cmp.Diff(counts1, counts2); diff != "" {
		t.Errorf("counts changed (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(dump1, dump2); diff != "" {
		t.Errorf("graph changed (-first +second):\n%s", diff)
	}
}

func TestBrokenInputsAreReportedAndTheRestLoads(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-good.txt", []byte("On May 5, 2021, Foreign Minister Anna Berg of Sweden met with Foreign Minister Ola Dahl of Norway in Oslo.\n"))
	write("b-invalid.txt", []byte("On May 5, 2021 \xff\xfe broken\n"))
	write("c-empty.txt", nil)
	write("d-binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0})
	write("e-records.jsonl", []byte(`{"url":"https://example.org/1","title":"One","published":"2021-05-05","text":"Today, President Tom Hale spoke with Prime Minister Ivo Lind of Norway."}
{"url": broken
{"url":"https://example.org/2","title":"Two","published":"2021-05-06","text":"Yesterday, President Tom Hale met with President Ivo Lind."}
`))
	sum := load(t, ctx, st, loader.Options{Extract: fakeExtract}, dir)
	if sum.Loaded != 3 || sum.Skipped != 4 || sum.Read != 7 {
		t.Errorf("read %d, loaded %d, skipped %d; want 7, 3, 4", sum.Read, sum.Loaded, sum.Skipped)
	}
	var got []string
	for _, s := range sum.SkippedInputs {
		got = append(got, filepath.Base(s.File)+":"+itoa(s.Line))
	}
	want := []string{"b-invalid.txt:0", "c-empty.txt:0", "d-binary.txt:0", "e-records.jsonl:2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("skipped inputs (-want +got):\n%s\nsummary: %+v", diff, sum.SkippedInputs)
	}
	for _, s := range sum.SkippedInputs {
		if s.Reason == "" {
			t.Errorf("%s: no reason", s.File)
		}
	}
}

// fakeExtract stands in for the extractor where a test is about loading,
// not extraction: every statement reports one meeting between the two
// people named in fakeContacts by the statement's first word.
func fakeExtract(in extract.Input) extract.Result {
	c, ok := fakeContacts[strings.Fields(in.Text + " x")[0]]
	if !ok {
		c = extract.Contact{Kind: extract.KindMeeting, Date: "2021-05-05", Participants: []extract.Participant{
			{Name: "Tom Hale", Organization: "United States"}, {Name: "Ivo Lind", Organization: "Norway"}}}
	}
	return extract.Result{Title: in.Title, Published: in.Published, Contacts: []extract.Contact{c}}
}

var fakeContacts = map[string]extract.Contact{
	"S1": {Kind: extract.KindPhoneCall, Date: "2019-03-01", Participants: []extract.Participant{
		{Name: "Stoltenberg", Title: "Secretary General", Organization: "NATO"},
		{Name: "Anna Berg", Title: "Foreign Minister", Organization: "Sweden"}}},
	"S2": {Kind: extract.KindMeeting, Date: "2020-02-14", City: "Munich", Country: "Germany", Participants: []extract.Participant{
		{Name: "Jens Stoltenberg", Title: "Secretary General", Organization: "North Atlantic Treaty Organization"},
		{Name: "Wang Yi", Title: "Foreign Minister", Organization: "PRC"}}},
	"S3": {Kind: extract.KindMeeting, Date: "2020-03-01", Participants: []extract.Participant{
		{Name: "NATO Secretary General Jens Stoltenberg", Organization: "NATO"},
		{Name: "Wang", Title: "Foreign Minister", Organization: "Chinese side"}}},
}

func TestOneOfficialAndOrganizationHoweverNamed(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	dir := t.TempDir()
	for i, text := range []string{"S1 first statement", "S2 second statement", "S3 third statement"} {
		if err := os.WriteFile(filepath.Join(dir, "s"+itoa(i)+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The first statement in one run, the others in a second run, so that
	// resolution across runs (the resolver seeded from Neo4j) is tested too.
	load(t, ctx, st, loader.Options{Extract: fakeExtract}, filepath.Join(dir, "s0.txt"))
	load(t, ctx, st, loader.Options{Extract: fakeExtract, BatchSize: 1}, dir)
	nodes, _, err := st.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string][]string{}
	for _, n := range nodes {
		if l := n.Labels[0]; l == "Official" || l == "Organization" {
			names[l] = append(names[l], n.Props["name"].(string))
		}
	}
	for _, l := range names {
		sort.Strings(l)
	}
	want := map[string][]string{
		"Official":     {"Anna Berg", "Jens Stoltenberg", "Wang Yi"},
		"Organization": {"China", "NATO", "Sweden"},
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

func TestWhiteHouseReadouts(t *testing.T) {
	bulk := sharedPath(t, "corpus/bulk/whitehouse-readouts.jsonl")
	st, ctx := neo4jtest.MustEmpty(t, 10*time.Minute)
	start := time.Now()
	sum := load(t, ctx, st, loader.Options{}, bulk)
	t.Logf("loaded %d of %d records in %s: %d contacts, %d officials, new nodes %v",
		sum.Loaded, sum.Read, time.Since(start).Round(time.Millisecond), sum.Contacts, sum.Officials, sum.NewNodes)
	if sum.Read != 1412 || sum.Loaded+sum.Unchanged != 1412 || sum.Skipped != 0 {
		t.Errorf("read %d, loaded %d, unchanged %d, skipped %d; want all 1412 loaded", sum.Read, sum.Loaded, sum.Unchanged, sum.Skipped)
	}
	nodes, rels, err := st.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := nodesByID(nodes)
	counts := map[string]int{}
	for _, n := range nodes {
		counts[n.Labels[0]]++
		if n.Labels[0] == "Statement" {
			if n.Props["url"] == nil || n.Props["published"] == nil {
				t.Errorf("statement %v lacks url or published", n.Props["source"])
			}
		}
	}
	t.Logf("distinct officials %d, organizations %d, meetings %d", counts["Official"], counts["Organization"], counts["Meeting"])

	// Each US president and vice president of the period is one Official
	// however the readouts spell them.
	us := map[string][]string{} // surname -> official names
	for _, r := range rels {
		if r.Type != "REPRESENTS" || r.To != "org:united-states" {
			continue
		}
		name, _ := byID[r.From].Props["name"].(string)
		words := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(name))
		for _, surname := range []string{"Trump", "Biden", "Harris", "Vance", "Pence", "Obama"} {
			for _, w := range words {
				if w == surname {
					us[surname] = append(us[surname], name)
				}
			}
		}
	}
	for surname, names := range us {
		if len(names) > 1 && surname != "Biden" { // Jill Biden is another person
			t.Errorf("%s is %d officials: %v", surname, len(names), names)
		}
	}
	if len(us["Trump"]) == 0 || len(us["Biden"]) == 0 {
		t.Errorf("no Trump or Biden among US officials: %v", us)
	}
}

func fmtProps(p map[string]any) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+toString(p[k]))
	}
	return strings.Join(parts, " ")
}

func toString(v any) string { return fmt.Sprint(v) }

func keys(m map[string]store.GraphNode) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func containsFold(l []string, s string) bool {
	for _, x := range l {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
