package graph

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store"
	"github.com/vektah/gqlparser/v2/ast"
)

// nodeFields returns the names of the fields selected under edges.node of
// the connection field that ctx belongs to.
func nodeFields(ctx context.Context) map[string]bool {
	out := map[string]bool{}
	oc := graphql.GetOperationContext(ctx)
	for _, e := range graphql.CollectFieldsCtx(ctx, nil) {
		if e.Name != "edges" {
			continue
		}
		for _, n := range graphql.CollectFields(oc, e.Selections, nil) {
			if n.Name != "node" {
				continue
			}
			for _, f := range graphql.CollectFields(oc, n.Selections, nil) {
				out[f.Name] = true
			}
		}
	}
	return out
}

// prefetchMeetings looks ahead at what the query selects on a page of
// meetings and loads those relations right away, one round trip each and
// all at once, priming the dataloaders: the per-meeting resolvers then
// find them ready instead of waiting for a batch window.
func prefetchMeetings(ctx context.Context, s *store.Store, ms []store.Meeting) error {
	if len(ms) == 0 {
		return nil
	}
	sel := nodeFields(ctx)
	l := loadersFrom(ctx)
	ids := make([]string, len(ms))
	var sids []string
	for i, m := range ms {
		ids[i] = m.ID
		if m.StatementID != "" {
			sids = append(sids, m.StatementID)
		}
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	run := func(want bool, f func() error) {
		if !want {
			return
		}
		wg.Go(func() {
			if err := f(); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		})
	}
	run(sel["participants"], func() error {
		m, err := s.ParticipantsOf(ctx, ids)
		for _, id := range ids {
			if err == nil {
				l.participants.Prime(id, m[id])
			}
		}
		return err
	})
	run(sel["topics"], func() error {
		m, err := s.TopicsOf(ctx, ids)
		for _, id := range ids {
			if err == nil {
				l.topics.Prime(id, m[id])
			}
		}
		return err
	})
	run(sel["city"], func() error {
		m, err := s.CitiesOf(ctx, ids)
		for _, id := range ids {
			if c, ok := m[id]; ok && err == nil {
				l.cities.Prime(id, &c)
			} else if err == nil {
				l.cities.Prime(id, nil)
			}
		}
		return err
	})
	run(sel["statement"] && len(sids) > 0, func() error {
		m, err := s.StatementsByID(ctx, sids)
		for _, id := range sids {
			if st, ok := m[id]; ok && err == nil {
				l.statements.Prime(id, &st)
			}
		}
		return err
	})
	wg.Wait()
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// selectedAt returns the fields reached from ctx's field by following
// path (field names, aliases included).
func selectedAt(ctx context.Context, path ...string) []graphql.CollectedField {
	oc := graphql.GetOperationContext(ctx)
	level := graphql.CollectFieldsCtx(ctx, nil)
	for i, name := range path {
		var next []graphql.CollectedField
		for _, f := range level {
			if f.Name != name {
				continue
			}
			if i == len(path)-1 {
				next = append(next, f)
			} else {
				next = append(next, graphql.CollectFields(oc, f.Selections, nil)...)
			}
		}
		level = next
	}
	return level
}

// pageArgs reads first, after and orderBy of a selected connection field
// the way its resolver receives them.
func pageArgs(ctx context.Context, f graphql.CollectedField) (store.Page, store.Order, error) {
	args := f.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
	var first *int
	if n, ok := asInt(args["first"]); ok {
		first = &n
	}
	var after *string
	if s, ok := args["after"].(string); ok {
		after = &s
	}
	var o *model.MeetingOrder
	if s, ok := args["orderBy"].(string); ok {
		mo := model.MeetingOrder(s)
		o = &mo
	}
	p, _, err := page(first, after)
	return p, order(o), err
}

func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

// prefetchOfficialMeetings looks ahead from a list of officials (at path
// below ctx's field) to their meetings connections, loads each selected
// one for all the officials in one round trip and primes the loader, so
// that level pays no batch window. Arguments the resolver would refuse
// are left to it.
func prefetchOfficialMeetings(ctx context.Context, s *store.Store, ids []string, path ...string) error {
	if len(ids) == 0 || !single(ctx) {
		return nil
	}
	l := loadersFrom(ctx)
	for _, f := range selectedAt(ctx, append(path, "meetings")...) {
		p, o, err := pageArgs(ctx, f)
		if err != nil {
			continue
		}
		oc := graphql.GetOperationContext(ctx)
		page := false
		for _, c := range graphql.CollectFields(oc, f.Selections, nil) {
			page = page || c.Name == "edges" || c.Name == "pageInfo"
		}
		if !page {
			continue
		}
		ms, err := s.MeetingsOf(ctx, store.RelOfficial, ids, o, p)
		if err != nil {
			return err
		}
		for _, id := range ids {
			l.meetingsOf[store.RelOfficial].Prime(pageKey{ID: id, Order: o, Page: p}, ms[id])
		}
	}
	return nil
}

// prefetchCounterparts looks ahead from one official to its selected
// counterparts page and primes the loader with it.
func prefetchCounterparts(ctx context.Context, s *store.Store, id string) error {
	if !single(ctx) {
		return nil
	}
	l := loadersFrom(ctx)
	for _, f := range selectedAt(ctx, "counterparts") {
		p, _, err := pageArgs(ctx, f)
		if err != nil {
			continue
		}
		cs, err := s.CounterpartsOf(ctx, []string{id}, p)
		if err != nil {
			return err
		}
		l.counterparts.Prime(pageKey{ID: id, Page: p}, cs[id])
	}
	return nil
}

// single reports whether ctx's field resolves once per request (no list
// above it). Look-ahead from a field inside a list would run once per
// element, which is the N+1 the dataloaders are there to avoid.
func single(ctx context.Context) bool {
	for _, el := range graphql.GetPath(ctx) {
		if _, ok := el.(ast.PathIndex); ok {
			return false
		}
	}
	return true
}
