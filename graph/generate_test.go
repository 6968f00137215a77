package graph

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedCodeIsCurrent regenerates the gqlgen code into a copy of
// the module and fails when it differs from what is committed: run
// `go generate ./graph` after editing schema.graphqls or gqlgen.yml.
func TestGeneratedCodeIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating takes a few seconds")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	// Reading the inputs here tells go test's cache to rerun the test
	// when they change.
	for _, f := range []string{"schema.graphqls", "gqlgen.yml"} {
		if _, err := os.ReadFile(filepath.Join(root, f)); err != nil {
			t.Fatal(err)
		}
	}
	tmp := t.TempDir()
	// A copy without .git: the generator rewrites files in place.
	cp := exec.Command("sh", "-c", `tar -C "$1" --exclude=./.git -cf - . | tar -C "$2" -xf -`, "sh", root, tmp)
	if out, err := cp.CombinedOutput(); err != nil {
		t.Fatalf("copy module: %v\n%s", err, out)
	}
	gen := exec.Command("go", "tool", "gqlgen", "generate")
	gen.Dir = tmp
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("gqlgen generate: %v\n%s", err, out)
	}
	for _, f := range []string{"graph/generated.go", "graph/model/models_gen.go", "graph/schema.resolvers.go"} {
		want, err := os.ReadFile(filepath.Join(tmp, f))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `go generate ./graph` and commit the result", f)
		}
	}
}
