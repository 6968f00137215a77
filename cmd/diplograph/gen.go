package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/internal/gen"
)

func runGen(_ context.Context, args []string, _ func(string) string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("gen", "", stderr)
	var opts gen.Options
	var out string
	fs.IntVar(&opts.Count, "count", 200, "number of statements")
	fs.Uint64Var(&opts.Seed, "seed", 1, "random seed; the same seed gives the same corpus")
	fs.StringVar(&out, "out", "", "output: a FILE.jsonl (fast for large corpora), a directory for .txt files, or - for JSONL on stdout")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if out == "" || fs.NArg() > 0 || opts.Count < 0 {
		fs.Usage()
		return fmt.Errorf("%w: gen needs -out DIR|FILE.jsonl|- and a non-negative -count", errUsage)
	}
	switch {
	case out == "-":
		w := bufio.NewWriter(stdout)
		if err := gen.WriteJSONL(w, opts); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		return w.Flush()
	case strings.EqualFold(filepath.Ext(out), ".jsonl"):
		f, err := os.Create(out)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		err = gen.WriteJSONL(w, opts)
		if err == nil {
			err = w.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	default:
		if err := gen.WriteDir(out, opts); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	fmt.Fprintf(stderr, "gen: wrote %d fictional statements (seed %d) to %s\n", opts.Count, opts.Seed, out)
	return nil
}
