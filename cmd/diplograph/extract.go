package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/source"
)

// extractRecord is one line of "diplograph extract" output: the shape
// DESIGN.md section 3 fixes. Empty strings print as null.
type extractRecord struct {
	File     string          `json:"file"`
	URL      *string         `json:"url"`
	Title    *string         `json:"title"`
	Contacts []contactRecord `json:"contacts"`
	Skipped  *string         `json:"skipped"`
}

type contactRecord struct {
	Kind         string              `json:"kind"`
	Date         *string             `json:"date"`
	DateText     *string             `json:"date_text"`
	City         *string             `json:"city"`
	Country      *string             `json:"country"`
	AtRequestOf  *string             `json:"at_request_of"`
	Participants []participantRecord `json:"participants"`
	Topics       []string            `json:"topics"`
	Evidence     evidenceRecord      `json:"evidence"`
}

type participantRecord struct {
	Name         *string `json:"name"`
	Title        *string `json:"title"`
	Organization *string `json:"organization"`
}

type evidenceRecord struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func runExtract(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "PATH...", stderr)
	format := fs.String("format", "jsonl", "output format (jsonl)")
	maxBytes := fs.Int64("max-bytes", source.DefaultMaxBytes, "skip statements larger than this many bytes")
	explain := fs.Bool("explain", false, "print each contact with its evidence and why each field was chosen, for a reader")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "jsonl" {
		return fmt.Errorf("%w: -format %q: only jsonl is supported", errUsage, *format)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: extract needs at least one PATH (or - for stdin)", errUsage)
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := source.Walk(ctx, fs.Args(), source.Options{MaxBytes: *maxBytes}, stdin, func(d source.Document) error {
		rec := extractRecord{File: d.Label, URL: nullable(d.URL), Title: nullable(d.Title), Contacts: []contactRecord{}, Skipped: nullable(d.Skipped)}
		var expl []extract.Explanation
		if d.Skipped == "" {
			var res extract.Result
			res, expl = extract.ExtractExplained(extract.Input{Text: d.Text, Title: d.Title, Published: d.Published, URL: d.URL})
			rec.Title = nullable(res.Title)
			rec.Contacts = toRecords(res.Contacts)
		}
		if *explain {
			writeExplain(w, rec, expl)
			return nil
		}
		return enc.Encode(rec)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}

func toRecords(cs []extract.Contact) []contactRecord {
	out := make([]contactRecord, 0, len(cs))
	for _, c := range cs {
		cr := contactRecord{
			Kind: string(c.Kind), Date: nullable(c.Date), DateText: nullable(c.DateText),
			City: nullable(c.City), Country: nullable(c.Country), AtRequestOf: nullable(c.AtRequestOf),
			Participants: []participantRecord{}, Topics: append([]string{}, c.Topics...),
			Evidence: evidenceRecord{Text: c.Evidence.Text, Start: c.Evidence.Start, End: c.Evidence.End},
		}
		for _, p := range c.Participants {
			cr.Participants = append(cr.Participants, participantRecord{Name: nullable(p.Name), Title: nullable(p.Title), Organization: nullable(p.Organization)})
		}
		out = append(out, cr)
	}
	return out
}

// writeExplain prints a statement's contacts for a human reader: each
// contact, its evidence sentence, and why each field was chosen.
func writeExplain(w io.Writer, rec extractRecord, expl []extract.Explanation) {
	fmt.Fprintf(w, "== %s\n", rec.File)
	if rec.Skipped != nil {
		fmt.Fprintf(w, "   skipped: %s\n\n", *rec.Skipped)
		return
	}
	if rec.Title != nil {
		fmt.Fprintf(w, "   title: %s\n", *rec.Title)
	}
	if len(rec.Contacts) == 0 {
		fmt.Fprintln(w, "   no contact reported")
	}
	for i, c := range rec.Contacts {
		var names []string
		for _, p := range c.Participants {
			names = append(names, fmt.Sprintf("%s (%s, %s)", deref(p.Name), deref(p.Title), deref(p.Organization)))
		}
		fmt.Fprintf(w, "-- contact %d: %s on %s in %s/%s\n", i+1, c.Kind, deref(c.Date), deref(c.City), deref(c.Country))
		fmt.Fprintf(w, "   participants: %s\n", strings.Join(names, "; "))
		if len(c.Topics) > 0 {
			fmt.Fprintf(w, "   topics: %s\n", strings.Join(c.Topics, "; "))
		}
		fmt.Fprintf(w, "   evidence [%d:%d]: %s\n", c.Evidence.Start, c.Evidence.End, c.Evidence.Text)
		if i < len(expl) {
			for _, r := range expl[i].Reasons {
				fmt.Fprintf(w, "   why: %s\n", r)
			}
		}
	}
	fmt.Fprintln(w)
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}
