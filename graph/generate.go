// Package graph is diplograph's GraphQL layer: the schema's resolvers
// (thin: parse arguments, one store call or dataloader load, map the
// result), per-request dataloaders and the gqlgen-generated executor.
package graph

// gqlgen resolves its output paths against the working directory, so it
// runs from the module root where gqlgen.yml and schema.graphqls live.
//go:generate sh -c "cd .. && go tool gqlgen generate"
