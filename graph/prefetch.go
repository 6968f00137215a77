package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph/store"
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
