package graph

import (
	"context"
	"encoding/base64"
	"regexp"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store"
)

// MaxFirst is the largest page any field returns.
const MaxFirst = 100

const defaultFirst = 20

// page turns Relay arguments into an offset window one row longer than
// asked, so that the extra row tells whether there is a next page.
func page(first *int, after *string) (store.Page, int, error) {
	n := defaultFirst
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxFirst {
		return store.Page{}, 0, badInput("first must be between 0 and %d, got %d", MaxFirst, n)
	}
	skip := 0
	if after != nil && *after != "" {
		off, err := decodeCursor(*after)
		if err != nil {
			return store.Page{}, 0, err
		}
		skip = off + 1
	}
	return store.Page{Skip: skip, Limit: n + 1}, n, nil
}

// limit validates a plain `first` argument of a list that is not a
// connection.
func limit(first *int, def int) (int, error) {
	n := def
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxFirst {
		return 0, badInput("first must be between 0 and %d, got %d", MaxFirst, n)
	}
	return n, nil
}

// Cursors are offsets: opaque to clients, stable while the data is.
func cursor(offset int) string {
	return base64.StdEncoding.EncodeToString([]byte("offset:" + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.StdEncoding.DecodeString(c)
	if err == nil {
		if s, ok := strings.CutPrefix(string(b), "offset:"); ok {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				return n, nil
			}
		}
	}
	return 0, badInput("after: %q is not a cursor this API returned", c)
}

// window cuts the extra row off items and builds the edges with mk.
func window[T, E any](items []T, p store.Page, n int, mk func(T, string) E) ([]E, *model.PageInfo) {
	info := &model.PageInfo{HasPreviousPage: p.Skip > 0}
	if len(items) > n {
		items = items[:n]
		info.HasNextPage = true
	}
	edges := make([]E, len(items))
	for i, it := range items {
		edges[i] = mk(it, cursor(p.Skip+i))
	}
	if len(items) > 0 {
		s, e := cursor(p.Skip), cursor(p.Skip+len(items)-1)
		info.StartCursor, info.EndCursor = &s, &e
	}
	return edges, info
}

// selection says which parts of a connection the query asks for, so that
// a count is only run when totalCount is selected and a page only when
// edges or pageInfo are.
type selection struct{ page, total bool }

func selected(ctx context.Context) selection {
	var s selection
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		switch f.Name {
		case "edges", "pageInfo":
			s.page = true
		case "totalCount":
			s.total = true
		}
	}
	return s
}

var dateArg = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// meetingFilter validates and converts a GraphQL filter.
func meetingFilter(w *model.MeetingFilter) (store.MeetingFilter, error) {
	var f store.MeetingFilter
	if w == nil {
		return f, nil
	}
	if w.Between != nil {
		if len(w.Between) != 2 {
			return f, badInput("where.between takes exactly two names, got %d", len(w.Between))
		}
		for _, b := range w.Between {
			if strings.TrimSpace(b) == "" {
				return f, badInput("where.between: names must not be empty")
			}
		}
		f.Between = w.Between
	}
	for _, d := range []struct {
		name string
		v    *string
		dst  *string
	}{{"from", w.From, &f.From}, {"to", w.To, &f.To}} {
		if d.v == nil {
			continue
		}
		if !dateArg.MatchString(*d.v) {
			return f, badInput("where.%s: %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", d.name, *d.v)
		}
		*d.dst = *d.v
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, badInput("where.from %q is after where.to %q", f.From, f.To)
	}
	f.Participant = deref(w.Participant)
	f.Organization = deref(w.Organization)
	f.City = deref(w.City)
	f.Country = deref(w.Country)
	f.Topic = deref(w.Topic)
	f.Text = deref(w.Text)
	if w.Kind != nil {
		f.Kind = strings.ToLower(string(*w.Kind))
	}
	return f, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return strings.TrimSpace(*s)
}

func order(o *model.MeetingOrder) store.Order {
	if o != nil && *o == model.MeetingOrderDateAsc {
		return store.OldestFirst
	}
	return store.NewestFirst
}
