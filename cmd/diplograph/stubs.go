package main

// Placeholders that the subcommands' own files replace. Each is deleted
// when its command lands.

import (
	"context"
	"errors"
	"io"
)

var errNotBuilt = errors.New("this command is not built yet")

func runExtract(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	return errNotBuilt
}
