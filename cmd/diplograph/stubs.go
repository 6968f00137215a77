package main

// Placeholders that the subcommands' own files replace. Each is deleted
// when its command lands.

import (
	"errors"
)

var errNotBuilt = errors.New("this command is not built yet")
