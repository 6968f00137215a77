package graph

import (
	"context"
	"errors"

	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store"
)

// conn is what a connection resolver computed: only the parts the query
// selected were fetched.
type conn[E any] struct {
	edges []E
	info  *model.PageInfo
	total int
}

// connection starts the page and the count (each only when selected) so
// that they run together, then waits for both and builds the edges.
func connection[T, E any](ctx context.Context, p store.Page, n int,
	startPage func() func() ([]T, error), startCount func() func() (int, error),
	mk func(T, string) E,
) (conn[E], error) {
	sel := selected(ctx)
	var waitPage func() ([]T, error)
	var waitCount func() (int, error)
	if sel.page {
		waitPage = startPage()
	}
	if sel.total {
		waitCount = startCount()
	}
	var c conn[E]
	var errPage, errCount error
	if waitPage != nil {
		var items []T
		items, errPage = waitPage()
		c.edges, c.info = window(items, p, n, mk)
	} else {
		c.edges, c.info = []E{}, &model.PageInfo{HasPreviousPage: p.Skip > 0}
	}
	if waitCount != nil {
		c.total, errCount = waitCount()
	}
	return c, errors.Join(errPage, errCount)
}

// async runs f in its own goroutine and returns a function that waits for
// its result.
func async[V any](f func() (V, error)) func() (V, error) {
	done := make(chan struct{})
	var v V
	var err error
	go func() {
		defer close(done)
		v, err = f()
	}()
	return func() (V, error) {
		<-done
		return v, err
	}
}

func meetingEdge(m store.Meeting, c string) model.MeetingEdge {
	return model.MeetingEdge{Node: &m, Cursor: c}
}

func meetingConnection(c conn[model.MeetingEdge], err error) (*model.MeetingConnection, error) {
	if err != nil {
		return nil, err
	}
	return &model.MeetingConnection{TotalCount: c.total, Edges: c.edges, PageInfo: c.info}, nil
}

// meetingsOf resolves a parent's meetings connection through the
// dataloaders.
func meetingsOf(ctx context.Context, rel store.Rel, id string, orderBy *model.MeetingOrder, first *int, after *string) (*model.MeetingConnection, error) {
	p, n, err := page(first, after)
	if err != nil {
		return nil, err
	}
	l := loadersFrom(ctx)
	key := pageKey{ID: id, Order: order(orderBy), Page: p}
	return meetingConnection(connection(ctx, p, n,
		func() func() ([]store.Meeting, error) { return l.meetingsOf[rel].LoadThunk(ctx, key) },
		func() func() (int, error) { return l.meetingCounts[rel].LoadThunk(ctx, id) },
		meetingEdge))
}

// list resolves a top-level entity list connection.
func list[T, E any](ctx context.Context, s *store.Store, label store.Label, f store.ListFilter, first *int, after *string,
	fetch func(context.Context, store.ListFilter, store.Page) ([]T, error), mk func(T, string) E,
) (conn[E], error) {
	p, n, err := page(first, after)
	if err != nil {
		return conn[E]{}, err
	}
	return connection(ctx, p, n,
		func() func() ([]T, error) { return async(func() ([]T, error) { return fetch(ctx, f, p) }) },
		func() func() (int, error) { return async(func() (int, error) { return s.Count(ctx, label, f) }) },
		mk)
}

func nameFilter(w *model.NameFilter) store.ListFilter {
	if w == nil {
		return store.ListFilter{}
	}
	return store.ListFilter{NameContains: deref(w.NameContains), Country: deref(w.Country)}
}

type authorizedKey struct{}

// Authorize marks ctx as carrying a valid API key: mutations run only
// then. The server calls it after checking the request's key.
func Authorize(ctx context.Context) context.Context {
	return context.WithValue(ctx, authorizedKey{}, true)
}

func authorized(ctx context.Context) bool {
	ok, _ := ctx.Value(authorizedKey{}).(bool)
	return ok
}

// lookup resolves an (id, name) pair of arguments: exactly one must be
// given.
func lookup[T any](ctx context.Context, id, name *string,
	byID func(context.Context, []string) (map[string]T, error), byName func(context.Context, string) (*T, error),
) (*T, error) {
	switch {
	case id != nil && name != nil:
		return nil, badInput("give id or name, not both")
	case id != nil:
		m, err := byID(ctx, []string{*id})
		if err != nil {
			return nil, err
		}
		if v, ok := m[*id]; ok {
			return &v, nil
		}
		return nil, nil
	case name != nil && deref(name) != "":
		return byName(ctx, deref(name))
	default:
		return nil, badInput("give id or name")
	}
}

func officialEdge(o store.Official, cur string) model.OfficialEdge {
	return model.OfficialEdge{Node: &o, Cursor: cur}
}

func searchHit(h store.SearchHit) model.SearchHit {
	out := model.SearchHit{Score: h.Score}
	switch {
	case h.Statement != nil:
		out.Kind, out.ID, out.Statement = model.SearchHitKindStatement, h.Statement.ID, h.Statement
		out.Name = deref(h.Statement.Title)
	case h.Official != nil:
		out.Kind, out.ID, out.Name, out.Official = model.SearchHitKindOfficial, h.Official.ID, h.Official.Name, h.Official
	case h.Organization != nil:
		out.Kind, out.ID, out.Name, out.Organization = model.SearchHitKindOrganization, h.Organization.ID, h.Organization.Name, h.Organization
	case h.City != nil:
		out.Kind, out.ID, out.Name, out.City = model.SearchHitKindCity, h.City.ID, h.City.Name, h.City
	case h.Topic != nil:
		out.Kind, out.ID, out.Name, out.Topic = model.SearchHitKindTopic, h.Topic.ID, h.Topic.Name, h.Topic
	}
	return out
}
