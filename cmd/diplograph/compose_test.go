package main

import (
	"flag"

	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// composeFile is the part of docker-compose.yml the test checks.
type composeFile struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Build       any               `yaml:"build"`
		Command     []string          `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		Ports       []string          `yaml:"ports"`
		Volumes     []string          `yaml:"volumes"`
		DependsOn   map[string]struct {
			Condition string `yaml:"condition"`
		} `yaml:"depends_on"`
		Healthcheck struct {
			Test []string `yaml:"test"`
		} `yaml:"healthcheck"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

// TestComposeAgreesWithTheCode keeps docker-compose.yml in step with the
// defaults in the code, since Docker cannot run here to try it.
func TestComposeAgreesWithTheCode(t *testing.T) {
	data, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	defaults := neo4jFlags(flag.NewFlagSet("x", flag.ContinueOnError), func(string) string { return "" })

	neo, ok := c.Services["neo4j"]
	if !ok {
		t.Fatal("no neo4j service")
	}
	if !strings.HasPrefix(neo.Image, "neo4j:5") || !strings.Contains(neo.Image, "community") {
		t.Errorf("neo4j image = %q, want neo4j:5-community", neo.Image)
	}
	if want := defaults.Username + "/" + defaults.Password; neo.Environment["NEO4J_AUTH"] != want {
		t.Errorf("NEO4J_AUTH = %q, want %q (the code's default credentials)", neo.Environment["NEO4J_AUTH"], want)
	}
	if !contains(neo.Ports, "7687:7687") || !contains(neo.Ports, "7474:7474") {
		t.Errorf("neo4j ports = %v, want 7687 (Bolt, the default NEO4J_URI port) and 7474 (Browser)", neo.Ports)
	}
	if !strings.HasSuffix(defaults.URI, ":7687") {
		t.Errorf("default NEO4J_URI %q does not use the published Bolt port", defaults.URI)
	}
	if len(neo.Volumes) == 0 || !strings.HasSuffix(neo.Volumes[0], ":/data") {
		t.Errorf("neo4j volumes = %v, want a named volume on /data", neo.Volumes)
	}
	volume, _, _ := strings.Cut(neo.Volumes[0], ":")
	if _, ok := c.Volumes[volume]; !ok {
		t.Errorf("volume %q is not declared at the top level", volume)
	}
	hc := strings.Join(neo.Healthcheck.Test, " ")
	if !strings.Contains(hc, "cypher-shell") || !strings.Contains(hc, "-u "+defaults.Username) || !strings.Contains(hc, "-p "+defaults.Password) {
		t.Errorf("neo4j healthcheck %q does not log in with the default credentials", hc)
	}

	for name, wantCmd := range map[string]string{"diplograph": "serve", "demo-load": "load"} {
		svc, ok := c.Services[name]
		if !ok {
			t.Errorf("no %s service", name)
			continue
		}
		if svc.Build == nil {
			t.Errorf("%s: not built from the Dockerfile", name)
		}
		if len(svc.Command) == 0 || svc.Command[0] != wantCmd {
			t.Errorf("%s: command %v, want %s", name, svc.Command, wantCmd)
		}
		if _, known := commandNamed(wantCmd); !known {
			t.Errorf("%s: %s is not a diplograph command", name, wantCmd)
		}
		if svc.DependsOn["neo4j"].Condition != "service_healthy" {
			t.Errorf("%s: does not wait for a healthy neo4j", name)
		}
		env := svc.Environment
		if env["NEO4J_URI"] != "bolt://neo4j:7687" || env["NEO4J_USERNAME"] != defaults.Username || env["NEO4J_PASSWORD"] != defaults.Password {
			t.Errorf("%s: Neo4j settings %v do not reach the neo4j service with the default credentials", name, env)
		}
	}
	srv := c.Services["diplograph"]
	if srv.Environment["DIPLOGRAPH_ADDR"] != defaultAddr || !contains(srv.Ports, "8080:8080") {
		t.Errorf("diplograph: DIPLOGRAPH_ADDR %q and ports %v, want %q published as 8080:8080", srv.Environment["DIPLOGRAPH_ADDR"], srv.Ports, defaultAddr)
	}

	dockerfile, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(dockerfile), "./cmd/diplograph") || !strings.Contains(string(dockerfile), "COPY demo /demo") {
		t.Error("Dockerfile does not build ./cmd/diplograph or copy the demo data to /demo")
	}
	if demo := c.Services["demo-load"].Command; len(demo) < 2 || demo[1] != "/demo" {
		t.Errorf("demo-load command %v does not load /demo", demo)
	}
	if _, err := os.Stat("../../demo"); err != nil {
		t.Errorf("the demo data the image copies is missing: %v", err)
	}
}

func commandNamed(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
