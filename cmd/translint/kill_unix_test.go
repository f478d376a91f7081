//go:build unix

package main

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/fix"
	"github.com/translint/translint/lint/linttest"
)

// asCLI is set in the environment of the test binary run as translint
// itself, with the fake typo rule, so that a test can signal a real process.
const asCLI = "TRANSLINT_TEST_AS_CLI"

func TestMain(m *testing.M) {
	if os.Getenv(asCLI) == "1" {
		repl := "the"
		builtinRules = func() []lint.Rule {
			return []lint.Rule{&linttest.PatternRule{RuleID: "fake-typo", Pattern: regexp.MustCompile(`\bteh\b`),
				Severity: lint.SeverityError, Message: "typo", Replace: &repl}}
		}
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestKilledFixLeavesNoTemporaryFiles interrupts --fix runs at random
// moments with SIGINT and SIGTERM: every file must be as it was or fully
// fixed, and no temporary file may be left.
func TestKilledFixLeavesNoTemporaryFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	const files, rounds = 4, 10
	line := strings.Repeat("Some teh words and more words here. ", 40) + "\n"
	orig := strings.Repeat(strings.ReplaceAll(line, "teh", "tex"), 1500) + line // about 2 MB, 40 fixes
	fixed := strings.ReplaceAll(orig, "teh", "the")
	rng := rand.New(rand.NewSource(1))
	interrupted := 0
	for round := 0; round < rounds; round++ {
		dir := t.TempDir()
		for i := 0; i < files; i++ {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.md", i)), []byte(orig), 0o640); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(os.Args[0], "check", "--fix", "--jobs", "2", dir)
		cmd.Env = append(os.Environ(), asCLI+"=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the writes to start, then strike at a random moment
		// among them.
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !tempIn(dir); {
			time.Sleep(200 * time.Microsecond)
		}
		time.Sleep(time.Duration(rng.Intn(30)) * time.Millisecond)
		sig := []os.Signal{syscall.SIGINT, syscall.SIGTERM}[round%2]
		_ = cmd.Process.Signal(sig)
		err := cmd.Wait()
		if err != nil {
			interrupted++
		}
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if fix.IsTemp(e.Name()) {
				t.Errorf("round %d (%v): temporary file left: %s", round, sig, e.Name())
				continue
			}
			data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			if s := string(data); s != orig && s != fixed {
				t.Errorf("round %d (%v): %s is neither the original nor fixed", round, sig, e.Name())
			}
			if st, _ := os.Stat(filepath.Join(dir, e.Name())); st.Mode().Perm() != 0o640 {
				t.Errorf("round %d: %s mode %v", round, e.Name(), st.Mode().Perm())
			}
		}
	}
	if interrupted == 0 {
		t.Error("no run was interrupted: the test proves nothing")
	}
	t.Logf("%d of %d runs interrupted", interrupted, rounds)
}

// A --fix run killed outright (SIGKILL cannot be caught) leaves its
// temporary file; the next run names it, and the next --fix deletes it.
func TestLeftoverTemporaryFiles(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"a.md": "fine\n", ".a.md.translint-4242": "half", ".a.md.translint-99": "new"})
	old := time.Now().Add(-2 * fix.StaleAfter)
	if err := os.Chtimes(".a.md.translint-4242", old, old); err != nil {
		t.Fatal(err)
	}
	_, _, errs := runCLI(t, "", "check", ".")
	if !strings.Contains(errs, ".a.md.translint-4242: warning: temporary file left by an interrupted --fix") || strings.Contains(errs, "-99") {
		t.Errorf("check: stderr %q", errs)
	}
	_, _, errs = runCLI(t, "", "check", "--fix", ".")
	if _, err := os.Stat(".a.md.translint-4242"); err == nil || !strings.Contains(errs, "deleted .a.md.translint-4242") {
		t.Errorf("--fix kept the leftover: stderr %q", errs)
	}
	if _, err := os.Stat(".a.md.translint-99"); err != nil {
		t.Error("--fix deleted a temporary file that may be another run's")
	}
}

// tempIn reports whether dir holds a temporary file of --fix.
func tempIn(dir string) bool {
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if fix.IsTemp(e.Name()) {
			return true
		}
	}
	return false
}
