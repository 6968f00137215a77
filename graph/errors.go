package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Error codes in extensions.code of the errors the API returns.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeTimeout         = "TIMEOUT"
	CodeInternal        = "INTERNAL_SERVER_ERROR"
	CodeTooDeep         = "QUERY_TOO_DEEP"
)

// userError is an error the caller can fix; its message is shown as is.
type userError struct {
	code string
	msg  string
}

func (e *userError) Error() string { return e.msg }

func badInput(format string, args ...any) error {
	return &userError{code: CodeBadUserInput, msg: fmt.Sprintf(format, args...)}
}

// presentError shows user errors and GraphQL's own errors (parse,
// validation, limits) as they are, a timeout as TIMEOUT, and anything
// else as "internal error" after logging it once: Cypher, driver messages
// and stacks never reach the client.
func presentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var ue *userError
		if errors.As(err, &ue) {
			gerr := gqlerror.WrapPath(graphql.GetPath(ctx), err)
			gerr.Message = ue.msg
			gerr.Extensions = map[string]any{"code": ue.code}
			return gerr
		}
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) && gerr.Err == nil {
			return graphql.DefaultErrorPresenter(ctx, err)
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return &gqlerror.Error{
				Message: "request timed out", Path: graphql.GetPath(ctx),
				Extensions: map[string]any{"code": CodeTimeout},
			}
		}
		logger.ErrorContext(ctx, "graphql: internal error", "path", graphql.GetPath(ctx).String(), "err", err)
		return &gqlerror.Error{
			Message: "internal error", Path: graphql.GetPath(ctx),
			Extensions: map[string]any{"code": CodeInternal},
		}
	}
}

// recoverPanic logs a resolver's panic once and answers "internal error".
func recoverPanic(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "graphql: panic", "path", graphql.GetPath(ctx).String(), "panic", fmt.Sprint(p))
		return &gqlerror.Error{Message: "internal error", Extensions: map[string]any{"code": CodeInternal}}
	}
}
