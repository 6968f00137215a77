package loader

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/source"
)

// CountInputs estimates how many inputs Load will read from paths: one per
// statement file, one per non-blank line of a JSONL file. The progress bar
// uses it for its ETA; it reads JSONL files once, quickly, and counts stdin
// as one.
func CountInputs(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			n += countFile(p)
			continue
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && hasExtension(path) {
				n += countFile(path)
			}
			return nil
		})
	}
	return n
}

func hasExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range source.Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func countFile(path string) int {
	if !strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return 1
	}
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n, blank := 0, true
	buf := make([]byte, 1<<20)
	for {
		k, err := f.Read(buf)
		for _, line := range bytes.SplitAfter(buf[:k], []byte{'\n'}) {
			if len(bytes.TrimSpace(line)) > 0 {
				blank = false
			}
			if bytes.HasSuffix(line, []byte{'\n'}) {
				if !blank {
					n++
				}
				blank = true
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return n
		}
	}
	if !blank {
		n++
	}
	return n
}
