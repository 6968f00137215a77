// Package loader reads statements, extracts the contacts they report,
// resolves the people, organizations and places they name to graph
// entities, and writes them to Neo4j in batches.
//
// Extraction runs in parallel workers; resolution and writing run in input
// order, one batch at a time, each batch in one transaction. Loading is
// idempotent (a statement already stored is recognized by its id, made from
// its URL and text, and left alone), so a load that was interrupted resumes
// by running it again.
package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/source"
	"github.com/diplograph/diplograph/store"
)

// DefaultBatchSize is how many statements one transaction writes.
const DefaultBatchSize = 500

// maxBatchBytes caps the text one transaction writes, so that a batch of
// long statements does not make a transaction of gigabytes.
const maxBatchBytes = 16 << 20

// Options tune a load.
type Options struct {
	// BatchSize is the number of statements per transaction; 0 means
	// DefaultBatchSize.
	BatchSize int
	// Workers is the number of extraction workers; 0 means one per CPU.
	Workers int
	// DryRun extracts and resolves without writing; Load's store may be nil.
	DryRun bool
	// MaxBytes caps one statement's size (see source.Options).
	MaxBytes int64
	// Extract is the extraction function; nil means extract.Extract.
	Extract func(extract.Input) extract.Result
	// Places canonicalizes organizations and cities; nil means Gazetteer.
	Places Places
	// Patience is how long to wait for Neo4j to come back when it stops
	// answering mid-load before giving up; 0 means 30 s.
	Patience time.Duration
	// Progress, when set, is called after each batch with the number of
	// inputs done so far and the summary so far. It runs on the writing
	// goroutine: keep it quick.
	Progress func(done int, sum *Summary)
}

// Summary says what a load did.
type Summary struct {
	// Read counts the inputs read: statements and unreadable inputs.
	Read int `json:"read"`
	// Loaded counts statements written.
	Loaded int `json:"loaded"`
	// Unchanged counts statements already stored with the same text (or
	// given twice), for which nothing was written.
	Unchanged int `json:"unchanged"`
	// Replaced counts older versions of statements replaced by a new text
	// under the same URL.
	Replaced int `json:"replaced"`
	// Skipped counts inputs that could not be read.
	Skipped int `json:"skipped"`
	// SkippedByReason counts skipped inputs by the kind of reason ("empty",
	// "binary", "not valid UTF-8", "bad JSON", ...).
	SkippedByReason map[string]int `json:"skipped_by_reason"`
	// SkippedInputs lists each skipped input.
	SkippedInputs []SkippedInput `json:"skipped_inputs"`
	// Contacts counts the contacts (Meeting nodes) of loaded statements.
	Contacts int `json:"contacts"`
	// NewNodes counts nodes created, by label (not filled by dry runs).
	NewNodes map[string]int64 `json:"new_nodes"`
	// Officials is the number of distinct officials known at the end.
	Officials int `json:"officials"`
	// DryRun is set when nothing was written.
	DryRun bool `json:"dry_run"`
	// Seconds is the wall time of the load.
	Seconds float64 `json:"seconds"`
	// PerSecond is statements (loaded and unchanged) per second.
	PerSecond float64 `json:"statements_per_second"`
}

// SkippedInput is one input that could not be read.
type SkippedInput struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"` // the line of a JSONL record; 0 for a whole file
	Reason string `json:"reason"`
}

// UnavailableError is returned when Neo4j stops answering during a load.
type UnavailableError struct {
	URI    string
	Loaded int // statements stored before it went away (this run)
	Err    error
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("Neo4j at %s stopped answering; %d statements were loaded before it did; re-running the same command resumes (loading is idempotent): %v",
		e.URI, e.Loaded, e.Err)
}

func (e *UnavailableError) Unwrap() error { return e.Err }

// item is one input on its way through the pipeline.
type item struct {
	seq    int
	doc    source.Document
	id     string // statement id, when looked up
	stored bool   // already stored: nothing to extract or write
	res    extract.Result
}

// Load reads paths (files, directories, "-" for stdin) and writes the
// statements they hold to st, which must be migrated. It returns what it
// did even when it fails. Errors: ctx's, a path that does not exist, and
// *UnavailableError when Neo4j stops answering (after the driver's retries,
// about 30 s).
func Load(ctx context.Context, st *store.Store, paths []string, stdin io.Reader, opts Options) (Summary, error) {
	start := time.Now()
	sum := Summary{SkippedByReason: map[string]int{}, SkippedInputs: []SkippedInput{}, NewNodes: map[string]int64{}, DryRun: opts.DryRun}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Extract == nil {
		opts.Extract = defaultExtract
	}
	if opts.Places == nil {
		opts.Places = Gazetteer{}
	}
	if opts.Patience <= 0 {
		opts.Patience = 30 * time.Second
	}
	resolver := NewResolver(opts.Places)

	var before map[string]int64
	if !opts.DryRun {
		known, err := st.KnownOfficials(ctx)
		if err != nil {
			return sum, unavailable(ctx, st, 0, err)
		}
		resolver.Seed(known)
		if before, err = st.Counts(ctx); err != nil {
			return sum, unavailable(ctx, st, 0, err)
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan item, opts.Workers*4)
	done := make(chan item, opts.BatchSize*2)

	// Read, and look up in chunks which statements are stored already:
	// those need no extraction (a re-run after an interruption skips
	// straight to where it stopped).
	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		var chunk []item
		send := func() error {
			if !opts.DryRun && len(chunk) > 0 {
				ids := make([]string, 0, len(chunk))
				for i := range chunk {
					if chunk[i].doc.Skipped == "" {
						chunk[i].id = "statement:" + StatementHash(chunk[i].doc.URL, chunk[i].doc.Text)
						ids = append(ids, chunk[i].id)
					}
				}
				var stored map[string]bool
				err := retry(ctx, st, opts.Patience, func() error {
					var err error
					stored, err = st.StoredStatements(ctx, ids)
					return err
				})
				if err != nil {
					return err
				}
				for i := range chunk {
					chunk[i].stored = stored[chunk[i].id]
				}
			}
			for _, it := range chunk {
				select {
				case jobs <- it:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			chunk = chunk[:0]
			return nil
		}
		walkErr = source.Walk(ctx, paths, source.Options{MaxBytes: opts.MaxBytes}, stdin, func(d source.Document) error {
			chunk = append(chunk, item{seq: seq, doc: d})
			seq++
			if len(chunk) >= opts.BatchSize {
				return send()
			}
			return nil
		})
		if walkErr == nil {
			walkErr = send()
		}
	}()

	// Extract.
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if it.doc.Skipped == "" && !it.stored {
					it.res = opts.Extract(extract.Input{Text: it.doc.Text, Title: it.doc.Title, Published: it.doc.Published, URL: it.doc.URL})
				}
				select {
				case done <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// Resolve and write, in input order.
	pending := map[int]item{}
	next := 0
	var batch []store.StatementRecord
	batchBytes := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		contacts := 0
		for _, r := range batch {
			contacts += len(r.Meetings)
		}
		if opts.DryRun {
			sum.Loaded += len(batch)
			sum.Contacts += contacts
		} else {
			var ws store.WriteStats
			err := retry(ctx, st, opts.Patience, func() error {
				var err error
				ws, err = st.WriteStatements(ctx, batch)
				return err
			})
			if err != nil {
				var ue *UnavailableError
				if errors.As(err, &ue) {
					ue.Loaded = sum.Loaded
				}
				return err
			}
			sum.Loaded += ws.Loaded
			sum.Unchanged += ws.Unchanged
			sum.Replaced += ws.Replaced
			sum.Contacts += ws.Meetings
		}
		batch, batchBytes = batch[:0], 0
		if opts.Progress != nil {
			opts.Progress(sum.Read, &sum)
		}
		return nil
	}
	var loopErr error
	for it := range done {
		pending[it.seq] = it
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			sum.Read++
			if it.doc.Skipped != "" {
				sum.skip(it.doc)
				continue
			}
			if it.stored {
				sum.Unchanged++
				if opts.Progress != nil && sum.Unchanged%opts.BatchSize == 0 {
					opts.Progress(sum.Read, &sum)
				}
				continue
			}
			batch = append(batch, resolver.Record(it.doc, it.res))
			batchBytes += len(it.doc.Text)
			if len(batch) >= opts.BatchSize || batchBytes >= maxBatchBytes {
				if loopErr = flush(); loopErr != nil {
					break
				}
			}
		}
		if loopErr != nil {
			break
		}
	}
	var walkGone *UnavailableError
	if loopErr == nil && !errors.As(walkErr, &walkGone) {
		// (When the reader found Neo4j gone, writing the rest would only
		// wait for it a second time.)
		loopErr = flush()
	}
	cancel()
	for range done {
		// let the workers finish
	}
	sum.Officials = resolver.Officials()
	sum.finish(start)
	if loopErr != nil {
		return sum, loopErr
	}
	var ue *UnavailableError
	if errors.As(walkErr, &ue) {
		ue.Loaded = sum.Loaded
		return sum, ue
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return sum, walkErr
	}
	if err := ctx.Err(); err != nil && walkErr != nil {
		return sum, walkErr
	}
	if !opts.DryRun {
		// New nodes by label: the counts before and after (Neo4j keeps
		// them in its count store, so this is cheap).
		after, err := st.Counts(context.WithoutCancel(ctx))
		if err == nil {
			for _, l := range store.Labels {
				sum.NewNodes[l] = after[l] - before[l]
			}
		}
	}
	return sum, nil
}

// retry runs op, which is safe to repeat (a transaction either committed
// or not; a statement committed already is skipped the second time). When
// op fails because Neo4j stopped answering, retry waits up to patience for
// it to come back and runs op again; when it stays away, it returns an
// *UnavailableError. Other errors are returned as they are.
func retry(ctx context.Context, st *store.Store, patience time.Duration, op func() error) error {
	var deadline time.Time
	for {
		err := op()
		if err == nil || ctx.Err() != nil {
			return err
		}
		perr := ping(ctx, st)
		if perr == nil {
			if deadline.IsZero() || time.Now().After(deadline) {
				return err // Neo4j answers: the error is not about reaching it
			}
			time.Sleep(100 * time.Millisecond)
			continue // it came back: try again
		}
		if deadline.IsZero() {
			deadline = time.Now().Add(patience)
		}
		for perr != nil {
			if time.Now().After(deadline) {
				return &UnavailableError{URI: st.URI(), Err: perr}
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
			}
			perr = ping(ctx, st)
		}
	}
}

func ping(ctx context.Context, st *store.Store) error {
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return st.Ping(pctx)
}

// unavailable turns a write error into an *UnavailableError when Neo4j no
// longer answers, and returns it unchanged otherwise.
func unavailable(ctx context.Context, st *store.Store, loaded int, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if perr := st.Ping(pctx); perr != nil {
		return &UnavailableError{URI: st.URI(), Loaded: loaded, Err: perr}
	}
	return err
}

func (s *Summary) skip(d source.Document) {
	s.Skipped++
	reason := d.Skipped
	kind, _, _ := strings.Cut(reason, ":")
	s.SkippedByReason[kind]++
	file, line := d.Label, 0
	if i := strings.LastIndexByte(d.Label, ':'); i > 0 {
		if n, err := strconv.Atoi(d.Label[i+1:]); err == nil {
			file, line = d.Label[:i], n
		}
	}
	s.SkippedInputs = append(s.SkippedInputs, SkippedInput{File: file, Line: line, Reason: reason})
}

func (s *Summary) finish(start time.Time) {
	s.Seconds = time.Since(start).Seconds()
	if s.Seconds > 0 {
		s.PerSecond = float64(s.Loaded+s.Unchanged) / s.Seconds
	}
}
