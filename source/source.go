// Package source reads statements from files, directories and standard
// input: plain text as published, saved HTML pages and JSONL records. It
// turns each into a Document, or says why it could not (Document.Skipped),
// so that one bad file never stops the rest.
package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the default cap on one statement's size.
const DefaultMaxBytes = 2 << 20

// Document is one statement read from an input, or the reason it could not
// be read.
type Document struct {
	// Label names the input: the path as given, "path.jsonl:LINE" for a
	// record of a JSONL file, or "-" for standard input.
	Label string
	// URL is the statement's address when the input gives one (a JSONL
	// record's url, an HTML page's canonical link).
	URL string
	// Title is the headline when the input gives it separately (a JSONL
	// record's title, an HTML page's title); "" for plain text.
	Title string
	// Published is the publication date as YYYY-MM-DD when the input gives
	// it outside the text (a JSONL record's published, HTML metadata).
	Published string
	// Text is the statement's text: UTF-8, without a byte-order mark, with
	// line ends normalized to "\n".
	Text string
	// Skipped is why the input could not be read ("empty", "binary",
	// "not valid UTF-8", "too large: ...", "bad JSON: ...", ...); "" when
	// Text holds the statement.
	Skipped string
}

// Options tune reading.
type Options struct {
	// MaxBytes caps one statement's size (a file, or one JSONL record's
	// text); larger ones are skipped. Zero means DefaultMaxBytes.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Extensions are the file name endings Walk reads when it walks a
// directory. A file named on the command line is read whatever its ending:
// as HTML or JSONL by those endings, as plain text otherwise.
var Extensions = []string{".txt", ".html", ".htm", ".jsonl"}

// Walk reads each path in order and calls fn with every Document it holds:
// a file gives one Document (a JSONL file one per non-blank line), a
// directory is walked recursively in lexical order (hidden entries and
// files with other endings left out), and "-" reads one plain-text
// statement from stdin. Inputs that cannot be read are passed to fn with
// Skipped set; Walk itself fails only when a path does not exist, when ctx
// is done, or when fn returns an error, which it returns unchanged.
func Walk(ctx context.Context, paths []string, opts Options, stdin io.Reader, fn func(Document) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := fn(readStdin(stdin, opts)); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, opts, fn); err != nil {
				return err
			}
			continue
		}
		files, err := listDir(p)
		if err != nil {
			return fmt.Errorf("read input %s: %w", p, err)
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readFile(ctx, f, opts, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// listDir returns the statement files below dir in lexical order.
func listDir(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && hasExtension(path) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func hasExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func readStdin(stdin io.Reader, opts Options) Document {
	data, err := io.ReadAll(io.LimitReader(stdin, opts.maxBytes()+1))
	if err != nil {
		return Document{Label: "-", Skipped: "cannot read: " + err.Error()}
	}
	return plainDocument("-", data, opts)
}

func readFile(ctx context.Context, path string, opts Options, fn func(Document) error) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl":
		return readJSONL(ctx, path, opts, fn)
	case ".html", ".htm":
		data, skipped := readCapped(path, opts)
		if skipped != "" {
			return fn(Document{Label: path, Skipped: skipped})
		}
		return fn(htmlDocument(path, data, opts))
	default:
		data, skipped := readCapped(path, opts)
		if skipped != "" {
			return fn(Document{Label: path, Skipped: skipped})
		}
		return fn(plainDocument(path, data, opts))
	}
}

// readCapped reads a whole file unless it is larger than the cap.
func readCapped(path string, opts Options) ([]byte, string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "cannot read: " + unwrapPathError(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, opts.maxBytes()+1))
	if err != nil {
		return nil, "cannot read: " + unwrapPathError(err)
	}
	if int64(len(data)) > opts.maxBytes() {
		return nil, fmt.Sprintf("too large: over %d bytes", opts.maxBytes())
	}
	return data, ""
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// plainDocument checks and normalizes a plain-text statement.
func plainDocument(label string, data []byte, opts Options) Document {
	text, skipped := checkText(data, opts)
	return Document{Label: label, Text: text, Skipped: skipped}
}

// checkText says why data is not a readable statement, or returns it
// normalized: no byte-order mark, "\n" line ends.
func checkText(data []byte, opts Options) (string, string) {
	if int64(len(data)) > opts.maxBytes() {
		return "", fmt.Sprintf("too large: over %d bytes", opts.maxBytes())
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "empty"
	}
	if looksBinary(data) {
		return "", "binary"
	}
	if !utf8.Valid(data) {
		return "", "not valid UTF-8"
	}
	s := string(data)
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, ""
}

// looksBinary reports whether data holds a NUL byte or, in its first 8 KiB,
// more than one control character in ten (tabs and line ends aside).
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	head := data[:min(len(data), 8192)]
	control := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			control++
		}
	}
	return control*10 > len(head)
}

// record is one line of a JSONL input.
type record struct {
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Text      *string `json:"text"`
}

// readJSONL reads one Document per non-blank line of a JSONL file.
func readJSONL(ctx context.Context, path string, opts Options, fn func(Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Document{Label: path, Skipped: "cannot read: " + unwrapPathError(err)})
	}
	defer f.Close()
	// A record is the text plus a little JSON around it; escapes can double
	// a text's size, so lines are allowed a generous multiple of the cap.
	lineCap := 4*opts.maxBytes() + 64<<10
	r := bufio.NewReaderSize(f, 64<<10)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		data, tooLong, err := readLine(r, lineCap)
		if err == io.EOF && len(data) == 0 && !tooLong {
			return nil
		}
		if err != nil && err != io.EOF {
			return fn(Document{Label: fmt.Sprintf("%s:%d", path, line), Skipped: "cannot read: " + err.Error()})
		}
		label := fmt.Sprintf("%s:%d", path, line)
		switch {
		case tooLong:
			err = fn(Document{Label: label, Skipped: fmt.Sprintf("too large: line over %d bytes", lineCap)})
		case len(bytes.TrimSpace(data)) == 0:
			// Blank lines separate nothing in JSONL; they are not records.
		default:
			err = fn(recordDocument(label, data, opts))
		}
		if err != nil {
			return err
		}
	}
}

// readLine reads one line without its end, discarding the rest of a line
// longer than limit (and reporting it).
func readLine(r *bufio.Reader, limit int64) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		return buf, tooLong, err
	}
}

// recordDocument decodes one JSONL record.
func recordDocument(label string, data []byte, opts Options) Document {
	if !utf8.Valid(data) {
		return Document{Label: label, Skipped: "not valid UTF-8"}
	}
	var rec record
	if err := json.Unmarshal(data, &rec); err != nil {
		return Document{Label: label, Skipped: "bad JSON: " + jsonReason(err)}
	}
	if rec.Text == nil {
		return Document{Label: label, Skipped: `bad record: no "text" field`}
	}
	doc := Document{Label: label, URL: deref(rec.URL), Title: strings.TrimSpace(deref(rec.Title))}
	if p := deref(rec.Published); p != "" {
		doc.Published = PublishedDate(p)
	}
	doc.Text, doc.Skipped = checkText([]byte(*rec.Text), opts)
	return doc
}

func jsonReason(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("%s (at byte %d)", syn.Error(), syn.Offset)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("field %q is a JSON %s, want a string", typ.Field, typ.Value)
	}
	return err.Error()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
