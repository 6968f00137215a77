package graph

import (
	"context"
	"encoding/json"
	"slices"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store"
)

// Look-ahead. When a resolver has the objects of one level (a page of
// meetings, an official, a page of officials), it walks the query's
// selection below them and loads every relation selected there for all
// of them at once: one round trip per relation and argument set, started
// together, then the same one level further down. The results prime the
// dataloaders, so the child resolvers find them ready: a query of a
// covered shape costs a fixed number of round trips and waits on no
// batch window. Shapes the walk does not cover (a topic's or a city's
// meetings under a meeting, the relations of search hits and of an
// ingestStatement answer) fall back to the dataloaders' timed batches.

// prefetcher runs one look-ahead walk; its loads run concurrently and the
// first error wins.
type prefetcher struct {
	s  *store.Store
	l  *loaders
	oc *graphql.OperationContext

	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
	// loaded holds officials' meetings pages a parent's query already
	// read (counterparts with their meetings), so MeetingsOf does not
	// read them again.
	loaded map[pageKey][]store.Meeting
	// loadedCounterparts holds counterparts pages read with their
	// official's lookup.
	loadedCounterparts map[pageKey][]store.Counterpart
}

// prefetch walks the selection below ctx's field with walk and waits for
// every load it started.
func prefetch(ctx context.Context, s *store.Store, walk func(*prefetcher, []graphql.CollectedField)) error {
	pf := newPrefetcher(ctx, s)
	walk(pf, graphql.CollectFieldsCtx(ctx, nil))
	return pf.wait()
}

func newPrefetcher(ctx context.Context, s *store.Store) *prefetcher {
	return &prefetcher{s: s, l: loadersFrom(ctx), oc: graphql.GetOperationContext(ctx)}
}

func (pf *prefetcher) wait() error {
	pf.wg.Wait()
	if len(pf.errs) > 0 {
		return pf.errs[0]
	}
	return nil
}

// lookupOfficial resolves Query.official. When the query selects a page
// of the official's counterparts, the lookup, that page and (when
// selected) a page of each counterpart's meetings come back in one query;
// then the walk goes on below the official as usual.
func lookupOfficial(ctx context.Context, s *store.Store, id, name *string) (*store.Official, error) {
	plain := func() (*store.Official, error) {
		o, err := lookup(ctx, id, name, s.OfficialsByID, s.FindOfficial)
		if err != nil || o == nil {
			return o, err
		}
		return o, prefetch(ctx, s, func(pf *prefetcher, fs []graphql.CollectedField) {
			pf.Officials(ctx, fs, []string{o.ID})
		})
	}
	if (id != nil) == (name != nil) || (name != nil && deref(name) == "") {
		return plain() // lookup reports the arguments' error
	}
	pf := newPrefetcher(ctx, s)
	fs := graphql.CollectFieldsCtx(ctx, nil)
	var cp *graphql.CollectedField
	for _, f := range named(fs, "counterparts") {
		if has(graphql.CollectFields(pf.oc, f.Selections, nil), "edges", "pageInfo") {
			cp = &f
			break
		}
	}
	if cp == nil {
		return plain()
	}
	p, _, err := pf.pageArgs(*cp)
	if err != nil {
		return plain() // the counterparts resolver reports it
	}
	var mp store.Page
	var o store.Order
	off := pf.children(pf.nodes(graphql.CollectFields(pf.oc, cp.Selections, nil)), "official")
	if ms := named(off, "meetings"); len(ms) == 1 && has(graphql.CollectFields(pf.oc, ms[0].Selections, nil), "edges", "pageInfo") {
		if q, qo, err := pf.pageArgs(ms[0]); err == nil {
			mp, o = q, qo
		}
	}
	l := store.OfficialLookup{ID: deref(id), Name: deref(name)}
	official, cs, meetings, err := s.OfficialWithCounterparts(ctx, l, p, o, mp)
	if err != nil || official == nil {
		return nil, err
	}
	pf.loadedCounterparts = map[pageKey][]store.Counterpart{{ID: official.ID, Page: p}: cs}
	if meetings != nil {
		pf.loaded = map[pageKey][]store.Meeting{}
		for cid, m := range meetings {
			pf.loaded[pageKey{ID: cid, Order: o, Page: mp}] = m
		}
	}
	pf.Officials(ctx, fs, []string{official.ID})
	return official, pf.wait()
}

func (pf *prefetcher) spawn(f func() error) {
	pf.wg.Go(func() {
		if err := f(); err != nil {
			pf.mu.Lock()
			pf.errs = append(pf.errs, err)
			pf.mu.Unlock()
		}
	})
}

// children returns the fields selected under fields named name (all
// aliases merged).
func (pf *prefetcher) children(fs []graphql.CollectedField, name string) []graphql.CollectedField {
	var out []graphql.CollectedField
	for _, f := range fs {
		if f.Name == name {
			out = append(out, graphql.CollectFields(pf.oc, f.Selections, nil)...)
		}
	}
	return out
}

// named returns the fields called name, one per alias.
func named(fs []graphql.CollectedField, name string) []graphql.CollectedField {
	var out []graphql.CollectedField
	for _, f := range fs {
		if f.Name == name {
			out = append(out, f)
		}
	}
	return out
}

func has(fs []graphql.CollectedField, names ...string) bool {
	return slices.ContainsFunc(fs, func(f graphql.CollectedField) bool { return slices.Contains(names, f.Name) })
}

// nodes returns the fields selected on the nodes of the connection fs.
func (pf *prefetcher) nodes(fs []graphql.CollectedField) []graphql.CollectedField {
	return pf.children(pf.children(fs, "edges"), "node")
}

// MeetingNodes walks the fields fs selected on meetings ms.
func (pf *prefetcher) MeetingNodes(ctx context.Context, fs []graphql.CollectedField, ms []store.Meeting) {
	if len(ms) == 0 || len(fs) == 0 {
		return
	}
	var ids, sids []string
	seen := map[string]bool{}
	for _, m := range ms {
		if seen[m.ID] {
			continue
		}
		seen[m.ID] = true
		ids = append(ids, m.ID)
		if m.StatementID != "" && !slices.Contains(sids, m.StatementID) {
			sids = append(sids, m.StatementID)
		}
	}
	if sel := pf.children(fs, "participants"); len(sel) > 0 {
		pf.spawn(func() error {
			m, err := pf.s.ParticipantsOf(ctx, ids)
			if err != nil {
				return err
			}
			var oids []string
			for _, id := range ids {
				pf.l.participants.Prime(id, m[id])
				for _, p := range m[id] {
					oids = append(oids, p.Official.ID)
				}
			}
			pf.Officials(ctx, pf.children(sel, "official"), oids)
			return nil
		})
	}
	if has(fs, "topics") {
		pf.spawn(func() error {
			m, err := pf.s.TopicsOf(ctx, ids)
			if err != nil {
				return err
			}
			for _, id := range ids {
				pf.l.topics.Prime(id, m[id])
			}
			return nil
		})
	}
	if has(fs, "city") {
		pf.spawn(func() error {
			m, err := pf.s.CitiesOf(ctx, ids)
			if err != nil {
				return err
			}
			for _, id := range ids {
				if c, ok := m[id]; ok {
					pf.l.cities.Prime(id, &c)
				} else {
					pf.l.cities.Prime(id, nil)
				}
			}
			return nil
		})
	}
	if sel := pf.children(fs, "statement"); len(sel) > 0 && len(sids) > 0 {
		pf.spawn(func() error {
			m, err := pf.s.StatementsByID(ctx, sids)
			if err != nil {
				return err
			}
			var found []string
			for _, id := range sids {
				if st, ok := m[id]; ok {
					pf.l.statements.Prime(id, &st)
					found = append(found, id)
				}
			}
			pf.MeetingsOf(ctx, store.RelStatement, named(sel, "meetings"), found)
			return nil
		})
	}
}

// Officials walks the fields fs selected on the officials with ids.
func (pf *prefetcher) Officials(ctx context.Context, fs []graphql.CollectedField, ids []string) {
	ids = uniq(ids)
	if len(ids) == 0 || len(fs) == 0 {
		return
	}
	if has(fs, "posts") {
		pf.spawn(func() error {
			m, err := pf.s.PostsOf(ctx, ids)
			if err != nil {
				return err
			}
			for _, id := range ids {
				pf.l.posts.Prime(id, m[id])
			}
			return nil
		})
	}
	for _, f := range named(fs, "counterparts") {
		p, _, err := pf.pageArgs(f)
		if err != nil {
			continue // the resolver reports it
		}
		sub := graphql.CollectFields(pf.oc, f.Selections, nil)
		if has(sub, "edges", "pageInfo") {
			pf.spawn(func() error {
				off := pf.children(pf.nodes(sub), "official")
				m, err := pf.counterparts(ctx, ids, p, off)
				if err != nil {
					return err
				}
				var next []string
				for _, id := range ids {
					pf.l.counterparts.Prime(pageKey{ID: id, Page: p}, m[id])
					for _, c := range m[id] {
						next = append(next, c.Official.ID)
					}
				}
				pf.Officials(ctx, off, next)
				return nil
			})
		}
		if has(sub, "totalCount") {
			pf.count(ctx, ids, pf.s.CountCounterpartsOf, func(id string, n int) { pf.l.counterpartsN.Prime(id, n) })
		}
	}
	pf.MeetingsOf(ctx, store.RelOfficial, named(fs, "meetings"), ids)
}

// counterparts reads the counterparts page p of the officials with ids.
// When the counterparts' own fields fs select one page of their meetings,
// it reads those in the same query and keeps them for MeetingsOf.
func (pf *prefetcher) counterparts(ctx context.Context, ids []string, p store.Page, fs []graphql.CollectedField) (map[string][]store.Counterpart, error) {
	if len(ids) == 1 {
		pf.mu.Lock()
		cs, ok := pf.loadedCounterparts[pageKey{ID: ids[0], Page: p}]
		pf.mu.Unlock()
		if ok {
			return map[string][]store.Counterpart{ids[0]: cs}, nil
		}
	}
	ms := named(fs, "meetings")
	if len(ms) != 1 || !has(graphql.CollectFields(pf.oc, ms[0].Selections, nil), "edges", "pageInfo") {
		return pf.s.CounterpartsOf(ctx, ids, p)
	}
	mp, o, err := pf.pageArgs(ms[0])
	if err != nil {
		return pf.s.CounterpartsOf(ctx, ids, p)
	}
	cs, meetings, err := pf.s.CounterpartsWithMeetingsOf(ctx, ids, p, o, mp)
	if err != nil {
		return nil, err
	}
	pf.mu.Lock()
	if pf.loaded == nil {
		pf.loaded = map[pageKey][]store.Meeting{}
	}
	for id, m := range meetings {
		pf.loaded[pageKey{ID: id, Order: o, Page: mp}] = m
	}
	pf.mu.Unlock()
	return cs, nil
}

// fromLoaded returns the officials' meetings pages already read for
// every id, or false.
func (pf *prefetcher) fromLoaded(rel store.Rel, ids []string, o store.Order, p store.Page) (map[string][]store.Meeting, bool) {
	if rel != store.RelOfficial {
		return nil, false
	}
	pf.mu.Lock()
	defer pf.mu.Unlock()
	out := make(map[string][]store.Meeting, len(ids))
	for _, id := range ids {
		m, ok := pf.loaded[pageKey{ID: id, Order: o, Page: p}]
		if !ok {
			return nil, false
		}
		out[id] = m
	}
	return out, true
}

// Organizations walks the fields fs selected on the organizations with ids.
func (pf *prefetcher) Organizations(ctx context.Context, fs []graphql.CollectedField, ids []string) {
	ids = uniq(ids)
	if len(ids) == 0 || len(fs) == 0 {
		return
	}
	for _, f := range named(fs, "officials") {
		p, _, err := pf.pageArgs(f)
		if err != nil {
			continue
		}
		sub := graphql.CollectFields(pf.oc, f.Selections, nil)
		if has(sub, "edges", "pageInfo") {
			pf.spawn(func() error {
				m, err := pf.s.OfficialsOf(ctx, ids, p)
				if err != nil {
					return err
				}
				var next []string
				for _, id := range ids {
					pf.l.officialsOf.Prime(pageKey{ID: id, Page: p}, m[id])
					for _, o := range m[id] {
						next = append(next, o.ID)
					}
				}
				pf.Officials(ctx, pf.nodes(sub), next)
				return nil
			})
		}
		if has(sub, "totalCount") {
			pf.count(ctx, ids, pf.s.CountOfficialsOf, func(id string, n int) { pf.l.officialsOfN.Prime(id, n) })
		}
	}
	pf.MeetingsOf(ctx, store.RelOrganization, named(fs, "meetings"), ids)
}

// MeetingsOf loads the meetings connections fs (one per alias) of the
// parents with ids and walks their nodes.
func (pf *prefetcher) MeetingsOf(ctx context.Context, rel store.Rel, fs []graphql.CollectedField, ids []string) {
	ids = uniq(ids)
	if len(ids) == 0 {
		return
	}
	counted := false
	for _, f := range fs {
		p, o, err := pf.pageArgs(f)
		if err != nil {
			continue
		}
		sub := graphql.CollectFields(pf.oc, f.Selections, nil)
		page, total := has(sub, "edges", "pageInfo"), has(sub, "totalCount") && !counted
		counted = counted || total
		if page {
			pf.spawn(func() error {
				m, ok := pf.fromLoaded(rel, ids, o, p)
				switch {
				case !ok && total:
					var n map[string]int
					var err error
					if m, n, err = pf.s.MeetingsAndCountOf(ctx, rel, ids, o, p); err != nil {
						return err
					}
					for _, id := range ids {
						pf.l.meetingCounts[rel].Prime(id, n[id])
					}
				case !ok:
					var err error
					if m, err = pf.s.MeetingsOf(ctx, rel, ids, o, p); err != nil {
						return err
					}
				case total:
					pf.countMeetings(ctx, rel, ids)
				}
				var all []store.Meeting
				for _, id := range ids {
					pf.l.meetingsOf[rel].Prime(pageKey{ID: id, Order: o, Page: p}, m[id])
					all = append(all, m[id]...)
				}
				pf.MeetingNodes(ctx, pf.nodes(sub), all)
				return nil
			})
		} else if total {
			pf.countMeetings(ctx, rel, ids)
		}
	}
}

// countMeetings loads how many meetings each parent has.
func (pf *prefetcher) countMeetings(ctx context.Context, rel store.Rel, ids []string) {
	pf.count(ctx, ids, func(ctx context.Context, ids []string) (map[string]int, error) {
		return pf.s.CountMeetingsOf(ctx, rel, ids)
	}, func(id string, n int) { pf.l.meetingCounts[rel].Prime(id, n) })
}

func (pf *prefetcher) count(ctx context.Context, ids []string, f func(context.Context, []string) (map[string]int, error), prime func(string, int)) {
	pf.spawn(func() error {
		m, err := f(ctx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			prime(id, m[id])
		}
		return nil
	})
}

// pageArgs reads first, after and orderBy of a selected connection field
// the way its resolver receives them (defaults included).
func (pf *prefetcher) pageArgs(f graphql.CollectedField) (store.Page, store.Order, error) {
	args := f.ArgumentMap(pf.oc.Variables)
	var first *int
	if n, ok := asInt(args["first"]); ok {
		first = &n
	}
	var after *string
	if s, ok := args["after"].(string); ok {
		after = &s
	}
	var o *model.MeetingOrder
	switch v := args["orderBy"].(type) {
	case string:
		mo := model.MeetingOrder(v)
		o = &mo
	case model.MeetingOrder:
		o = &v
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

func uniq(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
