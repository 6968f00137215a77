// Command diplograph reads diplomatic statements, extracts the contacts they
// report, writes them to Neo4j as a graph and serves that graph over
// GraphQL.
//
// Usage:
//
//	diplograph <command> [flags] [args]
//
// Commands: serve, load, extract, migrate, gen, version. Run
// "diplograph <command> -h" for a command's flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// command is one subcommand of diplograph.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"serve", "serve the graph over GraphQL (and the playground) on HTTP", runServe},
		{"load", "extract statements and write them to Neo4j", runLoad},
		{"extract", "print the contacts statements report, as JSON lines", runExtract},
		{"migrate", "create Neo4j constraints and indexes (idempotent)", runMigrate},
		{"gen", "write a corpus of fictional statements for demos and benchmarks", runGen},
		{"version", "print the version", runVersion},
	}
}

// run dispatches to the subcommand named by args[0].
func run(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], env, stdin, stdout, stderr)
		}
	}
	usage(stderr)
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "diplograph: a knowledge graph of diplomatic contacts")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: diplograph <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "diplograph <command> -h" for a command's flags.`)
}

// errUsage marks errors in how the command was called (exit status 2).
var errUsage = errors.New("usage error")

// exitError carries an exit status other than 1 for a command that has
// already reported what went wrong (for example "load" when it skipped
// files).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// exitCode prints err once, on one line, and maps it to the process's exit
// status: 0 for success, 2 for usage errors, the code of an *exitError, 1
// otherwise.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "diplograph:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "diplograph:", err)
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}
