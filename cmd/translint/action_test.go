package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

type actionStep struct {
	Name string            `yaml:"name"`
	ID   string            `yaml:"id"`
	Run  string            `yaml:"run"`
	Env  map[string]string `yaml:"env"`
}

// actionSteps reads the steps of the repository's action.yml.
func actionSteps(t *testing.T) []actionStep {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Runs struct {
			Steps []actionStep `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a.Runs.Steps
}

// TestActionPassesPathsAsGiven runs the action's lint step with a stand-in
// translint that records its arguments: a glob must reach translint as
// written (a shell would expand it to its first match), and white space
// separates paths.
func TestActionPassesPathsAsGiven(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	var script string
	for _, s := range actionSteps(t) {
		if s.ID == "run" {
			script = s.Run
		}
	}
	if script == "" {
		t.Fatal("action.yml has no step with id run")
	}
	dir := t.TempDir()
	for _, name := range []string{"a.md", "b.md"} {
		write(t, filepath.Join(dir, "content"), name, "text\n")
	}
	bin := filepath.Join(dir, "bin")
	write(t, bin, "translint", "#!/bin/sh\n[ \"$1\" = version ] && exit 0\nprintf '%s\\n' \"$@\" > \"$ARGS_FILE\"\nexit 1\n")
	if err := os.Chmod(filepath.Join(bin, "translint"), 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "github-output")
	cmd := exec.Command(bash, "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"PATHS=content/*.md  extra\n'quoted name'", "FORMAT=github", "FAIL_ON=warning", "SARIF=x.sarif",
		"ARGS=--lang de", "GITHUB_OUTPUT="+out, "ARGS_FILE="+filepath.Join(dir, "args"))
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, msg)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "args"))
	want := "check\ncontent/*.md\nextra\n'quoted\nname'\n--format\ngithub\n--fail-on\nwarning\n--color\nnever\n--lang\nde\n"
	if string(got) != want {
		t.Errorf("translint got:\n%s\nwant:\n%s", got, want)
	}
	if o, _ := os.ReadFile(out); !strings.Contains(string(o), "exit-code=1") {
		t.Errorf("outputs %q, want exit-code=1", o)
	}
}

// TestActionDownloadsWhatReleasesBuild checks that every binary the action
// may download is one the release script builds.
func TestActionDownloadsWhatReleasesBuild(t *testing.T) {
	rel, err := os.ReadFile(filepath.Join("..", "..", ".ci", "release"))
	if err != nil {
		t.Fatal(err)
	}
	targets := regexp.MustCompile(`targets=\$\{TARGETS:-([^}]*)\}`).FindSubmatch(rel)
	if targets == nil {
		t.Fatal(".ci/release: no targets line")
	}
	built := map[string]bool{}
	for _, tg := range strings.Fields(string(targets[1])) {
		built["translint_"+strings.Replace(tg, "/", "_", 1)+".tar.gz"] = true
	}
	var script string
	for _, s := range actionSteps(t) {
		script += s.Run
	}
	assets := regexp.MustCompile(`asset=(translint_\w+\.tar\.gz)`).FindAllStringSubmatch(script, -1)
	if len(assets) == 0 {
		t.Fatal("action.yml downloads no asset")
	}
	for _, a := range assets {
		if !built[a[1]] {
			t.Errorf("action.yml downloads %s, which .ci/release does not build", a[1])
		}
	}
}
