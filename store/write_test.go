package store_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/store"
)

var (
	china = store.OrganizationRecord{ID: "org:china", Name: "China", Kind: "state", Country: "China", Aliases: []string{"China", "PRC"}}
	nato  = store.OrganizationRecord{ID: "org:nato", Name: "NATO", Kind: "alliance", Acronym: "NATO", Aliases: []string{"NATO", "North Atlantic Treaty Organization"}}
	wang  = store.OfficialRecord{ID: "official:wang-yi", Name: "Wang Yi", Surname: "Wang", Aliases: []string{"Wang Yi"}}
	jens  = store.OfficialRecord{ID: "official:jens-stoltenberg", Name: "Jens Stoltenberg", Surname: "Stoltenberg", Aliases: []string{"Jens Stoltenberg", "Stoltenberg"}}
)

func statement(hash, url, date, text string, topics ...string) store.StatementRecord {
	m := store.MeetingRecord{
		ID: "meeting:" + hash + ":0", Kind: "meeting", Date: date, DateText: "on " + date,
		AtRequestOf: "NATO", Evidence: text, EvidenceEnd: len(text),
		City:    &store.CityRecord{ID: "city:germany:munich", Name: "Munich", Country: "Germany", Aliases: []string{"Munich"}},
		Country: "Germany",
		Participants: []store.ParticipantRecord{
			{Official: wang, Title: "Foreign Minister", Organization: china},
			{Official: jens, Title: "Secretary General", Organization: nato},
		},
	}
	for _, tp := range topics {
		m.Topics = append(m.Topics, store.TopicRecord{ID: "topic:" + tp, Name: tp, Aliases: []string{tp}})
	}
	return store.StatementRecord{
		ID: "statement:" + hash, Source: hash + ".txt", URL: url, Title: "Title " + hash,
		ContentHash: "c" + hash, Text: text, Meetings: []store.MeetingRecord{m},
	}
}

func TestWriteStatementsIsIdempotent(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 3*time.Minute)
	batch := []store.StatementRecord{
		statement("a1", "", "2020-02-14", "Wang met Stoltenberg.", "iraq", "arms-control"),
		statement("a2", "https://example.org/2", "2021-03-01", "Wang met Stoltenberg again.", "iraq"),
	}
	stats, err := st.WriteStatements(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Loaded != 2 || stats.Unchanged != 0 || stats.Meetings != 2 {
		t.Errorf("first write: %+v", stats)
	}
	counts1, _ := st.Counts(ctx)
	dump1, _ := st.Dump(ctx)

	stats, err = st.WriteStatements(ctx, append(batch, batch[0]))
	if err != nil {
		t.Fatal(err)
	}
	if stats.Loaded != 0 || stats.Unchanged != 3 {
		t.Errorf("second write: %+v", stats)
	}
	dump2, _ := st.Dump(ctx)
	if diff := cmp.Diff(dump1, dump2); diff != "" {
		t.Errorf("graph changed on reload (-first +second):\n%s", diff)
	}
	want := map[string]int64{
		"Statement": 2, "Meeting": 2, "Official": 2, "Organization": 2, "City": 1, "Topic": 2,
		"MEETING": 2, "ATTENDED": 4, "HELD_IN": 2, "DISCUSSED": 3, "REPORTED_IN": 2, "REPRESENTS": 2,
	}
	if diff := cmp.Diff(want, counts1); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	// REPRESENTS spans the dates of both meetings.
	if !contains(dump1, `(official:jens-stoltenberg)-[REPRESENTS {firstSeen: "2020-02-14", lastSeen: "2021-03-01", title: "Secretary General"}]->(org:nato)`) {
		t.Errorf("REPRESENTS span missing from dump:\n%s", join(dump1))
	}
}

func TestWriteStatementsReplacesCorrection(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 3*time.Minute)
	url := "https://example.org/readout"
	if _, err := st.WriteStatements(ctx, []store.StatementRecord{
		statement("old", url, "2019-01-01", "An early text.", "iraq"),
		statement("other", "", "2020-05-05", "Another statement."),
	}); err != nil {
		t.Fatal(err)
	}
	stats, err := st.WriteStatements(ctx, []store.StatementRecord{statement("new", url, "2020-02-14", "The corrected text.", "afghanistan")})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Loaded != 1 || stats.Replaced != 1 {
		t.Errorf("stats = %+v, want 1 loaded, 1 replaced", stats)
	}
	counts, _ := st.Counts(ctx)
	want := map[string]int64{
		"Statement": 2, "Meeting": 2, "Official": 2, "Organization": 2, "City": 1, "Topic": 2,
		"MEETING": 2, "ATTENDED": 4, "HELD_IN": 2, "DISCUSSED": 1, "REPORTED_IN": 2, "REPRESENTS": 2,
	}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("counts after correction (-want +got):\n%s", diff)
	}
	dump, _ := st.Dump(ctx)
	if !contains(dump, `(official:wang-yi)-[REPRESENTS {firstSeen: "2020-02-14", lastSeen: "2020-05-05", title: "Foreign Minister"}]->(org:china)`) {
		t.Errorf("REPRESENTS not recomputed after correction:\n%s", join(dump))
	}
}

func TestWriteStatementsRoundTripsPerBatch(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 3*time.Minute)
	var batch []store.StatementRecord
	for i := range 200 {
		batch = append(batch, statement(fmt.Sprintf("b%03d", i), fmt.Sprintf("https://example.org/%d", i), "2022-01-01", fmt.Sprintf("text %d", i), "iraq"))
	}
	before := st.RoundTrips()
	if _, err := st.WriteStatements(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if n := st.RoundTrips() - before; n > 12 {
		t.Errorf("a batch of 200 statements took %d queries, want a fixed handful", n)
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func join(l []string) string {
	out := ""
	for _, s := range l {
		out += s + "\n"
	}
	return out
}

func TestWriteStatementsCorrectionInTheSameBatch(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 3*time.Minute)
	url := "https://example.org/readout"
	stats, err := st.WriteStatements(ctx, []store.StatementRecord{
		statement("v1", url, "2019-01-01", "First text.", "iraq"),
		statement("v2", url, "2020-02-14", "Corrected text.", "afghanistan"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Loaded != 1 || stats.Replaced != 1 {
		t.Errorf("stats = %+v, want 1 loaded, 1 replaced", stats)
	}
	counts, _ := st.Counts(ctx)
	if counts["Statement"] != 1 || counts["Meeting"] != 1 || counts["Topic"] != 1 {
		t.Errorf("counts = %v, want one statement, meeting and topic", counts)
	}
}

func TestWriteStatementsMergesOfficials(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 3*time.Minute)
	surnameOnly := store.OfficialRecord{ID: "official:stoltenberg", Name: "Stoltenberg", Surname: "Stoltenberg", Aliases: []string{"Stoltenberg"}}
	first := statement("m1", "", "2019-05-01", "Wang met Stoltenberg.")
	first.Meetings[0].Participants[1].Official = surnameOnly
	if _, err := st.WriteStatements(ctx, []store.StatementRecord{first}); err != nil {
		t.Fatal(err)
	}
	second := statement("m2", "", "2020-02-14", "Wang met Jens Stoltenberg.")
	second.Merges = []store.OfficialMerge{{From: surnameOnly.ID, To: jens.ID}}
	if _, err := st.WriteStatements(ctx, []store.StatementRecord{second}); err != nil {
		t.Fatal(err)
	}
	counts, _ := st.Counts(ctx)
	want := map[string]int64{
		"Statement": 2, "Meeting": 2, "Official": 2, "Organization": 2, "City": 1, "Topic": 0,
		"MEETING": 2, "ATTENDED": 4, "HELD_IN": 2, "DISCUSSED": 0, "REPORTED_IN": 2, "REPRESENTS": 2,
	}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("counts after merge (-want +got):\n%s", diff)
	}
	dump, _ := st.Dump(ctx)
	for _, line := range []string{
		`(official:jens-stoltenberg)-[REPRESENTS {firstSeen: "2019-05-01", lastSeen: "2020-02-14", title: "Secretary General"}]->(org:nato)`,
		`(official:wang-yi)-[MEETING {date: "2019-05-01", kind: "meeting", meetingId: "meeting:m1:0"}]->(official:jens-stoltenberg)`,
	} {
		if !contains(dump, line) {
			t.Errorf("dump lacks %s:\n%s", line, join(dump))
		}
	}
}

func TestWriteStatementsOrdersParticipants(t *testing.T) {
	st, ctx := neo4jtest.MustEmpty(t, 3*time.Minute)
	// The evidence names Stoltenberg first; the list puts Wang first, and
	// the list's order (ATTENDED.ordinal) is the one read back.
	rec := statement("o1", "", "2020-02-14", "Jens Stoltenberg met Wang Yi.")
	if _, err := st.WriteStatements(ctx, []store.StatementRecord{rec}); err != nil {
		t.Fatal(err)
	}
	dump, _ := st.Dump(ctx)
	for _, line := range []string{
		`(official:wang-yi)-[ATTENDED {ordinal: 0, organization: "China", title: "Foreign Minister"}]->(meeting:o1:0)`,
		`(official:jens-stoltenberg)-[ATTENDED {ordinal: 1, organization: "NATO", title: "Secretary General"}]->(meeting:o1:0)`,
	} {
		if !contains(dump, line) {
			t.Errorf("dump lacks %s:\n%s", line, join(dump))
		}
	}
	order := func() []string {
		t.Helper()
		ps, err := st.ParticipantsOf(ctx, []string{"meeting:o1:0"})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range ps["meeting:o1:0"] {
			ids = append(ids, p.Official.ID)
		}
		return ids
	}
	if diff := cmp.Diff([]string{wang.ID, jens.ID}, order()); diff != "" {
		t.Errorf("participants by ordinal (-want +got):\n%s", diff)
	}

	// A graph written before ordinal existed: the evidence's order.
	cfg := neo4jtest.Config()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer driver.Close(ctx)
	if _, err := neo4j.ExecuteQuery(ctx, driver, `MATCH ()-[a:ATTENDED]->() REMOVE a.ordinal`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{jens.ID, wang.ID}, order()); diff != "" {
		t.Errorf("participants without ordinal (-want +got):\n%s", diff)
	}
}
