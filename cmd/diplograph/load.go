package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/diplograph/diplograph/loader"
	"github.com/diplograph/diplograph/source"
	"github.com/diplograph/diplograph/store"
)

func runLoad(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("load", "PATH...", stderr)
	cfg := neo4jFlags(fs, env)
	var opts loader.Options
	var asJSON bool
	fs.IntVar(&opts.BatchSize, "batch", loader.DefaultBatchSize, "statements per transaction")
	fs.IntVar(&opts.Workers, "workers", 0, "extraction workers (0: one per CPU)")
	fs.BoolVar(&opts.DryRun, "dry-run", false, "extract and resolve, but write nothing (no Neo4j needed)")
	fs.BoolVar(&asJSON, "json", false, "print the summary as JSON on stdout")
	fs.Int64Var(&opts.MaxBytes, "max-bytes", source.DefaultMaxBytes, "skip statements larger than this many bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: load needs at least one PATH (a file, a directory, or - for stdin)", errUsage)
	}
	if opts.BatchSize <= 0 || opts.Workers < 0 || opts.MaxBytes <= 0 {
		return fmt.Errorf("%w: -batch and -max-bytes must be positive, -workers not negative", errUsage)
	}
	paths := fs.Args()
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("load: %w", err)
		}
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))

	var st *store.Store
	if !opts.DryRun {
		if err := validateNeo4j(cfg); err != nil {
			return err
		}
		var err error
		if st, err = openStore(ctx, *cfg); err != nil {
			return err
		}
		defer st.Close(context.WithoutCancel(ctx))
		if err := st.Migrate(ctx); err != nil {
			return fmt.Errorf("load: %w", err)
		}
	}

	stop := reportProgress(paths, stderr, logger, &opts)
	sum, err := loader.Load(ctx, st, paths, stdin, opts)
	stop(sum)
	if err != nil {
		var ue *loader.UnavailableError
		if errors.As(err, &ue) {
			return fmt.Errorf("load: Neo4j at %s stopped answering (%s); %d statements were loaded before it did; run the same command again to resume (loading is idempotent)",
				ue.URI, oneLine(strings.TrimPrefix(ue.Err.Error(), store.ErrUnavailable.Error()+": "+ue.URI+": ")), ue.Loaded)
		}
		return fmt.Errorf("load: %w", err)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		printSummary(stdout, sum)
	}
	if sum.Skipped > 0 {
		return &exitError{code: 3, msg: fmt.Sprintf("load: %d of %d inputs skipped (listed above); the rest loaded", sum.Skipped, sum.Read)}
	}
	return nil
}

// reportProgress shows a progress bar when stderr is a terminal and logs a
// line every few seconds otherwise. The returned function ends it.
func reportProgress(paths []string, stderr io.Writer, logger *slog.Logger, opts *loader.Options) func(loader.Summary) {
	f, ok := stderr.(*os.File)
	if ok && term.IsTerminal(int(f.Fd())) {
		total := loader.CountInputs(paths)
		bar := progressbar.NewOptions(total,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("statements"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionFullWidth(),
		)
		opts.Progress = func(done int, _ *loader.Summary) { _ = bar.Set(done) }
		return func(loader.Summary) { _ = bar.Finish(); fmt.Fprintln(stderr) }
	}
	start := time.Now()
	last := start
	opts.Progress = func(done int, s *loader.Summary) {
		if time.Since(last) < 5*time.Second {
			return
		}
		last = time.Now()
		el := time.Since(start).Seconds()
		logger.Info("load progress", "read", done, "loaded", s.Loaded, "unchanged", s.Unchanged,
			"skipped", s.Skipped, "statements_per_second", int(float64(done)/el))
	}
	return func(loader.Summary) {}
}

func printSummary(w io.Writer, s loader.Summary) {
	for _, sk := range s.SkippedInputs {
		if sk.Line > 0 {
			fmt.Fprintf(w, "skipped %s line %d: %s\n", sk.File, sk.Line, sk.Reason)
		} else {
			fmt.Fprintf(w, "skipped %s: %s\n", sk.File, sk.Reason)
		}
	}
	verb := "loaded"
	if s.DryRun {
		verb = "would load (dry run)"
	}
	fmt.Fprintf(w, "read %d, %s %d, unchanged %d, skipped %d, contacts %d in %.1fs (%.0f statements/s)\n",
		s.Read, verb, s.Loaded, s.Unchanged, s.Skipped, s.Contacts, s.Seconds, s.PerSecond)
	if s.Replaced > 0 {
		fmt.Fprintf(w, "replaced %d older versions of statements\n", s.Replaced)
	}
	if len(s.SkippedByReason) > 0 {
		fmt.Fprintf(w, "skipped by reason: %s\n", joinCounts(s.SkippedByReason))
	}
	if len(s.NewNodes) > 0 {
		var parts []string
		for _, l := range store.Labels {
			parts = append(parts, fmt.Sprintf("%s %d", l, s.NewNodes[l]))
		}
		fmt.Fprintf(w, "new nodes: %s\n", strings.Join(parts, ", "))
	}
}

func joinCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
