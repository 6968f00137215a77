package server

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
)

// countErrors counts the GraphQL errors of each response by code.
func (s *Server) countErrors(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp != nil {
		for _, e := range resp.Errors {
			code := "UNKNOWN"
			if c, ok := e.Extensions["code"]; ok {
				code = fmt.Sprint(c)
			}
			s.gqlErrs.WithLabelValues(code).Inc()
		}
	}
	return resp
}
