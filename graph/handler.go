package graph

import (
	"context"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Limits bound what one request may ask for. Zero fields take the
// defaults.
type Limits struct {
	MaxDepth      int // nesting of selections; default 15
	MaxComplexity int // gqlgen complexity, connections weighted by first; default 5000
	MaxTokens     int // parser token limit; default 5000
}

func (l Limits) withDefaults() Limits {
	if l.MaxDepth == 0 {
		l.MaxDepth = 15
	}
	if l.MaxComplexity == 0 {
		l.MaxComplexity = 5000
	}
	if l.MaxTokens == 0 {
		l.MaxTokens = 5000
	}
	return l
}

// Options configure NewHandler.
type Options struct {
	Store    *store.Store
	Ingester Ingester
	Logger   *slog.Logger
	Limits   Limits
}

// NewHandler returns the GraphQL handler: GET and POST transports, the
// query limits (depth, complexity, tokens) that refuse a hostile query
// before it reaches Neo4j, the error presenter and panic recovery, and
// fresh dataloaders for every operation.
func NewHandler(o Options) *handler.Server {
	lim := o.Limits.withDefaults()
	logger := o.Logger
	if logger == nil {
		logger = slog.Default()
	}
	cfg := Config{Resolvers: &Resolver{Store: o.Store, Ingester: o.Ingester}}
	setComplexity(&cfg.Complexity)
	srv := handler.New(NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(lim.MaxTokens)
	srv.Use(extension.Introspection{})
	srv.Use(depthLimit{max: lim.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(lim.MaxComplexity))
	srv.SetErrorPresenter(presentError(logger))
	srv.SetRecoverFunc(recoverPanic(logger))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withLoaders(ctx, o.Store))
	})
	return srv
}

// depthLimit refuses operations nested deeper than max, before they run.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	if depth(op.SelectionSet, 0, d.max) > d.max {
		err := gqlerror.Errorf("query is nested deeper than the limit of %d", d.max)
		err.Extensions = map[string]any{"code": CodeTooDeep}
		return err
	}
	return nil
}

// depth measures a selection set, stopping as soon as it passes max.
func depth(set ast.SelectionSet, cur, max int) int {
	if cur > max {
		return cur
	}
	deepest := cur
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = cur + 1
			} else {
				d = depth(s.SelectionSet, cur+1, max)
			}
		case *ast.InlineFragment:
			d = depth(s.SelectionSet, cur, max)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet, cur, max)
			}
		}
		if d > deepest {
			deepest = d
		}
		if deepest > max {
			return deepest
		}
	}
	return deepest
}

// weight is the complexity factor of a page of first items: a query that
// asks for more is refused with a clear message by its resolver, so the
// factor is capped to keep the arithmetic small.
func weight(first *int, def int) int {
	n := def
	if first != nil {
		n = *first
	}
	if n < 1 {
		return 1
	}
	if n > MaxFirst {
		return MaxFirst
	}
	return n
}

func setComplexity(c *ComplexityRoot) {
	type (
		mo = model.MeetingOrder
		mf = model.MeetingFilter
		nf = model.NameFilter
	)
	meetings := func(child int, _ *mo, first *int, _ *string) int { return 1 + child*weight(first, defaultFirst) }
	paged := func(child int, first *int, _ *string) int { return 1 + child*weight(first, defaultFirst) }
	list := func(child int, _ *nf, first *int, _ *string) int { return 1 + child*weight(first, defaultFirst) }

	c.Official.Meetings = meetings
	c.Official.Counterparts = paged
	c.Organization.Meetings = meetings
	c.Organization.Officials = paged
	c.City.Meetings = meetings
	c.Topic.Meetings = meetings
	c.Statement.Meetings = meetings
	c.Query.Meetings = func(child int, _ *mf, _ *mo, first *int, _ *string) int {
		return 1 + child*weight(first, defaultFirst)
	}
	c.Query.Officials = func(child int, _ *model.OfficialFilter, first *int, _ *string) int {
		return 1 + child*weight(first, defaultFirst)
	}
	c.Query.Organizations = list
	c.Query.Cities = list
	c.Query.Topics = list
	c.Query.Statements = list
	c.Query.Search = func(child int, _ string, first *int) int { return 1 + child*weight(first, defaultFirst) }
	c.Query.ContactPath = func(child int, _, _ string, maxHops *int) int { return 1 + child*weight(maxHops, 4) }
	c.Query.TopCounterparts = func(child int, _, _ *string, first *int) int { return 1 + child*weight(first, 10) }
	c.Query.TopTopics = func(child int, _ *mf, first *int) int { return 1 + child*weight(first, 10) }
	c.Query.TopCities = func(child int, _ *mf, first *int) int { return 1 + child*weight(first, 10) }
}
