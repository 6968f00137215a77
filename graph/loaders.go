package graph

import (
	"context"
	"time"

	"github.com/diplograph/diplograph/store"
	"github.com/vikstrous/dataloadgen"
)

// pageKey asks for one page of a parent's related nodes. Keys of a batch
// that share order and page go to the store together, so a request costs
// one round trip per distinct page arguments, whatever its result count.
type pageKey struct {
	ID    string
	Order store.Order
	Page  store.Page
}

// loaders are the per-request dataloaders: each batches the keys asked
// for while a level of the query resolves into one store call.
type loaders struct {
	officials    *dataloadgen.Loader[string, *store.Official]
	statements   *dataloadgen.Loader[string, *store.Statement]
	participants *dataloadgen.Loader[string, []store.Participant]
	topics       *dataloadgen.Loader[string, []store.Topic]
	cities       *dataloadgen.Loader[string, *store.City]
	posts        *dataloadgen.Loader[string, []store.Post]

	meetingsOf    map[store.Rel]*dataloadgen.Loader[pageKey, []store.Meeting]
	meetingCounts map[store.Rel]*dataloadgen.Loader[string, int]
	counterparts  *dataloadgen.Loader[pageKey, []store.Counterpart]
	counterpartsN *dataloadgen.Loader[string, int]
	officialsOf   *dataloadgen.Loader[pageKey, []store.Official]
	officialsOfN  *dataloadgen.Loader[string, int]
}

type loadersKey struct{}

// batchWait is how long a loader collects keys before it queries: long
// enough for the goroutines gqlgen starts for one level of a list (a
// hundred officials under fifty meetings) to all ask, on a busy machine
// too. Most queries never wait on it: the resolvers look ahead and prime
// the loaders level by level (prefetch.go). Shapes the look-ahead does
// not cover (a topic's or a city's meetings under a meeting, search hits'
// relations) still batch on this window.
const batchWait = 5 * time.Millisecond

func newLoaders(s *store.Store) *loaders {
	opt := dataloadgen.WithWait(batchWait)
	l := &loaders{
		officials:    dataloadgen.NewLoader(byKeys(ptrs(s.OfficialsByID)), opt),
		statements:   dataloadgen.NewLoader(byKeys(ptrs(s.StatementsByID)), opt),
		participants: dataloadgen.NewLoader(byKeys(s.ParticipantsOf), opt),
		topics:       dataloadgen.NewLoader(byKeys(s.TopicsOf), opt),
		cities:       dataloadgen.NewLoader(byKeys(ptrs(s.CitiesOf)), opt),
		posts:        dataloadgen.NewLoader(byKeys(s.PostsOf), opt),
		counterparts: dataloadgen.NewLoader(byPage(func(ctx context.Context, ids []string, _ store.Order, p store.Page) (map[string][]store.Counterpart, error) {
			return s.CounterpartsOf(ctx, ids, p)
		}), opt),
		counterpartsN: dataloadgen.NewLoader(byKeys(s.CountCounterpartsOf), opt),
		officialsOf: dataloadgen.NewLoader(byPage(func(ctx context.Context, ids []string, _ store.Order, p store.Page) (map[string][]store.Official, error) {
			return s.OfficialsOf(ctx, ids, p)
		}), opt),
		officialsOfN:  dataloadgen.NewLoader(byKeys(s.CountOfficialsOf), opt),
		meetingsOf:    map[store.Rel]*dataloadgen.Loader[pageKey, []store.Meeting]{},
		meetingCounts: map[store.Rel]*dataloadgen.Loader[string, int]{},
	}
	for _, rel := range []store.Rel{store.RelOfficial, store.RelOrganization, store.RelCity, store.RelTopic, store.RelStatement} {
		l.meetingsOf[rel] = dataloadgen.NewLoader(byPage(func(ctx context.Context, ids []string, o store.Order, p store.Page) (map[string][]store.Meeting, error) {
			return s.MeetingsOf(ctx, rel, ids, o, p)
		}), opt)
		l.meetingCounts[rel] = dataloadgen.NewLoader(byKeys(func(ctx context.Context, ids []string) (map[string]int, error) {
			return s.CountMeetingsOf(ctx, rel, ids)
		}), opt)
	}
	return l
}

func withLoaders(ctx context.Context, s *store.Store) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(s))
}

func loadersFrom(ctx context.Context) *loaders {
	return ctx.Value(loadersKey{}).(*loaders)
}

// byKeys adapts a store call that answers a map to the loader's
// positional results; keys it has no answer for get the zero value (nil,
// empty), which resolvers show as null or empty lists.
func byKeys[V any](f func(context.Context, []string) (map[string]V, error)) func(context.Context, []string) ([]V, []error) {
	return func(ctx context.Context, keys []string) ([]V, []error) {
		m, err := f(ctx, keys)
		out := make([]V, len(keys))
		if err != nil {
			return out, fill(len(keys), err)
		}
		for i, k := range keys {
			out[i] = m[k]
		}
		return out, nil
	}
}

// byPage groups page keys by their order and window and asks the store
// once per group.
func byPage[V any](f func(context.Context, []string, store.Order, store.Page) (map[string]V, error)) func(context.Context, []pageKey) ([]V, []error) {
	type args struct {
		o store.Order
		p store.Page
	}
	return func(ctx context.Context, keys []pageKey) ([]V, []error) {
		groups := map[args][]int{}
		var order []args
		for i, k := range keys {
			a := args{k.Order, k.Page}
			if _, ok := groups[a]; !ok {
				order = append(order, a)
			}
			groups[a] = append(groups[a], i)
		}
		out := make([]V, len(keys))
		var errs []error
		for _, a := range order {
			idx := groups[a]
			ids := make([]string, len(idx))
			for j, i := range idx {
				ids[j] = keys[i].ID
			}
			m, err := f(ctx, ids, a.o, a.p)
			if err != nil {
				if errs == nil {
					errs = make([]error, len(keys))
				}
				for _, i := range idx {
					errs[i] = err
				}
				continue
			}
			for _, i := range idx {
				out[i] = m[keys[i].ID]
			}
		}
		return out, errs
	}
}

// ptrs turns a map of values into a map of pointers, so that missing keys
// read as nil.
func ptrs[V any](f func(context.Context, []string) (map[string]V, error)) func(context.Context, []string) (map[string]*V, error) {
	return func(ctx context.Context, ids []string) (map[string]*V, error) {
		m, err := f(ctx, ids)
		if err != nil {
			return nil, err
		}
		out := make(map[string]*V, len(m))
		for k, v := range m {
			out[k] = &v
		}
		return out, nil
	}
}

func fill(n int, err error) []error {
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}
