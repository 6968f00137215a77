package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json with the current output")

// TestGolden runs the engine over testdata/*.txt (statements written for
// these tests, with invented people) and compares the result with
// testdata/*.golden.json. Run with -update to accept new output.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res, expl := ExtractExplained(Input{Text: string(text)})
			for _, c := range res.Contacts {
				if string(text[c.Evidence.Start:c.Evidence.End]) != c.Evidence.Text {
					t.Errorf("evidence offsets do not give the evidence text")
				}
			}
			got, err := json.MarshalIndent(struct {
				Result
				Explain []Explanation
			}{res, expl}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run with -update and review the diff:\n%s", golden, got)
			}
		})
	}
}
